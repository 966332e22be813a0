"""The red-flag screen over the case files: recall by level and over-triage.

``cases.yaml`` is the development set; ``holdout.yaml``, ``probe.yaml`` and
``blind.yaml`` to ``blind4.yaml`` were each written before the screen had seen them (their
first-run figures are recorded in their headers).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.errors import KneebotError
from bot.evaluation.figures import table
from bot.evaluation.safety import (
    ASSESSMENT_TURNS,
    LATE,
    LONG,
    LONG_LEAD,
    LONG_TAIL,
    http_figures,
    late_and_long,
    load,
    load_all,
    measure,
    screen_case,
    screen_figures,
)
from bot.safety import LEVELS, screen

CASE_DIR = Path(__file__).resolve().parent.parent / "data" / "safety"
FLAG_IDS = {
    "deformity_neurovascular",
    "extensor_rupture",
    "septic_joint",
    "dvt_pe",
    "cauda_equina",
    "child_hip",
    "injury_cannot_bear_weight",
    "locked_knee",
    "elderly_fall_hip",
    "post_replacement",
    "progressive_neuro",
    "night_pain_systemic",
    "instability_recurrent",
    "not_improving",
}
FILES = [
    "cases.yaml", "holdout.yaml", "probe.yaml", "blind.yaml", "blind2.yaml", "blind3.yaml",
    "blind4.yaml",
]
# Written blind: every flag and level, with at least this many red and benign messages.
BLIND_SIZES = {
    "holdout.yaml": (60, 30), "blind.yaml": (80, 40), "blind2.yaml": (60, 30),
    "blind3.yaml": (120, 80), "blind4.yaml": (120, 80),
}


def test_every_case_file_is_measured() -> None:
    assert sorted(path.name for path in CASE_DIR.glob("*.yaml")) == sorted(FILES)


def test_the_development_set_is_broad_enough() -> None:
    red, benign = load(CASE_DIR / "cases.yaml")
    per_flag = Counter(case.flags[0] for case in red)
    assert set(per_flag) == FLAG_IDS
    assert min(per_flag.values()) >= 10, per_flag
    assert len(benign) >= 80
    assert len(red) + len(benign) >= 250


@pytest.mark.parametrize("name", sorted(BLIND_SIZES))
def test_each_blind_set_covers_every_flag_and_level(name: str) -> None:
    red, benign = load(CASE_DIR / name)
    assert {case.flags[0] for case in red} == FLAG_IDS
    assert {case.level for case in red} == set(LEVELS)
    min_red, min_benign = BLIND_SIZES[name]
    assert len(red) >= min_red and len(benign) >= min_benign, (len(red), len(benign))


def test_the_untuned_blind_set_covers_every_flag_and_level() -> None:
    """``tests/data/blind/red_flags.yaml`` is the measure nothing is tuned to: checked for
    breadth here, measured by hand, never required to pass."""
    red, benign = load(CASE_DIR.parent / "blind" / "red_flags.yaml")
    assert {case.flags[0] for case in red} == FLAG_IDS
    assert {case.level for case in red} == set(LEVELS)
    assert len(red) >= 120 and len(benign) >= 80


@pytest.mark.parametrize("name", FILES)
def test_every_red_flag_is_caught_and_few_benign_messages_escalate(name: str) -> None:
    red, benign = load(CASE_DIR / name)
    figures, misses = measure(red, benign, screen_case, flag_named=True)
    print(f"{name}:\n{table(figures)}")
    for miss in misses:
        print("  ", miss)
    assert all(figure.met for figure in figures), "\n".join(misses)


def test_red_flags_late_in_an_assessment_or_in_a_long_message_are_caught() -> None:
    red, _ = load_all(CASE_DIR)
    variants = late_and_long(red)
    for cases in variants.values():
        assert {case.flags[0] for case in cases} == FLAG_IDS
        assert {case.level for case in cases} == set(LEVELS)
    assert all(case.earlier == ASSESSMENT_TURNS for case in variants[LATE])
    assert all(len(case.text) > 600 for case in variants[LONG])
    figures, misses = measure([], [], screen_case, flag_named=True, variants=variants)
    assert all(figure.met for figure in figures), "\n".join(misses)


def test_the_filler_of_long_messages_and_the_assessment_turns_are_benign() -> None:
    for text in (LONG_LEAD + LONG_TAIL, *ASSESSMENT_TURNS):
        assert screen(text).level is None, text


def test_screen_figures_cover_every_level_the_variants_and_over_triage() -> None:
    figures = screen_figures(CASE_DIR)
    print(table(figures))
    assert [figure.name for figure in figures] == [
        "red-flag recall, emergency",
        "red-flag recall, same day",
        "red-flag recall, prompt",
        f"red-flag recall, {LATE}",
        f"red-flag recall, {LONG}",
        "over-triage on benign",
    ]
    assert all(figure.met for figure in figures)
    red, benign = load_all(CASE_DIR)
    totals = [int(figure.detail.split("/")[1]) for figure in figures]
    assert sum(totals[:3]) == len(red) and totals[-1] == len(benign)


def test_the_http_suite_talks_only_to_a_local_assistant() -> None:
    with pytest.raises(KneebotError, match="local assistant only"):
        http_figures("http://example.com:5005", CASE_DIR)
