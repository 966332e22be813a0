"""Escalation: what to do now, why, and that no exercise plan follows (sticky)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import user_texts
from bot.safety.conversation import escalation, screen_latest
from bot.safety.rules import BLOCKING_LEVELS
from bot.settings import get_settings


class ActionEscalate(Action):
    """Tell the person what to do now, with ``{"triage": ...}`` in ``custom``."""

    def name(self) -> str:
        return "action_escalate"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the escalation for the most urgent flag and record the level (never lowered)."""
        screening, context = screen_latest(user_texts(tracker))
        reply = escalation(screening, get_settings().emergency_number)
        if reply is None:
            return []
        flag = screening.flags[0]
        dispatcher.utter_message(text=reply["text"], json_message=reply["custom"])
        events: list[EventType] = [
            SlotSet("triage_level", context.level),
            SlotSet("triage_reason", flag.id),
        ]
        if flag.level in BLOCKING_LEVELS and tracker.active_loop.get("name"):
            events += [ActiveLoop(None), SlotSet("requested_slot", None)]
        return events
