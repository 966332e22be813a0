"""The assessment's questions and answers: what each answer means and how to say it back.

Plain functions over plain values, so the action server, the evaluation tools and
the tests share one vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from difflib import get_close_matches
from typing import Any

from bot.nlu import entities

LOCATIONS: dict[str, str] = {
    "front": "the front of the knee, around the kneecap",
    "inner": "the inner side of the knee",
    "outer": "the outer side of the knee",
    "back": "the back of the knee",
    "all_over": "all over the knee",
}
ACTIVITIES: dict[str, str] = {
    "stairs": "stairs",
    "running": "running",
    "squatting": "squatting",
    "kneeling": "kneeling",
    "sitting_long": "sitting for a long time",
    "walking": "walking",
    "cycling": "cycling",
    "jumping": "jumping or landing",
    "standing": "standing",
}
NOT_SURE = "not_sure"
NOT_SURE_PHRASES = (
    "not sure",
    "dont know",
    "don't know",
    "do not know",
    "no idea",
    "unsure",
    "nothing in particular",
    "nothing specific",
    "idk",
    "dunno",
    "hard to say",
    "rather not",
    "prefer not",
)
SIDES = {"left": "your left knee", "right": "your right knee", "both": "both knees"}
HIP_SYMPTOMS = {"stiff": "stiff", "tight": "tight", "weak": "weak", "painful": "painful"}
NONE = "none"
YES, NO = "yes", "no"
# Answers to "an operation or injury in the last 12 weeks?"
SURGERY, INJURY = "surgery", "injury"
SEVERITY_MAX = 10
AGE_RANGE = range(1, 111)
RECENT_WEEKS = 12
SHORT_ANSWER_WORDS = 3
# Words that answer a question with "no" or "yes" when the intent classifier is unsure.
NO_WORDS = frozenset(
    ["no", "nope", "nah", "none", "nothing", "never", "fine", "normal", "neither", "not", "n"]
)
# Bare answers to "anything in your hip?": the rule entities need a hip word nearby.
HIP_SYMPTOM_WORDS = {
    "stiff": "stiff",
    "stiffness": "stiff",
    "tight": "tight",
    "tightness": "tight",
    "weak": "weak",
    "weakness": "weak",
    "tired": "weak",
    "tires": "weak",
    "painful": "painful",
    "pain": "painful",
    "sore": "painful",
    "aches": "painful",
    "achy": "painful",
    "hurts": "painful",
}
YES_WORDS = frozenset(
    ["yes", "yep", "yeah", "yea", "y", "ya", "yup", "sometimes", "often", "always", "definitely"]
)
# "one" is left out: "the one that hurts" is no number.
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
    if word != "one"
}
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WORD = re.compile(r"[a-z0-9']+")
# One-word answers that are only a location when they answer the location question.
BARE_LOCATIONS = {"back": "back", "the back": "back", "behind": "back", "rear": "back"}


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


def _listed(words: list[str]) -> str:
    """Words as a list in a sentence: "running, stairs and kneeling"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def describe_activities(activities: list[str]) -> str:
    """Say a list of activities in plain words: "running, stairs and kneeling"."""
    return _listed([ACTIVITIES[a] for a in activities if a in ACTIVITIES])


def describe_location(location: str | None) -> str:
    """Say where the pain is, in words that follow "the pain is at"."""
    return LOCATIONS.get(location or "", "your knee")


def describe_worse(activities: list[str]) -> str:
    """Say what makes the pain worse, as the end of a sentence."""
    if activities == [NOT_SURE] or not activities:
        return "you're not sure yet what makes it worse, which is fine"
    return f"it gets worse with {describe_activities(activities)}"


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
        words = get_close_matches(words[0], ("left", "right", "both"), n=1, cutoff=0.6) or words
    sides = {w for w in words if w in ("left", "right", "both")}
    sides |= {"left" for w in words if w in ("l", "lft")} | {"right" for w in words if w == "r"}
    if "left" in sides and "right" in sides:
        return "both"
    return sides.pop() if len(sides) == 1 else None


def _number(text: str) -> float | None:
    """The one number in a short answer ("7", "about a six", "34 yrs"), or None."""
    numbers = [float(w) for w in re.findall(r"\d+(?:\.\d+)?", text)]
    numbers += [float(NUMBER_WORDS[w]) for w in _words(text) if w in NUMBER_WORDS]
    return numbers[0] if len(numbers) == 1 else None


def parse_severity(text: str) -> str | None:
    """Pain from 0 to 10 as a string ("7"); None when absent or out of range ("14")."""
    found = entities.values(text, "severity")
    value = float(found[-1]) if found else _number(text)
    if value is None or not 0 <= value <= SEVERITY_MAX:
        return None
    return _decimal(value)


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
    months = [MONTHS[w] for w in _words(text) if w in MONTHS]
    if len(months) == 1 and re.search(r"\b(since|from|in|around|about)\b", text.lower()):
        today = today or date.today()
        month = months[0]
        year = today.year if month <= today.month else today.year - 1
        return _decimal((today - date(year, month, 1)).days / 7)
    return None


def parse_hip_symptoms(text: str, intent: str | None = None) -> list[str] | None:
    """Hip, groin or buttock symptoms named; ``[none]`` for "no", ``[not_sure]``."""
    found = [v for v in entities.values(text, "hip_symptom") if v in HIP_SYMPTOMS]
    words = _words(text)
    found = found or [
        HIP_SYMPTOM_WORDS[word]
        for i, word in enumerate(words)
        if word in HIP_SYMPTOM_WORDS and not {"no", "not", "never"} & set(words[max(0, i - 2) : i])
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
    weeks += [_weeks_since_year(int(y)) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
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


def _weeks_since_year(year: int) -> float:
    """Weeks since the middle of a year an operation is dated by ("in 2019")."""
    return max(0.0, (date.today() - date(year, 7, 1)).days / 7)


def _decimal(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def describe_side(side: str | None) -> str:
    """Which knee, in words: "your left knee"."""
    return SIDES.get(side or "", "your knee")


def describe_duration(weeks: str | None) -> str:
    """How long, in words: "about 3 weeks", "about 4 months"."""
    try:
        value = float(weeks or "")
    except ValueError:
        return "for a time you're not sure of"
    if value < 1:
        return "for less than a week"
    if value < 9:
        return f"for about {round(value)} week{'s' if round(value) != 1 else ''}"
    if value < 104:
        months = round(value / 4.345)
        return f"for about {months} months"
    return f"for about {round(value / 52.18)} years"


def describe_hips(symptoms: list[str]) -> str | None:
    """The hip symptoms as a clause, or None when there were none or the person is unsure."""
    words = [HIP_SYMPTOMS[s] for s in symptoms if s in HIP_SYMPTOMS]
    return f"your hip, groin or buttock feels {_listed(words)}" if words else None


def summarise(answers: Mapping[str, Any]) -> str:
    """What the person told the assessment, as one sentence of clauses for a phone screen."""
    where = f"the pain is at {describe_location(answers.get('knee_location'))}"
    if answers.get("knee_side") in SIDES:
        where += f", in {describe_side(answers['knee_side'])}"
    clauses = [where, describe_worse(list(answers.get("aggravating_activities") or []))]
    hips = describe_hips(list(answers.get("hip_symptoms") or []))
    if hips:
        clauses.append(hips)
    if answers.get("knee_caving") == YES:
        clauses.append("your knee tends to fall inwards on stairs or squats")
    if answers.get("pain_duration") not in (None, NOT_SURE):
        clauses.append(f"you've had it {describe_duration(answers['pain_duration'])}")
    if answers.get("pain_severity") not in (None, NOT_SURE):
        clauses.append(f"it reaches {answers['pain_severity']} out of 10 at worst")
    return "; ".join(clauses)


def _or_not_sure(read: Callable[[str], str | None]) -> Callable[[str, str | None], str | None]:
    return lambda text, intent: NOT_SURE if is_not_sure(text, intent) else read(text)


# The response that asks again when an answer cannot be read.
REASK = {
    "knee_location": "utter_location_not_understood",
    "knee_side": "utter_side_not_understood",
    "hip_symptoms": "utter_hip_symptoms_not_understood",
    "aggravating_activities": "utter_activities_not_understood",
    "knee_caving": "utter_caving_not_understood",
    "pain_duration": "utter_duration_not_understood",
    "pain_severity": "utter_severity_not_understood",
    "age": "utter_age_not_understood",
    "recent_surgery": "utter_which_event",
}


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
