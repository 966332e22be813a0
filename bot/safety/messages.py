"""What the assistant says when the screen raises a flag.

The first sentence always says what to do now; the second says why in plain
words without naming a condition the person "has"; for emergency and same-day
flags a third says that exercise advice waits until they have been checked.
"""

from __future__ import annotations

from bot.safety.rules import EMERGENCY, PROMPT, SAME_DAY, flag_levels, lowest_level

DEFAULT_EMERGENCY_NUMBER = "your local emergency number"

# What the person described, as the subject of "... can be a sign of something that needs checking".
WHY: dict[str, str] = {
    "deformity_neurovascular": "A leg or knee that looks out of place, or a foot that turns cold, "
    "pale, blue or numb after an injury,",
    "extensor_rupture": "Not being able to straighten the knee or lift the straight leg after a "
    "pop or a fall",
    "septic_joint": "A hot, red, swollen joint with a fever or feeling very unwell",
    "dvt_pe": "A swollen, warm or tender calf, especially with breathlessness or chest pain,",
    "cauda_equina": "Numbness around the bottom or genitals, or new trouble with the bladder or "
    "bowels,",
    "child_hip": "Leg pain, a limp or not wanting to stand in a child or teenager",
    "injury_cannot_bear_weight": "Not being able to put weight on the leg, fast swelling or a pop "
    "after an injury",
    "locked_knee": "A knee that locks and will not straighten",
    "elderly_fall_hip": "Pain in the hip, groin or knee on walking after a fall in an older person",
    "post_replacement": "Wound redness or oozing, a fever, or a change in the leg after a joint "
    "replacement or other operation",
    "progressive_neuro": "Numbness that spreads, or a leg or foot that is getting weaker,",
    "night_pain_systemic": "Pain at night or at rest together with fever, weight loss or cancer in "
    "the past, or a new lump,",
    "instability_recurrent": "A knee that keeps giving way or swelling up",
    "not_improving": "Pain that is not improving after several weeks, or is getting worse,",
}
_URGENCY = {EMERGENCY: "straight away", SAME_DAY: "today", PROMPT: "soon"}
_HOLD = "I won't suggest any exercises until you have been checked."


def action_sentence(level: str, emergency_number: str = DEFAULT_EMERGENCY_NUMBER) -> str:
    """What to do now at ``level``: the first sentence of every escalation."""
    if level == EMERGENCY:
        return f"Please call {emergency_number} now or go to the nearest emergency department."
    if level == SAME_DAY:
        return "Please see a doctor or an urgent care service today."
    if level == PROMPT:
        return "Please book an appointment with a GP or physiotherapist soon."
    raise ValueError(f"unknown level {level!r}")


def escalation_message(
    level: str, flag_id: str, emergency_number: str = DEFAULT_EMERGENCY_NUMBER
) -> str:
    """The words that escalate one red flag: action first, then why, then what waits."""
    action = action_sentence(level, emergency_number)
    why = WHY.get(flag_id, "What you describe")
    reason = f"{why} can be a sign of something that needs checking {_URGENCY[level]}."
    if level == PROMPT:
        return f"{action} {reason} Meanwhile I can still share general information."
    return f"{action} {reason} {_HOLD}"


def if_it_happens(flag_id: str, emergency_number: str = DEFAULT_EMERGENCY_NUMBER) -> str:
    """The answer to a question about a red flag ("what if my knee locks?"): when to act.

    It names the least urgent level the flag can have; a flag that is sometimes an
    emergency says what makes it one.
    """
    levels = flag_levels(flag_id)
    lowest = lowest_level(flag_id)
    action = action_sentence(lowest, emergency_number)
    why = WHY.get(flag_id, "That")
    text = (
        f"{why} can be a sign of something that needs checking {_URGENCY[lowest]}. "
        f"If it happens: {action[0].lower()}{action[1:]}"
    )
    if lowest != EMERGENCY and EMERGENCY in levels:
        text += (
            f" If it is severe, or comes with chest pain, trouble breathing or feeling very "
            f"unwell, call {emergency_number} now."
        )
    return text + " If this is happening to you now, please tell me what you notice."
