"""Entity extraction: the matched mentions that are meant, with canonical values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.assessment.entities import context
from bot.assessment.entities.patterns import FRACTION, pipeline
from bot.assessment.entities.vocabulary import (
    BARE_BOTH_PREVIOUS,
    BARE_SIDE_NEXT,
    CLAUSE_BREAKS,
    HIP_AREAS,
    HIP_LINKS,
    OTHER_PEOPLE,
    REFERRED_SIGNS,
    SURGERY_TIMING_GAP,
    SYMPTOM_WORDS,
    WHOLE_REPLY_IDS,
)
from bot.language.ages import age_in
from bot.language.durations import weeks_in
from bot.language.numbers import decimal, values_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Entity:
    """One recognised mention: its type, canonical value and character span."""

    entity: str
    value: str
    start: int
    end: int
    text: str


def _age(words: list[str]) -> list[tuple[str, str]]:
    """An age in whole years: the start of a range ("in my teens" is 13, as the gate needs)."""
    age = age_in(words)
    return [("age", str(age.low))] if age is not None else []


def _duration(words: list[str]) -> str | None:
    found = weeks_in(words)
    return decimal(found) if found is not None else None


def _severity(words: list[str]) -> str | None:
    """A pain score on a 0-10 scale; other scales are converted ("3/5" is 6)."""
    numbers: list[float] = []
    scale = 10.0
    for i, word in enumerate(words):
        fraction = FRACTION.match(word)
        if fraction:
            numbers.append(float(fraction.group(1)))
            scale = float(fraction.group(2))
        elif numbers and word in ("out", "outta", "of", "/"):
            tail = values_in(words[i + 1 :])
            scale = tail[0] if tail else scale
            break
        else:
            numbers.extend(values_in([word]))
    if not numbers or scale <= 0:
        return None
    scaled = any(FRACTION.match(w) or w in ("out", "outta", "of", "/") for w in words)
    if numbers == [1.0] and "one" in words and not scaled:
        return None  # "the sore one" is a pronoun; "one out of ten" names its scale
    value = max(numbers) * 10 / scale
    return decimal(value) if value <= 100 else None


def _said_of_hip(doc: Doc, span: Span, words: list[str], hip_answer: bool) -> list[str]:
    """Which words of a symptom that names no body part, inside a sentence, are the hip's.

    All of them when they follow a hip directly ("my hip feels sore, and stiff"); the plain
    signs of weak or tight hips when they refer back to a hip named earlier ("my hips are
    weak and they're stiff") or, in an answer to the hip question, when no body part came
    before them ("stiff, and my glutes ache"); none when another body part was named last.
    """
    part = context.body_part_before(doc, span.start)
    if part is None:
        if not hip_answer:
            return []
    elif not context.is_hip(part):
        return []  # "my hip is fine but my knee is stiff"
    elif {t.lower_ for t in doc[part.i + 1 : span.start]} <= HIP_LINKS:
        return words
    return [word for word in words if word in REFERRED_SIGNS]


def _read(doc: Doc, span: Span, hip_answer: bool = False) -> list[tuple[str, str]]:
    """The (entity, value) pairs a matched span stands for; empty to drop it."""
    label = span.label_
    words = [t.lower_ for t in span]
    if label == "idiom":
        return []
    if span.ent_id_ in WHOLE_REPLY_IDS and not context.is_whole_reply(doc, span):
        return []
    if span.ent_id_ == "bare_back":
        return [("knee_location", "back")]
    if label == "pregnancy" and OTHER_PEOPLE.intersection(
        t.lower_ for t in context.clause_before(doc, span.start)
    ):
        return []
    if label == "duration" and context.is_age_in_years(doc, span):
        return _age(words)
    if label in ("duration", "severity", "age"):
        if context.is_other_quantity(doc, span):
            return []
        if label == "age":
            return _age(words)
        value = _severity(words) if label == "severity" else _duration(words)
        return [(label, value)] if value is not None else []
    if label == "side" and words[-1] in ("left", "right", "both"):
        following = doc[span.end].lower_ if span.end < len(doc) else "."
        previous = doc[span.start - 1].lower_ if span.start > 0 else "yes"
        lone_both = words == ["both"] and previous not in BARE_BOTH_PREVIOUS
        if following not in BARE_SIDE_NEXT or lone_both:
            return []
    if label == "knee_caving":
        return [("knee_caving", "yes")] if context.caving_has_a_knee(doc, span) else []
    if label in ("hip_symptom", "hip_area"):
        if span.ent_id_ == "bare_hip_symptom" and not context.is_whole_reply(doc, span):
            words = _said_of_hip(doc, span, words, hip_answer)
        pairs: list[tuple[str, str]] = []
        for word in words if label == "hip_symptom" else []:
            pairs += [("hip_symptom", v) for v, names in SYMPTOM_WORDS.items() if word in names]
        for word in words:
            pairs += [("hip_area", area) for area, names in HIP_AREAS.items() if word in names]
        return pairs
    return [(label, span.ent_id_)]


def _date_surgeries(found: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """Relabel the duration said right next to a surgery as ``weeks_since_surgery``."""
    result = list(found)
    for surgery, entity, _ in found:
        if entity != "surgery":
            continue
        doc = surgery.doc
        nearest: tuple[int, int] | None = None
        for i, (span, label, _) in enumerate(result):
            if label != "duration":
                continue
            if span.end <= surgery.start:
                between = doc[span.end : surgery.start]
            else:
                between = doc[surgery.end : span.start]
            gap = len(between)
            same_clause = not any(t.lower_ in CLAUSE_BREAKS for t in between)
            if gap <= SURGERY_TIMING_GAP and same_clause and (nearest is None or gap < nearest[0]):
                nearest = (gap, i)
        if nearest is not None:
            span, _, value = result[nearest[1]]
            result[nearest[1]] = (span, "weeks_since_surgery", value)
    return result


def extract(text: str, hip_answer: bool = False) -> list[Entity]:
    """Return the non-negated entity mentions in ``text``, in order, without repeats.

    ``hip_answer``: the text answers the hip question, so symptom words that name no
    body part are the hip's.
    """
    doc = pipeline()(text)
    found: list[tuple[Span, str, str]] = []
    for span in doc.ents:
        if context.is_negated(doc, span) or context.is_hypothetical(doc, span):
            continue
        found += [(span, entity, value) for entity, value in _read(doc, span, hip_answer)]
    entities: list[Entity] = []
    seen: set[tuple[str, str]] = set()
    for span, entity, value in _date_surgeries(found):
        if (entity, value) in seen:
            continue
        seen.add((entity, value))
        entities.append(Entity(entity, value, span.start_char, span.end_char, span.text))
    return entities


def values(text: str, entity: str, hip_answer: bool = False) -> list[str]:
    """Canonical values of one entity type mentioned (and not negated) in ``text``."""
    return [e.value for e in extract(text, hip_answer) if e.entity == entity]
