"""Whether a matched mention is meant: negated, only imagined, or some other quantity.

Each function reads one mention in its sentence and says whether to drop it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.assessment.entities.vocabulary import (
    A_DAY_LEADS,
    ACTIVITY_LEADS,
    AFTER_NEGATED_VERBS,
    AFTER_NEGATION_ENTITIES,
    AGE_UNITS,
    CAVING_STRONG,
    CLAUSE_BREAKS,
    DATE_WORDS,
    FINE_WHEN,
    FINE_WORDS,
    FIRST_PERSON_BE,
    FREQUENCY_WORDS,
    HIP_AREAS,
    HYPOTHETICAL_CUES,
    HYPOTHETICAL_ENTITIES,
    INABILITY,
    KNEE_WORDS,
    NEGATION_CUES,
    NEGATION_WINDOW,
    OTHER_BODY_PARTS,
    OTHER_UNITS,
    PREGNANCY_AFTER_DURATION,
    REPLY_FILLERS,
)
from bot.language import scope, spelling
from bot.language.durations import UNIT_OF_WORD

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_HIP_WORDS = frozenset(sum(HIP_AREAS.values(), []))


def clause_before(doc: Doc, start: int, window: int = NEGATION_WINDOW) -> list[Any]:
    """Up to ``window`` tokens before ``start``, nearest first, stopping at a clause break."""
    tokens = []
    for token in reversed(doc[max(0, start - window) : start]):
        if token.lower_ in CLAUSE_BREAKS:
            break
        tokens.append(token)
    return tokens


def _words(doc: Doc) -> list[str]:
    """The doc's words as the scope rules read them: spaCy splits "dont" into "do" "nt",
    and the rules know "n't"."""
    return [
        "n't" if token.lower_ == "nt" else spelling.correct(token.lower_) for token in doc
    ]


def is_negated(doc: Doc, span: Span) -> bool:
    """True when a negation governs the mention, read by the screen's scope rules
    (:mod:`bot.language.scope`), or the knee is said to be fine with it."""
    for token in clause_before(doc, span.start):
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if token.lower_ in FINE_WORDS and (following in FINE_WHEN or token.i == span.start - 1):
            return True  # "my knee is fine when walking", "fine walking on the flat"
    if span.label_ in AFTER_NEGATION_ENTITIES:
        after = []
        for token in doc[span.end : span.end + 4]:
            if token.lower_ in CLAUSE_BREAKS:
                break
            after.append(token.lower_)
        if FINE_WORDS.intersection(after) or any(
            word in NEGATION_CUES and following in AFTER_NEGATED_VERBS
            for word, following in zip(after, after[1:], strict=False)
        ):
            return True  # "stairs are fine", "running doesn't bother me"
    if span.label_ == "activity" and any(
        t.lower_ == "cannot"
        or (t.lower_ in ("n't", "nt") and t.i > 0 and doc[t.i - 1].lower_ in INABILITY)
        for t in clause_before(doc, span.start)
    ):
        return False  # "I can't kneel": the activity is what hurts
    words = _words(doc)
    return scope.is_denied(
        words,
        span.start,
        span.end,
        check_after=span.label_ in AFTER_NEGATION_ENTITIES,
        through=ACTIVITY_LEADS if span.label_ == "activity" else frozenset(),
    )


def is_hypothetical(doc: Doc, span: Span) -> bool:
    """True for surgery or injuries that are asked about or planned, not had."""
    if span.label_ not in HYPOTHETICAL_ENTITIES:
        return False
    if any(t.lower_ in HYPOTHETICAL_CUES for t in clause_before(doc, span.start)):
        return True
    return scope.is_imagined(_words(doc), span.start)


def is_other_quantity(doc: Doc, span: Span) -> bool:
    """True when a number belongs to something else: "5 minutes", "3 times a week", a date."""
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    previous = doc[span.start - 1].lower_ if span.start > 0 else ""
    if span.label_ == "duration":
        if following in PREGNANCY_AFTER_DURATION:
            return True  # "22 weeks pregnant"
        then = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
        starts_with_a = span[0].lower_ in ("a", "an")
        if starts_with_a and span[-1].lower_ == "day" and previous not in A_DAY_LEADS:
            return True  # "take two a day", not "for a day or two"
        return (starts_with_a and previous in FREQUENCY_WORDS) or (
            following in ("a", "an", "per", "each", "every", "/") and then in UNIT_OF_WORD
        )
    if span.label_ == "severity":
        return (
            following in OTHER_UNITS
            or following == "of"
            or (previous in DATE_WORDS and "/" in span.text)
        )
    if span.label_ == "age":
        then = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
        if following in AGE_UNITS and then in ("old", "young", "-"):
            return False  # "I'm 45 years old"
        return following in OTHER_UNITS or following in ("of", "/", "out")
    return False


def caving_has_a_knee(doc: Doc, span: Span) -> bool:
    if span[0].lower_ in CAVING_STRONG:
        return True
    return any(t.lower_ in KNEE_WORDS for t in clause_before(doc, span.start, 4))


def is_whole_reply(doc: Doc, span: Span, fillers: frozenset[str] = REPLY_FILLERS) -> bool:
    """True when only fillers and punctuation surround the span: "the back.", "stiff"."""
    return all(t.is_punct or t.lower_ in fillers for t in [*doc[: span.start], *doc[span.end :]])


def is_age_in_years(doc: Doc, span: Span) -> bool:
    """ "I'm 34 yrs" as a whole reply: an age, where "I'm 2 years post op" is a duration."""
    previous = doc[span.start - 1].lower_ if span.start > 0 else ""
    return (
        span[-1].lower_ in AGE_UNITS
        and previous in FIRST_PERSON_BE
        and is_whole_reply(doc, span, REPLY_FILLERS | FIRST_PERSON_BE | {"i"})
    )


_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
_REFERRING = frozenset({"it", "its", "it's", "they", "they're", "them", "their", "both"})


def body_part_before(doc: Doc, start: int) -> Token | None:
    """The body part named last before ``start`` in its sentence, or in one before that a
    pronoun refers back to (a hip area, the knee or another), if any: "My hip is fine.
    Stiff in the mornings" says nothing of the hip."""
    for token in reversed(doc[:start]):
        if token.text in _SENTENCE_ENDS:
            # Only a pronoun carries the part named before into this sentence: "my hip is
            # weak. It is also stiff."
            if not {t.lower_ for t in doc[token.i + 1 : start]} & _REFERRING:
                return None
        elif token.lower_ in _HIP_WORDS or token.lower_ in OTHER_BODY_PARTS:
            return token
    return None


def is_hip(token: Token) -> bool:
    return token.lower_ in _HIP_WORDS
