"""Numbers the rules need: ages, how long something has lasted, weeks since an operation.

All functions read the normalised text (see ``text.parse``), so "9-year-old" is
"9 year old" and "y/o" is "y o" here.
"""

from __future__ import annotations

import re

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_VAGUE = {"a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a couple": 2, "a few": 3,
          "few": 3, "several": 4, "many": 6}
_NUMBER = (
    r"\d+(?:\.\d+)?|(?:" + "|".join(_TENS) + r")(?: (?:" + "|".join(list(_UNITS)[:9]) + r"))?"
    r"|" + "|".join(sorted(_UNITS, key=len, reverse=True))
)
_AMOUNT = _NUMBER + "|" + "|".join(sorted(_VAGUE, key=len, reverse=True))
_WEEKS_PER = {"day": 1 / 7, "week": 1.0, "month": 4.35, "year": 52.0}

_PEOPLE = (
    r"son|daughter|boy|girl|kid|child|lad|lass|youngest|eldest|mum|mom|mother|dad|father|gran|nan"
    r"|grandma"
    r"|grandad|grandmother|grandfather|husband|wife|partner|neighbour|neighbor"
)
_NOT_AN_AGE = (
    r"(?! (?:weeks?|days?|months?|hours?|minutes?|times?|kg|kilos|lbs|pounds|stone|percent"
    r"|out of|miles|km|cm|feet|foot|ft|inches|years? (?:ago|since|post)"
    r"|and a half (?:weeks|months))\b)"
)
_AGES = [
    re.compile(rf"\b({_NUMBER}) (?:years?|yrs?|yr) old\b"),
    re.compile(rf"\b({_NUMBER}) (?:yo|y o|years? of age)\b"),
    re.compile(rf"\b(?:aged|age) ({_NUMBER})\b"),
    re.compile(rf"\b(?:i'm|i am|he's|he is|she's|she is|they're|who's|who is"
               rf"|(?:{_PEOPLE}) (?:is|'s)) ({_NUMBER})\b{_NOT_AN_AGE}"),
    re.compile(rf"\b(?:{_PEOPLE}) ?[,(] ?({_NUMBER}) ?[,)]"),  # "my dad, 79, ..." / "my son (11)"
]
_DECADES = re.compile(
    r"\bin (?:my|his|her|their) (?:early |mid |late )?"
    r"(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
    r"|20s|30s|40s|50s|60s|70s|80s|90s)\b"
)
_DECADE_AGE = {"teens": 17, "twenties": 25, "thirties": 35, "forties": 45, "fifties": 55,
               "sixties": 65, "seventies": 75, "eighties": 85, "nineties": 95}

_DURATION = re.compile(rf"\b({_AMOUNT}) (?:more |whole |full )?(day|week|month|year)s?\b")
_LONG_TIME = re.compile(
    r"\bfor (?:months|years|ages|a long time|so long|forever)\b|since last year"
)
_SINCE_SURGERY = re.compile(
    rf"\b({_AMOUNT}) (day|week|month|year)s? (?:ago|post ?op|post operation|post surgery"
    rf"|out of surgery|after (?:my|the|his|her) (?:op|operation|surgery|replacement)"
    rf"|since (?:my|the|his|her) (?:op|operation|surgery|replacement))\b"
)
_SURGERY_RECENT = re.compile(
    r"\b(?:op|operation|surgery|replacement|replaced|operated on)(?: [a-z']+){0,3} "
    r"(?:yesterday|last week|this week|days ago)\b"
)


def number(words: str) -> float:
    """The value of a number written in digits or words ("12", "seventy five", "a few")."""
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words)
    if words in _VAGUE:
        return float(_VAGUE[words])
    total = 0
    for word in words.split():
        total += _TENS.get(word, 0) + _UNITS.get(word, 0)
    return float(total)


def ages(text: str) -> list[int]:
    """Ages stated in the message: "my 9 year old", "I'm 82", "aged 14", "in her eighties"."""
    found = [int(number(m.group(1))) for pattern in _AGES for m in pattern.finditer(text)]
    for match in _DECADES.finditer(text):
        decade = match.group(1)
        found.append(_DECADE_AGE.get(decade) or int(decade[:2]) + 5)
    return [age for age in found if 0 < age < 115]


def longest_weeks(text: str) -> float | None:
    """The longest stretch of time mentioned, in weeks ("for two months" -> about 8.7)."""
    spans = [number(m.group(1)) * _WEEKS_PER[m.group(2)] for m in _DURATION.finditer(text)]
    long_time = _LONG_TIME.search(text)
    if long_time:
        spans.append(52.0 if "year" in long_time.group() else 8.0)
    return max(spans) if spans else None


def weeks_since_surgery(text: str) -> float | None:
    """How long ago an operation was, when the message says ("6 weeks post op", "days ago")."""
    found = [number(m.group(1)) * _WEEKS_PER[m.group(2)] for m in _SINCE_SURGERY.finditer(text)]
    if _SURGERY_RECENT.search(text):
        found.append(0.5)
    return min(found) if found else None
