"""Answers drawn from one section, with sources, and no answer when nothing fits."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.answer import answer
from bot.knowledge.messages import NO_ANSWER_TEXT

# Questions near the subject that no document answers: quoting the nearest-looking
# section (a glute bridge's mistakes for glucosamine) would mislead a worried person.
NOT_COVERED = (
    "is glucosamine good for knees?",
    "how much does a knee replacement cost?",
    "should I ice my knee?",
    "is swimming good for knee pain",
    "can hip problems cause ankle pain?",
)


def test_answer_names_its_section_and_gives_the_steps_in_order(knowledge_copy: Path) -> None:
    reply = answer("how do i do clamshells", knowledge_dir=knowledge_copy)
    assert reply is not None
    assert reply.text.startswith('From "How to do it" in Clamshell:')
    steps = [line.split(".")[0] for line in reply.text.splitlines()[1:]]
    assert steps == [str(n) for n in range(int(steps[0]), int(steps[0]) + len(steps))]
    assert reply.sources and all(
        set(source) == {"doc", "section", "passage"}
        and source["doc"] == "clamshell"
        and source["section"] == "How to do it"
        for source in reply.sources
    )


def test_answer_uses_only_the_top_section(knowledge_copy: Path) -> None:
    reply = answer("im pregnant, can i do these exercises", knowledge_dir=knowledge_copy)
    assert reply is not None and reply.section == "Pregnancy"
    assert {source["section"] for source in reply.sources} == {"Pregnancy"}
    assert "midwife" in reply.text


def test_no_answer_for_what_the_documents_do_not_cover(knowledge_copy: Path) -> None:
    for question in ("how much ibuprofen can i take", "my shoulder hurts when i throw"):
        assert answer(question, knowledge_dir=knowledge_copy) is None


@pytest.mark.parametrize("question", NOT_COVERED)
def test_no_unrelated_text_for_questions_near_the_subject(
    knowledge_copy: Path, question: str
) -> None:
    assert answer(question, knowledge_dir=knowledge_copy) is None


def test_what_an_exercise_is_comes_from_what_it_trains_or_how_to_do_it(
    knowledge_copy: Path,
) -> None:
    reply = answer("what is a clamshell", knowledge_dir=knowledge_copy)
    assert reply is not None and reply.doc == "clamshell"
    assert reply.section in {"What it trains", "How to do it"}


def test_the_fallback_points_to_a_professional() -> None:
    assert "physiotherapist" in NO_ANSWER_TEXT and "doctor" in NO_ANSWER_TEXT
