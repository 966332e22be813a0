"""An escalation holds whatever answered it, and no message can stall the assistant."""

from __future__ import annotations

import threading
import time
import uuid

import requests

from bot.plans.messages import HELD_BACK
from bot.safety.messages import action_sentence
from bot.settings import get_settings
from tests.conftest import Assistant
from tests.e2e.test_socketio import WidgetClient

# Ordinary words to make a message too long to read, and a red flag to put in one.
STORY = "I have been walking the dog every morning and my knee aches a bit on the stairs. "
EMERGENCY = "My calf is swollen and hot and I'm short of breath. "


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex[:10]}"


def custom(replies: list[dict], key: str) -> list:
    return [r["custom"][key] for r in replies if key in (r.get("custom") or {})]


def said(replies: list[dict]) -> str:
    return " ".join(r.get("text") or "" for r in replies)


def test_a_huge_message_is_answered_quickly_and_others_are_not_held_up(
    assistant: Assistant,
) -> None:
    huge = EMERGENCY + STORY * (112_000 // len(STORY))
    other = new_sender()
    assistant.say(other, "hi")
    timings: dict[str, float] = {}
    huge_replies: list[dict] = []

    def send_huge() -> None:
        start = time.perf_counter()
        huge_replies.extend(assistant.say(new_sender(), huge))
        timings["huge"] = time.perf_counter() - start

    thread = threading.Thread(target=send_huge)
    thread.start()
    start = time.perf_counter()
    replies = assistant.say(other, "the front of my knee")
    timings["other"] = time.perf_counter() - start
    thread.join(timeout=60)
    assert custom(huge_replies, "triage")[0]["level"] == "emergency"
    assert "too long" in said(huge_replies)
    assert "front of the knee" in said(replies), "the other conversation goes on as usual"
    assert timings["huge"] < 2.0, timings
    assert timings["other"] < 2.0, timings


def test_a_flag_in_a_refused_message_holds_back_plans(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    refused = STORY * 40 + "Today I fell and now I can't put any weight on my leg at all."
    replies = assistant.say(sender, refused)
    assert custom(replies, "triage")[0]["level"] == "same_day"
    assert "too long" in said(replies), "the refusal follows the escalation"
    later = assistant.say(sender, "can I have some exercises please")
    assert not custom(later, "plan")
    assert HELD_BACK in said(later)


def test_start_over_keeps_an_emergency(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    assert custom(assistant.say(sender, EMERGENCY), "triage")[0]["level"] == "emergency"
    assistant.say(sender, "start over")
    later = assistant.say(sender, "can I have some exercises please")
    assert not custom(later, "plan")
    assert HELD_BACK in said(later)


def test_an_emergency_in_the_first_message_is_said_first(assistant: Assistant) -> None:
    replies = assistant.say(new_sender(), EMERGENCY)
    assert "triage" in (replies[0].get("custom") or {}), replies
    first_sentence = replies[0]["text"].split(". ")[0].lower()
    assert "emergency" in first_sentence and "now" in first_sentence
    assert any("automated assistant" in (r.get("text") or "") for r in replies[1:])


def test_socketio_says_what_is_wrong_with_a_message_that_is_not_text(
    assistant: Assistant,
) -> None:
    client = WidgetClient(assistant.rasa_url)
    try:
        for not_text in (42, ["my", "knee"], {"text": "hi"}):
            client.sio.emit("user_uttered", {"message": not_text, "session_id": client.session_id})
            reply = client.replies.get(timeout=60)
            assert "only read typed text" in reply["text"]
        (reply, question) = client.say("hello", expected=2)
        assert "automated assistant" in reply["text"], "the conversation goes on"
    finally:
        client.close()


def test_socketio_gives_an_emergency_first_too(assistant: Assistant) -> None:
    client = WidgetClient(assistant.rasa_url)
    try:
        first = client.say(EMERGENCY)[0]
        assert "emergency" in first["text"].split(". ")[0].lower()
    finally:
        client.close()


def test_rest_caps_metadata_and_request_size(assistant: Assistant) -> None:
    url = f"{assistant.rasa_url}/webhooks/rest/webhook"
    big = {"sender": new_sender(), "message": "hi", "metadata": {"page": "x" * 10_000}}
    response = requests.post(url, json=big, timeout=60)
    assert response.status_code == 400 and "metadata" in response.json()["message"]
    huge = b'{"sender": "a", "message": "' + b"x" * 2_000_000 + b'"}'
    response = requests.post(url, data=huge, timeout=60)
    assert response.status_code == 413


# Red flags once missed because a harmless phrase elsewhere cancelled them, each with the
# level it must reach.
ISSUE_EXAMPLES = [
    ("my calf is swollen and hot, I'm short of breath, I have muscle pain", "emergency"),
    ("my calf is swollen and hot from the gym and I'm short of breath", "emergency"),
    ("I fell asleep on the sofa, then I fell off the ladder and can't feel my foot", "emergency"),
    ("I've been wetting myself since having the back pain", "emergency"),
    ("I had my knee replacement two months ago and now I have a fever", "same_day"),
    ("I can't straighten my knee, I tried for a few minutes", "same_day"),
    ("I had surgery last week and need advice, I have a fever", "same_day"),
    ("I'm in my early teens and limping", "same_day"),
]


def test_each_example_escalates_at_its_level_over_rest_and_socketio(
    assistant: Assistant,
) -> None:
    for text, level in ISSUE_EXAMPLES:
        triage = custom(assistant.say(new_sender(), text), "triage")
        assert triage and triage[0]["level"] == level, (text, triage)
    for text, level in ISSUE_EXAMPLES:
        client = WidgetClient(assistant.rasa_url)
        try:
            first = client.say(text)[0]  # what to do now comes first
        finally:
            client.close()
        now = action_sentence(level, get_settings().emergency_number)
        assert first["text"].startswith(now), (text, first["text"])
