"""Session start and restart: the opening notice and a clean new beginning."""

from __future__ import annotations

import time
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import (
    ActionExecuted,
    EventType,
    FollowupAction,
    Restarted,
    SessionStarted,
    SlotSet,
)
from rasa_sdk.executor import CollectingDispatcher

from bot.safety.conversation import TRIAGE_SLOTS, kept_triage
from bot.settings import get_settings


class ActionSessionStart(Action):
    """Open every session with the notice that this is an automated assistant."""

    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Start the session and say what the assistant is and is not.

        An escalation of the session before holds for ``KNEEBOT_TRIAGE_STICKY_HOURS``.
        """
        dispatcher.utter_message(response="utter_disclaimer")
        kept = kept_triage(_triage(tracker), time.time(), get_settings().triage_sticky_hours)
        return [SessionStarted(), *_set(kept), ActionExecuted("action_listen")]


class ActionRestart(Action):
    """Forget the conversation so far and ask the first question again."""

    def name(self) -> str:
        return "action_restart"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Reset the tracker but for the triage level (never lowered), then begin anew."""
        dispatcher.utter_message(response="utter_restart")
        kept = kept_triage(_triage(tracker), time.time(), hours=None)
        return [Restarted(), *_set(kept), FollowupAction("assessment_form")]


def _triage(tracker: Tracker) -> dict[str, Any]:
    return {name: tracker.get_slot(name) for name in TRIAGE_SLOTS}


def _set(slots: dict[str, Any]) -> list[EventType]:
    return [SlotSet(name, value) for name, value in slots.items()]
