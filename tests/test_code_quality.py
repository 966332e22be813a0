"""The project's own lint and type checks (`make lint`, `make types`) hold in CI too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, cwd=PROJECT, capture_output=True, text=True, timeout=600, check=False
    )


def test_ruff_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "check", "bot", "actions", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = _run(str(BIN / "mypy"), "bot", "actions")
    assert result.returncode == 0, result.stdout + result.stderr
