"""Search the knowledge base: dense, BM25, or hybrid.

Each hit's ``score`` both orders the results of its mode and is compared with the
mode's threshold to decide whether the knowledge base answers at all: cosine for
dense, BM25 for bm25, and for hybrid the score described in ``bot.knowledge.hybrid``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.knowledge.adapter import adapt
from bot.knowledge.answerable import FEATURES, gate_features
from bot.knowledge.cues import asking_sentences
from bot.knowledge.dense import search_dense
from bot.knowledge.encoder import encode
from bot.knowledge.hybrid import Weights, gather, judged
from bot.knowledge.index import KnowledgeIndex, load_index
from bot.knowledge.lexical import bm25_scores, bm25_top, tokenize
from bot.settings import MODES, Mode, Settings, get_settings


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
        vector = adapt(encode([query]), index.adapter)[0]
        ranking = search_dense(index.dense, vector, settings.fusion_depth)
        return [_hit(index, row, cosine) for row, cosine in ranking]

    return hybrid_search(query, index, settings)[0]


def hybrid_search(
    query: str, index: KnowledgeIndex, settings: Settings
) -> tuple[list[Hit], np.ndarray]:
    """Hybrid hits for ``query``, best first, and what the answer gate reads of them."""
    evidence = gather(query, index, settings)
    if not evidence.rows:
        return [], np.zeros(len(FEATURES))
    scores = Weights.from_settings(settings).score(evidence)
    threshold_scores = judged(evidence, scores, settings.min_cosine, settings.asked_weight)
    order = np.argsort(-scores, kind="stable")
    hits = [_hit(index, evidence.rows[i], threshold_scores[i]) for i in order]
    return hits, gate_features(evidence, scores, threshold_scores)


def search_message(
    message: str, index: KnowledgeIndex, settings: Settings
) -> tuple[list[Hit], np.ndarray]:
    """Hits for the whole message and, when a story comes before it, for the sentence
    that asks: "... now my knee aches round the cap after about 5k. Could it be my
    hips?" is searched as a whole and as "could it be my hips?", each passage keeping
    its better score; and the gate's features of the search whose best passage scored
    higher."""
    hits, features = hybrid_search(message, index, settings)
    asked = asking_sentences(message)
    if not asked or asked == message.strip():
        return hits, features
    asked_hits, asked_features = hybrid_search(asked, index, settings)
    best = {hit.passage: hit for hit in hits}
    for hit in asked_hits:
        if hit.passage not in best or hit.score > best[hit.passage].score:
            best[hit.passage] = hit
    better = asked_features if asked_features[0] > features[0] else features
    return sorted(best.values(), key=lambda hit: -hit.score), better


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
