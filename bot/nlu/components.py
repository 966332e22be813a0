"""Rasa graph components that adapt :mod:`bot.nlu` to Rasa's NLU pipeline."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu import entities


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class RuleEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Adds the negation-aware spaCy rule entities of :func:`bot.nlu.entities.extract`."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RuleEntityExtractor:
        """Creates the component; the spaCy patterns are compiled on first use."""
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        """Append the rule entities found in each message's text."""
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            found = [
                {
                    "entity": e.entity,
                    "value": e.value,
                    "start": e.start,
                    "end": e.end,
                    "confidence_entity": 1.0,
                }
                for e in entities.extract(text)
            ]
            message.set(
                ENTITIES,
                message.get(ENTITIES, []) + self.add_extractor_name(found),
                add_to_output=True,
            )
        return messages
