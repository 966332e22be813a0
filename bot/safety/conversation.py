"""Red-flag screening over a whole conversation, as one plain function.

The screen reads each message in the light of the ones before it, so the context
is derived from the person's messages rather than stored: the policy that decides
to escalate and the action that words the escalation always agree. Deriving it is
incremental: the context after each conversation's messages so far is remembered,
keyed by a hash chain of those messages, so a turn screens only its new message
however long the conversation, and a process that has not seen the conversation
(another replica, a restart) derives the same context from the start.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from bot.safety.messages import escalation_message, if_it_happens
from bot.safety.rules import flag_levels, lowest_level, rank
from bot.safety.screening import Context, Flag, Screening, screen

# A message too long to read is screened at its start and its end, this many characters
# each: where people put what matters most, and each part no longer than a long
# message, so that a refused message costs at most two ordinary turns, whatever its size.
REFUSED_SCREEN_CHARS = 1_500
# How the channel hands the assistant a red flag found in a message too long to read, so
# that the escalation is recorded like any other: entities of an "/inform" payload.
REFUSED_FLAG_ENTITY, REFUSED_LEVEL_ENTITY = "refused_flag", "refused_level"
# How the learned backstop reports a red flag it suspects: an entity "flag:level".
SUSPECTED_FLAG_ENTITY = "suspected_flag"


# A message split over this many turns ("my calf is swollen" / "and hot" / "and I'm short
# of breath") is also read as one, so that a sign whose words were split is not lost.
SPLIT_TURNS = 3

# Conversations whose context is remembered, most recent last.
REMEMBERED_CONVERSATIONS = 10_000
_contexts: OrderedDict[bytes, Context] = OrderedDict()


def _chain(user_texts: Sequence[str]) -> list[bytes]:
    """One key per prefix of the conversation: each hashes the one before and its text."""
    keys: list[bytes] = []
    key = b""
    for text in user_texts:
        key = hashlib.blake2b(key + text.encode(), digest_size=16).digest()
        keys.append(key)
    return keys


# Words a message cannot end on when it is finished: the person hit send mid-phrase.
_OPEN_ENDINGS = frozenset({
    "a", "an", "the", "my", "his", "her", "your", "if", "that", "of", "for", "to", "in", "on",
    "with", "and", "or", "but", "i", "is", "are", "can", "could", "would", "should", "do",
    "does", "did", "have", "has", "had", "was", "were", "what", "how", "when", "whether",
})


def _unfinished(text: str) -> bool:
    words = text.lower().split()
    return bool(words) and words[-1] in _OPEN_ENDINGS


def read_turn(user_texts: Sequence[str], context: Context) -> Screening:
    """The last message's screening, with any flag that the last few messages raise only
    when read as one message, and only with the last one among them.

    Both readings count, so splitting a message never loses a flag, with one exception: a
    message that finishes a question the one before left open ("how do I know if I have
    a" / "blood clot?") is not also read as a report on its own.
    """
    screening = screen(user_texts[-1], context)
    recent = user_texts[-SPLIT_TURNS:]
    if len(recent) < 2:
        return screening
    # Read with what the conversation knew before: "my calf is swollen", later "and I'm
    # short" / "of breath".
    joined = screen(" ".join(recent), context)
    if joined.hypothetical and _unfinished(recent[-2]):
        asked = set(joined.hypothetical) - {flag.id for flag in joined.flags}
        kept = [flag for flag in screening.flags if flag.id not in asked]
        screening = replace(screening, flags=kept, level=kept[0].level if kept else None)
    before = {flag.id: flag.level for flag in screen(" ".join(recent[:-1]), context).flags}
    have = {flag.id: flag.level for flag in screening.flags}
    added = [
        flag for flag in joined.flags
        if rank(flag.level) > max(rank(before.get(flag.id)), rank(have.get(flag.id)))
    ]
    if not added:
        return screening
    flags = sorted(
        [flag for flag in screening.flags if flag.id not in {f.id for f in added}] + added,
        key=lambda flag: -rank(flag.level),
    )
    return replace(screening, flags=flags, level=flags[0].level)


def read_conversation(
    user_texts: Sequence[str], context: Context | None = None
) -> tuple[Screening, Context]:
    """Every turn read in order from ``context``: the last turn's screening and the context
    after it. Nothing is remembered; ``screen_latest`` is the same reading, remembered."""
    context = context or Context()
    if not user_texts:
        return screen("", context), context
    for index in range(len(user_texts)):
        screening = read_turn(user_texts[: index + 1], context)
        context = context.update(screening)
    return screening, context


def screen_latest(user_texts: Sequence[str]) -> tuple[Screening, Context]:
    """Screen the last message given all earlier ones; return it and the context after it."""
    if not user_texts:
        return screen("", Context()), Context()
    keys = _chain(user_texts)
    known = len(keys) - 1  # the context before the last message, or as far back as known
    while known > 0 and keys[known - 1] not in _contexts:
        known -= 1
    context = _contexts[keys[known - 1]] if known else Context()
    for index in range(known, len(user_texts)):
        screening = read_turn(user_texts[: index + 1], context)
        context = context.update(screening)
        _contexts[keys[index]] = context
        _contexts.move_to_end(keys[index])
    for key in keys[:-2]:
        _contexts.pop(key, None)  # only the last two prefixes are asked for again
    while len(_contexts) > REMEMBERED_CONVERSATIONS:
        _contexts.popitem(last=False)
    return screening, context


TRIAGE_SLOTS = ("triage_level", "triage_reason", "triage_time")


def kept_triage(slots: Mapping[str, object], now: float, hours: float | None) -> dict:
    """The triage slots a new beginning keeps: all of them after "start over" (``hours``
    None), and in a new session while the level was raised less than ``hours`` ago."""
    if slots.get("triage_level") is None:
        return {}
    raised = slots.get("triage_time")
    if hours is not None and not (isinstance(raised, (int, float)) and now - raised < hours * 3600):
        return {}
    return {name: slots.get(name) for name in TRIAGE_SLOTS}


def escalation(flag_id: str, level: str, emergency_number: str) -> dict:
    """The reply that escalates a red flag at a level, with its triage payload."""
    return {
        "text": escalation_message(level, flag_id, emergency_number),
        "custom": {"triage": {"level": level, "reason": flag_id}},
    }


def _ends(text: str, chars: int) -> list[str]:
    """The start and the end of a text, each cut at a space so no word is split."""
    if len(text) <= 2 * chars:
        return [text]
    head = text[:chars].rsplit(" ", 1)[0]
    tail = text[-chars:].split(" ", 1)[-1]
    return [head, tail]


def screen_refused(text: str) -> Screening:
    """The screen of a message too long for the assistant to read, at its start and end."""
    head, *tail = _ends(text, REFUSED_SCREEN_CHARS)
    first = screen(head)
    if not tail:
        return first
    last = screen(tail[0], Context().update(first))
    return first if rank(first.level) >= rank(last.level) else last


def refused_payload(flag: Flag) -> str:
    """The message that hands the assistant a red flag found in a refused message."""
    entities = {REFUSED_FLAG_ENTITY: flag.id, REFUSED_LEVEL_ENTITY: flag.level}
    return "/inform" + json.dumps(entities)


def refused_flag(entities: Iterable[Mapping[str, object]]) -> tuple[str, str] | None:
    """The flag and level a refused message's payload names (among a message's entities,
    as Rasa gives them), if it names a known one."""
    values = {str(e.get("entity")): str(e.get("value")) for e in entities}
    flag, level = values.get(REFUSED_FLAG_ENTITY), values.get(REFUSED_LEVEL_ENTITY)
    if flag is None or level not in flag_levels(flag):
        return None
    return flag, level


def suspected_flag(entities: Iterable[Mapping[str, object]]) -> tuple[str, str] | None:
    """The flag and level the backstop suspects (among a message's entities), if any."""
    for entity in entities:
        if entity.get("entity") == SUSPECTED_FLAG_ENTITY:
            return parse_suspicion(str(entity.get("value")))
    return None


def suspicion_value(flag: str, level: str) -> str:
    """How a suspected flag is named: in the backstop's labels, its entity and its slot."""
    return f"{flag}:{level}"


def parse_suspicion(value: str | None) -> tuple[str, str] | None:
    """A ``suspicion_value`` as a flag and level, if it names a level the flag can have."""
    flag, _, level = (value or "").partition(":")
    return (flag, level) if level in flag_levels(flag) else None


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

    screening = screen(text)
    if not screening.is_hypothetical:
        return None
    flag = screening.hypothetical[0]
    section = LEVEL_SECTIONS[lowest_level(flag)]
    passages = [p for p in load_index().passages if p.section_key == section]
    return {
        "text": if_it_happens(flag, emergency_number),
        "sources": [{"doc": p.doc, "section": p.section, "passage": p.id} for p in passages],
    }
