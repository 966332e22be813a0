"""Telegram messages for what the assistant says: HTML text cut to Telegram's limits,
inline keyboards, an escalation's heading, the plan's drawings and the summary."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from aiogram import types

from bot.plans.drawings import has_drawing
from bot.rasa.channels.messenger import (
    alert_heading,
    contents,
    laid_out,
    last_paragraph,
    source_labels,
    split_paragraphs,
    summary_sections,
    summary_title,
)

CHOOSE = "Choose one:"  # the text of buttons that follow a picture, which cannot carry them
MESSAGE_LIMIT = 4096  # characters of a message's text, after entities are parsed
CALLBACK_DATA_BYTES = 64


@dataclass(frozen=True)
class Part:
    """One Telegram message: HTML text with optional buttons, or a drawing with a caption."""

    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    drawing: str | None = None  # an exercise id: send its drawing as a photo, text as caption
    urgent: bool = False  # part of an escalation: waits out any flood limit to be sent


def escape(text: str) -> str:
    """Text as Telegram's HTML parse mode shows it literally."""
    return html.escape(text, quote=False)


def _escaped_len(text: str) -> int:
    return len(escape(text))


def render(message: dict[str, Any], dial: str) -> list[Part]:
    """The Telegram messages for one message of the assistant, in the order to send them."""
    text, buttons, custom = contents(message)
    triage = custom.get("triage")
    if isinstance(triage, dict):
        heading = f"<b>{escape(alert_heading(str(triage.get('level')), dial))}</b>\n\n"
        room = MESSAGE_LIMIT - len(heading)
        chunks = [escape(chunk) for chunk in split_paragraphs(text, room, _escaped_len)] or [""]
        alert = [Part(heading + chunks[0], urgent=True)]
        alert += [Part(chunk, urgent=True) for chunk in chunks[1:]]
        alert[-1] = Part(alert[-1].text, buttons, urgent=True)
        return alert
    labels = source_labels(custom.get("sources"))
    sources = "Sources: " + "; ".join(labels) if labels else ""
    plan = custom.get("plan")
    # A plan's pictures go before its closing offer ("Ask me how to do any of them").
    before, after = last_paragraph(text) if isinstance(plan, dict) else (text, "")
    parts = _texts(before if isinstance(plan, dict) else _joined(before, sources))
    if isinstance(plan, dict):
        for card in plan.get("details") or []:
            if isinstance(card, dict) and has_drawing(str(card.get("id"))):
                # Cut before escaping, so the caption's markup stays whole (the catalogue's
                # titles and doses are far shorter than this).
                title, dose = str(card.get("title", ""))[:100], str(card.get("dose", ""))[:150]
                caption = f"<b>{escape(title)}</b>\n{escape(dose)}"
                parts.append(Part(caption, drawing=str(card["id"])))
        parts += _texts(_joined(after, sources))
    summary = custom.get("summary")
    if isinstance(summary, dict):
        parts.extend(Part(chunk) for chunk in _summary_html(summary))
    if buttons:
        if parts and parts[-1].drawing is None:
            parts[-1] = Part(parts[-1].text, buttons)
        else:
            parts.append(Part(CHOOSE, buttons))
    return parts


def _joined(*paragraphs: str) -> str:
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _texts(text: str) -> list[Part]:
    return [Part(escape(chunk)) for chunk in split_paragraphs(text, MESSAGE_LIMIT, _escaped_len)]


def _summary_html(summary: dict[str, Any]) -> list[str]:
    sections = [(summary_title(summary), []), *summary_sections(summary)]
    return laid_out(sections, MESSAGE_LIMIT, escape, lambda text: f"<b>{text}</b>")


def callback_data(button: dict[str, str]) -> str:
    """What a press sends back: the payload, or the title when the payload is too long."""
    for candidate in (str(button.get("payload", "")), str(button.get("title", ""))):
        if candidate and len(candidate.encode()) <= CALLBACK_DATA_BYTES:
            return candidate
    return str(button.get("title", "")).encode()[:CALLBACK_DATA_BYTES].decode(errors="ignore")


def keyboard(buttons: list[dict[str, str]]) -> types.InlineKeyboardMarkup | None:
    """One button per row: titles stay whole on a phone."""
    if not buttons:
        return None
    rows = [
        [types.InlineKeyboardButton(text=str(b.get("title", "")), callback_data=callback_data(b))]
        for b in buttons
    ]
    return types.InlineKeyboardMarkup(inline_keyboard=rows)
