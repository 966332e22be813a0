"""Asked questions: a question near one that a section answered finds that section."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.errors import KneebotError
from bot.knowledge.asked import ASKED, load_asked
from bot.knowledge.encoder import encode
from bot.knowledge.index import build, is_stale, load_index
from bot.knowledge.search import ranked, section_key
from tests.knowledge.conftest import PROJECT


def test_asked_questions_load_with_their_section_or_none(tmp_path: Path) -> None:
    (tmp_path / ASKED).write_text(
        '- {q: "can a lazy bum hurt my knee", section: knee-basics#why-knees-hurt}\n'
        '- {q: "is glucosamine any good", section: none}\n'
    )
    answered, unanswered = load_asked(tmp_path)
    assert answered.text == "can a lazy bum hurt my knee"
    assert answered.section == "knee-basics#why-knees-hurt"
    assert unanswered.section is None
    assert load_asked(tmp_path / "none") == []


@pytest.mark.parametrize(
    "text", ['- {q: "why?"}\n', "- {section: a#b}\n", "- {q: , section: a#b}\n", "- [unclosed\n"]
)
def test_an_entry_without_its_question_or_section_is_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / ASKED).write_text(text)
    with pytest.raises(KneebotError, match=ASKED):
        load_asked(tmp_path)


def test_every_asked_question_of_the_project_names_a_section_that_exists(
    knowledge_copy: Path,
) -> None:
    sections = {passage.section_key for passage in load_index(knowledge_copy).passages}
    asked = load_asked(PROJECT / "knowledge")
    assert len(asked) >= 500
    assert {question.section for question in asked} - {None} <= sections


def test_a_question_left_behind_by_a_renamed_heading_is_skipped(
    small_knowledge: Path, encoder, caplog: pytest.LogCaptureFixture
) -> None:
    (small_knowledge / ASKED).write_text(
        '- {q: "why?", section: knee-basics#gone}\n'
        '- {q: "what helps?", section: knee-basics#what-helps}\n'
    )
    with caplog.at_level(logging.WARNING):
        build(knowledge_dir=small_knowledge)
    assert "knee-basics#gone" in caplog.text
    assert load_index(small_knowledge).asked.sections == ["knee-basics#what-helps"]


def test_a_question_near_an_asked_one_finds_its_section(small_knowledge: Path, encoder) -> None:
    # Nothing in "What helps" reads like this question, in words or meaning.
    question = "my mate reckons chilling out sorts a sore knee, true?"
    build(knowledge_dir=small_knowledge)
    before = [section_key(hit.passage) for hit in ranked(question, knowledge_dir=small_knowledge)]

    (small_knowledge / ASKED).write_text(
        '- {q: "my mate reckons chilling out sorts a sore knee, is he right?", '
        "section: knee-basics#what-helps}\n"
    )
    assert is_stale(small_knowledge)
    build(knowledge_dir=small_knowledge)
    hits = ranked(question, knowledge_dir=small_knowledge)
    assert section_key(hits[0].passage) == "knee-basics#what-helps"
    assert before[0] != "knee-basics#what-helps"


def test_a_nearer_question_with_no_answer_keeps_the_section_out(
    small_knowledge: Path, encoder
) -> None:
    question = "my mate reckons chilling out sorts a sore knee, true?"
    (small_knowledge / ASKED).write_text(
        '- {q: "my mate reckons chilling out and a beer sorts a sore knee, is he right?", '
        "section: knee-basics#what-helps}\n"
        '- {q: "my mate reckons chilling out sorts a sore knee, true or not?", section: none}\n'
    )
    build(knowledge_dir=small_knowledge)
    assert load_index(small_knowledge).asked.similarity(encode([question])[0]) == {}
