from bot.assessment import summary, vocabulary


def test_describe_worse() -> None:
    assert summary.describe_worse(["running"]) == "it gets worse with running"
    assert summary.describe_worse(["stairs", "running", "sitting_long"]) == (
        "it gets worse with stairs, running and sitting for a long time"
    )
    assert "not sure" in summary.describe_worse([vocabulary.NOT_SURE])


def test_describe_location() -> None:
    assert summary.describe_location("back") == "the back of the knee"
    assert summary.describe_location(None) == "your knee"


def test_summary_says_every_answer_given() -> None:
    said = summary.summarise(
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
    assert "front of the knee" in said and "your left knee" in said
    assert "stairs" in said and "stiff" in said and "fall inwards" in said
    assert "about 3 weeks" in said and "6 out of 10" in said
