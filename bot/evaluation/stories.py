"""``kneebot eval stories``: the test stories in ``tests/stories/`` against a trained model.

Rasa's own ``rasa test core`` replays each story and checks every action the policies
predict (the red-flag policy included); it runs in a subprocess so its memory goes
when it exits. With ``fail_on_prediction_errors`` the first wrong prediction fails the
run, as the test suite wants; without it every story is counted.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bot.errors import KneebotError
from bot.evaluation.figures import Figure, ratio
from bot.runtime.processes import run_rasa

STORIES = Path("tests/stories")


@dataclass(frozen=True)
class StoryResult:
    """How many test stories passed, which failed, and what Rasa printed."""

    passed: int
    total: int
    failed: list[str]
    output: str

    def figures(self) -> list[Figure]:
        """Stories whose every action was predicted right (target: all)."""
        return [
            Figure(
                "test stories passed",
                ratio(self.passed, self.total),
                1.0,
                detail=f"{self.passed}/{self.total}",
            )
        ]


def _rasa_test_core(model: Path, stories: Path, out: Path, *flags: str) -> tuple[int, str]:
    completed = run_rasa(
        ["test", "core", "--model", str(model), "--stories", str(stories), "--out", str(out)]
        + ["--no-plot", *flags]
    )
    return completed.returncode, completed.stdout + completed.stderr


def check_stories(model: Path, stories: Path = STORIES) -> tuple[bool, str]:
    """``rasa test core --fail-on-prediction-errors``: True if every prediction was right."""
    with tempfile.TemporaryDirectory(prefix="kneebot-stories-") as scratch:
        code, output = _rasa_test_core(model, stories, Path(scratch), "--fail-on-prediction-errors")
    return code == 0, output


def run_stories(model: Path, stories: Path = STORIES) -> StoryResult:
    """Replay every test story with ``rasa test core`` and read its story report."""
    with tempfile.TemporaryDirectory(prefix="kneebot-stories-") as scratch:
        out = Path(scratch)
        code, output = _rasa_test_core(model, stories, out)
        report = out / "story_report.json"
        if code != 0 or not report.exists():
            raise KneebotError(f"rasa test core failed (exit code {code}):\n{output[-2000:]}")
        accuracy = json.loads(report.read_text(encoding="utf-8"))["conversation_accuracy"]
        failed_file = out / "failed_test_stories.yml"
        failed = (
            _story_names(failed_file.read_text(encoding="utf-8")) if failed_file.exists() else []
        )
        return StoryResult(int(accuracy["correct"]), int(accuracy["total"]), failed, output)


def _story_names(failed: str) -> list[str]:
    return [
        line.split("story:", 1)[1].strip() for line in failed.splitlines() if "- story:" in line
    ]
