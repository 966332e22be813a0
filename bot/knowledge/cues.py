"""What the wording of a question says beyond its topic words.

Two cues, both about how people ask about knees and hips:

- which part of an exercise they want: "how do I do X" wants its steps, "how many X"
  its dose, "what is X" what it is for. Every exercise document has the same headings
  (see knowledge/README.md), so the cue names a heading, not a passage;
- where it hurts: "can tight hips cause ankle pain" asks about the ankle, and text
  about hips causing knee pain does not answer it, however alike the sentences look.
"""

from __future__ import annotations

import re

from bot.knowledge.terms import PAIN_WORDS, words
from bot.language.asking import poses_question
from bot.language.text import parse

# (heading, question wording that asks for that section), headings lower-cased.
SECTION_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "how to do it",
        re.compile(
            r"\bhow (?:do|should|can|would) (?:i|you|we) (?:do|perform)\b|\bhow to\b"
            r"|\b(?:steps|instructions|technique)\b|\bhow\W*$"
        ),
    ),
    ("dose", re.compile(r"\bhow (?:many|often|long)\b|\b(?:reps|repetitions|sets)\b")),
    (
        "what it trains",
        re.compile(
            r"^\W*what(?:'s|’s|s| is| are)\b|\bwhat muscles?\b|\bpoint of\b"
            r"|\bwhat (?:does|do) (?:it|this|that|the)\b.*\b(?:work|train|target)s?\b"
            r"|\bwhat\b.*\bfor\W*$"
        ),
    ),
    ("common mistakes", re.compile(r"\bdoing (?:it|them|this|that) wrong\b|\bmistakes?\b")),
)

# (section type, wording that asks for it), most telling first: "is it ok if the
# exercises hurt" wants the warning, though it names exercises; "how many weeks" a dose.
QUESTION_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "warning",
        re.compile(
            r"\b(?:is (?:that|it|this) (?:ok|okay|normal|fine|bad|a problem|safe|dangerous|serious)"
            r"|is that a (?:bad|good) sign|should i (?:stop|worry|be worried|see|give up)"
            r"|push through|too much|overd[io]|worried|warning signs?|safe (?:for|to)"
            r"|(?:signs?|when) .*\bsee (?:a|someone|the)|what (?:am i|i'm) doing wrong"
            r"|ok for (?:kids|children)|gave way|swell(?:ed|ing)? up|pregnan\w*)\b"
        ),
    ),
    (
        "dose",
        re.compile(
            r"\bhow (?:many|often|long (?:do|should|to|for|each)|much time)\b|\breps?\b"
            r"|\bsets\b|\b(?:a|per|each) (?:day|week)\b|\bevery day\b|\benough\b"
            r"|\bskip|\brest days?\b|\bbefore or after\b|\bkeep (?:doing|going)\b"
            r"|\btwice\b|\bhow many weeks\b"
        ),
    ),
    (
        "steps",
        re.compile(
            r"\bhow (?:do|should|can|would) (?:i|you|we) (?:do|perform|stop|make|stretch)\b"
            r"|\bhow to\b|\bright way\b|\bproperly\b|\bcorrectly\b|\btechnique\b"
            r"|\bsteps\b|\btips\b|\bharder\b|\beasier\b|\bmove up\b|\bprogress"
            r"|\bshould (?:my|i) (?:feet|knee|toes|back|hips?|leg)\b|\bwhere does the\b"
            r"|\bdoes (?:that|it) matter\b|\bbreathe\b|\bdo i do (?:it|them|this|the)\b"
            r"|\bis there a way to\b|\bwatch(?:ing)? for\b|\bwhat do i do\b"
            r"|\bshould i (?:squeeze|lift|hold|point|use)\b|\badd (?:a band|weight|some weight)"
            r"|\bwhat (?:height|strength|strenght|colour|size)\b|\bgentle\b"
            r"|\bcan i do (?:it|them|the|any|these)\b.*\b(?:holding|on|at|lying|sitting)\b"
        ),
    ),
    (
        "evidence",
        re.compile(
            r"\b(?:do|does|will|would|can) (?:\w+ ){0,4}(?:work|help|fix|stop)\b|\bworth\b"
            r"|\bevidence\b|\bproven\b|\bany difference\b|\bfor good\b|\bbetter than\b"
            r"|\bis it working\b|\bcure|\bhow long (?:before|until|till)\b"
        ),
    ),
)
DEFAULT_QUESTION_TYPE = "explanation"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_OWN_KNEE = re.compile(r"\bmy (?:\w+ )?(?:knees?|kneecaps?|hips?)\b")
_EXERCISES = re.compile(r"\b(?:exercis\w*|exersis\w*|stretch\w*|workouts?|strengthen\w*)\b")
# The exercises of the plans, by the names people use, or "the stretch", "these
# exercises": not "when I exercise" or "squats", which name what makes the knee worse.
_PLAN_EXERCISES = re.compile(
    r"\b(?:clams?|clamshells?|bridges?|bridging|step[- ]?downs?|leg (?:lifts?|raises?)"
    r"|band walks?|abduction|figure[- ]?(?:four|4)|piriformis"
    r"|(?:hip flexor|it ?band|itb|tfl) stretch"
    r"|(?:the|this|that|these|those) (?:stretch|stretches|exercises?))\b"
)
# What people feel during an exercise that they ask about, with or without a question.
_FELT = re.compile(
    r"\b(?:hurt\w*|pain\w*|aches?|aching|achy|sore|pinch\w*|cramp\w*|tingl\w*|burn\w*"
    r"|click\w*|crack\w*|shak\w*|wobbl\w*|twinge\w*|discomfort|feel (?:it|nothing|anything))\b"
)

# fmt: off
BODY_SITES = frozenset({
    "ankle", "ankles", "foot", "feet", "toe", "toes", "heel", "heels", "calf", "calves", "shin",
    "shins", "knee", "knees", "kneecap", "kneecaps", "thigh", "thighs", "hamstring",
    "hamstrings", "groin", "hip", "hips", "pelvis", "buttock", "buttocks", "bum", "bottom",
    "glute", "glutes", "back", "spine", "neck", "shoulder", "shoulders", "arm", "arms", "elbow",
    "elbows", "wrist", "wrists", "hand", "hands", "finger", "fingers", "head", "jaw", "chest",
    "leg", "legs",
})
# fmt: on
NEAR = 6  # words between a pain word and the place it names ("pain on the inside of my knee")
# The places the documents are about: pain elsewhere (the ankle, the back) they do not answer.
REGION = frozenset({
    "knee", "knees", "kneecap", "kneecaps", "thigh", "thighs", "hamstring", "hamstrings",
    "groin", "hip", "hips", "pelvis", "buttock", "buttocks", "bum", "bottom", "glute", "glutes",
    "leg", "legs",
})


def cued_sections(question: str) -> frozenset[str]:
    """The exercise headings (lower-cased) the question's wording asks for."""
    text = question.lower()
    return frozenset(heading for heading, wording in SECTION_CUES if wording.search(text))


def asking_sentences(message: str) -> str:
    """The sentences of ``message`` that pose a question, joined; empty if none does."""
    sentences = [part.strip() for part in _SENTENCE.split(message) if part.strip()]
    return " ".join(
        sentence
        for sentence in sentences
        if poses_question([token.text for token in parse(sentence).tokens])
    )


def asks_about_exercises(question: str) -> bool:
    """Whether the question is about exercises or stretches ("which exercises work ...")."""
    return bool(_EXERCISES.search(question.lower()))


def reports_feeling_in_exercise(message: str) -> bool:
    """Whether the message tells what a plan's exercise makes the person feel ("hamstring
    cramps up every time i do bridges", "the IT band stretch makes my knee tingly"): told
    without a question, it still asks what to do about it."""
    text = message.lower()
    return bool(_PLAN_EXERCISES.search(text) and _FELT.search(text))


def about_own_knee(question: str) -> bool:
    """Whether the question speaks of the asker's own knees or hips ("my knees ache ...")."""
    return bool(_OWN_KNEE.search(question.lower()))


def asked_type(message: str) -> str:
    """The type of section its asking sentences want: "I'm worried. How do I do a
    clamshell?" wants steps, not the warning its worry would."""
    return question_type(asking_sentences(message) or message)


def question_type(question: str) -> str:
    """The type of section the question asks for (see ``bot.knowledge.ingest.SECTION_TYPES``)."""
    text = question.lower()
    return next(
        (kind for kind, wording in QUESTION_TYPES if wording.search(text)), DEFAULT_QUESTION_TYPE
    )


def pain_sites(question: str, nearest: bool = True) -> frozenset[str]:
    """Where the text says it hurts: the body part nearest each pain word, or with
    ``nearest`` False every body part near one ("pain in the hip, knee or ankle")."""
    said = [word for _, _, word in words(question)]
    sites = set()
    for at, word in enumerate(said):
        if word in PAIN_WORDS:
            near = [
                (abs(other - at), other)
                for other, site in enumerate(said)
                if site in BODY_SITES and abs(other - at) <= NEAR
            ]
            if near:
                sites |= {said[min(near)[1]]} if nearest else {said[at] for _, at in near}
    return frozenset(sites)
