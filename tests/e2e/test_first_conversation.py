"""The first conversation, held over HTTP with the trained model and real servers."""

from __future__ import annotations

import uuid

import requests

from tests.conftest import Assistant


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex[:10]}"


def texts(replies: list[dict]) -> list[str]:
    return [reply["text"] for reply in replies if reply.get("text")]


def buttons(replies: list[dict]) -> list[str]:
    return [b["title"] for reply in replies for b in reply.get("buttons") or []]


def test_opening_reply_says_what_the_assistant_is(assistant: Assistant) -> None:
    for opening in ("hi", "my knee hurts", "what's the weather like"):
        first = texts(assistant.say(new_sender(), opening))[0].lower()
        assert "automated assistant" in first
        assert "not a substitute" in first and "diagnose" in first
        assert "emergency" in first


def test_location_then_activities_with_buttons(assistant: Assistant) -> None:
    sender = new_sender()
    replies = assistant.say(sender, "hello")
    assert "where on your knee" in texts(replies)[-1].lower()
    assert buttons(replies) == [
        "Front / kneecap",
        "Inner side",
        "Outer side",
        "Back of the knee",
        "All over",
    ]

    replies = assistant.say(sender, '/inform{"knee_location": "inner"}')
    reply = " ".join(texts(replies)).lower()
    assert "inner side of the knee" in reply and "which activities make it worse" in reply
    assert "Stairs" in buttons(replies) and "Not sure" in buttons(replies)

    replies = assistant.say(sender, '/inform{"activity": "kneeling"}')
    summary = " ".join(texts(replies)).lower()
    assert "inner side of the knee" in summary and "kneeling" in summary


def test_free_text_answers_are_understood_and_acknowledged(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hey")
    reply = " ".join(texts(assistant.say(sender, "mostly round the kneecap at the front")))
    assert "front of the knee" in reply.lower()
    summary = " ".join(
        texts(assistant.say(sender, "going down stairs, and squating, but not walking"))
    )
    assert "stairs and squatting" in summary
    assert "walking" not in summary


def test_what_was_already_said_is_not_asked_again(assistant: Assistant) -> None:
    replies = assistant.say(new_sender(), "the outside of my right knee hurts when I run")
    said = " ".join(texts(replies)).lower()
    assert "where on your knee" not in said
    assert "outer side of the knee" in said and "running" in said


def test_unreadable_answer_gets_a_clear_re_ask(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    assistant.say(sender, "front")
    replies = assistant.say(sender, "banana")
    said = " ".join(texts(replies)).lower()
    assert "couldn't tell which activities" in said
    assert "which activities make the pain worse" in said
    summary = " ".join(texts(assistant.say(sender, "I'm not sure"))).lower()
    assert "not sure yet what makes it worse" in summary


def test_start_over_begins_again(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    assistant.say(sender, "back of the knee")
    replies = assistant.say(sender, "start over")
    said = " ".join(texts(replies)).lower()
    assert "start again" in said and "where on your knee" in said
    reply = " ".join(texts(assistant.say(sender, "inside")))
    assert "inner side of the knee" in reply


def test_bot_challenge_mid_assessment_then_resumes(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    said = " ".join(texts(assistant.say(sender, "wait, are you a real person?"))).lower()
    assert "automated assistant" in said and "where on your knee" in said


def test_message_it_does_not_understand_gets_a_helpful_fallback(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "my knee hurts at the front on stairs")
    for message in ("what's the capital of France", "zxqv plorb wibble", "my shoulder hurts"):
        said = " ".join(texts(assistant.say(sender, message))).lower()
        assert "where your knee hurts" in said or "where it hurts" in said, (message, said)


def test_empty_and_whitespace_messages_get_a_clear_reply(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    for empty in ("", "   \n\t "):
        assert "didn't receive any text" in texts(assistant.say(sender, empty))[0]
    # Nothing was lost: the assessment carries on where it was.
    assert "inner side" in " ".join(texts(assistant.say(sender, "inner side")))


def test_over_long_message_is_refused_before_nlu_and_loses_nothing(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    replies = assistant.say(sender, "my knee " * 14_000)  # 112 KB
    assert len(replies) == 1 and "too long" in replies[0]["text"]
    assert "2,000" in replies[0]["text"]
    assert "front of the knee" in " ".join(texts(assistant.say(sender, "front")))


def test_malformed_bodies_get_400_with_a_reason_never_500(assistant: Assistant) -> None:
    url = f"{assistant.rasa_url}/webhooks/rest/webhook"
    cases = {
        "[1, 2]": "JSON object",
        '"hello"': "JSON object",
        "null": "JSON object",
        "{not json": "json",
        '{"sender": "s", "message": 5}': '"message" must be a string',
        '{"message": "hi"}': '"sender"',
        '{"sender": "s", "message": "hi", "metadata": [1]}': '"metadata"',
    }
    for body, reason in cases.items():
        response = requests.post(
            url, data=body, headers={"Content-Type": "application/json"}, timeout=30
        )
        assert response.status_code == 400, body
        assert reason.lower() in response.json()["message"].lower(), body


def test_web_page_is_served(assistant: Assistant) -> None:
    page = requests.get(f"{assistant.web_url}/", timeout=10)
    assert page.status_code == 200 and "automated assistant" in page.text
    config = requests.get(f"{assistant.web_url}/config.js", timeout=10).text
    assert assistant.rasa_url in config
