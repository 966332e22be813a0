"""Questions told as stories: a message that asks something is an ``ask_knowledge``.

The intent classifier learns from examples, and a question that comes with a bit of
someone's story ("I'm 52 and started running ... could it be my hips?") or asks in the
middle of the assessment reads to it like a description or an answer. Such a message
is answered first: this component, after the classifier and its fallback, renames
those intents when the wording poses a question (:func:`bot.language.asking.poses_question`;
an ``inform`` or "don't know", the answer the assessment expects, only when it asks with
its subject or at length; a "no" only at length), when it asks about the assistant's own
questions ("why do you need my age", whatever it was taken for but a request for a
person), or when a description tells what an exercise makes the person feel. The
question rules then answer it, and the assessment's slots do not take it as an answer.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.knowledge.cues import reports_feeling_in_exercise
from bot.language.asking import asks_about_the_questions, asks_directly, poses_question
from bot.language.text import parse

QUESTION_INTENT = "ask_knowledge"
# What a question told with a story is taken for. Greetings ("hi, how does this work?")
# keep their own replies, and so does out of scope: its rules ask the knowledge base
# first (actions/knowledge.py), since the intent tells what the message is about.
TOLD = frozenset({"describe_pain", "nlu_fallback"})
# An answer to the assessment's question, or a "don't know", is taken for a question only
# when it asks with its subject ("is it the front you mean?") or asks at length: "is the
# left one" and "could be 3 weeks" answer.
ANSWERED = frozenset({"inform", "dont_know"})
LONG_QUESTION_WORDS = 10
# A "no" is taken for a question only when it asks at length, or tells what an exercise
# makes the person feel ("I feel nothing in the clamshell, am I doing it wrong"), so that
# "no, why?" still answers the assessment's question.
ONLY_AT_LENGTH = frozenset({"deny"})


# A question about the assistant's own questions is answered whatever else it reads as:
# "why do you need my age" is no request for a diagnosis. A request for a person keeps
# its handoff, whatever else it asks.
REROUTABLE = TOLD | ANSWERED | ONLY_AT_LENGTH | frozenset({"ask_diagnosis", "out_of_scope"})


def reroute(intent: str | None, text: str) -> bool:
    """Whether a message classified ``intent`` is really a question to answer: it asks,
    or it tells what one of the plan's exercises makes the person feel."""
    if text.startswith("/") or intent not in REROUTABLE:
        return False
    words = [token.text for token in parse(text).tokens]
    if asks_about_the_questions(words):
        return True
    if intent not in TOLD | ANSWERED | ONLY_AT_LENGTH:
        return False
    # Not for an answer to the assessment: "step downs make it sore" says what makes it worse.
    if intent != "inform" and reports_feeling_in_exercise(text):
        return True
    if intent in TOLD:
        return poses_question(words)
    long = sum(word.isalnum() for word in words) >= LONG_QUESTION_WORDS
    if intent in ONLY_AT_LENGTH:
        return long and poses_question(words)
    return asks_directly(words) or (long and poses_question(words))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class QuestionRouter(GraphComponent):
    """Renames a told intent to ``ask_knowledge`` when the message poses a question."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> QuestionRouter:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            if reroute(intent.get(INTENT_NAME_KEY), message.get(TEXT) or ""):
                # The classifier's ranking stays as it was: it tells what was rerouted.
                message.set(
                    INTENT,
                    {
                        INTENT_NAME_KEY: QUESTION_INTENT,
                        PREDICTED_CONFIDENCE_KEY: intent.get(PREDICTED_CONFIDENCE_KEY),
                    },
                    add_to_output=True,
                )
        return messages
