"""The exact-versus-approximate benchmark, at a size that runs in seconds."""

from __future__ import annotations

from bot.knowledge.benchmarks.ann import format_bench, run_ann_bench


def test_ann_bench_measures_exact_and_hnsw() -> None:
    exact, approximate = run_ann_bench(n=3000, queries=50)
    assert (exact.index, approximate.index) == ("IndexFlatIP", "IndexHNSWFlat")
    assert exact.recall_at_10 == 1.0 and approximate.recall_at_10 >= 0.9
    assert approximate.index_mb > exact.index_mb > 0
    header = format_bench([exact, approximate], 3000).splitlines()[1].split()
    assert header[0] == "index" and header[-1] == "recall@10"
