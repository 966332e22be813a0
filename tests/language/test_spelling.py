from bot.assessment.answers import parse_side
from bot.language.spelling import correct, nearest


def test_nearest_takes_one_clear_choice() -> None:
    assert nearest("rigth", ("left", "right", "both"), 2) == "right"  # a swap is one slip
    assert nearest("lfet", ("left", "right", "both"), 2) == "left"
    assert nearest("banana", ("left", "right", "both"), 2) is None
    assert nearest("cat", ("bat", "hat"), 1) is None  # a tie is no correction


def test_the_form_and_the_screen_share_the_typo_rule() -> None:
    assert [parse_side(word) for word in ("rigth", "lfet", "boht", "banana")] == [
        "right", "left", "both", None,
    ]  # fmt: skip
    assert correct("numbness") == "numbness" and correct("looked") == "looked"
