"""Questions as people asked them, and the section that answered (``knowledge/asked.yaml``).

A question reads more like another question, in everyday words and with a bit of a
story, than like the documents' prose: "my mate says my butt is lazy" is far from the
paragraph on hip weakness but near "can a lazy bum make your knee hurt". So each
section's asked questions stand for it too: a new question near one of them brings
that section into the shortlist and scores it higher (``bot.knowledge.hybrid``).
Questions the knowledge base does not answer are kept too ("section: none"): a new
question nearer one of those than any answered one ("is glucosamine good for knees?",
near "glucosamine worth buying?") gains nothing from the asked questions.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bot.errors import KneebotError

ASKED = "asked.yaml"
NONE = "none"  # the section of a question the knowledge base does not answer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AskedQuestion:
    text: str
    section: str | None  # its key, "clamshell#how-to-do-it"; None: no section answers it


def load_asked(knowledge_dir: Path) -> list[AskedQuestion]:
    """The asked questions of ``knowledge_dir``; none if it has no ``asked.yaml``."""
    path = knowledge_dir / ASKED
    if not path.exists():
        return []
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        asked = [
            AskedQuestion(str(entry["q"] or "").strip(), _section(str(entry["section"])))
            for entry in entries
        ]
    except (yaml.YAMLError, KeyError, TypeError) as error:
        raise KneebotError(f"{path} must list {{q, section}} entries: {error}") from error
    if any(not question.text for question in asked):
        raise KneebotError(f"{path}: every entry needs its question (q)")
    return asked


def _section(value: str) -> str | None:
    return None if value == NONE else value


def file_hash(path: Path) -> str | None:
    """SHA-256 of an optional knowledge file (``asked.yaml``, ``lay-terms.yaml``), or None."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def with_known_sections(asked: list[AskedQuestion], section_keys: set[str]) -> list[AskedQuestion]:
    """The questions whose section exists. One left behind by a renamed heading is
    skipped with a warning rather than stopping the index, which answers every other
    question and the warning signs' "what if" replies; a test holds the project's file
    to sections that exist."""
    known = []
    for question in asked:
        if question.section is None or question.section in section_keys:
            known.append(question)
        else:
            log.warning("%s names no section %r; that question is skipped", ASKED, question.section)
    return known


@dataclass(frozen=True)
class AskedIndex:
    """Unit vectors of the asked questions, row ``i`` being ``texts[i]``, answered by
    ``sections[i]``."""

    vectors: np.ndarray
    sections: list[str | None]
    texts: list[str]

    def nearest(self, vector: np.ndarray) -> dict[str, float]:
        """The cosines of the nearest answered and the nearest unanswered question."""
        if not self.sections:
            return {"nearest_answered": 0.0, "nearest_unanswered": 0.0}
        cosines = self.vectors @ vector
        answered = np.array([section is not None for section in self.sections])
        return {
            "nearest_answered": float(cosines[answered].max()) if answered.any() else 0.0,
            "nearest_unanswered": float(cosines[~answered].max()) if (~answered).any() else 0.0,
        }

    def without(self, rows: set[int]) -> AskedIndex:
        """The same questions less ``rows``: the gate's held-out folds."""
        kept = [row for row in range(len(self.sections)) if row not in rows]
        return AskedIndex(
            self.vectors[kept], [self.sections[r] for r in kept], [self.texts[r] for r in kept]
        )

    def similarity(self, vector: np.ndarray) -> dict[str, float]:
        """For each section, the cosine of its nearest asked question to ``vector``,
        nearest first, where that is nearer than every question no section answers."""
        if not self.sections:
            return {}
        cosines = self.vectors @ vector
        best: dict[str, float] = {}
        for row in np.argsort(-cosines):
            section = self.sections[row]
            if section is None:
                break  # the rest are further than a question with no answer
            best.setdefault(section, float(cosines[row]))
        return best
