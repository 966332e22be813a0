"""Search the knowledge base: dense, BM25, or hybrid.

Each hit's ``score`` both orders the results of its mode and is compared with the
mode's threshold to decide whether the knowledge base answers at all: cosine for
dense, BM25 for bm25, and for hybrid the score described in ``bot.knowledge.hybrid``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.knowledge.dense import search_dense
from bot.knowledge.encoder import encode
from bot.knowledge.hybrid import Weights, gather, judged
from bot.knowledge.index import KnowledgeIndex, load_index
from bot.knowledge.lexical import bm25_scores, bm25_top, tokenize
from bot.settings import MODES, Mode, get_settings


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
    settings = get_settings()
    if mode == "bm25":
        lexical = bm25_scores(index.lexical, tokenize([index.lay_terms.rewrite(query)])[0])
        return [_hit(index, row, lexical[row]) for row in bm25_top(lexical, settings.fusion_depth)]
    if mode == "dense":
        ranking = search_dense(index.dense, encode([query])[0], settings.fusion_depth)
        return [_hit(index, row, cosine) for row, cosine in ranking]

    evidence = gather(query, index, settings)
    scores = Weights.from_settings(settings).score(evidence)
    threshold_scores = judged(evidence, scores, settings.min_cosine, settings.asked_weight)
    order = np.argsort(-scores, kind="stable")
    return [_hit(index, evidence.rows[i], threshold_scores[i]) for i in order]


def section_key(passage_id: str) -> str:
    """``clamshell#dose`` for ``clamshell#dose-1``: the section a passage id belongs to."""
    return passage_id.rsplit("-", 1)[0]


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
