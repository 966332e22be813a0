"""`kneebot bench`: reply times of the first conversation over REST."""

from __future__ import annotations

import statistics
import time
import uuid

import requests

from bot.client import send

# The opening conversation: a greeting, where it hurts (free text), which knee.
CONVERSATION = (
    "hi",
    "at the front, around my kneecap",
    "my right knee",
)


def p95(values: list[float]) -> float:
    """The 95th percentile, interpolated between the samples."""
    return statistics.quantiles(values, n=20, method="inclusive")[18]


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
    for message, values in timings.items():
        print(f"{message:<36} {statistics.median(values):>10.1f} {p95(values):>10.1f}")
    print(f"{'all messages':<36} {statistics.median(every):>10.1f} {p95(every):>10.1f}")
    return 0
