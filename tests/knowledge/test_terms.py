"""Question words, how they are found in passages, and what a question's wording asks for."""

from __future__ import annotations

import pytest

from bot.knowledge.cues import cued_sections, pain_sites
from bot.knowledge.terms import Vocabulary

PASSAGES = [
    "Clamshell. How to do it. Lie on your side and lift your top knee.",
    "Step-down and lunge. Dose. Do 3 sets of lunges after 4 weeks of hip work.",
    "Glute bridge. What it trains. The gluteus maximus steadies your pelvis.",
    "Weak glutes. Summary. Hip osteoarthritis can add to knee pain; see a physiotherapist.",
    "Stretch. Cautions. Put a towel under your knee and stretch gently.",
]


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary.from_texts(PASSAGES)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("lunging", "lunges"),  # inflection
        ("knees", "knee"),
        ("strech", "stretch"),  # a letter missing
        ("clamshel", "clamshell"),
        ("kneee", "knee"),  # a letter doubled
        ("physio", "physiotherapist"),  # shortened
        ("glute", "gluteus"),
        ("arthritis", "osteoarthritis"),  # the end of a compound
    ],
)
def test_a_word_is_found_in_its_other_forms(vocabulary: Vocabulary, typed: str, found: str) -> None:
    assert found in vocabulary.variants(typed)


@pytest.mark.parametrize("typed", ["ice", "glucosamine", "swimming", "trainers", "cost"])
def test_words_the_passages_never_use_are_not_found_in_lookalikes(
    vocabulary: Vocabulary, typed: str
) -> None:
    # Character n-grams would have found "ice" in "advice" and "glucosamine" in "gluteus".
    assert vocabulary.variants(typed) == frozenset()


def test_a_question_keeps_its_content_words_once_and_joins_split_words(
    vocabulary: Vocabulary,
) -> None:
    terms = vocabulary.terms("So how do I do the clam shell, and is the clam shell OK for knees?")
    assert [term.text for term in terms] == ["clamshell", "knees"]
    assert len(terms[0].spans) == 2


def test_words_in_most_passages_weigh_nothing_and_unknown_words_weigh_most(
    vocabulary: Vocabulary,
) -> None:
    knee = int(vocabulary.containing("knee").sum())
    assert knee > vocabulary.size / 2 and vocabulary.idf(knee) == 0
    assert vocabulary.idf(0) > vocabulary.idf(1) > 0


@pytest.mark.parametrize(
    ("question", "sections"),
    [
        ("how do i do clamshells", {"how to do it"}),
        ("figure 4 stretch how", {"how to do it"}),
        ("how many lunges should i do", {"dose"}),
        ("clamshel reps", {"dose"}),
        ("what is a clamshell", {"what it trains"}),
        ("what does the bridge actually work", {"what it trains"}),
        ("when i do clams my body rolls, am i doing it wrong", {"common mistakes"}),
        ("my knee hurts on stairs", set()),
    ],
)
def test_the_wording_names_the_section_it_asks_for(question: str, sections: set[str]) -> None:
    assert cued_sections(question) == sections


@pytest.mark.parametrize(
    ("question", "sites"),
    [
        ("can hip problems cause ankle pain?", {"ankle"}),
        ("can weak glutes cause lower back pain", {"back"}),
        ("pain on the inside of my knee", {"knee"}),
        ("my hip hurts when i lie on it", {"hip"}),
        ("how do i do clamshells", set()),
    ],
)
def test_where_it_hurts(question: str, sites: set[str]) -> None:
    assert pain_sites(question) == sites
