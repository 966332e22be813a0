"""The test stories replayed against the trained model with --fail-on-prediction-errors."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.evaluation.stories import STORIES, check_stories, run_stories
from tests.conftest import PROJECT

MIN_STORIES = 40


def _stories() -> list[dict]:
    return [
        story
        for path in sorted((PROJECT / STORIES).glob("*.yml"))
        for story in yaml.safe_load(path.read_text())["stories"]
    ]


def test_there_are_enough_stories_of_every_kind() -> None:
    stories = _stories()
    assert len(stories) >= MIN_STORIES
    steps = [step for story in stories for step in story["steps"]]
    actions = {step.get("action") for step in steps}
    # Happy paths, digressions, corrections, red flags at several turns, gates, plans.
    for action in (
        "action_summarise_assessment",
        "action_answer_knowledge",
        "action_escalate",
        "action_plan_safety_check",
        "action_give_plan",
    ):
        assert action in actions, action
    # Another topic, first and during the assessment (its rules ask the knowledge base first).
    assert "out_of_scope" in {step.get("intent") for step in steps}
    escalations = [
        s for s in stories if any(st.get("action") == "action_escalate" for st in s["steps"])
    ]
    assert len(escalations) >= 10


def test_every_story_is_predicted_without_an_error(trained_model: Path) -> None:
    passed, output = check_stories(trained_model)
    assert passed, output[-4000:]


def test_a_wrong_story_fails(trained_model: Path, tmp_path: Path) -> None:
    # The check can fail: a story expecting the wrong reply to a greeting is caught.
    (tmp_path / "wrong.yml").write_text(
        'version: "3.1"\nstories:\n- story: a greeting answered with goodbye\n  steps:\n'
        "  - user: hi\n    intent: greet\n  - action: utter_goodbye\n"
    )
    result = run_stories(trained_model, tmp_path)
    assert (result.passed, result.total) == (0, 1)
    assert result.failed == [
        "a greeting answered with goodbye (" + str(tmp_path / "wrong.yml") + ")"
    ]
