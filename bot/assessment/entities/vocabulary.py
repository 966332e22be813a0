"""The words the form's entities are made of: phrases, sides, hip symptoms, caving, units.

Data only, lower case and tokenised by spaCy's English rules, so that a reviewer can
read the lists without the code around them. Numbers, ages and durations are read by
``bot.language``.
"""

from __future__ import annotations

from bot.language.durations import UNIT_OF_WORD


def word_list(text: str) -> list[str]:
    """Words separated by spaces."""
    return text.split()


def phrase_list(text: str) -> list[str]:
    """Phrases separated by commas."""
    return [phrase.strip() for phrase in text.split(",")]


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
        "running": word_list(
            "run runs running ran jog jogs jogging jogged runing runnin runnig runnning rnning"
            " sprint sprints sprinting treadmill parkrun marathon"
        ),
        "stairs": word_list(
            "stairs stair staircase staircases steps upstairs downstairs stiars stairz staris"
            " starirs stais climbing climb step"
        )
        + ["stairs climbing", "step ups", "flight of stairs"],
        "squatting": word_list(
            "squat squats squatting squatted crouch crouching crouched squating sqatting"
            " sqautting squattin squatin sqaut sqauts squates"
        )
        + ["bending down", "deep knee bend", "getting down low", "lunge", "lunges", "lunging"],
        "kneeling": word_list("kneel kneels kneeling knelt kneeled kneling kneelng neeling kneelin")
        + ["kneelling", "on my knees"],
        "sitting_long": word_list("sitting sit sat siting sittin sittting desk")
        + phrase_list(
            "sitting long, sitting for long, sitting for a long time, long drives, driving,"
            " desk job, office job, long car journeys, long car rides, long flights, the cinema,"
            " the movies, getting up from a chair, getting out of a chair, getting out of the car,"
            " getting up off the sofa"
        ),
        "walking": word_list(
            "walk walks walking walked walkng wallking walkin walkimg hiking hike hikes hiked"
            " strolling stroll trekking hillwalking"
        ),
        "cycling": word_list(
            "cycling cycle cycled bike bikes biking biked bicycle cyling cylcing cycing peloton"
            " spinning"
        )
        + ["spin class"],
        "jumping": word_list(
            "jump jumps jumping jumped landing hopping hop hops skipping jumpin jumpping"
            " plyometrics plyo trampoline"
        ),
        "standing": word_list("standing stand stood standin stnding standng standig")
        + ["standing up", "on my feet"],
    },
    "surgery": {
        "hip_replacement": phrase_list(
            "hip replacement, hip replacements, hip replacment, hip replacemnt, hip replaced,"
            " replaced hip, my new hip, a new hip, total hip, thr, hip resurfacing,"
            " hip arthroplasty"
        ),
        "knee_replacement": phrase_list(
            "knee replacement, knee replacements, knee replacment, knee replacemnt,"
            " knee replaced, replaced knee, my new knee, a new knee, total knee, tkr, tka,"
            " uni knee, unicompartmental knee, knee arthroplasty"
        ),
        "hip_surgery": phrase_list(
            "hip surgery, hip sugery, hip surgury, hip op, hip operation, hip arthroscopy,"
            " hip scope, labral repair, fai surgery"
        ),
        "knee_surgery": phrase_list(
            "knee surgery, knee sugery, knee surgury, knee op, knee operation,"
            " knee arthroscopy, arthroscopy, athroscopy, knee scope, knee scoped,"
            " acl reconstruction, acl surgery, acl repair, acl op, meniscectomy, menisectomy,"
            " meniscus surgery, meniscus repair, meniscal repair, cartilage surgery,"
            " cartilage repair, lateral release, meniscus trimmed, meniscus removed,"
            " cartilage trimmed, cartilage removed, knee cleaned out, knee washed out"
        ),
        "other_surgery": phrase_list(
            "surgery, sugery, surgury, surgey, surgeries, operation, operations, opperation,"
            " operaton, postop, an op, my op, the op, post op, post-op, post operative,"
            " post-operative, operated on, keyhole surgery, joint replacement, a replacement,"
            " my replacement"
        ),
    },
    "injury": {
        "injury": phrase_list(
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
        "yes": phrase_list(
            "pregnant, pregnent, pregant, preggers, expecting a baby, expecting twins,"
            " first trimester, second trimester, third trimester"
        ),
    },
    # Idioms that contain an entity word but mean something else; matched and dropped.
    "idiom": {
        "idiom": phrase_list(
            "can't stand it, cant stand it, can not stand it, in the long run, run out,"
            " ran out, run through, walk me through, walk you through, step by step,"
            " step-by-step, next step, next steps, first step, stand out, sit tight,"
            " all over the place, one day, the other day"
        ),
    },
}

# Sides need a noun so that "that's right" or "I left work" are not sides.
SIDES: dict[str, list[str]] = {
    "left": word_list("left lft lt l lef"),
    "right": word_list("right rt r rght rigth"),
}
SIDE_NOUNS = word_list("knee knees kne knie leg legs side sides one ones kneecap kneecaps")
# exercises", "I do both").
BARE_SIDE_NEXT = frozenset(
    word_list(
        "is 's s was and but or mostly mainly more worse only too though really hurts aches , . ! ;"
    )
)
BARE_BOTH_PREVIOUS = frozenset(
    word_list("yes yeah yep well um erm hmm probably maybe actually honestly definitely oh it 's")
)

# Hip symptoms: a symptom word said of a hip area ("stiff hips", "groin pain").
HIP_AREAS: dict[str, list[str]] = {
    "hip": word_list("hip hips hipp hipps flexor flexors hipflexor hipflexors"),
    "groin": word_list("groin groins grion groyne adductor adductors"),
    "buttock": word_list(
        "buttock buttocks butock buttox bum butt backside glute glutes gluteal gluteus gluts"
        " glutei piriformis"
    ),
}
HIP_AREA_SUFFIXES = word_list(
    "flexor flexors joint joints area region muscle muscles medius maximus med max crease"
)
HIP_POSITIONS = word_list("front outside outer inside inner side back top")
SYMPTOM_ADJECTIVES: dict[str, list[str]] = {
    "stiff": word_list("stiff stiffer stif stff sitff seized"),
    "tight": word_list("tight tighter tite tght tigh tense short shortened"),
    # A hip that drops or dips with each step (the pelvis sagging on the side of the
    # swinging leg) is a sign of a weak gluteus medius.
    "weak": word_list(
        # Present forms only: "the pain in my hip dipped after physio" is no sign.
        "weak weaker weka wek lazy inactive tired fatigued drops dropping dips dipping"
    ),
    "painful": word_list("painful painfull sore soar achy achey aching hurting tender"),
}
SYMPTOM_NOUNS: dict[str, list[str]] = {
    "stiff": word_list("stiffness stifness"),
    "tight": word_list("tightness tigthness"),
    "weak": word_list("weakness weekness tire tires tiring fatigue drop dip"),
    "painful": word_list(
        "pain pains pian ache aches aching hurts hurt hurting soreness discomfort twinge twinges"
        " niggle tenderness"
    ),
}
SYMPTOM_ADVERBS = word_list(
    "always often really very quite super pretty a bit little slightly kinda kind of sort sorta"
    " definitely also still constantly too extremely"
)
SYMPTOM_WORDS = {v: SYMPTOM_ADJECTIVES[v] + SYMPTOM_NOUNS[v] for v in SYMPTOM_ADJECTIVES}
# The plain words for signs of weak or tight hips, which may refer back to a hip named
# earlier ("my hips are weak and they're stiff", "hip weakness and tightness"); pain is
# said of the knee all the time, and "short", "tired" or "dropped" mean other things there.
REFERRED_SIGNS = frozenset(
    word_list(
        "stiff stiffer stif stff stiffness stifness tight tighter tite tght tightness tigthness"
        " weak weaker weka wek weakness weekness"
    )
)
# Body parts other than the hip that a symptom word may be said of instead: "my hip is fine
# but my knee is stiff".
OTHER_BODY_PARTS = frozenset(
    word_list(
        "knee knees kne kness kneecap kneecaps leg legs calf calves shin shins thigh thighs"
        " hamstring hamstrings quad quads quadriceps ankle ankles foot feet toe toes back spine"
    )
)
SYMPTOM_LINKS = SYMPTOM_ADVERBS + word_list(
    "is are 's s r was were feel feels felt feeling get gets got getting seem seems seemed"
    " have has been be become so"
)
SYMPTOM_PREPOSITIONS = word_list("in into around at on across through over")
# What may stand between a hip and a symptom said of it directly: "my hip muscles feel sore".
HIP_LINKS = frozenset(SYMPTOM_LINKS + HIP_AREA_SUFFIXES)
SYMPTOM_AND = word_list("and & / , n")
DETERMINERS = word_list("my the both his her their your of a")

# Knee caving in (dynamic valgus). Strong verbs need no knee nearby; the others do.
CAVING_STRONG = word_list(
    "cave caves caving caved cavein colapse colapses collapse collapses collapsing collapsed"
)
CAVING_IN = word_list(
    "go goes going went gone roll rolls rolling rolled buckle buckles buckling buckled dive"
    " dives diving dived drift drifts drifting drifted drop drops dropping dropped fall falls"
    " falling fell turn turns turning turned"
)
CAVING_INWARD_ONLY = word_list(
    "come comes coming came knock knocks knocking knocked touch touches touching touched move"
    " moves moving moved shift shifts shifting point points pointing"
)
CAVING_DIRECTIONS = word_list("inward inwards inwardly inside together")
CAVING_TOWARDS = word_list("towards toward to into")
CAVING_MIDDLE = word_list("each middle midline centre center")
KNEE_WORDS = word_list("knee knees kne kness kneecap kneecaps it they leg legs")
CAVING_FILLERS = word_list("in a bit little slightly right sort of kind kinda always")

SHORT_UNITS = word_list("d w y mo mos")  # only straight after a number: "3w", "6mo"
AGE_UNITS = word_list("year years yr yrs y")
# Words after a number that make it something other than a severity or an age.
OTHER_UNITS = frozenset(
    UNIT_OF_WORD
    | dict.fromkeys(
        word_list(
            "minutes minute mins min hours hour hrs hr am pm km k miles mile mi m kg kgs lbs"
            " lb pounds stone st ft feet foot cm inches % percent times time x reps sets"
            " steps o'clock"
        )
    )
)
FREQUENCY_WORDS = frozenset(
    word_list(
        "times time twice once thrice x per every each a an minutes mins hours hrs km miles"
        " day days sessions runs"
    )
)
A_DAY_LEADS = frozenset(word_list("for about around over only just in like maybe almost nearly"))
DATE_WORDS = frozenset(word_list("since on from until till by before after"))

# "No pain when running": a denial of pain reaches the activity it comes in.
ACTIVITY_LEADS = frozenset({"when", "while", "whilst", "after", "if"})
NEGATION_CUES = frozenset(
    {"no", "not", "n't", "nt", "never", "without", "nor", "neither", "dont", "doesnt", "isnt"}
)
# "can't walk far" says walking is hard, not that it is irrelevant.
INABILITY = frozenset({"ca", "can", "could", "cannot"})
CLAUSE_BREAKS = frozenset({",", ".", ";", "but", "though", "although", "except", "!", "?"})
NEGATION_WINDOW = 5
# "stairs are fine", "running doesn't bother me": looked for just after the mention.
AFTER_NEGATION_ENTITIES = frozenset({"activity", "knee_location", "side", "hip_symptom"})
FINE_WORDS = frozenset(word_list("fine ok okay alright"))
FINE_WHEN = frozenset(word_list("when while with for on during"))
AFTER_NEGATED_VERBS = frozenset(
    word_list(
        "bother bothers hurt hurts affect affects trouble troubles painful sore a an problem"
        " problems issue issues"
    )
)
# Surgery and injuries that are only imagined: "do I need surgery?", "how do I avoid injury".
HYPOTHETICAL_ENTITIES = frozenset({"surgery", "injury", "pregnancy"})
HYPOTHETICAL_CUES = frozenset(
    word_list(
        "if whether need needs will would should might may going gonna considering waiting"
        " booked scheduled planned planning due avoid avoiding prevent preventing risk reduce"
    )
)
# A pregnancy said of someone else in the same clause: "my wife is pregnant".
OTHER_PEOPLE = frozenset(
    word_list(
        "she her he his they their wife partner girlfriend gf daughter sister mum mom mother"
        " friend colleague niece cousin"
    )
)
PREGNANCY_AFTER_DURATION = frozenset(word_list("pregnant pregnent pregant preggers"))
# Whole replies ("the back", "stiff", "I'm 34 yrs") may also hold these words.
REPLY_FILLERS = frozenset(
    word_list("just mostly mainly it 's s its um erm probably definitely more")
)
WHOLE_REPLY_IDS = frozenset({"bare_back"})
FIRST_PERSON_BE = frozenset(word_list("'m m am ’m"))
FIRST_PASS = frozenset({"idiom", "duration", "years_old"})  # pattern ids matched before the rest
SURGERY_TIMING_GAP = 6  # tokens between a surgery and the duration that dates it
# Entities of the token patterns whose id is not the entity's name.
ENTITY_OF_ID = {
    "years_old": "age",
    "bare_back": "knee_location",
    "bare_hip_symptom": "hip_symptom",
}

