from typing import Any

import pytest

from bot.assessment.form import ANSWER_UPDATED, MOVING_ON, REASK, Settled, Turn, settle


def _turn(text: str, requested: str | None = "knee_side", **changes: Any) -> Turn:
    facts: dict[str, Any] = {
        "text": text, "intent": None, "requested": requested,
        "answered_another": False, "reasked": False, "previous": None,
    }  # fmt: skip
    facts.update(changes)
    return Turn(**facts)


def test_an_answer_is_read_from_the_whole_text() -> None:
    assert settle("knee_side", "left", _turn("my left knee")).value == "left"
    assert settle("knee_side", "left", _turn("my left knee")).responses == ()


def test_a_button_payload_is_read_by_its_value() -> None:
    assert settle("knee_side", "right", _turn("/inform")).value == "right"


def test_an_unreadable_answer_is_asked_again_once_then_taken_as_not_sure() -> None:
    first = settle("pain_severity", "banana", _turn("banana", "pain_severity"))
    assert first.value is None and first.responses == (REASK["pain_severity"],)
    second = settle("pain_severity", "banana", _turn("banana", "pain_severity", reasked=True))
    assert second.value == "not_sure" and second.responses == (MOVING_ON,)


def test_an_answer_to_another_question_is_not_complained_about() -> None:
    settled = settle("knee_side", "banana", _turn("banana", answered_another=True))
    assert settled == settle("knee_side", "banana", _turn("banana", requested="age"))
    assert settled.value is None and settled.responses == ()


def test_a_correction_is_acknowledged() -> None:
    turn = _turn("actually it's my left knee", "knee_caving", previous="right")
    settled = settle("knee_side", "left", turn)
    assert settled.value == "left" and settled.responses == (ANSWER_UPDATED,)


def test_a_list_answer_mentioned_in_passing_is_added_to() -> None:
    turn = _turn("since I took up running", previous=["stairs", "not_sure"])
    settled = settle("aggravating_activities", ["running"], turn)
    assert settled.value == ["stairs", "running"] and settled.responses == (ANSWER_UPDATED,)


def test_the_answer_to_the_question_asked_is_not_a_correction() -> None:
    turn = _turn("yeah my hip feels stiff in the mornings", "hip_symptoms", previous=["none"])
    settled = settle("hip_symptoms", ["stiff"], turn)
    assert settled.value == ["stiff"] and settled.responses == ()


# When the form starts again (a correction after the summary, or an answer after an
# escalation ended it), Rasa validates every filled slot with the latest message.
def _restarted(text: str, previous: Any) -> Turn:
    return _turn(text, requested=None, answered_another=True, previous=previous)


@pytest.mark.parametrize(
    ("slot", "value"),
    [
        ("pain_duration", "8.7"),  # weeks: a bare number is no readable answer
        ("knee_caving", "no"),  # "yeah" would read as a yes
        ("hip_symptoms", ["none"]),  # "hurts" would read as a painful hip
        ("aggravating_activities", ["stairs", "running"]),
        ("age", "38"),
    ],
)
def test_an_answer_the_message_did_not_change_is_kept_as_it_was(slot: str, value: Any) -> None:
    for text in ("actually it's mostly running that hurts", "yeah my hip feels stiff"):
        assert settle(slot, value, _restarted(text, value)) == Settled(value)


def test_a_correction_after_the_summary_adds_to_the_list_it_names() -> None:
    turn = _restarted("actually it's mostly running that hurts, and kneeling", ["stairs"])
    settled = settle("aggravating_activities", ["running", "kneeling"], turn)
    assert settled.value == ["stairs", "running", "kneeling"]
    assert settled.responses == (ANSWER_UPDATED,)


def test_a_symptom_said_after_no_replaces_the_no() -> None:
    turn = _turn("my hips are stiff though", requested="knee_caving", previous=["none"])
    settled = settle("hip_symptoms", ["stiff"], turn)
    assert settled.value == ["stiff"] and settled.responses == (ANSWER_UPDATED,)
