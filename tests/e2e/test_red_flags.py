"""Red flags escalate over HTTP at any turn, at their level, whatever NLU thinks."""

from __future__ import annotations

import uuid

from tests.conftest import Assistant


def triage(replies: list[dict]) -> list[dict]:
    return [r["custom"]["triage"] for r in replies if "triage" in (r.get("custom") or {})]


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex[:10]}"


def test_emergency_in_the_opening_message(assistant: Assistant) -> None:
    replies = assistant.say(
        new_sender(), "hi, I fell and my knee looks out of place and my foot is cold"
    )
    (found,) = triage(replies)
    assert found == {"level": "emergency", "reason": "deformity_neurovascular"}
    message = next(r["text"] for r in replies if "triage" in (r.get("custom") or {}))
    first_sentence = message.split(". ")[0]
    assert "emergency" in first_sentence.lower() and "now" in first_sentence


def test_red_flag_mid_assessment_ends_the_form(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hello")
    replies = assistant.say(sender, "front. my knee locked this morning and I can't straighten it")
    assert triage(replies) == [{"level": "same_day", "reason": "locked_knee"}]
    assert not any("which activities" in (r.get("text") or "").lower() for r in replies)


def test_symptoms_add_up_across_turns(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    first = triage(assistant.say(sender, "my calf has been swollen and warm since yesterday"))
    assert first == [{"level": "same_day", "reason": "dvt_pe"}]
    later = triage(assistant.say(sender, "and now I'm getting short of breath"))
    assert later == [{"level": "emergency", "reason": "dvt_pe"}]


def test_negated_and_hypothetical_messages_do_not_escalate(assistant: Assistant) -> None:
    sender = new_sender()
    for message in (
        "no swelling, no fever, just an ache at the front when I run",
        "what if my knee locks?",
        "I don't have any numbness",
    ):
        assert triage(assistant.say(sender, message)) == [], message


def test_red_flag_in_an_over_long_message_still_escalates(assistant: Assistant) -> None:
    story = "My knee has been aching on and off and I keep thinking about it. " * 60
    message = (
        story + "Today I fell and now my knee looks out of place and my foot is cold and blue."
    )
    replies = assistant.say(new_sender(), message)
    assert triage(replies) == [{"level": "emergency", "reason": "deformity_neurovascular"}]
    assert "too long" in replies[-1]["text"]


def test_what_was_said_while_answering_the_form_counts_later(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hello")
    assistant.say(sender, "it's about my son, he's 12")
    replies = assistant.say(sender, "he's been limping and his knee hurts")
    assert triage(replies) == [{"level": "same_day", "reason": "child_hip"}]
