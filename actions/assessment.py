"""The assessment form: validation of answers and the questions that acknowledge them."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import assessment


class ValidateAssessmentForm(FormValidationAction):
    """Turn free-text answers into canonical values, or re-ask clearly."""

    def name(self) -> str:
        return "validate_assessment_form"

    def validate_knee_location(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Accept front, inner, outer, back or all over, in any wording."""
        location = assessment.parse_location(str(value))
        if location is None:
            dispatcher.utter_message(response="utter_location_not_understood")
        return {"knee_location": location}

    def validate_aggravating_activities(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Accept one or more known activities, or "not sure"."""
        answers = value if isinstance(value, list) else [value]
        activities: list[str] = []
        for answer in answers:
            for activity in assessment.parse_activities(str(answer)) or []:
                if activity not in activities:
                    activities.append(activity)
        if not activities:
            dispatcher.utter_message(response="utter_activities_not_understood")
            return {"aggravating_activities": None}
        return {"aggravating_activities": activities}


class ActionAskAggravatingActivities(Action):
    """Ask what makes the pain worse, confirming the location just given."""

    def name(self) -> str:
        return "action_ask_aggravating_activities"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the question with the location said back in words."""
        dispatcher.utter_message(
            response="utter_ask_aggravating_activities",
            location=assessment.describe_location(tracker.get_slot("knee_location")),
        )
        return []


class ActionSummariseAssessment(Action):
    """Say back what the person has told so far."""

    def name(self) -> str:
        return "action_summarise_assessment"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the summary of location and aggravating activities."""
        dispatcher.utter_message(
            response="utter_assessment_summary",
            location=assessment.describe_location(tracker.get_slot("knee_location")),
            worse=assessment.describe_worse(tracker.get_slot("aggravating_activities") or []),
        )
        return []
