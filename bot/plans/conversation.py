"""A Profile from what the person has said so far: form answers plus rule entities.

Everything here is derived from the conversation on demand, so a later correction
("actually it's my left knee") simply wins: the last mention of a value counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from bot.nlu import entities
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


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def profile_from_conversation(slots: Mapping[str, Any], user_texts: Sequence[str]) -> Profile:
    """The profile the plan is chosen from; unknown answers stay None."""
    found = [e for text in user_texts if not text.startswith("/") for e in entities.extract(text)]
    severity = _number(_last(found, "severity"))
    age = _number(_last(found, "age"))
    surgery = _last(found, "surgery")
    return Profile(
        knee_location=slots.get("knee_location"),
        side=_last(found, "side"),
        hip_symptoms={e.value for e in found if e.entity == "hip_symptom"} & HIP_SYMPTOMS,
        activities=list(slots.get("aggravating_activities") or []),
        knee_caving=True if _last(found, "knee_caving") == "yes" else None,
        duration_weeks=_number(_last(found, "duration")),
        severity=int(severity) if severity is not None and 0 <= severity <= 10 else None,
        age=int(age) if age is not None else None,
        weeks_since_surgery=_number(_last(found, "weeks_since_surgery")),
        surgery=cast(Surgery, _SURGERY_KINDS[surgery]) if surgery in _SURGERY_KINDS else None,
    )
