"""Reading whether a message poses a question to answer, as people type them."""

from __future__ import annotations

import pytest

from bot.language.asking import asks_about_the_questions, poses_question
from bot.language.text import parse


def _poses(text: str) -> bool:
    return poses_question([token.text for token in parse(text).tokens])


@pytest.mark.parametrize(
    "text",
    [
        "can weak bum muscles actually make your knee hurt",
        "how many clamshells should i be doing a day",
        "whats the clam exercise and is it even for knees",
        "is walking good or bad while my knee is sore",
        "knees cave in when i squat at the gym, what muscle isnt doing its job",
        "i cant feel my glutes working at all in the bridges, any tips",
        "used to play rugby, now 45, knee aches after meetings. tight hip flexors maybe?",
        "before i answer, whats a glute anyway?",
        # The comma before the question left out, or the question asked by its topic.
        "my shins ache and my thighs feel weak is that linked",
        "calves feel tight after work could that be why",
        "lunges how many each leg",
        "knees ache after football why",
        "the burn in my thigh on the raises, good or bad",
        "squats or lunges first?",
        "sore after squats, push through or stop",
        "my knee clicks when i squat do you know why",
        # A filler before the question word, or a choice at the end of a report.
        "honestly, whats the point of stretching",
        "hmm whats a clamshell",
        "knee aches on the bike, rest or push through",
        # A short choice that ends a story, with no question mark.
        "my knees ached for days after the long walk downhill. my hips or just tired",
        "the back of my thigh is sore the day after deadlifts, strain or stiffness",
    ],
)
def test_questions_told_as_people_type_them(text: str) -> None:
    assert _poses(text)


@pytest.mark.parametrize(
    "text",
    [
        "about 3 weeks?",
        "front of my knee?",
        "left one i think?",
        "R knee",
        "not sure which side",
        "it hurts going down the stairs",
        "is sore when i kneel",
        "when i walk down stairs it aches",
        "my knee hurts and i dont know why",
        "the thing is it hurts all day",
        "worse going up or down stairs",
        "3 or 4 weeks",
        "about 3 or 4 weeks?",
        "every time i do it hurts",
        "it does that every evening",
        "whatever it is it hurts",
        "it depends how far i walk",
        "it hurts no matter how slow i go",
        "floored by how much better my knee feels",
        "i've been trying to push through it",
        "running isn't worth it anymore",
        "i have to slow down or stop",
        "whether i walk or not it hurts",
        "with or without shoes it hurts",
        "it hurts no matter what",
        "the doctor couldnt explain why",
        "stairs, no wonder with my weight",
        # Two places or activities named as an answer, or a short story's own choice.
        "stairs or running",
        "it hurts at the front, stairs or running",
        "my knee hurts when i climb stairs or run",
        "it aches when i kneel, more on the left or the middle",
    ],
)
def test_answers_and_reports_are_not_questions(text: str) -> None:
    assert not _poses(text)


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("why do you need to know if i've had an operation", True),
        ("does a cortisone jab count as an injury", True),
        ("when you say swelling do you mean puffy", True),
        ("not sure what do i put for this one", True),
        ("the left one, i twisted it skiing", False),
        ("i need to know what's wrong", False),
    ],
)
def test_questions_about_the_assistants_own_questions(text: str, about: bool) -> None:
    assert asks_about_the_questions([token.text for token in parse(text).tokens]) is about
