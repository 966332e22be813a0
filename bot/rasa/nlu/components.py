"""Rasa graph components over the project's own code: the sentence embedding, intents, entities."""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers import LABEL_RANKING_LENGTH
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from bot.assessment import entities
from bot.knowledge import encoder
from bot.rasa.nlu.persisted import PersistedModel

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds an all-MiniLM-L6-v2 sentence embedding of the text as a dense sentence feature.

    The embedding knows that "kneecap" and "front of the knee" are close and shrugs off
    typos, which n-gram features learn only from many examples. Only a sentence
    feature is set; the intent classifier adds its own n-grams of the text.
    """

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceEmbeddingFeaturizer:
        """Creates the featurizer and loads the encoder (a few seconds) while the model loads.

        Loading it here rather than on the first message keeps the first person's reply as
        quick as the rest.
        """
        encoder.get_encoder()
        return cls(execution_context.node_name, config)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to validate: the model is fixed."""

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Featurize every training example with text, encoded in one batch."""
        self._featurize([m for m in training_data.training_examples if m.get(TEXT)])
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Featurize incoming messages that have text."""
        self._featurize([m for m in messages if m.get(TEXT)])
        return messages

    def _featurize(self, messages: list[Message]) -> None:
        if not messages:
            return
        vectors = encoder.encode([m.get(TEXT) for m in messages])
        for message, vector in zip(messages, vectors, strict=True):
            self.add_features_to_message(
                sequence=None, sentence=vector[np.newaxis, :], attribute=TEXT, message=message
            )


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class RuleEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Adds the negation-aware spaCy rule entities of :func:`bot.assessment.entities.extract`."""

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


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class NgramEmbeddingIntentClassifier(
    IntentClassifier, PersistedModel[tuple[FeatureUnion, LogisticRegression]]
):
    """Logistic regression on the dense sentence features plus TF-IDF n-grams of the text.

    The sentence embedding carries meaning; character n-grams catch the wording an
    intent is said in ("pls", "7/10", "nope") and word n-grams its key phrases, which
    the embedding blurs in short replies. Logistic regression gives probabilities that
    FallbackClassifier can threshold without a separate calibration step.
    """

    MODEL_FILE = "ngram_embedding_intent_classifier.joblib"

    @classmethod
    def required_components(cls) -> list[type]:
        """The sentence features must already be on the message."""
        return [DenseFeaturizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Settings from a 3-fold cross-validation of data/nlu (config.yml has the figures)."""
        return {
            "char_ngram_range": [2, 4],
            "word_ngram_range": [1, 2],
            # Each n-gram block is unit length, like the embedding; halving them lets
            # the embedding lead and the n-grams settle close calls.
            "ngram_weight": 0.5,
            "C": 200.0,
            # inform has eight times the examples of restart.
            "class_weight": "balanced",
            "ranking_length": LABEL_RANKING_LENGTH,
        }

    def _ngrams(self) -> FeatureUnion:
        weight = self.config["ngram_weight"]
        return FeatureUnion(
            [
                (
                    "chars",
                    TfidfVectorizer(
                        analyzer="char_wb",
                        ngram_range=tuple(self.config["char_ngram_range"]),
                        sublinear_tf=True,
                    ),
                ),
                (
                    "words",
                    TfidfVectorizer(
                        ngram_range=tuple(self.config["word_ngram_range"]), sublinear_tf=True
                    ),
                ),
            ],
            transformer_weights={"chars": weight, "words": weight},
        )

    @staticmethod
    def _sentence_features(messages: list[Message]) -> sparse.csr_matrix:
        rows = []
        for message in messages:
            _, sentence = message.get_dense_features(TEXT)
            if sentence is None:
                raise ValueError(f"No dense sentence features for {message.get(TEXT)!r}.")
            rows.append(sentence.features[0])
        return sparse.csr_matrix(np.vstack(rows))

    def train(self, training_data: TrainingData) -> Resource:
        """Fit the n-gram vocabularies and the classifier, then persist both."""
        examples = [m for m in training_data.intent_examples if m.get(TEXT) and m.get(INTENT)]
        if not examples:
            logger.debug("No intent examples: %s is left untrained.", self.__class__.__name__)
            return self._resource
        ngrams = self._ngrams()
        features = sparse.hstack(
            [
                ngrams.fit_transform([m.get(TEXT) for m in examples]),
                self._sentence_features(examples),
            ]
        )
        classifier = LogisticRegression(
            C=self.config["C"], class_weight=self.config["class_weight"], max_iter=5000
        )
        classifier.fit(features, [m.get(INTENT) for m in examples])
        return self._persist((ngrams, classifier))

    def process(self, messages: list[Message]) -> list[Message]:
        """Set the intent and the ranking of the most likely intents on each text message."""
        with_text = [m for m in messages if m.get(TEXT)]
        if self._model is None or not with_text:
            return messages
        ngrams, classifier = self._model
        features = sparse.hstack(
            [ngrams.transform([m.get(TEXT) for m in with_text]), self._sentence_features(with_text)]
        )
        for message, probabilities in zip(
            with_text, classifier.predict_proba(features), strict=True
        ):
            ranking = [
                {"name": str(classifier.classes_[i]), "confidence": float(probabilities[i])}
                for i in np.argsort(-probabilities)
            ]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(
                INTENT_RANKING_KEY, ranking[: self.config["ranking_length"]], add_to_output=True
            )
        return messages
