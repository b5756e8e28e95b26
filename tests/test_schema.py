"""The record's JSON Schema: committed files match the models, and every sample validates."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from minutes_cli.cli import app
from minutes_cli.models.schema import render, schemas

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
SAMPLES = sorted(p for p in (ROOT / "samples").rglob("*") if p.is_file())
REGENERATE = "the models changed: run `minutes schema -o schemas/` and commit schemas/"


@pytest.fixture(scope="module")
def record_schema() -> dict[str, object]:
    schema: dict[str, object] = json.loads(
        (SCHEMAS / "record.schema.json").read_text(encoding="utf-8")
    )
    return schema


@pytest.mark.parametrize("name", sorted(schemas()))
def test_committed_schema_matches_the_models(name: str) -> None:
    path = SCHEMAS / name
    assert path.exists(), f"schemas/{name} is missing; {REGENERATE}"
    assert path.read_text(encoding="utf-8") == render(schemas()[name]), REGENERATE


def test_no_stale_schema_files() -> None:
    assert sorted(p.name for p in SCHEMAS.glob("*.json")) == sorted(schemas()), REGENERATE


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: str(p.relative_to(ROOT / "samples")))
def test_every_sample_parses_and_validates(sample: Path, record_schema: dict[str, object]) -> None:
    result = CliRunner().invoke(app, ["parse", "--format", "json", str(sample)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    jsonschema.validate(record, record_schema, cls=jsonschema.Draft202012Validator)
    assert record["source"]["path"] == str(sample)
