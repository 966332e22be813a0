"""Telegram channel (``POST /webhooks/telegram/webhook``), through aiogram 2's Bot API client.

Rasa 3.6's own Telegram channel answers every update with a 500 (its HTTP session
is made on a loop that has closed by the time updates arrive), never checks the
secret token Telegram sends with each update, and cannot be pointed at another Bot
API server. This one:

- refuses any request without the ``X-Telegram-Bot-Api-Secret-Token`` it registered
  (403, nothing read further);
- handles an update redelivered with the same ``update_id`` once;
- answers the webhook when the turn is done, or after ``REPLY_WITHIN_S`` with the turn
  going on, so Telegram never waits long nor sees an error;
- keeps one conversation per chat (``telegram:<chat id>``), and in groups answers only
  when addressed (``@bot``, a reply to the bot, or a command);
- sends buttons as inline keyboards, an escalation first and alone with the number to
  dial, each exercise's drawing as a photo with its dose, and the summary as a message
  that can be forwarded.
"""

from __future__ import annotations

import asyncio
import hmac
import io
import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiogram import Bot, types
from aiogram.bot.api import TelegramAPIServer
from aiogram.utils import exceptions as telegram_errors
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.plans.drawings import drawing_png
from bot.rasa.channels.guard import guard_handler
from bot.rasa.channels.messages import HELP_REPLY, NOT_TEXT_REPLY
from bot.rasa.channels.messenger import TELEGRAM_PREFIX, MessengerInput, WholeMessages
from bot.rasa.channels.telegram_messages import Part, keyboard, render
from bot.settings import get_settings

logger = logging.getLogger(__name__)

T = TypeVar("T")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "callback_query"]
REPLY_WITHIN_S = 20.0
SEND_ATTEMPTS = 4
REGISTER_ATTEMPTS = 6
# A reply waits out a flood limit this long at most; past it the reply is given up (and
# logged) rather than holding the conversation. Start-up waits as long as Telegram asks.
REPLY_LONGEST_WAIT_S = 60.0
REGISTER_LONGEST_WAIT_S = 600.0
# Commands Telegram clients offer; each becomes what the assistant understands.
COMMANDS = {"start": "/greet", "restart": "/restart"}
ALREADY_CHOSEN = "Already chosen"


class TelegramClient:
    """The Bot API client, made on the serving loop on first use, with retries."""

    def __init__(self, token: str, api_url: str) -> None:
        self.token = token
        self.server = TelegramAPIServer.from_base(api_url)
        self._bot: Bot | None = None
        self.me: types.User | None = None

    @property
    def bot(self) -> Bot:
        if self._bot is None:
            self._bot = Bot(self.token, server=self.server, timeout=30)
        return self._bot

    async def call(
        self, what: str, request: Callable[[], Awaitable[T]], urgent: bool = False
    ) -> T | None:
        """A reply's call. A timeout is not retried: the message may have arrived. An
        escalation waits out a flood limit however long; anything else gives up after a
        minute rather than hold the conversation."""
        longest = REGISTER_LONGEST_WAIT_S if urgent else REPLY_LONGEST_WAIT_S
        return await _retrying(what, request, SEND_ATTEMPTS, longest, timeouts=False)

    async def close(self) -> None:
        if self._bot is not None and self._bot.session is not None:
            # What aiogram 2's deprecated Bot.close does, without the warning.
            await self._bot.session.close()


class TelegramOutput(WholeMessages):
    """Sends the assistant's messages to the chat named by the conversation id."""

    def __init__(self, client: TelegramClient) -> None:
        self.client = client

    @classmethod
    def name(cls) -> str:
        return "telegram"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        chat_id = chat_of(recipient_id)
        for part in render(message, get_settings().emergency_dial):
            await self._send(chat_id, part)

    async def _send(self, chat_id: int, part: Part) -> None:
        bot = self.client.bot
        markup = keyboard(part.buttons)
        if part.drawing is not None:
            png = drawing_png(part.drawing)
            name = f"{part.drawing}.png"
            await self.client.call(
                "sendPhoto",
                lambda: bot.send_photo(
                    chat_id,
                    types.InputFile(io.BytesIO(png), filename=name),
                    caption=part.text,
                    parse_mode="HTML",
                    reply_markup=markup,
                ),
            )
            return
        await self.client.call(
            "sendMessage",
            lambda: bot.send_message(
                chat_id,
                part.text,
                parse_mode="HTML",
                reply_markup=markup,
                disable_web_page_preview=True,
            ),
            urgent=part.urgent,
        )


def chat_of(conversation_id: str) -> int:
    """The chat id in a conversation id ``telegram:<chat id>``."""
    return int(conversation_id.removeprefix(TELEGRAM_PREFIX))


@dataclass(frozen=True)
class Said:
    """What an update asks of the assistant: the text of a turn, or a reply of the channel's."""

    chat_id: int
    text: str | None = None
    reply: str | None = None


def read_update(update: types.Update, me: types.User | None) -> Said | None:
    """The turn an update asks for, or None when it asks for nothing (or not of this bot)."""
    message = update.message
    if message is None or message.chat is None:
        return None
    chat_id = int(message.chat.id)
    if message.chat.type not in ("private",) and not _addressed(message, me):
        return None
    if message.text is None:
        return Said(chat_id, reply=NOT_TEXT_REPLY)
    text = _without_mention(message.text, me)
    if text.startswith("/"):
        command, _, rest = text[1:].partition(" ")
        name = command.split("@", 1)[0].lower()
        if name == "help":
            return Said(chat_id, reply=HELP_REPLY)
        if name in COMMANDS:
            return Said(chat_id, COMMANDS[name])
    return Said(chat_id, text)


def _addressed(message: types.Message, me: types.User | None) -> bool:
    """In a group: a mention of the bot, a reply to one of its messages, or a command to it."""
    text = message.text or message.caption or ""
    replied = message.reply_to_message
    author = replied.from_user if replied is not None else None
    if me is not None and (_mentions(text, me) or (author is not None and author.id == me.id)):
        return True
    return text.startswith("/") and "@" not in text.split(" ", 1)[0]


def _mentions(text: str, me: types.User) -> bool:
    """``@name`` as a whole word: ``@kneebot_bot2`` names another bot."""
    return bool(me.username) and bool(re.search(rf"@{re.escape(me.username)}\b", text, re.I))


def _without_mention(text: str, me: types.User | None) -> str:
    if me is None or not me.username:
        return text.strip()
    mention = re.compile(rf"(?<!\S)@{re.escape(me.username)}\b\s*", re.I)
    command_tail = re.compile(rf"^(/\w+)@{re.escape(me.username)}\b", re.I)
    return mention.sub("", command_tail.sub(r"\1", text.strip())).strip()


def press_of(update: types.Update) -> Said | None:
    """A button press: its data as the turn's text, in the chat of its message."""
    press = update.callback_query
    if press is None or press.message is None or press.data is None:
        return None
    return Said(int(press.message.chat.id), press.data)


class TelegramInput(MessengerInput):
    """The Telegram webhook; off (no route) without a bot token and webhook secret."""

    channel = "telegram"

    def __init__(self, token: str, secret: str, api_url: str) -> None:
        super().__init__(token, secret, api_url)
        self.secret = secret
        self.client = TelegramClient(token, api_url) if token and secret else None

    def get_output_channel(self) -> OutputChannel | None:
        return TelegramOutput(self.client) if self.client else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        hook = Blueprint("kneebot_telegram_webhook", __name__)
        client = self.client
        if client is None:
            return hook
        handle = guard_handler(on_new_message)

        registering: list[asyncio.Task[None]] = []

        @hook.listener("after_server_start")
        async def register(app: Any, loop: Any) -> None:
            registering.append(asyncio.get_running_loop().create_task(self._register(client)))

        @hook.listener("before_server_stop")
        async def finish(app: Any, loop: Any) -> None:
            # Registration still retrying has nothing to finish: a stop must not wait for it.
            for task in registering:
                task.cancel()
            # Long enough for a reply waiting out a flood limit to go.
            await self.deliveries.drain(REPLY_LONGEST_WAIT_S + REPLY_WITHIN_S)
            await client.close()

        @hook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @hook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            given = request.headers.get(SECRET_HEADER, "")
            if not hmac.compare_digest(given.encode(), self.secret.encode()):
                return response.json({"ok": False, "description": "Forbidden"}, status=403)
            try:
                update = types.Update.to_object(json.loads(request.body))
                update_id = int(update.update_id)
            except Exception:  # noqa: BLE001 - no body, however odd, may answer 500
                # Telegram does not send these; answering 200 stops a redelivery loop.
                logger.warning("Telegram webhook: a body that is not an update was ignored.")
                return response.json({"ok": True})
            if self.seen.first_time(str(update_id)):
                turn = self.deliveries.start(self._handle(update, handle))
                await asyncio.wait({turn}, timeout=REPLY_WITHIN_S)
            return response.json({"ok": True})

        return hook

    async def _handle(
        self, update: types.Update, handle: Callable[[UserMessage], Awaitable[None]]
    ) -> None:
        client = self.client
        assert client is not None
        output = TelegramOutput(client)
        press = update.callback_query
        if press is not None:
            bot = client.bot
            said, pressed = press_of(update), press.message
            # Only the first press on a message counts: a second tap, or the other button
            # tapped before the keyboard went, must not answer the question twice.
            first = said is not None and pressed is not None
            if said is not None and pressed is not None:
                first = self.seen.first_time(f"press:{said.chat_id}:{pressed.message_id}")
            # Answered whatever it is, so the person's button stops spinning.
            note = None if first else ALREADY_CHOSEN
            await client.call(
                "answerCallbackQuery", lambda: bot.answer_callback_query(press.id, text=note)
            )
            if not first or said is None or pressed is None:
                return
            chat_id, message_id = said.chat_id, pressed.message_id
            await client.call(
                "editMessageReplyMarkup", lambda: bot.edit_message_reply_markup(chat_id, message_id)
            )
        else:
            if client.me is None and update.message is not None:
                # Mentions in groups need the bot's name; ask again if start-up could not.
                client.me = await client.call("getMe", client.bot.get_me)
            said = read_update(update, client.me)
        if said is None:
            return
        await self.hand_on(
            handle, output, f"{TELEGRAM_PREFIX}{said.chat_id}", said.text, said.reply
        )

    async def _register(self, client: TelegramClient) -> None:
        """Learn the bot's name and register the webhook, retrying; the server runs anyway."""
        settings = get_settings()
        client.me = await _retrying(
            "getMe", client.bot.get_me, REGISTER_ATTEMPTS, REGISTER_LONGEST_WAIT_S
        )
        if not settings.public_url:
            logger.warning(
                "Telegram: KNEEBOT_PUBLIC_URL is not set, so no webhook was registered; "
                "Telegram will not send updates until one is."
            )
            return
        url = f"{settings.public_url}/webhooks/telegram/webhook"
        payload = {
            "url": url,
            "secret_token": self.secret,
            "allowed_updates": json.dumps(ALLOWED_UPDATES),
            "drop_pending_updates": False,
        }
        done = await _retrying(
            "setWebhook",
            lambda: client.bot.request("setWebhook", payload),
            REGISTER_ATTEMPTS,
            REGISTER_LONGEST_WAIT_S,
        )
        if done is None:
            logger.error(
                "Telegram: the webhook is not registered, so Telegram will not reach the "
                "assistant; check TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL and the network, "
                "then restart. Everything else runs."
            )
        else:
            logger.info("Telegram webhook registered at %s.", url)


async def _retrying(
    what: str,
    request: Callable[[], Awaitable[T]],
    attempts: int,
    longest_wait_s: float,
    timeouts: bool = True,
) -> T | None:
    """Run ``request``, waiting out flood limits and network errors; None if it failed."""
    error: Exception | None = None
    for attempt in range(attempts):
        try:
            return await request()
        except telegram_errors.RetryAfter as limited:
            error, wait = limited, float(limited.timeout)
        except telegram_errors.NetworkError as failed:
            error, wait = failed, 2.0**attempt
        except asyncio.TimeoutError as failed:
            if not timeouts:
                error = failed
                break
            error, wait = failed, 2.0**attempt
        except telegram_errors.TelegramAPIError as refused:
            error = refused
            break
        if attempt + 1 == attempts or wait > longest_wait_s:
            break
        logger.warning("Telegram %s: %s; retrying in %.0f s.", what, error, wait)
        await asyncio.sleep(wait)
    logger.error("Telegram %s failed: %s", what, error or "timed out")
    return None
