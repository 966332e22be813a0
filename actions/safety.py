"""Escalation: what to do now, why, and that no exercise plan follows (sticky)."""

from __future__ import annotations

import logging
import time
from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import profile, user_texts
from bot.plans import handout
from bot.plans.messages import REFERRAL_TEXT
from bot.safety.conversation import (
    escalation,
    parse_suspicion,
    refused_flag,
    screen_latest,
    suspected_flag,
    suspicion_value,
)
from bot.safety.messages import CHECK_BUTTONS, CHECK_CLEARED, check_question
from bot.safety.rules import BLOCKING_LEVELS, highest, rank
from bot.settings import get_settings

logger = logging.getLogger(__name__)


class ActionEscalate(Action):
    """Tell the person what to do now, with ``{"triage": ...}`` in ``custom``."""

    def name(self) -> str:
        return "action_escalate"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the escalation for the most urgent flag and record the level (never lowered).

        The flag is the screen's, the one the channel found in a message too long to read,
        or the one the backstop asked about and the person said yes to.
        """
        found = refused_flag(tracker.latest_message.get("entities") or [])
        if found is None:
            screening, context = screen_latest(user_texts(tracker))
            if screening.flags:
                found = (screening.flags[0].id, screening.flags[0].level)
            else:
                found = parse_suspicion(tracker.get_slot("suspected_flag"))
            if found is None:
                return []
        flag_id, level = found
        reply = escalation(flag_id, level, get_settings().emergency_number)
        dispatcher.utter_message(text=reply["text"], json_message=reply["custom"])
        _referral_summary(dispatcher, tracker, reply)
        recorded = tracker.get_slot("triage_level")
        events: list[EventType] = [
            SlotSet("triage_level", highest(recorded, level)),
            SlotSet("triage_reason", flag_id),
            SlotSet("suspected_flag", None),
        ]
        if rank(level) > rank(recorded):
            events.append(SlotSet("triage_time", time.time()))
        if level in BLOCKING_LEVELS and tracker.active_loop.get("name"):
            events += [ActiveLoop(None), SlotSet("requested_slot", None)]
        return events


def _referral_summary(dispatcher: CollectingDispatcher, tracker: Tracker, reply: dict) -> None:
    """The printable summary after an escalation, never at the escalation's expense."""
    triage = {**reply["custom"]["triage"], "advice": reply["text"]}
    try:
        summary = handout(profile(tracker), date.today(), triage=triage)
    except Exception:  # noqa: BLE001 - the escalation above must reach the person regardless
        logger.exception("The referral summary could not be made.")
        return
    dispatcher.utter_message(text=REFERRAL_TEXT, json_message=summary)


class ActionCheckRedFlag(Action):
    """Ask the one closed question about a red flag the backstop suspects."""

    def name(self) -> str:
        return "action_check_red_flag"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Utter the question with Yes / No buttons and remember what was asked.

        In a form, the question it had asked is cleared and asked again after the answer,
        so that a "yes" or "no" meant for this check never fills the form's slot.
        """
        found = suspected_flag(tracker.latest_message.get("entities") or [])
        if found is None:
            return []
        flag_id, level = found
        dispatcher.utter_message(text=check_question(flag_id, level), buttons=CHECK_BUTTONS)
        asked = tracker.get_slot("checked_flags") or []
        events: list[EventType] = [
            SlotSet("suspected_flag", suspicion_value(flag_id, level)),
            SlotSet("checked_flags", [*asked, flag_id]),
        ]
        requested = tracker.get_slot("requested_slot")
        if tracker.active_loop.get("name") and requested:
            events += [SlotSet(requested, None), SlotSet("requested_slot", None)]
        return events


class ActionRedFlagCleared(Action):
    """Thank the person for a "no" to the backstop's question and carry on."""

    def name(self) -> str:
        return "action_red_flag_cleared"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Say so, and forget the suspicion (a form, if any, asks its question again)."""
        dispatcher.utter_message(text=CHECK_CLEARED)
        return [SlotSet("suspected_flag", None)]
