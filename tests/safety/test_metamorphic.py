"""Properties of the screen, on every case: harmless changes never lower a red flag's level.

Each red-flag case from the case files, changed in a way that leaves its meaning alone
(a benign clause before or after it, a greeting, a story around it, case, emoji), must
escalate at its level or higher; a benign case, changed the same ways, must never reach
same day or emergency. Hypothesis draws the changes, derandomized so that a failure
reproduces on every machine.
"""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.evaluation.safety import Case, load_all, screen_case
from bot.safety import SAME_DAY, rank

CASE_DIR = Path(__file__).resolve().parent.parent / "data" / "safety"
RED, BENIGN = load_all(CASE_DIR)
SAYABLE = [case for case in RED if case.sayable]
BENIGN_CLAUSES = [
    "I have muscle pain",
    "from the gym",
    "I fell asleep on the sofa last night",
    "I had a cup of tea",
    "it was a sunny day",
    "my sister is visiting this week",
    "I work in an office",
    "I started running in the spring",
    "I do yoga on Sundays",
    "thanks for your help",
    "sorry for the long message",
    "I'm not sure if this matters",
    "my dog is fine",
    "I warmed up properly",
    "I use a red resistance band",
]
GREETINGS = ["hi", "hello there", "good morning", "hey", "hiya, quick question"]
STORY = (
    "I have been trying to stay active this year, walking most days and doing a little "
    "gardening at the weekend. My job keeps me at a desk, so I try to get up every hour. "
    "I cook most evenings and sleep reasonably well. "
)
EMOJI = ["😟", "🙏", "😬", "🦵", "😭"]
EXAMPLES = 300
PROPERTY = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _changes(text: str, clause: str, greeting: str, seed: int) -> dict[str, list[str]]:
    """Each change of a message, as the turns it is sent in."""
    rng = random.Random(seed)
    story = STORY * rng.randint(2, 5)
    return {
        "clause before": [f"{clause}, {text}"],
        "clause after": [f"{text}, {clause}"],
        "greeting": [f"{greeting}! {text}"],
        "story around": [f"{story}{text}. {story}"],
        "upper case": [text.upper()],
        "lower case": [text.lower()],
        "emoji": [f"{text} {rng.choice(EMOJI)}"],
    }


def _level(case: Case, turns: list[str]) -> str | None:
    changed = Case(
        text=turns[-1],
        source=case.source,
        flags=case.flags,
        level=case.level,
        earlier=(*case.earlier, *[t for t in turns[:-1] if t]),
    )
    return screen_case(changed).level


@PROPERTY
@given(
    case=st.sampled_from(SAYABLE),
    clause=st.sampled_from(BENIGN_CLAUSES),
    greeting=st.sampled_from(GREETINGS),
    seed=st.integers(0, 2**16),
)
def test_harmless_changes_never_lower_a_red_flag(
    case: Case, clause: str, greeting: str, seed: int
) -> None:
    lowered = {
        name: _level(case, turns)
        for name, turns in _changes(case.text, clause, greeting, seed).items()
        if rank(_level(case, turns)) < rank(case.level)
    }
    assert not lowered, f"{case.text!r} ({case.level}) lowered by {lowered}"


@PROPERTY
@given(
    case=st.sampled_from(BENIGN),
    clause=st.sampled_from(BENIGN_CLAUSES),
    greeting=st.sampled_from(GREETINGS),
    seed=st.integers(0, 2**16),
)
def test_harmless_changes_never_make_a_benign_message_urgent(
    case: Case, clause: str, greeting: str, seed: int
) -> None:
    raised = {
        name: _level(case, turns)
        for name, turns in _changes(case.text, clause, greeting, seed).items()
        if rank(_level(case, turns)) >= rank(SAME_DAY)
    }
    assert not raised, f"{case.text!r} raised by {raised}"
