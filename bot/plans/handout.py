"""The one-page summary a person can print and take to a physiotherapist or doctor.

It is the ``{"summary": ...}`` payload sent when a plan or a referral is given: what the
person told the assessment, the red-flag check and its answer, then the plan with its
doses and the pain rule, or the advice to be checked; the caveat and the date. Every
client renders it its own way (a printable page in the widget, a message in a chat app).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.assessment.summary import (
    describe_activities,
    describe_duration,
    describe_location,
    describe_side,
    listed,
)
from bot.assessment.vocabulary import NOT_SURE
from bot.plans.builder import Plan
from bot.plans.messages import (
    CAVEAT,
    PAIN_RULE,
    SAFETY_CHECK,
    SCREEN_QUESTION,
    exercise_card,
    plan_intro,
)
from bot.plans.profile import Profile
from bot.safety.messages import WHY

SURGERY_WORDS = {
    "hip_replacement": "a hip replacement",
    "knee_replacement": "a knee replacement",
    "other": "an operation on the leg, hip or back",
}


def told(person: Profile) -> list[dict[str, str]]:
    """What the person said, one labelled line per answer they gave."""
    rows: list[tuple[str, str]] = []
    if person.knee_location:
        rows.append(("Where the knee hurts", describe_location(person.knee_location)))
    if person.side:
        rows.append(("Which knee", describe_side(person.side)))
    if person.activities:
        unsure = person.activities == [NOT_SURE]
        worse = "not sure" if unsure else describe_activities(person.activities)
        rows.append(("What makes it worse", worse))
    if person.hip_symptoms:
        rows.append(("The hip, groin or buttock feels", listed(sorted(person.hip_symptoms))))
    if person.knee_caving is not None:
        caving = "yes" if person.knee_caving else "no"
        rows.append(("Knee falls inwards on stairs or squats", caving))
    if person.duration_weeks is not None:
        how_long = describe_duration(str(person.duration_weeks)).removeprefix("for ")
        rows.append(("How long", how_long))
    if person.severity is not None:
        rows.append(("Worst pain", f"{person.severity} out of 10"))
    if person.age is not None:
        rows.append(("Age", str(person.age)))
    if person.surgery is not None:
        when = (
            f", about {round(person.weeks_since_surgery)} weeks ago"
            if person.weeks_since_surgery is not None
            else ""
        )
        rows.append(("Operation", SURGERY_WORDS[person.surgery] + when))
    if person.pregnant:
        rows.append(("Pregnant", "yes"))
    return [{"label": label, "value": value} for label, value in rows]


def handout(
    person: Profile,
    today: date,
    *,
    plan: Plan | None = None,
    safety_answer: str | None = None,
    triage: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The ``{"summary": ...}`` payload for a plan (with the check's answer) or a referral.

    ``triage`` is ``{"level", "reason", "advice"}``: the escalation and its words.
    """
    if triage is not None:
        found = WHY.get(triage["reason"], "A warning sign").rstrip(",")
        check = {"question": SCREEN_QUESTION, "answer": f"Found: {found}."}
    elif safety_answer is not None:
        check = {"question": SAFETY_CHECK, "answer": safety_answer}
    else:
        check = None
    plan_part = None
    if plan is not None:
        plan_part = {
            "focus": plan.focus,
            "intro": plan_intro(plan),
            "exercises": [exercise_card(e) for e in plan.exercises],
            "notes": list(plan.notes),
        }
    return {
        "summary": {
            "date": today.isoformat(),
            "told": told(person),
            "safety_check": check,
            "triage": triage,
            "plan": plan_part,
            "pain_rule": PAIN_RULE if plan is not None else None,
            "caveat": CAVEAT,
        }
    }
