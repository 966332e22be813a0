import pytest

from bot.language.numbers import decimal, value, values_in


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("12", 12.0),
        ("1.5", 1.5),
        ("seven", 7.0),
        ("seventy five", 75.0),
        ("forty-five", 45.0),
        ("a couple of", 2.0),
        ("a few", 3.0),
        ("several", 3.0),
        ("an", 1.0),
        ("banana", None),
        ("", None),
    ],
)
def test_value_reads_digits_words_and_vague_amounts(phrase: str, expected: float | None) -> None:
    assert value(phrase) == expected


def test_runs_of_number_words_are_one_number() -> None:
    assert values_in(["forty", "five", "years"]) == [45.0]
    assert values_in(["forty", "-", "five"]) == [45.0]
    assert values_in(["6", "-", "7"]) == [6.0, 7.0]
    assert values_in(["six", "seven"]) == [6.0, 7.0]  # not a number of its own
    assert values_in(["no", "numbers", "here"]) == []


def test_decimal_keeps_one_place_and_drops_a_whole_one() -> None:
    assert decimal(52 / 6) == "8.7"
    assert decimal(3.04) == "3"
    assert decimal(7.0) == "7"
