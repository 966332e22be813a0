"""The assessment form: validation of answers and the questions that acknowledge them."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import latest_intent, profile
from bot.assessment import form, summary
from bot.assessment.vocabulary import LOCATIONS
from bot.plans import blocking_gate


class ValidateAssessmentForm(FormValidationAction):
    """Turn answers into canonical values, or re-ask clearly (the rules: ``form.settle``)."""

    def name(self) -> str:
        return "validate_assessment_form"

    def _validate(
        self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """The canonical value of ``slot``, with what the form says about the answer."""
        turn = form.Turn(
            text=tracker.latest_message.get("text") or "",
            intent=latest_intent(tracker),
            requested=tracker.get_slot("requested_slot"),
            answered_another=len(tracker.slots_to_validate()) > 1,
            reasked=_reasked(tracker, slot),
            previous=_answer_before_latest_message(tracker, slot),
        )
        settled = form.settle(slot, value, turn)
        for response in settled.responses:
            dispatcher.utter_message(response=response)
        return {slot: settled.value}


def _validator(slot: str) -> Any:
    def validate(
        self: ValidateAssessmentForm,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        return self._validate(slot, value, dispatcher, tracker)

    validate.__doc__ = f"Read an answer to the {slot} question."
    return validate


# Rasa SDK calls validate_<slot> for each slot the latest message set; one per question.
for _slot in form.REASK:
    setattr(ValidateAssessmentForm, f"validate_{_slot}", _validator(_slot))


def _answer_before_latest_message(tracker: Tracker, slot: str) -> Any:
    """What ``slot`` held before the latest message: a correction changes it. A message's
    own text, put in the slot asked by its text mapping, is no answer until validation
    reads it, and none does when an escalation ends the form first."""
    value = None
    said = None  # the text of the message whose slots are being set, until an action runs
    for event in tracker.events[: _latest_user_index(tracker)]:
        kind = event.get("event")
        if kind in ("user", "action"):
            said = event.get("text") if kind == "user" else None
        elif kind == "slot" and event.get("name") == slot:
            raw = said is not None and event.get("value") in (said, [said])
            value = value if raw else event.get("value")
    return value


def _latest_user_index(tracker: Tracker) -> int:
    users = [i for i, event in enumerate(tracker.events) if event.get("event") == "user"]
    return users[-1] if users else len(tracker.events)


def _reasked(tracker: Tracker, slot: str) -> bool:
    """Whether the assistant's reply to the previous message already asked ``slot`` again."""
    users = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1
            if users == 2:
                return False
        elif users == 1 and event.get("event") == "bot":
            said = (event.get("metadata") or {}).get("utter_action")
            if said == form.REASK[slot]:
                return True
    return False


class ActionAskKneeSide(Action):
    """Ask which knee, saying back where the pain is when the person knows."""

    def name(self) -> str:
        return "action_ask_knee_side"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the question with the location in words."""
        location = tracker.get_slot("knee_location")
        said = (
            f"Thanks: the pain is at {summary.describe_location(location)}. "
            if location in LOCATIONS
            else ""
        )
        dispatcher.utter_message(response="utter_ask_knee_side", location_said=said)
        return []


class ActionSummariseAssessment(Action):
    """Say back what the person has told, and whether exercises can follow."""

    def name(self) -> str:
        return "action_summarise_assessment"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the summary; a gate (a child, a recent operation) replaces the plan offer."""
        said = summary.summarise(tracker.current_slot_values())
        gate = blocking_gate(profile(tracker))
        if gate is None:
            dispatcher.utter_message(response="utter_assessment_summary", summary=said)
        else:
            dispatcher.utter_message(
                response="utter_assessment_summary_no_plan", summary=said, gate=gate.message
            )
        return [SlotSet("assessment_done", True)]
