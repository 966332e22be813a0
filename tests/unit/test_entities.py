import pytest

from bot.nlu.entities import extract, values


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("my knee hurts at the front", "front"),
        ("pain around the kneecap", "front"),
        ("the inside of my knee", "inner"),
        ("on the outside", "outer"),
        ("behind my knee", "back"),
        ("pain at the back of the knee", "back"),
        ("kind of everywhere", "all_over"),
    ],
)
def test_knee_locations(text: str, location: str) -> None:
    assert values(text, "knee_location") == [location]


def test_lower_back_is_not_a_knee_location() -> None:
    assert values("my back hurts", "knee_location") == []


def test_activities_in_order_with_typos() -> None:
    assert values("worse going downstairs and squating, also runing", "activity") == [
        "stairs",
        "squatting",
        "running",
    ]


def test_negated_mentions_are_dropped() -> None:
    assert values("no pain when running", "activity") == []
    assert values("it doesn't hurt on stairs", "activity") == []
    assert values("not when walking but on stairs", "activity") == ["stairs"]


def test_negation_does_not_cross_a_clause() -> None:
    assert values("no swelling, but it hurts when I kneel", "activity") == ["kneeling"]


def test_spans_point_at_the_text() -> None:
    text = "Kneecap pain when I jog"
    for entity in extract(text):
        assert text[entity.start : entity.end] == entity.text
