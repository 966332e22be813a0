"""Which exercises, in which order, with which cautions; and the plan payload."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.plans import PlanBlocked, Profile, build_plan, plan_payload
from bot.plans.builder import HIP_REPLACEMENT_NOTE, PAINFUL_HIP_NOTE, PREGNANCY_NOTE
from bot.plans.messages import PAIN_RULE
from tests.plans import profiles
from tests.plans.conftest import front_matter


def ids(profile: Profile) -> list[str]:
    return [exercise.id for exercise in build_plan(profile).exercises]


def test_weak_glutes_get_the_strengthening_programme_with_the_step_down_last() -> None:
    assert ids(profiles.WEAK_GLUTES) == [
        "clamshell",
        "side_lying_abduction",
        "glute_bridge",
        "standing_hip_abduction_band",
        "step_down",
    ]


def test_tight_hips_get_the_three_stretches() -> None:
    assert ids(profiles.TIGHT_HIPS) == [
        "hip_flexor_stretch",
        "figure_four_stretch",
        "itb_tfl_stretch",
    ]


def test_both_puts_strengthening_first_then_two_stretches() -> None:
    plan = build_plan(profiles.BOTH)
    goals = [front_matter(exercise.id)["goal"] for exercise in plan.exercises]
    assert goals == ["strengthen"] * 3 + ["stretch"] * 2
    # Outer knee pain brings the outer hip stretch forward.
    assert [exercise.id for exercise in plan.exercises][3:] == [
        "hip_flexor_stretch",
        "itb_tfl_stretch",
    ]


def test_without_outer_knee_pain_both_takes_the_buttock_stretch() -> None:
    profile = Profile(knee_caving=True, activities=["sitting_long"])
    assert ids(profile)[3:] == ["hip_flexor_stretch", "figure_four_stretch"]


def test_no_clear_signs_get_the_strengthening_programme() -> None:
    plan = build_plan(profiles.NO_SIGNS)
    assert plan.focus == "strengthen" and plan.reasons == ()
    assert ids(profiles.NO_SIGNS) == ids(profiles.WEAK_GLUTES)


def test_after_a_hip_replacement_no_stretch_crosses_the_legs() -> None:
    plan = build_plan(profiles.AFTER_HIP_REPLACEMENT)
    chosen = [exercise.id for exercise in plan.exercises]
    assert plan.focus == "stretch"
    assert "figure_four_stretch" not in chosen and "itb_tfl_stretch" not in chosen
    # Too few stretches remain, so strengthening tops the plan up to three.
    assert chosen == ["hip_flexor_stretch", "clamshell", "side_lying_abduction"]
    assert plan.notes == (HIP_REPLACEMENT_NOTE,)


def test_after_a_knee_replacement_the_figure_four_stays() -> None:
    profile = Profile(hip_symptoms={"tight"}, surgery="knee_replacement", weeks_since_surgery=30)
    assert "figure_four_stretch" in ids(profile)
    assert "knee replacement" in build_plan(profile).notes[0]


def test_a_painful_hip_keeps_one_side_lying_exercise_with_a_note() -> None:
    plan = build_plan(profiles.PAINFUL_HIP)
    chosen = [exercise.id for exercise in plan.exercises]
    assert "side_lying_abduction" not in chosen
    assert chosen[:3] == ["clamshell", "glute_bridge", "standing_hip_abduction_band"]
    notes = {exercise.id: exercise.notes for exercise in plan.exercises}
    assert notes["clamshell"] == (PAINFUL_HIP_NOTE,)
    assert all(not n for exercise_id, n in notes.items() if exercise_id != "clamshell")


def test_without_a_painful_hip_no_exercise_has_a_note() -> None:
    assert all(not exercise.notes for exercise in build_plan(profiles.WEAK_GLUTES).exercises)


@pytest.mark.parametrize(
    "profile",
    [
        *profiles.ALL.values(),
        Profile(
            hip_symptoms={"painful", "stiff"}, surgery="hip_replacement", weeks_since_surgery=20
        ),
        Profile(
            knee_caving=True,
            hip_symptoms={"painful", "tight"},
            surgery="hip_replacement",
            weeks_since_surgery=20,
        ),
    ],
)
def test_every_plan_has_three_to_five_distinct_exercises(profile: Profile) -> None:
    chosen = ids(profile)
    assert 3 <= len(chosen) <= 5 and len(set(chosen)) == len(chosen)


@pytest.mark.parametrize("profile", profiles.ALL.values(), ids=profiles.ALL.keys())
def test_titles_and_doses_are_the_documents(profile: Profile) -> None:
    for exercise in build_plan(profile).exercises:
        meta = front_matter(exercise.id)
        assert (exercise.title, exercise.dose) == (meta["title"], meta["dose"])


def test_the_step_down_comes_with_its_four_week_wait() -> None:
    (step_down,) = [e for e in build_plan(profiles.WEAK_GLUTES).exercises if e.id == "step_down"]
    assert "after about 4 weeks of hip work" in step_down.dose


def test_a_dose_edited_in_the_document_reaches_the_plan(exercise_docs: Path) -> None:
    path = exercise_docs / "exercises" / "glute_bridge.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("3 sets of 10, holding", "2 sets of 8, holding"), "utf-8")
    plan = build_plan(profiles.WEAK_GLUTES, knowledge_dir=exercise_docs)
    (bridge,) = [e for e in plan.exercises if e.id == "glute_bridge"]
    assert bridge.dose == "2 sets of 8, holding 2–3 seconds at the top"


def test_the_payload_names_the_focus_and_the_exercise_ids_in_order() -> None:
    payload = plan_payload(build_plan(profiles.BOTH))["plan"]
    assert payload["focus"] == "both"
    assert payload["exercises"] == [
        "clamshell",
        "side_lying_abduction",
        "glute_bridge",
        "hip_flexor_stretch",
        "itb_tfl_stretch",
    ]
    assert payload["pain_rule"] == PAIN_RULE


def test_the_payload_carries_each_card_as_its_document_gives_it() -> None:
    payload = plan_payload(build_plan(profiles.PAINFUL_HIP))["plan"]
    assert [card["id"] for card in payload["details"]] == payload["exercises"]
    for card in payload["details"]:
        meta = front_matter(card["id"])
        assert (card["title"], card["dose"]) == (meta["title"], meta["dose"])
        assert len(card["steps"]) >= 3 and not card["steps"][0][0].isdigit()
    clamshell = next(c for c in payload["details"] if c["id"] == "clamshell")
    assert clamshell["steps"][0].startswith("Lie on your side")
    assert clamshell["notes"] == [PAINFUL_HIP_NOTE]


@pytest.mark.parametrize(
    ("profile", "gate_id"),
    [
        (Profile(age=13, knee_caving=True), "under_16"),
        (Profile(surgery="hip_replacement", weeks_since_surgery=6), "recent_surgery"),
        (Profile(surgery="knee_replacement", weeks_since_surgery=12), "recent_surgery"),
        # An operation of unknown date counts as recent.
        (Profile(surgery="other"), "recent_surgery"),
    ],
)
def test_a_blocking_gate_refuses_a_plan(profile: Profile, gate_id: str) -> None:
    with pytest.raises(PlanBlocked) as raised:
        build_plan(profile)
    assert raised.value.gate.id == gate_id and str(raised.value) == raised.value.gate.message


def test_pregnancy_gives_a_plan_with_the_midwife_note() -> None:
    plan = build_plan(Profile(knee_caving=True, pregnant=True))
    assert plan.notes == (PREGNANCY_NOTE,)
