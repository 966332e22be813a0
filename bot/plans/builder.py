"""A plan for one person: the focus, 3–5 exercises in order, and the cautions that apply.

The safety gates come first: a child, or anyone within 12 weeks of an operation,
gets no programme (``PlanBlocked``); the action server checks them before asking
for a plan, and this refuses again so no other caller can skip them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.plans.catalogue import STRENGTHENING, STRETCHES, catalogue
from bot.plans.focus import Focus, Sign, choose_focus
from bot.plans.profile import Profile
from bot.safety.gates import Gate, gate

MIN_EXERCISES = 3
MAX_EXERCISES = 5
# A "both" plan: this many strengthening exercises first, then stretches.
BOTH_STRENGTHENING = 3
BOTH_STRETCHES = 2

# Figure-four is excluded after a hip replacement by the clinical table. The outer hip
# stretch crosses one leg behind the other, past the body's midline, which is among the
# movements people are usually told to avoid after a hip replacement, so it goes too.
AFTER_HIP_REPLACEMENT_EXCLUDED = frozenset({"figure_four_stretch", "itb_tfl_stretch"})
# With a painful hip one side-lying exercise is enough: the standing band exercise
# works the same muscles without lying on the hip.
PAINFUL_HIP_EXCLUDED = frozenset({"side_lying_abduction"})
# The clamshell that stays is done lying on the side, hence its note.
PAINFUL_HIP_NOTE = "Don't lie on your painful hip. If lying on your side hurts, skip this one."

HIP_REPLACEMENT_NOTE = (
    "As you've had a hip replacement, I've left out the stretches that cross your legs. "
    "Check the others with your surgical team or physiotherapist before starting."
)
KNEE_REPLACEMENT_NOTE = (
    "As you've had a knee replacement, check these with your surgical team or "
    "physiotherapist before starting."
)
PREGNANCY_NOTE = (
    "As you're pregnant, check with your midwife or physiotherapist before starting these."
)


@dataclass(frozen=True)
class PlannedExercise:
    id: str
    title: str
    dose: str
    notes: tuple[str, ...] = ()  # cautions for this person on this exercise
    steps: tuple[str, ...] = ()  # how to do it, from its document


@dataclass(frozen=True)
class Plan:
    focus: Focus
    exercises: tuple[PlannedExercise, ...]
    reasons: tuple[Sign, ...]  # the signs behind the focus; empty when it is the default
    notes: tuple[str, ...] = ()  # about the whole plan: a joint replacement, pregnancy


class PlanBlocked(Exception):
    """A gate holds back the programme; ``gate.message`` says what to do instead."""

    def __init__(self, gate: Gate) -> None:
        super().__init__(gate.message)
        self.gate = gate


def build_plan(profile: Profile, knowledge_dir: Path | None = None) -> Plan:
    """The plan for ``profile``; raises ``PlanBlocked`` when no programme should be given."""
    blocking = blocking_gate(profile)
    if blocking is not None:
        raise PlanBlocked(blocking)
    choice = choose_focus(profile)
    exercises = catalogue(knowledge_dir)
    planned = tuple(
        PlannedExercise(
            exercise_id,
            exercises[exercise_id].title,
            exercises[exercise_id].dose,
            _notes(exercise_id, profile),
            exercises[exercise_id].steps,
        )
        for exercise_id in choose_exercises(choice.focus, profile)
    )
    return Plan(choice.focus, planned, choice.reasons, _plan_notes(profile))


def blocking_gate(profile: Profile) -> Gate | None:
    """The gate that holds back a programme for ``profile``, if any."""
    weeks = profile.weeks_since_surgery
    if weeks is None and profile.surgery is not None:
        # An operation of unknown date counts as recent: the surgical team's plan comes
        # first until we know it was more than 12 weeks ago.
        weeks = 0.0
    found = gate(profile.age, weeks, bool(profile.pregnant))
    return found if found is not None and found.blocks_plan else None


def choose_exercises(focus: Focus, profile: Profile) -> list[str]:
    """Exercise ids in the order to do them, MIN_EXERCISES to MAX_EXERCISES of them."""
    strengthening = [e for e in STRENGTHENING if _suits(e, profile)]
    stretches = [e for e in _stretch_order(profile) if _suits(e, profile)]
    if focus == "strengthen":
        chosen, spare = strengthening, stretches
    elif focus == "stretch":
        chosen, spare = stretches, strengthening
    else:
        chosen = strengthening[:BOTH_STRENGTHENING] + stretches[:BOTH_STRETCHES]
        spare = strengthening[BOTH_STRENGTHENING:] + stretches[BOTH_STRETCHES:]
    # When cautions leave too few, top up with the other kind: stretching and
    # strengthening go together anyway.
    chosen = chosen + spare[: max(0, MIN_EXERCISES - len(chosen))]
    return chosen[:MAX_EXERCISES]


def _stretch_order(profile: Profile) -> tuple[str, ...]:
    if profile.knee_location == "outer":
        # Pain on the outer knee goes with a tight outer hip (TFL and IT band), so that
        # stretch comes before the buttock stretch.
        return ("hip_flexor_stretch", "itb_tfl_stretch", "figure_four_stretch")
    return STRETCHES


def _suits(exercise_id: str, profile: Profile) -> bool:
    if profile.surgery == "hip_replacement" and exercise_id in AFTER_HIP_REPLACEMENT_EXCLUDED:
        return False
    return not ("painful" in profile.hip_symptoms and exercise_id in PAINFUL_HIP_EXCLUDED)


def _notes(exercise_id: str, profile: Profile) -> tuple[str, ...]:
    if "painful" in profile.hip_symptoms and exercise_id == "clamshell":
        return (PAINFUL_HIP_NOTE,)
    return ()


def _plan_notes(profile: Profile) -> tuple[str, ...]:
    notes = []
    if profile.surgery == "hip_replacement":
        notes.append(HIP_REPLACEMENT_NOTE)
    elif profile.surgery == "knee_replacement":
        notes.append(KNEE_REPLACEMENT_NOTE)
    if profile.pregnant:
        notes.append(PREGNANCY_NOTE)
    return tuple(notes)
