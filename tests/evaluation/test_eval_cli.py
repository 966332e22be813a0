"""`kneebot eval` as a person runs it: its own assistant, figures against targets."""

from __future__ import annotations

from bot.cli import build_parser
from tests.conftest import run_kneebot


def test_a_suite_keeps_the_url_given_before_it() -> None:
    args = build_parser().parse_args(["eval", "--url", "http://127.0.0.1:9", "safety"])
    assert (args.suite, args.url) == ("safety", "http://127.0.0.1:9")
    assert build_parser().parse_args(["eval"]).suite is None


def test_an_unreachable_assistant_is_a_one_line_error() -> None:
    result = run_kneebot("eval", "dialogue", "--url", "http://127.0.0.1:9", timeout=120)
    assert result.returncode == 2
    assert "No assistant answers at http://127.0.0.1:9" in result.stderr


def test_eval_dialogue_starts_its_own_assistant_and_prints_figures(trained_model: object) -> None:
    result = run_kneebot("eval", "dialogue", timeout=900)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    for name in (
        "plan focus correct over profiles",
        "simulated conversations as expected",
        "plans given without screening",
    ):
        assert name in result.stdout
    assert "MISSED" not in result.stdout
