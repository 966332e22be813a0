"""Whether the knowledge base answers a message at all.

One threshold on the best passage's score said it, calibrated on the project's own
questions; on questions written later it cut answerable ones told as a story and let
through unanswerable ones that share the documents' words. A logistic regression reads
more of what the search found: the best passage's scores and how near its words and
meaning are, how near the message is to a question people asked that a section answered
and to one that none did, and the best cosine and coverage of the shortlist.

It learns from the asked questions (``knowledge/asked.yaml``): answered or not. Each is
searched with its own fold of the asked questions left out, as a new question would be,
so the asked-question features are what they are for a question never seen. The cut keeps
``NO_ANSWER_RECALL`` of the unanswered ones from an answer, read from out-of-fold
probabilities. Both are made when the index is built, in seconds.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_predict

if TYPE_CHECKING:
    from bot.knowledge.hybrid import Evidence
    from bot.knowledge.index import KnowledgeIndex
    from bot.settings import Settings

FEATURES = (
    "judged", "raw", "cosine", "coverage", "drift", "asked", "nearest_answered",
    "nearest_unanswered", "asked_gap", "best_cosine", "best_coverage",
)  # fmt: skip
FOLDS = 5
C = 1.0
# The share of the unanswered asked questions (cross-validated) the cut keeps from an
# answer; the same share the single threshold was held to on the project's questions.
NO_ANSWER_RECALL = 0.8


def gate_features(evidence: Evidence, scores: np.ndarray, judged: np.ndarray) -> np.ndarray:
    """What the gate reads of one search: its best passage by ``scores`` and the rest."""
    top = int(np.argmax(scores))
    return np.array(
        [
            judged[top],
            scores[top],
            evidence.cosine[top],
            evidence.coverage[top],
            evidence.drift[top],
            evidence.asked[top],
            evidence.nearest_answered,
            evidence.nearest_unanswered,
            evidence.nearest_answered - evidence.nearest_unanswered,
            evidence.cosine.max(),
            evidence.coverage.max(),
        ],
        dtype=np.float64,
    )


@dataclass(frozen=True)
class Gate:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    cut: float

    def probability(self, features: np.ndarray) -> float:
        z = float((features - self.mean) / self.scale @ self.coef + self.intercept)
        return 1.0 / (1.0 + np.exp(-z))

    def answers(self, features: np.ndarray) -> bool:
        return self.probability(features) >= self.cut

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "mean": self.mean.tolist(),
            "scale": self.scale.tolist(),
            "coef": self.coef.tolist(),
            "intercept": self.intercept,
            "cut": self.cut,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Gate | None:
        """The stored gate, or None (the threshold decides) if it reads other features."""
        if data.get("features") != list(FEATURES):
            return None
        return cls(
            np.array(data["mean"]),
            np.array(data["scale"]),
            np.array(data["coef"]),
            float(data["intercept"]),
            float(data["cut"]),
        )


def fit_gate(index: KnowledgeIndex, settings: Settings) -> Gate | None:
    """The gate learnt from ``index``'s asked questions; None without both kinds."""
    from bot.knowledge.adapter import fit_adapter
    from bot.knowledge.search import search_message

    asked = index.asked
    labels = np.array([section is not None for section in asked.sections])
    if labels.all() or not labels.any() or min(labels.sum(), (~labels).sum()) < FOLDS:
        return None
    # Each fold's questions meet a map learnt without them too.
    passage_vectors = index.dense.reconstruct_n(0, index.dense.ntotal)
    passage_sections = [passage.section_key for passage in index.passages]
    rows = np.zeros((len(labels), len(FEATURES)))
    for fold in range(FOLDS):
        held = {row for row in range(len(labels)) if row % FOLDS == fold}
        kept = asked.without(held)
        matrix = (
            fit_adapter(kept.vectors, kept.sections, passage_vectors, passage_sections)
            if index.adapter is not None
            else None
        )
        searched = dataclasses.replace(index, asked=kept, adapter=matrix)
        for row in held:
            rows[row] = search_message(asked.texts[row], searched, settings)[1]
    mean, scale = rows.mean(axis=0), rows.std(axis=0)
    scale[scale == 0] = 1.0
    standard = (rows - mean) / scale
    model = LogisticRegression(C=C, max_iter=2000).fit(standard, labels)
    held_out = cross_val_predict(
        LogisticRegression(C=C, max_iter=2000), standard, labels, cv=FOLDS, method="predict_proba"
    )[:, 1]
    # Below the cut is "no answer": NO_ANSWER_RECALL of the unanswered lie below it.
    cut = float(np.quantile(held_out[~labels], NO_ANSWER_RECALL))
    return Gate(mean, scale, model.coef_[0], float(model.intercept_[0]), cut)
