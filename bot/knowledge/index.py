"""The built knowledge index: build when stale, load once per process.

``<knowledge_dir>/index/`` holds ``passages.json``, ``dense.faiss``, ``bm25/`` (the
bm25s index), ``asked.npy`` and ``asked.json`` (the asked questions' vectors, sections
and texts, see ``bot.knowledge.asked``), ``gate.json`` (whether the knowledge base
answers, see ``bot.knowledge.answerable``), ``adapter.npy`` (the question map, see
``bot.knowledge.adapter``; absent without asked questions) and ``manifest.json``. The manifest's
``inputs`` (source hashes, model, library versions, passage and index settings, layout
format) decide staleness: the index is rebuilt only when they differ from what the
current sources and environment would produce.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from functools import cached_property, lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bot.knowledge.adapter import DEFINITION as ADAPTER_DEFINITION
from bot.knowledge.adapter import fit_adapter
from bot.knowledge.answerable import FEATURES, FOLDS, NO_ANSWER_RECALL, Gate, fit_gate
from bot.knowledge.asked import ASKED, AskedIndex, file_hash, load_asked, with_known_sections
from bot.knowledge.cues import pain_sites
from bot.knowledge.ingest import INDEX_DIR_NAME, Passage, content_hashes, load_passages
from bot.knowledge.lay import LAY_TERMS, LayTerms
from bot.knowledge.terms import Vocabulary
from bot.settings import Settings, get_settings

if TYPE_CHECKING:
    import faiss

    from bot.knowledge.lexical import LexicalIndex

# Bump when the files written here, the way passages are cut, or how the question map or
# the gate is learnt change.
FORMAT = 7
MANIFEST = "manifest.json"
PASSAGES = "passages.json"
DENSE = "dense.faiss"
ASKED_VECTORS = "asked.npy"
ADAPTER = "adapter.npy"
ASKED_ANSWERS = "asked.json"
GATE = "gate.json"
LEXICAL_DIR = "bm25"
LIBRARIES = ("faiss-cpu", "bm25s", "sentence-transformers", "spacy", "torch")


@dataclass(frozen=True)
class KnowledgeIndex:
    """Passages with their dense and lexical indexes, row ``i`` being ``passages[i]``."""

    passages: list[Passage]
    dense: faiss.Index
    lexical: LexicalIndex
    lay_terms: LayTerms = LayTerms(())
    asked: AskedIndex = AskedIndex(np.zeros((0, 0), dtype=np.float32), [], [])
    gate: Gate | None = None  # whether it answers at all; None: the threshold says
    # Moves question vectors towards their answers (``bot.knowledge.adapter``); None: as read.
    adapter: np.ndarray | None = None

    @cached_property
    def passage_by_id(self) -> dict[str, Passage]:
        return {passage.id: passage for passage in self.passages}

    @cached_property
    def section_rows(self) -> dict[str, list[int]]:
        """Each section's rows in ``passages``, by section key, in document order."""
        rows: dict[str, list[int]] = {}
        for row, passage in enumerate(self.passages):
            rows.setdefault(passage.section_key, []).append(row)
        return rows

    @cached_property
    def section_passages(self) -> dict[str, list[Passage]]:
        """Each section's passages, by section key, in document order."""
        return {
            key: [self.passages[row] for row in rows] for key, rows in self.section_rows.items()
        }

    @cached_property
    def section_sentences(self) -> dict[str, list[str]]:
        """Each section's sentences, by section key, in order: neighbouring passages
        overlap by a sentence, said once here."""
        return {
            key: list(dict.fromkeys(s for passage in passages for s in passage.sentences))
            for key, passages in self.section_passages.items()
        }

    @cached_property
    def section_types(self) -> dict[str, str]:
        return {passage.section_key: passage.type for passage in self.passages}

    @cached_property
    def pain_sites(self) -> list[frozenset[str]]:
        """Every place each passage speaks of as hurting (see ``cues.pain_sites``)."""
        return [pain_sites(passage.text, nearest=False) for passage in self.passages]

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The passages' words; made on first use, in milliseconds, so never stored."""
        return Vocabulary.from_texts([passage.search_text for passage in self.passages])


@dataclass(frozen=True)
class BuildResult:
    built: bool
    passages: int
    documents: int
    index_type: str
    seconds: float


def index_dir(knowledge_dir: Path) -> Path:
    return knowledge_dir / INDEX_DIR_NAME


def build(
    force: bool = False,
    knowledge_dir: Path | None = None,
    settings: Settings | None = None,
) -> BuildResult:
    """Build the index under ``<knowledge_dir>/index/`` unless it is current (or ``force``)."""
    from bot.knowledge import dense, lexical
    from bot.knowledge.encoder import MODEL_NAME, encode

    settings = settings or get_settings()
    knowledge_dir = (knowledge_dir or settings.resolved_knowledge_dir()).resolve()
    current = None if force else _current_manifest(knowledge_dir, settings)
    if current is not None:
        return BuildResult(
            False,
            current["passages"],
            len(current["inputs"]["sources"]),
            current["index_type"],
            0.0,
        )

    started = time.perf_counter()
    inputs = _inputs(knowledge_dir, settings)
    passages = load_passages(knowledge_dir, settings.passage_sentences, settings.passage_overlap)
    asked = with_known_sections(load_asked(knowledge_dir), {p.section_key for p in passages})
    texts = [passage.search_text for passage in passages]
    encoded = encode(texts + [question.text for question in asked])
    vectors, asked_vectors = encoded[: len(texts)], encoded[len(texts) :]
    dense_index = dense.build_dense_index(vectors, settings)

    target = index_dir(knowledge_dir)
    target.mkdir(parents=True, exist_ok=True)
    # A missing manifest marks a half-written index as stale if this build is cut short.
    (target / MANIFEST).unlink(missing_ok=True)
    (target / PASSAGES).write_text(
        json.dumps([asdict(passage) for passage in passages], ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    dense.save_dense_index(dense_index, target / DENSE)
    lexical_index = lexical.build_lexical(texts)
    lexical.save_lexical(lexical_index, target / LEXICAL_DIR)
    np.save(target / ASKED_VECTORS, asked_vectors)
    sections = [question.section for question in asked]
    matrix = fit_adapter(
        asked_vectors, sections, vectors, [passage.section_key for passage in passages]
    )
    (target / ADAPTER).unlink(missing_ok=True)
    if matrix is not None:
        np.save(target / ADAPTER, matrix)
    (target / ASKED_ANSWERS).write_text(
        json.dumps({"sections": sections, "texts": [question.text for question in asked]}),
        encoding="utf-8",
    )
    built = KnowledgeIndex(
        passages,
        dense_index,
        lexical_index,
        LayTerms.load(knowledge_dir),
        AskedIndex(asked_vectors, sections, [question.text for question in asked]),
        adapter=matrix,
    )
    gate = fit_gate(built, settings)
    (target / GATE).write_text(
        json.dumps(gate.to_json() if gate is not None else None), encoding="utf-8"
    )
    seconds = time.perf_counter() - started
    manifest: dict[str, Any] = {
        "inputs": inputs,
        "model": MODEL_NAME,
        "embedding_dimension": int(vectors.shape[1]),
        "passages": len(passages),
        "index_type": dense.index_type(dense_index),
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "build_seconds": round(seconds, 2),
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    _load_index.cache_clear()
    return BuildResult(True, len(passages), len(inputs["sources"]), manifest["index_type"], seconds)


def read_manifest(knowledge_dir: Path) -> dict[str, Any] | None:
    """The manifest of the built index, or None if there is none (or it is unreadable)."""
    try:
        return json.loads((index_dir(knowledge_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_stale(knowledge_dir: Path, settings: Settings | None = None) -> bool:
    """True if the index is missing or was built from other sources, settings or versions."""
    return _current_manifest(knowledge_dir, settings or get_settings()) is None


def _current_manifest(knowledge_dir: Path, settings: Settings) -> dict[str, Any] | None:
    """The manifest, if the index was built from exactly the current inputs."""
    manifest = read_manifest(knowledge_dir)
    if manifest is None or manifest["inputs"] != _inputs(knowledge_dir, settings):
        return None
    return manifest


def load_index(knowledge_dir: Path | None = None) -> KnowledgeIndex:
    """The index of ``knowledge_dir`` (default: the configured one), built first if stale.

    Each process reads an index once; ``build`` drops the cached copy when it rebuilds.
    """
    settings = get_settings()
    return _load_index((knowledge_dir or settings.resolved_knowledge_dir()).resolve())


@lru_cache(maxsize=8)
def _load_index(knowledge_dir: Path) -> KnowledgeIndex:
    from bot.knowledge import dense, lexical

    settings = get_settings()
    build(knowledge_dir=knowledge_dir, settings=settings)
    target = index_dir(knowledge_dir)
    rows = json.loads((target / PASSAGES).read_text(encoding="utf-8"))
    asked = json.loads((target / ASKED_ANSWERS).read_text(encoding="utf-8"))
    gate = json.loads((target / GATE).read_text(encoding="utf-8"))
    return KnowledgeIndex(
        passages=[Passage(**{**row, "sentences": tuple(row["sentences"])}) for row in rows],
        dense=dense.load_dense_index(target / DENSE, settings),
        lexical=lexical.load_lexical(target / LEXICAL_DIR, len(rows)),
        lay_terms=LayTerms.load(knowledge_dir),
        asked=AskedIndex(np.load(target / ASKED_VECTORS), asked["sections"], asked["texts"]),
        gate=Gate.from_json(gate) if gate is not None else None,
        adapter=np.load(target / ADAPTER) if (target / ADAPTER).exists() else None,
    )


def _inputs(knowledge_dir: Path, settings: Settings) -> dict[str, Any]:
    """Everything the built index depends on, cheap to compute (no model, no index loaded)."""
    from bot.knowledge.encoder import MODEL_NAME, MODEL_PACKAGE
    from bot.knowledge.lexical import NGRAM, STOPWORDS

    return {
        "format": FORMAT,
        "sources": content_hashes(knowledge_dir),
        "asked": file_hash(knowledge_dir / ASKED),
        "lay_terms": file_hash(knowledge_dir / LAY_TERMS),
        "gate": {"features": list(FEATURES), "folds": FOLDS, "no_answer_recall": NO_ANSWER_RECALL},
        "adapter": ADAPTER_DEFINITION,
        "model": {"name": MODEL_NAME, "package": f"{MODEL_PACKAGE} {version(MODEL_PACKAGE)}"},
        "versions": {name: version(name) for name in LIBRARIES},
        "passage": {
            "sentences": settings.passage_sentences,
            "overlap": settings.passage_overlap,
        },
        "lexical": {"stopwords": STOPWORDS, "ngram": NGRAM},
        # The answer gate is fitted on the hybrid scores these make.
        "scoring": {
            name: getattr(settings, name)
            for name in (
                "fusion_depth",
                "rrf_k",
                "rerank_depth",
                "coverage_weight",
                "unknown_weight",
                "cue_weight",
                "site_weight",
                "type_weight",
                "asked_weight",
                "asked_min",
                "min_cosine",
            )
        },
        "dense": {
            "ann_min_passages": settings.ann_min_passages,
            "hnsw_m": settings.hnsw_m,
            "hnsw_ef_construction": settings.hnsw_ef_construction,
        },
    }
