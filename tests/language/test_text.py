"""Normalisation: typos, missing apostrophes, capitals and spacing, with evidence kept verbatim."""

from __future__ import annotations

import pytest

from bot.language.spelling import correct
from bot.language.text import parse
from bot.safety import screen


@pytest.mark.parametrize(("typed", "read"), [
    ("numbess", "numbness"), ("swolen", "swollen"), ("breathles", "breathless"),
    ("feaver", "fever"), ("cant", "can't"), ("kneee", "knee"), ("straigten", "straighten"),
    ("replacment", "replacement"), ("dont", "don't"), ("im", "i'm"),
])
def test_common_slips_are_corrected(typed: str, read: str) -> None:
    assert correct(typed) == read


@pytest.mark.parametrize(
    "word", ["looked", "dwelling", "never", "fewer", "weigh", "wound", "better"]
)
def test_real_words_are_left_alone(word: str) -> None:
    assert correct(word) == word


def test_capitals_spacing_and_repeated_letters() -> None:
    assert parse("MY   KNEE is   SWOLLENNNN!!!").text == "my knee is swollen !"


def test_a_possessive_s_is_split_off() -> None:
    assert parse("my foot's gone numb").text == "my foot 's gone numb"


def test_evidence_quotes_the_original_words() -> None:
    flag = screen("Since yesterday  My KNEE is LOCKD and wont straigten!").flags[0]
    assert flag.id == "locked_knee"
    assert flag.evidence in ("KNEE is LOCKD", "wont straigten")


@pytest.mark.parametrize("text", [
    "I looked at my knee and it seemed fine",  # "looked" is not "locked"
    "I live in a dwelling with lots of stairs",  # nor "dwelling" "swelling"
])
def test_near_misses_that_are_real_words_do_not_escalate(text: str) -> None:
    assert screen(text).level is None
