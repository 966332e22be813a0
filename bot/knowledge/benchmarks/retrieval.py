"""``kneebot eval retrieval``: ranking and no-answer figures for each search mode.

Recall@k is the share of answerable questions with at least one relevant passage in
the top k; MRR is the mean reciprocal rank of the first relevant passage in the top 10
(0 when none). A question is predicted unanswerable when its top hit's score is
below the mode's threshold, except for hybrid, where it is when the assistant would say
so: the answer gate decides where the knowledge base has asked questions
(``bot.knowledge.answerable``; none of these questions is among them), the threshold
where it has none. No-answer precision and recall treat "unanswerable" as the positive
class. Latency is one ``search`` call: encoding the question plus searching.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from statistics import median

import numpy as np
import yaml

from bot.errors import KneebotError
from bot.knowledge.answer import answers
from bot.knowledge.index import KnowledgeIndex, load_index
from bot.knowledge.search import search, search_message, section_key
from bot.settings import MODES, Mode, get_settings

DEPTH = 10
RECALL_AT = (1, 3, 5)


@dataclass(frozen=True)
class Question:
    text: str
    expect: tuple[str, ...]  # empty: the knowledge base has no answer

    def is_relevant(self, passage_id: str) -> bool:
        section = section_key(passage_id)
        return any(
            fnmatchcase(passage_id, label) or fnmatchcase(section, label) for label in self.expect
        )


@dataclass(frozen=True)
class ModeReport:
    mode: str
    recall: dict[int, float]
    mrr: float
    no_answer_precision: float
    no_answer_recall: float
    threshold: float
    suggested_threshold: float
    latency_median_ms: float
    latency_p95_ms: float


def load_questions(path: Path) -> list[Question]:
    """The labelled set: ``answerable`` (``q`` and ``expect``) and ``unanswerable`` (texts),
    or the blind set's one list of ``questions`` (``text`` and ``expect``, empty for none)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise KneebotError(f"cannot read the question set {path}: {error.strerror}") from error
    if "questions" in data:
        return [Question(item["text"], tuple(item["expect"] or ())) for item in data["questions"]]
    answerable = [Question(item["q"], tuple(item["expect"])) for item in data["answerable"]]
    return answerable + [Question(text, ()) for text in data["unanswerable"]]


def check_labels(questions: list[Question], passage_ids: list[str]) -> None:
    """Refuse labels that match no passage: a renamed section must not pass silently."""
    for question in questions:
        for label in question.expect:
            probe = Question(question.text, (label,))
            if not any(probe.is_relevant(passage_id) for passage_id in passage_ids):
                raise KneebotError(f"label {label!r} of {question.text!r} matches no passage")


def evaluate(questions: list[Question], knowledge_dir: Path | None = None) -> list[ModeReport]:
    """Run every question through every mode and measure it."""
    index = load_index(knowledge_dir)
    check_labels(questions, [passage.id for passage in index.passages])
    search("warm-up", mode="hybrid", knowledge_dir=knowledge_dir)
    return [_evaluate_mode(questions, mode, index, knowledge_dir) for mode in MODES]


def _evaluate_mode(
    questions: list[Question], mode: Mode, index: KnowledgeIndex, knowledge_dir: Path | None
) -> ModeReport:
    settings = get_settings()
    threshold = settings.threshold(mode)
    first_relevant: list[int | None] = []  # rank of the first relevant hit, answerable only
    top_score: list[float] = []
    latencies: list[float] = []
    for question in questions:
        started = time.perf_counter()
        hits = search(question.text, k=DEPTH, mode=mode, knowledge_dir=knowledge_dir)
        latencies.append(time.perf_counter() - started)
        top_score.append(hits[0].score if hits else float("-inf"))
        if question.expect:
            ranks = [rank for rank, hit in enumerate(hits, 1) if question.is_relevant(hit.passage)]
            first_relevant.append(ranks[0] if ranks else None)

    unanswerable = np.array([not question.expect for question in questions])
    scores = np.array(top_score)
    predicted = scores < threshold
    if mode == "hybrid":
        predicted = np.array(
            [
                not answers(index, search_message(q.text, index, settings)[1], top, threshold)
                for q, top in zip(questions, top_score, strict=True)
            ]
        )
    precision, recall = no_answer_scores(predicted, unanswerable)
    return ModeReport(
        mode=mode,
        recall={
            k: sum(rank is not None and rank <= k for rank in first_relevant) / len(first_relevant)
            for k in RECALL_AT
        },
        mrr=sum(1 / rank for rank in first_relevant if rank) / len(first_relevant),
        no_answer_precision=precision,
        no_answer_recall=recall,
        threshold=threshold,
        suggested_threshold=suggest_threshold(scores, unanswerable),
        latency_median_ms=1000 * median(latencies),
        latency_p95_ms=1000 * float(np.percentile(latencies, 95)),
    )


def no_answer_scores(predicted: np.ndarray, actual: np.ndarray) -> tuple[float, float]:
    """Precision and recall of predicting "no answer" (1.0 where nothing was to be found)."""
    true_positives = int(np.sum(predicted & actual))
    precision = true_positives / int(predicted.sum()) if predicted.any() else 1.0
    recall = true_positives / int(actual.sum()) if actual.any() else 1.0
    return precision, recall


def suggest_threshold(top_scores: np.ndarray, unanswerable: np.ndarray) -> float:
    """The cut that maximises no-answer F1, placed midway between the scores around it."""
    values = np.unique(top_scores[np.isfinite(top_scores)])
    cuts = (values[:-1] + values[1:]) / 2 if len(values) > 1 else values

    def f1(cut: float) -> float:
        precision, recall = no_answer_scores(top_scores < cut, unanswerable)
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    return float(max(cuts, key=f1))


def format_reports(reports: list[ModeReport], questions: list[Question]) -> str:
    answerable = sum(bool(question.expect) for question in questions)
    rows = [
        *((f"Recall@{k}", [r.recall[k] for r in reports], "{:.3f}") for k in RECALL_AT),
        (f"MRR@{DEPTH}", [r.mrr for r in reports], "{:.3f}"),
        ("no-answer precision", [r.no_answer_precision for r in reports], "{:.3f}"),
        ("no-answer recall", [r.no_answer_recall for r in reports], "{:.3f}"),
        ("threshold (in use)", [r.threshold for r in reports], "{:.3f}"),
        ("threshold (best F1 here)", [r.suggested_threshold for r in reports], "{:.3f}"),
        ("latency median (ms)", [r.latency_median_ms for r in reports], "{:.1f}"),
        ("latency p95 (ms)", [r.latency_p95_ms for r in reports], "{:.1f}"),
    ]
    lines = [
        f"{answerable} answerable and {len(questions) - answerable} unanswerable questions",
        f"{'':26}" + "".join(f"{report.mode:>10}" for report in reports),
    ]
    lines += [
        f"{name:26}" + "".join(f"{fmt.format(value):>10}" for value in values)
        for name, values, fmt in rows
    ]
    return "\n".join(lines)


def reports_as_json(reports: list[ModeReport]) -> dict[str, dict]:
    return {report.mode: asdict(report) for report in reports}
