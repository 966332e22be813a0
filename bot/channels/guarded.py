"""Wraps a channel's message handler so that rejected texts never reach NLU."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from bot.guard import TROUBLE_REPLY, check_text
from bot.settings import get_settings
from bot.triage import screen_refused

logger = logging.getLogger(__name__)

Handler = Callable[[UserMessage], Awaitable[None]]


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
