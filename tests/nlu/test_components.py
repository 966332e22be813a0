"""The sentence-embedding featurizer, run as Rasa runs it, without training a model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import ACTION_NAME, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.knowledge.encoder import encode
from bot.nlu.components import SentenceEmbeddingFeaturizer

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
