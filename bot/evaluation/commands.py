"""``kneebot eval``: every suite, or one, with its figures against their targets.

Alone, ``kneebot eval`` trains the model if it is stale, replays the test stories,
scores intents on the held-out set, and talks to the assistant over REST (the safety
cases and the simulated people). It uses the assistant at ``--url`` when given, or
starts its own on free ports with a throw-away tracker database, and stops it after.
It exits 1 when any figure misses its target.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.errors import KneebotError
from bot.evaluation.figures import Figure, table
from bot.runtime.processes import Child, child_env, free_port, http_ok, stop_all, wait_until
from bot.settings import get_settings

SHOWN_PROBLEMS = 20  # misses listed per suite; the figures count them all


@contextlib.contextmanager
def assistant(url: str | None) -> Iterator[str]:
    """The Rasa URL of a running assistant: ``url`` if given, else one started here."""
    if url:
        if not http_ok(f"{url}/webhooks/rest/"):
            raise KneebotError(f"No assistant answers at {url}. Start one with `kneebot up`.")
        yield url
        return
    host = "127.0.0.1"
    ports = [free_port(host) for _ in range(3)]
    with tempfile.TemporaryDirectory(prefix="kneebot-eval-") as scratch:
        env = child_env({"KNEEBOT_TRACKER_DB": str(Path(scratch) / "tracker.db")})
        command = [sys.executable, "-m", "bot.cli", "up"]
        command += ["--rasa-port", str(ports[0]), "--actions-port", str(ports[1])]
        command += ["--web-port", str(ports[2])]
        print("kneebot eval: starting an assistant of its own (about a minute)...", flush=True)
        log_path = Path(scratch) / "kneebot-up.log"
        rasa_url = f"http://{host}:{ports[0]}"
        # Its log stays out of the figures, and is shown only if it fails to start.
        with log_path.open("w") as log:
            up = Child.start("kneebot up", command, env, output=log)
            try:
                try:
                    wait_until(
                        lambda: (
                            http_ok(f"{rasa_url}/webhooks/rest/")
                            and http_ok(f"http://{host}:{ports[1]}/health")
                        ),
                        [up],
                        get_settings().startup_timeout_s,
                        "The assistant",
                    )
                except KneebotError:
                    print(log_path.read_text()[-3000:], file=sys.stderr)
                    raise
                yield rasa_url
            finally:
                stop_all([up])


def _report(title: str, figures: list[Figure], problems: list[str]) -> list[Figure]:
    print(f"\n== {title}")
    print(table(figures))
    for problem in problems[:SHOWN_PROBLEMS]:
        print(f"  - {problem}")
    if len(problems) > SHOWN_PROBLEMS:
        print(f"  ... and {len(problems) - SHOWN_PROBLEMS} more")
    return figures


def _stories(model: Path) -> list[Figure]:
    from bot.evaluation.stories import run_stories

    result = run_stories(model)
    return _report("test stories (rasa test core)", result.figures(), result.failed)


def _nlu(model: Path, folds: int | None) -> list[Figure]:
    from bot.evaluation.nlu import evaluate_cross_validation, evaluate_model

    if folds:
        report = evaluate_cross_validation(folds)
        where = f"{folds}-fold cross-validation"
    else:
        report = evaluate_model(model)
        where = "held-out"
    print(f"\n{report.text()}")
    return _report(f"intents ({where})", report.figures(where), [])


def _safety(rasa_url: str) -> list[Figure]:
    from bot.evaluation.safety import http_figures

    figures, misses = http_figures(rasa_url)
    return _report("red flags over HTTP", figures, misses)


def _dialogue(rasa_url: str) -> list[Figure]:
    from bot.evaluation.simulator import dialogue_figures, load_profiles, run_profiles

    profiles = load_profiles()
    figures, problems = dialogue_figures(profiles, run_profiles(rasa_url, profiles))
    return _report("simulated conversations", figures, problems)


def _answers(rasa_url: str, questions: str | None) -> list[Figure]:
    from bot.evaluation.answers import BLIND_QUESTIONS, http_figures

    figures, problems = http_figures(rasa_url, Path(questions) if questions else BLIND_QUESTIONS)
    return _report("answers to blind questions over HTTP", figures, problems)


def _run(args: argparse.Namespace) -> int:
    from bot.runtime.training import train

    suite = args.suite or "all"
    figures: list[Figure] = []
    if suite in ("all", "stories", "nlu"):
        # Trained once for both suites (or found up to date), so they measure the current data.
        model = train().model
        if suite in ("all", "stories"):
            figures += _stories(model)
        if suite in ("all", "nlu"):
            figures += _nlu(model, args.folds)
    if suite in ("all", "safety", "dialogue", "answers"):
        with assistant(args.url) as rasa_url:
            if suite in ("all", "safety"):
                figures += _safety(rasa_url)
            if suite in ("all", "dialogue"):
                figures += _dialogue(rasa_url)
            if suite in ("all", "answers"):
                figures += _answers(rasa_url, getattr(args, "questions", None))
    if suite == "all":
        _report("summary", figures, [])
    missed = [f.name for f in figures if not f.met]
    if missed:
        print(f"\nkneebot eval: {len(missed)} figure(s) missed the target: {', '.join(missed)}")
    return 1 if missed else 0


def add_eval_parser(commands: Any) -> Any:
    """Add ``kneebot eval`` and its suites; returns the suites' subparsers for others."""
    evaluate = commands.add_parser(
        "eval",
        help="measure the assistant against its targets and print the figures",
        description="With no suite: test stories, intents on the held-out set, red flags "
        "over HTTP and simulated conversations, with a summary. Uses the assistant at "
        "--url, or starts one of its own. Exits 1 when a figure misses its target.",
    )
    evaluate.add_argument("--url", default=None, help="a running assistant's Rasa URL")
    evaluate.set_defaults(func=_run, suite=None, folds=None)
    suites = evaluate.add_subparsers(dest="suite", metavar="SUITE")
    stories = suites.add_parser("stories", help="the test stories, with rasa test core")
    stories.set_defaults(func=_run)
    nlu = suites.add_parser(
        "nlu", help="intent F1 on the held-out set, or by cross-validation with --folds"
    )
    nlu.add_argument("--folds", type=int, default=None, help="cross-validate with N folds")
    nlu.set_defaults(func=_run)
    for name, what in (
        ("safety", "red-flag recall per level and over-triage, over HTTP"),
        ("dialogue", "simulated people: plan focus, outcomes, plans without screening"),
        ("answers", "blind questions: answered, cited, no-answer, section type, timing"),
    ):
        suite = suites.add_parser(name, help=what)
        # SUPPRESS: "kneebot eval --url U safety" keeps U.
        suite.add_argument(
            "--url", default=argparse.SUPPRESS, help="a running assistant's Rasa URL"
        )
        if name == "answers":
            suite.add_argument("--questions", default=None, help="question set (YAML)")
        suite.set_defaults(func=_run)
    return suites
