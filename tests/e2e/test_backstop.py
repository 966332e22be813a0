"""The learned backstop over HTTP: a red flag the rules miss gets one closed question,
"yes" escalates and holds back plans, "no" lets the conversation (and a form) go on."""

from __future__ import annotations

from bot.plans.messages import HELD_BACK
from bot.safety import screen
from bot.safety.messages import CHECK_CLEARED
from tests.conftest import Assistant
from tests.e2e.test_escalation_holds import custom, new_sender, said

# A swollen, warm calf in words the rule vocabulary does not know.
UNRULY_CALF = "my leg is really fat below the knee and it's warm"


def test_the_rules_miss_the_example() -> None:
    assert screen(UNRULY_CALF).level is None, "choose a phrase the rules do not catch"


def _asked(replies: list[dict]) -> dict:
    checks = [r for r in replies if (r.get("text") or "").startswith("Just to check:")]
    assert len(checks) == 1, replies
    return checks[0]


def test_a_suspected_flag_is_asked_about_and_yes_escalates(assistant: Assistant) -> None:
    sender = new_sender()
    check = _asked(assistant.say(sender, UNRULY_CALF))
    assert "calf" in check["text"]
    assert [b["title"] for b in check["buttons"]] == ["Yes", "No"]
    assert custom(assistant.say(sender, "yes"), "triage") == [
        {"level": "same_day", "reason": "dvt_pe"}
    ]
    replies = assistant.say(sender, "can you give me some exercises")
    assert HELD_BACK in said(replies)
    assert not custom(replies, "plan")


def test_no_carries_on_and_the_form_asks_its_question_again(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.say(sender, "hi")
    assistant.say(sender, "the front of my knee")
    check = _asked(assistant.say(sender, UNRULY_CALF))
    replies = assistant.say(sender, check["buttons"][1]["payload"])
    assert not custom(replies, "triage")
    assert CHECK_CLEARED in said(replies)
    assert "Which knee" in said(replies), "the form asks the question the check interrupted"
    replies = assistant.say(sender, "left")
    assert "hip, groin or buttock" in said(replies), "the answer went to the form"


def test_a_flag_asked_about_once_is_not_asked_again(assistant: Assistant) -> None:
    sender = new_sender()
    _asked(assistant.say(sender, UNRULY_CALF))
    assistant.say(sender, "no")
    replies = assistant.say(sender, UNRULY_CALF)
    assert not [r for r in replies if (r.get("text") or "").startswith("Just to check:")]
