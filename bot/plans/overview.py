"""Which exercises work which muscle: the answer to a question about exercises asked
before the assessment, cited from each exercise's "What it trains" section.

A person who asks "what exercises work the glutes?" learns what each exercise is for
before being asked about their knee; which of them suit that person is the plan's
business, after the questions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.plans.catalogue import Exercise, catalogue
from bot.plans.steps import ExerciseSteps

WHAT_IT_TRAINS = "What it trains"
_GOAL_LEADS = {
    "strengthen": "Strengthening, for hip muscles that are weak:",
    "stretch": "Stretches, for hip muscles that are tight:",
}
_STEM = 5  # "glutes" meets "gluteus", "flexors" meets "flexor"


def exercise_overview(question: str, knowledge_dir: Path | None = None) -> ExerciseSteps:
    """The exercises by goal with the muscles each works; only those that work a muscle
    the question names, when it names one ("which exercises work the gluteus medius")."""
    from bot.knowledge.index import load_index
    from bot.knowledge.ingest import slugify
    from bot.knowledge.terms import words

    index = load_index(knowledge_dir)
    asked = {word[:_STEM] for _, _, word in words(index.lay_terms.rewrite(question))}
    exercises = list(catalogue(knowledge_dir).values())
    shown = _most_named(asked, exercises, _stems(lambda found: found.trains))
    if shown is None:  # no muscle named: perhaps an exercise's name ("hip flexor")
        shown = _most_named(asked, exercises, _stems(lambda found: (found.title,))) or exercises
    lines = ["Hip exercises and the muscles they work:"]
    for goal, lead in _GOAL_LEADS.items():
        these = [found for found in shown if found.goal == goal]
        if these:
            lines.append(lead)
            lines += [f"- {found.title}: {', '.join(found.trains)}" for found in these]
    section = slugify(WHAT_IT_TRAINS)
    sections = [index.section_passages.get(f"{found.id}#{section}", []) for found in shown]
    firsts = [passages[0] for passages in sections if passages]
    sources = [{"doc": p.doc, "section": p.section, "passage": p.id} for p in firsts]
    return ExerciseSteps("", "\n".join(lines), sources)


def _stems(words_of: Callable[[Exercise], tuple[str, ...]]) -> Callable[[Exercise], set[str]]:
    def stems(found: Exercise) -> set[str]:
        named = " ".join(words_of(found)).lower().replace("-", " ").split()
        return {word[:_STEM] for word in named if len(word) > 3 and word != "stretch"}

    return stems


def _most_named(
    asked: set[str], exercises: list[Exercise], stems: Callable[[Exercise], set[str]]
) -> list[Exercise] | None:
    """The exercises sharing the most words with the question ("gluteus medius" tells
    more than "gluteus"), or None when none shares any."""
    overlap = {found.id: len(asked & stems(found)) for found in exercises}
    most = max(overlap.values())
    return [found for found in exercises if overlap[found.id] == most] if most else None
