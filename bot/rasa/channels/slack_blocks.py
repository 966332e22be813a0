"""Slack Block Kit messages for what the assistant says: mrkdwn escaped and cut to
Slack's limits, buttons, an escalation's header, the plan's drawings and the summary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.plans.drawings import has_drawing
from bot.rasa.channels.messenger import (
    alert_heading,
    contents,
    first_sentence,
    laid_out,
    last_paragraph,
    source_labels,
    split_paragraphs,
    summary_sections,
    summary_title,
)

SECTION_LIMIT = 3000
HEADER_LIMIT = 150
BUTTON_TEXT_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
FALLBACK_LIMIT = 3000
CHOICES_BLOCK = "kneebot_choices"
TRIAGE_EVENT = "kneebot_triage"


def escape(text: str) -> str:
    """Text as Slack's mrkdwn shows it literally."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escaped_len(text: str) -> int:
    return len(escape(text))


def _sections(text: str) -> list[dict[str, Any]]:
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": escape(chunk)}}
        for chunk in split_paragraphs(text, SECTION_LIMIT, _escaped_len)
    ]


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:SECTION_LIMIT]}]}


@dataclass(frozen=True)
class Post:
    """One Slack message: fallback text, blocks, and metadata for an escalation."""

    text: str
    blocks: list[dict[str, Any]]
    metadata: dict[str, Any] | None = None


def render(message: dict[str, Any], dial: str, public_url: str) -> list[Post]:
    """The Slack messages for one message of the assistant, in the order to send them."""
    text, buttons, custom = contents(message)
    blocks: list[dict[str, Any]] = []
    metadata = None
    triage = custom.get("triage")
    if isinstance(triage, dict):
        blocks.extend(_alert(text))
        blocks.append(_context(f"*{escape(alert_heading(str(triage.get('level')), dial))}*"))
        metadata = {
            "event_type": TRIAGE_EVENT,
            "event_payload": {
                "level": str(triage.get("level")),
                "reason": str(triage.get("reason")),
            },
        }
    else:
        plan = custom.get("plan")
        if isinstance(plan, dict):
            # A plan's pictures go before its closing offer ("Ask me how to do any of them").
            body, offer = last_paragraph(text)
            blocks.extend([*_sections(body), *_plan_blocks(plan, public_url), *_sections(offer)])
        elif text:
            blocks.extend(_sections(text))
    labels = source_labels(custom.get("sources"))
    if labels:
        blocks.append(_context("Sources: " + escape("; ".join(labels))))
    if buttons:
        blocks.append(_actions(buttons))
    posts = [Post(escape(text[:FALLBACK_LIMIT]), blocks, metadata)] if blocks else []
    summary = custom.get("summary")
    if isinstance(summary, dict):
        posts.append(_summary_post(summary))
    return posts


def _plan_blocks(plan: dict[str, Any], public_url: str) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [{"type": "divider"}]
    for card in plan.get("details") or []:
        if not isinstance(card, dict):
            continue
        title, dose = str(card.get("title", "")), str(card.get("dose", ""))
        blocks.append(
            {
                "type": "section",
                "text": {"type": "mrkdwn", "text": f"*{escape(title)}*\n{escape(dose)}"},
            }
        )
        exercise_id = str(card.get("id", ""))
        if public_url and has_drawing(exercise_id):
            blocks.append(
                {
                    "type": "image",
                    "image_url": f"{public_url}/webhooks/slack/drawings/{exercise_id}.png",
                    "alt_text": f"Drawing: {title}",
                }
            )
    return blocks


def _actions(buttons: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "type": "actions",
        "block_id": CHOICES_BLOCK,
        "elements": [
            {
                "type": "button",
                "action_id": f"choice_{number}",
                "text": {"type": "plain_text", "text": str(b.get("title", ""))[:BUTTON_TEXT_LIMIT]},
                "value": str(b.get("payload") or b.get("title", ""))[:BUTTON_VALUE_LIMIT],
            }
            for number, b in enumerate(buttons[:25])
        ],
    }


def _summary_post(summary: dict[str, Any]) -> Post:
    title = summary_title(summary)
    blocks: list[dict[str, Any]] = [_header(title)]
    for chunk in laid_out(summary_sections(summary), SECTION_LIMIT, escape, lambda t: f"*{t}*"):
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
    return Post(escape(title), blocks)


def _header(text: str) -> dict[str, Any]:
    if len(text) > HEADER_LIMIT:
        text = text[: HEADER_LIMIT - 1].rstrip() + "…"
    return {"type": "header", "text": {"type": "plain_text", "text": text}}


def _alert(text: str) -> list[dict[str, Any]]:
    """The first sentence as a header and the rest below; a sentence too long for a header
    is said whole below it too, so nothing of an escalation is lost."""
    first, rest = first_sentence(text)
    if not first:
        return _sections(text)
    if len(first) > HEADER_LIMIT:
        return [_header(first), *_sections(text)]
    return [_header(first), *_sections(rest)]


def chosen(message: dict[str, Any], title: str) -> list[dict[str, Any]]:
    """A clicked message's blocks: its buttons replaced by the choice made."""
    blocks = message.get("blocks")
    kept = [
        b
        for b in (blocks if isinstance(blocks, list) else [])
        if isinstance(b, dict) and b.get("block_id") != CHOICES_BLOCK
    ]
    return [*kept, _context(f"You chose: *{escape(title)}*")]
