"""Documents to passages: front matter, sections, overlapping windows, stable ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import KneebotError
from bot.knowledge.ingest import load_passages, source_files
from tests.knowledge.conftest import write_doc


def test_readme_and_index_folder_are_not_sources(small_knowledge: Path) -> None:
    names = [path.relative_to(small_knowledge).as_posix() for path in source_files(small_knowledge)]
    assert names == ["exercises/wall_sit.md", "knee-basics.md"]


def test_passages_keep_title_section_and_file_stem(small_knowledge: Path) -> None:
    passages = load_passages(small_knowledge, sentences=3, overlap=1)
    assert {(p.doc, p.title, p.section) for p in passages} == {
        ("knee-basics", "Knee basics", "Why knees hurt"),
        ("knee-basics", "Knee basics", "What helps"),
        ("wall_sit", "Wall sit", "How to do it"),
    }


def test_windows_of_three_sentences_overlap_by_one(small_knowledge: Path) -> None:
    passages = load_passages(small_knowledge, sentences=3, overlap=1)
    why = [p for p in passages if p.section == "Why knees hurt"]
    assert [p.sentences for p in why] == [
        ("One.", "Two.", "Three."),
        ("Three.", "Four.", "Five."),
    ]
    assert [p.id for p in why] == ["knee-basics#why-knees-hurt-1", "knee-basics#why-knees-hurt-2"]


def test_numbered_steps_stay_whole_and_on_their_own_lines(small_knowledge: Path) -> None:
    steps = [p for p in load_passages(small_knowledge, 3, 1) if p.doc == "wall_sit"]
    assert steps[0].text == (
        "1. Stand with your back against a wall. Keep your feet apart.\n"
        "2. Slide down until your knees are bent.\n"
        "3. Hold for ten seconds."
    )
    assert steps[1].text == "3. Hold for ten seconds.\n4. Slide back up."


def test_ids_are_the_same_on_every_build_and_survive_edits_elsewhere(small_knowledge: Path) -> None:
    before = [p.id for p in load_passages(small_knowledge, 3, 1)]
    assert before == [p.id for p in load_passages(small_knowledge, 3, 1)]
    basics = small_knowledge / "knee-basics.md"
    basics.write_text(basics.read_text().replace("Ice can help too.", "Ice can help, too."))
    assert [p.id for p in load_passages(small_knowledge, 3, 1)] == before


def test_an_empty_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(KneebotError, match="no knowledge documents"):
        load_passages(tmp_path, 3, 1)


def test_a_document_without_a_title_is_refused(small_knowledge: Path) -> None:
    (small_knowledge / "untitled.md").write_text("## Section\n\nText.\n")
    with pytest.raises(KneebotError, match="no title"):
        load_passages(small_knowledge, 3, 1)


def test_two_documents_with_one_id_are_refused(small_knowledge: Path) -> None:
    write_doc(small_knowledge, "more/knee-basics.md", "Again", "## A\n\nB.")
    with pytest.raises(KneebotError, match="share the document id"):
        load_passages(small_knowledge, 3, 1)


def test_the_project_documents_split_cleanly() -> None:
    knowledge = Path(__file__).resolve().parents[2] / "knowledge"
    passages = load_passages(knowledge, 3, 1)
    assert len({p.id for p in passages}) == len(passages)
    assert {p.doc for p in passages} >= {"weak-glutes-causing-knee-pain", "clamshell"}
    assert all(1 <= len(p.sentences) <= 3 and p.text for p in passages)


def test_two_sections_with_one_heading_are_refused(small_knowledge: Path) -> None:
    write_doc(small_knowledge, "twice.md", "Twice", "## Notes\n\nA.\n\n## Notes\n\nB.")
    with pytest.raises(KneebotError, match="two sections headed 'Notes'"):
        load_passages(small_knowledge, 3, 1)


def test_broken_front_matter_is_a_user_error(small_knowledge: Path) -> None:
    (small_knowledge / "broken.md").write_text("---\ntitle: [unclosed\n---\n\n## A\n\nB.\n")
    with pytest.raises(KneebotError, match="unreadable front matter"):
        load_passages(small_knowledge, 3, 1)


def test_sections_are_typed_by_heading_kind_and_front_matter(tmp_path: Path) -> None:

    write_doc(tmp_path, "exercises/lift.md", "Lift", "## How to do it\n\n1. Lift.", "exercise")
    write_doc(tmp_path, "warn.md", "Warn", "## When to go\n\nGo today.", "safety")
    path = write_doc(
        tmp_path, "study.md", "Study", "## Does it work\n\nMostly.\n\n## Why\n\nBecause."
    )
    path.write_text(
        path.read_text().replace(
            "kind: article\n", "kind: article\nsection_types:\n  Does it work: evidence\n"
        )
    )
    types = {p.section: p.type for p in load_passages(tmp_path, 3, 1)}
    assert types == {
        "How to do it": "steps",
        "When to go": "warning",
        "Does it work": "evidence",
        "Why": "explanation",
    }


def test_an_unknown_section_type_is_refused(tmp_path: Path) -> None:

    path = write_doc(tmp_path, "study.md", "Study", "## Why\n\nBecause.")
    path.write_text(
        path.read_text().replace(
            "kind: article\n", "kind: article\nsection_types:\n  Why: poetry\n"
        )
    )
    with pytest.raises(KneebotError, match="section_types"):
        load_passages(tmp_path, 3, 1)
