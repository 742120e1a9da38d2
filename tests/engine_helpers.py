"""The engine the format tests share, and `found`: the texts of one type's entities in a text, as `piscan detect`
reports them (`classifiers.get_engine()` with default options)."""

from __future__ import annotations

from classifiers import get_engine

ENGINE = get_engine(None)


def found(text: str, pii: str) -> list[str]:
    return [text[e.start:e.end] for e in ENGINE.analyze(text) if e.type == pii]
