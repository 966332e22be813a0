"""Answers drawn from one section, with sources, and no answer when nothing fits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.knowledge.answer import answer, answer_if_asked, reply_to_question
from bot.knowledge.index import load_index
from bot.knowledge.messages import NO_ANSWER_TEXT
from bot.knowledge.search import section_key
from bot.settings import get_settings

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


@pytest.fixture
def configured_copy(knowledge_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The built copy as the configured knowledge base, for code that reads the setting."""
    monkeypatch.setenv("KNEEBOT_KNOWLEDGE_DIR", str(knowledge_copy))
    get_settings.cache_clear()
    yield knowledge_copy
    get_settings.cache_clear()


def test_a_warning_sign_asked_about_exercises_still_says_when_to_act(
    configured_copy: Path,
) -> None:
    reply = reply_to_question(
        "what exercises can I do if my calf is swollen and red?", None, "999", "ask_exercises"
    )
    assert "today" in reply.text or "999" in reply.text
    assert {source["doc"] for source in reply.sources} == {"when-to-see-a-professional"}


def test_a_button_asking_for_the_plan_gets_no_answer_of_its_own(configured_copy: Path) -> None:
    assert reply_to_question("/ask_exercises", None, "999", "ask_exercises").text == ""


def test_a_story_that_asks_is_answered_with_the_offer_of_a_plan(configured_copy: Path) -> None:
    question = "my knees ache after long walks. could my hips be the cause?"
    offered = reply_to_question(question, None, "999", "ask_knowledge", True, told=True)
    assert offered.sources and [b["payload"] for b in offered.buttons] == ["/ask_exercises"]
    later = reply_to_question(question, None, "999", "ask_knowledge", False, told=True)
    assert later.sources and not later.buttons


def test_steps_cite_every_passage_they_quote(knowledge_copy: Path) -> None:
    reply = answer("how do i do clamshells", knowledge_dir=knowledge_copy)
    assert reply is not None
    assert len(reply.sources) == len({s["passage"] for s in reply.sources}) >= 2
    assert {s["section"] for s in reply.sources} == {"How to do it"}


def test_a_warning_is_said_whole(knowledge_copy: Path) -> None:
    # Two sentences chosen for their words could leave out the one that says when to act.
    reply = answer("what does it mean when a knee gives way", knowledge_dir=knowledge_copy)
    assert reply is not None
    index = load_index(knowledge_copy)
    lead = section_key(reply.sources[0]["passage"])
    assert index.section_types[lead] == "warning"
    assert all(sentence in reply.text for sentence in index.section_sentences[lead])


def test_steps_are_said_whole_only_when_steps_are_asked_for(knowledge_copy: Path) -> None:
    # "Is it good for knees?" is answered by what the steps say about it, not all of them.
    reply = answer("is the single leg bridge good for knees", knowledge_dir=knowledge_copy)
    assert reply is not None
    index = load_index(knowledge_copy)
    lead = section_key(reply.sources[0]["passage"])
    said = index.section_sentences[lead]
    assert "single-leg bridge" in reply.text
    assert not all(sentence in reply.text for sentence in said)


def test_pain_in_lay_words_for_a_place_the_documents_name_still_finds_the_link(
    knowledge_copy: Path,
) -> None:
    # "bum" is the documents' "buttock": a passage on the buttocks does name it.
    reply = answer(
        "bum pain with knee pain, why would the hip affect the knee",
        knowledge_dir=knowledge_copy,
    )
    assert reply is not None and reply.doc == "weak-glutes-causing-knee-pain"


def test_seeing_someone_in_lay_words_finds_who_to_see(knowledge_copy: Path) -> None:
    reply = answer(
        "what would mean i should see someone rather than do exercises",
        knowledge_dir=knowledge_copy,
    )
    assert reply is not None
    assert reply.doc in {"seeing-a-physiotherapist", "when-to-see-a-professional"}


def test_a_question_taken_for_another_topic_is_answered_when_the_documents_can(
    configured_copy: Path,
) -> None:
    found = answer_if_asked("sorry, whats a clamshell", "999")
    assert found is not None
    assert {section_key(source["passage"]).split("#")[0] for source in found.sources} == {
        "clamshell"
    }
    for other_topic in ("whats the capital of peru", "book me a taxi to the station"):
        assert answer_if_asked(other_topic, "999") is None
