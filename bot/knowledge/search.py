"""Search the knowledge base: dense, BM25, or hybrid.

Each hit's ``score`` both orders the results of its mode and is compared with the
mode's threshold to decide whether the knowledge base answers at all: cosine for
dense, BM25 for bm25. Hybrid fuses the two rankings by reciprocal rank, then orders
the fused shortlist by cosine plus weighted lexical coverage (the IDF-weighted share
of the question's 4-grams that a passage contains). Reciprocal-rank scores only say
how two lists agree, not whether a passage answers, so they cannot carry a threshold;
the coverage term keeps a question about an unknown topic from riding on a few
familiar words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.knowledge.dense import cosines, search_dense
from bot.knowledge.encoder import encode
from bot.knowledge.index import KnowledgeIndex, load_index
from bot.knowledge.lexical import bm25_scores, coverage, tokenize
from bot.knowledge.settings import MODES, Mode, get_knowledge_settings


@dataclass(frozen=True)
class Hit:
    doc: str
    title: str
    section: str
    passage: str
    text: str
    score: float


def search(
    query: str, k: int = 5, mode: Mode = "hybrid", knowledge_dir: Path | None = None
) -> list[Hit]:
    """The ``k`` best passages for ``query``, best first, at most one per section.

    Passages of one section overlap and say much the same; showing the best of each
    leaves room for the other sections that may hold the answer.
    """
    best: dict[str, Hit] = {}
    for hit in ranked(query, mode, knowledge_dir):
        best.setdefault(section_key(hit.passage), hit)
        if len(best) == k:
            break
    return list(best.values())


def ranked(query: str, mode: Mode = "hybrid", knowledge_dir: Path | None = None) -> list[Hit]:
    """Candidate passages for ``query``, best first, several per section allowed."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    index = load_index(knowledge_dir)
    settings = get_knowledge_settings()
    if mode == "bm25":
        lexical = bm25_scores(index.lexical, tokenize([query])[0])
        return [_hit(index, row, lexical[row]) for row in _top(lexical, settings.fusion_depth)]

    vector = encode([query])[0]
    dense_ranking = search_dense(index.dense, vector, settings.fusion_depth)
    if mode == "dense":
        return [_hit(index, row, cosine) for row, cosine in dense_ranking]

    tokens = tokenize([query])[0]
    lexical_ranking = _top(bm25_scores(index.lexical, tokens), settings.fusion_depth)
    fused = reciprocal_rank_fusion(
        [[row for row, _ in dense_ranking], lexical_ranking], settings.rrf_k
    )
    rows = fused[: settings.rerank_depth]
    texts = [index.passages[row].search_text for row in rows]
    scores = cosines(index.dense, vector, rows) + settings.coverage_weight * coverage(
        index.lexical, tokens, texts
    )
    order = np.argsort(-scores, kind="stable")
    return [_hit(index, rows[i], scores[i]) for i in order]


def reciprocal_rank_fusion(rankings: list[list[int]], k: int) -> list[int]:
    """Rows ordered by the sum of 1 / (k + rank) over the rankings they appear in."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, row in enumerate(ranking, 1):
            fused[row] = fused.get(row, 0.0) + 1.0 / (k + rank)
    return sorted(fused, key=lambda row: (-fused[row], row))


def section_key(passage_id: str) -> str:
    """``clamshell#dose`` for ``clamshell#dose-1``: the section a passage id belongs to."""
    return passage_id.rsplit("-", 1)[0]


def _top(scores: np.ndarray, depth: int) -> list[int]:
    """Rows of the ``depth`` highest positive scores, best first (ties keep passage order).

    A passage sharing no term with the query is not a BM25 match at any rank.
    """
    rows = np.argsort(-scores, kind="stable")[:depth]
    return [int(row) for row in rows if scores[row] > 0]


def _hit(index: KnowledgeIndex, row: int, score: float) -> Hit:
    passage = index.passages[row]
    return Hit(
        doc=passage.doc,
        title=passage.title,
        section=passage.section,
        passage=passage.id,
        text=passage.text,
        score=float(score),
    )
