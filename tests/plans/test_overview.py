"""Which exercises work which muscle, for a question about exercises before a plan."""

from __future__ import annotations

from pathlib import Path

from bot.plans.overview import exercise_overview


def test_every_exercise_with_its_muscles_when_none_is_named(indexed_knowledge: Path) -> None:
    overview = exercise_overview("/ask_exercises", indexed_knowledge)
    assert "Clamshell: gluteus medius" in overview.text
    assert "Strengthening" in overview.text and "Stretches" in overview.text
    assert len(overview.sources) == 8
    assert {source["section"] for source in overview.sources} == {"What it trains"}


def test_only_the_exercises_for_the_muscle_asked_about(indexed_knowledge: Path) -> None:
    overview = exercise_overview("which exercises work the side of my bum", indexed_knowledge)
    assert "Clamshell" in overview.text and "Stretches" not in overview.text
    assert "Glute bridge" not in overview.text  # the gluteus maximus, not the medius


def test_an_exercise_named_by_what_it_stretches(indexed_knowledge: Path) -> None:
    overview = exercise_overview("what stretches help tight hip flexors", indexed_knowledge)
    assert "Kneeling hip flexor stretch" in overview.text
    assert "Clamshell" not in overview.text
