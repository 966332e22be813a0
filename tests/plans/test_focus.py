"""Strengthen, stretch or both, from the signs the clinical rules name."""

from __future__ import annotations

import pytest

from bot.plans import Profile, choose_focus
from bot.plans.conversation import profile_from_conversation
from tests.plans import profiles


def reason_ids(profile: Profile) -> list[str]:
    return [sign.id for sign in choose_focus(profile).reasons]


def test_caving_in_and_front_knee_pain_with_running_mean_strengthen() -> None:
    choice = choose_focus(profiles.WEAK_GLUTES)
    assert choice.focus == "strengthen"
    assert reason_ids(profiles.WEAK_GLUTES) == ["knee_caving", "front_knee_with_activity"]
    assert all(sign.kind == "weakness" for sign in choice.reasons)


def test_a_stiff_hip_and_pain_after_sitting_mean_stretch() -> None:
    assert choose_focus(profiles.TIGHT_HIPS).focus == "stretch"
    assert reason_ids(profiles.TIGHT_HIPS) == ["stiff_hip", "pain_after_sitting"]


def test_signs_of_both_mean_both_with_weakness_first() -> None:
    choice = choose_focus(profiles.BOTH)
    assert choice.focus == "both"
    assert [sign.kind for sign in choice.reasons] == ["weakness", "tightness", "tightness"]
    assert choice.of_kind("weakness")[0].id == "weak_hip"


def test_no_clear_sign_defaults_to_strengthen_with_no_reasons() -> None:
    choice = choose_focus(profiles.NO_SIGNS)
    assert choice == choose_focus(Profile())
    assert choice.focus == "strengthen" and choice.reasons == ()


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        (Profile(knee_location="inner", activities=["stairs"]), ["inner_knee_with_activity"]),
        (
            Profile(knee_location="front", activities=["squatting", "jumping"]),
            ["front_knee_with_activity"],
        ),
        (Profile(hip_symptoms={"weak"}), ["weak_hip"]),
        (Profile(knee_caving=True), ["knee_caving"]),
        # Outer or back knee pain with activity is not among the rule's weakness signs,
        (Profile(knee_location="outer", activities=["running"]), []),
        # nor is front knee pain only when kneeling or standing.
        (Profile(knee_location="front", activities=["kneeling", "standing"]), []),
        (Profile(knee_location="front", activities=["not_sure"]), []),
    ],
)
def test_weakness_signs(profile: Profile, expected: list[str]) -> None:
    assert reason_ids(profile) == expected


def test_the_words_of_a_sign_say_what_the_person_described() -> None:
    (sign,) = choose_focus(Profile(knee_location="inner", activities=["stairs", "walking"])).reasons
    assert sign.words == "pain on the inner side of the knee with stairs and walking"
    (sign,) = choose_focus(Profile(hip_symptoms={"stiff", "tight"})).reasons
    assert sign.words == "a stiff and tight feeling in your hip"


def test_a_painful_hip_alone_is_neither_sign() -> None:
    assert choose_focus(Profile(hip_symptoms={"painful"})).reasons == ()


@pytest.mark.parametrize(
    "said",
    [
        "my knee caves in and my hip drops when I walk, my hips feel weak and they're stiff "
        "and tight too",
        "my knee caves in on stairs. hip weakness and tightness, mostly after sitting",
        "my knee falls inwards when I squat, weak hips and stiffness in the mornings",
    ],
)
def test_signs_of_both_in_the_persons_own_words_mean_both(said: str) -> None:
    choice = choose_focus(profile_from_conversation({}, [said]))
    assert choice.focus == "both"
    assert choice.reasons[0].kind == "weakness" and choice.of_kind("tightness")


def test_a_dropping_hip_is_a_sign_of_weakness() -> None:
    person = profile_from_conversation({"knee_location": "outer"}, ["my hip drops when I walk"])
    assert [sign.id for sign in choose_focus(person).reasons] == ["weak_hip"]
