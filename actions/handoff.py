"""Asking for a human: the operator's contact route, and a mark for staff review."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.settings import get_settings


class ActionHandoff(Action):
    """Say how to reach a person and flag the conversation for the review console."""

    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the contact route and set ``handoff_requested``."""
        dispatcher.utter_message(
            response="utter_handoff", operator_contact=get_settings().operator_contact
        )
        return [SlotSet("handoff_requested", True)]
