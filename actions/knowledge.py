"""Answering free questions from the knowledge base, with the sources attached."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.plans.clearance import may_offer_plan
from bot.settings import get_settings

OUT_OF_SCOPE = "out_of_scope"
# Its refusal (a rule's response) has been said; what it asks in general may follow:
# "is it coming from my hips?".
DIAGNOSIS = "ask_diagnosis"
log = logging.getLogger(__name__)


class ActionAnswerKnowledge(Action):
    """Answer from the best cited passages, or say there is no information on that."""

    def name(self) -> str:
        return "action_answer_knowledge"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter an answer with ``{"sources": [...]}`` in ``custom``, or the no-answer text.

        A plan's "how to do" button names its exercise, which gets its steps in full; a
        question about exercises, which exercises work which muscle. A message taken for
        another topic gets the redirect, unless it asks something the knowledge base answers;
        a request for a diagnosis, refused already, gets such an answer or nothing more.
        """
        from bot.knowledge.answer import answer_if_asked, reply_to_question

        exercise = next(tracker.get_latest_entity_values("exercise"), None)
        text = tracker.latest_message.get("text") or ""
        intent = tracker.latest_message.get("intent", {}).get("name")
        # The classifier's own first choice; a description that asked was renamed a question.
        ranking = tracker.latest_message.get("intent_ranking") or [{}]
        told = intent == "ask_knowledge" and ranking[0].get("name") == "describe_pain"
        offer = may_offer_plan(
            bool(tracker.active_loop.get("name")),
            bool(tracker.get_slot("assessment_done")),
            tracker.get_slot("triage_level"),
        )
        emergency_number = get_settings().emergency_number
        if intent in (OUT_OF_SCOPE, DIAGNOSIS):
            try:
                found = answer_if_asked(text, emergency_number)
            except Exception:  # the redirect needs no knowledge base: it is never lost
                log.exception("the knowledge base could not be asked")
                found = None
            if found is None:
                if intent == OUT_OF_SCOPE:
                    dispatcher.utter_message(response="utter_out_of_scope")
                return []
            reply = found
        else:
            reply = reply_to_question(text, exercise, emergency_number, intent, offer, told)
        if reply.text:
            dispatcher.utter_message(
                text=reply.text,
                buttons=reply.buttons or None,
                json_message={"sources": reply.sources} if reply.sources else None,
            )
        return []
