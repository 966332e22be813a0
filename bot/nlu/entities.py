"""Rule-based entity extraction with spaCy (``spacy.blank("en")`` + EntityRuler).

English pretrained pipelines for spaCy 3.4 are not on the package index, and the
vocabulary of knee pain is small and stable, so hand-written patterns are both
more accurate and easier to audit than a statistical tagger. Mentions preceded by
a negation cue in the same clause ("no pain on stairs", "my hips aren't stiff") are
dropped, and so are a few followed by one ("stairs are fine", "kneeling isn't painful").

Entities and their values (always strings):

- ``knee_location``: front, inner, outer, back, all_over
- ``side``: left, right, both. Needs a noun ("left knee", "the right one", "both knees",
  "L knee") or a context where nothing else is meant ("the left is worse", "both");
  a lone "left" or "right" is left to the form that asked.
- ``activity``: running, stairs, squatting, kneeling, sitting_long, walking, cycling,
  jumping, standing. "I can't kneel" counts: inability is not negation.
- ``hip_symptom``: stiff, tight, weak, painful, only when said of the hip, groin or
  buttock ("tight hip flexors", "my glutes are weak", "groin pain"); one mention may
  carry several ("stiff and sore hips").
- ``hip_area``: hip, groin, buttock: where a hip symptom is, or a position said of the
  hip ("the front of my hip"), so that it is not taken for a knee location.
- ``knee_caving``: yes ("my knee caves in", "knees go inwards when I squat").
- ``duration``: weeks, as a number with at most one decimal: "3 weeks" -> "3",
  "a few days" -> "0.4", "a couple of months" -> "8.7", "a year" -> "52". A month is
  52/12 weeks; "a couple" is 2; "a few", "several", and a bare "for months" or "years
  ago" are 3; a range gives its upper end ("2-3 weeks" -> "3"). Dates ("since March")
  and frequencies ("3 times a week") are not durations.
- ``severity``: the number on a 0-10 scale ("7/10", "about a 6", "8 out of 10",
  "pain is 5", "severity 3" -> "7", "6", "8", "5", "3"; "7.5" keeps its decimal); other
  scales are converted ("3/5" -> "6"); a range gives its upper end ("6-7/10" -> "7").
  Numbers above 10 are kept ("14/10" -> "14") for the form to ask for 0-10 again;
  above 100 they are dropped. A bare number ("7", "maybe 4") is left to the form.
- ``age``: whole years ("I'm 45", "45yo", "aged 70", "my 12 year old son" -> "45",
  "45", "70", "12"); decades give their start ("in my 40s" -> "40", "mid 40s" -> "44",
  "late 40s" -> "47", "in my teens" -> "13"). A bare number is left to the form.
- ``surgery``: hip_replacement, knee_replacement, hip_surgery, knee_surgery,
  other_surgery. Not when planned or asked about ("do I need surgery?", "waiting for
  a knee replacement").
- ``weeks_since_surgery``: the duration said next to a surgery ("hip replacement 6
  weeks ago", "knee op last month", "6 weeks post op" -> "6", "4.3", "6"), in the same
  format as ``duration`` and reported instead of it.
- ``injury``: injury ("I fell", "twisted it playing football", "after a fall"); not
  when asked about or avoided ("how do I avoid injury?").
- ``pregnancy``: yes ("I'm pregnant", "22 weeks pregnant", "expecting a baby"); not when
  negated ("not pregnant") or said of someone else ("my wife is pregnant"). The weeks
  of a pregnancy are not a duration of pain.

Some answers mean something only as the whole reply to the assessment's question, and
are recognised only then: "the back" (of the knee: a knee location), "stiff" or "tight
and weak" (the hips: hip symptoms), "I'm 34 yrs" (an age, where "I'm 6 weeks post op" is
a duration).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span


def _words(text: str) -> list[str]:
    return text.split()


def _phrases(text: str) -> list[str]:
    return [phrase.strip() for phrase in text.split(",")]


def _any(words: Iterable[str], op: str | None = None) -> dict[str, Any]:
    token: dict[str, Any] = {"LOWER": {"IN": sorted(set(words))}}
    if op:
        token["OP"] = op
    return token


# entity -> canonical value -> phrases (lower case, tokenised by spaCy's English rules)
PHRASES: dict[str, dict[str, list[str]]] = {
    "knee_location": {
        "front": [
            "front",
            "the front",
            "in front",
            "kneecap",
            "knee cap",
            "knee-cap",
            "kneecaps",
            "patella",
            "below the kneecap",
            "under the kneecap",
            "around the kneecap",
            "anterior",
            "frnt",
            "fron",
            "infront",
        ],
        "inner": [
            "inner",
            "inside",
            "the inside",
            "inner side",
            "inside of",
            "medial",
            "innner",
            "iner",
            "insdie",
            "inisde",
            "insde",
        ],
        "outer": [
            "outer",
            "outside",
            "the outside",
            "outer side",
            "outside of",
            "lateral",
            "outter",
            "outisde",
            "outsdie",
            "ouside",
        ],
        "back": [
            "back of the knee",
            "back of my knee",
            "back of knee",
            "back of the knees",
            "back of my knees",
            "behind the knee",
            "behind my knee",
            "behind the knees",
            "behind my knees",
            "behind the kneecap",
            "posterior",
        ],
        "all_over": [
            "all over",
            "everywhere",
            "whole knee",
            "entire knee",
            "all around",
            "all round",
            "the whole thing",
            "the whole knee",
            "everywhere in the knee",
        ],
    },
    "activity": {
        "running": _words(
            "run runs running ran jog jogs jogging jogged runing runnin runnig runnning rnning"
            " sprint sprints sprinting treadmill parkrun marathon"
        ),
        "stairs": _words(
            "stairs stair staircase staircases steps upstairs downstairs stiars stairz staris"
            " starirs stais climbing climb step"
        )
        + ["stairs climbing", "step ups", "flight of stairs"],
        "squatting": _words(
            "squat squats squatting squatted crouch crouching crouched squating sqatting"
            " sqautting squattin squatin sqaut sqauts squates"
        )
        + ["bending down", "deep knee bend", "getting down low", "lunge", "lunges", "lunging"],
        "kneeling": _words("kneel kneels kneeling knelt kneeled kneling kneelng neeling kneelin")
        + ["kneelling", "on my knees"],
        "sitting_long": _words("sitting sit sat siting sittin sittting desk")
        + _phrases(
            "sitting long, sitting for long, sitting for a long time, long drives, driving,"
            " desk job, office job, long car journeys, long car rides, long flights, the cinema,"
            " the movies, getting up from a chair, getting out of a chair, getting out of the car,"
            " getting up off the sofa"
        ),
        "walking": _words(
            "walk walks walking walked walkng wallking walkin walkimg hiking hike hikes hiked"
            " strolling stroll trekking hillwalking"
        ),
        "cycling": _words(
            "cycling cycle cycled bike bikes biking biked bicycle cyling cylcing cycing peloton"
            " spinning"
        )
        + ["spin class"],
        "jumping": _words(
            "jump jumps jumping jumped landing hopping hop hops skipping jumpin jumpping"
            " plyometrics plyo trampoline"
        ),
        "standing": _words("standing stand stood standin stnding standng standig")
        + ["standing up", "on my feet"],
    },
    "surgery": {
        "hip_replacement": _phrases(
            "hip replacement, hip replacements, hip replacment, hip replacemnt, hip replaced,"
            " replaced hip, my new hip, a new hip, total hip, thr, hip resurfacing,"
            " hip arthroplasty"
        ),
        "knee_replacement": _phrases(
            "knee replacement, knee replacements, knee replacment, knee replacemnt,"
            " knee replaced, replaced knee, my new knee, a new knee, total knee, tkr, tka,"
            " uni knee, unicompartmental knee, knee arthroplasty"
        ),
        "hip_surgery": _phrases(
            "hip surgery, hip sugery, hip surgury, hip op, hip operation, hip arthroscopy,"
            " hip scope, labral repair, fai surgery"
        ),
        "knee_surgery": _phrases(
            "knee surgery, knee sugery, knee surgury, knee op, knee operation,"
            " knee arthroscopy, arthroscopy, athroscopy, knee scope, knee scoped,"
            " acl reconstruction, acl surgery, acl repair, acl op, meniscectomy, menisectomy,"
            " meniscus surgery, meniscus repair, meniscal repair, cartilage surgery,"
            " cartilage repair, lateral release, meniscus trimmed, meniscus removed,"
            " cartilage trimmed, cartilage removed, knee cleaned out, knee washed out"
        ),
        "other_surgery": _phrases(
            "surgery, sugery, surgury, surgey, surgeries, operation, operations, opperation,"
            " operaton, postop, an op, my op, the op, post op, post-op, post operative,"
            " post-operative, operated on, keyhole surgery, joint replacement, a replacement,"
            " my replacement"
        ),
    },
    "injury": {
        "injury": _phrases(
            "injury, injuries, injured, injure, injurd, injery, injuried, fell, slipped,"
            " tripped, twisted, twsited, twistd, tackled, collision, collided, accident,"
            " crashed, sprained, sprain, strained, fracture, fractured, dislocated,"
            " dislocation, i hurt it, hurt it playing, hurt it doing, hurt it at, i hurt my,"
            " fell over, fel over, a fall, had a fall, my fall, few falls, landed awkwardly,"
            " landed badly, landed wrong, landed funny, awkward landing, bad landing,"
            " knocked it, knocked my knee, banged it, banged my knee, bumped it,"
            " bumped my knee, whacked it, whacked my knee, got kicked, was kicked, got hit,"
            " was hit, a tackle, bad tackle, car crash, bike crash, came off my, came off the,"
            " came off a, broke my, broken leg,"
            " broken bone, tore my, torn acl, torn meniscus, torn ligament, torn cartilage,"
            " acl tear, meniscus tear, meniscal tear, cartilage tear, pulled a muscle"
        ),
    },
    "pregnancy": {
        "yes": _phrases(
            "pregnant, pregnent, pregant, preggers, expecting a baby, expecting twins,"
            " first trimester, second trimester, third trimester"
        ),
    },
    # Idioms that contain an entity word but mean something else; matched and dropped.
    "idiom": {
        "idiom": _phrases(
            "can't stand it, cant stand it, can not stand it, in the long run, run out,"
            " ran out, run through, walk me through, walk you through, step by step,"
            " step-by-step, next step, next steps, first step, stand out, sit tight,"
            " all over the place, one day, the other day"
        ),
    },
}

# Sides need a noun so that "that's right" or "I left work" are not sides.
SIDES: dict[str, list[str]] = {
    "left": _words("left lft lt l lef"),
    "right": _words("right rt r rght rigth"),
}
SIDE_NOUNS = _words("knee knees kne knie leg legs side sides one ones kneecap kneecaps")
SIDE_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    value: [[_any(["the", "my"], "?"), _any(words), _any(["hand", "-"], "*"), _any(SIDE_NOUNS)]]
    for value, words in SIDES.items()
}  # fmt: skip
SIDE_PATTERNS["both"] = [
    [{"LOWER": "both"}, {"LOWER": "of"}, {"LOWER": "them"}],
    [{"LOWER": "both"}, _any(["of", "my", "the", "his", "her"], "*"), _any(SIDE_NOUNS)],
    [_any(["left", "right"]), _any(["and", "&", "+", "/"]), _any(["left", "right"]),
     _any(SIDE_NOUNS, "?")],
    [{"LOWER": "bilateral"}],
    [{"LOWER": "both"}],
]  # fmt: skip
for _value in SIDES:
    SIDE_PATTERNS[_value].append([_any(["the", "my"]), {"LOWER": _value}])
# A bare "the left" / "both" is a side only where nothing else could be meant:
# "the left is worse", "just the right", "both, but the left is worse" (not "the right
# exercises", "I do both").
BARE_SIDE_NEXT = frozenset(
    _words(
        "is 's s was and but or mostly mainly more worse only too though really hurts aches , . ! ;"
    )
)
BARE_BOTH_PREVIOUS = frozenset(
    _words("yes yeah yep well um erm hmm probably maybe actually honestly definitely oh it 's")
)

# Hip symptoms: a symptom word said of a hip area ("stiff hips", "groin pain").
HIP_AREAS: dict[str, list[str]] = {
    "hip": _words("hip hips hipp hipps flexor flexors hipflexor hipflexors"),
    "groin": _words("groin groins grion groyne adductor adductors"),
    "buttock": _words(
        "buttock buttocks butock buttox bum butt backside glute glutes gluteal gluteus gluts"
        " glutei piriformis"
    ),
}
HIP_AREA_SUFFIXES = _words(
    "flexor flexors joint joints area region muscle muscles medius maximus med max crease"
)
HIP_POSITIONS = _words("front outside outer inside inner side back top")
SYMPTOM_ADJECTIVES: dict[str, list[str]] = {
    "stiff": _words("stiff stiffer stif stff sitff seized"),
    "tight": _words("tight tighter tite tght tigh tense short shortened"),
    "weak": _words("weak weaker weka wek lazy inactive tired fatigued"),
    "painful": _words("painful painfull sore soar achy achey aching hurting tender"),
}
SYMPTOM_NOUNS: dict[str, list[str]] = {
    "stiff": _words("stiffness stifness"),
    "tight": _words("tightness tigthness"),
    "weak": _words("weakness weekness tire tires tiring fatigue"),
    "painful": _words(
        "pain pains pian ache aches aching hurts hurt hurting soreness discomfort twinge twinges"
        " niggle tenderness"
    ),
}
SYMPTOM_ADVERBS = _words(
    "always often really very quite super pretty a bit little slightly kinda kind of sort sorta"
    " definitely also still constantly too extremely"
)
SYMPTOM_WORDS = {v: SYMPTOM_ADJECTIVES[v] + SYMPTOM_NOUNS[v] for v in SYMPTOM_ADJECTIVES}
SYMPTOM_LINKS = SYMPTOM_ADVERBS + _words(
    "is are 's s r was were feel feels felt feeling get gets got getting seem seems seemed"
    " have has been be become so"
)
SYMPTOM_PREPOSITIONS = _words("in into around at on across through over")
SYMPTOM_AND = _words("and & / , n")
DETERMINERS = _words("my the both his her their your of a")

# Knee caving in (dynamic valgus). Strong verbs need no knee nearby; the others do.
CAVING_STRONG = _words(
    "cave caves caving caved cavein colapse colapses collapse collapses collapsing collapsed"
)
CAVING_IN = _words(
    "go goes going went gone roll rolls rolling rolled buckle buckles buckling buckled dive"
    " dives diving dived drift drifts drifting drifted drop drops dropping dropped fall falls"
    " falling fell turn turns turning turned"
)
CAVING_INWARD_ONLY = _words(
    "come comes coming came knock knocks knocking knocked touch touches touching touched move"
    " moves moving moved shift shifts shifting point points pointing"
)
CAVING_DIRECTIONS = _words("inward inwards inwardly inside together")
CAVING_TOWARDS = _words("towards toward to into")
CAVING_MIDDLE = _words("each middle midline centre center")
KNEE_WORDS = _words("knee knees kne kness kneecap kneecaps it they leg legs")
CAVING_FILLERS = _words("in a bit little slightly right sort of kind kinda always")

# Numbers: digits ("7", "1.5") or words; quantity words count as numbers in durations.
CARDINALS: dict[str, float] = {
    word: float(i)
    for i, word in enumerate(
        _words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen"
            " fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        )
    )
}
CARDINALS.update(
    {
        word: float(10 * i)
        for i, word in enumerate(_words("thirty forty fifty sixty seventy eighty ninety"), 3)
    }
)
QUANTITIES: dict[str, float] = {
    "a": 1,
    "an": 1,
    "couple": 2,
    "few": 3,
    "several": 3,
    "last": 1,
    "past": 1,
}
WEEKS_PER_UNIT: dict[str, float] = {
    **dict.fromkeys(_words("day days d dys"), 1 / 7),
    **dict.fromkeys(_words("week weeks wk wks w weks"), 1.0),
    **dict.fromkeys(_words("fortnight fortnights"), 2.0),
    **dict.fromkeys(_words("month months mo mos mth mths mnth mnths"), 52 / 12),
    **dict.fromkeys(_words("year years yr yrs y yeras"), 52.0),
}
PLURAL_UNITS = _words("days weeks months years")
SHORT_UNITS = _words("d w y mo mos")  # only straight after a number: "3w", "6mo"
AGE_UNITS = _words("year years yr yrs y")
# Words after a number that make it something other than a severity or an age.
OTHER_UNITS = frozenset(
    WEEKS_PER_UNIT
    | dict.fromkeys(
        _words(
            "minutes minute mins min hours hour hrs hr am pm km k miles mile mi m kg kgs lbs"
            " lb pounds stone st ft feet foot cm inches % percent times time x reps sets"
            " steps o'clock"
        )
    )
)
FREQUENCY_WORDS = frozenset(
    _words(
        "times time twice once thrice x per every each a an minutes mins hours hrs km miles"
        " day days sessions runs"
    )
)
A_DAY_LEADS = frozenset(_words("for about around over only just in like maybe almost nearly"))
DATE_WORDS = frozenset(_words("since on from until till by before after"))
DECADES: dict[str, int] = {
    "teens": 13,
    **{f"{d}0s": d * 10 for d in range(2, 10)},
    **{
        word: 10 * i
        for i, word in enumerate(
            _words("twenties thirties forties fifties sixties seventies eighties nineties"), 2
        )
    },
}
DECADE_OFFSETS = {"early": 0, "mid": 4, "late": 7}

NEGATION_CUES = frozenset(
    {"no", "not", "n't", "nt", "never", "without", "nor", "neither", "dont", "doesnt", "isnt"}
)
# "can't walk far" says walking is hard, not that it is irrelevant.
INABILITY = frozenset({"ca", "can", "could", "cannot"})
CLAUSE_BREAKS = frozenset({",", ".", ";", "but", "though", "although", "except", "!", "?"})
NEGATION_WINDOW = 5
# "stairs are fine", "running doesn't bother me": looked for just after the mention.
AFTER_NEGATION_ENTITIES = frozenset({"activity", "knee_location", "side", "hip_symptom"})
FINE_WORDS = frozenset(_words("fine ok okay alright"))
FINE_WHEN = frozenset(_words("when while with for on during"))
AFTER_NEGATED_VERBS = frozenset(
    _words(
        "bother bothers hurt hurts affect affects trouble troubles painful sore a an problem"
        " problems issue issues"
    )
)
# Surgery and injuries that are only imagined: "do I need surgery?", "how do I avoid injury".
HYPOTHETICAL_ENTITIES = frozenset({"surgery", "injury", "pregnancy"})
HYPOTHETICAL_CUES = frozenset(
    _words(
        "if whether need needs will would should might may going gonna considering waiting"
        " booked scheduled planned planning due avoid avoiding prevent preventing risk reduce"
    )
)
# A pregnancy said of someone else in the same clause: "my wife is pregnant".
OTHER_PEOPLE = frozenset(
    _words(
        "she her he his they their wife partner girlfriend gf daughter sister mum mom mother"
        " friend colleague niece cousin"
    )
)
PREGNANCY_AFTER_DURATION = frozenset(_words("pregnant pregnent pregant preggers"))
# Whole replies ("the back", "stiff", "I'm 34 yrs") may also hold these words.
REPLY_FILLERS = frozenset(_words("just mostly mainly it 's s its um erm probably definitely more"))
WHOLE_REPLY_IDS = frozenset({"bare_back", "bare_hip_symptom"})
FIRST_PERSON_BE = frozenset(_words("'m m am ’m"))
FIRST_PASS = frozenset({"idiom", "duration", "years_old"})  # pattern ids matched before the rest
SURGERY_TIMING_GAP = 6  # tokens between a surgery and the duration that dates it
# Entities of the token patterns whose id is not the entity's name.
ENTITY_OF_ID = {
    "years_old": "age",
    "bare_back": "knee_location",
    "bare_hip_symptom": "hip_symptom",
}


_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_FRACTION = re.compile(r"^(\d+(?:\.\d+)?)/(5|10|100)$")  # not "24/7"
NUMBER_TOKEN: dict[str, Any] = {"LOWER": {"REGEX": r"^(\d+(\.\d+)?|" + "|".join(CARDINALS) + ")$"}}
FRACTION_TOKEN: dict[str, Any] = {"LOWER": {"REGEX": _FRACTION.pattern}}
# "45", "forty-five", "forty five"
NUMBER: list[dict[str, Any]] = [NUMBER_TOKEN, {"ORTH": "-", "OP": "?"}, {**NUMBER_TOKEN, "OP": "?"}]


def _hip_area() -> list[dict[str, Any]]:
    """Tokens of "the front of my left hip flexors", "glutes", "groin"."""
    return [
        _any(DETERMINERS, "*"),
        _any(HIP_POSITIONS, "?"),
        _any(DETERMINERS, "*"),
        _any(sum(SIDES.values(), []), "?"),
        _any(sum(HIP_AREAS.values(), [])),
        _any(HIP_AREA_SUFFIXES, "?"),
    ]


def _token_patterns() -> list[dict[str, Any]]:
    """Token (Matcher) patterns for the entities that phrases cannot express."""
    adjectives = sum(SYMPTOM_ADJECTIVES.values(), [])
    nouns = sum(SYMPTOM_NOUNS.values(), [])
    number_or_fraction = [NUMBER_TOKEN, _any(["-", "to", "or"]), FRACTION_TOKEN]
    lead = [
        _any(_words("pain severity level score rating it its hurts ache sore discomfort")),
        _any(_words("is 's s was at about around of = : a an maybe probably like roughly usually"
                    " normally currently now today level score rating rated right generally"
                    " mostly"), "*"),
    ]  # fmt: skip
    unit = _any(WEEKS_PER_UNIT)
    decade = [_any([*DECADES, *(str(d * 10) for d in range(2, 10))]), _any(["s", "'s"], "?")]
    word_unit = _any(set(WEEKS_PER_UNIT) - set(SHORT_UNITS))
    patterns: dict[str, list[list[dict[str, Any]]]] = {
        "hip_symptom": [
            [_any(adjectives), _any(SYMPTOM_ADVERBS, "*"), *_hip_area()],
            [_any(adjectives), _any(SYMPTOM_AND), _any(adjectives), *_hip_area()],
            [*_hip_area(), _any(SYMPTOM_LINKS, "*"), _any(adjectives)],
            [*_hip_area(), _any(SYMPTOM_LINKS, "+"), _any(adjectives), _any(SYMPTOM_AND),
             _any(SYMPTOM_LINKS, "*"), _any(adjectives)],
            [*_hip_area(), _any(nouns)],
            [*_hip_area(), _any(nouns), _any(SYMPTOM_PREPOSITIONS), _any(DETERMINERS, "*"),
             _any(HIP_POSITIONS)],
            [_any(nouns + adjectives), _any(_words("deep right just mainly mostly"), "?"),
             _any(SYMPTOM_PREPOSITIONS), *_hip_area()],
        ],
        "hip_area": [[_any(HIP_POSITIONS), {"LOWER": "of"}, *_hip_area()]],
        "bare_hip_symptom": [
            [_any(SYMPTOM_ADVERBS, "*"), _any(adjectives), _any(SYMPTOM_AND + SYMPTOM_ADVERBS, "*"),
             _any(adjectives, "?")],
        ],
        "bare_back": [
            [_any(["at", "round", "around", "to"], "?"), {"LOWER": "the"}, {"LOWER": "back"}],
            [{"LOWER": "back"}, _any(["of"], "?"), _any(["it"], "?")],
        ],
        "knee_caving": [
            [_any(CAVING_STRONG + CAVING_IN), _any(CAVING_FILLERS, "*"),
             _any(CAVING_DIRECTIONS + ["in"])],
            [_any(CAVING_STRONG + CAVING_IN + CAVING_INWARD_ONLY), _any(CAVING_FILLERS, "*"),
             _any(CAVING_DIRECTIONS)],
            [_any(CAVING_STRONG + CAVING_IN + CAVING_INWARD_ONLY), _any(["in"], "?"),
             _any(CAVING_TOWARDS), _any(["each", "the"], "?"), _any(CAVING_MIDDLE + ["other"])],
        ],
        "duration": [
            [*NUMBER, _any(["to", "or"]), *NUMBER, unit],
            [*NUMBER, unit],
            [_any(["a", "an", "one"], "?"), _any(["couple", "few", "several"]),
             _any(["of"], "?"), word_unit],
            [_any(["a", "an", "last", "past"]), word_unit],
            [_any(["for", "over"]), _any(PLURAL_UNITS)],
            [_any(["a", "an", "one"]), word_unit, {"LOWER": "and"}, {"LOWER": "a"},
             {"LOWER": "half"}],
            [NUMBER_TOKEN, {"LOWER": "and"}, {"LOWER": "a"}, {"LOWER": "half"}, unit],
            [{"LOWER": "half"}, _any(["a", "an"]), word_unit],
            [_any(PLURAL_UNITS), {"LOWER": "ago"}],
            [{"LOWER": "since"}, {"LOWER": "yesterday"}],
        ],
        "severity": [
            [FRACTION_TOKEN],
            number_or_fraction,
            [NUMBER_TOKEN, _any(["-", "to", "or"], "?"), NUMBER_TOKEN, _any(["out", "outta"]),
             _any(["of"], "?"), NUMBER_TOKEN],
            [NUMBER_TOKEN, _any(["out", "outta"]), _any(["of"], "?"), NUMBER_TOKEN],
            [NUMBER_TOKEN, {"LOWER": "/"}, NUMBER_TOKEN],
            [NUMBER_TOKEN, {"LOWER": "on"}, _any(["a", "the"]), _any(["pain"], "?"),
             {"LOWER": "scale"}],
            [*lead, NUMBER_TOKEN],
            [*lead, NUMBER_TOKEN, _any(["out", "outta", "of", "/"]), _any(["of"], "?"),
             NUMBER_TOKEN],
            [_any(["i"]), _any(["'d", "d", "would", "’d"]), _any(["say", "rate", "give", "put"]),
             _any(["it", "at", "a", "an", "about", "around"], "*"), NUMBER_TOKEN],
            [_any(_words("about around maybe roughly probably like solid prob")), _any(["a", "an"]),
             NUMBER_TOKEN],
            [_any(["a", "an"]), _any(["solid", "good", "strong", "weak"]), NUMBER_TOKEN],
        ],
        "years_old": [
            [*NUMBER, _any(["-"], "?"), _any(AGE_UNITS), _any(["-"], "?"),
             _any(["old", "o", "young"])],
            [NUMBER_TOKEN, _any(["yo", "y.o", "y.o."])],
            [NUMBER_TOKEN, {"LOWER": "y"}, {"LOWER": "/"}, {"LOWER": "o"}],
        ],
        "age": [
            [_any(["i"]), _any(["'m", "m", "am", "’m"]),
             _any(_words("just only nearly almost about turning"), "?"), *NUMBER],
            [_any(["aged", "age"]), _any([":", "is", "-", "of"], "?"), *NUMBER],
            [_any(_words("he she son daughter kid child boy girl grandson granddaughter")),
             _any(["'s", "s", "is", "’s"]), _any(["only", "just"], "?"), *NUMBER],
            [{"LOWER": "in"}, _any(["my", "his", "her", "their"]), _any(DECADE_OFFSETS, "?"),
             _any(["-"], "?"), *decade],
            [_any(DECADE_OFFSETS), _any(["-"], "?"), *decade],
        ],
    }  # fmt: skip
    sides = sum(SIDES.values(), [])
    for value in ("knee_surgery", "knee_replacement", "hip_surgery", "hip_replacement"):
        joint = ["knee", "knees"] if value.startswith("knee") else ["hip", "hips"]
        nouns = (
            _words("replacement replacment replaced")
            if value.endswith("replacement")
            else _words("surgery operation op surgeries operations scope arthroscopy operated")
        )
        patterns.setdefault(value, []).append(
            [_any(nouns), _any(["on", "to", "of", "in"]), _any(DETERMINERS, "*"),
             _any(sides, "?"), _any(joint)]
        )  # fmt: skip
    result: list[dict[str, Any]] = []
    for label, label_patterns in patterns.items():
        entity = "surgery" if label in PHRASES["surgery"] else ENTITY_OF_ID.get(label, label)
        for pattern in label_patterns:
            result.append({"label": entity, "id": label, "pattern": pattern})
    for value, side_patterns in SIDE_PATTERNS.items():
        for pattern in side_patterns:
            result.append({"label": "side", "id": value, "pattern": pattern})
    return result


@dataclass(frozen=True)
class Entity:
    """One recognised mention: its type, canonical value and character span."""

    entity: str
    value: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _nlp() -> Language:
    import spacy
    from spacy.pipeline import EntityRuler
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_suffix_regex

    nlp = spacy.blank("en")
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    # "45yo", "2wks", "40s" -> number + unit; "mid-40s" -> "mid", "-", "40", "s".
    units = r"(?<=[0-9])(?:yo|y\.o\.?|yrs?|years?|wks?|weeks?|w|days?|d|mos?|mths?|mnths?|y|s|x)"
    suffixes = [units, *(nlp.Defaults.suffixes or [])]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = [r"(?<=[a-z])-(?=[0-9])", *(nlp.Defaults.infixes or [])]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    patterns: list[dict[str, Any]] = [
        {"label": entity, "id": value, "pattern": phrase}
        for entity, values in PHRASES.items()
        if entity != "surgery"
        for value, phrases in values.items()
        for phrase in phrases
    ]
    # Surgery phrases may start with a side ("left knee replacement") that they then absorb.
    sides = sum(SIDES.values(), [])
    for value, phrases in PHRASES["surgery"].items():
        for phrase in phrases:
            tokens = [{"LOWER": t.lower_} for t in nlp.make_doc(phrase)]
            if value != "other_surgery":
                tokens[:0] = [_any(["my", "the", "a"], "?"), _any(sides, "?")]
            patterns.append({"label": "surgery", "id": value, "pattern": tokens})
    patterns += _token_patterns()
    # Idioms, durations and "45 years old" are matched first, so that "I'm 6 weeks post op"
    # or "it's 3 weeks" are not read as an age or a severity that would then be dropped.
    for name, first in (("first_ruler", True), ("entity_ruler", False)):
        ruler = nlp.add_pipe("entity_ruler", name=name, config={"phrase_matcher_attr": "LOWER"})
        assert isinstance(ruler, EntityRuler)
        ruler.add_patterns([p for p in patterns if (p["id"] in FIRST_PASS) == first])
    return nlp


def _clause_before(doc: Doc, start: int, window: int = NEGATION_WINDOW) -> list[Any]:
    """Up to ``window`` tokens before ``start``, nearest first, stopping at a clause break."""
    tokens = []
    for token in reversed(doc[max(0, start - window) : start]):
        if token.lower_ in CLAUSE_BREAKS:
            break
        tokens.append(token)
    return tokens


def _is_negated(doc: Doc, span: Span) -> bool:
    """True when a negation cue governs the mention within its clause."""
    for token in _clause_before(doc, span.start):
        lower = token.lower_
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if lower in FINE_WORDS and (following in FINE_WHEN or token.i == span.start - 1):
            return True  # "my knee is fine when walking", "fine walking on the flat"
        if lower in NEGATION_CUES:
            before = doc[token.i - 1].lower_ if token.i > 0 else ""
            if span.label_ == "activity" and (lower == "cannot" or before in INABILITY):
                continue
            return True
    if span.label_ not in AFTER_NEGATION_ENTITIES:
        return False
    after = []
    for token in doc[span.end : span.end + 4]:
        if token.lower_ in CLAUSE_BREAKS:
            break
        after.append(token.lower_)
    if FINE_WORDS.intersection(after):
        return True
    return any(
        word in NEGATION_CUES and following in AFTER_NEGATED_VERBS
        for word, following in zip(after, after[1:], strict=False)
    )


def _is_hypothetical(doc: Doc, span: Span) -> bool:
    """True for surgery or injuries that are asked about or planned, not had."""
    if span.label_ not in HYPOTHETICAL_ENTITIES:
        return False
    if any(t.lower_ in HYPOTHETICAL_CUES for t in _clause_before(doc, span.start)):
        return True
    for token in doc[span.end : span.end + 4]:
        if token.lower_ == "?":
            return True
        if token.lower_ in CLAUSE_BREAKS:
            return False
    return False


def _number(word: str) -> float | None:
    if _NUMBER.match(word):
        return float(word)
    return CARDINALS.get(word)


def _numbers(words: list[str]) -> list[float]:
    """Numbers in a run of words, joining "forty five" and "forty-five" into 45."""
    found: list[float] = []
    joinable = False
    for word in words:
        value = _number(word)
        if value is None:
            joinable = joinable and word == "-"
            continue
        if joinable and found and value < 10:
            found[-1] += value
        else:
            found.append(value)
        joinable = value >= 20 and value % 10 == 0 and not _NUMBER.match(word)
    return found


def _decimal(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else str(rounded)


def _read_duration(words: list[str]) -> str | None:
    if words[:2] == ["since", "yesterday"]:
        return _decimal(1 / 7)
    unit = next((w for w in reversed(words) if w in WEEKS_PER_UNIT), None)
    if unit is None:
        return None
    counts = _numbers(words) + [QUANTITIES[w] for w in words if w in QUANTITIES]
    quantity = max(counts) if counts else (3.0 if unit in PLURAL_UNITS else 1.0)
    if "half" in words:
        quantity = quantity + 0.5 if "and" in words else 0.5
    return _decimal(quantity * WEEKS_PER_UNIT[unit])


def _read_severity(words: list[str]) -> str | None:
    numbers: list[float] = []
    scale = 10.0
    for i, word in enumerate(words):
        fraction = _FRACTION.match(word)
        if fraction:
            numbers.append(float(fraction.group(1)))
            scale = float(fraction.group(2))
        elif numbers and word in ("out", "outta", "of", "/"):
            tail = _numbers(words[i + 1 :])
            scale = tail[0] if tail else scale
            break
        else:
            numbers.extend(_numbers([word]))
    if not numbers or scale <= 0:
        return None
    scaled = any(_FRACTION.match(w) or w in ("out", "outta", "of", "/") for w in words)
    if numbers == [1.0] and "one" in words and not scaled:
        return None  # "the sore one" is a pronoun; "one out of ten" names its scale
    value = max(numbers) * 10 / scale
    return _decimal(value) if value <= 100 else None


def _read_age(words: list[str]) -> str | None:
    decade = next((DECADES[w] for w in words if w in DECADES), None)
    if decade is None and words[-1] in ("s", "'s"):
        tens = _numbers(words)
        decade = int(tens[-1]) if tens and tens[-1] % 10 == 0 else None
    if decade is not None:
        offset = next((DECADE_OFFSETS[w] for w in words if w in DECADE_OFFSETS), 0)
        if decade == 13:  # teens: early 13, mid 15, late 17
            offset = offset // 2 + (1 if offset == 7 else 0)
        return str(decade + offset)
    numbers = _numbers(words)
    if not numbers or numbers[-1] != int(numbers[-1]) or not 1 <= numbers[-1] <= 120:
        return None
    return str(int(numbers[-1]))


NUMBER_READERS: dict[str, Callable[[list[str]], str | None]] = {
    "duration": _read_duration,
    "severity": _read_severity,
    "age": _read_age,
}


def _is_other_quantity(doc: Doc, span: Span) -> bool:
    """True when a number belongs to something else: "5 minutes", "3 times a week", a date."""
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    previous = doc[span.start - 1].lower_ if span.start > 0 else ""
    if span.label_ == "duration":
        if following in PREGNANCY_AFTER_DURATION:
            return True  # "22 weeks pregnant"
        then = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
        starts_with_a = span[0].lower_ in ("a", "an")
        if starts_with_a and span[-1].lower_ == "day" and previous not in A_DAY_LEADS:
            return True  # "take two a day", not "for a day or two"
        return (starts_with_a and previous in FREQUENCY_WORDS) or (
            following in ("a", "an", "per", "each", "every", "/") and then in WEEKS_PER_UNIT
        )
    if span.label_ == "severity":
        return (
            following in OTHER_UNITS
            or following == "of"
            or (previous in DATE_WORDS and "/" in span.text)
        )
    if span.label_ == "age":
        then = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
        if following in AGE_UNITS and then in ("old", "young", "-"):
            return False  # "I'm 45 years old"
        return following in OTHER_UNITS or following in ("of", "/", "out")
    return False


def _caving_has_a_knee(doc: Doc, span: Span) -> bool:
    if span[0].lower_ in CAVING_STRONG:
        return True
    return any(t.lower_ in KNEE_WORDS for t in _clause_before(doc, span.start, 4))


def _is_whole_reply(doc: Doc, span: Span, fillers: frozenset[str] = REPLY_FILLERS) -> bool:
    """True when only fillers and punctuation surround the span: "the back.", "stiff"."""
    return all(t.is_punct or t.lower_ in fillers for t in [*doc[: span.start], *doc[span.end :]])


def _is_age_in_years(doc: Doc, span: Span) -> bool:
    """ "I'm 34 yrs" as a whole reply: an age, where "I'm 2 years post op" is a duration."""
    previous = doc[span.start - 1].lower_ if span.start > 0 else ""
    return (
        span[-1].lower_ in AGE_UNITS
        and previous in FIRST_PERSON_BE
        and _is_whole_reply(doc, span, REPLY_FILLERS | FIRST_PERSON_BE | {"i"})
    )


def _read(doc: Doc, span: Span) -> list[tuple[str, str]]:
    """The (entity, value) pairs a matched span stands for; empty to drop it."""
    label = span.label_
    words = [t.lower_ for t in span]
    if label == "idiom":
        return []
    if span.ent_id_ in WHOLE_REPLY_IDS and not _is_whole_reply(doc, span):
        return []
    if span.ent_id_ == "bare_back":
        return [("knee_location", "back")]
    if label == "pregnancy" and OTHER_PEOPLE.intersection(
        t.lower_ for t in _clause_before(doc, span.start)
    ):
        return []
    if label == "duration" and _is_age_in_years(doc, span):
        age = _read_age(words)
        return [("age", age)] if age is not None else []
    if label in NUMBER_READERS:
        if _is_other_quantity(doc, span):
            return []
        value = NUMBER_READERS[label](words)
        return [(label, value)] if value is not None else []
    if label == "side" and words[-1] in ("left", "right", "both"):
        following = doc[span.end].lower_ if span.end < len(doc) else "."
        previous = doc[span.start - 1].lower_ if span.start > 0 else "yes"
        lone_both = words == ["both"] and previous not in BARE_BOTH_PREVIOUS
        if following not in BARE_SIDE_NEXT or lone_both:
            return []
    if label == "knee_caving":
        return [("knee_caving", "yes")] if _caving_has_a_knee(doc, span) else []
    if label in ("hip_symptom", "hip_area"):
        pairs: list[tuple[str, str]] = []
        for word in words if label == "hip_symptom" else []:
            pairs += [("hip_symptom", v) for v, names in SYMPTOM_WORDS.items() if word in names]
        for word in words:
            pairs += [("hip_area", area) for area, names in HIP_AREAS.items() if word in names]
        return pairs
    return [(label, span.ent_id_)]


def _date_surgeries(found: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """Relabel the duration said right next to a surgery as ``weeks_since_surgery``."""
    result = list(found)
    for surgery, entity, _ in found:
        if entity != "surgery":
            continue
        doc = surgery.doc
        nearest: tuple[int, int] | None = None
        for i, (span, label, _) in enumerate(result):
            if label != "duration":
                continue
            if span.end <= surgery.start:
                between = doc[span.end : surgery.start]
            else:
                between = doc[surgery.end : span.start]
            gap = len(between)
            same_clause = not any(t.lower_ in CLAUSE_BREAKS for t in between)
            if gap <= SURGERY_TIMING_GAP and same_clause and (nearest is None or gap < nearest[0]):
                nearest = (gap, i)
        if nearest is not None:
            span, _, value = result[nearest[1]]
            result[nearest[1]] = (span, "weeks_since_surgery", value)
    return result


def extract(text: str) -> list[Entity]:
    """Return the non-negated entity mentions in ``text``, in order, without repeats."""
    doc = _nlp()(text)
    found: list[tuple[Span, str, str]] = []
    for span in doc.ents:
        if _is_negated(doc, span) or _is_hypothetical(doc, span):
            continue
        found += [(span, entity, value) for entity, value in _read(doc, span)]
    entities: list[Entity] = []
    seen: set[tuple[str, str]] = set()
    for span, entity, value in _date_surgeries(found):
        if (entity, value) in seen:
            continue
        seen.add((entity, value))
        entities.append(Entity(entity, value, span.start_char, span.end_char, span.text))
    return entities


def values(text: str, entity: str) -> list[str]:
    """Canonical values of one entity type mentioned (and not negated) in ``text``."""
    return [e.value for e in extract(text) if e.entity == entity]
