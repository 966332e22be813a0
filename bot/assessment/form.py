"""The assessment form's rules: what an answer settles, and what to say about it.

The action server gathers the facts from the conversation (the question asked, what
the slot held before, whether the question was already asked again) and says what
``settle`` returns; the rules themselves live here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.assessment.answers import not_sure_answer, read_answer
from bot.assessment.vocabulary import NONE, NOT_SURE

# The response that asks again when an answer cannot be read.
REASK = {
    "knee_location": "utter_location_not_understood",
    "knee_side": "utter_side_not_understood",
    "hip_symptoms": "utter_hip_symptoms_not_understood",
    "aggravating_activities": "utter_activities_not_understood",
    "knee_caving": "utter_caving_not_understood",
    "pain_duration": "utter_duration_not_understood",
    "pain_severity": "utter_severity_not_understood",
    "age": "utter_age_not_understood",
    "recent_surgery": "utter_which_event",
}
MOVING_ON = "utter_moving_on"
ANSWER_UPDATED = "utter_answer_updated"


@dataclass(frozen=True)
class Settled:
    """A slot's new value (None: still unanswered) and the responses to say, in order."""

    value: Any
    responses: tuple[str, ...] = ()


@dataclass(frozen=True)
class Turn:
    """What the form knows of the latest message when it validates one slot."""

    text: str
    intent: str | None
    requested: str | None  # the question asked
    answered_another: bool  # the message also set a slot other than this one
    reasked: bool  # the previous reply already asked this question again
    previous: Any  # the slot's value before this message


def _read_all(slot: str, value: Any, intent: str | None) -> Any:
    """A list slot gathers the values of each text it was filled from; others read one."""
    if not isinstance(value, list):
        return read_answer(slot, str(value), intent)
    gathered: list[str] = []
    for item in value:
        for found in read_answer(slot, str(item), intent) or []:
            if found not in gathered:
                gathered.append(found)
    return gathered or None


def settle(slot: str, value: Any, turn: Turn) -> Settled:
    """The canonical value of ``slot`` after a message that set it to ``value``.

    The whole text says more than one entity value (an operation and when it was), so
    it is read first; a button's payload is no text, so its value is read instead. An
    unreadable answer to the question asked is asked again once, then taken as "not
    sure", so that nobody is trapped on a question. A value that came with an answer to
    another question (a correction such as "actually it's my left knee") is taken
    without a complaint; one mentioned in passing ("since I took up running") adds to a
    list instead of replacing it. A changed earlier answer is acknowledged; the answer
    to the question asked is just an answer.
    """
    if value == turn.previous:
        # The form checks every filled slot again when it starts again (a correction
        # after the summary): an answer this message did not change was read when it
        # was given, and reading this message as its answer would change or lose it.
        return Settled(value)
    responses: list[str] = []
    canonical = None if turn.text.startswith("/") else read_answer(slot, turn.text, turn.intent)
    if canonical is None:
        canonical = _read_all(slot, value, turn.intent)
    if canonical is None and slot == turn.requested and not turn.answered_another:
        if turn.reasked:
            responses.append(MOVING_ON)
            canonical = not_sure_answer(slot)
        else:
            responses.append(REASK[slot])
    previous = turn.previous
    if isinstance(previous, list) and canonical and slot != turn.requested:
        kept = [v for v in previous if v not in (NOT_SURE, NONE)]
        canonical = kept + [v for v in canonical if v not in kept]
    corrected = slot != turn.requested and previous is not None and canonical != previous
    if canonical is not None and corrected:
        responses.append(ANSWER_UPDATED)
    return Settled(canonical, tuple(responses))
