"""Answer a question from the knowledge base in a few plain sentences, with sources."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.index import load_index
from bot.knowledge.ingest import join_sentences
from bot.knowledge.messages import NO_ANSWER_TEXT, answer_lead
from bot.knowledge.search import ranked, section_key
from bot.settings import get_settings

MAX_PASSAGES = 3


@dataclass(frozen=True)
class Answer:
    text: str
    doc: str
    title: str
    section: str
    score: float
    sources: list[dict[str, str]]  # {"doc", "section", "passage"} for each passage used


def answer(question: str, knowledge_dir: Path | None = None) -> Answer | None:
    """An answer drawn from the best section, or None if nothing clears the threshold.

    Only passages of the top hit's section that clear the hybrid threshold are used:
    the best one and its cleared neighbours, in document order, shared sentences said once.
    """
    threshold = get_settings().threshold_hybrid
    hits = [hit for hit in ranked(question, "hybrid", knowledge_dir) if hit.score >= threshold]
    if not hits:
        return None
    by_id = load_index(knowledge_dir).passage_by_id
    best = by_id[hits[0].passage]
    cleared = {
        by_id[hit.passage].ordinal for hit in hits if section_key(hit.passage) == best.section_key
    }
    # The best passage and the cleared ones next to it: a run that reads without gaps.
    run = [best.ordinal]
    while len(run) < MAX_PASSAGES and (run[-1] + 1 in cleared or run[0] - 1 in cleared):
        if run[-1] + 1 in cleared:
            run.append(run[-1] + 1)
        else:
            run.insert(0, run[0] - 1)
    passages = [by_id[f"{best.section_key}-{ordinal}"] for ordinal in run]
    sentences = list(dict.fromkeys(s for passage in passages for s in passage.sentences))
    body = join_sentences(sentences)
    lead = answer_lead(best.section, best.title)
    return Answer(
        text=f"{lead}\n{body}" if "\n" in body else f"{lead} {body}",
        doc=best.doc,
        title=best.title,
        section=best.section,
        score=hits[0].score,
        sources=[
            {"doc": passage.doc, "section": passage.section, "passage": passage.id}
            for passage in passages
        ],
    )


@dataclass(frozen=True)
class Reply:
    """What to say to a question, and the passages it cites (empty for no answer)."""

    text: str
    sources: list[dict[str, str]]


def reply_to_question(question: str, exercise: str | None, emergency_number: str) -> Reply:
    """The reply to a free question, or to a plan's "how to do" button naming ``exercise``.

    An exercise gets its steps in full; a question about a warning sign ("what if my knee
    locks?") gets when to act, not a passage that mentions it; anything else gets the
    best cited passages, or that there is no information on it.
    """
    from bot.plans import exercise_steps
    from bot.plans.catalogue import catalogue
    from bot.safety.conversation import answer_hypothetical

    if exercise in catalogue():
        steps = exercise_steps(exercise)
        return Reply(steps.text, steps.sources)
    hypothetical = answer_hypothetical(question, emergency_number)
    if hypothetical is not None:
        return Reply(hypothetical["text"], hypothetical["sources"])
    found = answer(question)
    if found is None:
        return Reply(NO_ANSWER_TEXT, [])
    return Reply(found.text, found.sources)
