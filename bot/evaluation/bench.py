"""`kneebot bench`: reply times of the first conversation over REST, and the screen's cost.

``bench screen`` shows that the red-flag screen's cost grows in proportion to a
message's length, that a message too long to read is screened in bounded time, and
that a turn's screening does not grow with the conversation.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from functools import partial

import numpy as np
import requests

from bot.evaluation.client import send

# The opening conversation: a greeting, where it hurts (free text), which knee.
CONVERSATION = (
    "hi",
    "at the front, around my kneecap",
    "my right knee",
)


def bench(url: str, rounds: int = 20) -> int:
    """Hold the conversation ``rounds`` times, each as a new sender; print the figures."""
    timings: dict[str, list[float]] = {message: [] for message in CONVERSATION}
    with requests.Session() as session:
        for _ in range(rounds):
            sender = f"bench-{uuid.uuid4().hex[:12]}"
            for message in CONVERSATION:
                start = time.perf_counter()
                send(session, url, sender, message)
                timings[message].append((time.perf_counter() - start) * 1000)
    every = [ms for values in timings.values() for ms in values]
    print(f"{rounds} conversations, {len(every)} messages, against {url}")
    print(f"{'message':<36} {'median ms':>10} {'p95 ms':>10}")
    for message, values in [*timings.items(), ("all messages", every)]:
        print(f"{message:<36} {np.median(values):>10.1f} {np.percentile(values, 95):>10.1f}")
    return 0


# A paragraph with the screen's kinds of words in it: symptoms, negations, people, times.
PARAGRAPH = (
    "My knee has been sore for about three weeks, mostly on the stairs, and it was a bit "
    "swollen after football but there is no fever and my calf is fine. My dad is 70 and "
    "his hip hurts when he walks. What if it locks? "
)
MESSAGE_KB = (1, 2, 5, 10, 20, 50, 100, 200)
CONVERSATION_TURNS = (10, 50, 100, 200, 500)


def _timed(run: Callable[[], object], repeats: int = 3) -> float:
    """The best of a few runs, in milliseconds."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def bench_screen() -> int:
    """Print the screen's time against message length and conversation length."""
    from bot.safety import screen
    from bot.safety.conversation import screen_latest, screen_refused

    screen("warm up")
    print(f"{'message KB':>10} {'screen ms':>10} {'ms per KB':>10} {'refused ms':>11}")
    for kb in MESSAGE_KB:
        text = (PARAGRAPH * (kb * 1024 // len(PARAGRAPH) + 1))[: kb * 1024]
        whole = _timed(partial(screen, text), repeats=1 if kb > 20 else 3)
        refused = _timed(partial(screen_refused, text))
        print(f"{kb:>10} {whole:>10.1f} {whole / kb:>10.2f} {refused:>11.1f}")
    print()
    print(f"{'turns':>10} {'turn ms':>10} {'unseen ms':>10}")
    sentences = PARAGRAPH.split(". ")
    for turns in CONVERSATION_TURNS:
        texts = [f"{sentences[i % len(sentences)]} ({i})" for i in range(turns)]
        screen_latest(texts[:-1])  # the turns before, as the running assistant saw them
        turn = _timed(partial(screen_latest, texts), repeats=1)
        # A process that has never seen the conversation (another replica) reads it all once.
        unseen = [f"{text}." for text in texts]
        first = _timed(partial(screen_latest, unseen), repeats=1)
        print(f"{turns:>10} {turn:>10.2f} {first:>10.1f}")
    return 0
