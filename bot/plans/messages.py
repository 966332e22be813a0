"""The plan as the person reads it on a phone: short lines, the dose with each exercise.

Every plan carries the pain rule and ends with the caveat that this is general
education; the wording says what helps many people, never that it cures.
"""

from __future__ import annotations

from typing import Any

from bot.plans.builder import Plan, PlannedExercise

INTROS = {
    "strengthen": "Based on what you told me, hip strengthening may help: it helps many people "
    "whose knee pain comes from the hips.",
    "stretch": "Based on what you told me, stretching tight hip muscles may help ease the "
    "strain on your knee.",
    "both": "Based on what you told me, hip strengthening first, then some stretching, may "
    "help: it helps many people whose knee pain comes from the hips.",
}
# The default focus is strengthening; say that it is a starting point, not a finding.
DEFAULT_INTRO = (
    "Based on what you told me, hip strengthening is a good place to start: of the hip "
    "exercises it has the best evidence, and it helps many people with knee pain."
)
PAIN_RULE = (
    "Mild discomfort up to about 3–5 out of 10 is fine if it settles within an hour and is "
    "no worse the next morning. Sharp or rising pain means stop and get it checked."
)
CAVEAT = (
    "This is general education, not a diagnosis. A physiotherapist or doctor can examine "
    "you and tailor the programme to you. Please see one if the pain persists or gets "
    "worse, or if any warning sign appears."
)
OFFER = "Ask me how to do any of them, step by step."
# Asked before any plan; a plan never comes without it.
SAFETY_CHECK = (
    "Before I suggest exercises, a quick safety check. Do you have any of these?\n"
    "- a knee or leg that looks out of shape, or a foot that is cold, pale or numb\n"
    "- a hot, red, swollen knee with a fever or feeling very unwell\n"
    "- a swollen, warm, tender calf, or shortness of breath or chest pain\n"
    "- a knee that locks, keeps giving way, or can't take your weight\n"
    "- numbness around your bottom, or new bladder or bowel problems\n"
    "- pain at night or at rest with weight loss or fever\n"
    "Please also tell me if you are under 16, pregnant, or had an operation in the last 12 weeks."
)
SAFETY_CHECK_BUTTONS = [
    {"title": "No, none of these", "payload": "/deny"},
    {"title": "Yes, one of these", "payload": "/affirm"},
]
# The message that carries the printable summary, after a plan or an escalation.
PLAN_TEXT = (
    "Here is a one-page summary of what you told me and the exercises, to print or save "
    "and show a physiotherapist or doctor."
)
REFERRAL_TEXT = (
    "Here is a one-page summary of what you told me and my advice, to print or save and "
    "show the doctor or physiotherapist who checks you."
)
# The summary's heading for the screen's finding, in place of the plan's check.
SCREEN_QUESTION = "Warning signs in what you told the assistant"
HELD_BACK = (
    "Because of what you told me earlier, I won't suggest exercises until a doctor has "
    "checked you. Once you have been seen, they or a physiotherapist can say what is safe."
)


def how_to_buttons(plan: Plan) -> list[dict[str, str]]:
    """A button per exercise of the plan that asks for its steps."""
    return [
        {
            "title": f"How to do: {exercise.title}",
            "payload": f'/ask_knowledge{{"exercise": "{exercise.id}"}}',
        }
        for exercise in plan.exercises
    ]


def plan_intro(plan: Plan) -> str:
    """The plan's first sentence: why this focus, or that it is a starting point."""
    return INTROS[plan.focus] if plan.reasons else DEFAULT_INTRO


def check_answer(text: str) -> str:
    """The answer to the safety check in words: a button's title, or what was typed."""
    for button in SAFETY_CHECK_BUTTONS:
        if text.strip() == button["payload"]:
            return button["title"]
    return text.strip()


def plan_message(plan: Plan) -> str:
    """Intro, numbered exercises with dose and notes, the pain rule, the caveat, the offer."""
    intro = plan_intro(plan)
    lines = []
    for number, exercise in enumerate(plan.exercises, 1):
        lines.append(f"{number}. {exercise.title}: {exercise.dose}")
        lines.extend(f"   {note}" for note in exercise.notes)
    blocks = [intro, "\n".join(lines), *plan.notes, PAIN_RULE, CAVEAT, OFFER]
    return "\n\n".join(blocks)


def exercise_card(exercise: PlannedExercise) -> dict[str, Any]:
    """One exercise as a widget's card shows it: title, dose, steps and this person's notes."""
    return {
        "id": exercise.id,
        "title": exercise.title,
        "dose": exercise.dose,
        "steps": list(exercise.steps),
        "notes": list(exercise.notes),
    }


def plan_payload(plan: Plan) -> dict[str, Any]:
    """The structured payload of the message that gives the plan.

    ``exercises`` lists the ids, as every client reads them; ``details`` and ``pain_rule``
    let a client show cards without reading the prose.
    """
    return {
        "plan": {
            "focus": plan.focus,
            "exercises": [e.id for e in plan.exercises],
            "details": [exercise_card(e) for e in plan.exercises],
            "pain_rule": PAIN_RULE,
        }
    }
