import pytest

from bot.assessment.entities import extract, values


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


def test_dont_and_doesnt_without_apostrophes_negate() -> None:
    assert values("it doesnt hurt on stairs", "activity") == []
    assert values("i dont get pain when kneeling", "activity") == []


def test_not_being_able_to_do_something_is_not_negation() -> None:
    assert values("I can't kneel any more", "activity") == ["kneeling"]
    assert values("i cant walk far", "activity") == ["walking"]


def test_an_activity_said_to_be_fine_is_dropped() -> None:
    assert values("stairs are fine but running hurts", "activity") == ["running"]
    assert values("walking doesn't bother me", "activity") == []
    assert values("my knee is fine when walking, stairs are the problem", "activity") == ["stairs"]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("runnin", "running"),
        ("going up the stairz", "stairs"),
        ("sqautting", "squatting"),
        ("kneelng on the floor", "kneeling"),
        ("long car journeys", "sitting_long"),
        ("wallking the dog", "walking"),
        ("cyling to work", "cycling"),
        ("box jumpin", "jumping"),
        ("stnding all day", "standing"),
    ],
)
def test_every_activity_with_a_typo(text: str, activity: str) -> None:
    assert values(text, "activity") == [activity]


def test_idioms_are_not_activities() -> None:
    assert values("I can't stand it any more", "activity") == []
    assert values("will it help in the long run?", "activity") == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("my left knee", "left"),
        ("the right one", "right"),
        ("both knees", "both"),
        ("L knee", "left"),
        ("R knee is worse", "right"),
        ("left-hand side", "left"),
        ("both of them", "both"),
        ("left and right knees", "both"),
        ("just the right", "right"),
        ("both", "both"),
    ],
)
def test_sides(text: str, side: str) -> None:
    assert values(text, "side") == [side]


@pytest.mark.parametrize(
    "text", ["that's right", "I left work early", "am I on the right track?", "I do both"]
)
def test_left_and_right_in_other_senses_are_not_sides(text: str) -> None:
    assert values(text, "side") == []


def test_negated_side() -> None:
    assert values("not my left knee, the right one", "side") == ["right"]


@pytest.mark.parametrize(
    ("text", "symptoms", "area"),
    [
        ("stiff hips", ["stiff"], "hip"),
        ("tight hip flexors", ["tight"], "hip"),
        ("my glutes are weak", ["weak"], "buttock"),
        ("sore buttock", ["painful"], "buttock"),
        ("groin pain", ["painful"], "groin"),
        ("hip aches", ["painful"], "hip"),
        ("my hips feel stiff and sore", ["stiff", "painful"], "hip"),
        ("tightness at the front of my hip after sitting", ["tight"], "hip"),
        ("hip flexors r super tite", ["tight"], "hip"),
        ("my glute med is lazy", ["weak"], "buttock"),
        ("pain deep in my bum", ["painful"], "buttock"),
    ],
)
def test_hip_symptoms_and_where(text: str, symptoms: list[str], area: str) -> None:
    assert values(text, "hip_symptom") == symptoms
    assert values(text, "hip_area") == [area]


@pytest.mark.parametrize(
    "text",
    [
        "my hips aren't stiff",
        "no groin pain",
        "no stiffness in my hips",
        "hips dont feel tight",
        "never had any hip pain",
        "my knee is stiff",
        "I think my knee pain comes from my hip",
    ],
)
def test_no_hip_symptom(text: str) -> None:
    assert values(text, "hip_symptom") == []


def test_a_position_on_the_hip_is_not_a_knee_location() -> None:
    assert values("the front of my hip", "knee_location") == []
    assert values("the front of my hip", "hip_area") == ["hip"]


@pytest.mark.parametrize(
    "text",
    [
        "my knee caves in",
        "knees collapse inwards when I squat",
        "my knee goes inward on stairs",
        "my kne sort of colapses in",
        "my knees knock together when I land",
        "it goes in a bit on the stairs",
    ],
)
def test_knee_caving(text: str) -> None:
    assert values(text, "knee_caving") == ["yes"]


@pytest.mark.parametrize(
    "text",
    [
        "my knee doesn't cave in",
        "my knees dont collapse inwards",
        "I need to go in for an x-ray",
        "the pain in my knee comes in waves",
    ],
)
def test_no_knee_caving(text: str) -> None:
    assert values(text, "knee_caving") == []


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("for 3 weeks", "3"),
        ("a couple of months", "8.7"),
        ("6 months", "26"),
        ("a year", "52"),
        ("few days", "0.4"),
        ("2wks", "2"),
        ("6mo", "26"),
        ("a fortnight", "2"),
        ("2-3 weeks", "3"),
        ("five or six weeks", "6"),
        ("a year and a half", "78"),
        ("half a year", "26"),
        ("on and off for years", "156"),
        ("it started about a fortnight ago", "2"),
        ("the past month", "4.3"),
    ],
)
def test_durations_in_weeks(text: str, weeks: str) -> None:
    assert values(text, "duration") == [weeks]


@pytest.mark.parametrize(
    "text",
    [
        "since march",
        "I run 3 days a week",
        "twice a week",
        "can I take two a day",
        "one day it just started",
        "not for 3 weeks",
    ],
)
def test_no_duration(text: str) -> None:
    assert values(text, "duration") == []


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("7/10", "7"),
        ("about a 6", "6"),
        ("8 out of 10", "8"),
        ("pain is 5", "5"),
        ("severity 3", "3"),
        ("it's a solid 7", "7"),
        ("I'd say 4", "4"),
        ("seven out of ten", "7"),
        ("6-7/10", "7"),
        ("7.5/10", "7.5"),
        ("3/5", "6"),
        ("pain is 14", "14"),
        ("14/10", "14"),
    ],
)
def test_severities(text: str, severity: str) -> None:
    assert values(text, "severity") == [severity]


@pytest.mark.parametrize(
    "text", ["it's 3 weeks now", "pain 24/7", "it hurts 2 times a day", "since 7/10", "7"]
)
def test_no_severity(text: str) -> None:
    assert values(text, "severity") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I'm 45", "45"),
        ("I am 15 years old", "15"),
        ("45yo", "45"),
        ("aged 70", "70"),
        ("my 12 year old son", "12"),
        ("she's 9", "9"),
        ("im forty-five", "45"),
        ("in my 40s", "40"),
        ("in my late fifties", "57"),
        ("in my mid-40s", "44"),
        ("in my teens", "13"),
    ],
)
def test_ages(text: str, age: str) -> None:
    assert values(text, "age") == [age]


@pytest.mark.parametrize(
    "text", ["I'm 6 weeks post op", "I'm 5 foot 10", "I'm 100% sure", "i'm 1 of those people"]
)
def test_no_age(text: str) -> None:
    assert values(text, "age") == []


def test_six_weeks_post_op_dates_the_surgery() -> None:
    found = {(e.entity, e.value) for e in extract("I'm 6 weeks post op")}
    assert found == {("surgery", "other_surgery"), ("weeks_since_surgery", "6")}


@pytest.mark.parametrize(
    ("text", "surgery", "weeks"),
    [
        ("had a hip replacement 6 weeks ago", "hip_replacement", ["6"]),
        ("knee surgery last month", "knee_surgery", ["4.3"]),
        ("arthroscopy in january", "knee_surgery", []),
        ("I had my left knee replaced last year", "knee_replacement", ["52"]),
        ("keyhole surgery on my knee 2 years ago", "knee_surgery", ["104"]),
        ("operated on my hip", "hip_surgery", []),
        ("back surgery years ago", "other_surgery", ["156"]),
        ("had my meniscus trimmed a few years back", "knee_surgery", ["156"]),
    ],
)
def test_surgery_and_how_long_ago(text: str, surgery: str, weeks: list[str]) -> None:
    assert values(text, "surgery") == [surgery]
    assert values(text, "weeks_since_surgery") == weeks
    assert values(text, "duration") == []


def test_only_the_duration_next_to_the_surgery_dates_it() -> None:
    text = "I had knee surgery 2 years ago and the pain started 3 weeks ago"
    assert values(text, "weeks_since_surgery") == ["104"]
    assert values(text, "duration") == ["3"]


@pytest.mark.parametrize(
    "text",
    [
        "no surgery",
        "never had an operation",
        "I haven't had any operations",
        "do I need surgery?",
        "I'm waiting for a knee replacement",
        "would a knee replacement help",
    ],
)
def test_no_surgery(text: str) -> None:
    assert values(text, "surgery") == []


@pytest.mark.parametrize(
    "text",
    [
        "I fell",
        "twisted it playing football",
        "after a fall",
        "I landed awkwardly from a jump",
        "got tackled at rugby",
        "I slipped on ice last winter",
    ],
)
def test_injury(text: str) -> None:
    assert values(text, "injury") == ["injury"]


@pytest.mark.parametrize(
    "text", ["no injuries", "I didnt fall", "never injured it", "how do I avoid injury?"]
)
def test_no_injury(text: str) -> None:
    assert values(text, "injury") == []


def test_a_long_rambling_message() -> None:
    text = (
        "so basically I'm 34, my right knee has been killing me for about 3 months, mostly "
        "at the front around the kneecap. it's worse going downstairs and after sitting at "
        "my desk, maybe a 6/10 on bad days. My hips feel really tight and I think my glutes "
        "are weak, and my knee caves in when I squat. No surgery, no injuries, I didn't fall "
        "or anything, and walking is fine."
    )
    found = [(e.entity, e.value) for e in extract(text)]
    assert found == [
        ("age", "34"),
        ("side", "right"),
        ("duration", "13"),
        ("knee_location", "front"),
        ("activity", "stairs"),
        ("activity", "sitting_long"),
        ("severity", "6"),
        ("hip_symptom", "tight"),
        ("hip_area", "hip"),
        ("hip_symptom", "weak"),
        ("hip_area", "buttock"),
        ("knee_caving", "yes"),
        ("activity", "squatting"),
    ]
    for entity in extract(text):
        assert text[entity.start : entity.end] == entity.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7/10", [("severity", "7")]),
        ("about a 6", [("severity", "6")]),
        ("im 15", [("age", "15")]),
        ("the right one", [("side", "right")]),
        ("both knees", [("side", "both")]),
        ("stiff hips", [("hip_symptom", "stiff"), ("hip_area", "hip")]),
        ("about 3 weeks", [("duration", "3")]),
        (
            "hip replacement 6 weeks ago",
            [("surgery", "hip_replacement"), ("weeks_since_surgery", "6")],
        ),
        (
            "got a new knee 10 weeks ago",
            [("surgery", "knee_replacement"), ("weeks_since_surgery", "10")],
        ),
        ("came off my scooter", [("injury", "injury")]),
    ],
)
def test_short_answers_to_the_assessment(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.entity, e.value) for e in extract(text)] == expected


@pytest.mark.parametrize("text", ["7", "34", "left", "since march", "yes", "no idea"])
def test_answers_left_to_the_form_have_no_entity(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize("text", ["the back", "back", "round the back.", "mostly at the back"])
def test_the_back_as_a_whole_reply_is_the_back_of_the_knee(text: str) -> None:
    assert values(text, "knee_location") == ["back"]


@pytest.mark.parametrize("text", ["my back hurts", "pain in the back", "I hurt my back"])
def test_a_back_in_a_sentence_is_not_the_knee(text: str) -> None:
    assert values(text, "knee_location") == []


@pytest.mark.parametrize(
    ("text", "symptoms"),
    [("stiff", ["stiff"]), ("tight and weak", ["tight", "weak"]), ("a bit sore", ["painful"])],
)
def test_symptom_words_as_a_whole_reply_are_hip_symptoms(text: str, symptoms: list[str]) -> None:
    assert values(text, "hip_symptom") == symptoms
    assert values(text, "hip_area") == []


def test_symptom_words_in_a_sentence_need_a_hip() -> None:
    assert values("it feels weak on the stairs", "hip_symptom") == []


@pytest.mark.parametrize(
    ("text", "symptoms"),
    [
        ("my hips feel weak and they're stiff and tight too", ["weak", "stiff", "tight"]),
        ("hip weakness and tightness", ["weak", "tight"]),
        ("weak hips and stiffness", ["weak", "stiff"]),
        ("my hip is weak. It is also stiff.", ["weak", "stiff"]),
        ("knee caves in, hip feels weak, and stiff in the mornings", ["weak", "stiff"]),
        ("my hip feels sore, and stiff", ["painful", "stiff"]),
    ],
)
def test_signs_said_later_of_a_hip_named_before_are_hip_symptoms(
    text: str, symptoms: list[str]
) -> None:
    assert values(text, "hip_symptom") == symptoms


@pytest.mark.parametrize(
    ("text", "symptoms"),
    [
        ("my hip is fine but my knee is stiff", []),
        ("my hips are stiff but my knee doesn't feel weak", ["stiff"]),
        # Pain is said of the knee all the time, so it does not refer back to the hip.
        ("my hip is weak and it's sore on stairs", ["weak"]),
        ("my hip aches, short walks are ok", ["painful"]),
        ("my hips aren't stiff and they're not tight", []),
    ],
)
def test_symptoms_said_of_something_else_are_not_the_hips(text: str, symptoms: list[str]) -> None:
    assert values(text, "hip_symptom") == symptoms


@pytest.mark.parametrize("text", ["my hip drops when I walk", "a hip drop", "my hip dips"])
def test_a_hip_that_drops_is_weak(text: str) -> None:
    assert values(text, "hip_symptom") == ["weak"]


def test_in_an_answer_to_the_hip_question_unplaced_signs_are_the_hips() -> None:
    text = "stiff, and my glutes feel weak"
    assert values(text, "hip_symptom") == ["weak"]
    assert values(text, "hip_symptom", hip_answer=True) == ["stiff", "weak"]
    assert values("my knee is stiff", "hip_symptom", hip_answer=True) == []


@pytest.mark.parametrize(
    ("text", "activity"),
    [("lunges", "squatting"), ("getting up from a chair", "sitting_long")],
)
def test_more_activities(text: str, activity: str) -> None:
    assert values(text, "activity") == [activity]


def test_years_without_old_after_im_are_an_age_only_as_a_whole_reply() -> None:
    assert values("im 34 yrs", "age") == ["34"]
    assert values("im 34 yrs", "duration") == []
    assert values("I'm 2 years post op", "age") == []
    assert values("I'm 2 years post op", "weeks_since_surgery") == ["104"]


@pytest.mark.parametrize(
    "text",
    [
        "I'm pregnant",
        "22 weeks pregnant",
        "expecting a baby",
        "im pregnent and my knees ache",
        "I'm in my third trimester",
    ],
)
def test_pregnancy(text: str) -> None:
    assert values(text, "pregnancy") == ["yes"]


@pytest.mark.parametrize(
    "text",
    [
        "not pregnant",
        "I'm not pregnant",
        "my wife is pregnant",
        "she's 20 weeks pregnant",
        "is it safe if I'm pregnant?",
    ],
)
def test_no_pregnancy(text: str) -> None:
    assert values(text, "pregnancy") == []


def test_the_weeks_of_a_pregnancy_are_not_how_long_it_hurts() -> None:
    text = "22 weeks pregnant and my knee has hurt for 3 weeks"
    assert values(text, "pregnancy") == ["yes"]
    assert values(text, "duration") == ["3"]


def test_one_as_a_pronoun_is_no_severity() -> None:
    assert values("the sore one", "severity") == []
    assert values("one out of ten", "severity") == ["1"]


def test_a_hip_in_an_earlier_sentence_does_not_claim_a_later_word() -> None:
    assert values("My hip is fine. Stiff in the mornings though.", "hip_symptom") == []


def test_a_hip_whose_pain_eased_is_not_a_weak_hip() -> None:
    assert "weak" not in values("the pain in my hip dipped after physio", "hip_symptom")
    assert values("my hip drops when i walk", "hip_symptom") == ["weak"]
