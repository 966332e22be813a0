"""Rule-based entity extraction with spaCy (``spacy.blank("en")`` + EntityRuler).

English pretrained pipelines for spaCy 3.4 are not on the package index, and the
vocabulary of knee pain is small and stable, so hand-written patterns are both
more accurate and easier to audit than a statistical tagger. Mentions preceded by
a negation cue in the same clause ("no pain on stairs") are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

# entity -> canonical value -> phrases (lower case, tokenised by spaCy's English rules)
PHRASES: dict[str, dict[str, list[str]]] = {
    "knee_location": {
        "front": [
            "front",
            "the front",
            "in front",
            "kneecap",
            "knee cap",
            "knee-cap",
            "kneecaps",
            "patella",
            "below the kneecap",
            "under the kneecap",
            "around the kneecap",
            "anterior",
            "frnt",
            "fron",
        ],
        "inner": [
            "inner",
            "inside",
            "the inside",
            "inner side",
            "inside of",
            "medial",
            "innner",
            "iner",
        ],
        "outer": [
            "outer",
            "outside",
            "the outside",
            "outer side",
            "outside of",
            "lateral",
            "outter",
        ],
        "back": [
            "back of the knee",
            "back of my knee",
            "back of knee",
            "back of the knees",
            "back of my knees",
            "behind the knee",
            "behind my knee",
            "behind the knees",
            "behind my knees",
            "behind the kneecap",
            "posterior",
        ],
        "all_over": [
            "all over",
            "everywhere",
            "whole knee",
            "entire knee",
            "all around",
            "all round",
            "the whole thing",
            "the whole knee",
            "everywhere in the knee",
        ],
    },
    "activity": {
        "running": [
            "run",
            "runs",
            "running",
            "ran",
            "jog",
            "jogs",
            "jogging",
            "runing",
            "sprint",
            "sprinting",
        ],
        "stairs": [
            "stairs",
            "stair",
            "staircase",
            "steps",
            "upstairs",
            "downstairs",
            "stiars",
            "stairs climbing",
            "climbing",
            "climb",
            "step",
        ],
        "squatting": [
            "squat",
            "squats",
            "squatting",
            "crouch",
            "crouching",
            "squating",
            "bending down",
            "deep knee bend",
        ],
        "kneeling": ["kneel", "kneels", "kneeling", "knelt", "kneling"],
        "sitting_long": [
            "sitting",
            "sit",
            "sitting long",
            "sitting for long",
            "sitting for a long time",
            "long drives",
            "driving",
            "desk",
            "sat",
            "siting",
        ],
        "walking": [
            "walk",
            "walks",
            "walking",
            "walked",
            "hiking",
            "hike",
            "hikes",
            "walkng",
        ],
        "cycling": ["cycling", "cycle", "bike", "biking", "bicycle", "spin class"],
        "jumping": ["jump", "jumps", "jumping", "landing", "hopping", "skipping"],
        "standing": ["standing", "stand", "stood", "standing up", "on my feet"],
    },
}

NEGATION_CUES = frozenset(
    {"no", "not", "n't", "never", "without", "nor", "neither", "dont", "doesnt", "isnt"}
)
CLAUSE_BREAKS = frozenset({",", ".", ";", "but", "though", "although", "except", "!", "?"})
NEGATION_WINDOW = 5


@dataclass(frozen=True)
class Entity:
    """One recognised mention: its type, canonical value and character span."""

    entity: str
    value: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _nlp() -> Language:
    import spacy
    from spacy.pipeline import EntityRuler

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    assert isinstance(ruler, EntityRuler)
    patterns: list[dict[str, Any]] = [
        {"label": entity, "id": value, "pattern": phrase}
        for entity, values in PHRASES.items()
        for value, phrases in values.items()
        for phrase in phrases
    ]
    ruler.add_patterns(patterns)
    return nlp


def _is_negated(doc, start: int) -> bool:
    """True when a negation cue precedes token ``start`` within its clause."""
    for token in reversed(doc[max(0, start - NEGATION_WINDOW) : start]):
        lower = token.lower_
        if lower in CLAUSE_BREAKS:
            return False
        if lower in NEGATION_CUES:
            return True
    return False


def extract(text: str) -> list[Entity]:
    """Return the non-negated entity mentions in ``text``, in order, without repeats."""
    doc = _nlp()(text)
    found: list[Entity] = []
    seen: set[tuple[str, str]] = set()
    for span in doc.ents:
        key = (span.label_, span.ent_id_)
        if key in seen or _is_negated(doc, span.start):
            continue
        seen.add(key)
        found.append(Entity(span.label_, span.ent_id_, span.start_char, span.end_char, span.text))
    return found


def values(text: str, entity: str) -> list[str]:
    """Canonical values of one entity type mentioned (and not negated) in ``text``."""
    return [e.value for e in extract(text) if e.entity == entity]
