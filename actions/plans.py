"""Exercise plans: a safety check first, then the plan with its reasons and sources."""

from __future__ import annotations

from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import latest_intent, profile
from bot.plans import (
    Profile,
    build_plan,
    explain_why,
    handout,
    plan_message,
    plan_payload,
)
from bot.plans.clearance import cleared, held_back
from bot.plans.messages import (
    PLAN_TEXT,
    SAFETY_CHECK,
    SAFETY_CHECK_BUTTONS,
    check_answer,
    how_to_buttons,
)


def _held_back(dispatcher: CollectingDispatcher, tracker: Tracker, person: Profile) -> bool:
    """Say why no plan follows, if none does; True then."""
    reason = held_back(tracker.get_slot("triage_level"), person)
    if reason is not None:
        dispatcher.utter_message(text=reason)
    return reason is not None


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
    dispatcher.utter_message(text=SAFETY_CHECK, buttons=SAFETY_CHECK_BUTTONS)
    return [SlotSet("plan_safety_checked", True)]


class ActionGivePlan(Action):
    """Give the plan chosen from the profile, its reasons and sources, after the check."""

    def name(self) -> str:
        return "action_give_plan"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the plan with ``{"plan": ...}``, why with ``{"sources": ...}``, then the
        printable ``{"summary": ...}``."""
        person = profile(tracker)
        if _held_back(dispatcher, tracker, person):
            return []
        if not tracker.get_slot("plan_safety_checked"):
            return _ask_safety_check(dispatcher)
        answer = tracker.latest_message.get("text") or ""
        if not cleared(answer, latest_intent(tracker)):
            dispatcher.utter_message(response="utter_need_clear_answer")
            return _ask_safety_check(dispatcher)
        # _held_back has ruled out every gate, so build_plan does not raise PlanBlocked.
        plan = build_plan(person)
        dispatcher.utter_message(text=plan_message(plan), json_message=plan_payload(plan))
        why = explain_why(plan)
        dispatcher.utter_message(
            text=why.text,
            json_message={"sources": why.sources},
            buttons=how_to_buttons(plan),
        )
        summary = handout(person, date.today(), plan=plan, safety_answer=check_answer(answer))
        dispatcher.utter_message(text=PLAN_TEXT, json_message=summary)
        return []
