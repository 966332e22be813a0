"""Red-flag screening over a whole conversation, as one plain function.

The screen reads each message in the light of the ones before it, so the context
is derived from the person's messages rather than stored: the policy that decides
to escalate and the action that words the escalation always agree.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.safety.messages import escalation_message, if_it_happens
from bot.safety.rules import lowest_level
from bot.safety.screening import Context, Screening, screen

# A refused over-long message is still screened, up to this many characters (about 1 s).
REFUSED_SCREEN_CHARS = 200_000


def screen_latest(user_texts: Sequence[str]) -> tuple[Screening, Context]:
    """Screen the last message given all earlier ones; return it and the context after it."""
    context = Context()
    screening = screen("", context)
    for text in user_texts:
        screening = screen(text, context)
        context = context.update(screening)
    return screening, context


def escalation(screening: Screening, emergency_number: str) -> dict | None:
    """The reply that escalates a screening's most urgent flag, with its triage payload."""
    if not screening.flags:
        return None
    flag = screening.flags[0]
    return {
        "text": escalation_message(flag.level, flag.id, emergency_number),
        "custom": {"triage": {"level": flag.level, "reason": flag.id}},
    }


def screen_refused(text: str, emergency_number: str) -> dict | None:
    """Escalation for a message too long for the assistant to read, if it names a red flag."""
    return escalation(screen(text[:REFUSED_SCREEN_CHARS]), emergency_number)


# Where the knowledge base says what to do at each level, cited by hypothetical answers.
LEVEL_SECTIONS = {
    "emergency": "when-to-see-a-professional#call-an-emergency-number-now",
    "same_day": "when-to-see-a-professional#see-a-doctor-today",
    "prompt": "when-to-see-a-professional#book-an-appointment-soon",
}


def answer_hypothetical(text: str, emergency_number: str) -> dict | None:
    """For a question about a red flag ("what if my knee locks?"): when to act, and the source.

    None when the message is not such a question. The sources are the knowledge base's
    section for the level named first.
    """
    from bot.knowledge.index import load_index

    screening = screen(text[:REFUSED_SCREEN_CHARS])
    if not screening.is_hypothetical:
        return None
    flag = screening.hypothetical[0]
    section = LEVEL_SECTIONS[lowest_level(flag)]
    passages = [p for p in load_index().passages if p.section_key == section]
    return {
        "text": if_it_happens(flag, emergency_number),
        "sources": [{"doc": p.doc, "section": p.section, "passage": p.id} for p in passages],
    }
