"""Reading the assessment's answers: what each answer means, as a canonical value.

Plain functions over plain values, so the action server, the evaluation tools and
the tests share one vocabulary. Numbers, ages, durations and dates are read by
``bot.language``; the entities by ``bot.assessment.entities``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from bot.assessment import entities
from bot.assessment.entities.vocabulary import HIP_AREAS, OTHER_BODY_PARTS
from bot.assessment.vocabulary import (
    ACTIVITIES,
    AGE_RANGE,
    BARE_LOCATIONS,
    HIP_SYMPTOM_WORDS,
    HIP_SYMPTOMS,
    INJURY,
    LOCATIONS,
    NO,
    NO_WORDS,
    NONE,
    NOT_SURE,
    NOT_SURE_PHRASES,
    RECENT_WEEKS,
    SEVERITY_MAX,
    SHORT_ANSWER_WORDS,
    SURGERY,
    YES,
    YES_WORDS,
)
from bot.language.durations import weeks_since_date, weeks_since_year
from bot.language.numbers import decimal, values_in
from bot.language.spelling import nearest

_WORD = re.compile(r"[a-z0-9']+")
SIDE_TYPO_EDITS = 2  # "rigth", "lfet", "bothh"


def parse_location(text: str) -> str | None:
    """Canonical knee location named in an answer, or None if none is recognisable."""
    if text in LOCATIONS:
        return text
    found = entities.values(text, "knee_location")
    if found:
        return found[0] if len(set(found)) == 1 else "all_over"
    return BARE_LOCATIONS.get(text.strip().lower().strip(".!"))


def parse_activities(text: str) -> list[str] | None:
    """Canonical activities named in an answer; ``[not_sure]`` for "I don't know"."""
    if text in ACTIVITIES or text == NOT_SURE:
        return [text]
    found = entities.values(text, "activity")
    if found:
        return found
    return [NOT_SURE] if is_not_sure(text) else None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def is_not_sure(text: str, intent: str | None = None) -> bool:
    """Whether an answer says "I don't know"."""
    lowered = " ".join(_words(text))
    return intent == "dont_know" or any(phrase in lowered for phrase in NOT_SURE_PHRASES)


def yes_or_no(text: str, intent: str | None = None) -> str | None:
    """ "yes", "no" or "not_sure" for an answer to a yes/no question; None if it is neither."""
    if intent == "affirm":
        return YES
    if intent == "deny":
        return NO
    if is_not_sure(text, intent):
        return NOT_SURE
    words = _words(text)
    # Read by its words only a short answer, or one that starts with yes or no: "not" deep
    # in a sentence ("it's my left knee, not the right") answers nothing.
    if not words or (len(words) > SHORT_ANSWER_WORDS and words[0] not in NO_WORDS | YES_WORDS):
        return None
    said = set(words)
    if said & NO_WORDS and not said & YES_WORDS:
        return NO
    if said & YES_WORDS and not said & NO_WORDS:
        return YES
    return None


def parse_side(text: str) -> str | None:
    """Left, right or both, from free text or a one-word answer."""
    found = entities.values(text, "side")
    if found:
        return found[-1] if len(set(found)) == 1 or "both" not in found else "both"
    words = _words(text)
    if len(words) == 1:
        # A one-word answer may be typed in a hurry: "rigth", "lfet".
        words = [nearest(words[0], ("left", "right", "both"), SIDE_TYPO_EDITS) or words[0]]
    sides = {w for w in words if w in ("left", "right", "both")}
    sides |= {"left" for w in words if w in ("l", "lft")} | {"right" for w in words if w == "r"}
    if "left" in sides and "right" in sides:
        return "both"
    return sides.pop() if len(sides) == 1 else None


def _number(text: str) -> float | None:
    """The one number in a short answer ("7", "about a six", "34 yrs"), or None.

    "one" is left out: "the one that hurts" is no number.
    """
    words = re.findall(r"\d+(?:\.\d+)?|[a-z]+", text.lower())
    numbers = values_in([w for w in words if w != "one"])
    return numbers[0] if len(numbers) == 1 else None


def parse_severity(text: str) -> str | None:
    """Pain from 0 to 10 as a string ("7"); None when absent or out of range ("14")."""
    found = entities.values(text, "severity")
    value = float(found[-1]) if found else _number(text)
    if value is None or not 0 <= value <= SEVERITY_MAX:
        return None
    return decimal(value)


def parse_age(text: str) -> str | None:
    """Age in whole years as a string; None for anything that is not a plausible age."""
    found = entities.values(text, "age")
    value = float(found[-1]) if found else _number(text)
    if value is None or int(value) not in AGE_RANGE:
        return None
    return str(int(value))


def parse_duration(text: str, today: date | None = None) -> str | None:
    """How long it has hurt, in weeks as a string ("3", "8.7"); "since March" counts too."""
    found = entities.values(text, "duration")
    if found:
        return found[-1]
    since = weeks_since_date(text, today)
    return decimal(since) if since is not None else None


def parse_hip_symptoms(text: str, intent: str | None = None) -> list[str] | None:
    """Hip, groin or buttock symptoms named; ``[none]`` for "no", ``[not_sure]``."""
    found = [v for v in entities.values(text, "hip_symptom", hip_answer=True) if v in HIP_SYMPTOMS]
    words = _words(text)
    # A bare word is the hip's unless only another body part is named: "my knee is stiff".
    hip_named = any(word in area for area in HIP_AREAS.values() for word in words)
    elsewhere = bool(OTHER_BODY_PARTS & set(words)) and not hip_named
    found = found or [
        HIP_SYMPTOM_WORDS[word]
        for i, word in enumerate(words)
        if word in HIP_SYMPTOM_WORDS
        and not elsewhere
        and not {"no", "not", "never"} & set(words[max(0, i - 2) : i])
    ]
    if found:
        return list(dict.fromkeys(found))
    answer = yes_or_no(text, intent)
    if answer == NO:
        return [NONE]
    if answer == NOT_SURE:
        return [NOT_SURE]
    return None


def parse_caving(text: str, intent: str | None = None) -> str | None:
    """Whether the knee falls inwards on stairs or squats: yes, no or not_sure."""
    if entities.values(text, "knee_caving"):
        return YES
    return yes_or_no(text, intent)


def parse_recent_surgery(text: str, intent: str | None = None) -> str | None:
    """An operation or injury in the last 12 weeks: surgery, injury, none or not_sure.

    An operation of unknown date counts as recent (the question asks about 12 weeks);
    one dated longer ago is no answer to the question, so it counts as none.
    """
    surgeries = entities.values(text, "surgery")
    weeks = [float(w) for w in entities.values(text, "weeks_since_surgery")]
    weeks += [weeks_since_year(int(y)) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    if surgeries and not (weeks and min(weeks) > RECENT_WEEKS):
        return SURGERY
    if entities.values(text, "injury"):
        return INJURY
    if surgeries:
        return NONE
    answer = yes_or_no(text, intent)
    if answer == YES:
        return None  # which of the two? the question is asked again with buttons
    return {NO: NONE, NOT_SURE: NOT_SURE}.get(answer or "")


def _or_not_sure(read: Callable[[str], str | None]) -> Callable[[str, str | None], str | None]:
    return lambda text, intent: NOT_SURE if is_not_sure(text, intent) else read(text)




# Each question's reader: an answer's text and intent to a canonical value, or None.
READERS: dict[str, Callable[[str, str | None], Any]] = {
    "knee_location": _or_not_sure(parse_location),
    "knee_side": _or_not_sure(parse_side),
    "hip_symptoms": parse_hip_symptoms,
    "aggravating_activities": lambda text, _: parse_activities(text),
    "knee_caving": parse_caving,
    "pain_duration": _or_not_sure(parse_duration),
    "pain_severity": _or_not_sure(parse_severity),
    "age": _or_not_sure(parse_age),
    "recent_surgery": parse_recent_surgery,
}


def not_sure_answer(question: str) -> Any:
    """The "not sure" value of ``question``: a list for questions with several answers."""
    return [NOT_SURE] if question in ("hip_symptoms", "aggravating_activities") else NOT_SURE


def read_answer(question: str, text: str, intent: str | None = None) -> Any:
    """The canonical value of an answer to ``question`` (a slot name), or None if unreadable."""
    return READERS[question](text, intent)
