"""The FAISS half of retrieval: exact inner product for small corpora, HNSW past a size."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

from bot.settings import Settings


def build_dense_index(vectors: np.ndarray, settings: Settings) -> faiss.Index:
    """An index over unit vectors whose scores are cosine similarities.

    Up to ``settings.ann_min_passages`` rows the search is exact (``IndexFlatIP``);
    above it, approximate (``IndexHNSWFlat``), which keeps query time near-constant.
    """
    dim = vectors.shape[1]
    if len(vectors) < settings.ann_min_passages:
        index = faiss.IndexFlatIP(dim)
    else:
        index = faiss.IndexHNSWFlat(dim, settings.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = settings.hnsw_ef_construction
        index.hnsw.efSearch = settings.hnsw_ef_search
    index.add(vectors)
    return index


def index_type(index: faiss.Index) -> str:
    return type(index).__name__


def save_dense_index(index: faiss.Index, path: Path) -> None:
    faiss.write_index(index, str(path))


def load_dense_index(path: Path, settings: Settings) -> faiss.Index:
    index = faiss.read_index(str(path))
    if isinstance(index, faiss.IndexHNSW):
        # efSearch is a query-time knob: the current setting wins over the stored one.
        index.hnsw.efSearch = settings.hnsw_ef_search
    return index


def search_dense(index: faiss.Index, query: np.ndarray, k: int) -> list[tuple[int, float]]:
    """(row, cosine) of the ``k`` nearest rows to one query vector, best first."""
    scores, rows = index.search(query.reshape(1, -1), min(k, index.ntotal))
    return [
        (int(row), float(score)) for row, score in zip(rows[0], scores[0], strict=True) if row >= 0
    ]


def cosines(index: faiss.Index, query: np.ndarray, rows: list[int]) -> np.ndarray:
    """Cosine of the query with the given rows, read back from the index's own storage."""
    return index.reconstruct_batch(np.asarray(rows, dtype=np.int64)) @ query
