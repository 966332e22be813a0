"""Every red-flag and benign case sent to the trained assistant over HTTP.

The screen's own tests call it directly; this checks that the running assistant
escalates the same messages at the right level or higher, whatever NLU made of them,
also when said late in an assessment or inside a long message, and without escalating
benign ones. Cases whose context cannot be said in a message are left to the direct tests.
"""

from __future__ import annotations

from pathlib import Path

from bot.evaluation.figures import table
from bot.evaluation.safety import http_figures, load_all
from tests.conftest import Assistant

CASE_DIR = Path(__file__).resolve().parent.parent / "data" / "safety"


def test_the_suite_is_large_enough() -> None:
    red, benign = load_all(CASE_DIR)
    assert sum(case.sayable for case in red + benign) >= 600


def test_every_red_flag_escalates_and_few_benign_messages_do(assistant: Assistant) -> None:
    figures, misses = http_figures(assistant.rasa_url, CASE_DIR)
    print(table(figures))
    for miss in misses:
        print("  ", miss)
    assert [figure.name for figure in figures if not figure.met] == [], "\n".join(misses)
