"""The ``kneebot knowledge ...`` and ``kneebot eval retrieval`` commands.

Only argparse wiring lives here; each command imports the retrieval code when it runs,
so ``kneebot --help`` stays quick.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from typing import Any

from bot.settings import MODES


def add_knowledge_parser(commands: Any) -> None:
    """Add ``knowledge`` with ``build``, ``search`` and ``ann-bench`` to the CLI's subcommands."""
    knowledge = commands.add_parser(
        "knowledge",
        help="build, search and benchmark the knowledge base",
        description="The knowledge base: Markdown documents under knowledge/ "
        "(or $KNEEBOT_KNOWLEDGE_DIR), indexed for dense and BM25 search.",
    )
    actions = knowledge.add_subparsers(dest="action", metavar="ACTION", required=True)

    build = actions.add_parser(
        "build",
        help="build the index; skipped when no source, setting or library changed",
        description="Split the documents into passages and build the dense (FAISS) and "
        "BM25 indexes under knowledge/index/. Skipped when the manifest shows the "
        "sources, settings and library versions unchanged.",
    )
    build.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    build.set_defaults(func=_build)

    search = actions.add_parser(
        "search",
        help="search the knowledge base (builds the index first if it is stale)",
        description="Print the best passages for QUERY, at most one per section.",
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--k", type=_positive, default=5, help="passages to show (default 5)")
    search.add_argument("--mode", choices=MODES, default="hybrid", help="default hybrid")
    search.add_argument("--json", action="store_true", help="print a JSON list instead")
    search.set_defaults(func=_search)

    bench = actions.add_parser(
        "ann-bench",
        help="compare exact and approximate dense search on a large synthetic corpus",
        description="Build an exact (IndexFlatIP) and an approximate (HNSW) index over N "
        "synthetic clustered vectors and print build time, query latency, memory and "
        "recall@10 against exact search.",
    )
    bench.add_argument("--n", type=_positive, default=100_000, help="vectors (default 100000)")
    bench.set_defaults(func=_ann_bench)


def add_retrieval_eval_parser(eval_commands: Any) -> None:
    """Add ``retrieval`` to ``kneebot eval``'s suites."""
    retrieval = eval_commands.add_parser(
        "retrieval",
        help="recall, MRR, no-answer precision/recall and latency of each search mode",
        description="Run the labelled question set (tests/data/retrieval_questions.yaml, "
        "or $KNEEBOT_RETRIEVAL_QUESTIONS) through dense, BM25 and hybrid search and "
        "print their figures side by side, then hybrid's cross-validated figures with "
        "its weights and threshold re-picked without the questions measured.",
    )
    retrieval.add_argument("--questions", default=None, help="question set (YAML)")
    retrieval.add_argument("--json", action="store_true", help="print JSON instead of a table")
    retrieval.set_defaults(func=_eval_retrieval)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _build(args: argparse.Namespace) -> int:
    from bot.knowledge.index import build

    result = build(force=args.force)
    if result.built:
        print(
            f"built {result.passages} passages from {result.documents} documents "
            f"({result.index_type}) in {result.seconds:.1f} s"
        )
    else:
        print(f"index is up to date: {result.passages} passages from {result.documents} documents")
    return 0


def _search(args: argparse.Namespace) -> int:
    from bot.knowledge.search import search

    hits = search(args.query, k=args.k, mode=args.mode)
    if args.json:
        fields = ("doc", "section", "passage", "text", "score")
        print(json.dumps([{field: getattr(hit, field) for field in fields} for hit in hits]))
        return 0
    if not hits:
        print("no passage matches")
    for rank, hit in enumerate(hits, 1):
        print(f"{rank}. {hit.score:.3f}  {hit.doc} / {hit.section}  [{hit.passage}]")
        for line in hit.text.splitlines():
            print(textwrap.fill(line, width=88, initial_indent="   ", subsequent_indent="   "))
    return 0


def _ann_bench(args: argparse.Namespace) -> int:
    from bot.knowledge.benchmarks.ann import format_bench, run_ann_bench

    print(format_bench(run_ann_bench(args.n), args.n))
    return 0


def _eval_retrieval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.knowledge.benchmarks.retrieval import (
        evaluate,
        format_reports,
        load_questions,
        reports_as_json,
    )
    from bot.knowledge.benchmarks.tuning import (
        cross_validate,
        cross_validation_as_json,
        format_cross_validation,
        gather_all,
    )
    from bot.settings import get_settings

    path = Path(args.questions) if args.questions else get_settings().resolved_questions()
    questions = load_questions(path)
    reports = evaluate(questions)
    validated = cross_validate(gather_all(questions))
    if args.json:
        print(json.dumps(reports_as_json(reports) | cross_validation_as_json(validated)))
    else:
        print(format_reports(reports, questions))
        print()
        print(format_cross_validation(validated))
    return 0
