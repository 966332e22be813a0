"""Exercise plans: a safety check first, then the plan with its reasons and sources."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.safety import BLOCKING_LEVELS, user_texts
from bot.assessment import NO, yes_or_no
from bot.plans import (
    blocking_gate,
    build_plan,
    explain_why,
    plan_message,
    plan_payload,
)
from bot.plans.conversation import profile_from_conversation
from bot.plans.messages import HELD_BACK, SAFETY_CHECK


def _held_back(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Say why no plan follows an escalation or a gate (a child, a recent operation).

    True when no plan follows.
    """
    if tracker.get_slot("triage_level") in BLOCKING_LEVELS:
        dispatcher.utter_message(text=HELD_BACK)
        return True
    profile = profile_from_conversation(tracker.current_slot_values(), user_texts(tracker))
    gate = blocking_gate(profile)
    if gate is not None:
        dispatcher.utter_message(text=gate.message)
        return True
    return False


class ActionPlanSafetyCheck(Action):
    """Ask the short red-flag question that must come before any plan."""

    def name(self) -> str:
        return "action_plan_safety_check"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the check with yes/no buttons, or say why no plan will follow."""
        if _held_back(dispatcher, tracker):
            return []
        dispatcher.utter_message(
            text=SAFETY_CHECK,
            buttons=[
                {"title": "No, none of these", "payload": "/deny"},
                {"title": "Yes, one of these", "payload": "/affirm"},
            ],
        )
        return [SlotSet("plan_safety_checked", True)]


class ActionGivePlan(Action):
    """Give the plan chosen from the profile, its reasons and sources, after the check."""

    def name(self) -> str:
        return "action_give_plan"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the plan with ``{"plan": ...}``, then why, with ``{"sources": ...}``."""
        if _held_back(dispatcher, tracker):
            return []
        if not tracker.get_slot("plan_safety_checked"):
            return await ActionPlanSafetyCheck().run(dispatcher, tracker, domain)
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if yes_or_no(tracker.latest_message.get("text") or "", intent) != NO:
            # Only a clear "no" to every warning sign lets a plan follow.
            dispatcher.utter_message(response="utter_need_clear_answer")
            return await ActionPlanSafetyCheck().run(dispatcher, tracker, domain)
        # _held_back has ruled out every gate, so build_plan does not raise PlanBlocked.
        plan = build_plan(
            profile_from_conversation(tracker.current_slot_values(), user_texts(tracker))
        )
        dispatcher.utter_message(text=plan_message(plan), json_message=plan_payload(plan))
        why = explain_why(plan)
        dispatcher.utter_message(
            text=why.text,
            json_message={"sources": why.sources},
            buttons=[
                {
                    "title": f"How to do: {exercise.title}",
                    "payload": f'/ask_knowledge{{"exercise": "{exercise.id}"}}',
                }
                for exercise in plan.exercises
            ],
        )
        return []
