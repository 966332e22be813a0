"""Which classified messages are questions to answer first."""

from __future__ import annotations

import pytest

from bot.rasa.nlu.questions import reroute


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("describe_pain", "doing couch to 5k and my outer knee hurts, my hips are tight. related?"),
        ("inform", "wait, is it the front of the knee you mean?"),
        ("inform", "knees cave in when i squat at the gym, what muscle isnt doing its job"),
        ("nlu_fallback", "will a few exercises on my living room floor make any difference"),
        ("inform", "when you said stiffness do you mean in the morning or all day"),
        ("inform", "my daughter's knees hurt after netball, i wonder if its her hips"),
        ("inform", "cant feel my bum working in the squats, any tips"),
        ("describe_pain", "my shins ache and my thighs feel weak is that linked"),
        # Asked of what was just said, or with a word between question word and verb.
        ("inform", "had a hernia op years back, does that count as an operation"),
        ("inform", "4 sets feels too easy now is that ok"),
        ("inform", "the lying down leg raise.. which muscle is that meant to work"),
        ("inform", "it's both really, which one should i pick"),
        # A filler before the question.
        ("dont_know", "no idea, whats my groin got to do with my knee"),
        # What one of the plan's exercises makes someone feel asks what to do about it.
        ("nlu_fallback", "my lower back twinges every time i do the bridges"),
        ("describe_pain", "the piriformis stretch gives me a pinch at the front of my hip"),
        # About the assistant's own questions, whatever else the message reads as.
        ("ask_diagnosis", "why do you want to know how old i am"),
        ("out_of_scope", "why do you need to know about my back"),
        ("inform", "had a steroid jab last month does that count"),
        ("deny", "not really, i feel nothing at all in the glute bridge, am i doing it wrong"),
    ],
)
def test_a_description_that_asks_is_a_question(intent: str, text: str) -> None:
    assert reroute(intent, text)


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("inform", "about 3 weeks?"),
        ("inform", "is the left one"),
        ("inform", "could be 3 weeks"),
        ("inform", "do a lot of running and stairs"),
        ("inform", "running, which I do a lot"),
        ("inform", "mostly on the inside, not sure how long"),
        ("inform", "it's been about 3 weeks I think?"),
        ("inform", "the thing is i can't tell"),
        ("describe_pain", "I can't explain it, it just aches"),
        ("describe_pain", "my knee hurts on the stairs"),
        ("greet", "hi, how does this work?"),
        # Out of scope keeps its intent: its rules ask the knowledge base first.
        ("out_of_scope", "whats the weather going to be like tomorrow"),
        ("out_of_scope", "sorry, whats a clamshell"),
        ("describe_pain", "my knee hurts when i do squats at the gym"),
        ("describe_pain", "it aches after i exercise"),
        ("dont_know", "no idea really"),
        ("deny", "no, why?"),
        # Answers to "what makes it worse?", and a request for a person that also asks.
        ("inform", "clams make my outer hip burn like mad"),
        ("inform", "stairs and step downs hurt"),
        ("ask_human", "what do you mean, can i talk to a person"),
        ("restart", "can we go through it all again from the start"),
        ("ask_medication", "how much ibuprofen can i take"),
        ("inform", '/inform{"side": "left"}'),
    ],
)
def test_answers_and_other_requests_keep_their_intent(intent: str, text: str) -> None:
    assert not reroute(intent, text)
