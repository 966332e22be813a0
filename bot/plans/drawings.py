"""Each exercise's drawing as a PNG, for chat apps that show no SVG (Telegram, Slack).

The drawings are SVG line art in ``knowledge/exercises/<id>.svg``, drawn in
``currentColor``; here they are rendered dark on white, so they read the same in a
chat app's light and dark themes. resvg is a wheel with no system library to install.
"""

from __future__ import annotations

from functools import lru_cache

import resvg_py

from bot.plans.catalogue import catalogue
from bot.settings import get_settings

WIDTH_PX = 960
INK = "svg { color: #1d3557; }"


def has_drawing(exercise_id: str) -> bool:
    """Whether a known exercise has a drawing; anything else, a path included, does not."""
    if exercise_id not in catalogue():
        return False
    return (get_settings().resolved_knowledge_dir() / "exercises" / f"{exercise_id}.svg").is_file()


@lru_cache(maxsize=32)
def drawing_png(exercise_id: str) -> bytes:
    """The exercise's drawing as PNG bytes; ValueError for an id without one."""
    if not has_drawing(exercise_id):
        raise ValueError(f"no drawing for {exercise_id!r}")
    path = get_settings().resolved_knowledge_dir() / "exercises" / f"{exercise_id}.svg"
    return bytes(
        resvg_py.svg_to_bytes(
            svg_path=str(path),
            background="#ffffff",
            width=WIDTH_PX,
            style_sheet=INK,
            skip_system_fonts=True,
        )
    )
