"""The ``kneebot`` command: train, serve, chat with, build and measure the assistant."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bot.errors import KneebotError

REQUIRED_PYTHON = (3, 10)


def _check_python() -> None:
    if sys.version_info[:2] != REQUIRED_PYTHON:
        found = ".".join(map(str, sys.version_info[:3]))
        raise KneebotError(
            f"kneebot needs Python 3.10 (Rasa 3.6 supports no newer one); this is {found}. "
            "Use `make run`, or `uv run kneebot ...`, which pick the right interpreter."
        )


def _train(args: argparse.Namespace) -> int:
    from bot.runtime.training import train

    result = train(force=args.force)
    print(result.message)
    return 0


def _up(args: argparse.Namespace) -> int:
    from bot.runtime.serve import Ports, serve

    return serve(Ports(rasa=args.rasa_port, actions=args.actions_port, web=args.web_port))


def _chat(args: argparse.Namespace) -> int:
    from bot.evaluation.chat import chat

    return chat(args.url, sender=args.sender)


def _bench(args: argparse.Namespace) -> int:
    from bot.evaluation.bench import bench, bench_screen

    if args.what == "screen":
        return bench_screen()
    return bench(args.url, rounds=args.rounds)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser; each command imports its heavy parts only when run."""
    from bot.evaluation.commands import add_eval_parser
    from bot.knowledge.commands import add_knowledge_parser, add_retrieval_eval_parser
    from bot.settings import get_settings

    settings = get_settings()
    rasa_url = f"http://{settings.host}:{settings.rasa_port}"
    parser = argparse.ArgumentParser(
        prog="kneebot",
        description="An assistant for knee pain that may come from the hips: "
        "general education, red-flag screening and exercise suggestions, never a diagnosis.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    train = commands.add_parser(
        "train",
        help="train the Rasa model; skipped when data, config and domain are unchanged",
        description="Train the Rasa model into models/ (building the knowledge index "
        "first if it is missing or stale). Training is skipped when the training data, "
        "config.yml, domain.yml and NLU components are unchanged.",
    )
    train.add_argument("--force", action="store_true", help="retrain even if nothing changed")
    train.set_defaults(func=_train)

    up = commands.add_parser(
        "up",
        help="start the assistant (Rasa, action server, web server) and print its URLs",
        description="Start the Rasa server (REST and socket.io channels), the action "
        "server and the web server on the embedded defaults (SQLite tracker store, "
        "no external services). Builds the knowledge index and trains the model first "
        "if they are stale. Ctrl-C or SIGTERM stops every process it started.",
    )
    up.add_argument("--rasa-port", type=int, default=settings.rasa_port)
    up.add_argument("--actions-port", type=int, default=settings.actions_port)
    up.add_argument("--web-port", type=int, default=settings.web_port)
    up.set_defaults(func=_up)

    chat = commands.add_parser(
        "chat",
        help="chat in this terminal with a running assistant",
        description="Chat with a running assistant over its REST channel. Buttons are "
        "shown as numbers: type the number to choose one. Type /quit to leave.",
    )
    chat.add_argument("--url", default=rasa_url, help=f"Rasa server (default {rasa_url})")
    chat.add_argument("--sender", default=None, help="conversation id (default: a new one)")
    chat.set_defaults(func=_chat)

    bench = commands.add_parser(
        "bench",
        help="time the first conversation's replies over REST, or the red-flag screen",
        description="Hold the first conversation repeatedly with a running assistant "
        "and print the median and 95th-percentile reply time per message; or, with "
        "'screen', time the red-flag screen against message and conversation length.",
    )
    bench.add_argument(
        "what",
        nargs="?",
        choices=("conversation", "screen"),
        default="conversation",
        help="what to time (default: the conversation)",
    )
    bench.add_argument("--url", default=rasa_url, help=f"Rasa server (default {rasa_url})")
    bench.add_argument("--rounds", type=int, default=20, help="conversations to hold")
    bench.set_defaults(func=_bench)

    add_knowledge_parser(commands)
    add_retrieval_eval_parser(add_eval_parser(commands))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kneebot`` console script."""
    # Health conversations must not leave the machine: Rasa's telemetry is off everywhere.
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    try:
        _check_python()
        args = build_parser().parse_args(argv)
        return int(args.func(args))
    except KneebotError as error:
        print(f"kneebot: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
