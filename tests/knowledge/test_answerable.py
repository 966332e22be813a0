"""Whether the knowledge base answers: the gate learnt from the asked questions."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.knowledge.answer import answer
from bot.knowledge.answerable import FEATURES, Gate, fit_gate
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


def test_the_stored_gate_is_the_one_the_asked_questions_make(knowledge_copy: Path) -> None:
    index = load_index(knowledge_copy)
    stored, refitted = index.gate, fit_gate(index, get_settings())
    assert stored is not None and refitted is not None
    assert len(stored.coef) == len(FEATURES)
    features = np.linspace(0.0, 1.0, len(FEATURES))
    assert stored.probability(features) == pytest.approx(refitted.probability(features))
    assert stored.cut == pytest.approx(refitted.cut) and 0.0 < stored.cut < 1.0
    # A gate file that reads other features is not used: the threshold decides instead.
    assert Gate.from_json({**stored.to_json(), "features": ["judged"]}) is None


def test_without_asked_questions_the_threshold_decides(small_knowledge: Path, encoder) -> None:
    build(knowledge_dir=small_knowledge)
    index = load_index(small_knowledge)
    assert index.gate is None
    assert answer("how much ibuprofen can i take", knowledge_dir=small_knowledge) is None
    found = answer("how do i do a wall sit", knowledge_dir=small_knowledge)
    assert found is not None and found.section == "How to do it"
