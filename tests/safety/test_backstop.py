"""The learned backstop, trained as the assistant trains it, measured on a blind set it
never saw: it catches red flags on its own and asks few benign messages."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

from bot.knowledge import encoder
from bot.safety import backstop

CASE_DIR = Path(__file__).resolve().parent.parent / "data" / "safety"
HELD_OUT = "blind4.yaml"


def test_the_threshold_asks_at_most_the_allowed_share_of_benign_examples() -> None:
    rng = np.random.default_rng(0)
    scores = rng.random(400)
    benign = np.arange(400) < 300
    threshold = backstop.calibrated_threshold(scores, benign)
    assert np.mean(scores[benign] >= threshold) <= backstop.MAX_ASK_RATE
    # and no higher than it needs to be: one step lower would ask one benign more
    assert np.mean(scores[benign] >= np.nextafter(threshold, 0.0) - 1e-9) > backstop.MAX_ASK_RATE


def test_case_examples_label_flag_and_level_and_join_earlier_turns() -> None:
    examples = backstop.case_examples(CASE_DIR)
    assert backstop.BENIGN in examples.labels
    assert all(
        label == backstop.BENIGN or label.split(":")[1] in ("emergency", "same_day", "prompt")
        for label in examples.labels
    )
    assert any("hi" in text and len(text.split()) > 8 for text in examples.texts)


def _split(tmp: Path) -> tuple[Path, Path]:
    """Two folders: every case file but the held-out blind set, and that set alone."""
    train, test = tmp / "train", tmp / "test"
    train.mkdir()
    test.mkdir()
    for path in CASE_DIR.glob("*.yaml"):
        shutil.copy(path, (test if path.name == HELD_OUT else train) / path.name)
    return train, test


def test_on_a_blind_set_it_never_saw_it_catches_most_flags_and_asks_few_benign(
    tmp_path: Path,
) -> None:
    train, test = _split(tmp_path)
    trained = backstop.train(backstop.case_examples(train), encoder.encode)
    examples = backstop.case_examples(test)
    vectors = encoder.encode(examples.texts)
    suspicions = [
        trained.suspect(text, vector)
        for text, vector in zip(examples.texts, vectors, strict=True)
    ]
    red = [s for s, label in zip(suspicions, examples.labels, strict=True) if label != "benign"]
    benign = [s for s, label in zip(suspicions, examples.labels, strict=True) if label == "benign"]
    caught, asked = sum(s is not None for s in red), sum(s is not None for s in benign)
    print(f"held-out {HELD_OUT}: caught {caught}/{len(red)}, benign asked {asked}/{len(benign)}")
    assert caught / len(red) >= 0.90
    assert asked / len(benign) <= 0.10
