"""Fixtures for plans: the project's exercise documents, and a built index for citations.

Explanations and exercise steps cite passages, which needs the sentence model and the
index; the documents are copied to a temporary folder and indexed there once per
session, so tests never write into knowledge/index/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import frontmatter
import pytest

from bot.knowledge.index import build

PROJECT = Path(__file__).resolve().parents[2]
KNOWLEDGE = PROJECT / "knowledge"
# The exercise ids of the clinical table.
IDS = [
    "clamshell",
    "side_lying_abduction",
    "glute_bridge",
    "standing_hip_abduction_band",
    "step_down",
    "hip_flexor_stretch",
    "figure_four_stretch",
    "itb_tfl_stretch",
]


def front_matter(exercise_id: str, knowledge_dir: Path = KNOWLEDGE) -> dict:
    """What an exercise document's author wrote in its front matter."""
    return frontmatter.load(knowledge_dir / "exercises" / f"{exercise_id}.md").metadata


@pytest.fixture(scope="session")
def indexed_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built copy of the project's knowledge documents."""
    target = tmp_path_factory.mktemp("plans") / "knowledge"
    shutil.copytree(KNOWLEDGE, target, ignore=shutil.ignore_patterns("index"))
    build(knowledge_dir=target)
    return target


@pytest.fixture
def exercise_docs(tmp_path: Path) -> Path:
    """A fresh copy of the exercise documents alone, for tests that edit them."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE / "exercises", target / "exercises")
    return target
