"""The DOCX reader renders what Word shows: numbers, tracked changes, tables, no page furniture."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers_docx import (
    dele,
    ins,
    level,
    make_docx,
    numbering,
    p,
    r,
    style,
    styles,
    tbl,
)
from minutes_cli.cli import app
from minutes_cli.io.docx import read_docx
from minutes_cli.io.source import MEDIA_DOCX

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "minutes"


def lines_of(data: bytes) -> list[str]:
    return read_docx(data, "t.docx", max_bytes=10**7).text.split("\n")


def minutes_text(tmp_path: Path, data: bytes) -> list[str]:
    path = tmp_path / "zapis.docx"
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["text", "--plain", str(path)])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


NUMBERING = numbering(
    {
        1: [level(0, "decimal", "%1."), level(1, "lowerLetter", "%2)")],
        2: [level(0, "upperRoman", "%1."), level(1, "decimal", "%1.%2")],
    },
    {1: 1, 2: 2, 3: (1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')},
)
STYLES = styles(
    style("Normal", "Normal"),
    style("ListParagraph", "List Paragraph", based_on="Normal"),
    style("ListNumber", "List Number", based_on="ListParagraph", num=1),
    style("Program", "Program bod", based_on="ListNumber"),
    style("Heading1", "heading 1", based_on="Normal"),
)


def test_minutes_text_shows_auto_numbers_of_a_style_inherited_and_resumed_list(
    tmp_path: Path,
) -> None:
    body = "".join(
        [
            p("Program:"),
            p("Zahájení", style="ListNumber"),
            p("Kontrola usnesení", style="Program"),  # numbering via the basedOn chain
            p("Návrh programu byl schválen bez připomínek."),
            p("Rozpočet", style="ListNumber"),  # the list resumes after the interruption
            p("podpoložka", style="ListNumber", ilvl=1),
            p("druhá podpoložka", style="ListNumber", ilvl=1),
            p("Různé", num=1),
        ]
    )
    lines = minutes_text(tmp_path, make_docx(body, styles_xml=STYLES, numbering_xml=NUMBERING))
    assert lines == [
        "Program:",
        "1. Zahájení",
        "2. Kontrola usnesení",
        "Návrh programu byl schválen bez připomínek.",
        "3. Rozpočet",
        "a) podpoložka",
        "b) druhá podpoložka",
        "4. Různé",
    ]


def test_multilevel_labels_restart_under_a_new_parent() -> None:
    body = "".join(
        [
            p("Úvod", num=2),
            p("první", num=2, ilvl=1),
            p("druhý", num=2, ilvl=1),
            p("Diskuse", num=2),
            p("první", num=2, ilvl=1),
        ]
    )
    assert lines_of(make_docx(body, numbering_xml=NUMBERING)) == [
        "I. Úvod",
        "I.1 první",
        "I.2 druhý",
        "II. Diskuse",
        "II.1 první",
    ]


def test_start_override_restarts_and_written_numbers_are_not_doubled() -> None:
    body = "".join([p("a", num=1), p("b", num=1), p("c", num=3), p("2. d", num=3)])
    assert lines_of(make_docx(body, numbering_xml=NUMBERING)) == ["1. a", "2. b", "1. c", "2. d"]


@pytest.mark.parametrize(
    ("fmt", "text", "start", "expected"),
    [
        ("lowerRoman", "%1)", 3, "iii) x"),
        ("upperLetter", "%1.", 27, "AA. x"),
        ("decimalZero", "%1.", 7, "07. x"),
        ("bullet", "\uf0b7", 1, "- x"),
        ("none", "", 1, "x"),
    ],
)
def test_number_formats(fmt: str, text: str, start: int, expected: str) -> None:
    num = numbering({1: [level(0, fmt, text, start=start)]}, {1: 1})
    assert lines_of(make_docx(p("x", num=1), numbering_xml=num)) == [expected]


def test_lvl_restart_zero_keeps_counting_across_parents() -> None:
    num = numbering({1: [level(0), level(1, "decimal", "(%2)", restart=0)]}, {1: 1})
    body = p("A", num=1) + p("x", num=1, ilvl=1) + p("B", num=1) + p("y", num=1, ilvl=1)
    assert lines_of(make_docx(body, numbering_xml=num)) == ["1. A", "(1) x", "2. B", "(2) y"]


def test_tracked_insertion_is_shown_and_deletion_is_not(tmp_path: Path) -> None:
    body = p(
        "Komise ",
        ins("jednomyslně "),
        dele("většinou hlasů "),
        "schválila rozpočet.",
    )
    lines = minutes_text(tmp_path, make_docx(body))
    assert lines == ["Komise jednomyslně schválila rozpočet."]


def test_wholly_deleted_paragraph_disappears() -> None:
    deleted = (
        '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"/>'
        f"</w:rPr></w:pPr>{dele('Tento odstavec byl smazán.')}</w:p>"
    )
    assert lines_of(make_docx(p("před") + deleted + p("po"))) == ["před", "po"]


def test_header_and_footer_are_furniture_not_body(tmp_path: Path) -> None:
    data = make_docx(
        p("Zápis z jednání"),
        header=p("MĚSTSKÝ ÚŘAD HORNÍ LHOTA"),
        footer=p("Strana 1 z 2"),
    )
    lines = minutes_text(tmp_path, data)
    assert lines == ["Zápis z jednání"]
    source = read_docx(data, "t.docx", max_bytes=10**7)
    assert source.furniture == ("MĚSTSKÝ ÚŘAD HORNÍ LHOTA", "Strana 1 z 2")
    assert source.media_type == MEDIA_DOCX
    assert source.encoding is None


def test_table_rows_are_tab_joined_in_document_order(tmp_path: Path) -> None:
    body = (
        p("ZÁPIS")
        + tbl(["Datum:", "7. 12. 2017"], ["Přítomni:", p("Jan Novák") + p("Eva Malá")])
        + p("Program:")
    )
    data = make_docx(body)
    assert minutes_text(tmp_path, data) == [
        "ZÁPIS",
        "Datum:\t7. 12. 2017",
        "Přítomni:\tJan Novák; Eva Malá",
        "Program:",
    ]
    hints = read_docx(data, "t.docx", max_bytes=10**7).hints
    assert hints[1] == {"table"} and hints[2] == {"table"}
    assert 0 not in hints


def test_nested_table_rows_follow_their_row() -> None:
    inner = tbl(["a", "b"])
    body = tbl(["Hlasování:", inner])
    assert lines_of(make_docx(body)) == ["Hlasování:", "a\tb"]


def test_tabs_breaks_symbols_and_headings() -> None:
    body = (
        p(
            "<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t>"
            '<w:br w:type="page"/><w:t>D</w:t><w:noBreakHyphen/><w:t>E</w:t>'
            '<w:sym w:font="Symbol" w:char="F0B7"/></w:r>'
        )
        + p("Program jednání", style="Heading1")
        + p(r("Usnesení", bold=True), r(" č. 1", bold=True))
    )
    data = make_docx(body, styles_xml=STYLES)
    source = read_docx(data, "t.docx", max_bytes=10**7)
    assert source.text.split("\n") == ["A\tB", "CD-E•", "Program jednání", "Usnesení č. 1"]
    assert "heading" in source.hints[2]
    assert "bold" in source.hints[3]


def test_comments_and_footnotes() -> None:
    comments = (
        '<w:comment w:id="0" w:author="Ověřovatel">'
        + p("Doplnit počet přítomných.")
        + "</w:comment>"
    )
    footnotes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1">' + p("Dle jednacího řádu.") + "</w:footnote>"
    )
    source = read_docx(
        make_docx(p("Text"), comments=comments, footnotes=footnotes), "t.docx", max_bytes=10**7
    )
    assert source.comments == ("Ověřovatel: Doplnit počet přítomných.",)
    assert source.text.split("\n") == ["Text", "Dle jednacího řádu."]
    assert source.hints[1] == {"footnote"}


COMMITTEE = SAMPLES / "2024-03-12-komise-zivotni-prostredi.docx"
WORKING_GROUP = SAMPLES / "2024-02-06-pracovni-skupina-seniori.docx"


def test_committee_sample_shows_style_numbered_resumed_programme(tmp_path: Path) -> None:
    lines = minutes_text(tmp_path, COMMITTEE.read_bytes())
    start = lines.index("Program jednání:")
    assert lines[start + 1 : start + 8] == [
        "1. Zahájení, schválení programu a ověřovatelů zápisu",
        "2. Kontrola plnění usnesení z minulého jednání",
        "3. Návrh na obnovu stromořadí v ulici Polní",
        "Na návrh předsedy byly do programu doplněny následující body:",
        "4. Příprava akce Ukliďme Lipovou 2024",
        "5. Různé",
        "6. Závěr",
    ]
    assert "Datum:\t12. 3. 2024" in lines
    assert "3.2. Financování" in lines
    assert "b) usnesení č. 8/2023 trvá, termín posunut na 30. 4. 2024." in lines
    assert "Hlasování: Pro: 7, Proti: 0, Zdržel se: 1" in lines


def test_working_group_sample_tracked_changes_furniture_and_comment(tmp_path: Path) -> None:
    lines = minutes_text(tmp_path, WORKING_GROUP.read_bytes())
    body = "\n".join(lines)
    assert "Město přijalo celkem 14 žádostí" in body
    assert "vyřazeny" not in body
    assert "Strana" not in body and "SPOLEK" not in body
    source = read_docx(WORKING_GROUP.read_bytes(), "t.docx", max_bytes=10**7)
    assert source.furniture == ("SPOLEK KOMUNITNÍ PLÁNOVÁNÍ VRBICE, z. s.", "Strana 1 z 2")
    assert len(source.comments) == 1


def test_samples_are_what_the_script_makes(tmp_path: Path) -> None:
    """The committed samples are reproducible: re-run scripts/make_docx_samples.py when not."""
    script = SAMPLES.parent.parent / "scripts" / "make_docx_samples.py"
    spec = importlib.util.spec_from_file_location("make_docx_samples", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["make_docx_samples.py", str(tmp_path)]) == 0
    made = sorted(tmp_path.glob("*.docx"))
    assert [p.name for p in made] == sorted(p.name for p in SAMPLES.glob("*.docx"))
    for path in made:
        fresh = read_docx(path.read_bytes(), "x", max_bytes=10**7)
        committed = read_docx((SAMPLES / path.name).read_bytes(), "x", max_bytes=10**7)
        assert (fresh.text, fresh.furniture, fresh.comments, fresh.hints) == (
            committed.text,
            committed.furniture,
            committed.comments,
            committed.hints,
        )
