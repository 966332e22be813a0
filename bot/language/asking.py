"""Whether a message asks something to be answered, read more loosely than the screen
reads a question (``bot.language.scope``): phone questions leave out their punctuation
("my bum feels weak is that connected"), ask by their topic ("bridges how often") or
offer a choice ("good or bad"). The question rules answer such a message first
(``bot.rasa.nlu.questions``), and a story's asking sentences are searched on their own
(``bot.knowledge.cues``).
"""

from __future__ import annotations

from bot.language import cues as c
from bot.language.scope import opens_question, phrase_anywhere, phrase_at, starts_clause


def poses_question(words: list[str]) -> bool:
    """Whether the message asks something to be answered, read more loosely than the
    screen reads a question: "how many clamshells", "is walking good or bad", "any tips",
    or a question mark after a long sentence or a story ("tight hip flexors maybe?").
    An answer that doubts itself ("about three weeks?") does not."""
    words = _after_fillers(words)
    if opens_question(words) or phrase_anywhere(words, c.ASKING_PHRASES):
        return True
    if (
        _inverted(words, c.INVERTED_SUBJECTS | c.ADDRESSED_SUBJECTS)
        or _topic_question(words)
        or phrase_anywhere(words, c.CHOICES)
        or _ending_choice(words)
    ):
        return True
    said = [word for word in words if word.isalnum()]
    if len(said) >= 3 and said[-1] in c.TRAILING_QUESTION_WORDS:
        # "knee caves in when running why", not "nobody can tell me why"
        return said[-2] not in c.TELLING_BEFORE
    counted = before = 0  # words in this sentence, and in the message before it
    chose = False  # whether this sentence offers a choice
    for k, word in enumerate(words):
        if word in c.SENTENCE_ENDS or word in c.CLAUSE_PUNCTUATION:
            # A long sentence asks with its question mark, and so does a short one after a
            # story ("... my hips are tight. Related?"); a lone "about 3 weeks?" answers.
            if word == "?" and (max(counted, before) >= c.ASKED_WORDS or chose):
                return True
            before += counted
            counted = 0
            chose = False
            continue
        counted += 1
        # "every day or every other day?" offers a choice; "3 or 4 weeks?" answers.
        chose = chose or (word == "or" and not _numbers_around(words, k))
        # Only where a sentence or a comma opens it: "not sure which side" tells.
        opens = k == 0 or words[k - 1] in c.SENTENCE_ENDS or words[k - 1] in c.CLAUSE_PUNCTUATION
        following = words[k + 1 : k + 3]
        if opens and (
            word in c.ASKING_WH
            or (
                word in c.ASKING_AUXILIARIES
                and len(following) == 2  # "are knee" is "R knee", not a question
                and following[0] not in c.REPORTED_STATES
            )
        ):
            return True
    return chose and counted <= c.CHOICE_WORDS and before >= c.ASKED_WORDS


def _inverted(words: list[str], subjects: frozenset[str]) -> bool:
    """A verb before its subject, then more: "... is that connected", "should i skip"."""
    return any(
        word in c.INVERTED_AUXILIARIES
        and words[k + 1] in subjects
        and words[k + 2].isalnum()
        and (k == 0 or words[k - 1] not in c.TELLING_BEFORE)
        for k, word in enumerate(words[:-2])
    )


def _topic_question(words: list[str]) -> bool:
    """A question word after its topic: "bridges how often", not "it depends how far"."""
    return any(
        length
        and (k == 0 or words[k - 1] not in c.TELLING_BEFORE)
        and not (k + length < len(words) and words[k + length] in c.COMPARATIVES)
        for k in range(len(words))
        for length in [phrase_at(words, k, c.TOPIC_QUESTIONS)]
    )


def _ending_choice(words: list[str]) -> bool:
    """A choice that ends its sentence: "... push through or stop", "with a band or not?"."""
    for k in range(len(words)):
        length = phrase_at(words, k, c.ENDING_CHOICES)
        if length and (k + length == len(words) or words[k + length] in c.SENTENCE_ENDS):
            return True
    return False


def _after_fillers(words: list[str]) -> list[str]:
    """``words`` without the fillers that open the message ("sorry, what's ...")."""
    k = 0
    while k < len(words) and (words[k] in c.OPENING_FILLERS or words[k] in c.CLAUSE_PUNCTUATION):
        k += 1
    return words[k:]


def _asked_of_what_was_said(words: list[str]) -> bool:
    """A verb before "that" or "this" and what is asked of it: "... does that count"."""
    return any(
        word in c.INVERTED_AUXILIARIES
        and words[k + 1] in c.DEMONSTRATIVE_SUBJECTS
        and words[k + 2] in c.ASKED_OF_WHAT_WAS_SAID
        for k, word in enumerate(words[:-2])
    )


def _verb_then_subject(words: list[str], k: int) -> bool:
    """A verb at ``k`` before its pronoun subject: "(which muscle) is that", "do i"."""
    return k + 1 < len(words) and words[k] in c.AUXILIARIES and words[k + 1] in c.PRONOUN_SUBJECTS


def _numbers_around(words: list[str], k: int) -> bool:
    return 0 < k < len(words) - 1 and words[k - 1].isdigit() and words[k + 1].isdigit()


def asks_about_the_questions(words: list[str]) -> bool:
    """Whether the message asks about the assistant's own questions: what one means, why
    it is asked, or what counts ("does a c-section count as an operation?")."""
    return phrase_anywhere(words, c.ABOUT_THE_QUESTIONS)


def asks_directly(words: list[str]) -> bool:
    """Whether a sentence or clause opens as a question with its subject: "should I ...",
    "is it ...", "what do you ...", or asks the assistant or for advice anywhere ("when
    you ask about swelling do you mean ...", "... any tips", "I wonder if ..."). An answer
    that drops its "I" or "it" ("is the left one", "do a lot of running", "was about 6
    weeks ago") does not. It asks of what was just said too ("... does that count as
    surgery", "3 sets feels too easy is that ok"), and with a word between its question
    word and its verb ("which muscle is that working", "which one do i say")."""
    words = _after_fillers(words)
    if (
        _inverted(words, c.ADDRESSED_SUBJECTS)
        or _asked_of_what_was_said(words)
        or phrase_anywhere(words, c.ADVICE_PHRASES)
    ):
        return True
    long_enough = sum(word.isalnum() for word in words) >= c.ASKED_WORDS
    return any(
        (word in c.WH_WORDS and following in c.AUXILIARIES)
        or (word in c.WH_WORDS and _verb_then_subject(words, k + 2))
        or (word in c.AUXILIARIES and following in c.PRONOUN_SUBJECTS)
        # "..., what muscle isn't doing its job": a long message, "what" opening a clause
        or (long_enough and word in c.ASKING_WH - {"which", "who"})
        for k, (word, following) in enumerate(zip(words, words[1:], strict=False))
        if k == 0 or words[k - 1] in c.SENTENCE_ENDS or starts_clause(words, k)
    )
