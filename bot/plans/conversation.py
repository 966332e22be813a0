"""A Profile from what the person has said so far: form answers plus rule entities.

The assessment's slots hold its validated answers; the rule entities of every message
add what no question asked (which operation, when). Everything is derived on demand,
so a later correction ("actually it's my left knee") simply wins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from bot.assessment import entities
from bot.assessment import vocabulary as assessment
from bot.plans.profile import HIP_SYMPTOMS, Profile, Surgery

_SURGERY_KINDS: dict[str, Surgery] = {
    "hip_replacement": "hip_replacement",
    "knee_replacement": "knee_replacement",
    "hip_surgery": "other",
    "knee_surgery": "other",
    "other_surgery": "other",
}


def _last(found: list[entities.Entity], name: str) -> str | None:
    values = [e.value for e in found if e.entity == name]
    return values[-1] if values else None


def _number(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _surgery(
    answer: str | None, found: list[entities.Entity]
) -> tuple[Surgery | None, float | None]:
    """Which operation and how many weeks ago, from the answer and what was said."""
    kind = _last(found, "surgery")
    surgery = _SURGERY_KINDS.get(kind or "")
    weeks = _number(_last(found, "weeks_since_surgery"))
    if answer == assessment.SURGERY and surgery is None:
        surgery = "other"
    if answer == assessment.NONE and surgery is not None and weeks is None:
        # Named, but not in the last 12 weeks: the answer dates it.
        weeks = float(assessment.RECENT_WEEKS + 1)
    return surgery, weeks


def profile_from_conversation(slots: Mapping[str, Any], user_texts: Sequence[str]) -> Profile:
    """The profile the plan is chosen from; unknown answers stay None."""
    found = [e for text in user_texts if not text.startswith("/") for e in entities.extract(text)]
    severity = _number(slots.get("pain_severity") or _last(found, "severity"))
    age = _number(slots.get("age") or _last(found, "age"))
    hips = set(slots.get("hip_symptoms") or []) | {
        e.value for e in found if e.entity == "hip_symptom"
    }
    caving = slots.get("knee_caving") or _last(found, "knee_caving")
    surgery, weeks = _surgery(slots.get("recent_surgery"), found)
    location = slots.get("knee_location")
    side = slots.get("knee_side") or _last(found, "side")
    return Profile(
        # Only canonical answers: anything else (not sure, an unvalidated text) is unknown.
        knee_location=location if location in assessment.LOCATIONS else None,
        side=side if side in assessment.SIDES else None,
        hip_symptoms=hips & HIP_SYMPTOMS,
        activities=[
            a
            for a in slots.get("aggravating_activities") or []
            if a in assessment.ACTIVITIES or a == assessment.NOT_SURE
        ],
        knee_caving={assessment.YES: True, assessment.NO: False}.get(caving or ""),
        duration_weeks=_number(slots.get("pain_duration") or _last(found, "duration")),
        severity=int(severity) if severity is not None and 0 <= severity <= 10 else None,
        age=int(age) if age is not None else None,
        weeks_since_surgery=weeks,
        surgery=cast(Surgery, surgery) if surgery else None,
        pregnant=True if (slots.get("pregnant") or _last(found, "pregnancy")) else None,
    )
