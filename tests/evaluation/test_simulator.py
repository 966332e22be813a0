"""Simulated people talk to the running assistant; the outcomes hold the targets."""

from __future__ import annotations

import yaml

from bot.assessment.form import REASK
from bot.evaluation.simulator import (
    SUMMARIES,
    dialogue_figures,
    load_profiles,
    recognise,
    run_profiles,
)
from tests.conftest import PROJECT, Assistant

REQUIRED_KINDS = ("strengthen", "stretch", "both")


def test_every_question_of_the_form_is_recognised_from_its_wording() -> None:
    domain = yaml.safe_load((PROJECT / "domain.yml").read_text())
    for slot in domain["forms"]["assessment_form"]["required_slots"]:
        for name in (f"utter_ask_{slot}", REASK[slot]):
            text = domain["responses"][name][0]["text"].replace(
                "{location}", "the back of the knee"
            )
            assert recognise(text) == slot, name
    for name in SUMMARIES:
        text = domain["responses"][name][0]["text"].format(summary="x", gate="y")
        assert recognise(text) == name
    assert recognise("How can my hips affect my knee?") is None


def test_profiles_cover_every_focus_red_flags_and_gates() -> None:
    expected = [p.expect for p in load_profiles()]
    assert {e.get("plan") for e in expected} >= set(REQUIRED_KINDS)
    assert {e.get("triage") for e in expected} >= {"emergency", "same_day", "prompt"}
    assert {e.get("gate") for e in expected} >= {"under_16", "recent_surgery", "pregnancy"}


def test_simulated_conversations_meet_their_targets(assistant: Assistant) -> None:
    profiles = load_profiles()
    outcomes = run_profiles(assistant.rasa_url, profiles)
    figures, problems = dialogue_figures(profiles, outcomes)
    transcripts = "\n\n".join(
        "\n".join(o.transcript)
        for p, o in zip(profiles, outcomes, strict=True)
        if o.problems(p.expect)
    )
    for figure in figures:
        assert figure.met, f"{figure}\n{problems}\n{transcripts[-6000:]}"
