"""Whether a plan may follow: the safety check, an escalation, and the gates.

A plan comes only after the safety check, and only after a clear "no" to it. An
emergency or same-day escalation earlier in the conversation, or a gate (a child, a
recent operation), holds every plan back.
"""

from __future__ import annotations

from bot.assessment.answers import yes_or_no
from bot.assessment.vocabulary import NO
from bot.plans.builder import blocking_gate
from bot.plans.messages import HELD_BACK
from bot.plans.profile import Profile
from bot.safety.rules import BLOCKING_LEVELS


def held_back(triage_level: str | None, profile: Profile) -> str | None:
    """Why no plan follows, in the words to say; None when a plan may follow."""
    if triage_level in BLOCKING_LEVELS:
        return HELD_BACK
    gate = blocking_gate(profile)
    return gate.message if gate is not None else None


def cleared(answer: str, intent: str | None) -> bool:
    """Whether an answer to the safety check is a clear "no" to every warning sign."""
    return yes_or_no(answer, intent) == NO


def may_offer_plan(in_assessment: bool, assessment_done: bool, triage_level: str | None) -> bool:
    """Whether an answer may end with the offer to go through the questions for a plan:
    not while they are being asked or once they are done, nor after an emergency or
    same-day escalation, which holds every plan back."""
    return not (in_assessment or assessment_done or triage_level in BLOCKING_LEVELS)
