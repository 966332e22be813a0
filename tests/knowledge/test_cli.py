"""The knowledge commands, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_kneebot


def test_search_json_lists_hits_with_exactly_the_documented_keys(knowledge_copy: Path) -> None:
    result = run_kneebot(
        "knowledge",
        "search",
        "what is valgus collapse",
        "--k",
        "3",
        "--json",
        env={"KNEEBOT_KNOWLEDGE_DIR": str(knowledge_copy)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    hits = json.loads(result.stdout)
    assert len(hits) == 3
    assert all(set(hit) == {"doc", "section", "passage", "text", "score"} for hit in hits)
    assert hits[0]["passage"].startswith("weak-glutes-causing-knee-pain#hip-weakness")


def test_search_prints_rank_score_place_and_text(knowledge_copy: Path) -> None:
    result = run_kneebot(
        "knowledge",
        "search",
        "piriformis",
        "--k",
        "2",
        "--mode",
        "bm25",
        env={"KNEEBOT_KNOWLEDGE_DIR": str(knowledge_copy)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    first = result.stdout.splitlines()[0]
    assert (
        first.startswith("1. ")
        and "figure_four_stretch / " in first
        and "[figure_four_stretch#" in first
    )


def test_build_reports_an_up_to_date_index(knowledge_copy: Path) -> None:
    result = run_kneebot("knowledge", "build", env={"KNEEBOT_KNOWLEDGE_DIR": str(knowledge_copy)})
    assert result.returncode == 0 and "up to date" in result.stdout


def test_an_empty_knowledge_folder_is_a_one_line_error(tmp_path: Path) -> None:
    result = run_kneebot("knowledge", "build", env={"KNEEBOT_KNOWLEDGE_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert "kneebot: error: no knowledge documents" in result.stderr
    assert "Traceback" not in result.stderr
