"""Run the screen over a YAML file of cases and measure recall and over-triage."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.safety import Context, Screening, rank, screen

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Case:
    """One message to screen, with what the conversation knew before it."""

    text: str
    flags: tuple[str, ...] = ()  # acceptable flag ids (empty for benign cases)
    level: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    earlier: tuple[str, ...] = ()

    def run(self) -> Screening:
        """Screen the earlier turns into a context, then this message."""
        context = Context(**self.context)
        for turn in self.earlier:
            context = context.update(screen(turn, context))
        return screen(self.text, context)


def load(name: str) -> tuple[list[Case], list[Case]]:
    """The red-flag and benign cases of ``tests/safety/<name>``."""
    data = yaml.safe_load((HERE / name).read_text())
    red = [
        Case(
            text=item["text"],
            flags=tuple(item["flag"]) if isinstance(item["flag"], list) else (item["flag"],),
            level=item["level"],
            context=item.get("context", {}),
            earlier=tuple(item.get("earlier", ())),
        )
        for item in data["red_flags"]
    ]
    benign = [
        Case(text=item) if isinstance(item, str)
        else Case(text=item["text"], context=item.get("context", {}))
        for item in data["benign"]
    ]
    return red, benign


def miss(case: Case) -> str | None:
    """Why a red-flag case failed (too low a level, or not the flag expected), or None."""
    result = case.run()
    found = {flag.id: flag.level for flag in result.flags}
    if rank(result.level) < rank(case.level) or not set(case.flags) & set(found):
        wanted = f"{'/'.join(case.flags)} at {case.level}"
        return f"{case.text!r}: wanted {wanted}, got {found or 'nothing'}"
    return None


def escalated(case: Case) -> str | None:
    """How a benign case was escalated, or None."""
    result = case.run()
    if result.level is None:
        return None
    raised = ", ".join(f"{f.id}/{f.level} ({f.evidence!r})" for f in result.flags)
    return f"{case.text!r}: {raised}"


def recall_by_level(cases: list[Case]) -> dict[str, tuple[int, int]]:
    """For each expected level: (cases caught at that level or higher, cases)."""
    totals: dict[str, tuple[int, int]] = {}
    for case in cases:
        caught, seen = totals.get(case.level or "", (0, 0))
        totals[case.level or ""] = (caught + (miss(case) is None), seen + 1)
    return totals
