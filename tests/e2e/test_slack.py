"""The Slack channel end to end: events and clicks signed as Slack signs them are posted
to the running assistant's webhook, and its replies are read off the local Web API stand-in."""

from __future__ import annotations

import itertools
import json
import time
from typing import Any
from urllib.parse import urlencode

import pytest
import requests
from slack_sdk.signature import SignatureVerifier

from tests.conftest import SLACK_SECRET, Assistant
from tests.rasa.channels.standins import SLACK_BOT_USER, Call, SlackWebAPI

_ids = itertools.count(int(time.time()) % 100_000 * 1000)
WEAK = ("front", "right", "no", "stairs and running", "yes", "2 months", "5", "38", "no")
PNG = b"\x89PNG\r\n\x1a\n"

pytestmark = pytest.mark.usefixtures("api_limits_kept")


def signed_post(
    assistant: Assistant,
    body: str,
    content_type: str = "application/json",
    secret: str = SLACK_SECRET,
    age_s: int = 0,
    headers: dict[str, str] | None = None,
) -> requests.Response:
    """POST ``body`` with the headers Slack adds, signed by slack-sdk's own scheme."""
    timestamp = str(int(time.time()) - age_s)
    signature = SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)
    return requests.post(
        f"{assistant.rasa_url}/webhooks/slack/webhook",
        data=body.encode(),
        headers={
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": str(signature),
            **(headers or {}),
        },
        timeout=30,
    )


class SlackPlace:
    """A DM with the bot, or a channel where it is mentioned, as Slack would deliver it."""

    def __init__(self, assistant: Assistant, api: SlackWebAPI, dm: bool = True) -> None:
        self.assistant, self.api, self.dm = assistant, api, dm
        self.channel = f"{'D' if dm else 'C'}{next(_ids)}"
        self.thread: str | None = None

    def event(self, text: str, **fields: Any) -> dict[str, Any]:
        ts = f"{int(time.time())}.{next(_ids):06d}"
        event = {"type": "message", "channel_type": "im"} if self.dm else {"type": "app_mention"}
        event.update({"user": "UPERSON", "text": text, "ts": ts, "channel": self.channel})
        event.update(fields)
        if not self.dm:
            self.thread = self.thread or ts
            if self.thread != ts:
                event["thread_ts"] = self.thread
        return {
            "type": "event_callback",
            "team_id": "T0001",
            "event_id": f"Ev{next(_ids)}",
            "event_time": int(time.time()),
            "event": event,
        }

    def deliver(self, body: dict[str, Any], **kwargs: Any) -> requests.Response:
        return signed_post(self.assistant, json.dumps(body), **kwargs)

    def replies(self, before: int) -> list[Call]:
        thread = None if self.dm else self.thread
        return self.api.settled(lambda c: _here(c, self.channel, thread), after=before)[before:]

    def count(self) -> int:
        return len(self.api.posted(self.channel, None if self.dm else self.thread))

    def say(self, text: str) -> list[Call]:
        return self.say_event(self.event(text))

    def say_event(self, body: dict[str, Any]) -> list[Call]:
        before = self.count()
        answer = self.deliver(body)
        assert answer.status_code == 200, answer.text
        return self.replies(before)

    def click(self, posted: list[Call], title: str) -> list[Call]:
        for call in posted:
            for block in call.params.get("blocks") or []:
                for button in block.get("elements", []) if block.get("type") == "actions" else []:
                    if title.lower() in button["text"]["text"].lower():
                        return self._click(call, block, button)
        raise AssertionError(f"no button {title!r}")

    def _click(self, call: Call, block: dict, button: dict) -> list[Call]:
        ts = f"{int(time.time())}.{next(_ids):06d}"
        message = {**call.params, "ts": ts, "type": "message", "user": SLACK_BOT_USER}
        payload = {
            "type": "block_actions",
            "user": {"id": "UPERSON"},
            "channel": {"id": self.channel},
            "container": {"type": "message", "message_ts": ts},
            "message": message,
            "actions": [{**button, "block_id": block["block_id"], "action_ts": ts}],
        }
        before = self.count()
        answer = signed_post(
            self.assistant,
            urlencode({"payload": json.dumps(payload)}),
            content_type="application/x-www-form-urlencoded",
        )
        assert answer.status_code == 200, answer.text
        return self.replies(before)


def _here(call: Call, channel: str, thread: str | None) -> bool:
    return (
        call.method == "chat.postMessage"
        and call.params.get("channel") == channel
        and call.params.get("thread_ts") == thread
    )


def words(posted: list[Call]) -> str:
    """Everything a person reads in these messages: block texts and fallback text."""
    out = []
    for call in posted:
        for block in call.params.get("blocks") or []:
            text = block.get("text") or {}
            out.append(str(text.get("text", "")))
            out.extend(
                str(e.get("text", ""))
                for e in block.get("elements", [])
                if isinstance(e, dict) and isinstance(e.get("text"), str)
            )
    return "\n".join(out)


def test_url_verification_is_answered(assistant: Assistant) -> None:
    body = {
        "type": "url_verification",
        "token": "t",
        "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    }
    answer = signed_post(assistant, json.dumps(body))
    assert answer.status_code == 200
    assert answer.json() == {"challenge": body["challenge"]}


def test_forged_or_stale_requests_are_refused_and_nothing_is_processed(
    assistant: Assistant, slack_api: SlackWebAPI
) -> None:
    place = SlackPlace(assistant, slack_api)
    body = json.dumps(place.event("my knee looks out of place and my foot is cold"))
    assert signed_post(assistant, body, secret="not-the-secret").status_code == 401
    assert signed_post(assistant, body, age_s=6 * 60).status_code == 401
    assert signed_post(assistant, body, age_s=-6 * 60).status_code == 401
    unsigned = requests.post(f"{assistant.rasa_url}/webhooks/slack/webhook", data=body, timeout=30)
    assert unsigned.status_code == 401
    bad_time = requests.post(
        f"{assistant.rasa_url}/webhooks/slack/webhook",
        data=body,
        headers={"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=00"},
        timeout=30,
    )
    assert bad_time.status_code == 401
    click = urlencode({"payload": json.dumps({"type": "block_actions", "actions": []})})
    forged_click = signed_post(
        assistant, click, content_type="application/x-www-form-urlencoded", secret="nope"
    )
    assert forged_click.status_code == 401
    _first_words_are_a_greeting(place)


def _first_words_are_a_greeting(place: SlackPlace) -> None:
    """The place's first real message is answered as a first message, and nothing came
    before it: whatever was refused or ignored never reached the conversation."""
    first = place.say("hello")
    assert "automated assistant" in words(first)
    assert not any(call.params.get("metadata") for call in first)
    assert place.api.posted(place.channel)[: len(first)] == first


def test_a_dm_assessment_to_a_plan_with_button_clicks(
    assistant: Assistant, slack_api: SlackWebAPI
) -> None:
    place = SlackPlace(assistant, slack_api)
    started = time.monotonic()
    answer = place.deliver(place.event("hi"))
    acknowledged = time.monotonic()
    assert answer.status_code == 200
    first = place.replies(0)
    assert acknowledged - started < 3.0
    assert "automated assistant" in words(first)
    for text in WEAK:
        place.say(text)
    check = place.say("what exercises should I do?")
    assert "safety check" in words(check)
    plan = place.click(check, "No, none")
    updates = slack_api.received(
        lambda c: c.method == "chat.update" and c.params["channel"] == place.channel
    )
    assert updates, "the clicked message is updated"
    blocks = updates[-1].params["blocks"]
    assert not any(b["type"] == "actions" for b in blocks)
    assert "You chose: *No, none of these*" in json.dumps(blocks)
    images = [b for c in plan for b in c.params.get("blocks") or [] if b["type"] == "image"]
    assert len(images) >= 3
    picture = requests.get(images[0]["image_url"], timeout=30)
    assert picture.status_code == 200 and picture.content.startswith(PNG)
    assert images[0]["image_url"].startswith(f"{assistant.rasa_url}/webhooks/slack/drawings/")
    assert "Summary to show a physiotherapist" in words(plan)
    steps = place.click(plan, "How to do")
    assert "How to do it:" in words(steps) and "Sources:" in words(steps)


def test_the_acknowledgement_comes_before_the_reply(
    assistant: Assistant, slack_api: SlackWebAPI
) -> None:
    place = SlackPlace(assistant, slack_api)
    answer = place.deliver(place.event("how can weak hips cause knee pain?"))
    acknowledged = time.monotonic()
    assert answer.status_code == 200
    posted = place.replies(0)
    assert posted[0].at >= acknowledged - 0.05, "the reply was posted after the webhook answered"
    assert "Sources:" in words(posted)


def test_an_emergency_is_a_header_with_its_first_sentence(
    assistant: Assistant, slack_api: SlackWebAPI
) -> None:
    place = SlackPlace(assistant, slack_api)
    posted = place.say("hi, I fell and my knee looks out of place and my foot is cold & blue <now>")
    header = posted[0].params["blocks"][0]
    assert header["type"] == "header"
    assert header["text"]["text"].startswith("Please call")
    assert posted[0].params["metadata"]["event_payload"]["level"] == "emergency"
    assert "automated assistant" not in json.dumps(posted[0].params)


def test_channels_answer_mentions_in_the_thread_only(
    assistant: Assistant, slack_api: SlackWebAPI
) -> None:
    place = SlackPlace(assistant, slack_api, dm=False)
    plain = place.event("my knee hurts")
    plain["event"].update(type="message", channel_type="channel")
    place.thread = None
    assert place.deliver(plain).status_code == 200
    mentioned = place.say(f"<@{SLACK_BOT_USER}> hi, my knee hurts at the front")
    assert mentioned and all(call.params["thread_ts"] == place.thread for call in mentioned)
    follow_up = place.say(f"<@{SLACK_BOT_USER}> the right one")
    assert follow_up, "the thread is one conversation"
    assert slack_api.posted(place.channel) == [], "nothing outside the thread"


def test_own_messages_edits_and_retries_get_no_reply(
    assistant: Assistant, slack_api: SlackWebAPI
) -> None:
    place = SlackPlace(assistant, slack_api)
    ignored = [
        place.event("my knee looks out of place", bot_id="BKNEEBOT", user=SLACK_BOT_USER),
        place.event("my knee looks out of place", bot_id="BOTHER", user="UOTHERBOT"),
        place.event("my knee looks out of place", subtype="message_changed"),
        place.event("my knee looks out of place", subtype="message_deleted"),
    ]
    for body in ignored:
        assert place.deliver(body).status_code == 200
    _first_words_are_a_greeting(place)
    again = SlackPlace(assistant, slack_api)
    body = again.event("hello")
    for retry, reason in enumerate(("", "http_timeout", "http_error")):
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": reason} if retry else {}
        assert again.deliver(body, headers=headers).status_code == 200
    once = again.replies(0)
    other = SlackPlace(assistant, slack_api)
    assert len(once) == len(other.say("hello")) >= 1


def test_a_second_click_on_the_same_message_counts_once(
    assistant: Assistant, slack_api: SlackWebAPI
) -> None:
    place = SlackPlace(assistant, slack_api)
    for text in ("hi", *WEAK):
        place.say(text)
    check = place.say("what exercises should I do?")
    message = next(c for c in check if any(b["type"] == "actions" for b in c.params["blocks"]))
    block = next(b for b in message.params["blocks"] if b["type"] == "actions")
    ts = f"{int(time.time())}.{next(_ids):06d}"
    before = place.count()
    for button in block["elements"][:2]:
        payload = {
            "type": "block_actions",
            "user": {"id": "UPERSON"},
            "channel": {"id": place.channel},
            "message": {**message.params, "ts": ts},
            "actions": [{**button, "block_id": block["block_id"], "action_ts": str(time.time())}],
        }
        body = urlencode({"payload": json.dumps(payload)})
        sent = signed_post(assistant, body, content_type="application/x-www-form-urlencoded")
        assert sent.status_code == 200
    replies = place.replies(before)
    assert any(b["type"] == "image" for c in replies for b in c.params["blocks"]), "a plan"
    assert not any(c.params.get("metadata") for c in replies), "not the other answer too"
    assert "safety check" not in words(replies)
    updates = slack_api.received(lambda c: c.method == "chat.update" and c.params["ts"] == ts)
    assert len(updates) == 1


def test_a_file_without_words_gets_a_clear_answer(
    assistant: Assistant, slack_api: SlackWebAPI
) -> None:
    place = SlackPlace(assistant, slack_api)
    posted = place.say_event(place.event("", subtype="file_share", files=[{"id": "F1"}]))
    assert "only read typed text" in words(posted)
