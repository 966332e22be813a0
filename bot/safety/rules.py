"""Which combinations of concepts make which red flag, at which level.

A rule needs one concept from each of its groups (a different concept for each
group), found in this message or known from earlier turns; it fires only when
at least one of them is new in this message, so an escalation is raised when
its evidence arrives and is not repeated on every later "thanks". The order of
levels and the flag ids follow the clinical-safety table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

EMERGENCY, SAME_DAY, PROMPT = "emergency", "same_day", "prompt"
LEVELS = (PROMPT, SAME_DAY, EMERGENCY)  # lowest to highest
# After these, no exercise plan in the conversation; a "prompt" flag lets the talk go on.
BLOCKING_LEVELS = frozenset({EMERGENCY, SAME_DAY})


def highest(*levels: str | None) -> str | None:
    """The most urgent of some levels: a recorded level is never lowered."""
    return max(levels, key=rank, default=None)


def rank(level: str | None) -> int:
    """0 for no escalation, then 1 (prompt), 2 (same day), 3 (emergency)."""
    return LEVELS.index(level) + 1 if level else 0


@dataclass(frozen=True)
class Rule:
    flag: str
    level: str
    needs: tuple[tuple[str, ...], ...]
    reason: str


def _r(flag: str, level: str, reason: str, *needs: str) -> Rule:
    """A rule from space-separated groups: "calf_signs clot_named" is one group of two."""
    return Rule(flag, level, tuple(tuple(group.split()) for group in needs), reason)


# What a rule needs besides the signs: what happened, and to whom.
CIRCUMSTANCES = frozenset({
    "injury", "fall", "surgery", "replacement", "recent_surgery", "injection", "immobility",
    "older", "child", "six_weeks",
})
_OPERATED = "replacement recent_surgery"
RULES: tuple[Rule, ...] = (
    _r("deformity_neurovascular", EMERGENCY, "the leg or knee looks deformed or out of place",
       "deformity"),
    _r("deformity_neurovascular", EMERGENCY, "the foot or leg looks pale, blue or has no pulse",
       "foot_colour"),
    _r("deformity_neurovascular", EMERGENCY,
       "after an injury the foot is cold or numb, or the leg looks shortened or turned",
       "injury fall", "foot_cold foot_numb leg_shortened_turned odd_look"),
    _r("deformity_neurovascular", EMERGENCY, "a foot that is both cold and numb",
       "foot_cold", "foot_numb"),
    _r("extensor_rupture", EMERGENCY,
       "after a pop, fall or injury the knee cannot be straightened or the leg lifted",
       "injury fall pop_event pop_any", "cannot_straighten cannot_lift_leg"),
    _r("extensor_rupture", EMERGENCY, "a gap or dent by the kneecap, or a kneecap that has moved",
       "extensor_gap"),
    _r("extensor_rupture", EMERGENCY, "a torn tendon at the front of the knee", "tendon_torn"),
    _r("septic_joint", EMERGENCY,
       "a hot, red or swollen joint together with fever or feeling very unwell",
       "joint_hot joint_red swelling septic_named", "fever very_unwell"),
    _r("septic_joint", EMERGENCY, "a hot, red, swollen joint after an injection or operation",
       "joint_hot joint_red", "swelling joint_hot joint_red", "injection " + _OPERATED),
    _r("septic_joint", EMERGENCY, "a joint you are worried may be infected", "septic_named"),
    _r("septic_joint", SAME_DAY, "a joint that is hot, red and swollen all at once",
       "joint_hot", "joint_red", "swelling"),
    _r("dvt_pe", EMERGENCY, "chest pain, coughing blood or sudden difficulty breathing",
       "chest_pain severe_breathing"),
    _r("dvt_pe", EMERGENCY, "a swollen, warm or painful calf together with breathlessness",
       "calf_signs clot_named calf_pain", "breathless"),
    _r("dvt_pe", EMERGENCY, "breathlessness after an operation or a long time immobile",
       "breathless", _OPERATED + " immobility"),
    _r("dvt_pe", SAME_DAY, "a swollen, warm or red calf, or a worry about the veins in the leg",
       "calf_signs clot_named"),
    _r("dvt_pe", SAME_DAY, "calf pain after an operation or a long time immobile",
       "calf_pain", _OPERATED + " immobility"),
    _r("cauda_equina", EMERGENCY, "numbness around the bottom, genitals or inner thighs",
       "saddle_numbness"),
    _r("cauda_equina", EMERGENCY, "new trouble controlling or passing urine or stools",
       "bladder_bowel"),
    _r("cauda_equina", EMERGENCY, "back pain with numbness or weakness in both legs",
       "back_pain", "bilateral_leg"),
    _r("child_hip", EMERGENCY, "a child with leg pain, a limp or swelling and a fever",
       "child", "fever", "limp cannot_bear_weight leg_pain swelling"),
    _r("child_hip", SAME_DAY, "a child or teenager who is limping or cannot put weight on the leg",
       "child", "limp cannot_bear_weight painful_weight_bearing"),
    _r("injury_cannot_bear_weight", SAME_DAY, "not being able to put weight on the leg",
       "cannot_bear_weight"),
    _r("injury_cannot_bear_weight", SAME_DAY, "pain on putting weight on the leg after an injury",
       "injury fall", "painful_weight_bearing"),
    _r("injury_cannot_bear_weight", SAME_DAY, "a lot of swelling within hours of an injury",
       "rapid_swelling"),
    _r("injury_cannot_bear_weight", SAME_DAY, "a lot of swelling after an injury",
       "injury fall", "big_swelling"),
    _r("injury_cannot_bear_weight", SAME_DAY,
       "a pop or snap felt or heard at the time of an injury",
       "pop_event"),
    _r("injury_cannot_bear_weight", SAME_DAY,
       "a pop or snap felt or heard at the time of an injury",
       "injury fall", "pop_any"),
    _r("injury_cannot_bear_weight", SAME_DAY, "an injury that may need an X-ray", "fracture_named"),
    _r("locked_knee", SAME_DAY, "a knee that is locked or cannot be straightened", "locked"),
    _r("locked_knee", SAME_DAY,
       "a knee that is locked or cannot be straightened",
       "cannot_straighten"),
    _r("elderly_fall_hip", SAME_DAY, "an older person with pain or difficulty walking after a fall",
       "older", "fall", "leg_pain pain limp cannot_bear_weight"),
    _r("post_replacement", EMERGENCY,
       "a leg that looks shorter or turned after a joint replacement",
       _OPERATED, "leg_shortened_turned"),
    _r("post_replacement", EMERGENCY,
       "fever with a red, hot or swollen wound or joint after an operation",
       _OPERATED, "fever", "wound_problem joint_hot joint_red swelling"),
    _r("post_replacement", EMERGENCY,
       "feeling very unwell after an operation",
       _OPERATED, "very_unwell"),
    _r("post_replacement", SAME_DAY,
       "a red or oozing wound, a fever or not being able to bear weight after an operation",
       _OPERATED, "wound_problem fever cannot_bear_weight"),
    _r("progressive_neuro", SAME_DAY, "spreading numbness", "numbness_spreading"),
    _r("progressive_neuro", SAME_DAY, "spreading numbness", "numbness", "spreading"),
    _r("progressive_neuro", SAME_DAY,
       "a foot that drags or catches, or cannot be lifted",
       "foot_drop"),
    _r("progressive_neuro", SAME_DAY, "a leg that is getting weaker or cannot be lifted",
       "leg_weakness cannot_lift_leg bilateral_leg"),
    _r("progressive_neuro", SAME_DAY,
       "numbness together with weakness in the leg",
       "numbness", "weak_leg"),
    _r("night_pain_systemic", PROMPT,
       "pain at night or at rest with fever, weight loss or cancer in the past",
       "night_pain", "fever weight_loss cancer_history very_unwell"),
    _r("night_pain_systemic", PROMPT, "weight loss without trying", "unexplained_weight_loss"),
    _r("night_pain_systemic", PROMPT, "joint pain with cancer in the past", "cancer_history"),
    _r("night_pain_systemic", PROMPT, "a lump", "lump"),
    _r("night_pain_systemic", PROMPT, "joint pain with a fever", "fever"),
    _r("instability_recurrent", PROMPT, "a knee that keeps giving way", "giving_way_recurrent"),
    _r("instability_recurrent", PROMPT, "a knee that keeps swelling up", "recurrent_swelling"),
    _r("not_improving", PROMPT, "pain that is getting steadily worse", "worsening"),
    _r("not_improving", PROMPT,
       "no improvement after six weeks or more",
       "no_improvement", "six_weeks"),
)


@dataclass(frozen=True)
class Hit:
    """A rule that fired, with the concepts that satisfied it."""

    rule: Rule
    concepts: tuple[str, ...]


def flag_levels(flag_id: str) -> set[str]:
    """Every level a red flag can be raised at, by the rules that raise it."""
    return {rule.level for rule in RULES if rule.flag == flag_id}


def lowest_level(flag_id: str) -> str:
    """The least urgent level a red flag can have: what it needs at the very least."""
    return min(flag_levels(flag_id), key=rank)


def _satisfy(groups: tuple[tuple[str, ...], ...], known: Mapping[str, str], new: Mapping[str, str],
             used: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """Distinct concepts, one per group, preferring new ones; None if impossible."""
    if not groups:
        return used if any(name in new for name in used) else None
    candidates = [name for name in groups[0] if name in known and name not in used]
    options = sorted(candidates, key=lambda name: name not in new)
    for name in options:
        found = _satisfy(groups[1:], known, new, used + (name,))
        if found is not None:
            return found
    return None


def evaluate(new: Mapping[str, str], earlier: Mapping[str, str]) -> list[Hit]:
    """Every rule satisfied by this message's concepts (``new``) and earlier ones."""
    known = {**earlier, **new}
    hits = []
    for rule in RULES:
        concepts = _satisfy(rule.needs, known, new)
        if concepts is not None:
            hits.append(Hit(rule, concepts))
    return hits
