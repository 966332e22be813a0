"""The blind questions over REST: floors on what `kneebot eval answers` measures.

The questions were written by someone who had not seen the knowledge base, and are the
measure of answers to questions people really ask (tests/data/blind/questions.yaml has
the first-run figures). The floors sit a little under the figures reached, so a change
that answers people worse fails here.
"""

from __future__ import annotations

import requests

from bot.evaluation.answers import answer_figures, ask, judge, load_blind
from bot.knowledge.index import load_index
from tests.conftest import Assistant

FLOORS = {
    "reply answers the question": 0.76,
    "sources attached": 0.9,
    "no-answer precision": 0.76,
    "no-answer recall": 0.80,
    "section type correct": 0.86,
}


def test_blind_questions_are_answered_over_rest(assistant: Assistant) -> None:
    index = load_index()
    with requests.Session() as session:
        judged = [
            judge(question, ask(session, assistant.rasa_url, question), index)
            for question in load_blind()
        ]
    figures, problems = answer_figures(judged)
    reached = {figure.name: figure.value for figure in figures}
    short = {name: reached[name] for name, floor in FLOORS.items() if reached[name] < floor}
    assert not short, (short, problems[:20])
