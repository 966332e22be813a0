import shutil
from pathlib import Path

from bot.runtime.training import TRAINING_INPUTS, fingerprint

PROJECT = Path(__file__).resolve().parents[2]


def _copy_inputs(target: Path) -> None:
    for name in TRAINING_INPUTS:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / name)


def test_fingerprint_is_stable_and_follows_every_input(tmp_path: Path) -> None:
    (tmp_path / "bot").mkdir()
    _copy_inputs(tmp_path)
    first = fingerprint(tmp_path)
    assert fingerprint(tmp_path) == first == fingerprint(PROJECT)

    for changed in ("config.yml", "domain.yml", "data/nlu/chitchat.yml",
        "bot/assessment/entities/patterns.py", "bot/language/numbers.py",):
        path = tmp_path / changed
        original = path.read_text()
        path.write_text(original + "\n# changed\n")
        assert fingerprint(tmp_path) != first, changed
        path.write_text(original)
    assert fingerprint(tmp_path) == first


def test_unrelated_files_do_not_change_the_fingerprint(tmp_path: Path) -> None:
    (tmp_path / "bot").mkdir()
    _copy_inputs(tmp_path)
    first = fingerprint(tmp_path)
    (tmp_path / "README.md").write_text("notes")
    assert fingerprint(tmp_path) == first
