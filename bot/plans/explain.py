"""Why this focus: the idea behind it in a few words, and the article's own passage cited.

The passage is found by searching the knowledge base with the idea and the person's
signs, and kept to the article so the quote is about hips and knees, not one exercise.
Searching needs the sentence model and the index, so they load on the first call.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.plans.builder import Plan
from bot.plans.focus import Focus, SignKind

if TYPE_CHECKING:
    from bot.knowledge.search import Hit

ARTICLE = "weak-glutes-causing-knee-pain"
# The ideas behind each focus, in the order the plan does the work.
KINDS: dict[Focus, tuple[SignKind, ...]] = {
    "strengthen": ("weakness",),
    "stretch": ("tightness",),
    "both": ("weakness", "tightness"),
}


@dataclass(frozen=True)
class Idea:
    query: str  # what to search the article for
    words: str  # what to tell the person


IDEAS: dict[SignKind, Idea] = {
    "weakness": Idea(
        "weak hip muscles let the knee fall inwards, valgus collapse",
        "Weak hip muscles, especially the gluteus medius and maximus, can let your knee fall "
        "inwards as you bend it with weight on it (valgus collapse), which strains the knee. "
        "Strengthening them helps many people.",
    ),
    "tightness": Idea(
        "tight hip flexors and glutes pull the kneecap out of its track",
        "Tight hip flexors or buttock muscles can pull the kneecap off its usual track, which "
        "can hurt at the front or inner side of the knee. Stretching them can ease that strain.",
    ),
}
DEFAULT_WORDS = (
    "You didn't mention clear signs of weak or tight hips, so I started with strengthening: "
    "in trials, adding hip exercises to knee exercises eased pain around the kneecap more "
    "than knee exercises alone."
)


@dataclass(frozen=True)
class Explanation:
    text: str
    sources: list[dict[str, str]]  # {"doc", "section", "passage"} for each passage quoted


def explain_why(plan: Plan, knowledge_dir: Path | None = None) -> Explanation:
    """Why ``plan`` has its focus, with a passage of the article for each idea behind it."""
    kinds = KINDS[plan.focus]
    paragraphs = [IDEAS[kind].words for kind in kinds]
    if plan.reasons:
        paragraphs.append(f"You mentioned {_join([sign.words for sign in plan.reasons])}.")
    else:
        paragraphs.append(DEFAULT_WORDS)
    sources: list[dict[str, str]] = []
    for kind in kinds:
        signs = [sign.words for sign in plan.reasons if sign.kind == kind]
        hit = _article_passage("; ".join([IDEAS[kind].query, *signs]), knowledge_dir)
        if hit is None or any(source["section"] == hit.section for source in sources):
            continue
        paragraphs.append(f'From "{hit.section}" in {hit.title}: "{hit.text}"')
        sources.append({"doc": hit.doc, "section": hit.section, "passage": hit.passage})
    return Explanation("\n\n".join(paragraphs), sources)


def _article_passage(query: str, knowledge_dir: Path | None) -> Hit | None:
    from bot.knowledge.search import ranked

    return next((hit for hit in ranked(query, "hybrid", knowledge_dir) if hit.doc == ARTICLE), None)


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
