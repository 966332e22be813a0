"""``kneebot eval answers``: whether questions people really ask get answered, over REST.

Each blind question (``tests/data/blind/questions.yaml``) is sent to the running
assistant as a new conversation; those written to be asked mid-assessment are sent
after the opening message has started the questions. The turn's replies are judged
against the question's labels, the sections that answer it (none: the knowledge base
has no answer):

- answered: the reply holds a sentence of a labelled section, and names the source;
- sources: the reply carries ``sources``;
- no answer: a reply that cites nothing counts as "no answer", whether it says there
  is no information or answers some other way (a medicine question, say); precision
  and recall treat "no answer" as the positive class;
- section type: the first cited section's type (steps, dose, explanation, evidence,
  warning) is one of the labelled sections' types.

Then a knowledge turn and a plain turn (a greeting) are timed side by side, each the
first turn of a new conversation, alternating, so both meet the same load.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

import requests
import yaml

from bot.errors import KneebotError
from bot.evaluation.client import send
from bot.evaluation.figures import Figure, share
from bot.knowledge.index import KnowledgeIndex, load_index
from bot.knowledge.search import section_key

BLIND_QUESTIONS = Path("tests/data/blind/questions.yaml")
TARGET = 0.9
TARGET_NO_ANSWER = 0.85
MAX_EXTRA_MS = 30.0
# The message that starts the assessment before a mid-assessment question.
OPENING = "my knee hurts"
PLAIN_TURN = "hello"
# Knowledge questions for the timing, none of them in the blind set.
TIMED_QUESTIONS = (
    "can weak hips cause knee pain",
    "how do I do a clamshell",
    "what does the glute bridge work",
    "how many sets of the side-lying leg raise",
    # A story before its question is searched twice; a question about exercises adds the
    # overview of which exercise works which muscle.
    "I walk a lot for work and my knees ache by the evening. Could my hips be the cause?",
    "which exercises are good for weak glutes?",
)
TIMED_ROUNDS = 30


@dataclass(frozen=True)
class BlindQuestion:
    text: str
    kind: str
    expect: tuple[str, ...]  # section keys; empty: no answer in the knowledge base


@dataclass(frozen=True)
class Judged:
    question: BlindQuestion
    text: str  # the turn's replies, joined
    cited: tuple[str, ...]  # section keys of the sources, in order
    answered: bool  # holds a sentence of a labelled section
    type_ok: bool


def load_blind(path: Path = BLIND_QUESTIONS) -> list[BlindQuestion]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise KneebotError(f"cannot read the question set {path}: {error.strerror}") from error
    return [
        BlindQuestion(item["text"], item.get("kind", ""), tuple(item.get("expect") or ()))
        for item in data["questions"]
    ]


def ask(session: requests.Session, url: str, question: BlindQuestion) -> list[dict[str, Any]]:
    """The assistant's replies to the question, in a conversation of its own."""
    sender = f"answers-{uuid.uuid4().hex[:12]}"
    if question.kind == "mid_assessment":
        send(session, url, sender, OPENING)
    return send(session, url, sender, question.text)


def judge(question: BlindQuestion, replies: list[dict[str, Any]], index: KnowledgeIndex) -> Judged:
    """What the replies to ``question`` did, against the sections of ``index``."""
    sections, types = index.section_sentences, index.section_types
    text = "\n".join(reply.get("text") or "" for reply in replies)
    cited = tuple(
        dict.fromkeys(
            section_key(source["passage"])
            for reply in replies
            for source in (reply.get("custom") or {}).get("sources", [])
        )
    )
    answered = any(
        sentence in text for key in question.expect for sentence in sections.get(key, [])
    ) and any(key in question.expect for key in cited)
    wanted = {types[key] for key in question.expect if key in types}
    return Judged(question, text, cited, answered, bool(cited) and types.get(cited[0]) in wanted)


def answer_figures(judged: list[Judged]) -> tuple[list[Figure], list[str]]:
    answerable = [item for item in judged if item.question.expect]
    none = [item for item in judged if not item.question.expect]
    said_none = [item for item in judged if not item.cited]
    right_none = sum(not item.question.expect for item in said_none)
    answered = sum(item.answered for item in answerable)
    cited = sum(bool(item.cited) for item in answerable)
    typed = sum(item.type_ok for item in answerable)
    figures = [
        share("reply answers the question", answered, len(answerable), TARGET),
        share("sources attached", cited, len(answerable), TARGET),
        share("no-answer precision", right_none, len(said_none), TARGET_NO_ANSWER),
        share("no-answer recall", right_none, len(none), TARGET_NO_ANSWER),
        share("section type correct", typed, len(answerable), TARGET),
    ]
    problems = [
        f"{item.question.kind}: {item.question.text!r} -> "
        + (", ".join(item.cited) or "no answer")
        + ("" if item.question.expect else " (has no answer)")
        for item in judged
        if (item.question.expect and not item.answered) or (not item.question.expect and item.cited)
    ]
    return figures, problems


def timing_figure(session: requests.Session, url: str, rounds: int = TIMED_ROUNDS) -> Figure:
    """How much longer a knowledge turn takes than a plain one, at the median."""
    plain: list[float] = []
    knowledge: list[float] = []
    for round_ in range(rounds):
        for message, timings in (
            (PLAIN_TURN, plain),
            (TIMED_QUESTIONS[round_ % len(TIMED_QUESTIONS)], knowledge),
        ):
            sender = f"timing-{uuid.uuid4().hex[:12]}"
            started = time.perf_counter()
            send(session, url, sender, message)
            timings.append((time.perf_counter() - started) * 1000)
    extra = median(knowledge) - median(plain)
    return Figure(
        "knowledge turn extra median (ms)",
        extra,
        MAX_EXTRA_MS,
        higher_is_better=False,
        detail=f"{median(knowledge):.0f} vs {median(plain):.0f}",
    )


def http_figures(url: str, path: Path = BLIND_QUESTIONS) -> tuple[list[Figure], list[str]]:
    questions = load_blind(path)
    index = load_index()
    with requests.Session() as session:
        judged = [judge(question, ask(session, url, question), index) for question in questions]
        figures, problems = answer_figures(judged)
        figures.append(timing_figure(session, url))
    return figures, problems
