"""Slack channel (``POST /webhooks/slack/webhook``: Events API and interactivity), via slack-sdk.

Rasa 3.6's own Slack channel replies twice to a retry whose reason is ``http_error``
and cannot be pointed at another Web API address. This one:

- refuses a request whose signature is wrong or missing, or whose timestamp is more
  than five minutes off (401, nothing read further), with slack-sdk's verifier;
- acknowledges at once and runs the turn after the acknowledgement, because Slack
  retries anything slower than three seconds; a retry is recognised by its
  ``event_id``, whatever its reason, so one event gives one reply;
- ignores the bot's own messages and edits; replies in a direct message to the DM,
  and in a channel only when mentioned, in the thread (one conversation per DM, and
  per thread in a channel);
- sends buttons as Block Kit buttons, and updates a clicked message to show the choice;
  an escalation as a header with its first sentence; a plan with each exercise's
  drawing, served here as a PNG under ``KNEEBOT_PUBLIC_URL``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from bot.plans.drawings import drawing_png, has_drawing
from bot.rasa.channels.guard import guard_handler
from bot.rasa.channels.messages import NOT_TEXT_REPLY
from bot.rasa.channels.messenger import SLACK_PREFIX, MessengerInput, WholeMessages
from bot.rasa.channels.slack_blocks import chosen, render
from bot.settings import get_settings

logger = logging.getLogger(__name__)

SHUTDOWN_WAIT_S = 20.0
# What a call to Slack can raise once slack-sdk's own retries are spent.
SEND_ERRORS = (SlackClientError, aiohttp.ClientError, asyncio.TimeoutError)
MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^<>]*)?>")
LABELLED = re.compile(r"<([#@!]?[^<>|]+)\|([^<>]+)>")  # <https://x|label>, <#C1|general>
SPECIAL = re.compile(r"<!(\w+)>")  # <!here>
BARE_LINK = re.compile(r"<([^<>|]+)>")


def typed(text: str) -> str:
    """What a person typed, from the text Slack delivers.

    Slack wraps links, mentions and channel names in angle brackets and escapes ``&``,
    ``<`` and ``>``; the assistant reads the words a person sees instead.
    """
    text = MENTION.sub("", text)
    text = LABELLED.sub(lambda match: match.group(2), text)
    text = SPECIAL.sub(lambda match: "@" + match.group(1), text)
    text = BARE_LINK.sub(lambda match: match.group(1), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


@dataclass(frozen=True)
class Place:
    """Where a conversation lives: a channel, and a thread in it unless a DM."""

    channel: str
    thread: str | None = None

    @property
    def conversation(self) -> str:
        return SLACK_PREFIX + (f"{self.channel}:{self.thread}" if self.thread else self.channel)

    @classmethod
    def of(cls, conversation_id: str) -> Place:
        channel, _, thread = conversation_id.removeprefix(SLACK_PREFIX).partition(":")
        return cls(channel, thread or None)


class SlackOutput(WholeMessages):
    """Posts the assistant's messages where the conversation id says."""

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    @classmethod
    def name(cls) -> str:
        return "slack"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        place = Place.of(recipient_id)
        settings = get_settings()
        for post in render(message, settings.emergency_dial, settings.public_url):
            try:
                await self.client.chat_postMessage(
                    channel=place.channel,
                    thread_ts=place.thread,
                    text=post.text,
                    blocks=post.blocks,
                    metadata=post.metadata,
                    unfurl_links=False,
                )
            except SEND_ERRORS as error:
                logger.warning("Slack chat.postMessage failed: %s", _reason(error))


def _reason(error: Exception) -> str:
    if isinstance(error, SlackApiError):
        return str(error.response.get("error", "unknown error"))
    return type(error).__name__


@dataclass(frozen=True)
class Said:
    """A turn's text and where it goes, or a reply of the channel's own."""

    place: Place
    text: str
    reply: str | None = None


def read_event(event: dict[str, Any], bot_user: str | None) -> Said | None:
    """The turn an Events API event asks for, or None for what the bot must not answer.

    Ignored: the bot's own and other bots' messages, edits, deletions and every other
    subtype but a shared file; channel messages that do not mention the bot.
    """
    subtype = event.get("subtype")
    if event.get("bot_id") or subtype not in (None, "file_share"):
        return None
    user, channel, text, ts = (event.get(key) for key in ("user", "channel", "text", "ts"))
    if not isinstance(user, str) or user == bot_user:
        return None
    if not isinstance(channel, str) or not isinstance(ts, str):
        return None
    kind = event.get("type")
    if kind == "message" and event.get("channel_type") == "im":
        place = Place(channel)
    elif kind == "app_mention":
        thread = event.get("thread_ts")
        place = Place(channel, thread if isinstance(thread, str) else ts)
    else:
        return None
    words = typed(text) if isinstance(text, str) else ""
    if not words and subtype == "file_share":
        return Said(place, words, reply=NOT_TEXT_REPLY)
    return Said(place, words)


def read_click(payload: dict[str, Any]) -> tuple[Said, dict[str, Any], str] | None:
    """A button click: the turn it asks for, the message clicked, and the button's title."""
    actions, message, channel = (payload.get(key) for key in ("actions", "message", "channel"))
    if payload.get("type") != "block_actions" or not isinstance(actions, list) or not actions:
        return None
    action = actions[0]
    if not isinstance(message, dict) or not isinstance(channel, dict):
        return None
    if not isinstance(action, dict) or not isinstance(channel.get("id"), str):
        return None
    thread, button = message.get("thread_ts"), action.get("text")
    place = Place(channel["id"], thread if isinstance(thread, str) else None)
    title = str(button.get("text", "")) if isinstance(button, dict) else ""
    return Said(place, str(action.get("value", ""))), message, title


class SlackInput(MessengerInput):
    """The Slack webhook; off (no route) without a bot token and signing secret."""

    channel = "slack"

    def __init__(self, token: str, signing_secret: str, api_url: str) -> None:
        super().__init__(token, signing_secret, api_url)
        self.verifier = SignatureVerifier(signing_secret) if token and signing_secret else None
        self.client = (
            AsyncWebClient(
                token=token,
                base_url=api_url.rstrip("/") + "/",
                retry_handlers=[
                    AsyncConnectionErrorRetryHandler(max_retry_count=2),
                    AsyncRateLimitErrorRetryHandler(max_retry_count=2),
                ],
            )
            if self.verifier
            else None
        )
        self.bot_user: str | None = None

    def get_output_channel(self) -> OutputChannel | None:
        return SlackOutput(self.client) if self.client else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        hook = Blueprint("kneebot_slack_webhook", __name__)
        verifier, client = self.verifier, self.client
        if verifier is None or client is None:
            return hook
        handle = guard_handler(on_new_message)

        @hook.listener("before_server_stop")
        async def finish(app: Any, loop: Any) -> None:
            await self.deliveries.drain(SHUTDOWN_WAIT_S)

        @hook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @hook.route("/drawings/<filename>", methods=["GET"])
        async def drawing(request: Request, filename: str) -> HTTPResponse:
            exercise_id = filename.removesuffix(".png")
            if not filename.endswith(".png") or not has_drawing(exercise_id):
                return response.json({"error": "no such drawing"}, status=404)
            return response.raw(
                drawing_png(exercise_id),
                content_type="image/png",
                headers={"Cache-Control": "public, max-age=86400"},
            )

        @hook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not _signed(verifier, request):
                return response.json({"ok": False, "error": "invalid signature"}, status=401)
            try:
                form = request.form or {}
                body = json.loads(form.get("payload") or request.body)
            except Exception:  # noqa: BLE001 - no body, however odd, may answer 500
                return response.json({"ok": False, "error": "not JSON"}, status=400)
            if "payload" in form:
                return self._click(body, client, handle)
            if not isinstance(body, dict):
                return response.json({"ok": False, "error": "not an object"}, status=400)
            if body.get("type") == "url_verification":
                return response.json({"challenge": str(body.get("challenge", ""))})
            event = body.get("event")
            event_id = str(body.get("event_id", ""))
            is_event = body.get("type") == "event_callback" and event_id
            if is_event and isinstance(event, dict) and self.seen.first_time(event_id):
                self.deliveries.start(self._event(event, client, handle))
            return _acknowledged()

        return hook

    def _click(
        self,
        payload: object,
        client: AsyncWebClient,
        handle: Callable[[UserMessage], Awaitable[None]],
    ) -> HTTPResponse:
        click = read_click(payload) if isinstance(payload, dict) else None
        if click is None:
            return _acknowledged()
        said, message, title = click
        # Only the first click on a message counts: a second tap, or the other button
        # clicked before the message was updated, must not answer the question twice.
        if self.seen.first_time(f"click:{said.place.channel}:{message.get('ts')}"):
            self.deliveries.start(self._choose(said, message, title, client, handle))
        return _acknowledged()

    async def _choose(
        self,
        said: Said,
        message: dict[str, Any],
        title: str,
        client: AsyncWebClient,
        handle: Callable[[UserMessage], Awaitable[None]],
    ) -> None:
        try:
            await client.chat_update(
                channel=said.place.channel,
                ts=str(message.get("ts")),
                text=str(message.get("text", "")),
                blocks=chosen(message, title),
            )
        except SEND_ERRORS as error:
            logger.warning("Slack chat.update failed: %s", _reason(error))
        await self._turn(said, client, handle)

    async def _event(
        self,
        event: dict[str, Any],
        client: AsyncWebClient,
        handle: Callable[[UserMessage], Awaitable[None]],
    ) -> None:
        if self.bot_user is None:
            try:
                self.bot_user = str((await client.auth_test()).get("user_id"))
            except SEND_ERRORS as error:
                logger.warning("Slack auth.test failed: %s", _reason(error))
        said = read_event(event, self.bot_user)
        if said is not None:
            await self._turn(said, client, handle)

    async def _turn(
        self, said: Said, client: AsyncWebClient, handle: Callable[[UserMessage], Awaitable[None]]
    ) -> None:
        output = SlackOutput(client)
        await self.hand_on(handle, output, said.place.conversation, said.text, said.reply)


def _acknowledged() -> HTTPResponse:
    """Slack's "received": an empty 200, which stops its retries."""
    return response.text("")


def _signed(verifier: SignatureVerifier, request: Request) -> bool:
    """Slack's signature over the raw body, within five minutes of its timestamp."""
    try:
        return verifier.is_valid(
            request.body,
            request.headers.get("X-Slack-Request-Timestamp"),
            request.headers.get("X-Slack-Signature"),
        )
    except ValueError:  # a timestamp that is not a number
        return False
