"""What the chat-app channels (Telegram and Slack) share.

Both receive webhooks that the platform redelivers when it doubts the first delivery,
both answer the webhook before (or while) the assistant works, and both turn the
assistant's ``custom`` payloads (``triage``, ``plan``, ``sources``, ``summary``) into
their own kind of message. The wording and order live here once; each channel only
marks it up.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage

from bot.rasa.channels.guard import BadInput, read_inbound
from bot.rasa.channels.messages import NOT_TEXT_REPLY
from bot.settings import Messenger, get_settings

logger = logging.getLogger(__name__)

# What the alert's heading says at each level; the emergency one carries the number to dial.
HEADINGS = {
    "emergency": "Emergency: call {dial} now",
    "same_day": "See a doctor today",
    "prompt": "Book a check-up soon",
}
SUMMARY_TITLE = "Summary to show a physiotherapist or doctor"
# Conversation ids of the chat apps; no other channel may name them (see rest.py).
TELEGRAM_PREFIX = "telegram:"
SLACK_PREFIX = "slack:"
MESSENGER_PREFIXES = (TELEGRAM_PREFIX, SLACK_PREFIX)


class WholeMessages(OutputChannel):
    """An output that lays out each message whole (text, buttons and payload together) in
    ``send_response``; Rasa's piecemeal calls arrive there too."""

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send_response(recipient_id, {"text": text})

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send_response(recipient_id, {"text": text, "buttons": buttons})

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        await self.send_response(recipient_id, {"custom": json_message})


class MessengerInput(InputChannel):
    """What the chat-app webhooks share: their credentials, the ids already handled, the
    turns still running, and one way to hand a turn through the input guard."""

    channel: Messenger

    @classmethod
    def name(cls) -> str:
        return cls.channel

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        values = get_settings().messenger(cls.channel, credentials)
        return cls(values["token"], values["secret"], values["api_url"])

    def __init__(self, token: str, secret: str, api_url: str) -> None:
        self.seen = Seen()
        self.deliveries = Deliveries()

    async def hand_on(
        self,
        handle: Callable[[UserMessage], Awaitable[None]],
        output: OutputChannel,
        sender: str,
        text: str | None,
        reply: str | None = None,
    ) -> None:
        """The channel's own ``reply``, or ``text`` as a turn of conversation ``sender``."""
        if reply is not None:
            await output.send_text_message(sender, reply)
            return
        try:
            inbound = read_inbound(sender, text, None)
        except BadInput:
            await output.send_text_message(sender, NOT_TEXT_REPLY)
            return
        await handle(inbound.message(output, self.name()))


class Seen:
    """Ids seen lately, so that an update or event delivered again is handled once.

    Kept in the process, the newest ``size`` ids: Telegram and Slack redeliver within
    minutes. Several replicas behind one address would each need to see the same ids.
    """

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._ids: OrderedDict[str, None] = OrderedDict()

    def first_time(self, key: str) -> bool:
        """True the first time ``key`` is offered, False every time after."""
        if key in self._ids:
            return False
        self._ids[key] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return True


class Deliveries:
    """Turns that go on after their webhook was answered, each in a task of its own.

    A failing turn is logged and affects no other; at shutdown the server waits for
    those still running, so a reply already being written is not cut off.
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, turn: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(self._run(turn))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    @staticmethod
    async def _run(turn: Coroutine[Any, Any, None]) -> None:
        try:
            await turn
        except Exception:  # noqa: BLE001 - a failed delivery must not end the server's task
            logger.exception("A chat-app turn failed after its webhook was answered.")

    async def drain(self, timeout_s: float) -> None:
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout_s)


def contents(message: dict[str, Any]) -> tuple[str, list[dict[str, Any]], dict[str, Any]]:
    """A message's text, buttons and custom payload, each of its type or empty."""
    text, buttons, custom = message.get("text"), message.get("buttons"), message.get("custom")
    return (
        text if isinstance(text, str) else "",
        [b for b in buttons if isinstance(b, dict)] if isinstance(buttons, list) else [],
        custom if isinstance(custom, dict) else {},
    )


def last_paragraph(text: str) -> tuple[str, str]:
    """The text without its last paragraph, and that paragraph: a plan's closing offer
    ("Ask me how to do any of them") goes after its pictures, beside its buttons."""
    body, _, last = text.strip().rpartition("\n\n")
    return (body, last) if body else ("", text.strip())


def alert_heading(level: str, dial: str) -> str:
    """The alert's heading for a triage level, such as "Emergency: call 112 now"."""
    return HEADINGS.get(level, HEADINGS["same_day"]).format(dial=dial)


def first_sentence(text: str) -> tuple[str, str]:
    """The text's first sentence and the rest, for an alert's header."""
    match = re.match(r"(.+?[.!?])(\s+|$)(.*)", text.strip(), flags=re.S)
    if not match:
        return text.strip(), ""
    return match.group(1), match.group(3).strip()


def split_paragraphs(text: str, limit: int, size: Callable[[str], int] = len) -> list[str]:
    """``text`` in parts of at most ``limit`` (as ``size`` counts), cut between paragraphs.

    A paragraph too long for one part is cut between lines, then between words, and a
    word too long for one part is cut where it must be. ``size`` must add up over
    joined strings, as ``len`` and escaped lengths do: each piece is measured once, so
    the cost grows linearly with the text.
    """
    pieces = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        paragraph = paragraph.strip()
        if paragraph:
            pieces.extend(_cut(paragraph, limit, size, ("\n", " ")))
    return _join(pieces, "\n\n", limit, size)


def _cut(
    text: str, limit: int, size: Callable[[str], int], separators: tuple[str, ...]
) -> list[str]:
    """``text`` whole if it fits, else cut at the first separator it holds, packed again."""
    if size(text) <= limit:
        return [text]
    for number, separator in enumerate(separators):
        if separator in text:
            cuts = [
                cut
                for word in text.split(separator)
                for cut in _cut(word, limit, size, separators[number + 1 :])
            ]
            return _join(cuts, separator, limit, size)
    return _by_character(text, limit, size)


def _join(pieces: list[str], separator: str, limit: int, size: Callable[[str], int]) -> list[str]:
    """Neighbouring pieces joined with ``separator`` while they fit (each fits alone)."""
    joined: list[list[str]] = []
    used, gap = 0, size(separator)
    for piece in pieces:
        cost = size(piece)
        if joined and used + gap + cost <= limit:
            joined[-1].append(piece)
            used += gap + cost
        else:
            joined.append([piece])
            used = cost
    return [separator.join(group) for group in joined]


def _by_character(word: str, limit: int, size: Callable[[str], int]) -> list[str]:
    cuts, start, used = [], 0, 0
    for at, character in enumerate(word):
        cost = size(character)
        if used + cost > limit and at > start:
            cuts.append(word[start:at])
            start, used = at, 0
        used += cost
    cuts.append(word[start:])
    return cuts


def laid_out(
    sections: list[tuple[str, list[str]]],
    limit: int,
    escape: Callable[[str], str],
    bold: Callable[[str], str],
) -> list[str]:
    """Headed sections as marked-up parts of at most ``limit`` characters.

    The plain text is cut first and each piece escaped and marked up after, so no cut
    falls inside a tag or an escape. ``bold`` may add at most 20 characters.
    """
    pieces: list[str] = []
    for heading, lines in sections:
        head = bold(escape(heading)) if heading else ""
        body = "\n".join(lines)
        if not body:
            pieces.append(head)
            continue
        room = limit - len(head) - 1
        for number, chunk in enumerate(split_paragraphs(body, room, lambda t: len(escape(t)))):
            pieces.append(f"{head}\n{escape(chunk)}" if head and number == 0 else escape(chunk))
    return _join([piece for piece in pieces if piece], "\n\n", limit, len)


def source_labels(sources: object) -> list[str]:
    """Each cited document and section once, as "document — section"."""
    labels: list[str] = []
    for source in sources if isinstance(sources, list) else []:
        if not isinstance(source, dict):
            continue
        parts = [str(source[key]) for key in ("doc", "section") if source.get(key)]
        label = " — ".join(parts)
        if label and label not in labels:
            labels.append(label)
    return labels


def summary_sections(summary: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """The ``summary`` payload as headed groups of lines, for a message a person can forward."""
    sections: list[tuple[str, list[str]]] = []
    told = [
        f"{row['label']}: {row['value']}"
        for row in _list(summary.get("told"))
        if isinstance(row, dict) and row.get("label") and row.get("value")
    ]
    if told:
        sections.append(("What you told the assistant", told))
    triage = summary.get("triage")
    check = summary.get("safety_check")
    if isinstance(triage, dict):
        found = check.get("answer") if isinstance(check, dict) else None
        lines = [str(line) for line in (found, triage.get("advice")) if line]
        sections.append(("Warning signs", lines))
    elif isinstance(check, dict) and check.get("answer"):
        sections.append(("Safety check", [f"Asked about warning signs; answer: {check['answer']}"]))
    plan = summary.get("plan")
    if isinstance(plan, dict):
        lines = [str(plan["intro"])] if plan.get("intro") else []
        for number, exercise in enumerate(_list(plan.get("exercises")), 1):
            if isinstance(exercise, dict):
                lines.append(f"{number}. {exercise.get('title', '')}: {exercise.get('dose', '')}")
                lines.extend(f"   {note}" for note in _list(exercise.get("notes")))
        lines.extend(str(note) for note in _list(plan.get("notes")))
        sections.append(("Exercises", lines))
    if summary.get("pain_rule"):
        sections.append(("Pain rule", [str(summary["pain_rule"])]))
    if summary.get("caveat"):
        sections.append(("Please note", [str(summary["caveat"])]))
    return sections


def summary_title(summary: dict[str, Any]) -> str:
    date = summary.get("date")
    return f"{SUMMARY_TITLE} ({date})" if date else SUMMARY_TITLE


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []
