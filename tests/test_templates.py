"""Blank templates: `minutes validate --template` and `minutes profile from-template`."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from docx import Document
from typer.testing import CliRunner

from conftest import SAMPLES, SHARED
from minutes_cli.cli import app
from minutes_cli.models.diagnostic import Severity
from minutes_cli.validate import load_profile, validate_file
from minutes_cli.validate.engine import validate_text
from minutes_cli.validate.template import is_placeholder

# A working-group family blank template, as an organisation would keep it.
WORKING_GROUP_BLANK = [
    "ZÁPIS",
    "Předmět: [název pracovní skupiny]",
    "Datum: ……",
    "Místo: ……",
    "Přítomní: ……",
    "Program jednání:",
    "1. ……",
    "2. ……",
    "Závěry jednání",
    "……",
    "Zapsal(a): ____________",
    "Dne: ……",
]
SAME_LAYOUT = SAMPLES / "minutes" / "2017-12-07-prevence-kriminality.txt"

INVENTED_SAME_LAYOUT = """Předmět: Pracovní skupina Senioři
Datum: 12. března 2024
Místo: zasedací místnost č. 12, Masarykovo náměstí 3
Přítomní: Dle listiny přítomných

Program jednání:

1. Zahájení.

Paní Horáková přivítala přítomné a zahájila jednání.

2. Informace z organizací.

Pan Veselý informoval o novém projektu denního stacionáře.

Závěry jednání

Pan Veselý zašle členům skupiny prezentaci projektu.

Zapsala: Mgr. Lenka Horáková

Dne: 14. 3. 2024
"""


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.fixture
def blank(tmp_path: Path) -> Path:
    return write_docx(tmp_path / "vzor-zapisu.docx", WORKING_GROUP_BLANK)


def test_blank_template_passes(blank: Path) -> None:
    assert validate_file(blank, "working-group", template=True) == []
    result = CliRunner().invoke(app, ["validate", str(blank), "--template", "-p", "working-group"])
    assert result.exit_code == 0, result.output


def test_template_without_conclusions_fails(tmp_path: Path) -> None:
    paragraphs = [p for p in WORKING_GROUP_BLANK if p != "Závěry jednání"]
    path = write_docx(tmp_path / "vzor.docx", paragraphs)
    diags = validate_file(path, "working-group", template=True)
    assert [(d.code, d.severity) for d in diags] == [("TPL001", Severity.ERROR)]
    assert "conclusions" in diags[0].message and "Závěry jednání" in diags[0].message
    result = CliRunner().invoke(app, ["validate", str(path), "--template", "-p", "working-group"])
    assert result.exit_code == 1


def test_template_labels_not_values_are_checked() -> None:
    # Values filled in or placeholders left: the labels are what counts.
    filled = "\n".join(WORKING_GROUP_BLANK).replace("……", "12. 3. 2024")
    assert validate_text(filled, "working-group", template=True) == []
    unlabelled = "\n".join(p.split(":")[-1] for p in WORKING_GROUP_BLANK)
    assert len(validate_text(unlabelled, "working-group", template=True)) >= 4


@pytest.mark.parametrize(
    "text", ["……", "....", "_____", "[datum]", "{{ datum }}", "{%p for bod in program %}", ""]
)
def test_placeholders(text: str) -> None:
    assert is_placeholder(text)


@pytest.mark.parametrize("text", ["12. 3. 2024", "Jan Novák", "radnice"])
def test_values_are_not_placeholders(text: str) -> None:
    assert not is_placeholder(text)


def _derive(blank: Path, tmp_path: Path) -> Path:
    result = CliRunner().invoke(app, ["profile", "from-template", str(blank)])
    assert result.exit_code == 0, result.output
    target = tmp_path / "profile.yaml"
    target.write_text(result.output, encoding="utf-8")
    return target


def test_profile_from_template(blank: Path, tmp_path: Path) -> None:
    path = _derive(blank, tmp_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["extends"] == "generic"
    assert data["require"] == {
        "header": ["date", "place", "body", "attendance"],
        "sections": ["agenda", "conclusions"],
        "signatures": ["recorded_by"],
    }
    assert data["order"] == ["header", "agenda", "items", "conclusions", "signatures"]
    assert data["labels"]["recorded_by"] == ["Zapsal(a)"]
    assert data["labels"]["attendance"] == ["Přítomní"]
    assert data["limits"]["signatures_dated"] is True
    profile = load_profile(path)
    assert profile.name == "vzor-zapisu"
    # The template itself passes under the profile derived from it.
    assert validate_file(blank, path, template=True) == []


def test_minutes_of_the_template_layout_pass_the_derived_profile(
    blank: Path, tmp_path: Path
) -> None:
    path = _derive(blank, tmp_path)
    invented = [
        d
        for d in validate_text(INVENTED_SAME_LAYOUT, load_profile(path))
        if d.severity is Severity.ERROR
    ]
    assert invented == [], [f"{d.line}: {d.code} {d.message}" for d in invented]
    sample = [d for d in validate_file(SAME_LAYOUT, path) if d.severity is Severity.ERROR]
    assert sample == [], [f"{d.line}: {d.code} {d.message}" for d in sample]
    # ... and minutes that lack what the template has do not.
    unsigned = INVENTED_SAME_LAYOUT.split("Zapsala:")[0]
    codes = [d.code for d in validate_text(unsigned, load_profile(path))]
    assert "MIN030" in codes


def test_legacy_doc_gives_a_conversion_hint(tmp_path: Path) -> None:
    legacy = tmp_path / "vzor.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    result = CliRunner().invoke(app, ["profile", "from-template", str(legacy)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"minutes: error: {legacy}: ")
    assert "--convert-to docx" in result.stderr
    diags = validate_file(legacy, template=True)
    assert [d.code for d in diags] == ["IO001"] and "--convert-to docx" in diags[0].message


def test_not_a_template_is_a_clear_error(tmp_path: Path) -> None:
    prose = tmp_path / "basen.txt"
    prose.write_text("Vítr fouká přes pole.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["profile", "from-template", str(prose)])
    assert result.exit_code == 2
    assert "no label of minutes found" in result.stderr


TEMPLATES = SHARED / "corpus" / "templates"


@pytest.mark.skipif(not TEMPLATES.is_dir(), reason="the shared template corpus is not here")
def test_real_docxtpl_template() -> None:
    template = TEMPLATES / "zapis-schuze-spolku_docxtpl.docx"
    result = CliRunner().invoke(app, ["profile", "from-template", str(template)])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(result.output)
    assert {"recorded_by", "verified_by"} <= set(data["require"]["signatures"])
    assert "agenda" in data["require"]["sections"]
    # docxtpl tags ("{{ Spolek }}") are placeholders, not labels.
    assert all(not x.startswith("{") for labels in data["labels"].values() for x in labels)
