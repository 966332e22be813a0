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


# The closed question asked when the backstop suspects a flag the rules did not find: the
# suspected signs in plain words, answered with a tap. Keyed by flag, then by level where
# the level changes what is asked.
CHECK: dict[str, str] = {
    "deformity_neurovascular": "does your knee or leg look out of place or misshapen, or is "
    "your foot cold, pale, blue or numb?",
    "extensor_rupture": "after a pop or a fall, are you unable to straighten your knee or to "
    "lift your leg straight?",
    "septic_joint": "is your knee hot, red and swollen, and do you have a fever or feel very "
    "unwell?",
    "dvt_pe": "is one calf swollen, warm or tender, and are you short of breath or having chest "
    "pain?",
    "dvt_pe:same_day": "is one calf swollen, warm, red or tender?",
    "cauda_equina": "do you have numbness around your bottom or genitals, or new trouble "
    "controlling your bladder or bowels?",
    "child_hip": "is this a child or teenager who is limping or won't put weight on the leg?",
    "child_hip:emergency": "is this a child or teenager who is limping or won't put weight on "
    "the leg, and has a fever?",
    "injury_cannot_bear_weight": "after an injury, are you unable to take four steps, or did the "
    "knee swell up within hours?",
    "locked_knee": "is your knee locked, so that it will not straighten?",
    "elderly_fall_hip": "after a fall, does the hip, groin or knee hurt when walking?",
    "post_replacement": "since a recent joint replacement or operation, is the wound red or "
    "oozing, or do you have a fever?",
    "post_replacement:emergency": "since a recent joint replacement or operation, does the leg "
    "look shorter or turned, or do you have a fever with a hot, red wound?",
    "progressive_neuro": "is numbness spreading, or is your leg or foot getting weaker?",
    "night_pain_systemic": "is the pain there at night or at rest, with a fever, weight loss "
    "you can't explain, or cancer in the past?",
    "instability_recurrent": "does your knee keep giving way or swelling up again?",
    "not_improving": "has the pain stayed the same or got worse over six weeks or more of "
    "exercises?",
}
CHECK_BUTTONS = [
    {"title": "Yes", "payload": "/affirm"},
    {"title": "No", "payload": "/deny"},
]
CHECK_CLEARED = (
    "Thank you, that helps. If any of that changes, tell me straight away. Let's carry on."
)


def check_question(flag_id: str, level: str) -> str:
    """The one closed question that names a suspected red flag's signs."""
    return "Just to check: " + CHECK.get(f"{flag_id}:{level}", CHECK[flag_id])
