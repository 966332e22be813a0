import pytest

from bot.rasa.channels.guard import BadInput, check_text, read_inbound


def test_ordinary_text_is_accepted() -> None:
    assert check_text("my knee hurts", 2000).accepted


def test_empty_whitespace_and_missing_text_are_answered() -> None:
    for text in (None, "", "   ", "\n\t"):
        verdict = check_text(text, 2000)
        assert not verdict.accepted and "didn't receive any text" in verdict.reply


def test_limit_is_inclusive_and_reply_names_both_lengths() -> None:
    assert check_text("a" * 2000, 2000).accepted
    verdict = check_text("a" * 2001, 2000)
    assert not verdict.accepted
    assert "2,001" in verdict.reply and "2,000" in verdict.reply


def test_every_channel_checks_sender_message_and_metadata_the_same_way() -> None:
    assert read_inbound("user-1", "hi", {"page": "/"}).text == "hi"
    for sender, text, metadata, field in [
        ("", "hi", None, "sender"),
        (7, "hi", None, "sender"),
        ("x" * 129, "hi", None, "sender"),
        ("user-1", 42, None, "message"),
        ("user-1", ["hi"], None, "message"),
        ("user-1", "hi", "page", "metadata"),
        ("user-1", "hi", {"page": "x" * 5000}, "metadata"),
    ]:
        with pytest.raises(BadInput) as raised:
            read_inbound(sender, text, metadata)
        assert raised.value.field == field
