"""Red-flag recall over Telegram and Slack equals recall over REST, on the project's cases.

Each red-flag case that can be said as messages becomes a new chat on each channel.
The level is read from what the person would see: the alert's heading on Telegram,
the escalation's metadata on Slack, the ``triage`` payload over REST.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.evaluation.figures import table
from bot.evaluation.safety import Case, Triage, load_all, measure
from bot.rasa.channels.messenger import HEADINGS
from bot.safety.rules import rank
from tests.conftest import Assistant
from tests.e2e.test_slack import SlackPlace
from tests.e2e.test_telegram import TelegramChat
from tests.rasa.channels.standins import SlackWebAPI, TelegramBotAPI

CASE_DIR = Path(__file__).resolve().parent.parent / "data" / "safety"
WORKERS = 4
Conversation = Callable[[list[str]], list[str]]  # the messages in order -> levels seen last

pytestmark = pytest.mark.usefixtures("api_limits_kept")


def _triage(levels: list[str]) -> Triage:
    return Triage(
        max(levels, key=rank, default=None), {f"seen-{i}": lv for i, lv in enumerate(levels)}
    )


def rest(assistant: Assistant) -> Conversation:
    def talk(messages: list[str]) -> list[str]:
        sender = f"safety-rest-{uuid.uuid4().hex[:12]}"
        replies: list[dict] = []
        for message in messages:
            replies = assistant.say(sender, message)
        return [
            r["custom"]["triage"]["level"] for r in replies if "triage" in (r.get("custom") or {})
        ]

    return talk


def telegram(assistant: Assistant, api: TelegramBotAPI) -> Conversation:
    headings = {f"<b>{text.format(dial='112')}</b>": level for level, text in HEADINGS.items()}

    def talk(messages: list[str]) -> list[str]:
        chat = TelegramChat(assistant, api)
        sent = []
        for message in messages:
            sent = chat.say(message)
        found = []
        for call in sent:
            text = str(call.params.get("text", ""))
            found += [level for heading, level in headings.items() if text.startswith(heading)]
        return found

    return talk


def slack(assistant: Assistant, api: SlackWebAPI) -> Conversation:
    def talk(messages: list[str]) -> list[str]:
        place = SlackPlace(assistant, api)
        posted = []
        for message in messages:
            posted = place.say(message)
        return [
            call.params["metadata"]["event_payload"]["level"]
            for call in posted
            if call.params.get("metadata")
        ]

    return talk


def recall(conversation: Conversation, red: list[Case]) -> tuple[list, list[str]]:
    with ThreadPoolExecutor(WORKERS) as pool:
        levels = list(pool.map(lambda case: conversation([*case.earlier, case.text]), red))
    seen = {id(case): _triage(found) for case, found in zip(red, levels, strict=True)}
    return measure(red, [], lambda case: seen[id(case)], flag_named=False)


def test_red_flag_recall_is_the_same_on_every_channel(
    assistant: Assistant, telegram_api: TelegramBotAPI, slack_api: SlackWebAPI
) -> None:
    red, _ = load_all(CASE_DIR)
    red = [case for case in red if case.sayable]
    results = {
        "REST": recall(rest(assistant), red),
        "Telegram": recall(telegram(assistant, telegram_api), red),
        "Slack": recall(slack(assistant, slack_api), red),
    }
    details = {}
    for channel, (figures, misses) in results.items():
        print(f"\n{channel} ({len(red)} red-flag cases)")
        print(table(figures[:-1]))  # the last figure is over-triage, not measured here
        for miss in misses:
            print("  ", miss)
        details[channel] = [figure.detail for figure in figures[:-1]]
    assert details["Telegram"] == details["REST"], json.dumps(details, indent=1)
    assert details["Slack"] == details["REST"], json.dumps(details, indent=1)
