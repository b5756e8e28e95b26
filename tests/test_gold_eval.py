"""Mention detection and linking against hand labels (tests/gold/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_cli.nlp import model_available
from minutes_cli.nlp.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "gold").glob("20*.yaml"))
ALL = sorted((ROOT / "tests" / "gold").glob("*.yaml"))


def _check(mode: str, paths: list[Path]) -> None:
    scores = evaluate(paths, mode, ROOT)
    persons, orgs = scores["persons"], scores["organisations"]
    assert persons.f1 >= 0.95, persons.errors
    assert orgs.f1 >= 0.90, orgs.errors
    assert persons.linking >= 0.95, persons.errors
    assert orgs.linking >= 0.95, orgs.errors


def test_rules_meet_the_targets_on_the_seed_minutes() -> None:
    _check("rules", SEEDS)


def test_rules_on_every_gold_document() -> None:
    _check("rules", ALL)


@pytest.mark.model
@pytest.mark.skipif(not model_available(), reason="cs-core-news-sm not installed")
def test_model_meets_the_targets() -> None:
    _check("model", ALL)
