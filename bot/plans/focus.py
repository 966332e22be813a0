"""Strengthen, stretch or both: the choice the clinical rules make from what was described.

Weakness signs (the knee caving in on stairs, squats or landing; a hip that feels
weak or tires on long walks; front or inner knee pain with activity) point to
strengthening. Tightness signs (a stiff or tight hip; pain after long sitting) point
to stretching. Both kinds point to both, strengthening first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.assessment.summary import describe_activities
from bot.plans.profile import Profile

Focus = Literal["strengthen", "stretch", "both"]
SignKind = Literal["weakness", "tightness"]

# Movements in which weak hips let the knee drift inwards: pain with them is the
# "with activity" of the rule. Kneeling presses on the kneecap and standing still barely
# moves the hip, so pain with those says little about hip control; long sitting is a
# tightness sign of its own.
LOADING = ("stairs", "running", "squatting", "jumping", "walking", "cycling")
_PAIN_AT = {"front": "pain at the front of the knee", "inner": "pain on the inner side of the knee"}


@dataclass(frozen=True)
class Sign:
    """One thing the person said that points to weak or to tight hips."""

    id: str
    kind: SignKind
    words: str  # a noun phrase: "You mentioned <words>."


@dataclass(frozen=True)
class FocusChoice:
    focus: Focus
    reasons: tuple[Sign, ...]  # empty when no sign was clear and the default applies

    def of_kind(self, kind: SignKind) -> tuple[Sign, ...]:
        return tuple(sign for sign in self.reasons if sign.kind == kind)


def choose_focus(profile: Profile) -> FocusChoice:
    """The focus for ``profile`` and the signs that decided it.

    With no clear sign either way the focus is strengthening: of the hip work, it is
    what the trials back (hip with knee exercise eases pain around the kneecap more
    than knee exercise alone), while stretching is usually an addition to it.
    """
    weakness = weakness_signs(profile)
    tightness = tightness_signs(profile)
    if weakness and tightness:
        return FocusChoice("both", weakness + tightness)
    if tightness:
        return FocusChoice("stretch", tightness)
    return FocusChoice("strengthen", weakness)


def weakness_signs(profile: Profile) -> tuple[Sign, ...]:
    signs = []
    if profile.knee_caving:
        signs.append(Sign("knee_caving", "weakness", "your knee caving inwards"))
    if "weak" in profile.hip_symptoms:
        signs.append(Sign("weak_hip", "weakness", "your hip feeling weak or tiring"))
    loading = [activity for activity in profile.activities if activity in LOADING]
    if profile.knee_location in _PAIN_AT and loading:
        words = f"{_PAIN_AT[profile.knee_location]} with {describe_activities(loading)}"
        signs.append(Sign(f"{profile.knee_location}_knee_with_activity", "weakness", words))
    return tuple(signs)


def tightness_signs(profile: Profile) -> tuple[Sign, ...]:
    signs = []
    felt = [symptom for symptom in ("stiff", "tight") if symptom in profile.hip_symptoms]
    if felt:
        signs.append(Sign("stiff_hip", "tightness", f"a {' and '.join(felt)} feeling in your hip"))
    if "sitting_long" in profile.activities:
        signs.append(Sign("pain_after_sitting", "tightness", "knee pain after sitting for long"))
    return tuple(signs)
