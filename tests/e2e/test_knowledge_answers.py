"""Free questions answered from the knowledge base over HTTP, with their sources."""

from __future__ import annotations

import uuid

from bot.knowledge.messages import NO_ANSWER_TEXT
from tests.conftest import Assistant


def sources(replies: list[dict]) -> list[dict]:
    return [s for reply in replies for s in (reply.get("custom") or {}).get("sources", [])]


def test_question_is_answered_with_its_section_and_sources(assistant: Assistant) -> None:
    sender = f"test-{uuid.uuid4().hex[:10]}"
    assistant.say(sender, "hi")
    replies = assistant.say(sender, "why would weak glutes make my knee hurt?")
    cited = sources(replies)
    assert cited, replies
    assert {"doc", "section", "passage"} <= set(cited[0])
    answer = next(
        r["text"] for r in replies if (r.get("custom") or {}).get("sources")
    )  # text and sources in one message
    assert f'"{cited[0]["section"]}"' in answer
    # The form was interrupted by the question and resumes with its own question.
    assert "where on your knee" in replies[-1]["text"].lower()


def test_answer_after_the_assessment(assistant: Assistant) -> None:
    sender = f"test-{uuid.uuid4().hex[:10]}"
    assistant.say(sender, "the inside of my knee hurts on stairs")
    replies = assistant.say(sender, "how do I do a clamshell?")
    cited = sources(replies)
    assert cited and cited[0]["doc"].endswith("clamshell"), replies


def test_question_with_no_answer_in_the_knowledge_base(assistant: Assistant) -> None:
    sender = f"test-{uuid.uuid4().hex[:10]}"
    assistant.say(sender, "my knee hurts at the front when I run")
    replies = assistant.say(sender, "what is the best mortgage rate right now?")
    assert not sources(replies)
    said = " ".join(r.get("text", "") for r in replies)
    assert NO_ANSWER_TEXT in said or "can only help with knee pain" in said


def test_a_question_about_a_warning_sign_says_when_to_act(assistant: Assistant) -> None:
    replies = assistant.say(
        f"test-{uuid.uuid4().hex[:10]}", "what does it mean if my calf is swollen?"
    )
    assert not any("triage" in (r.get("custom") or {}) for r in replies), "a question, not a report"
    answer = next(r for r in replies if (r.get("custom") or {}).get("sources"))
    assert "today" in answer["text"]
    assert {s["doc"] for s in answer["custom"]["sources"]} == {"when-to-see-a-professional"}
