"""The web process (Django): the website widget, its demo page and the staff console."""

from pathlib import Path

# Built from bot/web/widget by `make widget`; served at /widget.js.
WIDGET = Path(__file__).resolve().parent / "public" / "widget.js"
