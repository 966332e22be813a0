"""The map that moves questions towards the passages that answer them."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.knowledge.adapter import adapt, fit_adapter
from bot.knowledge.index import build, load_index


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def _top_sections(questions: np.ndarray, passages: np.ndarray, sections: list[str]) -> list[str]:
    return [sections[int(row)] for row in np.argmax(questions @ passages.T, axis=1)]


def test_questions_move_to_the_section_that_answers_them() -> None:
    rng = np.random.default_rng(0)
    passages = _unit(rng.normal(size=(6, 16)))
    sections = ["a", "a", "b", "b", "c", "c"]
    # Worded more like section a's passages, answered by section b: the model alone reads
    # them wrong.
    questions = _unit(passages[0] + 0.6 * passages[2] + 0.2 * rng.normal(size=(20, 16)))
    assert _top_sections(questions, passages, sections).count("b") <= 2
    matrix = fit_adapter(questions, ["b"] * 20, passages, sections)
    assert matrix is not None and matrix.shape == (16, 16)
    moved = adapt(questions, matrix)
    assert _top_sections(moved, passages, sections).count("b") >= 16
    assert np.allclose(np.linalg.norm(moved, axis=1), 1.0, atol=1e-5)


def test_a_question_no_section_answers_moves_away_from_every_passage() -> None:
    rng = np.random.default_rng(1)
    passages = _unit(rng.normal(size=(6, 16)))
    sections = ["a", "a", "b", "b", "c", "c"]
    answered = _unit(passages[2] + 0.3 * rng.normal(size=(20, 16)))
    unanswered = _unit(passages[4] + 0.3 * rng.normal(size=(20, 16)))
    labels: list[str | None] = ["b"] * 20 + [None] * 20
    matrix = fit_adapter(np.vstack([answered, unanswered]), labels, passages, sections)
    before = (unanswered @ passages.T).max(axis=1)
    after = (adapt(unanswered, matrix) @ passages.T).max(axis=1)
    assert after.mean() < before.mean()


def test_nothing_to_learn_from_leaves_questions_as_the_model_reads_them() -> None:
    passages = _unit(np.eye(4, dtype=np.float32))
    assert fit_adapter(passages[:2], [None, None], passages, ["a", "a", "b", "b"]) is None
    assert adapt(passages, None) is passages


def test_the_project_map_finds_the_section_of_questions_it_never_saw(
    knowledge_copy: Path,
) -> None:
    index = load_index(knowledge_copy)
    asked = index.asked
    passages = index.dense.reconstruct_n(0, index.dense.ntotal)
    sections = [passage.section_key for passage in index.passages]
    held = {row for row in range(len(asked.texts)) if row % 5 == 0 and asked.sections[row]}
    kept = asked.without(held)
    matrix = fit_adapter(kept.vectors, kept.sections, passages, sections)
    rows = sorted(held)
    truth = [asked.sections[row] for row in rows]

    def right(vectors: np.ndarray) -> float:
        found = _top_sections(vectors, passages, sections)
        return float(np.mean([a == b for a, b in zip(found, truth, strict=True)]))

    unmapped, mapped = right(asked.vectors[rows]), right(adapt(asked.vectors[rows], matrix))
    assert mapped >= unmapped + 0.1, (unmapped, mapped)
    # The stored map is the one the asked questions make.
    assert index.adapter is not None
    refitted = fit_adapter(asked.vectors, asked.sections, passages, sections)
    assert refitted is not None and np.allclose(index.adapter, refitted, atol=1e-4)


def test_a_knowledge_base_without_asked_questions_has_no_map(
    small_knowledge: Path, encoder
) -> None:
    build(knowledge_dir=small_knowledge)
    assert load_index(small_knowledge).adapter is None
