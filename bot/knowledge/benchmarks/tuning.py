"""Picking hybrid search's weights and threshold, and checking that the pick generalises.

``pick`` chooses, from a small grid, the weights and threshold that do best on a set
of labelled questions: Recall@1 (an answer quotes the top hit) plus Recall@3 (a
search lists a few) plus no-answer F1 (saying nothing beats quoting something
unrelated). Figures measured on the very questions the pick was made on flatter it,
so ``cross_validate`` splits the set into folds, picks on all folds but one, measures
on the one left out, and pools the held-out results. The model runs once per
question; re-weighting reuses what it found.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from bot.knowledge.benchmarks.retrieval import DEPTH, Question, no_answer_scores, suggest_threshold
from bot.knowledge.hybrid import Evidence, Weights, gather, judged
from bot.knowledge.index import KnowledgeIndex, load_index
from bot.knowledge.search import section_key
from bot.settings import get_settings

GRID = {
    "coverage": (0.4, 0.5, 0.6, 0.7, 0.8),
    "unknown": (1.0, 2.0, 3.0, 4.0),
    "cue": (0.1, 0.2, 0.3, 0.4),
    "site": (0.1, 0.3, 0.5),
    "type": (0.0, 0.1, 0.2),
    "asked": (0.0, 0.3, 0.6, 0.9),
}
FOLDS = 5
SEED = 7


@dataclass(frozen=True)
class Pick:
    weights: Weights
    threshold: float


@dataclass(frozen=True)
class CrossValidation:
    folds: int
    recall_at_3: float
    no_answer_precision: float
    no_answer_recall: float
    picks: list[Pick]  # one per fold, made without that fold's questions
    whole: Pick  # made on every question: what the settings should hold


@dataclass(frozen=True)
class Labelled:
    """A question with the hybrid evidence gathered for it."""

    question: Question
    evidence: Evidence
    passage_ids: list[str]  # of evidence.rows


def gather_all(questions: list[Question], knowledge_dir: Path | None = None) -> list[Labelled]:
    index = load_index(knowledge_dir)
    settings = get_settings()
    return [
        _labelled(question, index, gather(question.text, index, settings)) for question in questions
    ]


def pick(labelled: list[Labelled]) -> Pick:
    """The grid's weights and threshold that do best on ``labelled`` (see the module doc).

    Ties go to the first in grid order, the smaller weights.
    """
    grid = itertools.product(*GRID.values())
    judged = [_judge(labelled, Weights(**dict(zip(GRID, values, strict=True)))) for values in grid]
    return max(judged, key=lambda result: result[0])[1]


def cross_validate(
    labelled: list[Labelled], folds: int = FOLDS, seed: int = SEED
) -> CrossValidation:
    """Held-out figures of ``pick``: each question is measured by a pick made without it.

    Folds are stratified, so each holds its share of unanswerable questions.
    """
    answerable = [i for i, item in enumerate(labelled) if item.question.expect]
    unanswerable = [i for i, item in enumerate(labelled) if not item.question.expect]
    shuffle = random.Random(seed).shuffle
    shuffle(answerable)
    shuffle(unanswerable)
    fold_of = {i: n % folds for n, i in enumerate(answerable)}
    fold_of |= {i: n % folds for n, i in enumerate(unanswerable)}

    ranks: list[int | None] = []
    predicted, actual = [], []
    picks = []
    for fold in range(folds):
        held_out = [item for i, item in enumerate(labelled) if fold_of[i] == fold]
        chosen = pick([item for i, item in enumerate(labelled) if fold_of[i] != fold])
        picks.append(chosen)
        fold_ranks, tops, unanswered = _outcomes(held_out, chosen.weights)
        ranks += fold_ranks
        predicted += list(tops < chosen.threshold)
        actual += list(unanswered)
    precision, recall = no_answer_scores(np.array(predicted), np.array(actual))
    return CrossValidation(folds, _recall_at(3, ranks), precision, recall, picks, pick(labelled))


def format_cross_validation(result: CrossValidation) -> str:
    settings = get_settings()
    in_use = Pick(Weights.from_settings(settings), settings.threshold_hybrid)
    thresholds = [chosen.threshold for chosen in result.picks]
    return "\n".join(
        [
            f"hybrid weights in use:     {_describe(in_use)}",
            f"picked on every question:  {_describe(result.whole)}",
            f"{result.folds}-fold cross-validated (each fold measured with weights and threshold "
            "picked on the others):",
            f"  Recall@3 {result.recall_at_3:.3f}, no-answer precision "
            f"{result.no_answer_precision:.3f}, no-answer recall {result.no_answer_recall:.3f}; "
            f"thresholds picked {min(thresholds):.3f} to {max(thresholds):.3f}",
        ]
    )


def cross_validation_as_json(result: CrossValidation) -> dict[str, dict]:
    return {"cross_validated": asdict(result)}


def _describe(chosen: Pick) -> str:
    weights = chosen.weights
    return (
        f"coverage {weights.coverage:g}, unknown words {weights.unknown:g}, "
        f"section cue {weights.cue:g}, pain site {weights.site:g}, "
        f"section type {weights.type:g}, asked questions {weights.asked:g}; "
        f"threshold {chosen.threshold:.3f}"
    )


def _labelled(question: Question, index: KnowledgeIndex, evidence: Evidence) -> Labelled:
    return Labelled(question, evidence, [index.passages[row].id for row in evidence.rows])


def _judge(labelled: list[Labelled], weights: Weights) -> tuple[float, Pick]:
    ranks, tops, unanswerable = _outcomes(labelled, weights)
    threshold = suggest_threshold(tops, unanswerable)
    no_answer = _f1(*no_answer_scores(tops < threshold, unanswerable))
    return _recall_at(1, ranks) + _recall_at(3, ranks) + no_answer, Pick(weights, threshold)


def _outcomes(
    labelled: list[Labelled], weights: Weights
) -> tuple[list[int | None], np.ndarray, np.ndarray]:
    """Rank of the first relevant section (answerable questions only), top scores, labels."""
    ranks: list[int | None] = []
    tops = []
    min_cosine = get_settings().min_cosine
    for item in labelled:
        scores = weights.score(item.evidence)
        order = np.argsort(-scores, kind="stable")
        threshold_scores = judged(item.evidence, scores, min_cosine, weights.asked)
        tops.append(threshold_scores[order[0]] if len(order) else float("-inf"))
        if item.question.expect:
            ranks.append(_first_relevant(item, order))
    unanswerable = np.array([not item.question.expect for item in labelled])
    return ranks, np.array(tops), unanswerable


def _first_relevant(item: Labelled, order: np.ndarray) -> int | None:
    """Rank among the best passage of each section, as ``search`` shows them."""
    sections: list[str] = []
    for i in order:
        passage = item.passage_ids[i]
        if section_key(passage) in sections:
            continue
        sections.append(section_key(passage))
        if item.question.is_relevant(passage):
            return len(sections)
        if len(sections) == DEPTH:
            break
    return None


def _recall_at(k: int, ranks: list[int | None]) -> float:
    return sum(rank is not None and rank <= k for rank in ranks) / len(ranks)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
