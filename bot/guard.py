"""Checks on a user's text before it reaches the NLU models.

Plain Rasa 3.6 spends about 10 GB of memory on one 112 KB message and treats an
empty message as a turn; the guard answers those itself, so the conversation's
state is untouched and nothing heavy runs.
"""

from __future__ import annotations

from dataclasses import dataclass

EMPTY_REPLY = (
    "I didn't receive any text. Could you type your message again? "
    'For example: "my knee hurts at the front when I climb stairs".'
)
TOO_LONG_REPLY = (
    "Sorry, that message is too long for me to read ({length:,} characters; the limit "
    "is {limit:,}). Could you send it in shorter parts, or tell me the main thing "
    "in a sentence or two?"
)
TROUBLE_REPLY = (
    "Sorry, something went wrong on my side and I couldn't answer that. Please try again "
    "in a moment. If your knee pain is severe or you feel unwell, don't wait for me: "
    "contact a doctor or your local emergency number."
)


@dataclass(frozen=True)
class Verdict:
    """Whether a text may go on to the assistant, and what to say if not."""

    accepted: bool
    reply: str = ""


def check_text(text: str | None, max_chars: int) -> Verdict:
    """Accept a non-blank text of at most ``max_chars`` characters."""
    if text is None or not text.strip():
        return Verdict(False, EMPTY_REPLY)
    if len(text) > max_chars:
        return Verdict(False, TOO_LONG_REPLY.format(length=len(text), limit=max_chars))
    return Verdict(True)
