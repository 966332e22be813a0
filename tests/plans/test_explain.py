"""Why this focus, with a real passage of the article cited."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.index import load_index
from bot.plans import Explanation, Profile, build_plan, explain_why
from bot.plans.explain import ARTICLE
from tests.plans import profiles

WEAKNESS = "Hip weakness and knee stability"
TIGHTNESS = "Tight hips and knee pain"


def explain(profile: Profile, knowledge_dir: Path) -> Explanation:
    return explain_why(build_plan(profile), knowledge_dir=knowledge_dir)


@pytest.mark.parametrize(
    ("name", "sections"),
    [
        ("weak_glutes", [WEAKNESS]),
        ("tight_hips", [TIGHTNESS]),
        ("both", [WEAKNESS, TIGHTNESS]),
        ("no_signs", [WEAKNESS]),
        ("after_hip_replacement", [TIGHTNESS]),
        ("painful_hip", [WEAKNESS]),
    ],
)
def test_each_focus_cites_the_article_section_behind_it(
    indexed_knowledge: Path, name: str, sections: list[str]
) -> None:
    explanation = explain(profiles.ALL[name], indexed_knowledge)
    assert [source["section"] for source in explanation.sources] == sections
    passages = load_index(indexed_knowledge).passage_by_id
    for source in explanation.sources:
        assert source["doc"] == ARTICLE
        passage = passages[source["passage"]]
        assert passage.section == source["section"]
        # The words quoted are the passage cited.
        assert f'"{passage.text}"' in explanation.text


def test_strengthening_is_explained_by_valgus_collapse(indexed_knowledge: Path) -> None:
    text = explain(profiles.WEAK_GLUTES, indexed_knowledge).text
    assert "valgus collapse" in text and "gluteus medius" in text
    assert "You mentioned your knee caving inwards and pain at the front of the knee" in text


def test_stretching_is_explained_by_kneecap_tracking(indexed_knowledge: Path) -> None:
    text = explain(profiles.TIGHT_HIPS, indexed_knowledge).text
    assert "kneecap off its usual track" in text
    assert "a stiff feeling in your hip and knee pain after sitting for long" in text


def test_both_explains_strengthening_before_stretching(indexed_knowledge: Path) -> None:
    text = explain(profiles.BOTH, indexed_knowledge).text
    assert text.index("valgus collapse") < text.index("kneecap off its usual track")


def test_the_default_says_why_strengthening_comes_first(indexed_knowledge: Path) -> None:
    text = explain(profiles.NO_SIGNS, indexed_knowledge).text
    assert "didn't mention clear signs" in text and "in trials" in text
    assert "You mentioned" not in text


def test_explanations_neither_diagnose_nor_promise(indexed_knowledge: Path) -> None:
    for profile in profiles.ALL.values():
        text = explain(profile, indexed_knowledge).text.lower()
        assert "cure" not in text and "you have" not in text and "diagnos" not in text
