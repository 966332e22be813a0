"""What the actions read from a conversation: the person's messages, intent and profile."""

from __future__ import annotations

from rasa_sdk import Tracker

from bot.plans import Profile
from bot.plans.conversation import profile_from_conversation


def user_texts(tracker: Tracker) -> list[str]:
    """Every message the person sent since the last restart, oldest first."""
    return [
        event.get("text") or ""
        for event in tracker.events_after_latest_restart()
        if event.get("event") == "user"
    ]


def latest_intent(tracker: Tracker) -> str | None:
    """The intent NLU gave the latest message."""
    return (tracker.latest_message.get("intent") or {}).get("name")


def profile(tracker: Tracker) -> Profile:
    """The profile plans are chosen from: the assessment's answers and every message."""
    return profile_from_conversation(tracker.current_slot_values(), user_texts(tracker))
