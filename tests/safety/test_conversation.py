"""Screening a whole conversation: incremental, bounded for refused messages, sticky."""

from __future__ import annotations

import json
import time

from bot.safety import Context, screen
from bot.safety.conversation import (
    REFUSED_SCREEN_CHARS,
    kept_triage,
    refused_flag,
    refused_payload,
    screen_latest,
    screen_refused,
)
from bot.safety.rules import highest

TURNS = ["hi", "my son is 10", "he has been limping since yesterday", "thanks"]


def _from_scratch(texts: list[str]) -> str | None:
    context = Context()
    for text in texts:
        context = context.update(screen(text, context))
    return context.level


def test_incremental_screening_agrees_with_reading_from_the_start() -> None:
    for n in range(1, len(TURNS) + 1):
        _, context = screen_latest(TURNS[:n])
        assert context.level == _from_scratch(TURNS[:n])
    assert screen_latest(TURNS[:3])[0].level == "same_day"
    # Another conversation with the same opening is its own: the child is not carried over.
    assert screen_latest(["hi", "he has been limping since yesterday"])[0].level is None


def test_a_refused_message_is_screened_at_its_start_and_end_in_bounded_time() -> None:
    filler = "my knee aches a little on the stairs and I walk the dog every day. " * 3000
    start_flag = "My calf is swollen and hot and I'm short of breath. " + filler
    end_flag = filler + " Today I fell and now I can't put any weight on my leg."
    assert screen_refused(start_flag).level == "emergency"
    assert screen_refused(end_flag).level == "same_day"
    began = time.perf_counter()
    screen_refused(filler * 2)
    assert time.perf_counter() - began < 2.0  # two ordinary messages' worth, not 400 KB
    assert len(filler) > 4 * REFUSED_SCREEN_CHARS


def test_a_refused_flag_travels_as_a_payload_the_action_reads_back() -> None:
    flag = screen_refused("My calf is swollen and hot and I'm short of breath.").flags[0]
    payload = refused_payload(flag)
    assert payload.startswith("/inform")
    named = json.loads(payload.removeprefix("/inform"))
    # As Rasa gives a payload's entities: one {"entity", "value"} each.
    entities = [{"entity": name, "value": value} for name, value in named.items()]
    assert refused_flag(entities) == ("dvt_pe", "emergency")
    routine = [
        {"entity": "refused_flag", "value": "dvt_pe"},
        {"entity": "refused_level", "value": "routine"},
    ]
    assert refused_flag(routine) is None
    assert refused_flag([]) is None


def test_start_over_keeps_the_level_and_a_new_session_keeps_it_for_a_while() -> None:
    now = time.time()
    slots = {"triage_level": "emergency", "triage_reason": "dvt_pe", "triage_time": now - 3600}
    assert kept_triage(slots, now, hours=None) == slots
    assert kept_triage(slots, now, hours=24) == slots
    assert kept_triage(slots, now + 24 * 3600, hours=24) == {}
    assert kept_triage({"triage_level": None}, now, hours=None) == {}


def test_a_recorded_level_is_never_lowered() -> None:
    assert highest("emergency", "prompt") == "emergency"
    assert highest(None, "prompt") == "prompt"
    assert highest(None, None) is None
