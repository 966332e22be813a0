"""The assessment's canonical answers, the words for them, and the words that give them."""

from __future__ import annotations

LOCATIONS: dict[str, str] = {
    "front": "the front of the knee, around the kneecap",
    "inner": "the inner side of the knee",
    "outer": "the outer side of the knee",
    "back": "the back of the knee",
    "all_over": "all over the knee",
}
ACTIVITIES: dict[str, str] = {
    "stairs": "stairs",
    "running": "running",
    "squatting": "squatting",
    "kneeling": "kneeling",
    "sitting_long": "sitting for a long time",
    "walking": "walking",
    "cycling": "cycling",
    "jumping": "jumping or landing",
    "standing": "standing",
}
NOT_SURE = "not_sure"
NOT_SURE_PHRASES = (
    "not sure",
    "dont know",
    "don't know",
    "do not know",
    "no idea",
    "unsure",
    "nothing in particular",
    "nothing specific",
    "idk",
    "dunno",
    "hard to say",
    "rather not",
    "prefer not",
)
SIDES = {"left": "your left knee", "right": "your right knee", "both": "both knees"}
HIP_SYMPTOMS = {"stiff": "stiff", "tight": "tight", "weak": "weak", "painful": "painful"}
NONE = "none"
YES, NO = "yes", "no"
# Answers to "an operation or injury in the last 12 weeks?"
SURGERY, INJURY = "surgery", "injury"
SEVERITY_MAX = 10
AGE_RANGE = range(1, 111)
RECENT_WEEKS = 12
SHORT_ANSWER_WORDS = 3
# Words that answer a question with "no" or "yes" when the intent classifier is unsure.
NO_WORDS = frozenset(
    ["no", "nope", "nah", "none", "nothing", "never", "fine", "normal", "neither", "not", "n"]
)
# Bare answers to "anything in your hip?": the rule entities need a hip word nearby.
HIP_SYMPTOM_WORDS = {
    "stiff": "stiff",
    "stiffness": "stiff",
    "tight": "tight",
    "tightness": "tight",
    "weak": "weak",
    "weakness": "weak",
    "tired": "weak",
    "tires": "weak",
    "painful": "painful",
    "pain": "painful",
    "sore": "painful",
    "aches": "painful",
    "achy": "painful",
    "hurts": "painful",
}
YES_WORDS = frozenset(
    ["yes", "yep", "yeah", "yea", "y", "ya", "yup", "sometimes", "often", "always", "definitely"]
)
# "one" is left out: "the one that hurts" is no number.
# One-word answers that are only a location when they answer the location question.
BARE_LOCATIONS = {"back": "back", "the back": "back", "behind": "back", "rear": "back"}
