"""Titles, goals and doses come from the exercise documents, and only from there."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from bot.errors import KneebotError
from bot.plans.catalogue import STRENGTHENING, STRETCHES, catalogue, exercise
from bot.settings import get_settings
from tests.plans.conftest import IDS, front_matter

SVG = "{http://www.w3.org/2000/svg}"


def test_every_exercise_of_the_clinical_table_is_in_the_catalogue() -> None:
    assert sorted(catalogue()) == sorted(IDS) == sorted(STRENGTHENING + STRETCHES)


@pytest.mark.parametrize("exercise_id", IDS)
def test_title_goal_and_dose_are_the_documents(exercise_id: str) -> None:
    meta = front_matter(exercise_id)
    found = exercise(exercise_id)
    assert (found.id, found.title, found.goal, found.dose) == (
        meta["id"],
        meta["title"],
        meta["goal"],
        meta["dose"],
    )


def test_an_unknown_id_is_refused() -> None:
    with pytest.raises(ValueError, match="squat_jump"):
        exercise("squat_jump")


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_document_without_a_dose_is_reported(exercise_docs: Path) -> None:
    replace_in(exercise_docs / "exercises" / "glute_bridge.md", "dose:", "dosage:")
    with pytest.raises(KneebotError, match="glute_bridge.md has no dose"):
        catalogue(exercise_docs)


def test_a_document_whose_goal_disagrees_with_the_plans_is_reported(exercise_docs: Path) -> None:
    replace_in(exercise_docs / "exercises" / "clamshell.md", "goal: strengthen", "goal: stretch")
    with pytest.raises(KneebotError, match="clamshell.md has goal 'stretch'"):
        catalogue(exercise_docs)


def test_a_missing_document_is_reported(exercise_docs: Path) -> None:
    (exercise_docs / "exercises" / "step_down.md").unlink()
    with pytest.raises(KneebotError, match="step_down.md"):
        catalogue(exercise_docs)


def test_a_dose_changed_in_the_document_changes_the_catalogue(exercise_docs: Path) -> None:
    replace_in(
        exercise_docs / "exercises" / "clamshell.md",
        'dose: "2–3 sets of 10–15, most days"',
        'dose: "2 sets of 12, every other day"',
    )
    assert exercise("clamshell", exercise_docs).dose == "2 sets of 12, every other day"


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_exercise_has_a_safe_line_drawing_beside_its_document(exercise_id: str) -> None:
    path = catalogue_dir() / f"{exercise_id}.svg"
    svg = ElementTree.parse(path).getroot()
    assert svg.tag == f"{SVG}svg" and svg.get("viewBox") and svg.get("role") == "img"
    assert svg[0].tag == f"{SVG}title" and (svg[0].text or "").strip()
    for element in svg.iter():
        name = element.tag.removeprefix(SVG)
        assert name not in {"script", "foreignObject", "image", "style", "a"}, name
        for attribute, value in element.attrib.items():
            assert not attribute.lower().startswith("on"), attribute
            assert "url(" not in value and "javascript:" not in value.lower(), attribute


def test_steps_are_the_numbered_lines_of_how_to_do_it(exercise_docs: Path) -> None:
    path = exercise_docs / "exercises" / "glute_bridge.md"
    replace_in(path, "1. Lie on your back", "1. Lie flat on your back")
    found = catalogue(exercise_docs)["glute_bridge"]
    assert found.steps[0].startswith("Lie flat on your back")
    assert len(found.steps) == len(re.findall(r"^\d+\. ", _section(path), re.M))


def catalogue_dir() -> Path:
    return get_settings().resolved_knowledge_dir() / "exercises"


def _section(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("## How to do it", 1)[1].split("\n## ", 1)[0]
