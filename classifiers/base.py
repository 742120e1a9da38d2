"""The detector interface every PI type implements, and the Entity it yields."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, slots=True)
class Entity:
    """A PI span: Python string offsets into the analysed text, and a confidence in [0, 1]."""

    type: str
    start: int
    end: int
    score: float
    detector: str = ""

    def to_json(self) -> dict:
        return {"type": self.type, "start": self.start, "end": self.end, "score": round(self.score, 2)}


class Detector(ABC):
    """One PI type (or a tightly related family). `detect` must be pure and thread-safe."""

    name: str = ""
    pii_types: tuple[str, ...] = ()

    @abstractmethod
    def detect(self, text: str) -> Iterable[Entity]:
        """Yield entities found in `text`."""
