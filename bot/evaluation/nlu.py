"""``kneebot eval nlu``: intent classification on the held-out set and by cross-validation.

Both run Rasa's own NLU evaluation (``rasa test nlu``) in a subprocess, so the figures
are the ones Rasa reports, and TensorFlow's memory goes when it exits. Micro-F1 counts
every message once (with one label per message it equals accuracy); macro-F1 averages
the intents, so a small intent that is always missed shows there. A message sent to
``nlu_fallback`` counts as a miss.
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.errors import KneebotError
from bot.evaluation.figures import Figure
from bot.runtime.processes import run_rasa

HOLDOUT = Path("tests/data/nlu_holdout.yml")
TRAINING_DATA = Path("data/nlu")
CONFIG = Path("config.yml")
TARGET_MICRO_F1 = 0.92
TARGET_MACRO_F1 = 0.90
AVERAGES = ("accuracy", "micro avg", "macro avg", "weighted avg")


@dataclass(frozen=True)
class Miss:
    """A message classified wrongly: its text, its label and what the model said."""

    text: str
    intent: str
    predicted: str


@dataclass(frozen=True)
class IntentReport:
    """Rasa's ``intent_report.json`` for one evaluation, its misses, and how long it took."""

    scores: dict[str, Any]
    misses: list[Miss]
    seconds: float

    @property
    def intents(self) -> dict[str, dict[str, Any]]:
        """Per-intent precision, recall, f1-score, support and confused_with."""
        return {
            name: row
            for name, row in self.scores.items()
            if name not in AVERAGES and row.get("support", 0) > 0
        }

    @property
    def total(self) -> int:
        return sum(int(row["support"]) for row in self.intents.values())

    @property
    def micro_f1(self) -> float:
        return float(self.scores["micro avg"]["f1-score"])

    @property
    def macro_f1(self) -> float:
        """Over the intents in the data: a prediction-only label (nlu_fallback) is left out."""
        rows = self.intents.values()
        return sum(float(row["f1-score"]) for row in rows) / len(rows) if rows else 0.0

    def figures(self, where: str) -> list[Figure]:
        correct = round(float(self.scores["accuracy"]) * self.total)
        return [
            Figure(
                f"intent micro-F1 ({where})",
                self.micro_f1,
                TARGET_MICRO_F1,
                detail=f"{correct}/{self.total}",
            ),
            Figure(
                f"intent macro-F1 ({where})",
                self.macro_f1,
                TARGET_MACRO_F1,
                detail=f"{len(self.intents)} intents",
            ),
        ]

    def text(self) -> str:
        """One line per intent, worst F1 first, with what it was mistaken for; then the misses."""
        lines = [f"{'intent':<16} {'prec':>5} {'rec':>5} {'f1':>5} {'n':>4}  confused with"]
        for name, row in sorted(self.intents.items(), key=lambda item: item[1]["f1-score"]):
            mistaken = row.get("confused_with", {})
            confused = ", ".join(f"{other} {n}" for other, n in mistaken.items())
            lines.append(
                f"{name:<16} {row['precision']:5.2f} {row['recall']:5.2f} "
                f"{row['f1-score']:5.2f} {int(row['support']):4d}  {confused}"
            )
        lines += [f"missed: {m.text!r}: {m.intent}, taken for {m.predicted}" for m in self.misses]
        return "\n".join(lines)


def _rasa_test_nlu(arguments: list[str], out: Path | None) -> IntentReport:
    """Run ``rasa test nlu`` with ``arguments`` and read the intent report it writes."""
    with tempfile.TemporaryDirectory(prefix="kneebot-nlu-") as scratch:
        results = out or Path(scratch)
        started = time.monotonic()
        completed = run_rasa(["test", "nlu", *arguments, "--out", str(results), "--no-plot"])
        seconds = time.monotonic() - started
        report = results / "intent_report.json"
        if completed.returncode != 0 or not report.exists():
            raise KneebotError(
                f"rasa test nlu failed (exit code {completed.returncode}):\n"
                f"{completed.stderr[-2000:]}"
            )
        errors = results / "intent_errors.json"
        misses = [
            Miss(e["text"], e["intent"], e["intent_prediction"]["name"])
            for e in (json.loads(errors.read_text(encoding="utf-8")) if errors.exists() else [])
        ]
        return IntentReport(json.loads(report.read_text(encoding="utf-8")), misses, seconds)


def evaluate_model(model: Path, data: Path = HOLDOUT, out: Path | None = None) -> IntentReport:
    """Evaluate a trained model on labelled examples (by default the held-out set)."""
    return _rasa_test_nlu(["--model", str(model), "--nlu", str(data)], out)


def evaluate_cross_validation(
    folds: int, config: Path = CONFIG, out: Path | None = None
) -> IntentReport:
    """Train ``folds`` NLU models on the training data, each tested on the part it did not see."""
    arguments = ["--nlu", str(TRAINING_DATA), "--config", str(config)]
    arguments += ["--cross-validation", "--folds", str(folds)]
    return _rasa_test_nlu(arguments, out)


def holdout_figures(model: Path) -> list[Figure]:
    """Intent micro- and macro-F1 of ``model`` on the held-out set."""
    return evaluate_model(model).figures("held-out")


def cross_validation_figures(folds: int) -> list[Figure]:
    """Intent micro- and macro-F1 over the test folds of a ``folds``-fold cross-validation."""
    return evaluate_cross_validation(folds).figures(f"{folds}-fold cross-validation")
