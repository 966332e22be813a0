"""`kneebot bench`: reply times of the first conversation over REST."""

from __future__ import annotations

import time
import uuid

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
