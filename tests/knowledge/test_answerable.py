"""Whether the knowledge base answers: the gate learnt from the asked questions."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.knowledge.answer import answer
from bot.knowledge.answerable import FEATURES, Gate
from bot.knowledge.index import build, load_index
from bot.knowledge.search import search_message, section_key
from bot.settings import get_settings


def test_a_story_the_threshold_alone_refused_is_answered(knowledge_copy: Path) -> None:
    question = "i coach under 12s football and half the team have sore knees, is it their hips"
    index, settings = load_index(knowledge_copy), get_settings()
    hits, features = search_message(question, index, settings)
    assert hits[0].score < settings.threshold_hybrid  # the single threshold said no answer
    assert index.gate is not None and index.gate.answers(features)
    reply = answer(question, knowledge_dir=knowledge_copy)
    assert reply is not None
    lead = section_key(reply.sources[0]["passage"])
    assert lead == "when-to-see-a-professional#children-and-teenagers"


def test_the_gate_reads_every_feature_and_survives_the_index_files(knowledge_copy: Path) -> None:
    gate = load_index(knowledge_copy).gate
    assert gate is not None
    assert len(gate.coef) == len(gate.mean) == len(gate.scale) == len(FEATURES)
    again = Gate.from_json(gate.to_json())
    features = np.linspace(0.0, 1.0, len(FEATURES))
    assert again.probability(features) == gate.probability(features)
    assert 0.0 < gate.cut < 1.0


def test_without_asked_questions_the_threshold_decides(small_knowledge: Path, encoder) -> None:
    build(knowledge_dir=small_knowledge)
    index = load_index(small_knowledge)
    assert index.gate is None
    assert answer("how much ibuprofen can i take", knowledge_dir=small_knowledge) is None
