"""Find the vocabulary's concepts in a message and judge each mention in context.

Plain regular expressions over the normalised text rather than a spaCy pipeline:
the screen runs on every message, and importing spaCy (which brings TensorFlow in
with it here) would cost seconds, while these patterns compile once, lazily, in
milliseconds and match in well under a millisecond per concept.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from bot.language import scope
from bot.language.text import Doc
from bot.safety import vocabulary

# One word that a " ~ " gap may skip: never punctuation, a negation, "but", or
# "and"/"or" that starts a new statement ("swollen knee and my calf ..." is two things).
_GAP_WORD = (
    r"(?!(?:no|not|never|nor|without|but|however|although|though|except)\b)(?![a-z]*n't\b)"
    r"(?!(?:and|or) (?:my|i|i'm|it|it's|the|his|her|he|she|they|we|your)\b)[a-z0-9'][a-z0-9'.]* "
)
# An aside in brackets of up to five words ("my lower leg (just the one) is swollen") is
# skipped as one word; its words pass the same checks, so "(not)" still denies.
_ASIDE = rf"\( (?:{_GAP_WORD}){{1,5}}\) "
_GAP_UNIT = f"(?:{_GAP_WORD}|{_ASIDE})"
_GAPS = {" ~~ ": f" {_GAP_UNIT}{{0,7}}", " ~ ": f" {_GAP_UNIT}{{0,4}}"}
_REFERENCE = re.compile(r"\{(\w+)\}")
_BOUNDED = r"(?<![a-z0-9'])(?:{})(?![a-z0-9'])"


@dataclass(frozen=True)
class Mention:
    """One concept found in the message, and how it was said."""

    concept: str
    start: int  # token index
    end: int
    evidence: str  # the person's own words
    denied: bool  # "no fever", "the swelling has gone down"
    imagined: bool  # "what if it locks?", "should I worry about a clot?"
    excused: bool = False  # an ordinary use next to it: "hot from the gym", "fell asleep"

    @property
    def reported(self) -> bool:
        return not self.denied and not self.imagined and not self.excused


def _expand(pattern: str, phrasings: dict[str, list[str]], depth: int = 0) -> str:
    """Replace ``{name}`` references and gap marks with plain regular expressions."""
    if depth > 4:
        raise ValueError(f"references nest too deeply in {pattern!r}")

    def reference(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in vocabulary.WORDS:
            inner = vocabulary.WORDS[name]
        elif name in phrasings:
            inner = "|".join(phrasings[name])
        else:
            raise KeyError(f"unknown reference {{{name}}} in {pattern!r}")
        return "(?:" + _expand(inner, phrasings, depth + 1) + ")"

    expanded = _REFERENCE.sub(reference, pattern)
    for mark, gap in _GAPS.items():
        expanded = expanded.replace(mark, gap)
    return expanded


def _compile(patterns: list[str], phrasings: dict[str, list[str]]) -> re.Pattern[str]:
    alternatives = "|".join(_expand(p, phrasings) for p in patterns)
    return re.compile(_BOUNDED.format(alternatives))


Patterns = dict[str, re.Pattern[str]]


@lru_cache(maxsize=1)
def _patterns() -> tuple[Patterns, Patterns, Patterns, Patterns]:
    """Every concept's pattern, harmless use, plan and long-ago date, compiled once."""
    phrasings = vocabulary.concepts()

    def compiled(table: dict[str, list[str]]) -> Patterns:
        return {name: _compile(patterns, phrasings) for name, patterns in table.items()}

    return (
        compiled(phrasings),
        compiled(vocabulary.HARMLESS),
        compiled(vocabulary.PLANNED),
        compiled(vocabulary.DATED_LONG_AGO),
    )


def _starts(doc: Doc, pattern: re.Pattern[str]) -> list[int]:
    """The token index where each match of ``pattern`` starts, in order."""
    return [doc.span(m.start(), m.end())[0] for m in pattern.finditer(doc.text)]


def _harmless(words: list[str], uses: list[int], start: int, before: bool = False) -> bool:
    """An ordinary use of the words (starting at one of ``uses``, sorted) in the mention's
    own statement: "fell asleep" says nothing of "then I fell off the ladder". With
    ``before``, only a use that starts before the mention counts."""
    s0, s1 = scope.statement_bounds(words, start)
    return bisect_left(uses, s0) < bisect_left(uses, start + 1 if before else s1)


def _long_ago(words: list[str], dates: list[int], start: int, concept: str) -> bool:
    """A long-ago date (starting at one of ``dates``) in the mention's statement (in its
    sentence, for the concepts that reach so far), with no word of the present between."""
    if concept in vocabulary.DATED_SENTENCE:
        s0, s1 = scope.sentence_bounds(words, start)
    else:
        s0, s1 = scope.statement_bounds(words, start)
    for date in dates[bisect_left(dates, s0) : bisect_left(dates, s1)]:
        if not vocabulary.PRESENT.intersection(words[min(date, start) : max(date, start)]):
            return True
    return False


def find(doc: Doc) -> list[Mention]:
    """All concept mentions in ``doc``, in order, each judged denied / imagined / reported."""
    found, harmless, planned, dated = _patterns()
    words = [token.text for token in doc.tokens]
    mentions: list[Mention] = []
    for concept, pattern in found.items():
        uses: list[int] | None = None  # where the concept's harmless phrasings start
        plans: list[int] | None = None  # where its plans start
        dates: list[int] | None = None  # where its long-ago dates start
        for match in pattern.finditer(doc.text):
            start, end = doc.span(match.start(), match.end())
            excused = False
            if concept in harmless:
                uses = _starts(doc, harmless[concept]) if uses is None else uses
                excused = _harmless(words, uses, start)
            if concept in planned:
                plans = _starts(doc, planned[concept]) if plans is None else plans
                excused = excused or _harmless(words, plans, start, before=True)
            if concept in dated:
                # Excused, not dropped: no date cancels an emergency made with a sign it
                # does not date ("I had the baby two years ago, my calf is swollen and
                # I'm short of breath").
                dates = _starts(doc, dated[concept]) if dates is None else dates
                excused = excused or _long_ago(words, dates, start, concept)
            check_after = concept not in vocabulary.EVENTS
            mentions.append(Mention(
                concept, start, end, doc.quote(start, end),
                denied=scope.is_denied(words, start, end, check_after),
                imagined=scope.is_imagined(words, start),
                excused=excused,
            ))
    return sorted(mentions, key=lambda m: (m.start, m.concept))
