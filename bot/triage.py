"""Red-flag screening over a whole conversation, as one plain function.

The screen reads each message in the light of the ones before it, so the context
is derived from the person's messages rather than stored: the policy that decides
to escalate and the action that words the escalation always agree.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.safety.screening import Context, Screening, screen


def screen_latest(user_texts: Sequence[str]) -> tuple[Screening, Context]:
    """Screen the last message given all earlier ones; return it and the context after it."""
    context = Context()
    screening = screen("", context)
    for text in user_texts:
        screening = screen(text, context)
        context = context.update(screening)
    return screening, context
