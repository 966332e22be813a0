"""Everyday words rewritten into the documents' words for the lexical features."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import KneebotError
from bot.knowledge.lay import LAY_TERMS, LayTerms

PROJECT_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def test_lay_phrases_become_the_documents_words() -> None:
    terms = LayTerms.load(PROJECT_KNOWLEDGE)
    assert "glutes" in terms.rewrite("can weak bum muscles make my knee hurt")
    assert "valgus" in terms.rewrite("my knees go in when i squat")
    assert terms.rewrite("whats the clam exercise") == "whats the clamshell exercise"


def test_the_longest_phrase_wins_and_plurals_match(tmp_path: Path) -> None:
    (tmp_path / LAY_TERMS).write_text(
        "- {terms: gluteus medius, lay: [side of the bum]}\n- {terms: glutes, lay: [bum]}\n"
    )
    terms = LayTerms.load(tmp_path)
    assert terms.rewrite("the side of the bum") == "the gluteus medius"
    assert terms.rewrite("my bums") == "my glutes"


def test_words_inside_other_words_are_left_alone(tmp_path: Path) -> None:
    (tmp_path / LAY_TERMS).write_text("- {terms: kneecap, lay: [cap]}\n")
    assert LayTerms.load(tmp_path).rewrite("my captain") == "my captain"


def test_no_file_means_no_rewriting(tmp_path: Path) -> None:
    assert LayTerms.load(tmp_path).rewrite("my bum hurts") == "my bum hurts"


def test_a_broken_file_is_a_user_error(tmp_path: Path) -> None:
    (tmp_path / LAY_TERMS).write_text("- {lay: [bum]}\n")
    with pytest.raises(KneebotError, match="lay"):
        LayTerms.load(tmp_path)
