"""The Telegram channel end to end: updates built with aiogram's own types are posted to
the running assistant's webhook, and its replies are read off the local Bot API stand-in."""

from __future__ import annotations

import itertools
import json
import re
import time
from typing import Any

import pytest
import requests
from aiogram import types

from bot.rasa.channels.messenger import HEADINGS
from tests.conftest import TELEGRAM_SECRET, Assistant
from tests.rasa.channels.standins import BOT_USER, Call, TelegramBotAPI, json_field

_ids = itertools.count(int(time.time()) % 100_000 * 1000)
PNG = b"\x89PNG\r\n\x1a\n"
WEAK = ("front", "right", "no", "stairs and running", "yes", "2 months", "5", "38", "no")

pytestmark = pytest.mark.usefixtures("api_limits_kept")


class TelegramChat:
    """One person's chat with the bot, as Telegram would deliver it."""

    def __init__(self, assistant: Assistant, api: TelegramBotAPI, chat_type: str = "private"):
        self.assistant, self.api = assistant, api
        self.chat = types.Chat(id=next(_ids), type=chat_type)
        self.person = types.User(id=next(_ids), is_bot=False, first_name="Sam")

    def post(self, update: types.Update, secret: str | None = TELEGRAM_SECRET) -> requests.Response:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        return requests.post(
            f"{self.assistant.rasa_url}/webhooks/telegram/webhook",
            json=update.to_python(),
            headers=headers,
            timeout=60,
        )

    def message(self, text: str | None = None, **fields: Any) -> types.Update:
        message = types.Message(
            message_id=next(_ids),
            date=int(time.time()),
            chat=self.chat,
            from_user=self.person,
            **({"text": text} if text is not None else {}),
            **fields,
        )
        return types.Update(update_id=next(_ids), message=message)

    def replies_to(self, update: types.Update, times: int = 1) -> list[Call]:
        """Deliver ``update`` (``times`` times, as a redelivery would); what was sent back."""
        before = len(self.api.sent(self.chat.id))
        for _ in range(times):
            answer = self.post(update)
            assert answer.status_code == 200, answer.text
        return self.api.sent(self.chat.id)[before:]

    def say(self, text: str) -> list[Call]:
        return self.replies_to(self.message(text))

    def press(self, sent: list[Call], title: str) -> list[Call]:
        """Press the inline button whose title contains ``title`` under one of ``sent``."""
        for call in sent:
            for row in (json_field(call, "reply_markup") or {}).get("inline_keyboard", []):
                for button in row:
                    if title.lower() in button["text"].lower():
                        press = types.CallbackQuery(
                            id=str(next(_ids)),
                            from_user=self.person,
                            chat_instance="test",
                            data=button["callback_data"],
                            message=types.Message(
                                message_id=next(_ids), date=int(time.time()), chat=self.chat
                            ),
                        )
                        return self.replies_to(
                            types.Update(update_id=next(_ids), callback_query=press)
                        )
        raise AssertionError(f"no button {title!r} in {[c.params for c in sent]}")


def texts(sent: list[Call]) -> str:
    return "\n".join(
        str(call.params.get("text") or call.params.get("caption") or "") for call in sent
    )


def test_the_webhook_was_registered_with_its_secret_after_a_rate_limit(
    assistant: Assistant, telegram_api: TelegramBotAPI
) -> None:
    calls = telegram_api.wait_for(lambda call: call.method == "setWebhook", count=2)
    # The first answer was a 429 with retry_after: the channel waited and asked again.
    for call in calls[:2]:
        assert call.params["url"] == f"{assistant.rasa_url}/webhooks/telegram/webhook"
        assert call.params["secret_token"] == TELEGRAM_SECRET
        assert json.loads(call.params["allowed_updates"]) == ["message", "callback_query"]
    assert calls[1].at - calls[0].at >= 0.9
    log = assistant.log.read_text()
    assert "Telegram webhook registered" in log
    assert "Telegram channel:     on" in log and "Slack channel:        on" in log


def test_a_request_without_the_secret_is_refused_and_nothing_is_sent(
    assistant: Assistant, telegram_api: TelegramBotAPI
) -> None:
    chat = TelegramChat(assistant, telegram_api)
    for secret in (None, "", "wrong-secret", TELEGRAM_SECRET + "x", TELEGRAM_SECRET.upper()):
        answer = chat.post(chat.message("my knee looks out of place and my foot is cold"), secret)
        assert answer.status_code == 403
    # The first real message of the chat is answered as a first message: nothing before it
    # reached the conversation (no escalation is held, no greeting was used up).
    first = chat.say("hello")
    assert "automated assistant" in texts(first)
    assert not any(h.format(dial="112") in texts(first) for h in HEADINGS.values())
    assert telegram_api.sent(chat.chat.id)[: len(first)] == first


def test_rest_cannot_speak_for_a_telegram_or_slack_conversation(
    assistant: Assistant, telegram_api: TelegramBotAPI
) -> None:
    chat = TelegramChat(assistant, telegram_api)
    chat.say("hello")
    for sender in (f"telegram:{chat.chat.id}", "slack:D123", "Telegram:1"):
        answer = requests.post(
            f"{assistant.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": "/restart"},
            timeout=30,
        )
        assert answer.status_code == 400, sender
        assert "Telegram and Slack" in answer.json()["message"]
    assert "outer side" in texts(chat.say("the outside")), "the chat's form went on unharmed"


def test_start_then_an_assessment_to_a_plan_with_button_presses(
    assistant: Assistant, telegram_api: TelegramBotAPI
) -> None:
    chat = TelegramChat(assistant, telegram_api)
    first = chat.say("/start")
    assert "automated assistant" in texts(first)
    assert "where on your knee" in texts(first).lower()
    for answer in WEAK:
        chat.say(answer)
    check = chat.say("what exercises should I do?")
    assert "safety check" in texts(check)
    plan = chat.press(check, "No, none")
    presses = telegram_api.received(lambda call: call.method == "answerCallbackQuery")
    assert presses, "a press is answered"
    edits = telegram_api.received(
        lambda call: (
            call.method == "editMessageReplyMarkup" and int(call.params["chat_id"]) == chat.chat.id
        )
    )
    assert edits and "reply_markup" not in edits[-1].params, "the keyboard is removed"
    photos = [call for call in plan if call.method == "sendPhoto"]
    assert len(photos) >= 3
    for photo in photos:
        assert photo.files["photo"].startswith(PNG)
        assert re.match(r"<b>[^<]+</b>\n.*(rep|second|set)", photo.params["caption"], re.S)
    summary = [c for c in plan if "Summary to show a physiotherapist" in str(c.params.get("text"))]
    assert len(summary) == 1
    assert "Where the knee hurts" in summary[0].params["text"]
    assert "Pain rule" in summary[0].params["text"]
    steps = chat.press(plan, "How to do")
    assert "How to do it:" in texts(steps)
    assert "Sources:" in texts(steps)
    assert all(call.params.get("parse_mode") == "HTML" for call in plan)


def test_an_emergency_comes_first_and_alone_with_the_number_to_dial(
    assistant: Assistant, telegram_api: TelegramBotAPI
) -> None:
    chat = TelegramChat(assistant, telegram_api)
    sent = chat.say("hi, I fell and my knee looks out of place and my foot is cold")
    first = sent[0].params["text"]
    assert first.startswith(f"<b>{HEADINGS['emergency'].format(dial='112')}</b>")
    assert "emergency department" in first
    assert "automated assistant" not in first, "the alert is alone, before the greeting"


def test_restart_and_help(assistant: Assistant, telegram_api: TelegramBotAPI) -> None:
    chat = TelegramChat(assistant, telegram_api)
    chat.say("/start")
    chat.say("front")
    assert "start again" in texts(chat.say("/restart")).lower()
    assert "/restart" in texts(chat.say("/help"))


def test_an_update_delivered_three_times_gets_one_reply(
    assistant: Assistant, telegram_api: TelegramBotAPI
) -> None:
    chat = TelegramChat(assistant, telegram_api)
    once = chat.replies_to(chat.message("hello"))
    again = TelegramChat(assistant, telegram_api)
    thrice = again.replies_to(again.message("hello"), times=3)
    assert len(thrice) == len(once) >= 1


def test_groups_are_answered_only_when_the_bot_is_addressed(
    assistant: Assistant, telegram_api: TelegramBotAPI
) -> None:
    chat = TelegramChat(assistant, telegram_api, chat_type="group")
    name = BOT_USER["username"]
    for unaddressed in (
        "my knee hurts at the front when I climb stairs",
        f"@{name}2 my knee hurts",  # another bot whose name starts the same
        "/help@some_other_bot",
    ):
        assert chat.say(unaddressed) == [], unaddressed
    answered = chat.say(f"@{name} my knee hurts at the front on stairs")
    assert answered and f"@{name}" not in texts(answered)
    assert "/restart" in texts(chat.say(f"/help@{name}"))
    bot = types.User(**{k: v for k, v in BOT_USER.items() if k != "username"})
    replied = types.Message(
        message_id=1,
        date=0,
        chat=chat.chat,
        from_user=bot,
        text="?",
    )
    reply = chat.message("the right one", reply_to_message=replied)
    assert chat.replies_to(reply), "a reply to the bot addresses it"


def test_a_second_press_on_the_same_message_counts_once(
    assistant: Assistant, telegram_api: TelegramBotAPI
) -> None:
    chat = TelegramChat(assistant, telegram_api)
    for answer in ("hi", *WEAK):
        chat.say(answer)
    check = chat.say("what exercises should I do?")
    keyboard_message = types.Message(message_id=next(_ids), date=int(time.time()), chat=chat.chat)

    def press(data: str) -> types.Update:
        query = types.CallbackQuery(
            id=str(next(_ids)),
            from_user=chat.person,
            chat_instance="t",
            data=data,
            message=keyboard_message,
        )
        return types.Update(update_id=next(_ids), callback_query=query)

    buttons = [b for row in json_field(check[-1], "reply_markup")["inline_keyboard"] for b in row]
    first = chat.replies_to(press(buttons[0]["callback_data"]))
    second = chat.replies_to(press(buttons[1]["callback_data"]))
    assert any(call.method == "sendPhoto" for call in first), "the first press gave the plan"
    assert second == [], "the other button, tapped before the keyboard went, does nothing"
    answered = telegram_api.received(lambda call: call.method == "answerCallbackQuery")
    notes = [call.params.get("text") for call in answered[-2:]]
    assert notes == [None, "Already chosen"], "both presses were answered, so neither spins"


def test_the_log_holds_no_chat_ids_nor_what_people_wrote(
    assistant: Assistant, telegram_api: TelegramBotAPI
) -> None:
    chat = TelegramChat(assistant, telegram_api)
    words = "my knee twinges at the kneecap when I kneel in the garden"
    chat.say(words)
    chat.say("x" * 3000)  # answered by the input guard, which logs that it did
    log = assistant.log.read_text()
    assert str(chat.chat.id) not in log
    assert words not in log


def test_what_is_not_text_gets_a_clear_answer(
    assistant: Assistant, telegram_api: TelegramBotAPI
) -> None:
    chat = TelegramChat(assistant, telegram_api)
    sticker = chat.message(
        sticker=types.Sticker(file_id="s", file_unique_id="u", width=1, height=1, is_animated=False)
    )
    assert "only read typed text" in texts(chat.replies_to(sticker))
    assert "too long" in texts(chat.say("x" * 5000))


def test_telegram_errors_are_retried_or_logged_and_never_a_500(
    assistant: Assistant, telegram_api: TelegramBotAPI
) -> None:
    chat = TelegramChat(assistant, telegram_api)
    telegram_api.fail_next(
        "sendMessage",
        429,
        {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 1",
            "parameters": {"retry_after": 1},
        },
    )
    sent = chat.say("hello")
    assert "automated assistant" in texts(sent), "the message was sent again after the wait"
    gone = TelegramChat(assistant, telegram_api)
    telegram_api.unknown_chats.add(gone.chat.id)
    answer = gone.post(gone.message("hello"))
    assert answer.status_code == 200
    assert "chat not found" in assistant.log.read_text().lower()
    assert chat.say("front"), "other chats carry on"


def test_garbage_with_the_secret_is_ignored_not_a_500(assistant: Assistant) -> None:
    for body in (b"not json", b"[1, 2]", b'{"update_id": "x"}'):
        answer = requests.post(
            f"{assistant.rasa_url}/webhooks/telegram/webhook",
            data=body,
            headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET},
            timeout=30,
        )
        assert answer.status_code == 200
