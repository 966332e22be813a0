"""The learned red-flag backstop as a Rasa component: trained with the model, run on every
message after the sentence embedding, reporting a suspicion as an entity.

The classifier is :mod:`bot.safety.backstop`; this class trains it from the case files
named in ``config.yml`` and the NLU examples, and hands its suspicion to the red-flag
policy, which alone decides whether to ask.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.knowledge import encoder
from bot.language import spelling
from bot.rasa.nlu.persisted import PersistedModel
from bot.safety import backstop, screen
from bot.safety.conversation import SUSPECTED_FLAG_ENTITY

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class RedFlagBackstop(PersistedModel[backstop.Backstop], EntityExtractorMixin):
    """Adds a ``suspected_flag`` entity ("flag:level") when the backstop is confident."""

    MODEL_FILE = "red_flag_backstop.joblib"

    @classmethod
    def required_components(cls) -> list[type]:
        """The sentence embedding must already be on the message."""
        return [DenseFeaturizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The case files, relative to the project (where `rasa train` runs)."""
        return {"cases": "tests/data/safety"}

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """The case files are read from disk, not the graph: a change to them retrains."""
        digest = hashlib.sha256()
        cases = Path({**cls.get_default_config(), **config}["cases"])
        for path in sorted(cases.glob("*.yaml")):
            digest.update(path.name.encode() + path.read_bytes())
        return digest.hexdigest()

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> RedFlagBackstop:
        """Loads the fitted backstop, and the word list messages are read with, so that the
        first person's message does not wait for it."""
        spelling.is_english("knee")
        return super().load(config, model_storage, resource, execution_context, **kwargs)

    def train(self, training_data: TrainingData) -> Resource:
        """Fit on the case files and on the NLU examples the rules let pass, then persist."""
        cases = backstop.case_examples(Path(self.config["cases"]))
        ordinary = [
            text
            for text in dict.fromkeys(m.get(TEXT) for m in training_data.training_examples)
            if text and screen(text).level is None
        ]
        fitted = backstop.train(cases, encoder.encode, ordinary)
        logger.debug("Backstop threshold %.3f", fitted.threshold)
        return self._persist(fitted)

    def process(self, messages: list[Message]) -> list[Message]:
        """Report a confident suspicion on each text message as an entity."""
        if self._model is None:
            return messages
        for message in messages:
            text = message.get(TEXT)
            _, sentence = message.get_dense_features(TEXT)
            if not text or sentence is None:
                continue
            suspicion = self._model.suspect(text, sentence.features[0])
            if suspicion is None:
                continue
            found = {
                "entity": SUSPECTED_FLAG_ENTITY,
                "value": suspicion.label,
                "confidence_entity": suspicion.probability,
            }
            message.set(
                ENTITIES,
                message.get(ENTITIES, []) + self.add_extractor_name([found]),
                add_to_output=True,
            )
        return messages
