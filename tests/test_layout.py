"""The layout the README describes: rooms by concern, and what each room may import."""

from __future__ import annotations

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
BOT = PROJECT / "bot"
DOMAIN_ROOMS = ("language", "safety", "assessment", "knowledge", "plans")
# Rooms that run or measure the assistant; the domain never reaches up into them.
OUTER_ROOMS = ("rasa", "runtime", "evaluation", "web", "review")
MAX_LINES = 400
DATA_MODULES = {"vocabulary.py"}  # word tables, read as a clinician would read them


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at its top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _files(room: str) -> list[Path]:
    return sorted((BOT / room).rglob("*.py"))


def test_the_domain_imports_nothing_from_rasa() -> None:
    offending = [
        f"{path.relative_to(PROJECT)}: {module}"
        for room in DOMAIN_ROOMS
        for path in _files(room)
        for module in _imports(path)
        if module.split(".")[0] in ("rasa", "rasa_sdk")
    ]
    assert offending == []


def test_the_domain_never_imports_the_rooms_that_run_it() -> None:
    outer = tuple(f"bot.{room}" for room in OUTER_ROOMS)
    offending = [
        f"{path.relative_to(PROJECT)}: {module}"
        for room in DOMAIN_ROOMS
        for path in _files(room)
        for module in _imports(path)
        if module.startswith(outer)
    ]
    assert offending == []


def test_language_reads_text_without_the_domain() -> None:
    offending = [
        f"{path.relative_to(PROJECT)}: {module}"
        for path in _files("language")
        for module in _imports(path)
        if module.startswith("bot.") and not module.startswith(("bot.language", "bot.errors"))
    ]
    assert offending == []


def test_only_the_command_settings_and_error_modules_sit_at_the_top() -> None:
    top = {path.name for path in BOT.glob("*.py")}
    assert top == {"__init__.py", "cli.py", "settings.py", "errors.py"}


def test_no_module_is_longer_than_a_reader_can_hold() -> None:
    long = [
        f"{path.relative_to(PROJECT)}: {lines} lines"
        for path in sorted([*BOT.rglob("*.py"), *(PROJECT / "actions").rglob("*.py")])
        if path.name not in DATA_MODULES
        and (lines := len(path.read_text().splitlines())) > MAX_LINES
    ]
    assert long == []


def test_actions_word_nothing_themselves() -> None:
    """Reply wording lives in domain.yml or the messages modules, never inline in actions."""
    inline = [
        f"{path.relative_to(PROJECT)}:{node.lineno}"
        for path in sorted((PROJECT / "actions").glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.keyword)
        and node.arg in ("text", "title")
        and isinstance(node.value, (ast.Constant, ast.JoinedStr))
    ]
    assert inline == []
