"""One reading of an age for the screen, the entities and the form (they disagreed once)."""

import pytest

from bot.assessment.answers import parse_age
from bot.assessment.entities import values
from bot.language.ages import AgeRange, ages_in, decade_range, school_year
from bot.language.text import parse
from bot.safety import screen


def _screened(text: str) -> list[AgeRange]:
    return ages_in(parse(text).text)


@pytest.mark.parametrize(
    ("text", "expected", "form_value"),
    [
        ("I'm in my teens", AgeRange(13, 19), "13"),
        ("I'm in my early teens", AgeRange(13, 15), "13"),
        ("she's in her late teens", AgeRange(17, 19), "17"),
        ("I'm in my forties", AgeRange(40, 49), "40"),
        ("he's in his late 40s", AgeRange(47, 49), "47"),
        ("my son is in year 9", AgeRange(13, 14), "13"),
        ("she's in 8th grade", AgeRange(13, 14), "13"),
        ("my 15 yo", AgeRange(15, 15), "15"),
        ("I'm fifteen and a half", AgeRange(15, 15), "15"),
        ("I am 67 years old", AgeRange(67, 67), "67"),
    ],
)
def test_screen_entities_and_form_read_one_age(
    text: str, expected: AgeRange, form_value: str
) -> None:
    assert _screened(text) == [expected]
    assert values(text, "age") == [form_value]  # the start of a range, as the gate needs
    assert parse_age(text) == form_value


def test_a_vague_age_counts_as_a_child_when_any_of_it_is_under_16() -> None:
    for text in ("I'm in my early teens and limping", "my daughter is in year 9 and limping"):
        assert [flag.id for flag in screen(text).flags] == ["child_hip"], text


def test_a_vague_older_age_counts_at_its_upper_end() -> None:
    result = screen("my mum is in her late sixties, she fell and her hip hurts when she walks")
    assert "elderly_fall_hip" in [flag.id for flag in result.flags]


def test_ranges() -> None:
    assert decade_range(13) == AgeRange(13, 19)
    assert decade_range(60, "mid") == AgeRange(64, 66)
    assert school_year("year", 1) == AgeRange(5, 6)
    assert school_year("grade", 14) is None
    assert str(AgeRange(13, 15)) == "13–15" and str(AgeRange(45, 45)) == "45"


def test_other_numbers_are_no_age() -> None:
    assert _screened("I'm 6 weeks post op") == []
    assert _screened("a year 9 months ago") == []
