"""The built index: its manifest, and rebuilding only when something changed."""

from __future__ import annotations

import json
from pathlib import Path

from bot.knowledge.index import build, is_stale, load_index
from bot.knowledge.search import search
from bot.settings import Settings
from tests.knowledge.conftest import write_doc


def test_manifest_records_sources_model_and_versions(small_knowledge: Path, encoder) -> None:
    result = build(knowledge_dir=small_knowledge)
    manifest = json.loads((small_knowledge / "index" / "manifest.json").read_text())
    assert result.built and result.passages == manifest["passages"] == 5
    assert set(manifest["inputs"]["sources"]) == {"knee-basics.md", "exercises/wall_sit.md"}
    assert all(len(digest) == 64 for digest in manifest["inputs"]["sources"].values())
    assert manifest["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert manifest["embedding_dimension"] == 384
    assert set(manifest["inputs"]["versions"]) >= {"faiss-cpu", "bm25s", "sentence-transformers"}
    assert manifest["index_type"] == "IndexFlatIP"


def test_rebuilds_only_when_a_source_changes(small_knowledge: Path, encoder) -> None:
    build(knowledge_dir=small_knowledge)
    assert not is_stale(small_knowledge)
    assert not build(knowledge_dir=small_knowledge).built

    basics = small_knowledge / "knee-basics.md"
    basics.write_text(basics.read_text().replace("Rest helps.", "Rest often helps."))
    assert is_stale(small_knowledge)
    assert build(knowledge_dir=small_knowledge).built
    assert not build(knowledge_dir=small_knowledge).built
    assert build(force=True, knowledge_dir=small_knowledge).built


def test_other_passage_settings_make_the_index_stale(small_knowledge: Path, encoder) -> None:
    build(knowledge_dir=small_knowledge)
    assert is_stale(small_knowledge, Settings(passage_sentences=2, passage_overlap=0))


def test_a_new_document_becomes_searchable_without_code_changes(
    small_knowledge: Path, encoder
) -> None:
    build(knowledge_dir=small_knowledge)
    assert load_index(small_knowledge) is load_index(small_knowledge)  # read once per process
    write_doc(
        small_knowledge,
        "exercises/calf_raise.md",
        "Calf raise",
        "## How to do it\n\nStand on a step and rise onto your toes, then lower your heels slowly.",
    )
    assert build(knowledge_dir=small_knowledge).built
    hits = search("how do I do calf raises on a step", k=1, knowledge_dir=small_knowledge)
    assert hits[0].doc == "calf_raise" and hits[0].passage == "calf_raise#how-to-do-it-1"


def test_above_the_size_limit_the_dense_index_is_approximate(
    small_knowledge: Path, encoder
) -> None:
    result = build(knowledge_dir=small_knowledge, settings=Settings(ann_min_passages=2))
    assert result.index_type == "IndexHNSWFlat"
