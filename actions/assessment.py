"""The assessment form: validation of answers and the questions that acknowledge them."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import latest_intent, profile
from bot import assessment
from bot.plans import blocking_gate


class ValidateAssessmentForm(FormValidationAction):
    """Turn answers into canonical values, or re-ask clearly.

    A value that came with a message answering another question (a correction such as
    "actually it's my left knee") is taken without a complaint about the question asked.
    """

    def name(self) -> str:
        return "validate_assessment_form"

    def _validate(
        self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """The canonical value of ``slot``, re-asking when the answer to it is unreadable."""
        intent = latest_intent(tracker)
        requested = tracker.get_slot("requested_slot")
        text = tracker.latest_message.get("text") or ""
        # Every slot validated was set by the latest message: its whole text says more
        # than one entity value (an operation and when it was). A button's payload is no
        # text, so its value is read instead.
        canonical = None if text.startswith("/") else assessment.read_answer(slot, text, intent)
        if canonical is None:
            canonical = _read_all(slot, value, intent)
        answered_another = len(tracker.slots_to_validate()) > 1
        if canonical is None and slot == requested and not answered_another:
            if _reasked(tracker, slot):
                # Asked twice already: a person stuck on a question should not be trapped.
                dispatcher.utter_message(response="utter_moving_on")
                canonical = assessment.not_sure_answer(slot)
            else:
                dispatcher.utter_message(response=assessment.REASK[slot])
        previous = _value_before_latest_message(tracker, slot)
        if isinstance(previous, list) and canonical and slot != requested:
            # Mentioned in passing ("since I took up running"): added to the answer, not
            # replacing it.
            kept = [v for v in previous if v != assessment.NOT_SURE]
            canonical = kept + [v for v in canonical if v not in kept]
        if canonical is not None and previous is not None and canonical != previous:
            dispatcher.utter_message(response="utter_answer_updated")
        return {slot: canonical}


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
for _slot in assessment.REASK:
    setattr(ValidateAssessmentForm, f"validate_{_slot}", _validator(_slot))


def _value_before_latest_message(tracker: Tracker, slot: str) -> Any:
    """What ``slot`` held before the latest message: a correction changes it."""
    value = None
    for event in tracker.events[: _latest_user_index(tracker)]:
        if event.get("event") == "slot" and event.get("name") == slot:
            value = event.get("value")
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
            if said == assessment.REASK[slot]:
                return True
    return False


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
    """Ask which knee, saying back where the pain is when the person knows."""

    def name(self) -> str:
        return "action_ask_knee_side"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the question with the location in words."""
        location = tracker.get_slot("knee_location")
        said = (
            f"Thanks: the pain is at {assessment.describe_location(location)}. "
            if location in assessment.LOCATIONS
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
        summary = assessment.summarise(tracker.current_slot_values())
        gate = blocking_gate(profile(tracker))
        if gate is None:
            dispatcher.utter_message(response="utter_assessment_summary", summary=summary)
        else:
            dispatcher.utter_message(
                response="utter_assessment_summary_no_plan", summary=summary, gate=gate.message
            )
        return [SlotSet("assessment_done", True)]
