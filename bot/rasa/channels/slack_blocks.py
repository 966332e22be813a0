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
        first, rest = first_sentence(text)
        blocks.append(
            {"type": "header", "text": {"type": "plain_text", "text": first[:HEADER_LIMIT]}}
        )
        blocks.extend(_sections(rest))
        blocks.append(_context(f"*{escape(alert_heading(str(triage.get('level')), dial))}*"))
        metadata = {
            "event_type": TRIAGE_EVENT,
            "event_payload": {
                "level": str(triage.get("level")),
                "reason": str(triage.get("reason")),
            },
        }
    elif text:
        blocks.extend(_sections(text))
    plan = custom.get("plan")
    if isinstance(plan, dict):
        blocks.extend(_plan_blocks(plan, public_url))
    labels = source_labels(custom.get("sources"))
    if labels:
        blocks.append(_context("Sources: " + escape("; ".join(labels))))
    if buttons:
        blocks.append(_actions(buttons))
    posts = [Post(text[:FALLBACK_LIMIT], blocks, metadata)] if blocks else []
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
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": title[:HEADER_LIMIT]}}
    ]
    for heading, lines in summary_sections(summary):
        body = "\n".join(escape(line) for line in lines)
        for chunk in split_paragraphs(f"*{escape(heading)}*\n{body}", SECTION_LIMIT):
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
    return Post(title, blocks)


def chosen(message: dict[str, Any], title: str) -> list[dict[str, Any]]:
    """A clicked message's blocks: its buttons replaced by the choice made."""
    kept = [b for b in message.get("blocks") or [] if b.get("block_id") != CHOICES_BLOCK]
    return [*kept, _context(f"You chose: *{escape(title)}*")]
