"""The red-flag policy reads the whole conversation, turns answered inside a form included."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa.policies.red_flag import ESCALATE, RedFlagPolicy

FORM = "assessment_form"
DOMAIN = Domain.from_yaml(
    f"""
version: "3.1"
intents: [greet, inform]
actions: [{ESCALATE}]
forms:
  {FORM}:
    required_slots: []
"""
)


def _policy(tmp_path: Path) -> RedFlagPolicy:
    return RedFlagPolicy.create(
        RedFlagPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("red_flag_policy"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def _in_form(*answers: str) -> DialogueStateTracker:
    """A greeting that starts the form, then each answer given while the form runs."""
    events: list[Event] = [
        ActionExecuted(ACTION_LISTEN_NAME),
        UserUttered("hi", {"name": "greet"}),
        ActionExecuted(FORM),
        ActiveLoop(FORM),
    ]
    for number, answer in enumerate(answers):
        if number:
            events.append(ActionExecuted(FORM))
        events += [ActionExecuted(ACTION_LISTEN_NAME), UserUttered(answer, {"name": "inform"})]
    return DialogueStateTracker.from_events("someone", events, DOMAIN.slots)


def _predicted(policy: RedFlagPolicy, tracker: DialogueStateTracker) -> str | None:
    probabilities = policy.predict_action_probabilities(tracker, DOMAIN).probabilities
    if max(probabilities) == 0:
        return None
    return DOMAIN.action_names_or_texts[probabilities.index(max(probabilities))]


@pytest.mark.parametrize(
    "answers",
    [
        ("it's for my daughter, she's 10", "she's limping and her knee hurts"),
        ("my calf has been swollen since yesterday", "and now I'm short of breath"),
    ],
)
def test_what_was_said_inside_a_form_counts_with_a_later_message(
    tmp_path: Path, answers: tuple[str, ...]
) -> None:
    tracker = _in_form(*answers)
    applied = [e.text for e in tracker.applied_events() if isinstance(e, UserUttered)]
    assert answers[0] not in applied  # Rasa folds a form's happy path away
    assert _predicted(_policy(tmp_path), tracker) == ESCALATE


def test_an_ordinary_answer_inside_a_form_is_left_to_the_form(tmp_path: Path) -> None:
    assert _predicted(_policy(tmp_path), _in_form("front of my right knee", "stairs")) is None
