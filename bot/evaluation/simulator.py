"""``kneebot eval dialogue``: simulated people talk to the running assistant over REST.

Each profile (``tests/data/profiles.yaml``) is a person with answers in their own words.
The simulator reads what the assistant asks, the way a person reads the screen: it
recognises each question by the domain's own wording of it, answers from the profile,
asks for exercises after the summary, answers the safety check, and records the
outcome (an escalation, a gate, a plan and its focus). Anything it cannot place gets
the profile's fallback answer, and a conversation is cut off after ``MAX_TURNS``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import requests
import yaml

from bot.assessment.form import REASK
from bot.evaluation.client import send
from bot.evaluation.figures import Figure, share
from bot.plans.builder import PREGNANCY_NOTE
from bot.plans.messages import HELD_BACK, SAFETY_CHECK
from bot.safety import rank
from bot.safety.gates import PREGNANCY, RECENT_SURGERY, UNDER_16
from bot.settings import get_settings

PROFILES = Path("tests/data/profiles.yaml")
MAX_TURNS = 30
TARGET_FOCUS = 0.95
SUMMARIES = ("utter_assessment_summary", "utter_assessment_summary_no_plan")
# What each gate's message (or, for pregnancy, the plan's note) says, by gate id.
GATES = {
    UNDER_16.message: UNDER_16.id,
    RECENT_SURGERY.message: RECENT_SURGERY.id,
    PREGNANCY_NOTE: PREGNANCY.id,
}

Say = Callable[[str, str], list[dict[str, Any]]]


@dataclass(frozen=True)
class Profile:
    """A simulated person: how they open, their answers, and what should come of it."""

    name: str
    answers: dict[str, str]  # by question (slot name): what this person types
    expect: dict[str, str]  # any of: plan (a focus or "none"), triage (a level), gate (an id)
    opening: str = "hi"
    ask_plan: str = "what exercises could help me?"
    safety_answer: str = "no, none of those"
    fallback: str = "I'm not sure"


@dataclass
class Outcome:
    """What happened in one simulated conversation."""

    profile: str
    triage: str | None = None  # the most urgent level escalated
    gate: str | None = None
    plan: str | None = None  # the focus of the plan given
    plan_before_check: bool = False  # a plan arrived before any safety check
    turns: int = 0
    transcript: list[str] = field(default_factory=list)

    def problems(self, expect: dict[str, str]) -> list[str]:
        """How this outcome differs from what the profile expects."""
        found = []
        wanted_plan = expect.get("plan", "none")
        if (self.plan or "none") != wanted_plan:
            found.append(f"plan {self.plan or 'none'}, expected {wanted_plan}")
        wanted_level = expect.get("triage")
        if wanted_level and rank(self.triage) < rank(wanted_level):
            found.append(f"triage {self.triage}, expected {wanted_level} or higher")
        if not wanted_level and self.triage:
            found.append(f"escalated to {self.triage} without a red flag")
        if expect.get("gate") != self.gate:
            found.append(f"gate {self.gate}, expected {expect.get('gate')}")
        if self.plan_before_check:
            found.append("a plan came before the safety check")
        return found


def load_profiles(path: Path = PROFILES) -> list[Profile]:
    """The simulated people of ``tests/data/profiles.yaml``."""
    data = yaml.safe_load((get_settings().project_dir / path).read_text(encoding="utf-8"))
    return [Profile(**item) for item in data["profiles"]]


def _pattern(template: str) -> re.Pattern[str]:
    """A response's text as a pattern: its {placeholders} match anything."""
    words = " ".join(template.split())
    parts = re.split(r"\{[a-z_]+\}", words)
    return re.compile(".*".join(re.escape(part) for part in parts), re.DOTALL)


@lru_cache(maxsize=1)
def _prompts() -> dict[str, list[re.Pattern[str]]]:
    """What each question and summary looks like, from the wording in domain.yml."""
    domain = yaml.safe_load((get_settings().project_dir / "domain.yml").read_text("utf-8"))
    responses = domain["responses"]
    prompts: dict[str, list[re.Pattern[str]]] = {}
    for slot in domain["forms"]["assessment_form"]["required_slots"]:
        names = [f"utter_ask_{slot}", REASK[slot]]
        prompts[slot] = [_pattern(v["text"]) for n in names for v in responses[n]]
    for name in SUMMARIES:
        prompts[name] = [_pattern(v["text"]) for v in responses[name]]
    return prompts


def recognise(text: str) -> str | None:
    """The question (slot name) or summary a reply asks or gives, or None."""
    flat = " ".join(text.split())
    for prompt, patterns in _prompts().items():
        if any(pattern.search(flat) for pattern in patterns):
            return prompt
    return None


def rest_sayer(rasa_url: str) -> Say:
    """Send one message to the assistant's REST channel; return its replies."""
    session = requests.Session()
    return lambda sender, message: send(session, rasa_url, sender, message)


def simulate(profile: Profile, say: Say) -> Outcome:
    """Hold one conversation as ``profile`` and record how it ended."""
    outcome = Outcome(profile.name)
    sender = f"sim-{uuid.uuid4().hex[:12]}"
    checked = asked_plan = answered_check = False
    summaries = 0
    asked: str | None = None
    message = profile.opening
    while outcome.turns < MAX_TURNS:
        outcome.turns += 1
        outcome.transcript.append(f"> {message}")
        replies = say(sender, message)
        texts = [reply.get("text") or "" for reply in replies]
        outcome.transcript += [f"< {text}" for text in texts]
        for reply in replies:
            custom = reply.get("custom") or {}
            if "triage" in custom and rank(custom["triage"]["level"]) > rank(outcome.triage):
                outcome.triage = custom["triage"]["level"]
            if "plan" in custom:
                outcome.plan = custom["plan"]["focus"]
                outcome.plan_before_check = not checked
        said = " ".join(texts)
        outcome.gate = outcome.gate or next((g for m, g in GATES.items() if m in said), None)
        checked = checked or SAFETY_CHECK in said
        if outcome.plan or HELD_BACK in said or answered_check:
            return outcome
        prompt = next((p for p in map(recognise, reversed(texts)) if p), None)
        summaries += prompt in SUMMARIES
        if SAFETY_CHECK in said:
            message, answered_check = profile.safety_answer, True
        elif prompt in profile.answers:
            # Asked the same again: a person would try other words, here the fallback.
            message = profile.fallback if prompt == asked else profile.answers[prompt]
            asked = prompt
        elif summaries == 1 and prompt in SUMMARIES or outcome.triage and not asked_plan:
            message, asked_plan = profile.ask_plan, True
        elif asked_plan:
            return outcome
        else:
            message = profile.fallback
    return outcome


def run_profiles(rasa_url: str, profiles: list[Profile] | None = None) -> list[Outcome]:
    """Every profile's conversation with the assistant at ``rasa_url``."""
    say = rest_sayer(rasa_url)
    return [simulate(profile, say) for profile in profiles or load_profiles()]


def dialogue_figures(
    profiles: list[Profile], outcomes: list[Outcome]
) -> tuple[list[Figure], list[str]]:
    """Plan focus, outcomes and plans without screening; and what went wrong, by profile."""
    problems = [
        f"{p.name}: {'; '.join(found)}"
        for p, o in zip(profiles, outcomes, strict=True)
        if (found := o.problems(p.expect))
    ]
    planned = [
        (p, o)
        for p, o in zip(profiles, outcomes, strict=True)
        if p.expect.get("plan", "none") != "none"
    ]
    focus_right = sum(o.plan == p.expect["plan"] for p, o in planned)
    as_expected = sum(not o.problems(p.expect) for p, o in zip(profiles, outcomes, strict=True))
    unscreened = sum(o.plan_before_check for o in outcomes)
    figures = [
        share("plan focus correct over profiles", focus_right, len(planned), TARGET_FOCUS),
        share("simulated conversations as expected", as_expected, len(outcomes), 1.0),
        Figure(
            "plans given without screening",
            float(unscreened),
            0.0,
            higher_is_better=False,
            detail=f"{unscreened}/{len(outcomes)}",
        ),
    ]
    return figures, problems
