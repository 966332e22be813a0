"""The blind questions over REST: floors on what `kneebot eval answers` measures.

The questions were written by someone who had not seen the knowledge base, and are the
measure of answers to questions people really ask (tests/data/blind/questions*.yaml have
the first-run figures). The floors sit a little under the figures
reached, so a change that answers people worse fails here.
"""

from __future__ import annotations

import pytest
import requests

from bot.evaluation.answers import BLIND_QUESTIONS, answer_figures, ask, judge, load_blind
from bot.knowledge.index import load_index
from tests.conftest import Assistant

# The later sets were written by others, and each run once before any change for it
# (their headers have the first runs): their floors sit under their own, lower, figures.
SECOND_SET = BLIND_QUESTIONS.with_name("questions2.yaml")
THIRD_SET = BLIND_QUESTIONS.with_name("questions3.yaml")
FOURTH_SET = BLIND_QUESTIONS.with_name("questions4.yaml")
FLOORS = {
    BLIND_QUESTIONS: {
        "reply answers the question": 0.76,
        "sources attached": 0.9,
        "no-answer precision": 0.76,
        "no-answer recall": 0.80,
        "section type correct": 0.86,
    },
    SECOND_SET: {
        "reply answers the question": 0.64,
        "sources attached": 0.80,
        "no-answer precision": 0.40,
        "no-answer recall": 0.85,
        "section type correct": 0.70,
    },
    THIRD_SET: {
        "reply answers the question": 0.66,
        "sources attached": 0.84,
        "no-answer precision": 0.50,
        "no-answer recall": 0.78,
        "section type correct": 0.75,
    },
    FOURTH_SET: {
        "reply answers the question": 0.68,
        "sources attached": 0.83,
        "no-answer precision": 0.55,
        "no-answer recall": 0.80,
        "section type correct": 0.74,
    },
}


@pytest.mark.parametrize("questions", list(FLOORS), ids=lambda path: path.name)
def test_blind_questions_are_answered_over_rest(assistant: Assistant, questions) -> None:
    index = load_index()
    with requests.Session() as session:
        judged = [
            judge(question, ask(session, assistant.rasa_url, question), index)
            for question in load_blind(questions)
        ]
    figures, problems = answer_figures(judged)
    reached = {figure.name: figure.value for figure in figures}
    floors = FLOORS[questions]
    short = {name: reached[name] for name, floor in floors.items() if reached[name] < floor}
    assert not short, (short, problems[:20])
