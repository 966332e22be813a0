"""Turn a raw message into normalised tokens that remember where they came from.

Patterns are matched against one canonical string (lower case, one space between
tokens, apostrophes restored, common misspellings corrected), but evidence must
quote what the person actually wrote, so every token keeps its character span in
the original message.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from bot.language.spelling import correct

# Numbers (with decimals), words (with inner apostrophes), clause punctuation, line breaks.
# Hyphens, slashes and other symbols separate words and are otherwise dropped.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+(?:['’‘`´][^\W\d_]+)*|[.!?;:,()&]|\n")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_REPEATS = re.compile(r"([a-z])\1{2,}")  # "swollennnn" -> "swollenn"; spelling fixes the rest
# Words whose "'s" the patterns expect attached; on any other word ("foot's gone numb",
# "mum's knee") it is split off so that "foot" is still the word "foot".
_KEEP_S = frozenset({
    "it", "he", "she", "that", "there", "what", "how", "let", "who", "here", "where",
})


@dataclass(frozen=True)
class Token:
    """One normalised token and its character span in the original message."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Doc:
    """A normalised message: tokens, the joined canonical text, and offsets back."""

    original: str
    tokens: tuple[Token, ...]
    text: str
    offsets: tuple[int, ...]  # where each token starts in ``text``

    def token_index(self, char: int) -> int:
        """Index of the token that contains (or starts after) ``char`` of ``text``."""
        return max(0, bisect_right(self.offsets, char) - 1)

    def span(self, start_char: int, end_char: int) -> tuple[int, int]:
        """Token range [first, last + 1) covering a character range of ``text``."""
        return self.token_index(start_char), self.token_index(max(start_char, end_char - 1)) + 1

    def quote(self, first: int, last: int) -> str:
        """The original wording of tokens [first, last)."""
        return self.original[self.tokens[first].start : self.tokens[last - 1].end]


def _normalise(raw: str) -> str:
    if raw == "\n":
        return "."  # a line break ends a thought as surely as a full stop
    if raw == "&":
        return "and"
    word = _REPEATS.sub(r"\1\1", raw.translate(_APOSTROPHES).lower())
    return correct(word)


def parse(message: str) -> Doc:
    """Tokenise and normalise ``message``."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(message):
        text = _normalise(match.group())
        if text in ".!?" and tokens and tokens[-1].text in ".!?":
            if text == "?":  # "!?" and "?!" both ask
                tokens[-1] = Token("?", tokens[-1].start, match.end())
            continue  # collapse "...", "!!!" and blank lines
        stem = text[:-2]
        if text.endswith("'s") and stem.isalpha() and stem not in _KEEP_S:
            middle = match.end() - 2
            tokens.append(Token(correct(stem), match.start(), middle))
            tokens.append(Token("'s", middle, match.end()))
            continue
        tokens.append(Token(text, match.start(), match.end()))
    offsets: list[int] = []
    position = 0
    for token in tokens:
        offsets.append(position)
        position += len(token.text) + 1
    return Doc(message, tuple(tokens), " ".join(t.text for t in tokens), tuple(offsets))
