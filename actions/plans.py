"""Exercise plans: a safety check first, then the plan with its reasons and sources."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import latest_intent, profile
from actions.safety import BLOCKING_LEVELS
from bot.assessment import NO, yes_or_no
from bot.plans import (
    Profile,
    blocking_gate,
    build_plan,
    explain_why,
    plan_message,
    plan_payload,
)
from bot.plans.messages import HELD_BACK, SAFETY_CHECK


def _held_back(dispatcher: CollectingDispatcher, tracker: Tracker, person: Profile) -> bool:
    """Say why no plan follows an escalation or a gate (a child, a recent operation).

    True when no plan follows.
    """
    if tracker.get_slot("triage_level") in BLOCKING_LEVELS:
        dispatcher.utter_message(text=HELD_BACK)
        return True
    gate = blocking_gate(person)
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
        if _held_back(dispatcher, tracker, profile(tracker)):
            return []
        return _ask_safety_check(dispatcher)


def _ask_safety_check(dispatcher: CollectingDispatcher) -> list[EventType]:
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
        person = profile(tracker)
        if _held_back(dispatcher, tracker, person):
            return []
        if not tracker.get_slot("plan_safety_checked"):
            return _ask_safety_check(dispatcher)
        text = tracker.latest_message.get("text") or ""
        if yes_or_no(text, latest_intent(tracker)) != NO:
            # Only a clear "no" to every warning sign lets a plan follow.
            dispatcher.utter_message(response="utter_need_clear_answer")
            return _ask_safety_check(dispatcher)
        # _held_back has ruled out every gate, so build_plan does not raise PlanBlocked.
        plan = build_plan(person)
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
