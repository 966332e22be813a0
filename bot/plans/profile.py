"""What the assessment learnt about one person, as far as choosing exercises needs it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.assessment.vocabulary import ACTIVITIES, LOCATIONS, NOT_SURE

HIP_SYMPTOMS = frozenset({"stiff", "tight", "weak", "painful"})
Surgery = Literal["hip_replacement", "knee_replacement", "other"]
SURGERIES: tuple[Surgery, ...] = ("hip_replacement", "knee_replacement", "other")


@dataclass
class Profile:
    """One person's answers; None means not asked or not answered.

    Side, duration and severity are kept with the rest of the answers but do not
    change the choice: the clinical rules choose by signs of weakness and tightness,
    and every exercise works both sides.
    """

    knee_location: str | None = None  # a key of bot.assessment.vocabulary.LOCATIONS
    side: str | None = None  # "left" | "right" | "both"
    # "weak" covers a hip that tires or gives out on long walks, one of the weakness signs.
    hip_symptoms: set[str] = field(default_factory=set)
    activities: list[str] = field(default_factory=list)  # keys of ACTIVITIES, or [NOT_SURE]
    knee_caving: bool | None = None  # the knee falls inwards on stairs, squats or landing
    duration_weeks: float | None = None
    severity: int | None = None  # 0–10
    age: int | None = None
    weeks_since_surgery: float | None = None
    surgery: Surgery | None = None  # leg, hip or back operation, if any
    pregnant: bool | None = None

    def __post_init__(self) -> None:
        # A misspelt value would silently drop a sign and change the plan; refuse it instead.
        if self.knee_location is not None and self.knee_location not in LOCATIONS:
            raise ValueError(f"unknown knee location {self.knee_location!r}")
        if not self.hip_symptoms <= HIP_SYMPTOMS:
            raise ValueError(f"unknown hip symptoms {sorted(self.hip_symptoms - HIP_SYMPTOMS)}")
        unknown = [a for a in self.activities if a not in ACTIVITIES and a != NOT_SURE]
        if unknown:
            raise ValueError(f"unknown activities {unknown}")
        if self.severity is not None and not 0 <= self.severity <= 10:
            raise ValueError(f"severity must be 0–10, not {self.severity}")
        if self.surgery is not None and self.surgery not in SURGERIES:
            raise ValueError(f"unknown surgery {self.surgery!r}")
