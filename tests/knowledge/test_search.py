"""Searching the project's documents in each mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.hybrid import reciprocal_rank_fusion
from bot.knowledge.search import search, section_key


@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_each_mode_finds_the_clamshell_steps(knowledge_copy: Path, mode: str) -> None:
    hits = search(
        "how do you do the clamshell exercise", k=5, mode=mode, knowledge_dir=knowledge_copy
    )
    assert "clamshell#how-to-do-it" in [section_key(hit.passage) for hit in hits[:3]]
    top = hits[0]
    assert top.text and top.title and top.section and top.passage.startswith(f"{top.doc}#")
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)


@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_results_hold_at_most_one_passage_per_section(knowledge_copy: Path, mode: str) -> None:
    hits = search("how to do a glute bridge", k=8, mode=mode, knowledge_dir=knowledge_copy)
    sections = [section_key(hit.passage) for hit in hits]
    assert len(hits) == 8 and len(set(sections)) == len(sections)


def test_bm25_finds_nothing_for_words_the_documents_never_use(knowledge_copy: Path) -> None:
    assert search("zzzxq", mode="bm25", knowledge_dir=knowledge_copy) == []


def test_an_unknown_mode_is_refused(knowledge_copy: Path) -> None:
    with pytest.raises(ValueError, match="mode"):
        search("knee", mode="fuzzy", knowledge_dir=knowledge_copy)  # type: ignore[arg-type]


def test_reciprocal_rank_fusion_rewards_agreement() -> None:
    assert reciprocal_rank_fusion([[1, 2, 3], [3, 1, 4]], k=60) == [1, 3, 2, 4]
