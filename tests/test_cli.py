"""The parse, text, show and schema commands as a user meets them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from minutes_cli.cli import app
from minutes_cli.cli import parse as cli_parse
from minutes_cli.io.readers import DEFAULT_MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "minutes" / "2016-09-21-prevence-kriminality.txt"
OTHER = ROOT / "samples" / "minutes" / "2017-12-07-prevence-kriminality.txt"
runner = CliRunner()


def test_every_command_has_help_with_an_example() -> None:
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0
    for command in ("parse", "text", "show", "schema", "validate", "batch"):
        assert command in top.output
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
        assert "minutes " + command in result.output or "Example" in result.output, command


def test_cli_default_size_limit_is_the_readers() -> None:
    assert cli_parse.DEFAULT_MAX_BYTES == DEFAULT_MAX_BYTES


def test_parse_one_file_prints_yaml_record() -> None:
    result = runner.invoke(app, ["parse", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    record = yaml.safe_load(result.stdout)
    assert record["kind"] == "minutes"
    assert record["meeting"]["date"] == "2016-09-21"


def test_parse_several_files_prints_json_lines() -> None:
    result = runner.invoke(app, ["parse", str(SAMPLE), str(OTHER)])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert [json.loads(line)["meeting"]["date"] for line in lines] == ["2016-09-21", "2017-12-07"]


def test_parse_to_folder_does_not_overwrite_without_force(tmp_path: Path) -> None:
    result = runner.invoke(app, ["parse", str(SAMPLE), "-f", "json", "-o", str(tmp_path)])
    assert result.exit_code == 0
    target = tmp_path / (SAMPLE.stem + ".json")
    assert json.loads(target.read_text(encoding="utf-8"))["kind"] == "minutes"
    target.write_text("kept", encoding="utf-8")
    again = runner.invoke(app, ["parse", str(SAMPLE), "-f", "json", "-o", str(tmp_path)])
    assert again.exit_code == 2
    assert "exists; use --force" in again.stderr
    assert target.read_text(encoding="utf-8") == "kept"
    forced = runner.invoke(
        app, ["parse", str(SAMPLE), "-f", "json", "-o", str(tmp_path), "--force"]
    )
    assert forced.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["kind"] == "minutes"


def test_kind_override() -> None:
    result = runner.invoke(app, ["parse", str(SAMPLE), "--kind", "unknown", "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["kind"] == "unknown"


def test_text_numbers_lines_and_plain_does_not() -> None:
    numbered = runner.invoke(app, ["text", str(SAMPLE)])
    plain = runner.invoke(app, ["text", str(SAMPLE), "--plain"])
    assert numbered.exit_code == plain.exit_code == 0
    assert numbered.stdout.splitlines()[4] == " 5  Předmět: Pracovní skupina Prevence kriminality"
    assert plain.stdout.splitlines()[4] == "Předmět: Pracovní skupina Prevence kriminality"


def test_show_prints_the_tree_with_points_and_action_items() -> None:
    result = runner.invoke(app, ["show", str(SAMPLE)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Naplánování workshopu" in result.stdout
    assert "Antony: se pokusí zajistit seminář" in result.stdout
    assert "2016-10-14 09:00" in result.stdout


def test_show_of_a_missing_file_is_one_error_line() -> None:
    result = runner.invoke(app, ["show", "nope.txt"])
    assert result.exit_code == 2
    assert result.stderr == "minutes: error: nope.txt: no such file\n"


def test_schema_prints_the_union() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Record"


@pytest.mark.slow
def test_help_does_not_import_the_parser() -> None:
    code = (
        "import sys, minutes_cli.cli; "
        "print(sorted(m for m in ('minutes_cli.api', 'minutes_cli.models.record', 'spacy') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
