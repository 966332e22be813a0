"""The NLU components, run as Rasa runs them, without training a whole model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.nlu.constants import ACTION_NAME, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.knowledge.encoder import encode
from bot.rasa.nlu.components import NgramEmbeddingIntentClassifier, SentenceEmbeddingFeaturizer

NODE = "sentence_embeddings"


def _featurizer(tmp_path: Path) -> SentenceEmbeddingFeaturizer:
    return SentenceEmbeddingFeaturizer.create(
        SentenceEmbeddingFeaturizer.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource(NODE),
        ExecutionContext(GraphSchema({}), node_name=NODE),
    )


def _sentence_vector(message: Message) -> np.ndarray | None:
    _, sentence = message.get_dense_features(TEXT, [NODE])
    return None if sentence is None else sentence.features


def test_training_examples_get_the_encoder_embedding_as_sentence_feature(tmp_path: Path) -> None:
    texts = ["my kneecap hurts on stairs", "bye for now"]
    examples = [Message(data={TEXT: t, "intent": "x"}) for t in texts]
    no_text = Message(data={ACTION_NAME: "utter_greet"})
    _featurizer(tmp_path).process_training_data(TrainingData([*examples, no_text]))

    expected = encode(texts)
    for message, vector in zip(examples, expected, strict=True):
        features = _sentence_vector(message)
        assert features is not None and features.shape == (1, 384)
        np.testing.assert_allclose(features[0], vector, atol=1e-5)
        sequence, _ = message.get_dense_features(TEXT, [NODE])
        assert sequence is None
    assert no_text.features == []


def test_a_message_at_inference_is_featurized_like_in_training(tmp_path: Path) -> None:
    featurizer = _featurizer(tmp_path)
    trained = Message(data={TEXT: "pain at the front of my knee"})
    featurizer.process_training_data(TrainingData([trained]))
    incoming = Message(data={TEXT: "pain at the front of my knee"})
    featurizer.process([incoming])
    assert _sentence_vector(trained) is not None
    np.testing.assert_allclose(_sentence_vector(incoming), _sentence_vector(trained), atol=1e-5)


def test_similar_wording_gives_close_features(tmp_path: Path) -> None:
    messages = [
        Message(data={TEXT: t})
        for t in ["the front of my knee aches", "kneecap pain", "who won the football"]
    ]
    _featurizer(tmp_path).process(messages)
    knee, kneecap, football = (_sentence_vector(m)[0] for m in messages)  # type: ignore[index]
    assert float(knee @ kneecap) > float(knee @ football) + 0.2


CLASSIFIER = "intent_classifier"
TRAINING = {
    "ask_exercises": ["give me some exercises", "exercise plan please", "what stretches help"],
    "greet": ["hello", "hi there", "good morning"],
    "goodbye": ["bye", "see you later", "goodnight"],
}


def _classifier(
    storage: LocalModelStorage, load: bool, **config: object
) -> NgramEmbeddingIntentClassifier:
    make = NgramEmbeddingIntentClassifier.load if load else NgramEmbeddingIntentClassifier.create
    return make(
        {**NgramEmbeddingIntentClassifier.get_default_config(), **config},
        storage,
        Resource(CLASSIFIER),
        ExecutionContext(GraphSchema({}), node_name=CLASSIFIER),
    )


def _featurized(tmp_path: Path, texts: list[str]) -> list[Message]:
    messages = [Message(data={TEXT: t}) for t in texts]
    _featurizer(tmp_path).process(messages)
    return messages


def _train(tmp_path: Path, storage: LocalModelStorage, **config: object) -> None:
    examples = [
        Message(data={TEXT: text, INTENT: intent})
        for intent, texts in TRAINING.items()
        for text in texts
    ]
    data = TrainingData(examples)
    _featurizer(tmp_path).process_training_data(data)
    _classifier(storage, load=False, **config).train(data)


def test_classifier_trained_persisted_and_loaded_classifies_new_wording(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    _train(tmp_path, storage)
    texts = ["could you send me exercises", "hiya", "bye bye"]
    messages = _featurized(tmp_path, texts)
    _classifier(storage, load=True).process(messages)

    assert [m.get(INTENT)["name"] for m in messages] == ["ask_exercises", "greet", "goodbye"]
    for message in messages:
        ranking = message.get(INTENT_RANKING_KEY)
        confidences = [r["confidence"] for r in ranking]
        assert {r["name"] for r in ranking} == set(TRAINING)
        assert ranking[0] == message.get(INTENT)
        assert confidences == sorted(confidences, reverse=True)
        assert sum(confidences) == pytest.approx(1.0)


def test_ranking_is_cut_to_the_configured_length(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    _train(tmp_path, storage)
    [message] = _featurized(tmp_path, ["hello"])
    _classifier(storage, load=True, ranking_length=2).process([message])
    ranking = message.get(INTENT_RANKING_KEY)
    assert len(ranking) == 2
    assert ranking[0]["name"] == "greet"


def test_fallback_classifier_keeps_a_confident_intent(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    _train(tmp_path, storage)
    [message] = _featurized(tmp_path, ["hello"])
    _classifier(storage, load=True).process([message])
    fallback = FallbackClassifier({"threshold": 0.45, "ambiguity_threshold": 0.1})
    fallback.process([message])
    assert message.get(INTENT)["name"] == "greet"


def test_without_intent_examples_nothing_is_persisted_or_set(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    _classifier(storage, load=False).train(TrainingData([]))
    [message] = _featurized(tmp_path, ["hello"])
    _classifier(storage, load=True).process([message])
    assert message.get(INTENT) is None
