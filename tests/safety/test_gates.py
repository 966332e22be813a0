"""Gates: who gets no general programme, or a qualified one."""

from __future__ import annotations

import pytest

from bot.safety import gate


def test_nothing_gates_an_adult_without_recent_surgery() -> None:
    assert gate(40, None, False) is None
    assert gate(None, 30, False) is None


@pytest.mark.parametrize("age", [4, 11, 15])
def test_under_16_blocks_the_plan_and_mentions_a_parent(age: int) -> None:
    found = gate(age, None, False)
    assert found is not None and found.id == "under_16" and found.blocks_plan
    assert "parent" in found.message


def test_sixteen_is_not_under_16() -> None:
    assert gate(16, None, False) is None


@pytest.mark.parametrize("weeks", [0, 3, 12])
def test_recent_surgery_defers_to_the_surgical_team(weeks: float) -> None:
    found = gate(50, weeks, False)
    assert found is not None and found.id == "recent_surgery" and found.blocks_plan
    assert "surgical team" in found.message


def test_pregnancy_advises_a_check_without_blocking() -> None:
    found = gate(30, None, True)
    assert found is not None and found.id == "pregnancy" and not found.blocks_plan
    assert "midwife" in found.message


def test_the_most_restrictive_gate_wins() -> None:
    assert gate(14, 2, True).id == "under_16"  # type: ignore[union-attr]
    assert gate(30, 2, True).id == "recent_surgery"  # type: ignore[union-attr]
