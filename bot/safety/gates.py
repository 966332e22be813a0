"""Situations where a general exercise programme is not the right next step.

These are not red flags: nothing is urgent. They change what the assistant
offers: a child sees a clinician first, a recent operation has its own plan,
and in pregnancy the midwife or physio checks new exercise first.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.safety.screening import CHILD_UNDER, RECENT_SURGERY_WEEKS


@dataclass(frozen=True)
class Gate:
    """Why the usual programme is held back or qualified, and what to say."""

    id: str  # "under_16" | "recent_surgery" | "pregnancy"
    message: str
    blocks_plan: bool  # True: no exercise programme at all


UNDER_16 = Gate(
    "under_16",
    "For anyone under 16 I don't suggest an exercise programme: knee pain in children and "
    "teenagers can come from the hip, so please see a doctor or physiotherapist together with "
    "a parent or carer.",
    blocks_plan=True,
)
RECENT_SURGERY = Gate(
    "recent_surgery",
    "Within 12 weeks of a hip or knee replacement or other operation, please follow the exercise "
    "plan from your surgical team rather than a general programme, and ask them before adding "
    "anything new.",
    blocks_plan=True,
)
PREGNANCY = Gate(
    "pregnancy",
    "As you're pregnant, please check with your midwife or physiotherapist before starting new "
    "exercises; I can share general information meanwhile.",
    blocks_plan=False,
)


def gate(age: int | None, weeks_since_surgery: float | None, pregnant: bool) -> Gate | None:
    """The most restrictive gate that applies, or None when a general programme may follow."""
    if age is not None and age < CHILD_UNDER:
        return UNDER_16
    if weeks_since_surgery is not None and 0 <= weeks_since_surgery <= RECENT_SURGERY_WEEKS:
        return RECENT_SURGERY
    if pregnant:
        return PREGNANCY
    return None
