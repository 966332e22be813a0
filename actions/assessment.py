"""The assessment form: validation of answers and the questions that acknowledge them."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.safety import user_texts
from bot import assessment
from bot.plans import blocking_gate
from bot.plans.conversation import profile_from_conversation


def _intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


class ValidateAssessmentForm(FormValidationAction):
    """Turn answers into canonical values, or re-ask clearly.

    A value that came with a message answering another question (a correction such as
    "actually it's my left knee") is taken without a complaint about the question asked.
    """

    def name(self) -> str:
        return "validate_assessment_form"

    async def validate(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Read every answer set by the latest message, each with its own reader."""
        events: list[EventType] = []
        to_validate = tracker.slots_to_validate()
        requested = tracker.get_slot("requested_slot")
        intent = _intent(tracker)
        text = tracker.latest_message.get("text") or ""
        for slot, value in to_validate.items():
            if slot not in assessment.REASK:
                continue
            # Every slot here was set by the latest message: its whole text says more than
            # one entity value (an operation and when it was). A button's payload is no
            # text, so its value is read instead.
            canonical = None if text.startswith("/") else assessment.read_answer(slot, text, intent)
            if canonical is None:
                canonical = _read_all(slot, value, intent)
            if canonical is None and slot == requested and len(to_validate) == 1:
                dispatcher.utter_message(response=assessment.REASK[slot])
            events.append({"event": "slot", "name": slot, "value": canonical})
        return events


def _read_all(slot: str, value: Any, intent: str | None) -> Any:
    """A list slot gathers the values of each text it was filled from; others read one."""
    if not isinstance(value, list):
        return assessment.read_answer(slot, str(value), intent)
    gathered: list[str] = []
    for item in value:
        for found in assessment.read_answer(slot, str(item), intent) or []:
            if found not in gathered:
                gathered.append(found)
    return gathered or None


class ActionAskKneeSide(Action):
    """Ask which knee, saying back where the pain is."""

    def name(self) -> str:
        return "action_ask_knee_side"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the question with the location in words."""
        dispatcher.utter_message(
            response="utter_ask_knee_side",
            location=assessment.describe_location(tracker.get_slot("knee_location")),
        )
        return []


class ActionSummariseAssessment(Action):
    """Say back what the person has told, and whether exercises can follow."""

    def name(self) -> str:
        return "action_summarise_assessment"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the summary; a gate (a child, a recent operation) replaces the plan offer."""
        slots = tracker.current_slot_values()
        summary = assessment.summarise(slots)
        gate = blocking_gate(profile_from_conversation(slots, user_texts(tracker)))
        if gate is None:
            dispatcher.utter_message(response="utter_assessment_summary", summary=summary)
        else:
            dispatcher.utter_message(
                response="utter_assessment_summary_no_plan", summary=summary, gate=gate.message
            )
        return [SlotSet("assessment_done", True)]
