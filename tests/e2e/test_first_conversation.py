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


def said(replies: list[dict]) -> str:
    return " ".join(texts(replies)).lower()


# One person's answers, in the order the assessment asks its questions.
ANSWERS = (
    "front of my knee",
    "right",
    "no",
    "stairs and running",
    "yes",
    "about 2 months",
    "5",
    "38",
    "no",
)


def test_location_then_side_with_buttons(assistant: Assistant) -> None:
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
    assert "inner side of the knee" in said(replies) and "which knee" in said(replies)
    assert buttons(replies) == ["Left", "Right", "Both"]
    replies = assistant.say(sender, '/inform{"side": "left"}')
    assert "hip, groin or buttock" in said(replies)


def test_every_question_in_order_then_a_summary_of_all_answers(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    asked = []
    for answer in ANSWERS:
        replies = assistant.say(sender, answer)
        asked.append(texts(replies)[-1])
    assert "how long" in asked[4].lower() and "0 (no pain) to 10" in asked[5]
    assert "how old are you" in asked[6].lower() and "operation" in asked[7]
    summary = asked[-1].lower()
    for part in (
        "front of the knee",
        "your right knee",
        "stairs and running",
        "fall inwards",
        "about 9 weeks",
        "5 out of 10",
    ):
        assert part in summary, (part, summary)
    assert "Suggest exercises" in buttons(replies)


def test_free_text_answers_are_understood_and_acknowledged(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hey")
    reply = said(assistant.say(sender, "mostly round the kneecap at the front"))
    assert "front of the knee" in reply
    # A typo in a one-word answer is still understood.
    assert "hip, groin or buttock" in said(assistant.say(sender, "rigth"))


def test_what_was_already_said_is_not_asked_again(assistant: Assistant) -> None:
    replies = assistant.say(
        new_sender(), "the outside of my right knee hurts when I run, 6/10, for 3 weeks"
    )
    asked = said(replies)
    assert "where on your knee" not in asked and "which knee" not in asked
    assert "hip, groin or buttock" in asked


def test_invalid_answers_get_a_clear_re_ask(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    for answer in ANSWERS[:6]:
        assistant.say(sender, answer)
    replies = assistant.say(sender, "14")
    assert "number from 0 to 10" in said(replies) and "how bad" in said(replies)
    assert "how old are you" in said(assistant.say(sender, "8"))
    replies = assistant.say(sender, "banana")
    # Read as an unreadable age or as another topic, the age is asked again either way.
    assert "how old are you" in said(replies) and "operation" not in said(replies)
    assert "operation" in said(assistant.say(sender, "I'm 41"))


def test_not_knowing_is_accepted_and_a_stuck_question_moves_on(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    assert "which knee" in said(assistant.say(sender, "I don't know"))
    assert "couldn't tell which knee" in said(assistant.say(sender, "the sore one"))
    replies = assistant.say(sender, "the one that hurts")
    assert "move on" in said(replies) and "hip, groin or buttock" in said(replies)


def test_a_correction_mid_form_updates_the_answer(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    for answer in ANSWERS[:4]:
        assistant.say(sender, answer)
    replies = assistant.say(sender, "actually sorry it's my left knee, not the right")
    assert "updated" in said(replies)
    assert "fall inwards" in said(replies), "the question asked is asked again"
    for answer in ANSWERS[4:]:
        replies = assistant.say(sender, answer)
    assert "your left knee" in said(replies) and "right knee" not in said(replies)


def test_a_correction_after_the_summary_gives_the_summary_again(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    for answer in ANSWERS:
        replies = assistant.say(sender, answer)
    assert "here is what you told me" in said(replies)
    for correction, now in (
        ("actually it's mostly running that hurts", "running"),
        ("actually it's been more like 6 months", "about 6 months"),
    ):
        replies = assistant.say(sender, correction)
        assert "here is what you told me" in said(replies), (correction, replies)
        assert now in said(replies) and "5 out of 10" in said(replies)
        assert "how long" not in said(replies), "nothing already answered is asked again"
    assert "updated" in said(replies) and "about 9 weeks" not in said(replies)


def test_an_answer_after_an_escalation_is_an_answer(assistant: Assistant) -> None:
    # A same-day flag ends the form; answering the question it had asked starts it again.
    sender = new_sender()
    assistant.say(sender, "hi")
    for answer in ("front of my knee", "right", "no", "stairs and running", "no", "2 months"):
        assistant.say(sender, answer)
    assistant.say(sender, "my knee locked this morning and I can't straighten it")
    replies = assistant.say(sender, "yeah, it's about a 6 out of 10 at worst")
    assert "updated" not in said(replies), "the answer is no correction of the others"
    assert "how old are you" in said(replies) and "how long" not in said(replies)


def test_an_operation_answered_yes_asks_which(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    for answer in ANSWERS[:8]:
        assistant.say(sender, answer)
    replies = assistant.say(sender, "yes")
    assert "operation or an injury" in said(replies)
    assert "Yes, an operation" in buttons(replies)
    replies = assistant.say(sender, "I twisted it skiing 3 weeks ago")
    assert "here is what you told me" in said(replies)


def test_start_over_begins_again(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    assistant.say(sender, "back of the knee")
    replies = assistant.say(sender, "start over")
    assert "start again" in said(replies) and "where on your knee" in said(replies)
    assert "inner side of the knee" in said(assistant.say(sender, "inside"))


def test_bot_challenge_mid_assessment_then_resumes(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    replies = assistant.say(sender, "wait, are you a real person?")
    assert "automated assistant" in said(replies) and "where on your knee" in said(replies)


def test_other_topics_get_a_kind_redirect_and_the_form_resumes(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "my knee hurts at the front on stairs")
    for message in ("what's the capital of France", "my shoulder hurts"):
        replies = assistant.say(sender, message)
        assert "where it hurts" in said(replies), (message, replies)
        assert "which knee" in said(replies)


def test_gibberish_gets_a_helpful_fallback(assistant: Assistant) -> None:
    replies = assistant.say(new_sender(), "zxqv plorb wibble")
    # Not understood, or taken for another topic: either way it says what it can do.
    assert "where your knee hurts" in said(replies) or "where it hurts" in said(replies)


def test_empty_and_whitespace_messages_get_a_clear_reply(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    for empty in ("", "   \n\t "):
        assert "didn't receive any text" in texts(assistant.say(sender, empty))[0]
    # Nothing was lost: the assessment carries on where it was.
    assert "inner side" in said(assistant.say(sender, "inner side"))


def test_over_long_message_is_refused_before_nlu_and_loses_nothing(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    replies = assistant.say(sender, "my knee " * 14_000)  # 112 KB
    assert len(replies) == 1 and "too long" in replies[0]["text"]
    assert "2,000" in replies[0]["text"]
    assert "front of the knee" in said(assistant.say(sender, "front"))


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


def test_the_demo_page_embeds_the_widget_served_beside_it(assistant: Assistant) -> None:
    page = requests.get(f"{assistant.web_url}/", timeout=10)
    assert page.status_code == 200 and "not a diagnosis" in page.text
    assert f'src="/widget.js" data-server="{assistant.rasa_url}"' in page.text
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    widget = requests.get(f"{assistant.web_url}/widget.js", timeout=10)
    assert widget.status_code == 200 and "javascript" in widget.headers["Content-Type"]
    assert "KneebotWidget" in widget.text
    # A host name the web process does not serve is refused, not answered.
    other = requests.get(f"{assistant.web_url}/", headers={"Host": "elsewhere.test"}, timeout=10)
    assert other.status_code == 400
