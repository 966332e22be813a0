"""When an answer may end with the offer to go through the questions for a plan."""

from __future__ import annotations

from bot.plans.clearance import may_offer_plan


def test_the_offer_comes_before_the_assessment_only() -> None:
    assert may_offer_plan(in_assessment=False, assessment_done=False, triage_level=None)
    assert not may_offer_plan(in_assessment=True, assessment_done=False, triage_level=None)
    assert not may_offer_plan(in_assessment=False, assessment_done=True, triage_level=None)


def test_no_offer_after_an_escalation_that_holds_plans_back() -> None:
    for level in ("emergency", "same_day"):
        assert not may_offer_plan(in_assessment=False, assessment_done=False, triage_level=level)
    assert may_offer_plan(in_assessment=False, assessment_done=False, triage_level="prompt")
