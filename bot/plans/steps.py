"""How to do one exercise, step by step, quoted from its document with the passages cited.

The steps and cautions are read from the built index, so the words shown are exactly
the passages cited; the dose comes from the document's front matter like the plan's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.plans.catalogue import exercise

# Sections of an exercise document shown, with the heading the person sees.
SECTIONS = (("How to do it", "How to do it:"), ("Cautions", "Take care:"))


@dataclass(frozen=True)
class ExerciseSteps:
    exercise_id: str
    text: str
    sources: list[dict[str, str]]  # {"doc", "section", "passage"} for each passage quoted


def exercise_steps(exercise_id: str, knowledge_dir: Path | None = None) -> ExerciseSteps:
    """The title and dose, then the "How to do it" and "Cautions" sections of the exercise."""
    from bot.knowledge.index import load_index
    from bot.knowledge.ingest import join_sentences, slugify

    found = exercise(exercise_id, knowledge_dir)
    index = load_index(knowledge_dir)
    blocks = [f"{found.title} ({found.dose})"]
    sources: list[dict[str, str]] = []
    for section, heading in SECTIONS:
        key = f"{exercise_id}#{slugify(section)}"
        quoted = index.section_passages.get(key, [])
        if not quoted:
            continue
        blocks.append(f"{heading}\n{join_sentences(index.section_sentences[key])}")
        sources.extend({"doc": p.doc, "section": p.section, "passage": p.id} for p in quoted)
    return ExerciseSteps(exercise_id, "\n\n".join(blocks), sources)
