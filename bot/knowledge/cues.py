"""What the wording of a question says beyond its topic words.

Two cues, both about how people ask about knees and hips:

- which part of an exercise they want: "how do I do X" wants its steps, "how many X"
  its dose, "what is X" what it is for. Every exercise document has the same headings
  (see knowledge/README.md), so the cue names a heading, not a passage;
- where it hurts: "can tight hips cause ankle pain" asks about the ankle, and text
  about hips causing knee pain does not answer it, however alike the sentences look.
"""

from __future__ import annotations

import re

from bot.knowledge.terms import PAIN_WORDS, words

# (heading, question wording that asks for that section), headings lower-cased.
SECTION_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "how to do it",
        re.compile(
            r"\bhow (?:do|should|can|would) (?:i|you|we) (?:do|perform)\b|\bhow to\b"
            r"|\b(?:steps|instructions|technique)\b|\bhow\W*$"
        ),
    ),
    ("dose", re.compile(r"\bhow (?:many|often|long)\b|\b(?:reps|repetitions|sets)\b")),
    (
        "what it trains",
        re.compile(
            r"^\W*what(?:'s|’s|s| is| are)\b|\bwhat muscles?\b|\bpoint of\b"
            r"|\bwhat (?:does|do) (?:it|this|that|the)\b.*\b(?:work|train|target)s?\b"
            r"|\bwhat\b.*\bfor\W*$"
        ),
    ),
    ("common mistakes", re.compile(r"\bdoing (?:it|them|this|that) wrong\b|\bmistakes?\b")),
)

# fmt: off
BODY_SITES = frozenset({
    "ankle", "ankles", "foot", "feet", "toe", "toes", "heel", "heels", "calf", "calves", "shin",
    "shins", "knee", "knees", "kneecap", "kneecaps", "thigh", "thighs", "hamstring",
    "hamstrings", "groin", "hip", "hips", "pelvis", "buttock", "buttocks", "bum", "bottom",
    "glute", "glutes", "back", "spine", "neck", "shoulder", "shoulders", "arm", "arms", "elbow",
    "elbows", "wrist", "wrists", "hand", "hands", "finger", "fingers", "head", "jaw", "chest",
    "leg", "legs",
})
# fmt: on
NEAR = 6  # words between a pain word and the place it names ("pain on the inside of my knee")


def cued_sections(question: str) -> frozenset[str]:
    """The exercise headings (lower-cased) the question's wording asks for."""
    text = question.lower()
    return frozenset(heading for heading, wording in SECTION_CUES if wording.search(text))


def pain_sites(question: str) -> frozenset[str]:
    """Where the question says it hurts: the body part nearest each pain word."""
    said = [word for _, _, word in words(question)]
    sites = set()
    for at, word in enumerate(said):
        if word in PAIN_WORDS:
            near = [
                (abs(other - at), other)
                for other, site in enumerate(said)
                if site in BODY_SITES and abs(other - at) <= NEAR
            ]
            if near:
                sites.add(said[min(near)[1]])
    return frozenset(sites)
