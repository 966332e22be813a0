"""A lost connection: the widget shows it, reconnects by itself and carries on; and the
unmodified rasa-webchat client from npm holds a conversation across a reconnect."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from bot.runtime.processes import child_env, free_port, http_ok
from tests.conftest import PROJECT, START_TIMEOUT_S, Assistant
from tests.web.conftest import REPLY_MS, Chat, HostSite


class LoneRasa:
    """A Rasa server of its own, with the shared action server, that a test may stop."""

    def __init__(self, model: Path, actions_url: str, tracker: Path, origins: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.command = [
            sys.executable, "-m", "rasa", "run", "--model", str(model),
            "--interface", "127.0.0.1", "--port", str(self.port),
            "--credentials", "credentials.yml", "--endpoints", "endpoints.yml",
        ]  # fmt: skip
        self.env = child_env(
            {
                "KNEEBOT_ACTIONS_URL": f"{actions_url}/webhook",
                "KNEEBOT_TRACKER_DB": str(tracker),
                "KNEEBOT_ALLOWED_ORIGINS": origins,
            }
        )
        self.log = tracker.with_suffix(".log")
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log.open("a") as out:
            self.process = subprocess.Popen(
                self.command, cwd=PROJECT, env=self.env, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        while not http_ok(f"{self.url}/webhooks/rest/"):
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the Rasa server did not start:\n{self.log.read_text()[-3000:]}")
            time.sleep(1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def lone_rasa(
    trained_model: Path, assistant: Assistant, host_site: HostSite, tmp_path: Path
) -> Iterator[LoneRasa]:
    server = LoneRasa(trained_model, assistant.actions_url, tmp_path / "tracker.db",
                      host_site.origin)  # fmt: skip
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_the_widget_shows_a_lost_connection_and_carries_on_after_a_restart(
    lone_rasa: LoneRasa, assistant: Assistant, host_site: HostSite, chat_page: Chat
) -> None:
    chat = chat_page
    url = host_site.widget_page(
        assistant, "restart-server.html", server=lone_rasa.url, start="open"
    )
    chat.start(url)
    chat.choose("Inner side")
    chat.wait_bot("Which knee")
    banner = chat.page.locator(".kb-banner")
    expect(banner).to_be_hidden()
    lone_rasa.stop()
    expect(banner).to_be_visible(timeout=REPLY_MS)
    expect(banner).to_have_attribute("role", "status")
    lone_rasa.start()
    expect(banner).to_be_hidden(timeout=REPLY_MS)
    chat.choose("Left")  # the same conversation goes on where it was
    chat.wait_bot("hip, groin or buttock")


def webchat_page(host_site: HostSite, server: str) -> str:
    return host_site.page(
        "rasa-webchat.html",
        '<div id="webchat"></div><script src="rasa-webchat.js"></script><script>'
        "WebChat.default({selector: '#webchat', initPayload: '/greet', "
        f"socketUrl: '{server}', socketPath: '/socket.io/', title: 'Clinic', "
        "embedded: true, params: {storage: 'session'}, customData: {language: 'en'}}, null);"
        "</script>",
    )


def webchat_say(page: Page, text: str) -> None:
    box = page.locator(".rw-new-message")
    box.fill(text)
    box.press("Enter")


def test_the_unmodified_rasa_webchat_client_holds_a_conversation_across_a_reconnect(
    assistant: Assistant, host_site: HostSite, chat_page: Chat
) -> None:
    page = chat_page.page
    page.goto(webchat_page(host_site, assistant.rasa_url))
    replies = page.locator(".rw-response")
    expect(replies.filter(has_text="Where on your knee")).to_be_visible(timeout=REPLY_MS)
    webchat_say(page, "the front")
    expect(replies.filter(has_text="Which knee")).to_be_visible(timeout=REPLY_MS)
    # A reload drops the socket; rasa-webchat asks for the same session again.
    page.reload()
    expect(replies.filter(has_text="Which knee")).to_be_visible(timeout=REPLY_MS)
    webchat_say(page, "the right one")
    expect(replies.filter(has_text="hip, groin or buttock")).to_be_visible(timeout=REPLY_MS)
