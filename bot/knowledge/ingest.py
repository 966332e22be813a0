"""Knowledge documents to passages: front matter, ``## `` sections, overlapping windows.

A document's id is its file stem (``exercises/clamshell.md`` is ``clamshell``), the same
id the exercise plans use; two documents with one stem are refused. A passage id is
``<doc>#<section slug>-<n>`` (``clamshell#how-to-do-it-2``): it depends only on the
document, the section heading and the passage's place in the section, so it is the same
on every build while the text is unchanged.

Each section has a type, the kind of question it answers (``SECTION_TYPES``): an
exercise's headings say theirs, a safety page warns, an article explains, and a
document's ``section_types`` front matter names any other (``evidence``, say).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import frontmatter
import yaml

from bot.errors import KneebotError

if TYPE_CHECKING:
    from spacy.language import Language

INDEX_DIR_NAME = "index"
SECTION_TYPES = ("steps", "dose", "explanation", "evidence", "warning")
# The headings every exercise document shares (knowledge/README.md), by what they answer.
EXERCISE_SECTION_TYPES = {
    "what it trains": "explanation",
    "how to do it": "steps",
    "dose": "dose",
    "what you should feel": "explanation",
    "what you should not feel": "warning",
    "common mistakes": "steps",
    "easier and harder versions": "steps",
    "cautions": "warning",
}
KIND_SECTION_TYPES = {"article": "explanation", "exercise": "explanation", "safety": "warning"}
_SECTION = re.compile(r"^## +(.+?)\s*#*\s*$", re.MULTILINE)
LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*+])\s+")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(.+?)\1")


@dataclass(frozen=True)
class Passage:
    """A few consecutive sentences (or list items) of one section of one document."""

    doc: str
    title: str
    section: str
    ordinal: int
    sentences: tuple[str, ...]
    type: str  # one of SECTION_TYPES

    @property
    def section_key(self) -> str:
        return f"{self.doc}#{slugify(self.section)}"

    @property
    def id(self) -> str:
        return f"{self.section_key}-{self.ordinal}"

    @property
    def text(self) -> str:
        return join_sentences(self.sentences)

    @property
    def search_text(self) -> str:
        # The title and heading say what a bare "Hold for 20–30 seconds" is about.
        return f"{self.title}. {self.section}. {self.text}"


def slugify(heading: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def join_sentences(sentences: tuple[str, ...] | list[str]) -> str:
    """Prose joined by spaces; list items each on a line of their own, marker kept."""
    text, previous = "", ""
    for sentence in sentences:
        if text:
            text += "\n" if LIST_ITEM.match(sentence) or LIST_ITEM.match(previous) else " "
        text += sentence
        previous = sentence
    return text


def source_files(knowledge_dir: Path) -> list[Path]:
    """Every Markdown document under ``knowledge_dir``, sorted; READMEs and the index excluded."""
    index_dir = knowledge_dir / INDEX_DIR_NAME
    return sorted(
        path
        for path in knowledge_dir.rglob("*.md")
        if path.name.lower() != "readme.md" and index_dir not in path.parents
    )


def content_hashes(knowledge_dir: Path) -> dict[str, str]:
    """SHA-256 of each source document, keyed by its path relative to ``knowledge_dir``."""
    return {
        path.relative_to(knowledge_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in source_files(knowledge_dir)
    }


def load_passages(knowledge_dir: Path, sentences: int, overlap: int) -> list[Passage]:
    """Split every document under ``knowledge_dir`` into passages of ``sentences`` units."""
    paths = source_files(knowledge_dir)
    if not paths:
        raise KneebotError(f"no knowledge documents (*.md with front matter) under {knowledge_dir}")
    seen: dict[str, Path] = {}
    passages: list[Passage] = []
    for path in paths:
        if path.stem in seen:
            raise KneebotError(
                f"{path} and {seen[path.stem]} share the document id {path.stem!r}; rename one"
            )
        seen[path.stem] = path
        passages.extend(_document_passages(path, sentences, overlap))
    return passages


def _document_passages(path: Path, size: int, overlap: int) -> Iterator[Passage]:
    try:
        post = frontmatter.load(path)
    except yaml.YAMLError as error:
        raise KneebotError(f"{path} has unreadable front matter: {error}") from error
    title = post.metadata.get("title")
    if not title:
        raise KneebotError(f"{path} has no title in its front matter")
    declared = _declared_types(path, post.metadata.get("section_types") or {})
    kind = str(post.metadata.get("kind", "article"))
    slugs: set[str] = set()
    for section, body in _sections(post.content, str(title)):
        if slugify(section) in slugs:
            raise KneebotError(f"{path} has two sections headed {section!r}; passage ids need one")
        slugs.add(slugify(section))
        kind_type = KIND_SECTION_TYPES.get(kind, "explanation")
        if kind == "exercise":
            kind_type = EXERCISE_SECTION_TYPES.get(section.lower(), kind_type)
        section_type = declared.get(section, kind_type)
        units = _units(body)
        step = size - overlap
        for ordinal, start in enumerate(range(0, max(len(units) - overlap, 1), step), 1):
            yield Passage(
                path.stem,
                str(title),
                section,
                ordinal,
                tuple(units[start : start + size]),
                section_type,
            )


def _declared_types(path: Path, declared: object) -> dict[str, str]:
    """The ``section_types`` front matter (heading -> type), refused if it names no type."""
    if not isinstance(declared, dict) or any(
        value not in SECTION_TYPES for value in declared.values()
    ):
        raise KneebotError(
            f"{path}: section_types must map headings to one of {', '.join(SECTION_TYPES)}"
        )
    return {str(heading): str(value) for heading, value in declared.items()}


def _sections(content: str, title: str) -> Iterator[tuple[str, str]]:
    """(heading, body) pairs; text before the first heading goes under the title."""
    parts = _SECTION.split(content)
    if parts[0].strip():
        yield title, parts[0]
    for heading, body in zip(parts[1::2], parts[2::2], strict=True):
        if body.strip():
            yield heading.strip(), body


def _units(body: str) -> list[str]:
    """Sentences of prose paragraphs, and whole list items, in document order."""
    blocks: list[tuple[bool, str]] = []  # (is list item, text)
    for line in body.splitlines():
        line = _plain(line)
        if not line:
            blocks.append((False, ""))
        elif LIST_ITEM.match(line):
            blocks.append((True, line))
        elif blocks and blocks[-1][1]:
            # A continuation line joins the paragraph or list item it belongs to.
            blocks[-1] = (blocks[-1][0], f"{blocks[-1][1]} {line}")
        else:
            blocks.append((False, line))
    units: list[str] = []
    for is_item, text in blocks:
        if is_item:
            units.append(text)
        elif text:
            units.extend(s.text.strip() for s in _sentencizer()(text).sents if s.text.strip())
    return units


def _plain(line: str) -> str:
    """One Markdown line as plain text: headings' hashes, link targets and emphasis removed."""
    line = _LINK.sub(r"\1", line.strip().lstrip("#").strip())
    return _EMPHASIS.sub(r"\2", line)


@lru_cache(maxsize=1)
def _sentencizer() -> Language:
    # spaCy's thinc imports TensorFlow when it is installed (Rasa's is); keep its log quiet.
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
