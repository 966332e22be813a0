"""The assessment's questions and answers: what each answer means and how to say it back.

Plain functions over plain values, so the action server, the evaluation tools and
the tests share one vocabulary.
"""

from __future__ import annotations

from bot.nlu import entities

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
)
# One-word answers that are only a location when they answer the location question.
BARE_LOCATIONS = {"back": "back", "the back": "back", "behind": "back", "rear": "back"}


def parse_location(text: str) -> str | None:
    """Canonical knee location named in an answer, or None if none is recognisable."""
    if text in LOCATIONS:
        return text
    found = entities.values(text, "knee_location")
    if found:
        return found[0] if len(set(found)) == 1 else "all_over"
    return BARE_LOCATIONS.get(text.strip().lower().strip(".!"))


def parse_activities(text: str) -> list[str] | None:
    """Canonical activities named in an answer; ``[not_sure]`` for "I don't know"."""
    if text in ACTIVITIES or text == NOT_SURE:
        return [text]
    found = entities.values(text, "activity")
    if found:
        return found
    lowered = text.lower().replace("’", "'")
    if any(phrase in lowered for phrase in NOT_SURE_PHRASES):
        return [NOT_SURE]
    return None


def describe_activities(activities: list[str]) -> str:
    """Say a list of activities in plain words: "running, stairs and kneeling"."""
    words = [ACTIVITIES[a] for a in activities if a in ACTIVITIES]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def describe_location(location: str | None) -> str:
    """Say where the pain is, in words that follow "the pain is at"."""
    return LOCATIONS.get(location or "", "your knee")


def describe_worse(activities: list[str]) -> str:
    """Say what makes the pain worse, as the end of a sentence."""
    if activities == [NOT_SURE] or not activities:
        return "you're not sure yet what makes it worse, which is fine"
    return f"it gets worse with {describe_activities(activities)}"
