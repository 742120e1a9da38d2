"""The filesystem connector: include/exclude, symlinks never followed out of the root, errors per object."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from connectors.filesystem import FilesystemConnector
from scanner.config import Source
from scanner.errors import ObjectError, SourceError


def connector(root: Path, **opts) -> FilesystemConnector:
    include = opts.pop("include", [])
    exclude = opts.pop("exclude", [])
    return FilesystemConnector(Source("fs", "filesystem", {"path": str(root), **opts}, include, exclude))


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "one.txt").write_text("1", encoding="utf-8")
    (root / "a" / "b" / "two.csv").write_text("2", encoding="utf-8")
    (root / "top.tmp").write_text("3", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("x", encoding="utf-8")
    os.symlink(outside / "secret.txt", root / "link-out.txt")
    os.symlink(outside, root / "dir-out")
    os.symlink(root / "a" / "one.txt", root / "link-in.txt")
    return root


def locations(c: FilesystemConnector) -> list[str]:
    return sorted(r.location for r in c.list_objects())


def test_lists_files_with_versions_and_globs(tree: Path):
    c = connector(tree)
    assert locations(c) == ["a/b/two.csv", "a/one.txt", "top.tmp"]
    ref = next(r for r in c.list_objects() if r.location == "a/one.txt")
    assert ref.size == 1 and ref.version and ref.version.startswith("1:")
    assert locations(connector(tree, exclude=["**/*.tmp"])) == ["a/b/two.csv", "a/one.txt"]
    assert locations(connector(tree, include=["a"])) == ["a/b/two.csv", "a/one.txt"]


def test_symlinks_not_followed_out_of_root(tree: Path):
    assert "link-out.txt" not in locations(connector(tree, follow_symlinks=True))
    assert not any(x.startswith("dir-out") for x in locations(connector(tree, follow_symlinks=True)))
    assert "link-in.txt" in locations(connector(tree, follow_symlinks=True))
    assert "link-in.txt" not in locations(connector(tree))


def test_file_swapped_for_symlink_after_listing_is_refused(tree: Path, tmp_path: Path):
    c = connector(tree)
    ref = next(r for r in c.list_objects() if r.location == "a/one.txt")
    (tree / "a" / "one.txt").unlink()
    os.symlink(tmp_path / "outside" / "secret.txt", tree / "a" / "one.txt")
    with pytest.raises(ObjectError, match="symbolic link"):
        c.read(ref).open()


def test_escaping_location_refused(tree: Path):
    c = connector(tree)
    with pytest.raises(ObjectError, match="escapes"):
        c.read(c.ref("../outside/secret.txt"))


def test_missing_root_is_a_source_error(tmp_path: Path):
    with pytest.raises(SourceError, match="does not exist"):
        list(connector(tmp_path / "nope").list_objects())
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(SourceError, match="not a directory"):
        connector(f).check()
