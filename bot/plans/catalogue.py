"""The exercises a plan may use, as their documents under ``knowledge/exercises/`` describe them.

Title, goal and dose come from each document's front matter, so a dose is written
once, where the instructions are; the plans only decide which exercises and in what
order. The documents are read once per process and checked against the ids the
plans use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import frontmatter
import yaml

from bot.errors import KneebotError
from bot.settings import get_settings

Goal = Literal["strengthen", "stretch"]

# Ordered as plans present them: simple floor work before standing work, and the
# step-down last because it builds on about four weeks of the others.
STRENGTHENING: tuple[str, ...] = (
    "clamshell",
    "side_lying_abduction",
    "glute_bridge",
    "standing_hip_abduction_band",
    "step_down",
)
STRETCHES: tuple[str, ...] = ("hip_flexor_stretch", "figure_four_stretch", "itb_tfl_stretch")
_GOALS: tuple[tuple[Goal, tuple[str, ...]], ...] = (
    ("strengthen", STRENGTHENING),
    ("stretch", STRETCHES),
)


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    goal: Goal
    dose: str
    trains: tuple[str, ...] = ()  # the muscles it works, as its document names them
    steps: tuple[str, ...] = ()  # the numbered steps of its "How to do it" section


def exercise(exercise_id: str, knowledge_dir: Path | None = None) -> Exercise:
    """The exercise with this id, as its document describes it."""
    exercises = catalogue(knowledge_dir)
    if exercise_id not in exercises:
        raise ValueError(f"unknown exercise {exercise_id!r}; known: {', '.join(exercises)}")
    return exercises[exercise_id]


def catalogue(knowledge_dir: Path | None = None) -> dict[str, Exercise]:
    """Every exercise the plans use, by id, read from ``<knowledge_dir>/exercises/``."""
    directory = knowledge_dir or get_settings().resolved_knowledge_dir()
    return _read(directory.resolve())


@lru_cache(maxsize=4)
def _read(knowledge_dir: Path) -> dict[str, Exercise]:
    exercises = {}
    for goal, ids in _GOALS:
        for exercise_id in ids:
            path = knowledge_dir / "exercises" / f"{exercise_id}.md"
            try:
                document = frontmatter.load(path)
            except (OSError, yaml.YAMLError) as error:
                raise KneebotError(f"cannot read the exercise document {path}: {error}") from error
            meta = document.metadata
            missing = [key for key in ("title", "goal", "dose") if not meta.get(key)]
            if missing:
                raise KneebotError(f"{path} has no {', '.join(missing)} in its front matter")
            if meta["goal"] != goal:
                raise KneebotError(f"{path} has goal {meta['goal']!r}; the plans use it to {goal}")
            exercises[exercise_id] = Exercise(
                exercise_id,
                str(meta["title"]),
                goal,
                str(meta["dose"]),
                tuple(str(muscle) for muscle in _as_list(meta.get("trains"))),
                _steps(document.content),
            )
    return exercises


def _steps(body: str) -> tuple[str, ...]:
    """The numbered lines of the document's "How to do it" section, without their numbers."""
    section = re.search(r"^## How to do it\s*$(.*?)(?=^## |\Z)", body, re.M | re.S)
    if section is None:
        return ()
    return tuple(re.findall(r"^\d+\.\s+(.+?)\s*$", section.group(1), re.M))


def _as_list(value: object) -> list[object]:
    """A front-matter list ("trains"), or nothing when it is missing."""
    return list(value) if isinstance(value, list) else []
