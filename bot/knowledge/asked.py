"""Questions as people asked them, with the sections that answered (``knowledge/asked.yaml``).

A question reads more like another question, in everyday words and with a bit of a
story, than like the documents' prose: "my mate says my butt is lazy" is far from the
paragraph on hip weakness but near "can a lazy bum make your knee hurt". So each
section's asked questions stand for it too: a new question near one of them brings
that section into the shortlist and scores it higher (``bot.knowledge.hybrid``).
Staff add a line when they see a question go unanswered that a section answers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bot.errors import KneebotError

ASKED = "asked.yaml"


@dataclass(frozen=True)
class AskedQuestion:
    text: str
    section: str  # its key: "clamshell#how-to-do-it"


def load_asked(knowledge_dir: Path) -> list[AskedQuestion]:
    """The asked questions of ``knowledge_dir``; none if it has no ``asked.yaml``."""
    path = knowledge_dir / ASKED
    if not path.exists():
        return []
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        asked = [AskedQuestion(str(entry["q"]), str(entry["section"])) for entry in entries]
    except (yaml.YAMLError, KeyError, TypeError) as error:
        raise KneebotError(f"{path} must list {{q, section}} entries: {error}") from error
    return asked


def asked_hash(knowledge_dir: Path) -> str | None:
    path = knowledge_dir / ASKED
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def check_sections(asked: list[AskedQuestion], section_keys: set[str], path: Path) -> None:
    """Refuse a section that does not exist: a renamed heading must not pass silently."""
    for question in asked:
        if question.section not in section_keys:
            raise KneebotError(f"{path}: {question.text!r} names no section {question.section!r}")


@dataclass(frozen=True)
class AskedIndex:
    """Unit vectors of the asked questions, row ``i`` answered by ``sections[i]``."""

    vectors: np.ndarray
    sections: list[str]

    def similarity(self, vector: np.ndarray) -> dict[str, float]:
        """For each section, the cosine of its nearest asked question to ``vector``,
        nearest first."""
        if not self.sections:
            return {}
        cosines = self.vectors @ vector
        best: dict[str, float] = {}
        for row in np.argsort(-cosines):
            best.setdefault(self.sections[row], float(cosines[row]))
        return best
