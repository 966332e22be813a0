"""Escalation wording: action first, then why (no diagnosis), then what waits."""

from __future__ import annotations

import re

import pytest

from bot.safety import escalation_message
from bot.safety.messages import WHY
from bot.safety.rules import RULES

# Conditions the person must not be told they have. Cancer is named only as their own past
# ("cancer in the past"), which is something they told us, not a diagnosis.
CONDITIONS = re.compile(
    r"clot|thrombosis|dvt|embolism|cauda|septic|infection|fracture|broken|dislocat|rupture"
    r"|tumou?r|sepsis|perthes|slipped|epiphysis|cancer(?! in the past)",
    re.I,
)


def first_sentence(text: str) -> str:
    return text.split(". ")[0]


@pytest.mark.parametrize("number", ["999", "911", "112"])
def test_emergency_says_call_the_configured_number_first(number: str) -> None:
    first = first_sentence(escalation_message("emergency", "dvt_pe", number))
    assert f"call {number} now" in first
    assert "emergency department" in first


def test_the_default_number_is_generic() -> None:
    assert first_sentence(escalation_message("emergency", "cauda_equina")).startswith(
        "Please call your local emergency number now"
    )


def test_same_day_and_prompt_say_what_to_do_first() -> None:
    assert "today" in first_sentence(escalation_message("same_day", "locked_knee", "999"))
    prompt = escalation_message("prompt", "night_pain_systemic", "999")
    assert "GP or physiotherapist soon" in first_sentence(prompt)


@pytest.mark.parametrize("flag_id", sorted({rule.flag for rule in RULES}))
@pytest.mark.parametrize("level", ["emergency", "same_day", "prompt"])
def test_every_message_explains_without_naming_a_condition(flag_id: str, level: str) -> None:
    text = escalation_message(level, flag_id, "999")
    sentences = [s for s in re.split(r"(?<=\.) ", text) if s]
    assert "can be a sign of something that needs checking" in sentences[1]
    assert not CONDITIONS.search(text), text
    holds_exercise = "won't suggest any exercises" in text
    assert holds_exercise == (level != "prompt")


def test_every_flag_has_its_own_explanation() -> None:
    assert {rule.flag for rule in RULES} == set(WHY)


def test_rule_reasons_do_not_name_a_condition() -> None:
    for rule in RULES:
        assert not CONDITIONS.search(rule.reason), rule.reason


def test_an_unknown_level_is_refused() -> None:
    with pytest.raises(ValueError):
        escalation_message("urgent", "dvt_pe")


def test_a_question_about_a_red_flag_says_when_to_act() -> None:
    from bot.safety.messages import if_it_happens

    calf = if_it_happens("dvt_pe", "999")
    assert "today" in calf and "call 999 now" in calf
    locked = if_it_happens("locked_knee", "999")
    assert "today" in locked and "999" not in locked
    assert "emergency department" in if_it_happens("cauda_equina", "999")
