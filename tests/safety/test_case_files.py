"""The red-flag screen over the case files: recall by level and over-triage.

``cases.yaml`` is the development set; ``holdout.yaml`` and then ``probe.yaml`` were
written afterwards, each before the screen had seen it (their first-run figures are
recorded in their headers).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.safety.evaluation import escalated, load, miss, recall_by_level

MAX_OVER_TRIAGE = 0.10
FLAG_IDS = {
    "deformity_neurovascular", "extensor_rupture", "septic_joint", "dvt_pe", "cauda_equina",
    "child_hip", "injury_cannot_bear_weight", "locked_knee", "elderly_fall_hip",
    "post_replacement", "progressive_neuro", "night_pain_systemic", "instability_recurrent",
    "not_improving",
}
FILES = ["cases.yaml", "holdout.yaml", "probe.yaml"]


def test_the_development_set_is_broad_enough() -> None:
    red, benign = load("cases.yaml")
    per_flag = Counter(case.flags[0] for case in red)
    assert set(per_flag) == FLAG_IDS
    assert min(per_flag.values()) >= 10, per_flag
    assert len(benign) >= 80
    assert len(red) + len(benign) >= 250


def test_the_holdout_set_covers_every_flag() -> None:
    red, benign = load("holdout.yaml")
    assert {case.flags[0] for case in red} == FLAG_IDS
    assert len(red) + len(benign) >= 60


@pytest.mark.parametrize("name", FILES)
def test_every_red_flag_is_caught_at_its_level_or_higher(name: str) -> None:
    red, _ = load(name)
    for level, (caught, seen) in sorted(recall_by_level(red).items()):
        print(f"{name} recall {level}: {caught}/{seen}")
    misses = [reason for case in red if (reason := miss(case))]
    assert not misses, f"{len(misses)} red flags missed in {name}:\n" + "\n".join(misses)


@pytest.mark.parametrize("name", FILES)
def test_few_benign_messages_are_escalated(name: str) -> None:
    _, benign = load(name)
    escalations = [reason for case in benign if (reason := escalated(case))]
    rate = len(escalations) / len(benign)
    print(f"{name} over-triage: {len(escalations)}/{len(benign)} = {rate:.1%}")
    for reason in escalations:
        print("  escalated:", reason)
    assert rate <= MAX_OVER_TRIAGE, "\n".join(escalations)
