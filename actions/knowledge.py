"""Answering free questions from the knowledge base, with the sources attached."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher


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
        found = answer(tracker.latest_message.get("text") or "")
        if found is None:
            dispatcher.utter_message(text=NO_ANSWER_TEXT)
        else:
            dispatcher.utter_message(text=found.text, json_message={"sources": found.sources})
        return []
