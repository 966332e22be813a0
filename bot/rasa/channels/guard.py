"""The input guard every channel puts in front of the assistant.

Plain Rasa 3.6 spends about 10 GB of memory on one 112 KB message and treats an
empty message as a turn; the guard answers those itself, so the conversation's
state is untouched and nothing heavy runs. Every channel wraps its handler with
``guard_handler``, so each gets the same checks.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from bot.rasa.channels.messages import EMPTY_REPLY, TOO_LONG_REPLY, TROUBLE_REPLY
from bot.safety.conversation import screen_refused
from bot.settings import get_settings

logger = logging.getLogger(__name__)

Handler = Callable[[UserMessage], Awaitable[None]]


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


def guard_handler(on_new_message: Handler) -> Handler:
    """Answer empty and over-long texts directly; pass the rest on, never leaving silence."""

    async def handler(message: UserMessage) -> None:
        settings = get_settings()
        verdict = check_text(message.text, settings.max_message_chars)
        if verdict.accepted:
            await _answer(on_new_message, message)
            return
        logger.info(
            "Input guard answered sender %s itself (%d characters).",
            message.sender_id,
            len(message.text or ""),
        )
        # Too long to read is not too long to screen: a red flag in it still escalates.
        urgent = screen_refused(message.text or "", settings.emergency_number)
        if urgent is not None:
            await message.output_channel.send_response(message.sender_id, urgent)
        await message.output_channel.send_text_message(message.sender_id, verdict.reply)

    return handler


async def _answer(on_new_message: Handler, message: UserMessage) -> None:
    """Run the assistant; if it fails or says nothing, apologise instead of going quiet."""
    output = message.output_channel
    sent_before = len(output.messages) if isinstance(output, CollectingOutputChannel) else None
    try:
        await on_new_message(message)
    except Exception:  # noqa: BLE001 - one conversation's failure must not go silent or spread
        logger.exception("Handling a message from sender %s failed.", message.sender_id)
        await output.send_text_message(message.sender_id, TROUBLE_REPLY)
        return
    if sent_before is not None and len(output.messages) == sent_before:
        logger.error("The assistant gave sender %s no reply.", message.sender_id)
        await output.send_text_message(message.sender_id, TROUBLE_REPLY)
