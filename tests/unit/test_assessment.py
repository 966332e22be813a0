from bot import assessment


def test_location_from_canonical_value_free_text_and_bare_word() -> None:
    assert assessment.parse_location("inner") == "inner"
    assert assessment.parse_location("under my kneecap") == "front"
    assert assessment.parse_location("back") == "back"
    assert assessment.parse_location("banana") is None


def test_two_different_locations_mean_all_over() -> None:
    assert assessment.parse_location("front and the inside") == "all_over"


def test_activities_and_not_sure() -> None:
    assert assessment.parse_activities("stairs") == ["stairs"]
    assert assessment.parse_activities("long walks and kneeling") == ["walking", "kneeling"]
    assert assessment.parse_activities("I don’t know") == [assessment.NOT_SURE]
    assert assessment.parse_activities("banana") is None


def test_describe_worse() -> None:
    assert assessment.describe_worse(["running"]) == "it gets worse with running"
    assert assessment.describe_worse(["stairs", "running", "sitting_long"]) == (
        "it gets worse with stairs, running and sitting for a long time"
    )
    assert "not sure" in assessment.describe_worse([assessment.NOT_SURE])


def test_describe_location() -> None:
    assert assessment.describe_location("back") == "the back of the knee"
    assert assessment.describe_location(None) == "your knee"
