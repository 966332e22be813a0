"""Saying the assessment's answers back, in words for a phone screen."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.assessment.vocabulary import ACTIVITIES, HIP_SYMPTOMS, LOCATIONS, NOT_SURE, SIDES, YES
from bot.language.durations import WEEKS_PER_UNIT


def listed(words: list[str]) -> str:
    """Words as a list in a sentence: "running, stairs and kneeling"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def describe_activities(activities: list[str]) -> str:
    """Say a list of activities in plain words: "running, stairs and kneeling"."""
    return listed([ACTIVITIES[a] for a in activities if a in ACTIVITIES])


def describe_location(location: str | None) -> str:
    """Say where the pain is, in words that follow "the pain is at"."""
    return LOCATIONS.get(location or "", "your knee")


def describe_worse(activities: list[str]) -> str:
    """Say what makes the pain worse, as the end of a sentence."""
    if activities == [NOT_SURE] or not activities:
        return "you're not sure yet what makes it worse, which is fine"
    return f"it gets worse with {describe_activities(activities)}"


def describe_side(side: str | None) -> str:
    """Which knee, in words: "your left knee"."""
    return SIDES.get(side or "", "your knee")


def describe_duration(weeks: str | None) -> str:
    """How long, in words: "about 3 weeks", "about 4 months"."""
    try:
        value = float(weeks or "")
    except ValueError:
        return "for a time you're not sure of"
    if value < 1:
        return "for less than a week"
    if value < 9:
        return f"for about {round(value)} week{'s' if round(value) != 1 else ''}"
    if value < 104:
        months = round(value / WEEKS_PER_UNIT["month"])
        return f"for about {months} months"
    return f"for about {round(value / WEEKS_PER_UNIT['year'])} years"


def describe_hips(symptoms: list[str]) -> str | None:
    """The hip symptoms as a clause, or None when there were none or the person is unsure."""
    words = [HIP_SYMPTOMS[s] for s in symptoms if s in HIP_SYMPTOMS]
    return f"your hip, groin or buttock feels {listed(words)}" if words else None


def summarise(answers: Mapping[str, Any]) -> str:
    """What the person told the assessment, as one sentence of clauses for a phone screen."""
    where = f"the pain is at {describe_location(answers.get('knee_location'))}"
    if answers.get("knee_side") in SIDES:
        where += f", in {describe_side(answers['knee_side'])}"
    clauses = [where, describe_worse(list(answers.get("aggravating_activities") or []))]
    hips = describe_hips(list(answers.get("hip_symptoms") or []))
    if hips:
        clauses.append(hips)
    if answers.get("knee_caving") == YES:
        clauses.append("your knee tends to fall inwards on stairs or squats")
    if answers.get("pain_duration") not in (None, NOT_SURE):
        clauses.append(f"you've had it {describe_duration(answers['pain_duration'])}")
    if answers.get("pain_severity") not in (None, NOT_SURE):
        clauses.append(f"it reaches {answers['pain_severity']} out of 10 at worst")
    return "; ".join(clauses)
