"""Everyday words for what the documents name clinically (``knowledge/lay-terms.yaml``).

A question's lay phrases are rewritten into the documents' words before the lexical
features read it (BM25, coverage, the unknown-word check): "weak bum muscles" is
searched as "weak glutes gluteus buttock muscles". The sentence model reads the
question as typed; it knows many everyday words already.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml

from bot.errors import KneebotError
from bot.knowledge.terms import words

LAY_TERMS = "lay-terms.yaml"
_PLURALS = ("", "s", "es")


@dataclass(frozen=True)
class LayTerms:
    """Lay phrases (as word tuples, longest first) and the documents' words for each."""

    phrases: tuple[tuple[tuple[str, ...], str], ...]

    @cached_property
    def _by_first_word(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """The phrases by their first word, so a word is checked only against its own."""
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase in self.phrases:
            index.setdefault(phrase[0][0], []).append(phrase)
        return index

    @classmethod
    def load(cls, knowledge_dir: Path) -> LayTerms:
        path = knowledge_dir / LAY_TERMS
        if not path.exists():
            return cls(())
        try:
            entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            pairs = [
                (tuple(word for _, _, word in words(str(lay))), str(entry["terms"]))
                for entry in entries
                for lay in entry["lay"]
            ]
        except (yaml.YAMLError, KeyError, TypeError) as error:
            raise KneebotError(f"{path} must list {{terms, lay}} entries: {error}") from error
        return cls(tuple(sorted((p for p in pairs if p[0]), key=lambda p: -len(p[0]))))

    def rewrite(self, question: str) -> str:
        """``question`` with each lay phrase replaced by the documents' words for it."""
        said = words(question)
        out: list[str] = []
        k = 0
        while k < len(said):
            word = said[k][2]
            stems = {word} | {word[: -len(end)] for end in _PLURALS if end and word.endswith(end)}
            candidates = [phrase for stem in stems for phrase in self._by_first_word.get(stem, ())]
            found = next(
                (
                    (len(lay), terms)
                    for lay, terms in sorted(candidates, key=lambda p: -len(p[0]))
                    if _matches(said, k, lay)
                ),
                None,
            )
            if found is None:
                out.append(question[said[k][0] : said[k][1]])
                k += 1
            else:
                out.append(found[1])
                k += found[0]
        return " ".join(out)


def _matches(said: list[tuple[int, int, str]], k: int, lay: tuple[str, ...]) -> bool:
    if k + len(lay) > len(said):
        return False
    return all(
        any(said[k + i][2] == word + ending for ending in _PLURALS) for i, word in enumerate(lay)
    )
