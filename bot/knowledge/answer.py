"""Answer a question from the knowledge base in a few plain sentences, with sources."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.index import load_index
from bot.knowledge.ingest import join_sentences
from bot.knowledge.search import ranked, section_key
from bot.settings import get_settings

# What the assistant says when ``answer`` returns None.
NO_ANSWER_TEXT = (
    "I'm sorry, I don't have information on that. A physiotherapist or doctor can "
    "answer it for your situation."
)
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
    lead = f'From "{best.section}" in {best.title}:'
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
