from typing import Any

from bot.assessment.form import ANSWER_UPDATED, MOVING_ON, REASK, Turn, settle


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
    settled = settle("knee_side", "left", _turn("actually it's my left knee", previous="right"))
    assert settled.value == "left" and settled.responses == (ANSWER_UPDATED,)


def test_a_list_answer_mentioned_in_passing_is_added_to() -> None:
    turn = _turn("since I took up running", previous=["stairs", "not_sure"])
    settled = settle("aggravating_activities", ["running"], turn)
    assert settled.value == ["stairs", "running"] and settled.responses == (ANSWER_UPDATED,)
