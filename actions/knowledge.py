"""Answering free questions from the knowledge base, with the sources attached."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.settings import get_settings
from bot.triage import answer_hypothetical


class ActionAnswerKnowledge(Action):
    """Answer from the best cited passages, or say there is no information on that."""

    def name(self) -> str:
        return "action_answer_knowledge"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter an answer with ``{"sources": [...]}`` in ``custom``, or the no-answer text.

        A plan's "how to do" button names its exercise, which gets its steps in full.
        """
        from bot.knowledge.answer import NO_ANSWER_TEXT, answer
        from bot.plans import exercise_steps
        from bot.plans.catalogue import catalogue

        exercise = next(tracker.get_latest_entity_values("exercise"), None)
        if exercise in catalogue():
            steps = exercise_steps(exercise)
            dispatcher.utter_message(text=steps.text, json_message={"sources": steps.sources})
            return []
        text = tracker.latest_message.get("text") or ""
        # A question about a warning sign gets when to act, not a passage that mentions it.
        hypothetical = answer_hypothetical(text, get_settings().emergency_number)
        if hypothetical is not None:
            dispatcher.utter_message(
                text=hypothetical["text"], json_message={"sources": hypothetical["sources"]}
            )
            return []
        found = answer(text)
        if found is None:
            dispatcher.utter_message(text=NO_ANSWER_TEXT)
        else:
            dispatcher.utter_message(text=found.text, json_message={"sources": found.sources})
        return []
