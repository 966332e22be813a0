"""Numbers as people type them: digits, number words ("forty-five"), vague amounts.

Number words are read by text2num, so "seventy five", "forty-five" and "one hundred
and five" need no table of their own here; only the words that may start a number
are listed, for the patterns that must find one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from text_to_num import text2num

# The number words a pattern may look for; text2num reads any run of them.
UNIT_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = (*UNIT_WORDS, *TENS_WORDS)
# Amounts said without a number: "a few weeks", "a couple of months", "several days".
VAGUE_AMOUNTS: dict[str, float] = {"a": 1, "an": 1, "couple": 2, "few": 3, "several": 3, "many": 6}
DIGITS = re.compile(r"^\d+(?:\.\d+)?$")
# A regular expression for one number, digits or words ("12", "1.5", "seventy five").
NUMBER_PATTERN = (
    r"\d+(?:\.\d+)?|(?:"
    + "|".join(TENS_WORDS)
    + r")(?:[ -](?:"
    + "|".join(UNIT_WORDS[1:10])
    + r"))?|"
    + "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
)
# ... or an amount: "a few", "a couple of", "several".
AMOUNT_PATTERN = NUMBER_PATTERN + r"|(?:an? )?couple(?: of)?|(?:a )?few|several|many|an?"


def value(phrase: str) -> float | None:
    """The number a phrase stands for ("12", "seventy five", "a couple of"), or None."""
    phrase = phrase.strip().lower()
    if DIGITS.match(phrase):
        return float(phrase)
    words = [w for w in phrase.replace("-", " ").split() if w != "of"]
    if not words:
        return None
    if words[-1] in VAGUE_AMOUNTS and all(w in ("a", "an") for w in words[:-1]):
        return float(VAGUE_AMOUNTS[words[-1]])
    try:
        return float(text2num(" ".join(words), "en"))
    except ValueError:
        return None


def values_in(words: Sequence[str]) -> list[float]:
    """The numbers in a run of words, each run of number words read as one ("forty five")."""
    found: list[float] = []
    run: list[str] = []

    def close_run() -> None:
        if not run:
            return
        joined = value(" ".join(run))
        found.extend([joined] if joined is not None else [value(w) or 0.0 for w in run])
        run.clear()

    for word in words:
        if DIGITS.match(word):
            close_run()
            found.append(float(word))
        elif word in NUMBER_WORDS or (word == "-" and run):
            if word != "-":
                run.append(word)
        else:
            close_run()
    close_run()
    return found


def decimal(number: float) -> str:
    """A number as the slots keep it: at most one decimal, none when whole ("8.7", "3")."""
    rounded = round(number, 1)
    return str(int(rounded)) if rounded == int(rounded) else str(rounded)
