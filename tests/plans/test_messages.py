"""The plan message: doses, the pain rule, the caveat and honest wording in every plan."""

from __future__ import annotations

import re

import pytest

from bot.plans import Profile, build_plan, plan_message
from bot.plans.builder import PAINFUL_HIP_NOTE
from tests.plans import profiles
from tests.plans.conftest import front_matter

ALL = pytest.mark.parametrize("profile", profiles.ALL.values(), ids=profiles.ALL.keys())
# Wording that would diagnose or promise: none may appear in a plan.
DIAGNOSING = re.compile(
    r"\byou (have|'ve got|have got|are suffering)\b|\byou've got\b|\bdiagnosed\b|\bsyndrome\b"
    r"|\bpfps\b|\bcures?\b|\bcured\b|\bguarantee|\bwill (fix|heal)\b"
)


def message(profile: Profile) -> str:
    return plan_message(build_plan(profile))


@ALL
def test_each_exercise_is_listed_with_its_dose_from_the_document(profile: Profile) -> None:
    text = message(profile)
    for exercise in build_plan(profile).exercises:
        meta = front_matter(exercise.id)
        assert f"{meta['title']}: {meta['dose']}" in text


@ALL
def test_every_plan_states_the_pain_rule(profile: Profile) -> None:
    text = message(profile)
    assert "3–5 out of 10" in text
    assert "settles within an hour" in text and "no worse the next morning" in text
    assert "Sharp or rising pain means stop and get it checked" in text


@ALL
def test_every_plan_ends_with_the_caveat_and_the_offer(profile: Profile) -> None:
    text = message(profile)
    caveat, offer = text.split("\n\n")[-2:]
    assert caveat.startswith("This is general education, not a diagnosis.")
    assert "physiotherapist or doctor can examine you and tailor" in caveat
    assert all(word in caveat for word in ("persists", "worse", "warning sign"))
    assert offer == "Ask me how to do any of them, step by step."


@ALL
def test_no_plan_diagnoses_or_promises_a_cure(profile: Profile) -> None:
    text = message(profile).lower()
    assert not DIAGNOSING.search(text)
    # "diagnos" appears once: in saying that this is not a diagnosis.
    assert text.count("diagnos") == 1 and "not a diagnosis" in text


@ALL
def test_the_first_line_is_an_honest_intro(profile: Profile) -> None:
    intro = message(profile).split("\n")[0]
    assert intro.startswith("Based on what you told me,")
    assert "may help" in intro or "good place to start" in intro


def test_the_intro_follows_the_focus() -> None:
    assert "hip strengthening may help" in message(profiles.WEAK_GLUTES)
    assert "helps many people" in message(profiles.WEAK_GLUTES)
    assert "stretching tight hip muscles may help" in message(profiles.TIGHT_HIPS)
    assert "strengthening first, then some stretching" in message(profiles.BOTH)
    assert "good place to start" in message(profiles.NO_SIGNS)


def test_exercises_are_numbered_in_plan_order() -> None:
    plan = build_plan(profiles.BOTH)
    numbered = [line for line in plan_message(plan).splitlines() if re.match(r"\d\. ", line)]
    assert [line.split(". ", 1)[1].split(":")[0] for line in numbered] == [
        exercise.title for exercise in plan.exercises
    ]


def test_the_step_down_is_offered_only_after_four_weeks_of_hip_work() -> None:
    (line,) = [line for line in message(profiles.WEAK_GLUTES).splitlines() if "Step-down" in line]
    assert line.endswith("after about 4 weeks of hip work")


def test_a_painful_hip_note_sits_under_the_clamshell() -> None:
    lines = message(profiles.PAINFUL_HIP).splitlines()
    clamshell = next(i for i, line in enumerate(lines) if line.startswith("1. Clamshell"))
    assert lines[clamshell + 1].strip() == PAINFUL_HIP_NOTE


def test_plan_notes_come_before_the_pain_rule() -> None:
    text = message(profiles.AFTER_HIP_REPLACEMENT)
    assert text.index("hip replacement") < text.index("3–5 out of 10")
    assert "Figure-four" not in text
