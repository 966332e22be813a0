"""Ages as people say them: "I'm 45", "my 9 year old", "in her sixties", "year 9".

A vague age is a range, not a guess: "in my teens" is 13 to 19 and "late forties" 47
to 49. Each reader of it takes the end that matters to it: the safety screen and the
under-16 gate count a range as a child's if any of it is under 16.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.language.numbers import DIGITS, NUMBER_PATTERN, value, values_in

OLDEST = 120

DECADES: dict[str, int] = {
    "teens": 13,
    **{f"{tens}0s": tens * 10 for tens in range(2, 10)},
    **{
        word: 10 * tens
        for tens, word in enumerate(
            (
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
            ),
            2,
        )
    },
}
# Which years of a decade "early", "mid" and "late" name, as offsets from its start.
PARTS: dict[str, tuple[int, int]] = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
TEEN_PARTS: dict[str, tuple[int, int]] = {"early": (0, 2), "mid": (2, 4), "late": (4, 6)}
# A school year is the age most of its pupils have: England's "year 9" is 13 to 14,
# America's "grade 8" or "8th grade" is 13 to 14.
SCHOOL_START = {"year": 4, "yr": 4, "grade": 5}
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")


@dataclass(frozen=True)
class AgeRange:
    """An age in whole years, from ``low`` to ``high`` (equal when the age was exact)."""

    low: int
    high: int

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


def exactly(years: float) -> AgeRange | None:
    """A stated age in whole years ("fifteen and a half" is 15); None if no plausible age."""
    whole = int(years)
    return AgeRange(whole, whole) if 1 <= whole <= OLDEST else None


def decade_range(decade: int, part: str | None = None) -> AgeRange:
    """ "in my forties" (40-49), "late 40s" (47-49), "early teens" (13-15)."""
    if decade == DECADES["teens"]:
        first, last = TEEN_PARTS.get(part or "", (0, 6))
    else:
        first, last = PARTS.get(part or "", (0, 9))
    return AgeRange(decade + first, decade + last)


def school_year(system: str, year: int) -> AgeRange | None:
    """The age of a pupil in ``year`` of a school system ("year", "grade"); None if none."""
    if not 1 <= year <= 13:
        return None
    start = year + SCHOOL_START[system]
    return AgeRange(start, start + 1)


def age_in(words: Sequence[str]) -> AgeRange | None:
    """The age a matched phrase states, given its words ("mid", "40", "s"; "in", "year", "9")."""
    for i, word in enumerate(words[:-1]):
        if word in SCHOOL_START and DIGITS.match(words[i + 1]):
            return school_year(word, int(float(words[i + 1])))
        ordinal = _ORDINAL.match(word)
        if ordinal and words[i + 1] == "grade":
            return school_year("grade", int(ordinal.group(1)))
    decade = next((DECADES[w] for w in words if w in DECADES), None)
    if decade is None and words and words[-1] in ("s", "'s"):
        tens = values_in(words)
        decade = int(tens[-1]) if tens and tens[-1] % 10 == 0 else None
    if decade is not None:
        part = next((w for w in words if w in PARTS), None)
        return decade_range(decade, part)
    numbers = values_in(words)
    if not numbers or numbers[-1] != int(numbers[-1]):
        return None
    return exactly(numbers[-1])


# Readers of a whole normalised message (lower case, words split on hyphens and
# slashes: "9-year-old" is "9 year old" and "y/o" is "y o"), for the safety screen.
_PEOPLE = (
    r"son|daughter|boy|girl|kid|child|lad|lass|youngest|eldest|mum|mom|mother|dad|father|gran"
    r"|nan|grandma|grandad|grandmother|grandfather|husband|wife|partner|neighbour|neighbor"
    r"|granddaughter|grandaughter|grandson|grandchild|toddler|baby|nephew|niece|brother|sister"
    r"|cousin|friend|mate|pensioner|stepson|stepdaughter|aunt|uncle|pops|grandpa|granny|nana"
)
_NOT_AN_AGE = (
    r"(?! (?:weeks?|days?|months?|hours?|minutes?|times?|kg|kilos|lbs|pounds|stone|percent"
    r"|out of|miles|km|cm|feet|foot|ft|inches|years? (?:ago|since|post)"
    r"|and a half (?:weeks|months))\b)"
)
_STATED = [
    re.compile(rf"\b({NUMBER_PATTERN}) (?:years?|yrs?|yr) old\b"),
    re.compile(rf"\b({NUMBER_PATTERN}) ?(?:yo|y o|years? of age)\b"),
    re.compile(rf"\b(?:{_PEOPLE}) ({NUMBER_PATTERN})\b{_NOT_AN_AGE}"),  # "dad 79 fell"
    # "at 71 i took a tumble", opening the message or a sentence or clause of it; from 25
    # up, so that a clock time ("at 5 i leave work") or a childhood ("at 14 i had an op")
    # never reads as the person's age now.
    re.compile(
        r"(?:^|[.!?,;\n] )at (2[5-9]|[3-9]\d|1[01]\d) (?:i|he|she|my)\b"
        r"(?! (?:am|pm|o'clock|hours|minutes)\b)"
    ),
    re.compile(rf"\b(?:aged|age) ({NUMBER_PATTERN})\b"),
    re.compile(
        rf"\b(?:i'm|i am|he's|he is|she's|she is|they're|who's|who is"
        rf"|(?:{_PEOPLE}) (?:is|'s)) ({NUMBER_PATTERN})\b{_NOT_AN_AGE}"
    ),
    # "my dad, 79," "son (11)" "toddler (2 and a half)" "pensioner here, 68,"
    re.compile(rf"\b(?:{_PEOPLE})(?: here)? ?[,(] ?({NUMBER_PATTERN})(?: and a half)? ?[,)]"),
]
_DECADE_WORDS = "|".join(word for word in DECADES if not word[0].isdigit())
_IN_DECADE = re.compile(
    rf"\b(?:in (?:my|his|her|their) |(?:i'm|i am|he's|he is|she's|she is) (?:in )?)"
    rf"(?:(early|mid|late) )?({_DECADE_WORDS}|[2-9]0 ?s)\b"
)
_SCHOOL = re.compile(
    r"\b(?:in|is|'s|i'm|am|starting|started|finished) (?:(year|yr|grade) (\d{1,2})\b"
    r"|(\d{1,2}) ?(?:st|nd|rd|th) grade\b)"
)


def ages_in(text: str) -> list[AgeRange]:
    """Every age a normalised message states, as ranges."""
    found = [exactly(value(m.group(1)) or 0) for pattern in _STATED for m in pattern.finditer(text)]
    for match in _IN_DECADE.finditer(text):
        decade = match.group(2).replace(" ", "")
        found.append(decade_range(DECADES[decade], match.group(1)))
    for match in _SCHOOL.finditer(text):
        if match.group(1):
            found.append(school_year(match.group(1), int(match.group(2))))
        else:
            found.append(school_year("grade", int(match.group(3))))
    return list(dict.fromkeys(age for age in found if age is not None))
