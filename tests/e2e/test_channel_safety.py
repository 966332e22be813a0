"""Red-flag recall over Telegram and Slack equals recall over REST, on the project's cases;
and messages written blind as Slack and Telegram deliver them escalate as well.

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
import yaml

from bot.evaluation.figures import table
from bot.evaluation.safety import Case, Triage, load_all, measure
from bot.rasa.channels.messenger import HEADINGS
from bot.safety.rules import rank
from tests.conftest import Assistant
from tests.e2e.test_slack import SlackPlace
from tests.e2e.test_telegram import TelegramChat
from tests.rasa.channels.standins import BOT_USER, SLACK_BOT_USER, SlackWebAPI, TelegramBotAPI

DATA = Path(__file__).resolve().parent.parent / "data"
CASE_DIR = DATA / "safety"
BLIND_MESSENGERS = DATA / "messengers" / "blind.yaml"
WORKERS = 4
# The messages in order, and whether they are said in a group or channel (addressing the
# bot) rather than a private chat -> the escalation levels seen after the last.
Conversation = Callable[[list[str], bool], list[str]]

MENTIONS = {"telegram": f"@{BOT_USER['username']}", "slack": f"<@{SLACK_BOT_USER}>"}

pytestmark = pytest.mark.usefixtures("api_limits_kept")


def _triage(levels: list[str]) -> Triage:
    return Triage(
        max(levels, key=rank, default=None), {f"seen-{i}": lv for i, lv in enumerate(levels)}
    )


def rest(assistant: Assistant) -> Conversation:
    def talk(messages: list[str], shared: bool = False) -> list[str]:
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

    def talk(messages: list[str], shared: bool = False) -> list[str]:
        chat = TelegramChat(assistant, api, chat_type="group" if shared else "private")
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
    def talk(messages: list[str], shared: bool = False) -> list[str]:
        place = SlackPlace(assistant, api, dm=not shared)
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
        levels = list(pool.map(lambda case: conversation([*case.earlier, case.text], False), red))
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


def test_messages_written_blind_as_messengers_deliver_them_escalate(
    assistant: Assistant, telegram_api: TelegramBotAPI, slack_api: SlackWebAPI
) -> None:
    """Slack's wire format (escapes, mentions, links, emoji codes) and Telegram's group
    mentions, written by someone who saw neither the screen nor the channels."""
    data = yaml.safe_load(BLIND_MESSENGERS.read_text())
    talks = {"telegram": telegram(assistant, telegram_api), "slack": slack(assistant, slack_api)}

    def said(item: dict) -> list[str]:
        channel = item["channel"]
        shared = bool(item.get("group")) or MENTIONS[channel] in item["text"]
        # In a group or channel, each message to the bot addresses it.
        earlier = [
            t if not shared or MENTIONS[channel] in t else f"{MENTIONS[channel]} {t}"
            for t in item.get("earlier", [])
        ]
        return talks[channel]([*earlier, item["text"]], shared)

    red = [
        Case(text=i["text"], source=f"{i['channel']}", flags=(i["flag"],), level=i["level"])
        for i in data["red_flags"]
    ]
    benign = [Case(text=i["text"], source=f"{i['channel']}") for i in data["benign"]]
    items = {id(case): item for case, item in zip(red, data["red_flags"], strict=True)}
    items |= {id(case): item for case, item in zip(benign, data["benign"], strict=True)}
    with ThreadPoolExecutor(WORKERS) as pool:
        levels = dict(zip(items, pool.map(lambda key: said(items[key]), items), strict=True))
    figures, misses = measure(red, benign, lambda case: _triage(levels[id(case)]), False)
    print(f"\n{len(red)} red-flag and {len(benign)} benign messages, Slack and Telegram")
    print(table(figures))
    for miss in misses:
        print("  ", miss)
    assert [figure.name for figure in figures if not figure.met] == [], "\n".join(misses)
