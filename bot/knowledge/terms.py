"""A question's content words, and which passages contain each of them.

Coverage and the unknown-word check work on whole words. Character n-grams let
"glucosamine" meet "gluteus" ("<glu") and "ice" meet "advice" ("ice>"), so a question
about something the documents never mention looked half covered. A question word
counts as found in a passage that has the same word, an inflection of it ("lunging"
for "lunges"), a one-letter slip of it ("strech", "docter"), a longer word it shortens
("physio", "glute") or a compound it ends ("arthritis" in "osteoarthritis").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

# Words that say how a question is put, not what it is about: function words,
# and apostrophe-less contractions as people type them.
# fmt: off
FUNCTION_WORDS = frozenset(
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
        "any", "anyone", "anything", "are", "as", "at", "be", "because", "been", "before",
        "being", "below", "between", "both", "but", "by", "can", "cant", "could", "couldnt",
        "did", "didnt", "do", "does", "doesnt", "doing", "done", "dont", "down", "during",
        "each", "either", "else", "even", "ever", "every", "few", "for", "from", "further",
        "get", "gets", "getting", "got", "had", "hadnt", "has", "hasnt", "have", "havent",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "however", "i", "id", "if", "im", "in", "into", "is", "isnt", "it", "its", "itself",
        "ive", "just", "let", "lets", "me", "might", "mine", "more", "most", "much", "must",
        "my", "myself", "need", "needs", "no", "nor", "not", "now", "of", "off", "often", "on",
        "once", "one", "only", "or", "other", "ought", "our", "ours", "ourselves", "out",
        "over", "own", "per", "quite", "rather", "same", "shall", "she", "should", "shouldnt",
        "since", "so", "some", "something", "sometimes", "still", "such", "than", "that",
        "thats", "the", "their", "theirs", "them", "themselves", "then", "there", "theres",
        "these", "they", "theyre", "this", "those", "though", "through", "thus", "to", "too",
        "under", "until", "up", "upon", "us", "very", "was", "wasnt", "we", "were", "werent",
        "what", "whats", "when", "where", "whether", "which", "while", "who", "whom", "whose",
        "why", "will", "with", "within", "without", "wont", "would", "wouldnt", "yes", "yet",
        "you", "youre", "your", "yours", "yourself", "yourselves",
        # chat fillers and verdict words that carry no topic
        "actually", "anyway", "basically", "bit", "good", "bad", "best", "fine", "hello", "hey",
        "hi", "kind", "like", "lot", "lots", "maybe", "ok", "okay", "please", "pretty",
        "really", "sort", "stuff", "sure", "thanks", "thank", "thing", "things",
    }
)
# Ways of saying it hurts. The documents mostly say "pain", and a question that says
# "hurts" is no more about hurting than one that says "pain": each counts as "pain",
# a word so common here that it weighs little.
PAIN_WORDS = frozenset({
    "ache", "aches", "achey", "aching", "achy", "hurt", "hurting", "hurts", "pain", "painful",
    "pains", "sore",
})
# fmt: on
# Endings stripped to relate inflections; "ss" keeps its "s" ("loss" is not "lose").
_SUFFIXES = ("ing", "ies", "ed", "es", "ly", "s", "e", "d", "y")
_MIN_STEM = 3
_MIN_SHORTENED = 5  # "physio" may stand for "physiotherapist"; "hip" may not for "hipbone"
_MIN_COMPOUNDED = 6  # "arthritis" ends "osteoarthritis"; "pain" does not end "spain"
_REMEMBERED = 20_000  # variants kept per vocabulary; a long-running server meets new words
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class Term:
    """A content word of a question, or two typed apart that the documents write as one."""

    text: str
    spans: tuple[tuple[int, int], ...]  # where it stands in the question


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word, lower-cased and without apostrophes ("i'm" -> "im")."""
    return [
        (match.start(), match.end(), re.sub("['’]", "", match.group().lower()))
        for match in _WORD.finditer(text)
    ]


def is_content(word: str) -> bool:
    return len(word) > 1 and not word.isdigit() and word not in FUNCTION_WORDS


@dataclass
class Vocabulary:
    """Every word of the passages, each with the rows of the passages that contain it."""

    size: int
    rows: dict[str, frozenset[int]]
    _by_stem: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _variants: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_texts(cls, texts: Sequence[str]) -> Vocabulary:
        found: dict[str, set[int]] = {}
        for row, text in enumerate(texts):
            for _, _, word in words(text):
                found.setdefault(word, set()).add(row)
        vocabulary = cls(len(texts), {word: frozenset(rows) for word, rows in found.items()})
        for word in vocabulary.rows:
            for stem in _stems(word):
                vocabulary._by_stem.setdefault(stem, set()).add(word)
        return vocabulary

    def terms(self, question: str) -> list[Term]:
        """The question's content words, once each, in order.

        Two neighbours whose joined form is a known word become one term, so
        "clam shell" is found as "clamshell".
        """
        spans: dict[str, list[tuple[int, int]]] = {}
        found = [
            (start, end, "pain" if word in PAIN_WORDS else word)
            for start, end, word in words(question)
            if is_content(word)
        ]
        index = 0
        while index < len(found):
            start, end, word = found[index]
            if index + 1 < len(found):
                _, next_end, next_word = found[index + 1]
                unknown = not (self.variants(word) and self.variants(next_word))
                if unknown and self.variants(word + next_word):
                    word, end = word + next_word, next_end
                    index += 1
            spans.setdefault(word, []).append((start, end))
            index += 1
        return [Term(word, tuple(where)) for word, where in spans.items()]

    def variants(self, term: str) -> frozenset[str]:
        """The passages' words that count as ``term`` (none: the documents never use it)."""
        if term not in self._variants:
            if len(self._variants) >= _REMEMBERED:
                self._variants.clear()
            found = set()
            for spelling in {term} | _undoubled(term):  # "kneee", "hipps"
                found |= {word for stem in _stems(spelling) for word in self._by_stem.get(stem, ())}
            if len(term) >= _MIN_SHORTENED:
                found |= {
                    word
                    for word in self.rows
                    if word.startswith(term)
                    or (len(term) >= _MIN_COMPOUNDED and word.endswith(term))
                    or _one_slip(term, word)
                }
            self._variants[term] = frozenset(found)
        return self._variants[term]

    def containing(self, term: str) -> np.ndarray:
        """Whether each passage contains ``term`` (in any of its variants)."""
        mask = np.zeros(self.size, dtype=bool)
        for word in self.variants(term):
            mask[list(self.rows[word])] = True
        return mask

    def idf(self, passages_with_term: int) -> float:
        """BM25's inverse document frequency, floored at 0.

        A word in half the passages or more ("knee", "hip" here) weighs nothing; a
        word in none weighs the most.
        """
        n = passages_with_term
        return max(math.log((self.size - n + 0.5) / (n + 0.5)), 0.0)


def _stems(word: str) -> set[str]:
    stems = {word}
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= _MIN_STEM and not word.endswith("ss"):
            stems.add(stem)
            if len(stem) > _MIN_STEM and stem[-1] == stem[-2]:  # "swimming" -> "swim"
                stems.add(stem[:-1])
    return stems


def _undoubled(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}


def _one_slip(typed: str, word: str) -> bool:
    """One letter missing, extra, wrong or swapped, in words long enough to tell apart.

    The first letter must agree: people rarely slip there, and "height" is not "weight".
    """
    if typed == word or typed[0] != word[0] or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) != len(word):
        short, long = sorted((typed, word), key=len)
        return len(short) >= _MIN_SHORTENED and any(
            long[:i] + long[i + 1 :] == short for i in range(len(long))
        )
    if len(word) < _MIN_SHORTENED + 1:
        return False
    differ = [i for i in range(len(word)) if typed[i] != word[i]]
    swapped = (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and typed[differ[0]] == word[differ[1]]
        and typed[differ[1]] == word[differ[0]]
    )
    return len(differ) == 1 or swapped
