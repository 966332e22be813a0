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
        ("out_of_scope", "whats the weather going to be like tomorrow"),
        ("ask_medication", "how much ibuprofen can i take"),
        ("inform", '/inform{"side": "left"}'),
    ],
)
def test_answers_and_other_requests_keep_their_intent(intent: str, text: str) -> None:
    assert not reroute(intent, text)
