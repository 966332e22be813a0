"""A profile takes only the assessment's canonical values."""

from __future__ import annotations

import pytest

from bot.plans import Profile


@pytest.mark.parametrize(
    "values",
    [
        {"knee_location": "kneecap"},
        {"hip_symptoms": {"sore"}},
        {"activities": ["stair"]},
        {"severity": 11},
        {"surgery": "hip"},
    ],
)
def test_a_value_outside_the_vocabulary_is_refused(values: dict) -> None:
    with pytest.raises(ValueError):
        Profile(**values)


def test_an_empty_profile_is_valid() -> None:
    assert Profile().hip_symptoms == set() and Profile().activities == []
