"""Local stand-ins for Telegram's Bot API and Slack's Web API, on loopback.

Each speaks the real method names, request encodings and answer shapes (Telegram's
``{"ok": false, "error_code", "description", "parameters": {"retry_after"}}``, Slack's
``{"ok": false, "error"}`` and a 429 with ``Retry-After``), records every call it
receives, and can be told to fail the next calls of a method, so that the channels'
retries and error handling meet what the real services answer.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.runtime.processes import free_port

BOT_USER = {
    "id": 777000111,
    "is_bot": True,
    "first_name": "Kneebot",
    "username": "kneebot_test_bot",
}
SLACK_BOT_USER = "U0KNEEBOT"


@dataclass
class Call:
    """One API call as the stand-in received it."""

    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)


class StandIn:
    """An aiohttp server on its own thread; subclasses answer the API's methods."""

    def __init__(self) -> None:
        self.port = free_port()
        self.calls: list[Call] = []
        self.failures: dict[str, list[tuple[int, dict[str, Any], dict[str, str]]]] = {}
        # Calls refused because they broke one of the API's limits or formats.
        self.rejected: list[tuple[Call, str]] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> StandIn:
        self._thread.start()
        assert self._ready.wait(10), "the stand-in did not start"
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def fail_next(
        self, method: str, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        """Answer the next call of ``method`` with this error instead."""
        with self._lock:
            self.failures.setdefault(method, []).append((status, body, headers or {}))

    def received(self, predicate: Callable[[Call], bool] = lambda call: True) -> list[Call]:
        with self._lock:
            return [call for call in self.calls if predicate(call)]

    def wait_for(
        self, predicate: Callable[[Call], bool], count: int = 1, timeout_s: float = 60
    ) -> list[Call]:
        """The calls matching ``predicate`` once there are ``count`` of them."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            found = self.received(predicate)
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"expected {count} matching calls; got {self.received(predicate)}")

    def settled(
        self,
        predicate: Callable[[Call], bool],
        after: int = 0,
        quiet_s: float = 0.6,
        timeout_s: float = 60,
    ) -> list[Call]:
        """The matching calls once more than ``after`` came and none came for ``quiet_s``."""
        self.wait_for(predicate, after + 1, timeout_s)
        seen = -1
        while True:
            found = self.received(predicate)
            if len(found) == seen:
                return found
            seen = len(found)
            time.sleep(quiet_s)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_post(self.route, self._receive)
        runner = web.AppRunner(app)
        self._loop.run_until_complete(runner.setup())
        self._loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", self.port).start())
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(runner.cleanup())

    route = "/"

    async def _receive(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params, files = await _read(request)
        with self._lock:
            self.calls.append(Call(method, params, files))
            queued = self.failures.get(method)
            failure = queued.pop(0) if queued else None
        if failure is not None:
            status, body, headers = failure
            return web.json_response(body, status=status, headers=headers)
        problem = self.check(method, params)
        if problem is not None:
            with self._lock:
                self.rejected.append((self.calls[-1], problem))
            return self.refuse(problem)
        return self.answer(request, method, params)

    def check(self, method: str, params: dict[str, Any]) -> str | None:
        """What the real API would refuse in this call, if anything."""
        return None

    def refuse(self, problem: str) -> web.Response:
        raise NotImplementedError

    def answer(self, request: web.Request, method: str, params: dict[str, Any]) -> web.Response:
        raise NotImplementedError


async def _read(request: web.Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    """JSON, urlencoded or multipart parameters, and the files of a multipart upload."""
    if request.content_type == "application/json":
        body = await request.json()
        return (body if isinstance(body, dict) else {}), {}
    params: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    form = await request.post()
    for key, value in form.items():
        if isinstance(value, web.FileField):
            files[key] = value.file.read()
        else:
            params[key] = value
    return params, files


class TelegramBotAPI(StandIn):
    """Telegram's Bot API at ``/bot<token>/<method>``."""

    route = "/bot{token}/{method}"

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token
        self.unknown_chats: set[int] = set()
        self._message_id = 1000

    def answer(self, request: web.Request, method: str, params: dict[str, Any]) -> web.Response:
        if request.match_info["token"] != self.token:
            return _telegram_error(401, "Unauthorized")
        if method == "getMe":
            return _ok(BOT_USER)
        if method in ("setWebhook", "answerCallbackQuery"):
            return _ok(True)
        if method in ("sendMessage", "sendPhoto", "editMessageReplyMarkup"):
            chat_id = int(params.get("chat_id", 0))
            if chat_id in self.unknown_chats:
                return _telegram_error(400, "Bad Request: chat not found")
            self._message_id += 1
            message = {
                "message_id": int(params.get("message_id", self._message_id)),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"},
                "from": BOT_USER,
            }
            if "text" in params:
                message["text"] = params["text"]
            return _ok(message)
        return _telegram_error(404, "Not Found")

    def sent(
        self, chat_id: int, methods: tuple[str, ...] = ("sendMessage", "sendPhoto")
    ) -> list[Call]:
        """What was sent to one chat, in order."""
        return self.received(
            lambda call: call.method in methods and int(call.params.get("chat_id", 0)) == chat_id
        )


TELEGRAM_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre"}
TOKEN = re.compile(
    r"<(/?)([a-z-]+)(?:\s[^<>]*)?>|&(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);|[<>&]", re.I
)


def _telegram_html(text: str, limit: int, name: str) -> str | None:
    """Telegram's HTML parse mode: known tags, properly nested, escapes; the limit counts
    the text as shown."""
    if name == "text" and not text.strip():
        return "Bad Request: message text is empty"
    open_tags: list[str] = []
    shown = 0
    at = 0
    for token in TOKEN.finditer(text):
        shown += token.start() - at
        at = token.end()
        whole, closing, tag = token.group(0), token.group(1), (token.group(2) or "").lower()
        if whole in "<>&":
            return f"Bad Request: can't parse entities: unexpected {whole!r} at {token.start()}"
        if not tag:
            shown += 1  # an escape shows as one character
        elif tag not in TELEGRAM_TAGS:
            return f"Bad Request: can't parse entities: unsupported start tag {tag!r}"
        elif not closing:
            open_tags.append(tag)
        elif not open_tags or open_tags.pop() != tag:
            return f"Bad Request: can't parse entities: can't find end tag corresponding to {tag!r}"
    shown += len(text) - at
    if open_tags:
        return f"Bad Request: can't parse entities: can't find end of {open_tags[-1]!r} entity"
    if shown > limit:
        return f"Bad Request: message {'caption ' if name == 'caption' else ''}is too long"
    return None


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _telegram_error(code: int, description: str, **parameters: Any) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)


def telegram_rate_limit(retry_after: int) -> dict[str, Any]:
    """Telegram's answer body to a flood: 429 with ``parameters.retry_after``."""
    return {
        "ok": False,
        "error_code": 429,
        "description": f"Too Many Requests: retry after {retry_after}",
        "parameters": {"retry_after": retry_after},
    }


class SlackWebAPI(StandIn):
    """Slack's Web API at ``/api/<method>``, checking the bot token."""

    route = "/api/{method}"

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token
        self._ts = 0

    def answer(self, request: web.Request, method: str, params: dict[str, Any]) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if method == "auth.test":
            return web.json_response(
                {"ok": True, "user_id": SLACK_BOT_USER, "bot_id": "BKNEEBOT", "team_id": "T0001"}
            )
        if method in ("chat.postMessage", "chat.update"):
            self._ts += 1
            ts = params.get("ts") or f"{int(time.time())}.{self._ts:06d}"
            return web.json_response(
                {
                    "ok": True,
                    "channel": params.get("channel"),
                    "ts": ts,
                    "message": {**params, "ts": ts},
                }
            )
        return web.json_response({"ok": False, "error": "unknown_method"})

    def check(self, method: str, params: dict[str, Any]) -> str | None:
        if method not in ("chat.postMessage", "chat.update"):
            return None
        blocks = params.get("blocks") or []
        if not params.get("text") and not blocks:
            return "no_text"
        if len(blocks) > 50:
            return "invalid_blocks"
        for block in blocks:
            if _bad_block(block):
                return "invalid_blocks"
        return None

    def refuse(self, problem: str) -> web.Response:
        # Slack answers 200 with ok false for a call it refuses.
        return web.json_response({"ok": False, "error": problem})

    def posted(self, channel: str, thread: str | None = None) -> list[Call]:
        """What was posted to one channel (and thread), in order."""
        return self.received(lambda call: _in(call, "chat.postMessage", channel, thread))


def _bad_block(block: dict[str, Any]) -> bool:
    """Whether Block Kit refuses this block (the limits the channel can reach)."""
    kind, text = block.get("type"), (block.get("text") or {}).get("text", "")
    if kind == "header":
        return not 1 <= len(text) <= 150 or block["text"].get("type") != "plain_text"
    if kind == "section":
        return not 1 <= len(text) <= 3000
    if kind == "actions":
        elements = block.get("elements") or []
        return not 1 <= len(elements) <= 25 or any(
            not 1 <= len(e["text"]["text"]) <= 75 or len(e.get("value", "")) > 2000
            for e in elements
        )
    if kind == "image":
        return not block.get("image_url") or not 1 <= len(block.get("alt_text", "")) <= 2000
    if kind == "context":
        elements = block.get("elements") or []
        return not 1 <= len(elements) <= 10 or any(not e.get("text") for e in elements)
    return kind != "divider"


def _in(call: Call, method: str, channel: str, thread: str | None) -> bool:
    return (
        call.method == method
        and call.params.get("channel") == channel
        and call.params.get("thread_ts") == thread
    )


def json_field(call: Call, name: str) -> Any:
    """A parameter that the client sent JSON-encoded inside a form (Telegram's markups)."""
    value = call.params.get(name)
    return json.loads(value) if isinstance(value, str) else value
