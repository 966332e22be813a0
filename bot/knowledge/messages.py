"""What the assistant says around an answer from the knowledge base."""

from __future__ import annotations

# Said when nothing in the knowledge base clears the threshold.
NO_ANSWER_TEXT = (
    "I'm sorry, I don't have information on that. A physiotherapist or doctor can "
    "answer it for your situation."
)


def answer_lead(section: str, title: str) -> str:
    """The words before a quoted answer, naming where it comes from."""
    return f'From "{section}" in {title}:'
