"""A measured figure with its target, and the table `kneebot eval` prints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measurement: "red-flag recall, emergency = 1.000 (54/54), target >= 1.0"."""

    name: str
    value: float
    target: float
    higher_is_better: bool = True
    detail: str = ""  # counts behind the value, e.g. "54/54"

    @property
    def met(self) -> bool:
        """Whether the value reaches its target."""
        if self.higher_is_better:
            return self.value >= self.target
        return self.value <= self.target


def ratio(hits: int, total: int) -> float:
    """hits/total, or 1.0 when nothing was measured (nothing failed)."""
    return hits / total if total else 1.0


def share(name: str, hits: int, total: int, target: float) -> Figure:
    """The figure "``hits`` of ``total``", shown with its counts."""
    return Figure(name, ratio(hits, total), target, detail=f"{hits}/{total}")


def table(figures: Sequence[Figure]) -> str:
    """The figures as an aligned plain-text table, one per line, with the target and a verdict."""
    width = max((len(f.name) for f in figures), default=0)
    lines = []
    for figure in figures:
        sign = ">=" if figure.higher_is_better else "<="
        verdict = "ok" if figure.met else "MISSED"
        detail = f" ({figure.detail})" if figure.detail else ""
        lines.append(
            f"{figure.name:<{width}}  {figure.value:6.3f}{detail:<14}  "
            f"target {sign} {figure.target:g}  {verdict}"
        )
    return "\n".join(lines)
