"""One reading of a duration for the screen, the entities and the form (they disagreed once)."""

from datetime import date

import pytest

from bot.assessment.answers import parse_duration
from bot.assessment.entities import values
from bot.assessment.summary import describe_duration
from bot.language.durations import (
    WEEKS_PER_UNIT,
    longest_weeks,
    weeks,
    weeks_since_date,
    weeks_since_surgery,
)
from bot.language.text import parse


def _screened(text: str) -> float | None:
    return longest_weeks(parse(text).text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("for a month", 52 / 12),
        ("for two months", 2 * 52 / 12),
        ("for several weeks", 3.0),
        ("for a couple of months", 2 * 52 / 12),
        ("for a few days", 3 / 7),
        ("for a year", 52.0),
    ],
)
def test_screen_entities_and_form_read_one_duration(text: str, expected: float) -> None:
    assert _screened(text) == pytest.approx(expected)
    form_value = f"{round(expected, 1):g}"
    assert values(text, "duration") == [form_value]
    assert parse_duration(text) == form_value


def test_a_month_is_the_same_everywhere() -> None:
    assert weeks(1, "month") == WEEKS_PER_UNIT["month"] == 52 / 12
    assert describe_duration(str(6 * 52 / 12)) == "for about 6 months"
    assert describe_duration("104") == "for about 2 years"


def test_may_is_a_month_only_where_a_date_is_meant() -> None:
    today = date(2026, 12, 1)
    christmas = (today - date(2025, 12, 25)).days / 7
    assert weeks_since_date("it may have started around christmas", today) == christmas
    assert parse_duration("it may have started around christmas", today) == "48.7"
    assert weeks_since_date("since May", today) == (today - date(2026, 5, 1)).days / 7
    assert weeks_since_date("it may be worse", today) is None


def test_dates_count_back_to_their_last_occurrence() -> None:
    today = date(2026, 3, 10)
    assert weeks_since_date("since March", today) == (today - date(2026, 3, 1)).days / 7
    assert weeks_since_date("since December", today) == (today - date(2025, 12, 1)).days / 7
    assert weeks_since_date("since easter", today) == (today - date(2025, 4, 20)).days / 7
    assert weeks_since_date("between March and May", today) is None


def test_time_since_an_operation() -> None:
    assert weeks_since_surgery(parse("hip replacement 6 weeks ago").text) == 6.0
    assert weeks_since_surgery(parse("knee op a couple of months ago").text) == pytest.approx(
        2 * 52 / 12
    )
    assert weeks_since_surgery(parse("I had the operation yesterday").text) == 0.5
    assert weeks_since_surgery(parse("no dates here").text) is None
