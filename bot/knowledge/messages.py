"""What the assistant says around an answer from the knowledge base."""

from __future__ import annotations

# Said when nothing in the knowledge base clears the threshold.
NO_ANSWER_TEXT = (
    "I'm sorry, I don't have information on that. A physiotherapist or doctor can "
    "answer it for your situation."
)

# After an answer about exercises, before the assessment: the way to a plan of one's own.
OFFER_PLAN = (
    "If you would like a plan for your knee, I can ask a few short questions first and "
    "suggest which of these suit you."
)
OFFER_PLAN_BUTTONS = ({"title": "Yes, ask me the questions", "payload": "/ask_exercises"},)


def answer_lead(section: str, title: str) -> str:
    """The words before each section's part of an answer, naming where it comes from."""
    return f'From "{section}" in {title}:'

