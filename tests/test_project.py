"""Project cards: labelled fields, budget layouts, goals, key activities, contacts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from minutes_cli.api import parse_file, parse_text
from minutes_cli.extract.project import find_amount, find_period, labels_in, split_degrees
from minutes_cli.io.writers import as_data

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "project" / "asistenti-prevence-kriminality-liberec-iii.txt"


def _project(text: str) -> dict[str, Any]:
    data = as_data(parse_text(text, kind="project"))
    assert data["kind"] == "project"
    return data


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    return as_data(parse_file(SAMPLE))


def test_sample_budget_parts_add_up_and_subtotal_is_no_part(sample: dict[str, Any]) -> None:
    budget = sample["project"]["budget"]
    assert budget["currency"] == "CZK"
    assert [p["source"] for p in budget["parts"]] == ["EU ESF", "SR ČR", "SML"]
    assert round(sum(p["amount"] for p in budget["parts"]), 2) == budget["total"]
    assert "PRJ003" not in [w["code"] for w in sample["warnings"]]


def test_sample_goals_and_contact(sample: dict[str, Any]) -> None:
    goals = sample["project"]["goals"]
    assert len(goals) == 2
    assert goals[0].startswith("Hlavním cílem projektu")
    (contact,) = sample["project"]["contacts"]
    assert contact["degrees"] == ["Mgr."]
    assert contact["role"] == "manažer pro sociální začleňování"
    assert contact["organisation"] == "odbor sociální a bytové politiky"
    # The contact is a person of the record too.
    assert sample["people"][0]["name"] == "Lukáš Jirotka"


def test_sample_key_activity_text_stops_before_the_timetable(sample: dict[str, Any]) -> None:
    last = sample["project"]["key_activities"][-1]
    assert last["text"].endswith("tato hodnota se může změnit dle potřeby.")
    assert "Harmonogram" not in last["text"]


def test_labels_share_a_line() -> None:
    line = (
        "Projekt: Dobré sousedství           "
        "Registrační číslo projektu: CZ.03.02.01/00/22_018/0000001"
    )
    assert labels_in(line) == [
        ("title", "Dobré sousedství"),
        ("registration_number", "CZ.03.02.01/00/22_018/0000001"),
    ]
    assert labels_in("Projekt řeší sousedské spory.") == []


def test_amounts_and_periods() -> None:
    amount = find_amount("EU ESF  10 397 236,45 Kč (76,735 % CZV)")
    assert amount is not None and (amount.value, amount.currency) == (10397236.45, "CZK")
    amount = find_amount("Celkový rozpočet: 12,5 mil. Kč")
    assert amount is not None and amount.value == 12500000
    assert find_amount("podíl 85 %") is None
    assert find_period("1. 11. 2022 – 31. 10. 2025") == ("2022-11-01", "2025-10-31")
    assert find_period("03/2024 – 02/2026") == ("2024-03-01", "2026-02-28")


def test_degrees_split_off() -> None:
    assert split_degrees("Ing. arch. Jana Veselá, Ph.D.") == (
        "Jana Veselá",
        ["Ing. arch.", "Ph.D."],
    )


def test_budget_in_millions_with_shares_and_inline_period() -> None:
    data = _project(
        "Komunitní centrum Sever.\n\n"
        "Operační program Zaměstnanost plus podporuje tento projekt.\n"
        "Projekt je realizován od 1. 1. 2024 do 31. 12. 2025.\n\n"
        "Celkový rozpočet: 8,4 mil. Kč\n"
        "Evropský sociální fond: 7,14 mil. Kč (85 %)\n"
        "Rozpočet obce: 1,26 mil. Kč (15 %)\n\n"
        "Cíle projektu\n\n"
        "Otevřít komunitní centrum pro obyvatele sídliště.\n\n"
        "Zapojit do jeho provozu místní spolky.\n\n"
        "Kontakty\n"
        "Bc. Tomáš Král\n"
        "vedoucí centra\n"
        "Mobil: 777 123 456\n"
        "E-mail: kral@centrum-sever.example.cz\n\n"
        "Mgr. Eva Horká\n"
        "sociální pracovnice\n"
        "Tel.: 555 987 654, 777 000 111\n"
    )
    project = data["project"]
    assert project["title"] == "Komunitní centrum Sever"
    assert project["programme"] == "Operační program Zaměstnanost plus"
    assert project["period"] == {"start": "2024-01-01", "end": "2025-12-31"}
    budget = project["budget"]
    assert (budget["total"], budget["currency"]) == (8400000, "CZK")
    assert [(p["source"], p["amount"], p["share_percent"]) for p in budget["parts"]] == [
        ("Evropský sociální fond", 7140000, 85),
        ("Rozpočet obce", 1260000, 15),
    ]
    assert project["goals"] == [
        "Otevřít komunitní centrum pro obyvatele sídliště.",
        "Zapojit do jeho provozu místní spolky.",
    ]
    assert [c["name"] for c in project["contacts"]] == ["Tomáš Král", "Eva Horká"]
    assert project["contacts"][0]["phones"] == ["777 123 456"]
    assert project["contacts"][0]["role"] == "vedoucí centra"
    assert project["contacts"][1]["phones"] == ["555 987 654", "777 000 111"]


def test_contacts_without_degrees_are_told_apart_by_paragraphs() -> None:
    data = _project(
        "Projekt: Čtenářské kluby\n\nKontakty\n"
        "Jana Nová\nředitelka knihovny\nTel.: 466 100 200\n\n"
        "Petr Malý\nfinanční manažer\nE-mail: maly@knihovna.example.cz\n"
    )
    contacts = data["project"]["contacts"]
    assert [(c["name"], c["role"]) for c in contacts] == [
        ("Jana Nová", "ředitelka knihovny"),
        ("Petr Malý", "finanční manažer"),
    ]
    assert contacts[1]["email"] == "maly@knihovna.example.cz"


def test_parts_that_do_not_add_up_are_a_warning() -> None:
    data = _project(
        "Projekt: Test\n\nCelkové způsobilé výdaje: 1 000 000 Kč\nEU 700 000 Kč\nStát 200 000 Kč\n"
    )
    assert "PRJ003" in [w["code"] for w in data["warnings"]]


def test_no_title_is_a_warning() -> None:
    data = _project("Registrační číslo projektu: CZ.03.02.01/00/22_018/0000002\n")
    assert data["project"]["title"] is None
    assert "PRJ001" in [w["code"] for w in data["warnings"]]
