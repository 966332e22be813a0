"""Browser fixtures: Debian's chromium driven by Playwright, and a plain page on another
origin that embeds the widget the way a clinic's page would, with its one script tag."""

from __future__ import annotations

import asyncio
import html
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import socketio
from aiohttp import web
from playwright.sync_api import Browser, BrowserContext, Locator, Page, sync_playwright

from bot.runtime.processes import free_port
from tests.conftest import PROJECT, Assistant

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WEBCHAT = PROJECT / "bot" / "web" / "widget" / "node_modules" / "rasa-webchat" / "lib" / "index.js"
SCREENSHOTS = PROJECT / "results" / "screenshots"
REPLY_MS = 60_000
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 640}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep pytest's output for the tests."""


@dataclass
class HostSite:
    """A plain static site on its own port: pages written by the tests."""

    root: Path
    origin: str

    def page(self, name: str, body: str) -> str:
        (self.root / name).write_text(
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(name)}</title></head><body>{body}</body></html>",
            encoding="utf-8",
        )
        return f"{self.origin}/{name}"

    def widget_page(self, assistant: Assistant, name: str, server: str = "", **data: str) -> str:
        """A page whose only link to the assistant is the widget's script tag."""
        attributes = "".join(
            f' data-{key.replace("_", "-")}="{html.escape(value)}"' for key, value in data.items()
        )
        body = (
            "<main><h1>Our clinic</h1><p>Opening hours and directions.</p>"
            '<p style="font: 40px serif; color: red">The host page\'s own styles.</p></main>'
            f'<script src="{assistant.web_url}/widget.js" '
            f'data-server="{html.escape(server or assistant.rasa_url)}"{attributes} async>'
            "</script>"
        )
        return self.page(name, body)


@pytest.fixture(scope="session")
def host_site(host_port: int, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostSite]:
    root = tmp_path_factory.mktemp("host-site")
    shutil.copy(WEBCHAT, root / "rasa-webchat.js")
    server = ThreadingHTTPServer(
        ("127.0.0.1", host_port), partial(_QuietHandler, directory=str(root))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield HostSite(root, f"http://127.0.0.1:{host_port}")
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    opened = browser.new_context(viewport=DESKTOP)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


class Chat:
    """The widget on a page, driven as a person would: typing, clicking, reading."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.dialogs: list[str] = []
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))

    @property
    def log(self) -> Locator:
        return self.page.locator(".kb-log")

    @property
    def input(self) -> Locator:
        return self.page.locator(".kb-input")

    def bot(self, text: str) -> Locator:
        return self.page.locator(".kb-bot", has_text=text)

    def wait_for(self, locator: Locator, timeout: float = REPLY_MS) -> Locator:
        locator.first.wait_for(state="visible", timeout=timeout)
        return locator

    def wait_bot(self, text: str) -> Locator:
        return self.wait_for(self.bot(text))

    def start(self, url: str, greeting: str = "Where on your knee") -> None:
        """Open the page and wait for the assistant's first question."""
        self.page.goto(url)
        self.wait_bot(greeting)

    def send(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")

    def choose(self, title: str) -> None:
        button = self.page.locator(".kb-choice", has_text=title)
        self.wait_for(button)
        button.first.click()

    def settle(self, quiet_s: float = 1.0, timeout_s: float = 60.0) -> None:
        """Wait until no reply is pending and the log has been still for ``quiet_s``."""
        deadline = time.monotonic() + timeout_s
        last, still_since = -1, time.monotonic()
        while time.monotonic() < deadline:
            count = self.page.locator(".kb-log > *").count()
            typing = self.page.locator(".kb-typing").count()
            if count != last or typing:
                last, still_since = count, time.monotonic()
            elif time.monotonic() - still_since >= quiet_s:
                return
            time.sleep(0.1)
        raise AssertionError("the widget kept changing or waiting")


@pytest.fixture
def chat_page(context: BrowserContext) -> Chat:
    return Chat(context.new_page())


class StandIn:
    """A socket.io server speaking Rasa's protocol with replies the test chooses.

    It shows what the widget does with texts the assistant would never send (markup
    that must stay text) and with a reply that never comes; everything else in these
    tests talks to the real assistant.
    """

    def __init__(self, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.port = port
        self.replies: dict[str, list[dict]] = {}
        self.heard: list[dict] = []
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None

    def run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        sio = socketio.AsyncServer(async_mode="aiohttp", cors_allowed_origins="*")
        app = web.Application()
        sio.attach(app)

        @sio.on("session_request")
        async def session_request(sid: str, data: dict | None) -> None:
            session_id = (data or {}).get("session_id") or "stand-in-session"
            await sio.emit("session_confirm", session_id, room=sid)

        @sio.on("user_uttered")
        async def user_uttered(sid: str, data: dict) -> None:
            self.heard.append(data)
            for reply in self.replies.get(data.get("message", ""), []):
                await sio.emit("bot_uttered", reply, room=sid)

        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._ready.set()
        await self._stop.wait()
        await self._runner.cleanup()

    def start(self) -> StandIn:
        threading.Thread(target=self.run, daemon=True).start()
        assert self._ready.wait(10), "the stand-in socket.io server did not start"
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)


@pytest.fixture(scope="session")
def stand_in() -> Iterator[StandIn]:
    server = StandIn(free_port()).start()
    try:
        yield server
    finally:
        server.stop()
