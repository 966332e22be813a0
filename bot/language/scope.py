"""Is a mention reported, denied, or only imagined or asked about?

Works on the normalised words of one message. The rules follow NegEx (a cue
governs what follows it up to the end of its clause, within a few words) with
two additions for chat: a comma only continues a denial in an "or" list ("no
swelling, redness or fever"), and a pronoun starts a new statement ("no fever
it's red and hot"). Where the rules are unsure, they keep the mention: a report
wrongly read as a denial is the one mistake the screen must not make.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from bot.language import cues as c


def _is_cue(words: list[str], k: int) -> bool:
    """True when ``words[k]`` starts a negation that denies what follows."""
    word = words[k]
    following = words[k + 1] if k + 1 < len(words) else ""
    if (word, following) in c.NEGATION_PHRASES:
        return True
    if word in c.NEGATIONS:
        return following not in c.PSEUDO_NEGATIONS.get(word, frozenset())
    if word.endswith("n't"):
        then = words[k + 2] if k + 2 < len(words) else ""
        if following in ("get", "got", "have") and then in c.HAD_WHAT:
            return True  # "I don't get pain", where "doesn't get better" denies nothing
        return following not in c.PSEUDO_AFTER_NT
    return False


def _after_inability(words: list[str], k: int) -> bool:
    """Whether a "can't", "never" or the like comes just before ``words[k]``."""
    return any(
        w in ("cannot", "never") or w.endswith("n't") for w in words[max(0, k - 3) : k]
    )


def _or_list_follows(words: list[str], comma: int, mention: int) -> bool:
    """A comma continues a denial only inside a list closed by "or"/"nor"."""
    for word in words[comma + 1 : mention + 8]:
        if word in ("or", "nor"):
            return True
        if word in c.SENTENCE_ENDS or word in c.CONTRAST or word in c.PERSONAL:
            return False
    return False


def _denied_before(words: list[str], start: int, through: frozenset[str]) -> bool:
    """A cue before the mention, in its clause and within the window."""
    counted = 0
    for k in range(start - 1, max(-1, start - 1 - c.SENTENCE_REACH), -1):
        word = words[k]
        if word in c.SENTENCE_ENDS or (word in c.CONTRAST and word not in through) or word == ":":
            return False
        if word == ",":
            if _or_list_follows(words, k, start):
                continue
            return False
        if word in c.JOINERS and words[k + 1] in c.SUBJECTS:
            return False
        if word == "without" and _after_inability(words, k):
            return False  # "can't walk without pain": the two negations report the pain
        if _is_cue(words, k):
            return True
        if word in c.PERSONAL:
            return False
        if word not in ("or", "nor", "and", "any"):
            counted += 1
            if counted > c.NEGATION_WINDOW:
                return False
    return False


def _denied_after(words: list[str], end: int) -> bool:
    """ "Swelling has gone down", "fever: none", "clot ruled out" (but not "hasn't gone")."""
    for k in range(end, min(end + 4, len(words))):
        word = words[k]
        following = words[k + 1] if k + 1 < len(words) else "."
        if word in c.SENTENCE_ENDS or word in c.CONTRAST or word == ",":
            return False
        before = words[k - 1]
        if before in ("not", "never") or before.endswith("n't"):
            return False
        if word in ("no", "nope") and following in c.SENTENCE_ENDS | {","}:
            return True
        if word == "went":
            return following in ("down", "away")
        if word == "ruled":
            return following == "out"
        if word in c.AFTER_NEGATIONS:
            return True
    return False


def is_denied(
    words: list[str],
    start: int,
    end: int,
    check_after: bool = True,
    through: frozenset[str] = frozenset(),
) -> bool:
    """Whether the mention at words[start:end] is negated by its clause.

    ``through`` names contrast words that do not end the clause for this mention: "when"
    ends a denial of a sign ("no pain, except when it swells"), but a denial of pain
    reaches the activity it happens in ("no pain when running").
    """
    return _denied_before(words, start, through) or (check_after and _denied_after(words, end))


def sentence_bounds(words: list[str], index: int) -> tuple[int, int]:
    """[start, end) of the sentence holding ``words[index]`` (the end includes its "?").

    Read at most ``SENTENCE_REACH`` words either side: a run-on message of thousands of
    words without a full stop would otherwise make every mention scan all of it, and
    what qualifies a mention is never that far from it.
    """
    start = index
    floor = max(0, index - c.SENTENCE_REACH)
    while start > floor and words[start - 1] not in c.SENTENCE_ENDS:
        start -= 1
    end = index
    ceiling = min(len(words), index + c.SENTENCE_REACH)
    while end < ceiling and words[end] not in c.SENTENCE_ENDS:
        end += 1
    return start, min(end + 1, len(words))


def _part_bounds(
    words: list[str], index: int, starts_part: Callable[[list[str], int], bool]
) -> tuple[int, int]:
    """[start, end) of the part of a sentence holding ``words[index]``, where a part
    starts at each word for which ``starts_part`` holds."""
    s0, s1 = sentence_bounds(words, index)
    start = index
    while start > s0 and not starts_part(words, start):
        start -= 1
    end = index + 1
    while end < s1 and not starts_part(words, end) and words[end] not in c.SENTENCE_ENDS:
        end += 1
    return start, end


def statement_bounds(words: list[str], index: int) -> tuple[int, int]:
    """[start, end) of the statement holding ``words[index]``: its sentence, cut at commas,
    at "but", "then" and the like, and where "and" or "so" brings in a new subject. A
    subordinate clause ("when I sneeze", "until it warms up") stays in the statement."""
    return _part_bounds(words, index, _breaks_statement)


def _breaks_statement(words: list[str], k: int) -> bool:
    """Whether a new statement starts at ``words[k]`` (``k`` > 0, inside a sentence)."""
    word, previous = words[k], words[k - 1]
    if word in c.STATEMENT_BREAKS or previous in c.CLAUSE_PUNCTUATION:
        return True
    return previous in c.JOINERS and word in c.SUBJECTS


def _wh_question(words: list[str], k: int) -> bool:
    """ "what should", "how do", "why does": a question even in mid-sentence."""
    following = words[k + 1] if k + 1 < len(words) else ""
    return words[k] in c.WH_WORDS and following in c.AUXILIARIES


def starts_clause(words: list[str], k: int) -> bool:
    """Whether a new clause starts at ``words[k]`` (``k`` > 0, inside a sentence)."""
    word, previous = words[k], words[k - 1]
    if word in c.CONTRAST or previous in c.CLAUSE_PUNCTUATION:
        return True
    if previous in c.JOINERS and word in c.SUBJECTS:
        return True
    return _wh_question(words, k)


def clause_bounds(words: list[str], index: int) -> tuple[int, int]:
    """[start, end) of the clause holding ``words[index]``, within its sentence."""
    return _part_bounds(words, index, starts_clause)


def is_question(words: list[str], start: int) -> bool:
    """Whether the clause starting at ``start`` asks something.

    "Should I ...", "is it ..." ask; so does "does a clot ...?" with its question mark.
    Without one, "have a fever and ..." is a report that dropped its "I".
    """
    _, s1 = sentence_bounds(words, start)
    asked = words[s1 - 1] == "?"
    first = words[start]
    second = words[start + 1] if start + 1 < len(words) else ""
    if first in c.WH_WORDS:
        return asked or second in c.AUXILIARIES
    if first in c.NEGATIVE_AUXILIARIES:
        return second in c.PRONOUN_SUBJECTS
    if first in c.MODAL_OPENERS and second in c.DETERMINERS:
        return True  # "can a clot cause knee pain", its question mark left off
    return first in c.AUXILIARIES and (asked or second in c.PRONOUN_SUBJECTS)


def asks(words: list[str]) -> bool:
    """Whether the message asks anything: a question mark, or a clause that opens as a question."""
    return "?" in words or opens_question(words)


def phrase_anywhere(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(phrase_at(words, k, phrases) for k in range(len(words)))


def opens_question(words: list[str]) -> bool:
    """Whether a sentence or clause of the message opens as a question ("can weak hips
    ...", "sorry, what do you mean by ..."). A bare question mark does not count:
    "about three weeks?" answers, unsure of itself."""
    return any(
        is_question(words, k)
        for k in range(len(words))
        if k == 0 or words[k - 1] in c.SENTENCE_ENDS or starts_clause(words, k)
    )


@cache
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return index


def phrase_at(words: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of a phrase from ``phrases`` that starts at ``words[k]``, or 0."""
    for phrase in _by_first_word(phrases).get(words[k], ()):
        if tuple(words[k : k + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _dated(words: list[str], start: int, end: int) -> bool:
    """A time anchor ("this morning", "since", "now") makes it a report."""
    return any(
        words[k] in c.TIME_ANCHORS or phrase_at(words, k, c.TIME_ANCHOR_PHRASES)
        for k in range(start, end)
    )


def _conditional_end(words: list[str], cue_end: int) -> int:
    """Where the scope of a conditional that ends at ``cue_end`` stops."""
    subjects_seen = 0
    limit = min(len(words), cue_end + c.CONDITIONAL_REACH)
    for k in range(cue_end, limit):
        word, previous = words[k], words[k - 1]
        if word in c.SENTENCE_ENDS or word == "," or (word in c.CONTRAST and word != "if"):
            return k
        if previous in c.SUBORDINATORS and word in c.PERSONAL:
            return k
        if word in c.SCOPE_SUBJECTS:
            subjects_seen += 1
            if subjects_seen > 1 and previous not in c.SCOPE_KEEPERS:
                return k  # "if I stand up | my knee gives way"
    return limit


def _conditional(words: list[str], start: int) -> bool:
    s0, _ = sentence_bounds(words, start)
    # A cue further back than its reach cannot govern the mention.
    for k in range(max(s0, start - c.CONDITIONAL_REACH - 4), start):
        length = phrase_at(words, k, c.CONDITIONAL_PHRASES)
        if not length and words[k] in c.CONDITIONALS:
            if words[k] == "if" and k > 0 and words[k - 1] in c.NOT_CONDITIONAL_BEFORE_IF:
                continue
            length = 1
        if length:
            end = _conditional_end(words, k + length)
            if start < end and not _dated(words, k, end):
                return True
    return False


def _anchored(words: list[str], start: int, end: int) -> bool:
    return any(w in c.ANCHORS for w in words[start:end]) or _dated(words, start, end)


def _framed(words: list[str], start: int, end: int) -> bool:
    """A question or topic frame without anything tying it to the person."""
    if is_question(words, start):
        k = start
        while k < end and words[k] in c.QUESTION_FRAME:
            k += 1
        return not _anchored(words, k, end)
    for k in range(start, end):
        length = phrase_at(words, k, c.TOPIC_FRAMES)
        if length:
            return not _anchored(words, k + length, end)
        if phrase_at(words, k, c.GENERIC_FRAMES):
            return not _anchored(words, start, end)
    return False


def is_imagined(words: list[str], start: int) -> bool:
    """Whether the mention starting at ``words[start]`` is hypothetical or a general question."""
    if _conditional(words, start):
        return True
    c0, c1 = clause_bounds(words, start)
    return _framed(words, c0, c1)
