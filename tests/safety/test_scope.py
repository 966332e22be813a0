"""Negation scope and hypotheticals: a denial or a question must not escalate, a report must."""

from __future__ import annotations

import pytest

from bot.safety import screen


def level(text: str) -> str | None:
    return screen(text).level


@pytest.mark.parametrize("text", [
    "no swelling, no fever, just an ache",
    "I don't have any numbness",
    "never had any numbness or tingling",
    "no swelling, redness or fever",  # "no" reaches across an "or" list
    "it's not swollen anymore",
    "the swelling has gone down",  # denied after the mention
    "Fever: none. Swelling: none.",
    "my doctor ruled out a clot",
    "I can't see any swelling in my calf",
    "it doesn't give way and it never locks",
])
def test_denials_do_not_escalate(text: str) -> None:
    assert level(text) is None


@pytest.mark.parametrize(("text", "flag"), [
    # "and I" ends the denial; so does a comma without "or"
    ("no fever and I can't put weight on it", "injury_cannot_bear_weight"),
    ("No fever, calf swollen and red", "dvt_pe"),
    ("no fever but my calf is swollen", "dvt_pe"),
    ("it doesn't straighten", "locked_knee"),  # inability, not a denial
    ("it doesn't straighten anymore", "locked_knee"),
    ("i am not able to straighten it", "locked_knee"),
    ("No, I can't straighten it", "locked_knee"),
    ("the swelling hasn't gone down and my calf is hot", "dvt_pe"),
    ("I don't know why my calf is swollen and hot", "dvt_pe"),  # uncertainty is not denial
    ("I'm not sure if my calf is swollen, it feels warm", "dvt_pe"),
    ("I dont think i can put weight on it", "injury_cannot_bear_weight"),
    ("my knee gave way without warning and now I can't walk on it", "injury_cannot_bear_weight"),
])
def test_reports_near_negation_words_still_escalate(text: str, flag: str) -> None:
    assert flag in {f.id for f in screen(text).flags}


@pytest.mark.parametrize(("text", "flag"), [
    ("what if my knee locks?", "locked_knee"),
    ("should I worry about a clot?", "dvt_pe"),
    ("how do I know if it's a blood clot?", "dvt_pe"),
    ("How do I tell if I have a blood clot in my calf?", "dvt_pe"),
    ("What happens if I fall and can't get up?", "injury_cannot_bear_weight"),
    ("Would I need A&E if my knee locked?", "locked_knee"),
    ("I'm worried about getting a clot on the flight", "dvt_pe"),
    ("Can a blood clot cause knee pain?", "dvt_pe"),
])
def test_questions_and_what_ifs_are_answered_not_escalated(text: str, flag: str) -> None:
    result = screen(text)
    assert result.level is None
    assert result.is_hypothetical
    assert flag in result.hypothetical


@pytest.mark.parametrize(("text", "flag"), [
    ("my knee locked this morning and I can't straighten it, what should I do?", "locked_knee"),
    ("Is it bad that my calf is swollen and hot?", "dvt_pe"),
    ("should I worry about my swollen calf?", "dvt_pe"),
    ("Should I go to A&E? I can't put any weight on my leg", "injury_cannot_bear_weight"),
    ("what should I do if my knee locked this morning and won't straighten?", "locked_knee"),
    ("Can't straighten it??", "locked_knee"),
    ("If I stand up my knee gives way", "instability_recurrent"),
])
def test_reports_phrased_as_questions_still_escalate(text: str, flag: str) -> None:
    result = screen(text)
    assert flag in {f.id for f in result.flags}
    assert not result.is_hypothetical


def test_a_general_question_is_a_question_and_not_an_escalation() -> None:
    result = screen("could it be serious if it gave way?")
    assert result.level is None and result.is_question


def test_a_question_is_noticed() -> None:
    assert screen("my knee locked, what should I do?").is_question
    assert not screen("my knee hurts on the stairs").is_question


def test_a_flag_buried_in_a_long_message_is_found() -> None:
    text = (
        "Hello again. I've been doing the bridges and clamshells every day and my knee is a lot "
        "better on the stairs, thank you. Work has been busy and I've been driving a lot. "
        "Yesterday my left calf started to feel tight and it's swollen and warm now. "
        "Anyway, I wanted to ask whether I can add lunges next week?"
    )
    result = screen(text)
    assert result.level == "same_day"
    assert [f.id for f in result.flags] == ["dvt_pe"]
    assert "swollen and warm" in result.flags[0].evidence


@pytest.mark.parametrize(
    ("text", "flag", "level"),
    [
        (
            "my calf is swollen and hot, I'm short of breath, I have muscle pain",
            "dvt_pe",
            "emergency",
        ),
        ("my calf is swollen and hot from the gym and I'm short of breath", "dvt_pe", "emergency"),
        (
            "I fell asleep on the sofa, then I fell off the ladder and can't feel my foot",
            "deformity_neurovascular",
            "emergency",
        ),
        (
            "I had my knee replacement two months ago and now I have a fever",
            "post_replacement",
            "same_day",
        ),
        ("I can't straighten my knee, I tried for a few minutes", "locked_knee", "same_day"),
        (
            "I had surgery last week and need advice, I have a fever",
            "post_replacement",
            "same_day",
        ),
        ("I'm in my early teens and limping", "child_hip", "same_day"),
    ],
)
def test_an_exception_reaches_only_the_statement_it_qualifies(
    text: str, flag: str, level: str
) -> None:
    result = screen(text)
    assert result.level == level and flag in [f.id for f in result.flags]


def test_ordinary_uses_still_excuse_their_own_statement() -> None:
    assert screen("my bum went numb from sitting on the bike saddle too long").level is None
    assert screen("I might need a knee replacement and I have a fever").level in (None, "prompt")
    assert screen("she had a fall two years ago, broke her wrist, all healed").level is None


@pytest.mark.parametrize(
    ("text", "flag", "expected"),
    [
        # A bracketed aside does not break the phrase it sits in.
        ("my lower leg (just the one) is swollen and warm", "dvt_pe", "same_day"),
        (
            "her calf is swollen and warm and she's struggling to catch her breath",
            "dvt_pe",
            "emergency",
        ),
        ("our 5 year old won't put any weight on his leg", "child_hip", "same_day"),
        (
            "twisted my knee an hour ago and it's already massively swollen",
            "injury_cannot_bear_weight",
            "same_day",
        ),
        (
            "pain at night in bed and I've had temperatures for weeks",
            "night_pain_systemic",
            "prompt",
        ),
        (
            "hi! At 71 I took a tumble off the bus and now my hip hurts when I walk",
            "elderly_fall_hip",
            "same_day",
        ),
    ],
)
def test_everyday_phrasings_written_blind_escalate(text: str, flag: str, expected: str) -> None:
    flags = {f.id: f.level for f in screen(text).flags}
    assert flags.get(flag) == expected, flags


@pytest.mark.parametrize(
    "text",
    [
        "my calf (not swollen) feels fine",
        "my calf (thankfully not) swollen",
        "my calf is (never) hot and swollen",
        "I work shifts, at 5 i leave work and my knee aches and I limp a bit",
        "I'm 45. At 14 I had a knee op, now it hurts when I put weight on it",
        "My knee is swollen and stiff on days when we get high temperatures",
        "We had temperatures of 35 last week and my knee swelled up",
        "My knee was already swollen so I rested it",
        "My knee is massively swollen from my arthritis flare",
    ],
)
def test_asides_clock_times_weather_and_old_swelling_do_not_escalate(text: str) -> None:
    assert level(text) is None
