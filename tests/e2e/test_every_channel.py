"""One dialogue on every channel: REST, socket.io, Telegram and Slack.

Each channel is read the way its clients read it (REST's JSON, the widget's socket.io
events, Telegram's messages and keyboards on the Bot API stand-in, Slack's blocks on the
Web API stand-in), and the same conversations must come out the same: an assessment to
a plan by button presses, an emergency first, a question with its sources, starting over.
"""

from __future__ import annotations

import queue
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from bot.rasa.channels.messenger import HEADINGS
from tests.conftest import Assistant
from tests.e2e.test_slack import SlackPlace, words
from tests.e2e.test_socketio import REPLY_WAIT_S, WidgetClient
from tests.e2e.test_telegram import TelegramChat, texts
from tests.rasa.channels.standins import Call, SlackWebAPI, TelegramBotAPI, json_field

QUIET_S = 0.6
WEAK = ("front", "right", "no", "stairs and running", "yes", "2 months", "5", "38", "no")
CHANNELS = ("rest", "socketio", "telegram", "slack")

pytestmark = pytest.mark.usefixtures("api_limits_kept")


@dataclass
class Turn:
    """What a person sees after one message, whatever the channel."""

    text: str = ""
    buttons: list[str] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)  # escalation levels, in order
    first_is_alert: bool = False
    exercises: int = 0  # exercise cards, photos or image blocks
    cited: bool = False
    summary: bool = False


class Talk:
    """A conversation on one channel; ``press`` presses a button of the last turn."""

    def __init__(self) -> None:
        self.last: object = None

    def say(self, text: str) -> Turn:
        raise NotImplementedError

    def press(self, title: str) -> Turn:
        raise NotImplementedError

    def close(self) -> None:
        return None


class RestTalk(Talk):
    def __init__(self, assistant: Assistant) -> None:
        super().__init__()
        self.assistant, self.sender = assistant, f"every-{uuid.uuid4().hex[:10]}"

    def say(self, text: str) -> Turn:
        replies = self.assistant.say(self.sender, text)
        self.last = [b for r in replies for b in r.get("buttons") or []]
        return _from_payloads(
            " ".join(r.get("text") or "" for r in replies),
            [b["title"] for b in self.last],
            [r.get("custom") or {} for r in replies],
        )

    def press(self, title: str) -> Turn:
        return self.say(_payload(self.last, title))


class SocketTalk(Talk):
    def __init__(self, assistant: Assistant) -> None:
        super().__init__()
        self.client = WidgetClient(assistant.rasa_url)

    def say(self, text: str) -> Turn:
        self.client.sio.emit("user_uttered", {"message": text})
        events = [self.client.replies.get(timeout=REPLY_WAIT_S)]
        while True:
            try:
                events.append(self.client.replies.get(timeout=QUIET_S))
            except queue.Empty:
                break
        self.last = [b for e in events for b in e.get("quick_replies") or []]
        turn = _from_payloads(
            " ".join(e.get("text") or "" for e in events),
            [b["title"] for b in self.last],
            [e.get("custom") or {} for e in events],
        )
        # A payload follows the n texts it belongs to: an alert first is texts 0..n-1.
        padded = [*events, {"custom": {}, "texts": -1}]
        at = next(i for i, e in enumerate(padded) if "custom" in e)
        turn.first_is_alert = "triage" in padded[at]["custom"] and padded[at]["texts"] == at
        return turn

    def press(self, title: str) -> Turn:
        return self.say(_payload(self.last, title))

    def close(self) -> None:
        self.client.close()


def _payload(buttons: object, title: str) -> str:
    assert isinstance(buttons, list)
    return next(b["payload"] for b in buttons if title.lower() in b["title"].lower())


def _from_payloads(text: str, buttons: list[str], customs: list[dict]) -> Turn:
    plans = [c["plan"] for c in customs if "plan" in c]
    return Turn(
        text=text,
        buttons=buttons,
        alerts=[c["triage"]["level"] for c in customs if "triage" in c],
        first_is_alert=bool(customs) and "triage" in customs[0],  # REST keeps them together
        exercises=sum(len(plan["details"]) for plan in plans),
        cited=any("sources" in c for c in customs),
        summary=any("summary" in c for c in customs),
    )


class TelegramTalk(Talk):
    headings = {f"<b>{text.format(dial='112')}</b>": level for level, text in HEADINGS.items()}

    def __init__(self, assistant: Assistant, api: TelegramBotAPI) -> None:
        super().__init__()
        self.chat = TelegramChat(assistant, api)

    def _turn(self, sent: list[Call]) -> Turn:
        self.last = sent
        alerts = [
            level
            for call in sent
            for heading, level in self.headings.items()
            if str(call.params.get("text", "")).startswith(heading)
        ]
        buttons = [
            button["text"]
            for call in sent
            for row in (json_field(call, "reply_markup") or {}).get("inline_keyboard", [])
            for button in row
        ]
        first = str(sent[0].params.get("text", "")) if sent else ""
        return Turn(
            text=texts(sent),
            buttons=buttons,
            alerts=alerts,
            first_is_alert=any(first.startswith(h) for h in self.headings),
            exercises=sum(call.method == "sendPhoto" for call in sent),
            cited="Sources:" in texts(sent),
            summary="Summary to show a physiotherapist" in texts(sent),
        )

    def say(self, text: str) -> Turn:
        return self._turn(self.chat.say(text))

    def press(self, title: str) -> Turn:
        assert isinstance(self.last, list)
        return self._turn(self.chat.press(self.last, title))


class SlackTalk(Talk):
    def __init__(self, assistant: Assistant, api: SlackWebAPI) -> None:
        super().__init__()
        self.place = SlackPlace(assistant, api)

    def _turn(self, posted: list[Call]) -> Turn:
        self.last = posted
        blocks = [b for call in posted for b in call.params.get("blocks") or []]
        return Turn(
            text=words(posted),
            buttons=[
                e["text"]["text"] for b in blocks if b["type"] == "actions" for e in b["elements"]
            ],
            alerts=[
                c.params["metadata"]["event_payload"]["level"]
                for c in posted
                if c.params.get("metadata")
            ],
            first_is_alert=bool(posted) and bool(posted[0].params.get("metadata")),
            exercises=sum(b["type"] == "image" for b in blocks),
            cited="Sources:" in words(posted),
            summary="Summary to show a physiotherapist" in words(posted),
        )

    def say(self, text: str) -> Turn:
        return self._turn(self.place.say(text))

    def press(self, title: str) -> Turn:
        assert isinstance(self.last, list)
        return self._turn(self.place.click(self.last, title))


@pytest.fixture(params=CHANNELS)
def talk(
    request: pytest.FixtureRequest,
    assistant: Assistant,
    telegram_api: TelegramBotAPI,
    slack_api: SlackWebAPI,
) -> Iterator[Talk]:
    made: Talk = {
        "rest": lambda: RestTalk(assistant),
        "socketio": lambda: SocketTalk(assistant),
        "telegram": lambda: TelegramTalk(assistant, telegram_api),
        "slack": lambda: SlackTalk(assistant, slack_api),
    }[request.param]()
    yield made
    made.close()


def test_an_assessment_to_a_plan_by_button_presses(talk: Talk) -> None:
    first = talk.say("hi")
    assert "automated assistant" in first.text and "where on your knee" in first.text.lower()
    for answer in WEAK:
        talk.say(answer)
    check = talk.say("what exercises should I do?")
    assert "safety check" in check.text
    assert "No, none of these" in check.buttons
    plan = talk.press("No, none")
    assert plan.exercises >= 3
    assert plan.summary and "not a diagnosis" in plan.text
    assert sum("How to do" in title for title in plan.buttons) == plan.exercises
    steps = talk.press("How to do")
    assert "How to do it:" in steps.text and steps.cited


def test_an_emergency_comes_first(talk: Talk) -> None:
    turn = talk.say("hi, I fell and my knee looks out of place and my foot is cold")
    assert turn.alerts == ["emergency"]
    assert turn.first_is_alert
    assert "emergency department" in turn.text


def test_a_question_is_answered_with_its_sources(talk: Talk) -> None:
    turn = talk.say("how can weak hips cause knee pain?")
    assert turn.cited and turn.alerts == []


def test_starting_over(talk: Talk) -> None:
    talk.say("hi")
    assert "outer side" in talk.say("the outside").text
    assert "start again" in talk.say("start over").text.lower()
    assert "where on your knee" in talk.say("hi").text.lower()
