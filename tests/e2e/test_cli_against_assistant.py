"""`kneebot chat` and `kneebot bench` against the running assistant."""

from __future__ import annotations

import re
import subprocess

from bot.runtime.processes import child_env
from tests.conftest import KNEEBOT, PROJECT, Assistant, run_kneebot


def test_terminal_chat_numbers_buttons_and_sends_their_payloads(assistant: Assistant) -> None:
    result = subprocess.run(
        [*KNEEBOT, "chat", "--url", assistant.rasa_url],
        input="2\nleft\n/quit\n",
        cwd=PROJECT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "automated assistant" in out
    assert "[2] Inner side" in out
    # Choosing "2" sent the Inner side button's payload, and the next question says so.
    assert re.search(r"inner side of the\s+knee", out.split("[2] Inner side")[1])
    assert "hip, groin or buttock" in out.split("you> ")[-2]


def test_bench_prints_median_and_p95_per_message(assistant: Assistant) -> None:
    result = run_kneebot("bench", "--url", assistant.rasa_url, "--rounds", "3", timeout=300)
    assert result.returncode == 0, result.stderr
    assert "3 conversations, 9 messages" in result.stdout
    rows = [line for line in result.stdout.splitlines() if re.search(r"\d+\.\d\s+\d+\.\d$", line)]
    assert len(rows) == 4, result.stdout  # three messages and the total
