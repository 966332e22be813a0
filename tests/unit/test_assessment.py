from datetime import date

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


def test_side_from_free_text_and_one_word_answers() -> None:
    assert assessment.parse_side("left") == "left"
    assert assessment.parse_side("the right one") == "right"
    assert assessment.parse_side("both knees") == "both"
    assert assessment.parse_side("left and right") == "both"
    assert assessment.parse_side("banana") is None


def test_severity_reads_numbers_and_refuses_out_of_range() -> None:
    assert assessment.parse_severity("7") == "7"
    assert assessment.parse_severity("7/10") == "7"
    assert assessment.parse_severity("about a six") == "6"
    assert assessment.parse_severity("14") is None
    assert assessment.parse_severity("bad") is None
    assert assessment.read_answer("pain_severity", "no idea") == assessment.NOT_SURE


def test_age_reads_a_plausible_age_only() -> None:
    assert assessment.parse_age("34") == "34"
    assert assessment.parse_age("im 15") == "15"
    assert assessment.parse_age("I am 67 years old") == "67"
    assert assessment.parse_age("banana") is None
    assert assessment.parse_age("450") is None
    assert assessment.read_answer("age", "I'd rather not say") == assessment.NOT_SURE


def test_duration_in_weeks_including_a_month_it_began() -> None:
    assert assessment.parse_duration("about 3 weeks") == "3"
    assert float(assessment.parse_duration("for 2 months") or 0) > 8
    assert assessment.parse_duration("since March", today=date(2026, 5, 1)) == "8.7"
    assert assessment.parse_duration("since December", today=date(2026, 1, 1)) == "4.4"
    assert assessment.parse_duration("a while") is None


def test_hip_symptoms_none_and_not_sure() -> None:
    assert assessment.parse_hip_symptoms("stiff and weak hips") == ["stiff", "weak"]
    assert assessment.parse_hip_symptoms("no", "deny") == [assessment.NONE]
    assert assessment.parse_hip_symptoms("nothing really") == [assessment.NONE]
    assert assessment.parse_hip_symptoms("not sure") == [assessment.NOT_SURE]
    assert assessment.parse_hip_symptoms("banana") is None


def test_caving_from_words_intent_or_entity() -> None:
    assert assessment.parse_caving("yes it caves in") == assessment.YES
    assert assessment.parse_caving("/affirm", "affirm") == assessment.YES
    assert assessment.parse_caving("nope") == assessment.NO
    assert assessment.parse_caving("yeah but not always") is None


def test_recent_surgery_dated_or_not() -> None:
    assert assessment.parse_recent_surgery("hip replacement 6 weeks ago") == assessment.SURGERY
    assert assessment.parse_recent_surgery("an operation") == assessment.SURGERY
    assert assessment.parse_recent_surgery("knee op 2 years ago") == assessment.NONE
    assert assessment.parse_recent_surgery("knee replacement in 2019") == assessment.NONE
    assert assessment.parse_recent_surgery("fell off my bike last month") == assessment.INJURY
    assert assessment.parse_recent_surgery("no", "deny") == assessment.NONE
    # "Yes" alone does not say which: the question is asked again with the two choices.
    assert assessment.parse_recent_surgery("yes", "affirm") is None


def test_summary_says_every_answer_given() -> None:
    summary = assessment.summarise(
        {
            "knee_location": "front",
            "knee_side": "left",
            "aggravating_activities": ["stairs"],
            "hip_symptoms": ["stiff"],
            "knee_caving": "yes",
            "pain_duration": "3",
            "pain_severity": "6",
        }
    )
    assert "front of the knee" in summary and "your left knee" in summary
    assert "stairs" in summary and "stiff" in summary and "fall inwards" in summary
    assert "about 3 weeks" in summary and "6 out of 10" in summary
