"""`minutes check`: stored records against the record models, with JSON paths and lines."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from minutes_cli.cli import app
from minutes_cli.validate import check_record_file
from test_rules import make_record


def _record() -> dict:  # type: ignore[type-arg]
    record = make_record(
        {
            "meeting": {"date": "2024-03-12", "location": "radnice"},
            "agenda": [{"number": "1", "title": "Zahájení", "loc": {"line": 6, "end_line": 6}}],
        }
    )
    return record.model_dump(mode="json", by_alias=True)


def test_valid_yaml_and_json_records_pass(tmp_path: Path) -> None:
    data = _record()
    as_yaml = tmp_path / "zapis.yaml"
    as_yaml.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    as_json = tmp_path / "zapis.json"
    as_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert check_record_file(as_yaml) == []
    assert check_record_file(as_json) == []
    assert CliRunner().invoke(app, ["check", str(as_yaml), str(as_json)]).exit_code == 0


def test_violations_name_the_json_path_and_line(tmp_path: Path) -> None:
    data = _record()
    data["meeting"]["date"] = 20240312
    data["agenda"][0].pop("loc")
    data["surprise"] = True
    path = tmp_path / "zapis.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").split("\n")
    diags = check_record_file(path)
    by_path = {d.message.split(":")[0]: d for d in diags}
    assert set(by_path) == {"meeting.date", "agenda[0].loc", "surprise"}
    assert all(d.code == "REC001" for d in diags)
    assert lines[by_path["meeting.date"].line - 1].strip().startswith("date: 20240312")
    assert lines[by_path["surprise"].line - 1].startswith("surprise:")
    result = CliRunner().invoke(app, ["check", str(path), "-f", "github"])
    assert result.exit_code == 1
    assert "title=REC001::meeting.date%3A" not in result.output  # ':' is kept in the message
    assert "::meeting.date: Input should be a valid string" in result.output


def test_unknown_kind(tmp_path: Path) -> None:
    data = _record()
    data["kind"] = "letter"
    path = tmp_path / "zapis.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    diags = check_record_file(path)
    assert [d.code for d in diags] == ["REC001"]
    assert "letter" in diags[0].message


def test_broken_files(tmp_path: Path) -> None:
    broken = tmp_path / "zapis.yaml"
    broken.write_text("meeting: {date: [\n", encoding="utf-8")
    not_mapping = tmp_path / "seznam.json"
    not_mapping.write_text("[1, 2]", encoding="utf-8")
    assert [d.code for d in check_record_file(broken)] == ["REC002"]
    assert [d.code for d in check_record_file(not_mapping)] == ["REC002"]
    runner = CliRunner()
    assert runner.invoke(app, ["check", str(broken)]).exit_code == 1
    missing = runner.invoke(app, ["check", str(tmp_path / "nic.yaml"), str(broken), "-f", "json"])
    assert missing.exit_code == 2
    assert [d["code"] for d in json.loads(missing.output)] == ["IO001", "REC002"]
