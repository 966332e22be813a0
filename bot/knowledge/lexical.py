"""The lexical half of retrieval: BM25 (bm25s) over character 4-grams of words.

Words are split and English stop words dropped by bm25s; each word then becomes its
character 4-grams, marked at the word's edges ("knees" -> "<kne", "knee", "nees", "ees>").
Shared 4-grams let "knees" meet "knee", "clamshel" meet "clamshell" and "physio" meet
"physiotherapist" without a stemmer or a spelling corrector.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import bm25s

STOPWORDS = "en"
NGRAM = 4


@dataclass(frozen=True)
class LexicalIndex:
    bm25: bm25s.BM25
    size: int


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
    return LexicalIndex(retriever, len(tokens))


def save_lexical(lexical: LexicalIndex, directory: Path) -> None:
    lexical.bm25.save(str(directory), show_progress=False)


def load_lexical(directory: Path, size: int) -> LexicalIndex:
    """The BM25 index saved in ``directory``, over ``size`` passages."""
    import bm25s

    return LexicalIndex(bm25s.BM25.load(str(directory), show_progress=False), size)


def bm25_scores(lexical: LexicalIndex, tokens: list[str]) -> np.ndarray:
    """BM25 score of every passage for a tokenized query (zeros if it has no tokens)."""
    if not tokens:
        return np.zeros(lexical.size, dtype=np.float32)
    return lexical.bm25.get_scores(tokens)


def bm25_top(scores: np.ndarray, depth: int) -> list[int]:
    """Rows of the ``depth`` highest positive scores, best first (ties keep passage order).

    A passage sharing no term with the query is not a BM25 match at any rank.
    """
    rows = np.argsort(-scores, kind="stable")[:depth]
    return [int(row) for row in rows if scores[row] > 0]
