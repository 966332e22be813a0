"""Answering free questions from the knowledge base, with the sources attached."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.settings import get_settings


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
        from bot.knowledge.answer import reply_to_question

        exercise = next(tracker.get_latest_entity_values("exercise"), None)
        text = tracker.latest_message.get("text") or ""
        reply = reply_to_question(text, exercise, get_settings().emergency_number)
        if reply.sources:
            dispatcher.utter_message(text=reply.text, json_message={"sources": reply.sources})
        else:
            dispatcher.utter_message(text=reply.text)
        return []
