"""Extractor behaviours that short invented minutes pin down one at a time."""

from __future__ import annotations

import pytest

from minutes_cli.api import parse_text
from minutes_cli.extract.conclusions import body_decides, parse_vote
from minutes_cli.extract.dates import date_in_file_name
from minutes_cli.extract.people import find_mentions, strip_role
from minutes_cli.validate.engine import validate_text

_HEAD = "Zápis z jednání výboru spolku\n\nDatum: 4. 3. 2025\nPřítomni: Jana Malá, Petr Hora\n\n"


def test_vote_table_with_tabs_is_read_cell_by_cell() -> None:
    vote = parse_vote("pro\tproti\tzdržel se 4\t1\t2")
    assert vote is not None
    assert (vote.for_, vote.against, vote.abstain) == (4, 1, 2)


@pytest.mark.parametrize(
    ("sentence", "decides"),
    [
        ("Výbor rozhodl, že turnaj se bude konat v červnu.", True),
        ("Farní rada po diskusi souhlasí s opravou.", True),
        ("Komise doporučuje studii doplnit.", True),
        ("Předseda výboru informoval o rozpočtu.", False),
        ("Rozhodnutí výboru bylo zveřejněno.", False),
    ],
)
def test_a_body_decides_without_a_vote(sentence: str, decides: bool) -> None:
    assert body_decides(sentence) is decides


def test_body_decision_without_vote_is_a_conclusion_once() -> None:
    text = _HEAD + (
        "1. Rozpočet\n"
        "Výbor rozhodl, že rozpočet zveřejní na webu.\n"
        "Výbor schvaluje nákup stanu. Hlasování: pro 2, proti 0, zdržel se 0.\n"
    )
    record = parse_text(text)
    texts = [c.text for c in record.conclusions]
    assert any(t.startswith("Výbor rozhodl") for t in texts)
    # the voted resolution is one conclusion, not one without and one with its vote
    assert sum("nákup stanu" in t for t in texts) == 1


def test_role_word_before_a_name() -> None:
    assert strip_role("Předseda Bartoš") == "Bartoš"
    assert strip_role("Bartoš") == "Bartoš"
    names = [m.text for m in find_mentions("Jednatelka Petra Zámečníková přednesla zprávu.", 0)]
    assert names == ["Petra Zámečníková"]


def test_task_fields_after_the_sentence_name_owner_and_due() -> None:
    text = _HEAD + (
        "1. Turnaj\nÚkol: připravit rozpis zápasů. Zodpovídá: trenér Hora, termín: do konce dubna\n"
    )
    record = parse_text(text)
    [item] = [a for a in record.action_items if "rozpis" in a.what]
    assert (item.who, item.due) == ("Petr Hora", "2025-04-30")


def test_time_in_a_sentence_is_no_header_label() -> None:
    text = (
        "Zápis ze schůze výboru\n\nVýbor se sešel v klubovně.\n"
        "Začátek schůze v 15:00, konec v 16:40.\n\nPřítomni: Jana Malá, Petr Hora\n\n"
        "1. Různé\nNic.\n"
    )
    assert parse_text(text).meeting.start_time == "15:00"


def test_date_only_in_the_signature_line_is_taken_with_a_warning() -> None:
    text = (
        "Zápis ze schůze výboru\n\nPřítomni: Jana Malá, Petr Hora\n\n1. Různé\nNic.\n\n"
        "V Brně dne 3. 2. 2025\n\nZapsala: Jana Malá\n"
    )
    record = parse_text(text)
    assert record.meeting.date == "2025-02-03"
    codes = [w.code for w in record.warnings]
    assert "MIN110" in codes and "MIN101" not in codes
    # a template check still wants the date in the header
    assert "MIN001" in {d.code for d in validate_text(text)}


def test_date_only_in_the_file_name_is_taken_with_a_warning() -> None:
    text = (
        "Rada klubu 1/2024\n\nPřítomni: Jana Malá, Petr Hora\n\n"
        "1. Různé\nJana Malá zajistí sál do 15. 3.\n"
    )
    record = parse_text(text, path="archiv/rada-2024-02-01.txt")
    assert record.meeting.date == "2024-02-01"
    assert [a.due for a in record.action_items] == ["2024-03-15"]  # the year comes along
    codes = [w.code for w in record.warnings]
    assert "MIN111" in codes and "MIN101" not in codes
    assert "MIN001" in {d.code for d in validate_text(text, path="rada-2024-02-01.txt")}
    # the text wins over the name; no date, or two, in the name: nothing taken
    assert parse_text("Datum: 5. 2. 2024\n" + text, path="2024-02-01.txt").meeting.date == (
        "2024-02-05"
    )
    for name in ("zapis.txt", "2024-01-01_2024-06-30.txt", "rada-01-02-2024.txt"):
        assert parse_text(text, path=name).meeting.date is None


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("rada-2024-02-01.txt", "2024-02-01"),
        ("C:\\zapisy\\2023_11_30 vybor.md", "2023-11-30"),
        ("2019.12.11-schuze.rst", "2019-12-11"),
        ("20240201.txt", None),  # no separators: too easily a number
        ("2023-02-30.txt", None),  # no such day
        ("000_21b132f344ec63ae.txt", None),
    ],
)
def test_date_in_file_name(name: str, iso: str | None) -> None:
    assert date_in_file_name(name) == iso
