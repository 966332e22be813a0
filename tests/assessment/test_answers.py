from datetime import date

from bot.assessment import answers, vocabulary


def test_location_from_canonical_value_free_text_and_bare_word() -> None:
    assert answers.parse_location("inner") == "inner"
    assert answers.parse_location("under my kneecap") == "front"
    assert answers.parse_location("back") == "back"
    assert answers.parse_location("banana") is None


def test_two_different_locations_mean_all_over() -> None:
    assert answers.parse_location("front and the inside") == "all_over"


def test_activities_and_not_sure() -> None:
    assert answers.parse_activities("stairs") == ["stairs"]
    assert answers.parse_activities("long walks and kneeling") == ["walking", "kneeling"]
    assert answers.parse_activities("I don’t know") == [vocabulary.NOT_SURE]
    assert answers.parse_activities("banana") is None


def test_side_from_free_text_and_one_word_answers() -> None:
    assert answers.parse_side("left") == "left"
    assert answers.parse_side("the right one") == "right"
    assert answers.parse_side("both knees") == "both"
    assert answers.parse_side("left and right") == "both"
    assert answers.parse_side("banana") is None


def test_severity_reads_numbers_and_refuses_out_of_range() -> None:
    assert answers.parse_severity("7") == "7"
    assert answers.parse_severity("7/10") == "7"
    assert answers.parse_severity("about a six") == "6"
    assert answers.parse_severity("14") is None
    assert answers.parse_severity("bad") is None
    assert answers.read_answer("pain_severity", "no idea") == vocabulary.NOT_SURE


def test_age_reads_a_plausible_age_only() -> None:
    assert answers.parse_age("34") == "34"
    assert answers.parse_age("im 15") == "15"
    assert answers.parse_age("I am 67 years old") == "67"
    assert answers.parse_age("banana") is None
    assert answers.parse_age("450") is None
    assert answers.read_answer("age", "I'd rather not say") == vocabulary.NOT_SURE


def test_duration_in_weeks_including_a_month_it_began() -> None:
    assert answers.parse_duration("about 3 weeks") == "3"
    assert float(answers.parse_duration("for 2 months") or 0) > 8
    assert answers.parse_duration("since March", today=date(2026, 5, 1)) == "8.7"
    assert answers.parse_duration("since December", today=date(2026, 1, 1)) == "4.4"
    assert answers.parse_duration("a while") is None


def test_hip_symptoms_none_and_not_sure() -> None:
    assert answers.parse_hip_symptoms("stiff and weak hips") == ["stiff", "weak"]
    assert answers.parse_hip_symptoms("no", "deny") == [vocabulary.NONE]
    assert answers.parse_hip_symptoms("nothing really") == [vocabulary.NONE]
    assert answers.parse_hip_symptoms("not sure") == [vocabulary.NOT_SURE]
    assert answers.parse_hip_symptoms("banana") is None


def test_every_hip_symptom_of_an_answer_is_read() -> None:
    # One symptom tied to a hip word must not hide the others said of it.
    assert answers.parse_hip_symptoms("weak hips and stiffness") == ["weak", "stiff"]
    assert answers.parse_hip_symptoms("stiff, and my glutes feel weak") == ["stiff", "weak"]
    assert answers.parse_hip_symptoms("my hips feel weak and they're tight") == ["weak", "tight"]


def test_caving_from_words_intent_or_entity() -> None:
    assert answers.parse_caving("yes it caves in") == vocabulary.YES
    assert answers.parse_caving("/affirm", "affirm") == vocabulary.YES
    assert answers.parse_caving("nope") == vocabulary.NO
    assert answers.parse_caving("yeah but not always") is None


def test_recent_surgery_dated_or_not() -> None:
    assert answers.parse_recent_surgery("hip replacement 6 weeks ago") == vocabulary.SURGERY
    assert answers.parse_recent_surgery("an operation") == vocabulary.SURGERY
    assert answers.parse_recent_surgery("knee op 2 years ago") == vocabulary.NONE
    assert answers.parse_recent_surgery("knee replacement in 2019") == vocabulary.NONE
    assert answers.parse_recent_surgery("fell off my bike last month") == vocabulary.INJURY
    assert answers.parse_recent_surgery("no", "deny") == vocabulary.NONE
    # "Yes" alone does not say which: the question is asked again with the two choices.
    assert answers.parse_recent_surgery("yes", "affirm") is None


def test_a_bare_word_about_the_knee_is_no_hip_symptom() -> None:
    assert answers.parse_hip_symptoms("my knee is stiff") is None
    assert answers.parse_hip_symptoms("my hip and knee are stiff") == ["stiff"]
    assert answers.parse_hip_symptoms("stiff") == ["stiff"]
