"""Red-flag screening over a whole conversation, as one plain function.

The screen reads each message in the light of the ones before it, so the context
is derived from the person's messages rather than stored: the policy that decides
to escalate and the action that words the escalation always agree.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.safety.messages import escalation_message
from bot.safety.screening import Context, Screening, screen

# A refused over-long message is still screened, up to this many characters (about 1 s).
REFUSED_SCREEN_CHARS = 200_000


def screen_latest(user_texts: Sequence[str]) -> tuple[Screening, Context]:
    """Screen the last message given all earlier ones; return it and the context after it."""
    context = Context()
    screening = screen("", context)
    for text in user_texts:
        screening = screen(text, context)
        context = context.update(screening)
    return screening, context


def escalation(screening: Screening, emergency_number: str) -> dict | None:
    """The reply that escalates a screening's most urgent flag, with its triage payload."""
    if not screening.flags:
        return None
    flag = screening.flags[0]
    return {
        "text": escalation_message(flag.level, flag.id, emergency_number),
        "custom": {"triage": {"level": flag.level, "reason": flag.id}},
    }


def screen_refused(text: str, emergency_number: str) -> dict | None:
    """Escalation for a message too long for the assistant to read, if it names a red flag."""
    return escalation(screen(text[:REFUSED_SCREEN_CHARS]), emergency_number)
