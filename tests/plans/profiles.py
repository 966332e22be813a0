"""The people the plan tests are about, described as the assessment would record them."""

from __future__ import annotations

from bot.plans import Profile

# Knee caves in on stairs; pain at the front of the knee with running and stairs.
WEAK_GLUTES = Profile(
    knee_location="front", side="right", activities=["running", "stairs"], knee_caving=True
)
# Stiff front of the hip and knee pain after long sitting.
TIGHT_HIPS = Profile(knee_location="front", hip_symptoms={"stiff"}, activities=["sitting_long"])
# Hip tires on long walks, tight hips, pain after sitting; outer knee.
BOTH = Profile(
    knee_location="outer",
    hip_symptoms={"weak", "tight"},
    activities=["walking", "sitting_long"],
)
NO_SIGNS = Profile(knee_location="all_over", activities=["not_sure"], knee_caving=False)
# Beyond the 12 weeks in which the surgical team's plan comes first.
AFTER_HIP_REPLACEMENT = Profile(
    hip_symptoms={"tight"},
    activities=["sitting_long"],
    surgery="hip_replacement",
    weeks_since_surgery=40,
    age=71,
)
PAINFUL_HIP = Profile(
    knee_location="inner", hip_symptoms={"painful", "weak"}, activities=["stairs"]
)

ALL = {
    "weak_glutes": WEAK_GLUTES,
    "tight_hips": TIGHT_HIPS,
    "both": BOTH,
    "no_signs": NO_SIGNS,
    "after_hip_replacement": AFTER_HIP_REPLACEMENT,
    "painful_hip": PAINFUL_HIP,
}
