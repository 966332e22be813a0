"""The lexical half of retrieval: BM25 (bm25s) over character 4-grams of words.

Words are split and English stop words dropped by bm25s; each word then becomes its
character 4-grams, marked at the word's edges ("knees" -> "<kne", "knee", "nees", "ees>").
Shared 4-grams let "knees" meet "knee", "clamshel" meet "clamshell" and "physio" meet
"physiotherapist" without a stemmer or a spelling corrector.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import bm25s

STOPWORDS = "en"
NGRAM = 4
_DOCUMENT_FREQUENCY = "document_frequency.json"


@dataclass(frozen=True)
class LexicalIndex:
    bm25: bm25s.BM25
    document_frequency: dict[str, int]
    size: int

    def idf(self, token: str) -> float:
        """Smoothed inverse document frequency; a token never seen weighs the most."""
        return math.log((self.size + 1) / (self.document_frequency.get(token, 0) + 1)) + 1


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    import bm25s

    words = bm25s.tokenize(list(texts), stopwords=STOPWORDS, return_ids=False, show_progress=False)
    return [[gram for word in text for gram in _ngrams(word)] for text in words]


def _ngrams(word: str) -> list[str]:
    marked = f"<{word}>"
    return [marked[i : i + NGRAM] for i in range(max(len(marked) - NGRAM, 0) + 1)]


def build_lexical(texts: Sequence[str]) -> LexicalIndex:
    import bm25s

    tokens = tokenize(texts)
    retriever = bm25s.BM25()
    retriever.index(tokens, show_progress=False)
    frequency = Counter(token for text in tokens for token in set(text))
    return LexicalIndex(retriever, dict(frequency), len(tokens))


def save_lexical(lexical: LexicalIndex, directory: Path) -> None:
    lexical.bm25.save(str(directory), show_progress=False)
    (directory / _DOCUMENT_FREQUENCY).write_text(
        json.dumps({"size": lexical.size, "frequency": lexical.document_frequency}),
        encoding="utf-8",
    )


def load_lexical(directory: Path) -> LexicalIndex:
    import bm25s

    stored = json.loads((directory / _DOCUMENT_FREQUENCY).read_text(encoding="utf-8"))
    return LexicalIndex(
        bm25s.BM25.load(str(directory), show_progress=False), stored["frequency"], stored["size"]
    )


def bm25_scores(lexical: LexicalIndex, tokens: list[str]) -> np.ndarray:
    """BM25 score of every passage for a tokenized query (zeros if it has no tokens)."""
    if not tokens:
        return np.zeros(lexical.size, dtype=np.float32)
    return lexical.bm25.get_scores(tokens)


def coverage(lexical: LexicalIndex, tokens: list[str], texts: Sequence[str]) -> np.ndarray:
    """Share of a tokenized query's 4-grams, weighted by IDF, found in each text (0 to 1).

    A question about something the knowledge base never mentions ("paracetamol",
    "insurance") has rare or unseen 4-grams that no passage covers, however close
    its other words come.
    """
    wanted = set(tokens)
    total = sum(lexical.idf(token) for token in wanted)
    if not total:
        return np.zeros(len(texts))
    return np.array(
        [
            sum(lexical.idf(token) for token in wanted & set(tokens)) / total
            for tokens in tokenize(texts)
        ]
    )
