"""Training the Rasa model, skipped when nothing that shapes the model has changed.

The model file is named after a fingerprint of its inputs, so "is it stale?" is a
file-exists check and every trained model says what it was trained from.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.errors import KneebotError
from bot.runtime.processes import child_env
from bot.settings import get_settings

# Everything that changes what `rasa train` produces, relative to the project.
TRAINING_INPUTS = (
    "config.yml", "domain.yml", "data", "bot/rasa/nlu", "bot/assessment/entities", "bot/language",
    # The backstop learns from the red-flag case files, read through the screen.
    "bot/safety", "tests/data/safety",
)
MODEL_PREFIX = "kneebot-"


@dataclass(frozen=True)
class TrainResult:
    """The model to serve and whether this call trained it."""

    model: Path
    trained: bool

    @property
    def message(self) -> str:
        verb = "Trained" if self.trained else "Up to date, not retrained:"
        return f"{verb} {self.model}"


def _input_files(project: Path) -> list[Path]:
    files: list[Path] = []
    for name in TRAINING_INPUTS:
        path = project / name
        if path.is_dir():
            files += sorted(
                p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            )
        elif path.is_file():
            files.append(path)
    return files


def fingerprint(project: Path | None = None) -> str:
    """A short hash of the training inputs and the Rasa version."""
    from importlib.metadata import version

    project = project or get_settings().project_dir
    digest = hashlib.sha256(version("rasa").encode())
    for path in _input_files(project):
        digest.update(str(path.relative_to(project)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def model_path(models_dir: Path | None = None, project: Path | None = None) -> Path:
    """Where the model for the current training inputs lives (whether or not it exists)."""
    models_dir = models_dir or get_settings().models_dir
    return models_dir / f"{MODEL_PREFIX}{fingerprint(project)}.tar.gz"


def train(force: bool = False) -> TrainResult:
    """Train unless a model for the current inputs exists; ``force`` retrains anyway.

    The knowledge index is built first when missing or stale: the assistant answers from
    it, so a trained model without one is not servable.
    """
    from bot.knowledge.index import build

    build()
    settings = get_settings()
    target = model_path()
    if target.exists() and not force:
        return TrainResult(target, trained=False)
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "rasa",
        "train",
        "--config",
        "config.yml",
        "--domain",
        "domain.yml",
        "--data",
        "data",
        "--out",
        str(settings.models_dir),
        "--fixed-model-name",
        target.name[: -len(".tar.gz")],
    ]
    completed = subprocess.run(command, cwd=settings.project_dir, env=child_env(), check=False)
    if completed.returncode != 0 or not target.exists():
        raise KneebotError(
            f"Training failed (exit code {completed.returncode}); see the log above."
        )
    return TrainResult(target, trained=True)


def servable_model() -> Path:
    """The model `kneebot up` serves: the current one, or the newest with a warning."""
    current = model_path()
    if current.exists():
        return current
    models = sorted(
        get_settings().models_dir.glob(f"{MODEL_PREFIX}*.tar.gz"), key=lambda p: p.stat().st_mtime
    )
    if not models:
        raise KneebotError(
            "No trained model in models/. Run `kneebot train` (or `make run`) first."
        )
    print(
        f"kneebot: warning: the training data changed since {models[-1].name} was trained; "
        "run `kneebot train` to update it.",
        file=sys.stderr,
    )
    return models[-1]
