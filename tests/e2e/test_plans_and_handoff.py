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


def assess(assistant: Assistant, sender: str, *answers: str) -> list[dict]:
    """Answer the assessment's questions in order; return the replies to the last answer."""
    replies: list[dict] = []
    for answer in ("hi", *answers):
        replies = assistant.say(sender, answer)
    return replies


# Knee caves in, front knee pain on stairs and running: weakness signs.
WEAK = ("front", "right", "no", "stairs and running", "yes", "2 months", "5", "38", "no")


def test_plan_comes_only_after_the_safety_check(assistant: Assistant) -> None:
    sender = new_sender()
    assess(assistant, sender, *WEAK)
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
    # Each exercise can be explained step by step, from its own document.
    steps = [b for r in replies for b in r.get("buttons") or [] if "How to do" in b["title"]]
    assert len(steps) == len(plan["exercises"])
    explained = assistant.say(sender, steps[0]["payload"])
    assert "How to do it:" in said(explained)
    assert custom(explained, "sources")[0][0]["doc"].endswith(plan["exercises"][0])


def test_signs_of_weak_and_of_tight_hips_get_both_strengthening_first(
    assistant: Assistant,
) -> None:
    # Outer knee pain and kneeling are no sign either way: the hips decide.
    described_first = (
        "my knee caves in and my hip drops when I walk, my hips feel weak and they're "
        "stiff and tight too",
        "the outer side", "left", "2 months", "4", "45", "no",
    )  # fmt: skip
    asked_in_turn = ("outer", "left", "weak hips and stiffness", "kneeling", "no", "2 months",
                     "4", "45", "no")  # fmt: skip
    for answers in (described_first, asked_in_turn):
        sender = new_sender()
        assert "here is what you told me" in said(assess(assistant, sender, *answers)).lower()
        assistant.say(sender, "what exercises should I do?")
        (plan,) = custom(assistant.say(sender, "/deny"), "plan")
        assert plan["focus"] == "both", answers
        assert plan["exercises"][0] == "clamshell" and plan["exercises"][-1].endswith("stretch")


def test_exercises_asked_for_first_come_after_the_assessment(assistant: Assistant) -> None:
    sender = new_sender()
    replies = assistant.say(sender, "just give me some exercises for my knee")
    assert not custom(replies, "plan")
    assert "few short questions" in said(replies) and "where on your knee" in said(replies).lower()


def test_an_unclear_answer_to_the_check_gets_no_plan(assistant: Assistant) -> None:
    sender = new_sender()
    assess(assistant, sender, *WEAK)
    assistant.say(sender, "can you suggest exercises?")
    replies = assistant.say(sender, "hmm not sure")
    assert not custom(replies, "plan") and "clear yes or no" in said(replies)
    assert custom(assistant.say(sender, "no"), "plan")


def test_a_child_gets_no_programme(assistant: Assistant) -> None:
    sender = new_sender()
    answers = list(WEAK)
    answers[7] = "14"
    summary = assess(assistant, sender, *answers)
    assert "under 16" in said(summary) and "parent" in said(summary)
    assert "Suggest exercises" not in [b["title"] for r in summary for b in r.get("buttons") or []]
    replies = assistant.say(sender, "can I have exercises anyway?")
    assert not custom(replies, "plan") and "under 16" in said(replies)


def test_a_recent_operation_gets_the_surgical_teams_plan(assistant: Assistant) -> None:
    sender = new_sender()
    answers = list(WEAK)
    answers[8] = "I had a hip replacement 6 weeks ago"
    summary = assess(assistant, sender, *answers)
    assert "surgical team" in said(summary)


def test_a_warning_sign_in_the_check_gets_no_plan(assistant: Assistant) -> None:
    sender = new_sender()
    assess(assistant, sender, *WEAK)
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
    replies = assistant.say(sender, "what exercises can I do?")
    assert not custom(replies, "plan") and "won't suggest exercises" in said(replies)
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
