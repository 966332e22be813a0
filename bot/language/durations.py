"""How long, in weeks: "3 weeks", "a couple of months", "since March", "6 weeks post op".

One table of units for every reader: a month is 52/12 weeks and a year 52, an amount
said without a number ("a few", "several") is read by ``numbers``, and a bare plural
("for months") is three of its unit. Dates ("since March", "around Christmas") count
back from today (python-dateutil knows when Easter falls).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from dateutil.easter import easter

from bot.language.numbers import AMOUNT_PATTERN, VAGUE_AMOUNTS, value, values_in

WEEKS_PER_UNIT: dict[str, float] = {
    "day": 1 / 7, "week": 1.0, "fortnight": 2.0, "month": 52 / 12, "year": 52.0,
}  # fmt: skip
# Every spelling of a unit a person types, as its unit.
UNIT_OF_WORD: dict[str, str] = {
    **dict.fromkeys(["day", "days", "d", "dys"], "day"),
    **dict.fromkeys(["week", "weeks", "wk", "wks", "w", "weks"], "week"),
    **dict.fromkeys(["fortnight", "fortnights"], "fortnight"),
    **dict.fromkeys(["month", "months", "mo", "mos", "mth", "mths", "mnth", "mnths"], "month"),
    **dict.fromkeys(["year", "years", "yr", "yrs", "y", "yeras"], "year"),
}
PLURAL_UNITS = frozenset(["days", "weeks", "months", "years"])
BARE_PLURAL_AMOUNT = 3.0  # "for months"
# Amounts that only a duration has: "the last week", "the past month".
DURATION_AMOUNTS = {**VAGUE_AMOUNTS, "last": 1, "past": 1}
LONG_TIME_WEEKS = 8.0  # "for ages", "for a long time": longer than six weeks, no more known


def weeks(amount: float, unit_word: str) -> float:
    """``amount`` of a unit, in weeks: (2, "months") -> 8.67."""
    return amount * WEEKS_PER_UNIT[UNIT_OF_WORD[unit_word]]


def weeks_in(words: Sequence[str]) -> float | None:
    """The duration a matched phrase states, given its words: "a", "couple", "of", "weeks"."""
    if list(words[:2]) == ["since", "yesterday"]:
        return WEEKS_PER_UNIT["day"]
    unit = next((w for w in reversed(words) if w in UNIT_OF_WORD), None)
    if unit is None:
        return None
    counts = values_in(words) + [float(DURATION_AMOUNTS[w]) for w in words if w in DURATION_AMOUNTS]
    amount = max(counts) if counts else (BARE_PLURAL_AMOUNT if unit in PLURAL_UNITS else 1.0)
    if "half" in words:
        amount = amount + 0.5 if "and" in words else 0.5
    return weeks(amount, unit)


# Readers of a whole normalised message (see ``bot.language.text``), for the safety screen.
_UNIT = r"(day|week|fortnight|month|year)s?"
_DURATION = re.compile(rf"\b({AMOUNT_PATTERN}) (?:more |whole |full )?{_UNIT}\b")
_BARE_PLURAL = re.compile(r"\bfor (days|weeks|months|years)\b")
_LONG_TIME = re.compile(r"\bfor (?:ages|a long time|so long|forever)\b")
_SINCE_LAST_YEAR = re.compile(r"\bsince last year\b")
_SINCE_SURGERY = re.compile(
    rf"\b({AMOUNT_PATTERN}) {_UNIT} (?:ago|post ?op|post operation|post surgery"
    r"|out of surgery|after (?:my|the|his|her) (?:op|operation|surgery|replacement)"
    r"|since (?:my|the|his|her) (?:op|operation|surgery|replacement))\b"
)
_SURGERY_RECENT = re.compile(
    r"\b(?:op|operation|surgery|replacement|replaced|operated on)(?: [a-z']+){0,3} "
    r"(?:yesterday|last week|this week|days ago)\b"
)
RECENT_SURGERY_WEEKS = 0.5  # "operated on yesterday", "surgery last week"


def _amount_weeks(match: re.Match[str]) -> float:
    return (value(match.group(1)) or 1.0) * WEEKS_PER_UNIT[match.group(2)]


def longest_weeks(text: str) -> float | None:
    """The longest stretch of time a message mentions, in weeks ("for two months" -> 8.7)."""
    spans = [_amount_weeks(m) for m in _DURATION.finditer(text)]
    spans += [weeks(BARE_PLURAL_AMOUNT, m.group(1)) for m in _BARE_PLURAL.finditer(text)]
    if _LONG_TIME.search(text):
        spans.append(LONG_TIME_WEEKS)
    if _SINCE_LAST_YEAR.search(text):
        spans.append(WEEKS_PER_UNIT["year"])
    return max(spans) if spans else None


def weeks_since_surgery(text: str) -> float | None:
    """How long ago an operation was, when the message says ("6 weeks post op", "days ago")."""
    found = [_amount_weeks(m) for m in _SINCE_SURGERY.finditer(text)]
    if _SURGERY_RECENT.search(text):
        found.append(RECENT_SURGERY_WEEKS)
    return min(found) if found else None


# Dates a pain may have started on: months and the holidays people date things by.
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": lambda year: date(year, 12, 25),
    "xmas": lambda year: date(year, 12, 25),
    "new year": lambda year: date(year, 1, 1),
    "easter": easter,
    "halloween": lambda year: date(year, 10, 31),
}
_SINCE = r"(?:since|from|in|around|about|after|before|at|over|early|mid|late|end of|start of)"
# "may" is a month only where a date is meant: "since May", not "it may have started".
_MONTH_DATE = re.compile(
    rf"\b{_SINCE} (?:the )?(?:(?:early|mid|late|end of|start of|beginning of) )?"
    rf"({'|'.join(sorted(MONTHS, key=len, reverse=True))})\b(?! (?:be|have|i|it|not)\b)"
)
_HOLIDAY_DATE = re.compile(rf"\b{_SINCE} (?:the )?(?:last )?({'|'.join(_HOLIDAYS)})\b")


def _latest(on: Callable[[int], date], today: date) -> date:
    """The most recent occurrence, up to today, of a yearly date (``on`` gives it by year)."""
    this_year = on(today.year)
    return this_year if this_year <= today else on(today.year - 1)


def _first_of(month: int, year: int) -> date:
    return date(year, month, 1)


def weeks_since_date(text: str, today: date | None = None) -> float | None:
    """Weeks since the one month or holiday a message dates the pain by, or None.

    "since March" counts from the first of the last March; "around Christmas" from the
    last Christmas. Two different dates, or none, give None.
    """
    lowered = text.lower().replace("’", "'")
    today = today or date.today()
    starts = {_latest(partial(_first_of, MONTHS[m]), today) for m in _MONTH_DATE.findall(lowered)}
    starts |= {_latest(_HOLIDAYS[name], today) for name in _HOLIDAY_DATE.findall(lowered)}
    if len(starts) != 1:
        return None
    return (today - starts.pop()).days / 7


def weeks_since_year(year: int, today: date | None = None) -> float:
    """Weeks since the middle of a year something is dated by ("in 2019")."""
    today = today or date.today()
    return max(0.0, (today - date(year, 7, 1)).days / 7)


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "it's now mid March": the month a message says it is, which dates its other months.
_NOW_MONTH = re.compile(
    r"\b(?:it's|it is|its|we're|we are) now (?:the )?(?:(start|beginning|early|second week|mid"
    rf"|middle|third week|end|late|last week) (?:of )?)?({_MONTH_NAMES})\b"
)
_DAY_OF_PART = {"start": 1, "beginning": 1, "early": 5, "second week": 8, "mid": 15,
                "middle": 15, "third week": 15, "end": 25, "late": 25, "last week": 25}


def dated_month(text: str) -> int | None:
    """The one month (1-12) a message dates something by, other than the month it says it
    is now; None for none or several."""
    now = _NOW_MONTH.search(text)
    starts = {MONTHS[name] for name in _MONTH_DATE.findall(text)}
    if now is not None:
        starts.discard(MONTHS[now.group(2)])
    return starts.pop() if len(starts) == 1 else None


def weeks_until_now(text: str, earlier_month: int | None = None) -> float | None:
    """Weeks from the month a message (or, failing that, an earlier one) dates something by
    to the month it says it is now ("since the start of January ... it's now mid March":
    about ten), or None."""
    now = _NOW_MONTH.search(text)
    if now is None:
        return None
    now_month = MONTHS[now.group(2)]
    start = dated_month(text) or earlier_month
    if start is None or start == now_month:
        return None
    months = (now_month - start) % 12
    days = months * 365.25 / 12 + _DAY_OF_PART.get(now.group(1) or "mid", 15) - 1
    return days / 7
