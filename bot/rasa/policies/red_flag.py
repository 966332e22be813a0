"""A policy that escalates any message naming a red flag, whatever NLU made of it.

It outranks every other policy (highest priority, full confidence), so a red flag
typed as a greeting, mid-form or as an answer to another question still escalates.
When the rules find nothing but the learned backstop suspects a flag, it asks one
closed question about it, and escalates on "yes". The screen itself is
:mod:`bot.safety`; this class only reads the tracker.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.assessment.answers import yes_or_no
from bot.assessment.vocabulary import NO, YES
from bot.safety.conversation import refused_flag, screen_latest, suspected_flag
from bot.safety.rules import highest, rank
from bot.safety.screening import Context

ESCALATE = "action_escalate"
CHECK = "action_check_red_flag"
CLEARED = "action_red_flag_cleared"
# Actions Rasa runs on its own after each message; they do not count as a reply.
_AUTOMATIC = {ACTION_LISTEN_NAME, "action_extract_slots"}


def _events(tracker: DialogueStateTracker) -> list[Event]:
    """Events since the last restart, as the escalation action reads them. Not
    ``applied_events()``: that drops the turns answered inside a form, and with them
    what they said ("she's 10", "my calf is swollen") that a later message completes."""
    return tracker.events_after_latest_restart()


def _reply_actions(tracker: DialogueStateTracker, turns_back: int = 0) -> list[str]:
    """The actions that answered a user message: the latest one (``turns_back`` 0), the
    one before it (1), and so on; empty when there is no such message."""
    actions: list[str] = []
    for event in reversed(_events(tracker)):
        if isinstance(event, UserUttered):
            if not turns_back:
                return list(reversed(actions))
            turns_back -= 1
            actions = []
        elif isinstance(event, ActionExecuted) and event.action_name not in _AUTOMATIC:
            actions.append(event.action_name or "")
    return []


def _asked_check(tracker: DialogueStateTracker) -> bool:
    """Whether the assistant's reply before the latest message ended with the backstop's
    question."""
    return _reply_actions(tracker, turns_back=1)[-1:] == [CHECK]


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class RedFlagPolicy(Policy):
    """Predicts ``action_escalate`` for a red-flag message, then ``action_listen``.

    When the escalation left a form running (a prompt-level flag), it abstains after
    escalating, so the form goes on.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Above RulePolicy (6), so a red flag interrupts forms and rules."""
        return {"priority": 7}

    def train(
        self,
        training_trackers: list[TrackerWithCachedStates],
        domain: Domain,
        **kwargs: Any,
    ) -> Resource:
        """Nothing to learn: the screen is rules."""
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        """Escalate a fresh red-flag message; listen right after escalating."""
        probabilities = self._default_predictions(domain)
        since = _reply_actions(tracker)
        latest = tracker.latest_message
        refused = latest is not None and refused_flag(latest.entities) is not None
        if since in ([CHECK], [CLEARED], [ESCALATE, CHECK]):
            # Wait for the answer to the question; after a "no", a form asks its question again.
            if since != [CLEARED] or not tracker.active_loop_name:
                probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0
        elif since == [ESCALATE]:
            # The backstop may suspect something more urgent than the rules found: ask.
            # Otherwise, after a prompt-level flag the assessment goes on at once (the form
            # reads the answer that came with the flag); else wait for the person. A flag
            # from a message too long to read came with no answer for the form.
            if not refused and self._worth_asking(tracker, None):
                probabilities[domain.index_for_action(CHECK)] = 1.0
            elif not tracker.active_loop_name or refused:
                probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0
        elif not since and refused:
            probabilities[domain.index_for_action(ESCALATE)] = 1.0
        elif not since and latest is not None and latest.text:
            texts = [e.text or "" for e in _events(tracker) if isinstance(e, UserUttered)]
            screening, context = screen_latest(texts)
            reply = ESCALATE if screening.level is not None else self._backstop(tracker, context)
            if reply is not None:
                probabilities[domain.index_for_action(reply)] = 1.0
        # A form's next step is a "no user" prediction, which Rasa lets overrule every
        # ordinary one; marking ours the same way lets the higher priority decide.
        return self._prediction(probabilities, is_no_user_prediction=max(probabilities) > 0)

    @staticmethod
    def _backstop(tracker: DialogueStateTracker, context: Context) -> str | None:
        """The reply to a message the rules let pass: the answer to the backstop's question,
        or the question itself when the backstop suspects a flag not yet asked about and
        above the level already recorded."""
        latest = tracker.latest_message
        if latest is None:
            return None
        if _asked_check(tracker):
            answer = yes_or_no(latest.text or "", latest.intent.get("name"))
            if answer == YES:
                return ESCALATE
            if answer == NO:
                return CLEARED
        return CHECK if RedFlagPolicy._worth_asking(tracker, context.level) else None

    @staticmethod
    def _worth_asking(tracker: DialogueStateTracker, screened: str | None) -> bool:
        """Whether the backstop suspects, in the latest message, a flag not yet asked about
        and more urgent than the level already recorded."""
        latest = tracker.latest_message
        found = suspected_flag(latest.entities) if latest is not None else None
        if found is None:
            return False
        flag, level = found
        asked = tracker.get_slot("checked_flags") or []
        recorded = highest(screened, tracker.get_slot("triage_level"))
        return flag not in asked and rank(level) > rank(recorded)
