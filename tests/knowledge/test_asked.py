"""Asked questions: a question near one that a section answered finds that section."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import KneebotError
from bot.knowledge.asked import ASKED, load_asked
from bot.knowledge.index import build, is_stale
from bot.knowledge.search import ranked, section_key


def test_asked_questions_load_with_their_sections(tmp_path: Path) -> None:
    (tmp_path / ASKED).write_text(
        '- {q: "can a lazy bum hurt my knee", section: knee-basics#why-knees-hurt}\n'
    )
    [question] = load_asked(tmp_path)
    assert question.text == "can a lazy bum hurt my knee"
    assert question.section == "knee-basics#why-knees-hurt"
    assert load_asked(tmp_path / "none") == []


@pytest.mark.parametrize(
    "text", ['- {q: "why?"}\n', '- {section: a#b}\n', "- [unclosed\n"]
)
def test_an_asked_question_without_its_sections_is_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / ASKED).write_text(text)
    with pytest.raises(KneebotError, match=ASKED):
        load_asked(tmp_path)


def test_a_section_that_does_not_exist_stops_the_build(small_knowledge: Path, encoder) -> None:
    (small_knowledge / ASKED).write_text('- {q: "why?", section: knee-basics#gone}\n')
    with pytest.raises(KneebotError, match="knee-basics#gone"):
        build(knowledge_dir=small_knowledge)


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
