"""Escalation: what to do now, why, and that no exercise plan follows (sticky)."""

from __future__ import annotations

import time
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import user_texts
from bot.safety.conversation import escalation, refused_flag, screen_latest
from bot.safety.rules import BLOCKING_LEVELS, highest, rank
from bot.settings import get_settings


class ActionEscalate(Action):
    """Tell the person what to do now, with ``{"triage": ...}`` in ``custom``."""

    def name(self) -> str:
        return "action_escalate"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the escalation for the most urgent flag and record the level (never lowered).

        The flag is the screen's, or the one the channel found in a message too long to read.
        """
        found = refused_flag(tracker.latest_message.get("entities") or [])
        if found is None:
            screening, context = screen_latest(user_texts(tracker))
            if not screening.flags:
                return []
            found = (screening.flags[0].id, screening.flags[0].level)
        flag_id, level = found
        reply = escalation(flag_id, level, get_settings().emergency_number)
        dispatcher.utter_message(text=reply["text"], json_message=reply["custom"])
        recorded = tracker.get_slot("triage_level")
        events: list[EventType] = [
            SlotSet("triage_level", highest(recorded, level)),
            SlotSet("triage_reason", flag_id),
        ]
        if rank(level) > rank(recorded):
            events.append(SlotSet("triage_time", time.time()))
        if level in BLOCKING_LEVELS and tracker.active_loop.get("name"):
            events += [ActiveLoop(None), SlotSet("requested_slot", None)]
        return events
