"""``kneebot knowledge ann-bench``: exact against approximate dense search at a large size.

The corpus is synthetic: unit vectors drawn around random cluster centres (embeddings
of real text cluster by topic; uniform random vectors would flatter no index and
mislead about recall). They are not embeddings of any text. Both indexes are built by
``dense.build_dense_index``, the code the knowledge index itself uses.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from statistics import median

import faiss
import numpy as np

from bot.knowledge.dense import build_dense_index, index_type
from bot.settings import Settings, get_settings

DIMENSION = 384  # all-MiniLM-L6-v2's
K = 10
SPREAD = 0.1  # per-coordinate noise around a centre: neighbours close, yet not trivially so


@dataclass(frozen=True)
class BenchRow:
    index: str
    build_seconds: float
    latency_median_ms: float
    latency_p95_ms: float
    index_mb: float
    rss_delta_mb: float
    recall_at_10: float


def clustered_vectors(n: int, clusters: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` unit vectors scattered around ``clusters`` random unit centres."""
    centres = _unit(rng.standard_normal((clusters, DIMENSION), dtype=np.float32))
    members = rng.integers(0, clusters, size=n)
    noise = rng.standard_normal((n, DIMENSION), dtype=np.float32) * SPREAD
    return _unit(centres[members] + noise)


def run_ann_bench(n: int = 100_000, queries: int = 500, seed: int = 7) -> list[BenchRow]:
    """Build an exact and an approximate index over ``n`` synthetic vectors and measure both."""
    rng = np.random.default_rng(seed)
    corpus = clustered_vectors(n + queries, clusters=max(n // 200, 1), rng=rng)
    vectors, probes = corpus[:n], corpus[n:]
    settings = get_settings()
    exact_settings = settings.copy(update={"ann_min_passages": n + 1})
    approximate_settings = settings.copy(update={"ann_min_passages": 1})

    rows = []
    truth: np.ndarray | None = None
    for config in (exact_settings, approximate_settings):
        row, found = _measure(vectors, probes, config, truth)
        truth = found if truth is None else truth
        rows.append(row)
    return rows


def _measure(
    vectors: np.ndarray,
    probes: np.ndarray,
    settings: Settings,
    truth: np.ndarray | None,
) -> tuple[BenchRow, np.ndarray]:
    rss_before = _rss_mb()
    started = time.perf_counter()
    index = build_dense_index(vectors, settings)
    build_seconds = time.perf_counter() - started
    rss_delta = _rss_mb() - rss_before

    latencies, found = [], []
    for probe in probes:  # one at a time, as the assistant asks
        started = time.perf_counter()
        _, rows = index.search(probe.reshape(1, -1), K)
        latencies.append(time.perf_counter() - started)
        found.append(rows[0])
    found_rows = np.array(found)
    reference = found_rows if truth is None else truth
    recall = np.mean([len(set(a) & set(b)) / K for a, b in zip(found_rows, reference, strict=True)])
    return (
        BenchRow(
            index=index_type(index),
            build_seconds=build_seconds,
            latency_median_ms=1000 * median(latencies),
            latency_p95_ms=1000 * float(np.percentile(latencies, 95)),
            index_mb=faiss.serialize_index(index).nbytes / 2**20,
            rss_delta_mb=rss_delta,
            recall_at_10=float(recall),
        ),
        found_rows,
    )


def format_bench(rows: list[BenchRow], n: int) -> str:
    title = (
        f"{n} synthetic clustered unit vectors (dimension {DIMENSION}; not text embeddings), "
        f"single-query search, recall@{K} against exact search"
    )
    header = (
        f"{'index':16}{'build s':>9}{'p50 ms':>9}{'p95 ms':>9}{'index MB':>10}"
        f"{'RSS +MB':>9}{f'recall@{K}':>11}"
    )
    lines = [title, header]
    lines += [
        f"{row.index:16}{row.build_seconds:9.1f}{row.latency_median_ms:9.3f}"
        f"{row.latency_p95_ms:9.3f}{row.index_mb:10.1f}{row.rss_delta_mb:9.1f}"
        f"{row.recall_at_10:11.3f}"
        for row in rows
    ]
    return "\n".join(lines)


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _rss_mb() -> float:
    """Resident memory of this process, from /proc (Linux, where the project runs)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")
