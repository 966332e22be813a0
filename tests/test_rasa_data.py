"""`rasa data validate` is clean, apart from one known false positive of Rasa's."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from bot.runtime.processes import child_env

PROJECT = Path(__file__).resolve().parent.parent


def test_rasa_data_validate_is_clean() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rasa",
            "data",
            "validate",
            "--domain",
            "domain.yml",
            "--data",
            "data",
            "--config",
            "config.yml",
        ],
        cwd=PROJECT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    warnings = re.findall(r"UserWarning: (.*)", output)
    # Rasa cannot see responses that custom actions or forms utter; each must really be used.
    # (The assessment's re-asks are named in bot/assessment/form.py, which the actions use.)
    sources = [*(PROJECT / "actions").glob("*.py"), PROJECT / "bot" / "assessment" / "form.py"]
    action_source = "".join(p.read_text() for p in sources)
    domain = yaml.safe_load((PROJECT / "domain.yml").read_text())
    form_questions = {
        f"utter_ask_{slot}" for form in domain["forms"].values() for slot in form["required_slots"]
    }
    unexplained = []
    for warning in warnings:
        unused = re.match(r"The utterance '(\w+)' is not used in any story or rule\.", warning)
        name = unused.group(1) if unused else ""
        if not (name in form_questions or f'"{name}"' in action_source):
            unexplained.append(warning)
    assert not unexplained, unexplained
