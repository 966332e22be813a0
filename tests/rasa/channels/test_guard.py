from bot.rasa.channels.guard import check_text


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
