"""Floors on the labelled question set, so a retrieval regression fails the build.

The figures come from ``kneebot eval retrieval --json``, run as a user runs it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.knowledge.evaluation import load_questions
from tests.conftest import run_kneebot

QUESTIONS = Path(__file__).resolve().parents[1] / "data" / "retrieval_questions.yaml"


@pytest.fixture(scope="module")
def reports(knowledge_copy: Path) -> dict[str, Any]:
    result = run_kneebot(
        "eval",
        "retrieval",
        "--json",
        "--questions",
        str(QUESTIONS),
        env={"KNEEBOT_KNOWLEDGE_DIR": str(knowledge_copy)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_the_question_set_is_big_enough() -> None:
    questions = load_questions(QUESTIONS)
    assert sum(bool(q.expect) for q in questions) >= 80
    assert sum(not q.expect for q in questions) >= 20


def test_every_mode_is_reported(reports: dict[str, Any]) -> None:
    assert set(reports) == {"hybrid", "dense", "bm25"}
    for report in reports.values():
        assert set(report["recall"]) == {"1", "3", "5"}
        assert 0 < report["latency_median_ms"] <= report["latency_p95_ms"]


def test_hybrid_recall_at_3(reports: dict[str, Any]) -> None:
    assert reports["hybrid"]["recall"]["3"] >= 0.95


def test_hybrid_beats_each_half(reports: dict[str, Any]) -> None:
    hybrid = reports["hybrid"]["recall"]["3"]
    assert hybrid > reports["dense"]["recall"]["3"] and hybrid > reports["bm25"]["recall"]["3"]


def test_hybrid_knows_when_it_has_no_answer(reports: dict[str, Any]) -> None:
    assert reports["hybrid"]["no_answer_precision"] >= 0.8
    assert reports["hybrid"]["no_answer_recall"] >= 0.8
