"""Session start and restart: the opening notice and a clean new beginning."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, FollowupAction, Restarted, SessionStarted
from rasa_sdk.executor import CollectingDispatcher


class ActionSessionStart(Action):
    """Open every session with the notice that this is an automated assistant."""

    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Start the session and say what the assistant is and is not."""
        dispatcher.utter_message(response="utter_disclaimer")
        return [SessionStarted(), ActionExecuted("action_listen")]


class ActionRestart(Action):
    """Forget the conversation so far and ask the first question again."""

    def name(self) -> str:
        return "action_restart"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Reset the tracker, then begin the assessment anew."""
        dispatcher.utter_message(response="utter_restart")
        return [Restarted(), FollowupAction("assessment_form")]
