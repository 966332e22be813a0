"""The red-flag screen: one message in, the flags it raises (if any) out.

``screen`` runs on every message, whatever the intent classifier thinks of it.
``Context`` carries what earlier turns established, so that "my calf is swollen"
followed later by "and now I'm short of breath" is read as one picture.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from bot.language import ages as age_reader
from bot.language import durations, scope
from bot.language.text import parse
from bot.safety import matching, rules

CHILD_UNDER = 16
OLDER_FROM = 65
RECENT_SURGERY_WEEKS = 12
NOT_IMPROVING_WEEKS = 6


@dataclass(frozen=True)
class Flag:
    """One red flag raised by a message."""

    id: str  # the red-flag id of the clinical-safety table
    level: str  # "emergency" | "same_day" | "prompt"
    reason: str  # what was noticed, in plain words (never a diagnosis)
    evidence: str  # the person's own words that raised it


@dataclass(frozen=True)
class Screening:
    """What one message showed."""

    level: str | None  # the highest level of ``flags``; None when nothing was raised
    flags: list[Flag]
    hypothetical: list[str]  # red flags asked about or imagined, not reported: answer them
    is_question: bool
    reported: Mapping[str, str] = field(default_factory=dict)  # concept -> words, for Context
    ages: tuple[int, ...] = ()
    weeks_since_surgery: float | None = None
    dated_month: int | None = None  # the month the message dates something by

    @property
    def is_hypothetical(self) -> bool:
        """True when red-flag matters came up only as questions or "what if"s."""
        return bool(self.hypothetical) and self.level is None


@dataclass(frozen=True)
class Context:
    """What the conversation already knows. Build a new one per turn with ``update``."""

    age: int | None = None
    weeks_since_surgery: float | None = None
    surgery: bool = False  # any operation on the leg, hip or back
    replacement: bool = False  # a hip or knee replacement, at any time
    injury: bool = False
    symptoms: Mapping[str, str] = field(default_factory=dict)  # concept -> earlier words
    level: str | None = None  # the highest level so far: escalation is sticky
    flags: frozenset[str] = frozenset()
    # The month an earlier message dated something by: "I started in March", then "it's
    # now May and nothing has changed" is eight weeks.
    dated_month: int | None = None

    def update(self, screening: Screening) -> Context:
        """The context after this turn: earlier facts kept, new ones added, level never lowered."""
        reported = screening.reported
        ages = screening.ages
        # With several ages ("I'm 45, my son is 10") a child's is the one that matters.
        age = (min(ages) if min(ages) < CHILD_UNDER else max(ages)) if ages else self.age
        since = screening.weeks_since_surgery
        return replace(
            self,
            age=age,
            weeks_since_surgery=self.weeks_since_surgery if since is None else since,
            surgery=self.surgery or "surgery" in reported or "replacement" in reported,
            replacement=self.replacement or "replacement" in reported,
            injury=self.injury or "injury" in reported or "fall" in reported,
            symptoms={**self.symptoms, **reported},
            level=max(self.level, screening.level, key=rules.rank),
            flags=self.flags | {flag.id for flag in screening.flags},
            dated_month=screening.dated_month or self.dated_month,
        )

    def known(self) -> dict[str, str]:
        """Earlier facts as concepts the rules understand, each with the words behind it."""
        known = {name: f"{words} (earlier)" for name, words in self.symptoms.items()}
        if self.injury:
            known.setdefault("injury", "an injury (earlier)")
        if self.replacement:
            known.setdefault("replacement", "a joint replacement (earlier)")
        if self.surgery or self.replacement:
            known.setdefault("surgery", "an operation (earlier)")
        if self.age is not None:
            known.update(_age_concepts([self.age], f"age {self.age} (earlier)"))
        weeks = self.weeks_since_surgery
        if weeks is not None and weeks <= RECENT_SURGERY_WEEKS:
            known.setdefault("recent_surgery", f"an operation {weeks:g} weeks ago (earlier)")
        elif "surgery" in known and weeks is None:
            known.setdefault("recent_surgery", known["surgery"])
        return known


def _age_concepts(ages: list[int], words: str) -> dict[str, str]:
    found = {}
    if any(age < CHILD_UNDER for age in ages):
        found["child"] = words
    if any(age >= OLDER_FROM for age in ages):
        found["older"] = words
    return found


def _riskiest(age: age_reader.AgeRange) -> int:
    """A vague age counts at the end that needs care: a child's if any of it is under 16."""
    if age.low < CHILD_UNDER:
        return age.low
    return age.high if age.high >= OLDER_FROM else age.low


def _from_numbers(
    text: str, new: dict[str, str], earlier_month: int | None
) -> tuple[list[int], float | None]:
    """Add what numbers say: a child's or older person's age, six weeks or more, an
    operation within twelve weeks (or at an unknown time, which is treated as recent)."""
    ages = [_riskiest(age) for age in age_reader.ages_in(text)]
    for name, words in _age_concepts(ages, "the age given").items():
        new.setdefault(name, words)
    spans = (durations.longest_weeks(text), durations.weeks_until_now(text, earlier_month))
    longest = max((weeks for weeks in spans if weeks is not None), default=None)
    if longest is not None and longest >= NOT_IMPROVING_WEEKS:
        new["six_weeks"] = f"about {round(longest)} weeks"
    operation = new.get("surgery") or new.get("replacement")
    since = durations.weeks_since_surgery(text) if operation else None
    if operation and (since is None or since <= RECENT_SURGERY_WEEKS):
        new["recent_surgery"] = operation
    return ages, since


def _flags(hits: list[rules.Hit], words: Mapping[str, str]) -> list[Flag]:
    """One flag per id, at the highest level any of its rules reached."""
    best: dict[str, Flag] = {}
    for hit in hits:
        rule = hit.rule
        if rule.flag in best and rules.rank(best[rule.flag].level) >= rules.rank(rule.level):
            continue
        evidence = "; ".join(dict.fromkeys(words[name] for name in hit.concepts))
        best[rule.flag] = Flag(rule.flag, rule.level, rule.reason, evidence)
    return sorted(best.values(), key=lambda f: -rules.rank(f.level))


def screen(text: str, context: Context | None = None) -> Screening:
    """Screen one message for red flags, reading it in the light of ``context``."""
    context = context or Context()
    doc = parse(text)
    mentions = matching.find(doc)
    new: dict[str, str] = {}
    excused: dict[str, str] = {}
    imagined: dict[str, str] = {}
    for mention in mentions:
        if mention.reported:
            new.setdefault(mention.concept, mention.evidence)
        elif mention.excused and not mention.denied and not mention.imagined:
            excused.setdefault(mention.concept, mention.evidence)
        elif mention.imagined and not mention.denied:
            imagined.setdefault(mention.concept, mention.evidence)
    earlier = context.known()
    ages, since = _from_numbers(doc.text, new, context.dated_month)
    hits = rules.evaluate(new, earlier)
    if excused:
        # An ordinary use excuses a sign, but never one that makes an emergency with a sign
        # nothing excuses (a sign: a fall or an operation is a circumstance): "my calf is
        # hot from the gym and I'm short of breath" needs help now, where "my bum went numb
        # from the bike saddle" alone does not.
        with_excused = {**excused, **new}
        hits += [
            hit for hit in rules.evaluate(with_excused, earlier)
            if hit.rule.level == rules.EMERGENCY
            and any(name in excused for name in hit.concepts)
            and any(name in new and name not in rules.CIRCUMSTANCES for name in hit.concepts)
        ]
        used = {name for hit in hits for name in hit.concepts if name in excused}
        new = {**new, **{name: excused[name] for name in used}}
    flags = _flags(hits, {**earlier, **new})
    # What would be raised if the questions and "what if"s were reports: the caller answers
    # these with information instead of escalating.
    raised = {flag.id for flag in flags}
    asked = {name: words for name, words in imagined.items() if name not in new}
    what_if = rules.evaluate({**new, **asked}, earlier) if asked else []
    hypothetical = sorted({
        hit.rule.flag for hit in what_if
        if hit.rule.flag not in raised and any(name in asked for name in hit.concepts)
    })
    return Screening(
        level=flags[0].level if flags else None,
        flags=flags,
        hypothetical=hypothetical,
        is_question=scope.asks([token.text for token in doc.tokens]),
        reported=new,
        ages=tuple(ages),
        weeks_since_surgery=since,
        dated_month=durations.dated_month(doc.text),
    )
