"""The socket.io channel (the website widget's protocol), including a reconnect."""

from __future__ import annotations

import queue

import pytest
import socketio

from tests.conftest import Assistant

REPLY_WAIT_S = 60


class WidgetClient:
    """Speaks Rasa's socket.io protocol the way the web widget does."""

    def __init__(self, url: str, session_id: str | None = None) -> None:
        self.replies: queue.Queue[dict] = queue.Queue()
        self.sio = socketio.Client()
        self.sio.on("bot_uttered", self.replies.put)
        confirmed: queue.Queue[str] = queue.Queue()
        self.sio.on("session_confirm", confirmed.put)
        self.sio.connect(url, transports=["polling"])
        self.sio.emit("session_request", {"session_id": session_id})
        self.session_id = confirmed.get(timeout=REPLY_WAIT_S)
        if session_id is not None:
            assert self.session_id == session_id, "the session asked for is resumed"

    def say(self, message: str, expected: int = 1) -> list[dict]:
        self.sio.emit("user_uttered", {"message": message, "session_id": self.session_id})
        return [self.replies.get(timeout=REPLY_WAIT_S) for _ in range(expected)]

    def close(self) -> None:
        self.sio.disconnect()


def test_conversation_survives_a_reconnect(assistant: Assistant) -> None:
    first = WidgetClient(assistant.rasa_url)
    session_id = first.session_id
    try:
        replies = first.say("hello", expected=2)
        assert "automated assistant" in replies[0]["text"]
        assert "where on your knee" in replies[1]["text"].lower()
    finally:
        first.close()

    second = WidgetClient(assistant.rasa_url, session_id)
    try:
        (reply,) = second.say("the outside")
        assert "outer side of the knee" in reply["text"]
    finally:
        second.close()


def test_over_long_message_is_refused_on_socketio_too(assistant: Assistant) -> None:
    client = WidgetClient(assistant.rasa_url)
    try:
        (reply,) = client.say("x" * 5000)
        assert "too long" in reply["text"]
    finally:
        client.close()


def test_a_payload_follows_the_texts_it_belongs_to(assistant: Assistant) -> None:
    client = WidgetClient(assistant.rasa_url)
    try:
        client.say("hello", expected=2)
        first, second = client.say("my calf is swollen and hot and I'm short of breath", 2)
        assert "call" in first["text"].lower()
        assert second == {
            "custom": {"triage": {"level": "emergency", "reason": "dvt_pe"}},
            "texts": 1,
        }
    finally:
        client.close()


def test_a_session_id_that_is_not_a_short_string_gets_a_new_one(assistant: Assistant) -> None:
    for asked in ({"nested": "object"}, "x" * 5000, ""):
        sio = socketio.Client()
        confirmed: queue.Queue[str] = queue.Queue()
        sio.on("session_confirm", confirmed.put)
        sio.connect(assistant.rasa_url, transports=["polling"])
        try:
            sio.emit("session_request", {"session_id": asked})
            given = confirmed.get(timeout=REPLY_WAIT_S)
            assert isinstance(given, str) and 0 < len(given) <= 128 and given != asked
        finally:
            sio.disconnect()


def test_a_page_from_an_origin_not_allowed_cannot_connect(assistant: Assistant) -> None:
    sio = socketio.Client()
    with pytest.raises(socketio.exceptions.ConnectionError):
        sio.connect(
            assistant.rasa_url, transports=["polling"], headers={"Origin": "https://elsewhere.test"}
        )
    allowed = socketio.Client()
    allowed.connect(
        assistant.rasa_url, transports=["polling"], headers={"Origin": assistant.web_url}
    )
    allowed.disconnect()


def test_only_sessions_the_server_issued_are_resumed_and_a_socket_speaks_for_its_own(
    assistant: Assistant,
) -> None:
    victim = WidgetClient(assistant.rasa_url)
    try:
        victim.say("hello", expected=2)
        victim.say("the outside")
        # A made-up id, or another's id unsigned, starts a new conversation instead.
        raw = victim.session_id.partition(".")[0]
        for forged in ("test-sender", raw, raw + ".0000"):
            other = WidgetClient(assistant.rasa_url, None)
            try:
                other.sio.emit("session_request", {"session_id": forged})
                # A message naming the victim's session in its body still goes to its own.
                other.sio.emit("user_uttered", {"message": "right", "session_id": raw})
                reply = other.replies.get(timeout=REPLY_WAIT_S)
                assert "outer side" not in reply.get("text", "")
            finally:
                other.close()
        assert victim.replies.empty(), "nothing reached the victim's conversation"
        (reply,) = victim.say("left")
        assert "hip, groin or buttock" in reply["text"], "the victim's form went on unharmed"
    finally:
        victim.close()


def test_a_message_before_any_session_is_refused_with_a_reason(assistant: Assistant) -> None:
    sio = socketio.Client()
    replies: queue.Queue[dict] = queue.Queue()
    sio.on("bot_uttered", replies.put)
    sio.connect(assistant.rasa_url, transports=["polling"])
    try:
        sio.emit("user_uttered", {"message": "hi", "session_id": "x" * 1000})
        assert "reload the page" in replies.get(timeout=REPLY_WAIT_S)["text"]
    finally:
        sio.disconnect()
