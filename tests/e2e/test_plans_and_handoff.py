"""Exercise plans after a safety check, and requests for a human, medicines or a diagnosis."""

from __future__ import annotations

import uuid

from tests.conftest import Assistant


def custom(replies: list[dict], key: str) -> list:
    return [r["custom"][key] for r in replies if key in (r.get("custom") or {})]


def said(replies: list[dict]) -> str:
    return " ".join(r.get("text") or "" for r in replies)


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex[:10]}"


def test_plan_comes_only_after_the_safety_check(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "my knee caves in on the stairs and the front of it hurts when I run")
    check = assistant.say(sender, "what exercises should I do?")
    assert not custom(check, "plan"), "a plan must never come before the safety check"
    assert "safety check" in said(check)
    replies = assistant.say(sender, "/deny")
    (plan,) = custom(replies, "plan")
    assert plan["focus"] == "strengthen"
    assert "clamshell" in plan["exercises"]
    text = said(replies).lower()
    assert "not a diagnosis" in text and "physiotherapist" in text
    assert custom(replies, "sources"), "the plan explains why, with a cited passage"


def test_a_warning_sign_in_the_check_gets_no_plan(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "the inside of my knee hurts on stairs")
    assistant.say(sender, "give me some exercises")
    replies = assistant.say(sender, "/affirm")
    assert not custom(replies, "plan")
    replies = assistant.say(sender, "my calf is swollen and hot and I'm short of breath")
    assert custom(replies, "triage") == [{"level": "emergency", "reason": "dvt_pe"}]
    again = assistant.say(sender, "ok, now can I have the exercises?")
    assert not custom(again, "plan") and "won't suggest exercises" in said(again)


def test_escalation_is_sticky_for_plans(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "my knee locked this morning and I can't straighten it")
    assistant.say(sender, "what exercises can I do?")
    replies = assistant.say(sender, "/deny")
    assert not custom(replies, "plan")


def test_asking_for_a_human_gives_the_contact_route(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    replies = assistant.say(sender, "can I talk to a real person please")
    assert "contact" in said(replies) and "review" in said(replies)
    # The assessment resumes afterwards.
    assert "where on your knee" in said(replies).lower()


def test_no_medicine_doses_and_no_diagnosis(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "my knee hurts at the front when I run")
    medicine = said(assistant.say(sender, "how much ibuprofen can I take?")).lower()
    assert "pharmacist" in medicine and "mg" not in medicine
    diagnosis = said(assistant.say(sender, "do I have patellofemoral pain syndrome?")).lower()
    assert "can't tell you what is wrong" in diagnosis
