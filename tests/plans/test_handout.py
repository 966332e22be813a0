"""The printable summary: what the person said, the check, the plan or the referral."""

from __future__ import annotations

from datetime import date

from bot.plans import build_plan, handout
from bot.plans.handout import told
from bot.plans.messages import CAVEAT, PAIN_RULE, SAFETY_CHECK, SCREEN_QUESTION
from bot.plans.profile import Profile
from tests.plans import profiles

DAY = date(2026, 12, 8)


def test_a_plan_summary_holds_the_answers_the_check_the_doses_and_the_pain_rule() -> None:
    plan = build_plan(profiles.WEAK_GLUTES)
    summary = handout(profiles.WEAK_GLUTES, DAY, plan=plan, safety_answer="No, none of these")[
        "summary"
    ]
    assert summary["date"] == "2026-12-08"
    assert summary["safety_check"] == {"question": SAFETY_CHECK, "answer": "No, none of these"}
    assert [e["dose"] for e in summary["plan"]["exercises"]] == [e.dose for e in plan.exercises]
    assert summary["pain_rule"] == PAIN_RULE and summary["caveat"] == CAVEAT
    assert summary["triage"] is None
    labels = [row["label"] for row in summary["told"]]
    assert "Where the knee hurts" in labels and "What makes it worse" in labels


def test_a_referral_summary_names_what_was_found_and_gives_no_plan() -> None:
    triage = {"level": "same_day", "reason": "locked_knee", "advice": "Please see a doctor today."}
    summary = handout(Profile(knee_location="inner"), DAY, triage=triage)["summary"]
    assert summary["plan"] is None and summary["pain_rule"] is None
    assert summary["triage"] == triage
    assert summary["safety_check"]["question"] == SCREEN_QUESTION
    assert "locks and will not straighten" in summary["safety_check"]["answer"]
    assert summary["told"] == [
        {"label": "Where the knee hurts", "value": "the inner side of the knee"}
    ]


def test_told_says_each_answer_in_words_and_skips_what_was_not_said() -> None:
    person = Profile(
        side="left",
        hip_symptoms={"weak", "stiff"},
        activities=["not_sure"],
        knee_caving=False,
        duration_weeks=3,
        severity=6,
        surgery="knee_replacement",
        weeks_since_surgery=30,
    )
    assert {row["label"]: row["value"] for row in told(person)} == {
        "Which knee": "your left knee",
        "The hip, groin or buttock feels": "stiff and weak",
        "What makes it worse": "not sure",
        "Knee falls inwards on stairs or squats": "no",
        "How long": "about 3 weeks",
        "Worst pain": "6 out of 10",
        "Operation": "a knee replacement, about 30 weeks ago",
    }
    assert told(Profile()) == []
