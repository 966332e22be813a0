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


def _cited_sections(replies: list[dict]) -> list[str]:
    return [f'{s["doc"]}#{s["passage"].split("#")[1].rsplit("-", 1)[0]}' for s in sources(replies)]


# The five ways answers failed people, each with questions of its own (none in the blind set).
def test_everyday_words_meet_the_clinical_ones(assistant: Assistant) -> None:
    replies = assistant.say(
        f"test-{uuid.uuid4().hex[:10]}", "can a lazy bum really give you sore knees"
    )
    cited = _cited_sections(replies)
    assert cited, replies
    assert set(cited) & {
        "weak-glutes-causing-knee-pain#hip-weakness-and-knee-stability",
        "weak-glutes-causing-knee-pain#how-hip-issues-influence-the-knee",
        "hip-muscles#what-the-gluteus-medius-does",
    }, cited


def test_a_question_mid_assessment_is_answered_and_the_questions_go_on(
    assistant: Assistant,
) -> None:
    sender = f"test-{uuid.uuid4().hex[:10]}"
    assistant.say(sender, "my knee hurts")
    replies = assistant.say(sender, "sorry, what does the gluteus medius actually do?")
    assert "hip-muscles#what-the-gluteus-medius-does" in _cited_sections(replies), replies
    assert "thanks, i've updated" not in " ".join(r.get("text", "") for r in replies).lower()
    assert "where on your knee" in replies[-1]["text"].lower()


def test_a_question_told_with_a_story_is_answered_first(assistant: Assistant) -> None:
    replies = assistant.say(
        f"test-{uuid.uuid4().hex[:10]}",
        "I'm 44 and do a lot of hill walking, my knees ache on the way down. "
        "could weak hips be behind it?",
    )
    assert sources(replies), replies
    # Then the way to a plan of their own, offered rather than started.
    buttons = [b["payload"] for r in replies for b in r.get("buttons") or []]
    assert "/ask_exercises" in buttons, replies


def test_a_question_about_exercises_names_them_before_the_questions(
    assistant: Assistant,
) -> None:
    replies = assistant.say(
        f"test-{uuid.uuid4().hex[:10]}", "which exercises work the gluteus medius?"
    )
    text = " ".join(r.get("text", "") for r in replies).lower()
    assert "clamshell" in text and sources(replies), replies
    # Then the way to a plan: the questions start, or are offered with a button.
    buttons = [b["payload"] for r in replies for b in r.get("buttons") or []]
    assert "where on your knee" in replies[-1]["text"].lower() or "/ask_exercises" in buttons


def test_how_to_do_an_exercise_properly_gets_its_steps(assistant: Assistant) -> None:
    replies = assistant.say(
        f"test-{uuid.uuid4().hex[:10]}", "whats the proper technique for a glute bridge?"
    )
    assert _cited_sections(replies)[:1] == ["glute_bridge#how-to-do-it"], replies


def test_does_it_work_is_answered_from_the_evidence(assistant: Assistant) -> None:
    replies = assistant.say(
        f"test-{uuid.uuid4().hex[:10]}", "do hip strengthening exercises actually work for knees"
    )
    cited = _cited_sections(replies)
    assert cited and cited[0].startswith("what-the-evidence-says#"), replies


def test_weak_hips_are_answered_from_weakness_not_tightness(assistant: Assistant) -> None:
    replies = assistant.say(
        f"test-{uuid.uuid4().hex[:10]}",
        "if my hip muscles are weak, is that why my knees collapse inwards?",
    )
    cited = _cited_sections(replies)
    assert cited and cited[0] in {
        "weak-glutes-causing-knee-pain#hip-weakness-and-knee-stability",
        "hip-muscles#what-the-gluteus-medius-does",
        "about-the-questions#what-knee-caving-or-knees-falling-inwards-means",
    }, cited


def test_a_question_out_of_scope_keeps_its_redirect(assistant: Assistant) -> None:
    # Taken for out of scope and asked as a question, it goes to the knowledge base first;
    # with nothing there, it gets the redirect, not "I don't have information on that".
    sender = f"test-{uuid.uuid4().hex[:10]}"
    assistant.say(sender, "my knee hurts at the front when I run")
    replies = assistant.say(sender, "what's the capital of peru?")
    said = " ".join(r.get("text", "") for r in replies)
    assert not sources(replies)
    assert "can only help with knee pain" in said and NO_ANSWER_TEXT not in said


def test_what_an_exercise_makes_someone_feel_is_answered(assistant: Assistant) -> None:
    # No question mark, no question word: still a question about the exercise.
    replies = assistant.say(
        f"test-{uuid.uuid4().hex[:10]}", "my lower back twinges every time i do the bridges"
    )
    assert any(section.startswith("glute_bridge#") for section in _cited_sections(replies))


def test_a_question_about_the_assistants_question_is_answered_then_the_form_resumes(
    assistant: Assistant,
) -> None:
    sender = f"test-{uuid.uuid4().hex[:10]}"
    assistant.say(sender, "my knee hurts")
    replies = assistant.say(sender, "why do you want to know how old i am")
    assert "about-the-questions#why-the-assistant-asks-your-age" in _cited_sections(replies)
    assert "where on your knee" in replies[-1]["text"].lower()


def test_a_request_for_a_diagnosis_is_refused_then_answered_in_general(
    assistant: Assistant,
) -> None:
    sender = f"test-{uuid.uuid4().hex[:10]}"
    replies = assistant.say(sender, "do you think my knee pain is coming from my hips?")
    texts = [reply.get("text") or "" for reply in replies]
    refused = next(k for k, text in enumerate(texts) if "can't tell you what is wrong" in text)
    cited = [k for k, reply in enumerate(replies) if (reply.get("custom") or {}).get("sources")]
    assert cited and refused < cited[0], replies
    # Nothing in general to say to a bare request: the refusal alone.
    replies = assistant.say(f"test-{uuid.uuid4().hex[:10]}", "what's wrong with my knee?")
    assert any("can't tell you what is wrong" in (reply.get("text") or "") for reply in replies)
    assert not sources(replies), replies
