"""Annexes after the signatures become records of their own kind (`minutes parse --split`)."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from minutes_cli.annex import find_annexes, link, parse_file_split
from minutes_cli.api import read_normalized
from minutes_cli.assemble import build_record
from minutes_cli.cli import app
from minutes_cli.models.record import Attachment, Loc, MinutesRecord, Signature
from minutes_cli.text.normalize import NormalizedText

ROOT = Path(__file__).resolve().parent.parent
WITH_ANNEX = ROOT / "samples" / "minutes" / "2022-11-15-prevence-kriminality.txt"

MINUTES_WITH_PROJECT = """\
Zápis z jednání pracovní skupiny Bydlení

Datum: 4. 3. 2025
Přítomni: dle prezenční listiny

1. Projekty

Koordinátorka představila nový projekt města, jeho karta je v příloze.

Zapsala: Jana Veselá

Příloha: Karta projektu Dostupné bydlení Zálesí

Dostupné bydlení Zálesí
Registrační číslo projektu: CZ.03.02.02/00/24_005/0000777
Období realizace: 1. 1. 2025 – 31. 12. 2026
Celkové výdaje projektu: 2 000 000,00 Kč
EU ESF 1 700 000,00 Kč (85 %)
Obec 300 000,00 Kč (15 %)
"""


def _minutes(tmp_path: Path) -> tuple[MinutesRecord, NormalizedText]:
    path = tmp_path / "zapis.txt"
    path.write_text(MINUTES_WITH_PROJECT, encoding="utf-8")
    norm = read_normalized(path)
    record = build_record(norm, kind="minutes")
    assert isinstance(record, MinutesRecord)
    # Set signatures and attachments as the minutes parser would: the annex
    # parser coordinates with it only through these record fields.
    lines = norm.lines
    signed = lines.index("Zapsala: Jana Veselá") + 1
    annex = lines.index("Příloha: Karta projektu Dostupné bydlení Zálesí") + 1
    record = record.model_copy(
        update={
            "signatures": [
                Signature(
                    role="recorded_by", name="Jana Veselá", loc=Loc(line=signed, end_line=signed)
                )
            ],
            "attachments": [
                Attachment(
                    label="příloha",
                    title="Karta projektu Dostupné bydlení Zálesí",
                    loc=Loc(line=annex, end_line=annex),
                )
            ],
        }
    )
    return record, norm


def test_project_annex_is_parsed_with_minutes_line_numbers(tmp_path: Path) -> None:
    record, norm = _minutes(tmp_path)
    (annex,) = find_annexes(record, norm)
    assert annex.kind == "project"
    project = annex.record.model_dump(mode="json")
    assert project["kind"] == "project"
    assert project["project"]["title"] == "Dostupné bydlení Zálesí"
    assert project["project"]["registration_number"] == "CZ.03.02.02/00/24_005/0000777"
    assert project["project"]["period"] == {"start": "2025-01-01", "end": "2026-12-31"}
    assert project["project"]["budget"]["total"] == 2000000
    assert [p["source"] for p in project["project"]["budget"]["parts"]] == ["EU ESF", "Obec"]
    # Nothing of the minutes leaks into the annex; its lines keep the minutes' numbers.
    assert annex.start == 12
    assert project["unassigned"] == []
    assert "ANX001" in [w["code"] for w in project["warnings"]]
    linked = link(record, [annex], ["zapis.annex-1.yaml"])
    assert linked.attachments[0].file == "zapis.annex-1.yaml"


def test_attachment_before_the_signature_is_no_annex(tmp_path: Path) -> None:
    record, norm = _minutes(tmp_path)
    early = record.attachments[0].model_copy(update={"loc": Loc(line=2, end_line=2)})
    record = record.model_copy(update={"attachments": [early]})
    assert find_annexes(record, norm) == []  # type: ignore[arg-type]


def test_strategy_title_after_signature_in_sample() -> None:
    record, annexes = parse_file_split(WITH_ANNEX, name=lambda n: f"zapis.annex-{n}.yaml")
    assert [a.kind for a in annexes] == ["strategy"]
    document = annexes[0].record.model_dump(mode="json")["document"]
    assert "Strategie prevence kriminality" in document["title"]
    assert document["period"] == {"start": 2023, "end": 2027}
    assert isinstance(record, MinutesRecord)
    assert [a.file for a in record.attachments if a.file] == ["zapis.annex-1.yaml"]


def test_cli_split_writes_annex_next_to_record(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["parse", str(WITH_ANNEX), "--split", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    stem = WITH_ANNEX.stem
    minutes = yaml.safe_load((tmp_path / f"{stem}.yaml").read_text(encoding="utf-8"))
    annex = yaml.safe_load((tmp_path / f"{stem}.annex-1.yaml").read_text(encoding="utf-8"))
    assert annex["kind"] == "strategy"
    assert f"{stem}.annex-1.yaml" in [a["file"] for a in minutes["attachments"]]


def test_cli_split_needs_an_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["parse", str(WITH_ANNEX), "--split"])
    assert result.exit_code == 2
    assert "--split" in result.output and "--output" in result.output
