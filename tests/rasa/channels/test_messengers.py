"""How the Telegram and Slack channels cut, escape and lay out what the assistant says."""

from __future__ import annotations

import asyncio
import logging
import random
import re

import pytest
from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from bot.errors import KneebotError
from bot.rasa.channels import slack, slack_blocks, telegram, telegram_messages
from bot.rasa.channels.messenger import Seen, first_sentence, split_paragraphs
from bot.runtime.processes import free_port
from bot.runtime.serve import messengers_on
from bot.settings import get_settings
from tests.rasa.channels.standins import _bad_block, _telegram_html

WORDS = ["knee", "hip", "glute", "stairs", "a" * 30, "&", "<b>", "pain"]


@pytest.mark.parametrize("seed", range(30))
def test_parts_fit_the_limit_and_lose_no_word(seed: int) -> None:
    rng = random.Random(seed)
    paragraphs = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 400)))
        for _ in range(rng.randint(1, 12))
    ]
    text = "\n\n".join(paragraphs)
    limit = rng.choice([50, 300, 4096])
    parts = split_paragraphs(text, limit, telegram_messages._escaped_len)
    assert all(telegram_messages._escaped_len(part) <= limit for part in parts)
    assert " ".join(" ".join(parts).split()) == " ".join(text.split())


@pytest.mark.parametrize(
    "unit",
    ["&" * 50_000, "knee hip " * 5_000, "a line\n" * 5_000, "x & y\n\n" * 5_000],
)
def test_cutting_reads_each_character_a_bounded_number_of_times(unit: str) -> None:
    # Cost linear in the text: measure how many characters the cutter asks to size.
    for copies in (1, 4):
        text = unit * copies
        measured = 0

        def size(part: str) -> int:
            nonlocal measured
            measured += len(part)
            return telegram_messages._escaped_len(part)

        parts = split_paragraphs(text, 4096, size)
        assert all(telegram_messages._escaped_len(part) <= 4096 for part in parts)
        assert measured <= 4 * len(text)


def test_paragraphs_stay_whole_when_they_fit() -> None:
    text = "\n\n".join(f"Paragraph {n}. " + "word " * 150 for n in range(12))
    parts = split_paragraphs(text, 4096)
    assert len(parts) > 1
    for part in parts:
        assert part.startswith("Paragraph") and part.rstrip().endswith("word")


def test_a_long_reply_becomes_several_telegram_messages_with_the_buttons_on_the_last() -> None:
    text = "\n\n".join("A sentence about the hip & the knee <here>. " * 20 for _ in range(10))
    buttons = [{"title": "Yes", "payload": "/affirm"}]
    parts = telegram_messages.render({"text": text, "buttons": buttons}, "112")
    assert len(parts) >= 2
    assert all(len(part.text) <= telegram_messages.MESSAGE_LIMIT for part in parts)
    assert "&amp;" in parts[0].text and "&lt;here&gt;" in parts[0].text
    assert [part.buttons for part in parts] == [[]] * (len(parts) - 1) + [buttons]


def test_an_escalation_is_one_telegram_message_with_the_number_to_dial() -> None:
    message = {
        "text": "Please call 112 now or go to the nearest emergency department. Why.",
        "custom": {"triage": {"level": "emergency", "reason": "dvt_pe"}},
    }
    (part,) = telegram_messages.render(message, "999")
    assert part.text.startswith("<b>Emergency: call 999 now</b>\n\n")


def test_long_button_payloads_fit_telegram_callback_data() -> None:
    long = {
        "title": "How to do: Glute bridge",
        "payload": '/ask_knowledge{"exercise": "' + "x" * 80 + '"}',
    }
    assert telegram_messages.callback_data(long) == "How to do: Glute bridge"
    short = {"title": "No", "payload": "/deny"}
    assert telegram_messages.callback_data(short) == "/deny"


def test_slack_text_is_escaped_and_an_escalation_is_a_header() -> None:
    message = {
        "text": "Please see a doctor today. A <knee> & a calf.",
        "custom": {"triage": {"level": "same_day", "reason": "dvt_pe"}},
    }
    (post,) = slack_blocks.render(message, "112", "")
    assert post.blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Please see a doctor today."},
    }
    assert post.blocks[1]["text"]["text"] == "A &lt;knee&gt; &amp; a calf."
    assert post.metadata == {
        "event_type": "kneebot_triage",
        "event_payload": {"level": "same_day", "reason": "dvt_pe"},
    }


def test_slack_reads_what_people_typed() -> None:
    said = slack.read_event(
        {
            "type": "app_mention",
            "user": "U1",
            "channel": "C1",
            "ts": "1.2",
            "text": "<@UBOT> a &amp; b &lt;3",
        },
        "UBOT",
    )
    assert said is not None and said.text == "a & b <3"
    assert said.place.conversation == "slack:C1:1.2"
    assert slack.Place.of(said.place.conversation) == said.place
    assert (
        slack.read_event(
            {
                "type": "message",
                "channel_type": "channel",
                "user": "U1",
                "channel": "C1",
                "ts": "1",
                "text": "x",
            },
            "UBOT",
        )
        is None
    )


@pytest.mark.parametrize(
    ("delivered", "read"),
    [
        ("<@UBOT> my calf is swollen &amp; hot", "my calf is swollen & hot"),
        ("see <https://example.org/knee|this page> &lt;3", "see this page <3"),
        ("<!here> my knee <#C42|clinic> hurts", "@here my knee clinic hurts"),
        ("my physio <@U7|sam> said <https://example.org>", "my physio  said https://example.org"),
    ],
)
def test_slack_formatting_is_read_as_the_words_people_see(delivered: str, read: str) -> None:
    assert slack.typed(delivered) == read


def test_first_sentence() -> None:
    assert first_sentence("Call 112 now. Then rest.") == ("Call 112 now.", "Then rest.")
    assert first_sentence("No full stop") == ("No full stop", "")


def test_seen_remembers_the_newest_ids() -> None:
    seen = Seen(size=3)
    assert [seen.first_time(k) for k in "abca"] == [True, True, True, False]
    seen.first_time("d")
    assert seen.first_time("c") is False and seen.first_time("a") is True


def test_a_channel_without_credentials_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    names = (
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_WEBHOOK_SECRET",
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
    )
    for name in names:
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    try:
        assert messengers_on() == {"Telegram": False, "Slack": False}
        app = Sanic("channels_off")
        for channel in (telegram.TelegramInput("", "", "http://x"), slack.SlackInput("", "", "x")):
            assert channel.get_output_channel() is None
            app.blueprint(channel.blueprint(_never), url_prefix=f"/webhooks/{channel.name()}")
        assert list(app.router.routes) == []
        control = Sanic("channel_on")
        on = telegram.TelegramInput("123:abc", "secret", "http://x")
        control.blueprint(on.blueprint(_never), url_prefix="/webhooks/telegram")
        assert any("webhook" in route.path for route in control.router.routes)
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
        get_settings.cache_clear()
        with pytest.raises(KneebotError, match="SLACK_SIGNING_SECRET"):
            messengers_on()
    finally:
        get_settings.cache_clear()


async def _never(message: UserMessage) -> None:
    raise AssertionError("an off channel handed on a message")


def test_the_server_runs_on_when_the_webhook_cannot_be_registered(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(telegram, "REGISTER_ATTEMPTS", 2)
    monkeypatch.setenv("KNEEBOT_PUBLIC_URL", "https://kneebot.example")
    get_settings.cache_clear()
    closed = free_port()  # nothing listens there: every call is a network error
    channel = telegram.TelegramInput("123:abc", "secret", f"http://127.0.0.1:{closed}")
    assert channel.client is not None
    client = channel.client

    async def register() -> None:
        try:
            await channel._register(client)
        finally:
            await client.close()

    try:
        with caplog.at_level(logging.WARNING):
            asyncio.run(register())
    finally:
        get_settings.cache_clear()
    assert "retrying in 1 s" in caplog.text
    assert "the webhook is not registered" in caplog.text


def test_the_summary_is_cut_before_it_is_marked_up() -> None:
    summary = {
        "date": "2026-12-08",
        "told": [{"label": "What makes it worse", "value": "stairs & <kneeling> " * 400}],
        "safety_check": {"question": "?", "answer": "no " + "&" * 1996},
        "caveat": "General education.",
    }
    telegram_parts = telegram_messages.render({"custom": {"summary": summary}}, "112")
    assert len(telegram_parts) > 1
    for part in telegram_parts:
        assert len(part.text) <= telegram_messages.MESSAGE_LIMIT
        assert part.text.count("<b>") == part.text.count("</b>")
        assert not re.search(r"&(?!amp;|lt;|gt;)", part.text), "an escape was cut"
    (post,) = slack_blocks.render({"custom": {"summary": summary}}, "112", "")
    for block in post.blocks[1:]:
        text = block["text"]["text"]
        assert len(text) <= slack_blocks.SECTION_LIMIT
        assert not re.search(r"&(?!amp;|lt;|gt;)", text)


@pytest.mark.parametrize("seed", range(20))
def test_whatever_is_said_renders_as_the_apis_accept_it(seed: int) -> None:
    # The stand-ins' checks are Telegram's and Slack's rules; every rendering must pass them.
    rng = random.Random(seed)
    alphabet = ["knee", "&", "<b>", "</i>", "&amp;", ">", "*bold*", "\n", "\n\n", "x" * 200, "é"]
    text = " ".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3000)))
    custom: dict = {"sources": [{"doc": "hip & <knee>", "section": "why"}]}
    if seed % 3 == 0:
        custom = {"triage": {"level": "emergency", "reason": "dvt_pe"}}
    buttons = [{"title": rng.choice(alphabet) * 20, "payload": rng.choice(alphabet) * 30}]
    message = {"text": text, "buttons": buttons, "custom": custom}
    for part in telegram_messages.render(message, "112"):
        assert _telegram_html(part.text, 4096, "text") is None
        markup = telegram_messages.keyboard(part.buttons)
        for row in markup.inline_keyboard if markup else []:
            assert all(1 <= len(b.callback_data.encode()) <= 64 for b in row)
    for post in slack_blocks.render(message, "112", "https://kneebot.example"):
        assert 1 <= len(post.blocks) <= 50
        assert not [block for block in post.blocks if _bad_block(block)]
