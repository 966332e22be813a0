"""The input guard every channel puts in front of the assistant.

Plain Rasa 3.6 spends about 10 GB of memory on one 112 KB message and treats an
empty message as a turn; the guard answers those itself, so the conversation's
state is untouched and nothing heavy runs. Every channel wraps its handler with
``guard_handler``, so each gets the same checks.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage

from bot.rasa.channels.messages import EMPTY_REPLY, TOO_LONG_REPLY, TROUBLE_REPLY
from bot.safety.conversation import refused_payload, screen_refused
from bot.settings import get_settings

logger = logging.getLogger(__name__)

Handler = Callable[[UserMessage], Awaitable[None]]


@dataclass(frozen=True)
class Verdict:
    """Whether a text may go on to the assistant, and what to say if not."""

    accepted: bool
    reply: str = ""


class BadInput(ValueError):
    """A message a channel cannot take as it is; the text says what to send instead."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field  # "sender", "message" or "metadata"


@dataclass(frozen=True)
class Inbound:
    """A channel's message, checked: who sent it, the text and the metadata to keep."""

    sender: str
    text: str | None
    metadata: dict[str, Any] | None

    def message(self, output: OutputChannel, input_channel: str) -> UserMessage:
        """The message for Rasa, its replies going to ``output``."""
        return UserMessage(
            self.text, output, self.sender, input_channel=input_channel, metadata=self.metadata
        )


def tag(sender: str) -> str:
    """A conversation's name for logs: stable, but not the chat or user id it holds."""
    return hashlib.sha256(sender.encode()).hexdigest()[:12]


def read_inbound(sender: object, text: object, metadata: object) -> Inbound:
    """The checks every channel makes on what it was sent, before anything else runs."""
    settings = get_settings()
    if not isinstance(sender, str) or not sender.strip():
        raise BadInput("sender", '"sender" must be a non-empty string naming the conversation.')
    if len(sender) > settings.max_sender_chars:
        limit = settings.max_sender_chars
        raise BadInput("sender", f'"sender" must be at most {limit} characters.')
    if text is not None and not isinstance(text, str):
        raise BadInput("message", '"message" must be a string.')
    if metadata is not None and not isinstance(metadata, dict):
        raise BadInput("metadata", '"metadata" must be a JSON object when given.')
    if metadata and len(json.dumps(metadata, default=str)) > settings.max_metadata_bytes:
        limit = settings.max_metadata_bytes
        raise BadInput("metadata", f'"metadata" must be at most {limit} bytes as JSON.')
    return Inbound(sender, text, metadata)


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
            "Input guard answered conversation %s itself (%d characters).",
            tag(message.sender_id),
            len(message.text or ""),
        )
        # Too long to read is not too long to screen: a red flag in it still escalates,
        # through the assistant, so that the level is recorded like any other.
        screening = screen_refused(message.text or "")
        if screening.flags:
            payload = refused_payload(screening.flags[0])
            await _answer(
                on_new_message,
                UserMessage(
                    payload,
                    message.output_channel,
                    message.sender_id,
                    input_channel=message.input_channel,
                    metadata=message.metadata,
                ),
            )
        await message.output_channel.send_text_message(message.sender_id, verdict.reply)

    return handler


class UrgentFirst(OutputChannel):
    """Holds a turn's replies, then sends them with an escalation first.

    On a first message, Rasa says the session's greeting before anything else; a person
    who has just described an emergency must read what to do now before that.
    """

    def __init__(self, channel: OutputChannel) -> None:
        self.channel = channel
        self.held: list[tuple[str, dict[str, Any]]] = []

    # Rasa asks the instance for its channel's name, to pick channel-specific responses.
    def name(self) -> str:  # type: ignore[override]
        return self.channel.name()

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.held.append((recipient_id, message))

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send_response(recipient_id, {"text": text})

    async def flush(self) -> None:
        # A stable sort: escalations first, everything else in the order it was said. One
        # message that cannot be sent must not take the rest of the turn with it.
        for recipient_id, message in sorted(self.held, key=_not_urgent):
            try:
                await self.channel.send_response(recipient_id, message)
            except Exception:  # noqa: BLE001 - logged; the next message is still sent
                logger.exception("Sending a reply to conversation %s failed.", tag(recipient_id))
        self.held.clear()


def _not_urgent(held: tuple[str, dict[str, Any]]) -> bool:
    return "triage" not in (held[1].get("custom") or {})


async def _answer(on_new_message: Handler, message: UserMessage) -> None:
    """Run the assistant; if it fails or says nothing, apologise instead of going quiet."""
    output = UrgentFirst(message.output_channel)
    message.output_channel = output
    try:
        await on_new_message(message)
    except Exception:  # noqa: BLE001 - one conversation's failure must not go silent or spread
        logger.exception("Handling a message of conversation %s failed.", tag(message.sender_id))
        await output.send_text_message(message.sender_id, TROUBLE_REPLY)
    if not output.held:
        logger.error("The assistant gave conversation %s no reply.", tag(message.sender_id))
        await output.send_text_message(message.sender_id, TROUBLE_REPLY)
    await output.flush()
