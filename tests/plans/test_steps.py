"""How to do each exercise, quoted from its document, with dose, cautions and sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.knowledge.index import load_index
from bot.plans import exercise_steps
from tests.plans.conftest import IDS, front_matter


def numbered_steps(knowledge_dir: Path, exercise_id: str) -> list[str]:
    """The numbered lines of the document's "How to do it" section."""
    text = (knowledge_dir / "exercises" / f"{exercise_id}.md").read_text(encoding="utf-8")
    section = text.split("## How to do it", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if re.match(r"\d+\. ", line.strip())]


@pytest.mark.parametrize("exercise_id", IDS)
def test_steps_dose_and_cautions_of_each_exercise(
    indexed_knowledge: Path, exercise_id: str
) -> None:
    steps = exercise_steps(exercise_id, knowledge_dir=indexed_knowledge)
    meta = front_matter(exercise_id, indexed_knowledge)
    assert steps.text.startswith(f"{meta['title']} ({meta['dose']})\n\nHow to do it:\n1. ")
    expected = numbered_steps(indexed_knowledge, exercise_id)
    assert len(expected) >= 5
    # Every step once, in order.
    positions = [steps.text.index(step) for step in expected]
    assert positions == sorted(positions)
    assert all(steps.text.count(step) == 1 for step in expected)
    assert "\n\nTake care:\n- " in steps.text


@pytest.mark.parametrize("exercise_id", IDS)
def test_sources_are_the_passages_quoted(indexed_knowledge: Path, exercise_id: str) -> None:
    steps = exercise_steps(exercise_id, knowledge_dir=indexed_knowledge)
    passages = load_index(indexed_knowledge).passage_by_id
    assert {source["section"] for source in steps.sources} == {"How to do it", "Cautions"}
    for source in steps.sources:
        passage = passages[source["passage"]]
        assert (passage.doc, passage.section) == (exercise_id, source["section"])
        assert all(sentence in steps.text for sentence in passage.sentences)


def test_the_figure_four_warns_after_a_hip_replacement(indexed_knowledge: Path) -> None:
    text = exercise_steps("figure_four_stretch", knowledge_dir=indexed_knowledge).text
    assert "Do not do this stretch if you have had a hip replacement." in text


def test_an_unknown_exercise_is_refused(indexed_knowledge: Path) -> None:
    with pytest.raises(ValueError, match="unknown exercise"):
        exercise_steps("burpee", knowledge_dir=indexed_knowledge)
