"""A module-level name bound twice in a classifier module silently replaces the first binding: a pattern compiled
for one rule then serves another (session 17 met it twice in person.py). Each name is bound once, except where a
module builds a value in two steps on purpose."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# (a value built in two steps: the pattern's source, then the compiled pattern; a list, then the list and its data)
TWO_STEPS = {("person.py", "_CHAIN_ITEM"), ("person_latin.py", "_LATIN_STOP")}


def _bound_names(path: Path) -> Counter:
    names: Counter = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "classifiers").glob("*.py")), ids=lambda p: p.name)
def test_each_module_level_name_is_bound_once(path: Path):
    twice = sorted(n for n, k in _bound_names(path).items() if k > 1 and (path.name, n) not in TWO_STEPS)
    assert twice == [], f"{path.name} binds these names more than once: {twice}"


def test_the_check_sees_a_second_binding(tmp_path: Path):
    f = tmp_path / "m.py"
    f.write_text("import re\n_X = re.compile('a')\n\ndef f():\n    return _X\n\n_X = re.compile('b')\n", encoding="utf-8")
    assert _bound_names(f)["_X"] == 2
