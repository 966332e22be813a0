"""How the Telegram and Slack channels cut, escape and lay out what the assistant says."""

from __future__ import annotations

import random

import pytest

from bot.errors import KneebotError
from bot.rasa.channels import slack, slack_blocks, telegram, telegram_messages
from bot.rasa.channels.messenger import Seen, first_sentence, split_paragraphs
from bot.runtime.serve import messengers_on
from bot.settings import get_settings

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


def test_first_sentence() -> None:
    assert first_sentence("Call 112 now. Then rest.") == ("Call 112 now.", "Then rest.")
    assert first_sentence("No full stop") == ("No full stop", "")


def test_seen_remembers_the_newest_ids() -> None:
    seen = Seen(size=3)
    assert [seen.first_time(k) for k in "abca"] == [True, True, True, False]
    seen.first_time("d")
    assert seen.first_time("c") is False and seen.first_time("a") is True


def test_a_channel_without_credentials_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_WEBHOOK_SECRET",
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
    ):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    try:
        assert messengers_on() == {"Telegram": False, "Slack": False}
        assert telegram.TelegramInput("", "", "http://x").get_output_channel() is None
        blueprint = slack.SlackInput("", "", "http://x").blueprint(lambda message: None)  # type: ignore[arg-type, return-value]
        assert not blueprint._future_routes
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
        get_settings.cache_clear()
        with pytest.raises(KneebotError, match="SLACK_SIGNING_SECRET"):
            messengers_on()
    finally:
        get_settings.cache_clear()
