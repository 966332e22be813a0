"""Red-flag safety screen, escalation wording and exercise gates.

Plain Python with no Rasa types: the action server adapts it.

    >>> from bot.safety import screen, escalation_message
    >>> result = screen("my calf is swollen and hot and I'm short of breath")
    >>> result.level, [flag.id for flag in result.flags]
    ('emergency', ['dvt_pe'])
"""

from bot.safety.gates import Gate, gate
from bot.safety.messages import DEFAULT_EMERGENCY_NUMBER, escalation_message
from bot.safety.rules import EMERGENCY, LEVELS, PROMPT, SAME_DAY, rank
from bot.safety.screening import Context, Flag, Screening, screen

__all__ = [
    "DEFAULT_EMERGENCY_NUMBER", "EMERGENCY", "LEVELS", "PROMPT", "SAME_DAY", "Context", "Flag",
    "Gate", "Screening", "escalation_message", "gate", "rank", "screen",
]
