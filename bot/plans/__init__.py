"""Exercise plans: which hip work suits what a person described, and how to say it.

- ``profile.Profile``: what the assessment learnt, in the assessment's canonical values.
- ``focus.choose_focus(profile)``: strengthen, stretch or both, with the signs that decided.
- ``builder.build_plan(profile)``: 3–5 exercises with doses from ``knowledge/exercises/``;
- ``messages.plan_message(plan)``: the plan as the person reads it, and
  ``messages.plan_payload(plan)`` the ``{"plan": ...}`` payload of the same message.
- ``handout.handout(...)``: the ``{"summary": ...}`` payload, a one-page printout of what
  the person said, the red-flag check, and the plan or the referral.
- ``explain.explain_why(plan)`` and ``steps.exercise_steps(id)``: answers to "why these?"
  and "how do I do it?", quoted from the knowledge base with their sources.

Importing this package is cheap: the sentence model and the index load only when an
explanation or the steps of an exercise are asked for.
"""

from bot.plans.builder import (
    Plan,
    PlanBlocked,
    PlannedExercise,
    blocking_gate,
    build_plan,
)
from bot.plans.explain import Explanation, explain_why
from bot.plans.focus import Focus, FocusChoice, Sign, choose_focus
from bot.plans.handout import handout
from bot.plans.messages import plan_message, plan_payload
from bot.plans.profile import Profile
from bot.plans.steps import ExerciseSteps, exercise_steps

__all__ = [
    "ExerciseSteps",
    "Explanation",
    "Focus",
    "FocusChoice",
    "Plan",
    "PlanBlocked",
    "PlannedExercise",
    "Profile",
    "Sign",
    "blocking_gate",
    "build_plan",
    "choose_focus",
    "exercise_steps",
    "explain_why",
    "handout",
    "plan_message",
    "plan_payload",
]
