"""Context: what earlier turns established changes how a later message is read."""

from __future__ import annotations

from bot.safety import Context, screen


def converse(*turns: str, context: Context | None = None) -> Context:
    context = context or Context()
    for turn in turns:
        context = context.update(screen(turn, context))
    return context


def test_an_earlier_calf_and_later_breathlessness_make_an_emergency() -> None:
    context = converse("my calf is swollen and warm")
    assert context.level == "same_day"
    result = screen("and now I'm short of breath", context)
    assert (result.level, [f.id for f in result.flags]) == ("emergency", ["dvt_pe"])
    assert "(earlier)" in result.flags[0].evidence


def test_escalation_is_sticky_and_not_repeated() -> None:
    context = converse("my knee is locked and I can't straighten it")
    result = screen("thanks, I'll sort that out", context)
    assert result.level is None  # nothing new to escalate in this message...
    later = context.update(result)
    assert later.level == "same_day"  # ...but the conversation stays escalated
    assert "locked_knee" in later.flags


def test_a_higher_level_replaces_a_lower_one_but_never_the_reverse() -> None:
    context = converse("my knee keeps giving way", "my calf is swollen and hot and I can't breathe")
    assert context.level == "emergency"
    assert converse("my knee keeps giving way", context=context).level == "emergency"


def test_age_from_the_assessment_makes_a_limp_a_child_hip_flag() -> None:
    result = screen("he's been limping since Tuesday", Context(age=12))
    assert [f.id for f in result.flags] == ["child_hip"]
    assert screen("he's been limping since Tuesday", Context(age=40)).level is None


def test_age_stated_in_one_turn_is_remembered() -> None:
    context = converse("I'm 81")
    assert context.age == 81
    result = screen("I had a fall this morning and my hip hurts when I walk", context)
    assert "elderly_fall_hip" in {f.id for f in result.flags}


def test_a_recent_replacement_is_remembered() -> None:
    context = converse("I had a knee replacement 3 weeks ago")
    assert context.replacement and context.surgery
    assert context.weeks_since_surgery == 3
    result = screen("the wound is red and oozing", context)
    assert "post_replacement" in {f.id for f in result.flags}


def test_an_earlier_injury_makes_a_later_pop_count() -> None:
    context = converse("I twisted my knee badly at squash")
    assert context.injury
    assert screen("it popped and now it's huge", context).level == "same_day"


def test_an_old_operation_is_not_recent() -> None:
    context = Context(surgery=True, weeks_since_surgery=40)
    assert screen("I'm short of breath today", context).level is None
    recent = Context(surgery=True, weeks_since_surgery=2)
    assert screen("I'm short of breath today", recent).level == "emergency"


def test_update_does_not_change_the_old_context() -> None:
    before = Context()
    after = before.update(screen("my calf is swollen and hot"))
    assert before.symptoms == {} and before.level is None
    assert "calf_signs" in after.symptoms
