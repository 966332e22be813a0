"""Answer a question from the knowledge base in a few plain sentences, with sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.knowledge.cues import about_own_knee, asked_type, asks_about_exercises
from bot.knowledge.index import KnowledgeIndex, load_index
from bot.knowledge.ingest import LIST_ITEM, Passage, join_sentences
from bot.knowledge.messages import (
    NO_ANSWER_TEXT,
    OFFER_PLAN,
    OFFER_PLAN_BUTTONS,
    answer_lead,
)
from bot.knowledge.search import Hit, search_message
from bot.knowledge.terms import Vocabulary, words
from bot.settings import get_settings

MAX_PASSAGES = 3  # from this many sections at most
LEAD_SENTENCES = 2  # then one from each other section: two to four sentences in all
# How far below the best score another section may be and still be quoted (close
# scores mean the question spans both: "weak or tight?"), and still lead when it is of
# the type the question asks for.
MARGIN = 0.3
TYPE_MARGIN = 0.16


@dataclass(frozen=True)
class Answer:
    text: str
    doc: str
    title: str
    section: str
    score: float
    sources: list[dict[str, str]]  # {"doc", "section", "passage"} for each passage used


def answer(question: str, knowledge_dir: Path | None = None) -> Answer | None:
    """Two to four sentences from the best one to three sections (an exercise's steps,
    when asked for, and a warning whole), or None if the knowledge base does not answer
    (see ``answers``).

    The section of the type the question asks for ("how do I ..." -> steps) leads when
    it scores near the best; other sections join only when they score near it too, and
    only with sentences that share the question's words, so no unrelated text is pasted.
    """
    settings = get_settings()
    index = load_index(knowledge_dir)
    hits, features = search_message(question, index, settings)
    if not hits or not answers(index, features, hits[0].score, settings.threshold_hybrid):
        return None
    # Sections that clear the threshold may join the best; when only the gate says there
    # is an answer, the best speaks alone.
    hits = [hit for hit in hits if hit.score >= min(settings.threshold_hybrid, hits[0].score)]
    wanted = asked_type(question)
    passages = _choose(hits, wanted, index.passage_by_id)
    lead = passages[0]
    if (
        lead.type == "steps"
        and wanted == "steps"
        and any(LIST_ITEM.match(sentence) for sentence in lead.sentences)
    ):
        # Steps asked for are said whole, in order: the lead's whole section, and nothing
        # else. Steps that lead another question ("does the bridge help?") give the
        # sentences that answer it, like any other section.
        passages = index.section_passages[lead.section_key]
        said = index.section_sentences[lead.section_key]
        picked = {p.id: said if p is passages[0] else [] for p in passages}
    else:
        picked = _sentences(index.lay_terms.rewrite(question), passages, index.vocabulary)
        if lead.type == "warning":
            # A warning is said whole: the sentence left out might be the one that says
            # when to get help.
            picked[lead.id] = index.section_sentences[lead.section_key]
    used = [passage for passage in passages if passage.id in picked]
    best = used[0]
    # A sentence from another section says where it comes from: "This exercise works the
    # gluteus medius" means nothing without the exercise's name.
    body = "\n\n".join(
        join_sentences(picked[passage.id])
        if passage.section_key == best.section_key
        else f"{answer_lead(passage.section, passage.title)} {join_sentences(picked[passage.id])}"
        for passage in used
        if picked[passage.id]
    )
    return Answer(
        text=f"{answer_lead(best.section, best.title)}\n{body}",
        doc=best.doc,
        title=best.title,
        section=best.section,
        score=hits[0].score,
        sources=[
            {"doc": passage.doc, "section": passage.section, "passage": passage.id}
            for passage in used
        ],
    )


def _choose(hits: list[Hit], wanted: str, by_id: dict[str, Passage]) -> list[Passage]:
    """The passages to quote, one per section, the lead first."""
    near = [hit for hit in hits if hit.score >= hits[0].score - MARGIN]
    closest = [hit for hit in near if hit.score >= hits[0].score - TYPE_MARGIN]
    lead = next((hit for hit in closest if by_id[hit.passage].type == wanted), hits[0])
    chosen = [by_id[lead.passage]]
    for hit in near:
        passage = by_id[hit.passage]
        if len(chosen) == MAX_PASSAGES:
            break
        if all(passage.section_key != other.section_key for other in chosen):
            chosen.append(passage)
    return chosen


def _sentences(
    question: str, passages: list[Passage], vocabulary: Vocabulary
) -> dict[str, list[str]]:
    """The sentences to say, by passage id, each passage's in document order.

    The lead passage gives its ``LEAD_SENTENCES`` that share most of the question's
    words (its first ones when none do: it is still the best answer); each other
    passage its one sentence that shares most, if any does.
    """
    terms = [term.text for term in vocabulary.terms(question)]
    weights = {term: vocabulary.idf(int(vocabulary.containing(term).sum())) for term in terms}

    def relevance(sentence: str) -> float:
        said = {word for _, _, word in words(sentence)}
        return sum(weight for term, weight in weights.items() if vocabulary.variants(term) & said)

    def best(passage: Passage, count: int, said: set[str]) -> list[str]:
        scored = [s for s in passage.sentences if s not in said and relevance(s) > 0]
        chosen = set(sorted(scored, key=relevance, reverse=True)[:count])
        return [s for s in passage.sentences if s in chosen]

    lead, *others = passages
    chosen = best(lead, LEAD_SENTENCES, set())
    # Fewer sentences share the question's words than are said: the rest come in order.
    padding = [s for s in lead.sentences if s not in chosen][: LEAD_SENTENCES - len(chosen)]
    picked = {lead.id: [s for s in lead.sentences if s in chosen or s in padding]}
    said = set(picked[lead.id])
    for passage in others:
        more = best(passage, 1, said)
        if more:
            picked[passage.id] = more
            said |= set(more)
    return picked


def answers(index: KnowledgeIndex, features: np.ndarray, best: float, threshold: float) -> bool:
    """Whether the knowledge base answers: the gate learnt from the asked questions says
    so (``bot.knowledge.answerable``), or, for a knowledge base with none, the best hit
    clears the threshold."""
    if index.gate is not None:
        return index.gate.answers(features)
    return best >= threshold


def answer_if_asked(message: str, emergency_number: str) -> Reply | None:
    """The answer to a message the classifier took for another topic or for a request for
    a diagnosis, when it asks something the knowledge base answers ("sorry, whats a red
    flag", "why would my hips make my knee hurt"); None: it asks nothing the knowledge
    base answers."""
    from bot.language.asking import poses_question
    from bot.language.text import parse

    if not poses_question([token.text for token in parse(message).tokens]):
        return None
    reply = reply_to_question(message, None, emergency_number)
    return reply if reply.sources else None


@dataclass(frozen=True)
class Reply:
    """What to say to a question (nothing: empty), the passages it cites (empty for no
    answer) and any buttons offered with it."""

    text: str
    sources: list[dict[str, str]]
    buttons: list[dict[str, str]] = field(default_factory=list)


def reply_to_question(
    question: str,
    exercise: str | None,
    emergency_number: str,
    intent: str | None = None,
    before_assessment: bool = False,
    told: bool = False,
) -> Reply:
    """The reply to a free question, or to a plan's "how to do" button naming ``exercise``.

    An exercise gets its steps in full; a question about exercises (``ask_exercises``)
    which exercises work which muscle; a question about a warning sign ("what if my knee
    locks?") when to act, not a passage that mentions it; anything else the best cited
    passages, or that there is no information on it. A question about exercises or about
    the asker's own knee, or one ``told`` with a description of the pain, answered
    ``before_assessment`` comes with the offer to go through the questions for a plan.
    A bare payload ("/ask_exercises") gets nothing: the questions it asks for follow.
    """
    from bot.plans import exercise_steps
    from bot.plans.catalogue import catalogue
    from bot.plans.overview import exercise_overview
    from bot.safety.conversation import answer_hypothetical

    if exercise in catalogue():
        steps = exercise_steps(exercise)
        return Reply(steps.text, steps.sources)
    if question.startswith("/"):
        return Reply("", [])  # a button asking for the plan: its questions follow at once
    hypothetical = answer_hypothetical(question, emergency_number)
    if hypothetical is not None:
        return Reply(hypothetical["text"], hypothetical["sources"])
    if intent == "ask_exercises":
        # A question that asks more than which exercises ("how do I fix my knees caving
        # in?") gets its answer first.
        overview = exercise_overview(question)
        found = answer(question)
        if found is None:
            return Reply(overview.text, overview.sources)
        return Reply(f"{found.text}\n\n{overview.text}", found.sources + overview.sources)
    found = answer(question)
    if found is None:
        return Reply(NO_ANSWER_TEXT, [])
    if before_assessment and (
        told or asks_about_exercises(question) or about_own_knee(question)
    ):
        return Reply(f"{found.text}\n\n{OFFER_PLAN}", found.sources, list(OFFER_PLAN_BUTTONS))
    return Reply(found.text, found.sources)
