"""spaCy patterns for the form's entities, and the pipeline that matches them.

English pretrained pipelines for spaCy 3.4 are not on the package index, and the
vocabulary of knee pain is small and stable, so hand-written patterns over
``spacy.blank("en")`` are both more accurate and easier to audit than a tagger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bot.assessment.entities.vocabulary import (
    AGE_UNITS,
    CAVING_DIRECTIONS,
    CAVING_FILLERS,
    CAVING_IN,
    CAVING_INWARD_ONLY,
    CAVING_MIDDLE,
    CAVING_STRONG,
    CAVING_TOWARDS,
    DETERMINERS,
    ENTITY_OF_ID,
    FIRST_PASS,
    HIP_AREA_SUFFIXES,
    HIP_AREAS,
    HIP_POSITIONS,
    PHRASES,
    REFERRED_SIGNS,
    SHORT_UNITS,
    SIDE_NOUNS,
    SIDES,
    SYMPTOM_ADJECTIVES,
    SYMPTOM_ADVERBS,
    SYMPTOM_AND,
    SYMPTOM_LINKS,
    SYMPTOM_NOUNS,
    SYMPTOM_PREPOSITIONS,
    word_list,
)
from bot.language.ages import DECADES, PARTS
from bot.language.durations import PLURAL_UNITS, UNIT_OF_WORD
from bot.language.numbers import NUMBER_WORDS

if TYPE_CHECKING:
    from spacy.language import Language


def _any(words: Iterable[str], op: str | None = None) -> dict[str, Any]:
    token: dict[str, Any] = {"LOWER": {"IN": sorted(set(words))}}
    if op:
        token["OP"] = op
    return token


SIDE_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    value: [[_any(["the", "my"], "?"), _any(words), _any(["hand", "-"], "*"), _any(SIDE_NOUNS)]]
    for value, words in SIDES.items()
}  # fmt: skip
SIDE_PATTERNS["both"] = [
    [{"LOWER": "both"}, {"LOWER": "of"}, {"LOWER": "them"}],
    [{"LOWER": "both"}, _any(["of", "my", "the", "his", "her"], "*"), _any(SIDE_NOUNS)],
    [_any(["left", "right"]), _any(["and", "&", "+", "/"]), _any(["left", "right"]),
     _any(SIDE_NOUNS, "?")],
    [{"LOWER": "bilateral"}],
    [{"LOWER": "both"}],
]  # fmt: skip
for _value in SIDES:
    SIDE_PATTERNS[_value].append([_any(["the", "my"]), {"LOWER": _value}])
# A bare "the left" / "both" is a side only where nothing else could be meant:
# "the left is worse", "just the right", "both, but the left is worse" (not "the right
DIGITS = re.compile(r"^\d+(?:\.\d+)?$")
FRACTION = re.compile(r"^(\d+(?:\.\d+)?)/(5|10|100)$")  # not "24/7"
NUMBER_TOKEN: dict[str, Any] = {
    "LOWER": {"REGEX": r"^(\d+(\.\d+)?|" + "|".join(NUMBER_WORDS) + ")$"}
}
FRACTION_TOKEN: dict[str, Any] = {"LOWER": {"REGEX": FRACTION.pattern}}
# "45", "forty-five", "forty five"
NUMBER: list[dict[str, Any]] = [NUMBER_TOKEN, {"ORTH": "-", "OP": "?"}, {**NUMBER_TOKEN, "OP": "?"}]


def _hip_area() -> list[dict[str, Any]]:
    """Tokens of "the front of my left hip flexors", "glutes", "groin"."""
    return [
        _any(DETERMINERS, "*"),
        _any(HIP_POSITIONS, "?"),
        _any(DETERMINERS, "*"),
        _any(sum(SIDES.values(), []), "?"),
        _any(sum(HIP_AREAS.values(), [])),
        _any(HIP_AREA_SUFFIXES, "?"),
    ]


def _token_patterns() -> list[dict[str, Any]]:
    """Token (Matcher) patterns for the entities that phrases cannot express."""
    adjectives = sum(SYMPTOM_ADJECTIVES.values(), [])
    nouns = sum(SYMPTOM_NOUNS.values(), [])
    number_or_fraction = [NUMBER_TOKEN, _any(["-", "to", "or"]), FRACTION_TOKEN]
    lead = [
        _any(word_list("pain severity level score rating it its hurts ache sore discomfort")),
        _any(word_list("is 's s was at about around of = : a an maybe probably like roughly usually"
                    " normally currently now today level score rating rated right generally"
                    " mostly"), "*"),
    ]  # fmt: skip
    unit = _any(UNIT_OF_WORD)
    decade = [_any([*DECADES, *(str(d * 10) for d in range(2, 10))]), _any(["s", "'s"], "?")]
    word_unit = _any(set(UNIT_OF_WORD) - set(SHORT_UNITS))
    patterns: dict[str, list[list[dict[str, Any]]]] = {
        "hip_symptom": [
            [_any(adjectives), _any(SYMPTOM_ADVERBS, "*"), *_hip_area()],
            [_any(adjectives), _any(SYMPTOM_AND), _any(adjectives), *_hip_area()],
            [*_hip_area(), _any(SYMPTOM_LINKS, "*"), _any(adjectives)],
            [*_hip_area(), _any(SYMPTOM_LINKS, "+"), _any(adjectives), _any(SYMPTOM_AND),
             _any(SYMPTOM_LINKS, "*"), _any(adjectives)],
            [*_hip_area(), _any(nouns)],
            [*_hip_area(), _any(nouns), _any(SYMPTOM_PREPOSITIONS), _any(DETERMINERS, "*"),
             _any(HIP_POSITIONS)],
            [_any(nouns + adjectives), _any(word_list("deep right just mainly mostly"), "?"),
             _any(SYMPTOM_PREPOSITIONS), *_hip_area()],
        ],
        "hip_area": [[_any(HIP_POSITIONS), {"LOWER": "of"}, *_hip_area()]],
        "bare_hip_symptom": [
            [_any(SYMPTOM_ADVERBS, "*"), _any(adjectives), _any(SYMPTOM_AND + SYMPTOM_ADVERBS, "*"),
             _any(adjectives, "?")],
            [_any(REFERRED_SIGNS)],
        ],
        "bare_back": [
            [_any(["at", "round", "around", "to"], "?"), {"LOWER": "the"}, {"LOWER": "back"}],
            [{"LOWER": "back"}, _any(["of"], "?"), _any(["it"], "?")],
        ],
        "knee_caving": [
            [_any(CAVING_STRONG + CAVING_IN), _any(CAVING_FILLERS, "*"),
             _any(CAVING_DIRECTIONS + ["in"])],
            [_any(CAVING_STRONG + CAVING_IN + CAVING_INWARD_ONLY), _any(CAVING_FILLERS, "*"),
             _any(CAVING_DIRECTIONS)],
            [_any(CAVING_STRONG + CAVING_IN + CAVING_INWARD_ONLY), _any(["in"], "?"),
             _any(CAVING_TOWARDS), _any(["each", "the"], "?"), _any(CAVING_MIDDLE + ["other"])],
        ],
        "duration": [
            [*NUMBER, _any(["to", "or"]), *NUMBER, unit],
            [*NUMBER, unit],
            [_any(["a", "an", "one"], "?"), _any(["couple", "few", "several"]),
             _any(["of"], "?"), word_unit],
            [_any(["a", "an", "last", "past"]), word_unit],
            [_any(["for", "over"]), _any(PLURAL_UNITS)],
            [_any(["a", "an", "one"]), word_unit, {"LOWER": "and"}, {"LOWER": "a"},
             {"LOWER": "half"}],
            [NUMBER_TOKEN, {"LOWER": "and"}, {"LOWER": "a"}, {"LOWER": "half"}, unit],
            [{"LOWER": "half"}, _any(["a", "an"]), word_unit],
            [_any(PLURAL_UNITS), {"LOWER": "ago"}],
            [{"LOWER": "since"}, {"LOWER": "yesterday"}],
        ],
        "severity": [
            [FRACTION_TOKEN],
            number_or_fraction,
            [NUMBER_TOKEN, _any(["-", "to", "or"], "?"), NUMBER_TOKEN, _any(["out", "outta"]),
             _any(["of"], "?"), NUMBER_TOKEN],
            [NUMBER_TOKEN, _any(["out", "outta"]), _any(["of"], "?"), NUMBER_TOKEN],
            [NUMBER_TOKEN, {"LOWER": "/"}, NUMBER_TOKEN],
            [NUMBER_TOKEN, {"LOWER": "on"}, _any(["a", "the"]), _any(["pain"], "?"),
             {"LOWER": "scale"}],
            [*lead, NUMBER_TOKEN],
            [*lead, NUMBER_TOKEN, _any(["out", "outta", "of", "/"]), _any(["of"], "?"),
             NUMBER_TOKEN],
            [_any(["i"]), _any(["'d", "d", "would", "’d"]), _any(["say", "rate", "give", "put"]),
             _any(["it", "at", "a", "an", "about", "around"], "*"), NUMBER_TOKEN],
            [_any(word_list("about around maybe roughly probably like solid prob")),
             _any(["a", "an"]), NUMBER_TOKEN],
            [_any(["a", "an"]), _any(["solid", "good", "strong", "weak"]), NUMBER_TOKEN],
        ],
        "years_old": [
            [*NUMBER, _any(["-"], "?"), _any(AGE_UNITS), _any(["-"], "?"),
             _any(["old", "o", "young"])],
            [NUMBER_TOKEN, _any(["yo", "y.o", "y.o."])],
            [NUMBER_TOKEN, {"LOWER": "y"}, {"LOWER": "/"}, {"LOWER": "o"}],
        ],
        "age": [
            # A school year: "in year 9", "she's in grade 8", "he's in 8th grade".
            [_any(["in", "is", "'s", "s", "’s"]), _any(["year", "yr", "grade"]), NUMBER_TOKEN],
            [_any(["in", "is", "'s", "s", "’s"]), {"LOWER": {"REGEX": r"^\d{1,2}(st|nd|rd|th)$"}},
             {"LOWER": "grade"}],
            [_any(["i"]), _any(["'m", "m", "am", "’m"]),
             _any(word_list("just only nearly almost about turning"), "?"), *NUMBER],
            [_any(["aged", "age"]), _any([":", "is", "-", "of"], "?"), *NUMBER],
            [_any(word_list("he she son daughter kid child boy girl grandson granddaughter")),
             _any(["'s", "s", "is", "’s"]), _any(["only", "just"], "?"), *NUMBER],
            [{"LOWER": "in"}, _any(["my", "his", "her", "their"]), _any(PARTS, "?"),
             _any(["-"], "?"), *decade],
            [_any(PARTS), _any(["-"], "?"), *decade],
        ],
    }  # fmt: skip
    sides = sum(SIDES.values(), [])
    for value in ("knee_surgery", "knee_replacement", "hip_surgery", "hip_replacement"):
        joint = ["knee", "knees"] if value.startswith("knee") else ["hip", "hips"]
        nouns = (
            word_list("replacement replacment replaced")
            if value.endswith("replacement")
            else word_list("surgery operation op surgeries operations scope arthroscopy operated")
        )
        patterns.setdefault(value, []).append(
            [_any(nouns), _any(["on", "to", "of", "in"]), _any(DETERMINERS, "*"),
             _any(sides, "?"), _any(joint)]
        )  # fmt: skip
    result: list[dict[str, Any]] = []
    for label, label_patterns in patterns.items():
        entity = "surgery" if label in PHRASES["surgery"] else ENTITY_OF_ID.get(label, label)
        for pattern in label_patterns:
            result.append({"label": entity, "id": label, "pattern": pattern})
    for value, side_patterns in SIDE_PATTERNS.items():
        for pattern in side_patterns:
            result.append({"label": "side", "id": value, "pattern": pattern})
    return result


@lru_cache(maxsize=1)
def pipeline() -> Language:
    import spacy
    from spacy.pipeline import EntityRuler
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_suffix_regex

    nlp = spacy.blank("en")
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    # "45yo", "2wks", "40s" -> number + unit; "mid-40s" -> "mid", "-", "40", "s".
    units = r"(?<=[0-9])(?:yo|y\.o\.?|yrs?|years?|wks?|weeks?|w|days?|d|mos?|mths?|mnths?|y|s|x)"
    suffixes = [units, *(nlp.Defaults.suffixes or [])]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = [r"(?<=[a-z])-(?=[0-9])", *(nlp.Defaults.infixes or [])]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    patterns: list[dict[str, Any]] = [
        {"label": entity, "id": value, "pattern": phrase}
        for entity, values in PHRASES.items()
        if entity != "surgery"
        for value, phrases in values.items()
        for phrase in phrases
    ]
    # Surgery phrases may start with a side ("left knee replacement") that they then absorb.
    sides = sum(SIDES.values(), [])
    for value, phrases in PHRASES["surgery"].items():
        for phrase in phrases:
            tokens = [{"LOWER": t.lower_} for t in nlp.make_doc(phrase)]
            if value != "other_surgery":
                tokens[:0] = [_any(["my", "the", "a"], "?"), _any(sides, "?")]
            patterns.append({"label": "surgery", "id": value, "pattern": tokens})
    patterns += _token_patterns()
    # Idioms, durations and "45 years old" are matched first, so that "I'm 6 weeks post op"
    # or "it's 3 weeks" are not read as an age or a severity that would then be dropped.
    for name, first in (("first_ruler", True), ("entity_ruler", False)):
        ruler = nlp.add_pipe("entity_ruler", name=name, config={"phrase_matcher_attr": "LOWER"})
        assert isinstance(ruler, EntityRuler)
        ruler.add_patterns([p for p in patterns if (p["id"] in FIRST_PASS) == first])
    return nlp

