"""Fixtures for knowledge retrieval: the real model and real indexes, each built once.

The sentence model loads once per session; the project's documents are copied to a
temporary folder and indexed there once, so tests never write into knowledge/index/.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.knowledge.encoder import get_encoder
from bot.knowledge.index import build

PROJECT = Path(__file__).resolve().parents[2]

WriteDoc = Callable[..., Path]


@pytest.fixture(scope="session")
def encoder():
    """all-MiniLM-L6-v2 from its installed package, loaded once."""
    return get_encoder()


@pytest.fixture(scope="session")
def knowledge_copy(tmp_path_factory: pytest.TempPathFactory, encoder) -> Path:
    """A built copy of the project's knowledge documents."""
    target = tmp_path_factory.mktemp("project") / "knowledge"
    shutil.copytree(PROJECT / "knowledge", target, ignore=shutil.ignore_patterns("index"))
    build(knowledge_dir=target)
    return target


def write_doc(directory: Path, relative: str, title: str, body: str, kind: str = "article") -> Path:
    """A Markdown document with front matter, as the knowledge authors write them."""
    path = directory / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title}\nkind: {kind}\n---\n\n{body.strip()}\n", encoding="utf-8")
    return path


@pytest.fixture
def small_knowledge(tmp_path: Path) -> Path:
    """Two documents, a README and a stray file under index/ in a fresh folder."""
    directory = tmp_path / "knowledge"
    write_doc(
        directory,
        "knee-basics.md",
        "Knee basics",
        """
## Why knees hurt

One. Two. Three. Four. Five.

## What helps

Rest helps. Ice can help too.
""",
    )
    write_doc(
        directory,
        "exercises/wall_sit.md",
        "Wall sit",
        """
## How to do it

1. Stand with your back against a wall. Keep your feet apart.
2. Slide down until your knees are bent.
3. Hold for ten seconds.
4. Slide back up.
""",
        kind="exercise",
    )
    (directory / "README.md").write_text("# Not knowledge\n\nAbout this folder.\n")
    (directory / "index").mkdir()
    (directory / "index" / "stray.md").write_text("---\ntitle: Stray\n---\n\n## S\n\nNo.\n")
    return directory
