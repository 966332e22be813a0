"""How `kneebot eval answers` judges a reply against a blind question's labels."""

from __future__ import annotations

from pathlib import Path

from bot.evaluation.answers import BlindQuestion, answer_figures, judge, load_blind
from bot.knowledge.index import load_index

BLIND = Path(__file__).resolve().parents[2] / "data" / "blind" / "questions.yaml"
SECTION = "clamshell#how-to-do-it"


def _reply(index, section_key: str) -> list[dict]:
    passage = next(p for p in index.passages if p.section_key == section_key)
    source = {"doc": passage.doc, "section": passage.section, "passage": passage.id}
    return [{"text": f"Here: {passage.sentences[0]}", "custom": {"sources": [source]}}]


def test_a_reply_quoting_a_labelled_section_answers(knowledge_copy: Path) -> None:
    index = load_index(knowledge_copy)
    question = BlindQuestion("how do i do a clam", "how_to", (SECTION,))
    judged = judge(question, _reply(index, SECTION), index)
    assert judged.answered and judged.type_ok and judged.cited == (SECTION,)


def test_citing_a_section_without_its_words_is_not_an_answer(knowledge_copy: Path) -> None:
    index = load_index(knowledge_copy)
    reply = _reply(index, SECTION)
    reply[0]["text"] = "Something else entirely."
    judged = judge(BlindQuestion("how do i do a clam", "how_to", (SECTION,)), reply, index)
    assert not judged.answered


def test_the_wrong_section_type_is_counted(knowledge_copy: Path) -> None:
    index = load_index(knowledge_copy)
    question = BlindQuestion("how do i do a clam", "how_to", (SECTION,))
    judged = judge(question, _reply(index, "clamshell#cautions"), index)
    assert not judged.answered and not judged.type_ok


def test_figures_count_no_answers_as_the_positive_class(knowledge_copy: Path) -> None:
    index = load_index(knowledge_copy)
    asked = BlindQuestion("how do i do a clam", "how_to", (SECTION,))
    none = BlindQuestion("is turmeric good", "unanswerable", ())
    judged = [
        judge(asked, _reply(index, SECTION), index),
        judge(none, [{"text": "I'm sorry, I don't have information on that."}], index),
        judge(asked, [{"text": "I'm sorry, I don't have information on that."}], index),
    ]
    figures, problems = answer_figures(judged)
    values = {figure.name: figure.value for figure in figures}
    assert values["reply answers the question"] == 0.5
    assert values["no-answer precision"] == 0.5 and values["no-answer recall"] == 1.0
    assert len(problems) == 1


def test_the_blind_labels_name_sections_that_exist(knowledge_copy: Path) -> None:
    keys = {passage.section_key for passage in load_index(knowledge_copy).passages}
    questions = load_blind(BLIND)
    assert len(questions) >= 150
    assert {key for question in questions for key in question.expect} <= keys
