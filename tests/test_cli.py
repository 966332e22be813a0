"""The CLI's help and its one-line errors for the usual mistakes."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from bot import cli
from bot.errors import KneebotError
from tests.conftest import run_kneebot


def test_help_explains_each_command() -> None:
    result = run_kneebot("--help")
    assert result.returncode == 0
    for command in ("train", "up", "chat", "bench", "knowledge", "eval"):
        assert command in result.stdout


def _one_line_error(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("kneebot: error:")]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_port_in_use_is_a_one_line_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = _one_line_error(run_kneebot("up", "--rasa-port", str(port), timeout=120))
    assert f"Port {port}" in line and "--rasa-port" in line


def test_no_trained_model_is_a_one_line_error(tmp_path: Path) -> None:
    line = _one_line_error(
        run_kneebot("up", env={"KNEEBOT_MODELS_DIR": str(tmp_path)}, timeout=120)
    )
    assert "kneebot train" in line


def test_chat_without_a_running_assistant_is_a_one_line_error() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    line = _one_line_error(run_kneebot("chat", "--url", f"http://127.0.0.1:{port}", timeout=120))
    assert "Cannot reach the assistant" in line


def test_wrong_python_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "version_info", (3, 12, 1, "final", 0))
    with pytest.raises(KneebotError, match="needs Python 3.10"):
        cli._check_python()
