"""Strategy and action plans: the plan tree, the activity cells, other numbering schemes."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from minutes_cli.api import parse_file, parse_text
from minutes_cli.extract.strategy import find_city, find_period, parse_costs, split_indicators
from minutes_cli.io.writers import as_data

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "strategy" / "strategie-prevence-kriminality-priorita-e.txt"


def _strategy(text: str) -> dict[str, Any]:
    data = as_data(parse_text(text, kind="strategy"))
    assert data["kind"] == "strategy"
    return data


def _activities(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for p in data["priorities"] for m in p["measures"] for a in m["activities"]]


def _codes(data: dict[str, Any]) -> list[str]:
    return [a["code"] for a in _activities(data)]


# --- the sample ------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    return as_data(parse_file(SAMPLE))


def test_sample_overview_table_makes_no_duplicates(sample: dict[str, Any]) -> None:
    measures = sample["priorities"][0]["measures"]
    assert [m["code"] for m in measures] == ["E.1", "E.2", "E.3"]
    assert len(_codes(sample)) == len(set(_codes(sample))) == 12


def test_sample_detailed_section_wins_for_text(sample: dict[str, Any]) -> None:
    e11 = sample["priorities"][0]["measures"][0]["activities"][0]
    assert e11["text"].startswith("Projekt Asistent prevence kriminality (APK)")
    # The loc points at the detailed section, not at the overview row.
    assert e11["loc"]["line"] > 40


def test_sample_overview_row_broken_across_lines_is_one_title(sample: dict[str, Any]) -> None:
    e32 = sample["priorities"][0]["measures"][2]["activities"][1]
    assert e32["title"].endswith("bojovat proti anticiganismu")
    assert "vůči rizikovým komunitám" in e32["title"]


def test_sample_fragment_before_first_heading_is_unassigned(sample: dict[str, Any]) -> None:
    codes = [w["code"] for w in sample["warnings"]]
    assert "STR001" in codes
    texts = [u["text"] for u in sample["unassigned"]]
    assert texts == ["Předpokládané 312 000 Kč / zajištění stávajících aktivit", "náklady:"]


def test_sample_cost_note_without_amount_next_to_amount(sample: dict[str, Any]) -> None:
    e33 = sample["priorities"][0]["measures"][2]["activities"][2]
    assert e33["costs"] == [
        {"amount": None, "currency": None, "note": "v rámci běžných činností"},
        {"amount": 200000.0, "currency": "CZK", "note": "rozvojový projekt"},
    ]


# --- cells -------------------------------------------------------------------------


def test_indicators_run_together_are_split() -> None:
    assert split_indicators(["Počet programů/projektů Počet účastníků programů"]) == [
        "Počet programů/projektů",
        "Počet účastníků programů",
    ]
    assert split_indicators(["Podíl obnovených hřišť Počet nových laviček"]) == [
        "Podíl obnovených hřišť",
        "Počet nových laviček",
    ]
    # A capitalised word inside an indicator does not split it.
    assert split_indicators(["Aktualizovaný Plán postupu"]) == ["Aktualizovaný Plán postupu"]


def test_costs_several_per_line_and_multipliers() -> None:
    costs = parse_costs(["165 000 Kč / stávající aktivity 200 000 Kč / 2 dílčí aktivity"])
    assert [(c["amount"], c["note"]) for c in costs] == [
        (165000, "stávající aktivity"),
        (200000, "2 dílčí aktivity"),
    ]
    assert parse_costs(["1,5 mil. Kč"])[0]["amount"] == 1500000
    assert parse_costs(["40 tis. Kč / semináře"])[0] == {
        "amount": 40000,
        "currency": "CZK",
        "note": "semináře",
    }
    assert parse_costs(["12 000 EUR"])[0]["currency"] == "EUR"
    assert parse_costs(["není možné vyčíslit"]) == [
        {"amount": None, "currency": None, "note": "není možné vyčíslit"}
    ]


def test_period_and_city() -> None:
    assert find_period("Strategie prevence na období 2023–2027") == (2023, 2027)
    assert find_period("Plán na léta 2020 - 2022") == (2020, 2022)
    assert find_period("bez období") is None
    assert find_city("Strategie prevence kriminality města Ostravy") == "Ostrava"
    assert find_city("Město Kostelec uplatňuje") == "Kostelec"


# --- other layouts -------------------------------------------------------------------


def test_split_label_across_lines_inside_an_activity() -> None:
    data = _strategy(
        "Opatření 3.1 Podpora sousedské pomoci\n\n"
        "Aktivita 3.1.1 Sousedské slavnosti\n"
        "Realizátor: spolek Náves\n"
        "Předpokládané 20 000 Kč / občerstvení a nájem\n"
        "náklady:\n"
    )
    (activity,) = _activities(data)
    assert activity["costs"] == [
        {"amount": 20000, "currency": "CZK", "note": "občerstvení a nájem"}
    ]
    assert data["unassigned"] == []


def test_strategic_and_specific_goals_scheme() -> None:
    data = _strategy(
        "Strategický cíl 1 Bezpečná obec\n\n"
        "Specifický cíl 1.1 Méně vloupání\n\n"
        "Opatření 1.1.1 Kampaň Zamykejte\n"
        "Realizátor:\tMěstská policie\n"
        "Termín:\t2025\n\n"
        "Opatření 1.1.2 Značení kol\n"
        "Realizátor:\tMěstská policie, Policie ČR\n"
    )
    assert [p["code"] for p in data["priorities"]] == ["1"]
    assert [m["code"] for m in data["priorities"][0]["measures"]] == ["1.1"]
    assert _codes(data) == ["1.1.1", "1.1.2"]
    assert _activities(data)[1]["implementers"] == ["Městská policie", "Policie ČR"]


def test_flat_numbering_by_labels() -> None:
    data = _strategy(
        "Priorita 2 Senioři\n\n"
        "Opatření 1 Bezpečí doma\n\n"
        "Aktivita 1 Přednášky o podvodech\nTermín: průběžně\n\n"
        "Aktivita 2 Tísňová tlačítka\nTermín: 2026\n\n"
        "Opatření 2 Bezpečí venku\n\n"
        "Aktivita 1 Doprovod k lékaři\nTermín: 2025\n"
    )
    (priority,) = data["priorities"]
    assert priority["code"] == "2"
    assert [m["code"] for m in priority["measures"]] == ["1", "2"]
    assert [[a["code"] for a in m["activities"]] for m in priority["measures"]] == [
        ["1", "2"],
        ["1"],
    ]
    assert priority["measures"][1]["activities"][0]["deadline"] == "2025"


def test_missing_priority_is_made_from_codes_with_warning() -> None:
    data = _strategy(
        "A.1 Obnova hřišť\n\nA.1.1 Hřiště u školy\nTermín: 2026\n\n"
        "B.1 Cyklostezky\n\nB.1.1 Značení okruhu\nTermín: 2027\n"
    )
    assert [p["code"] for p in data["priorities"]] == ["A", "B"]
    assert [p["title"] for p in data["priorities"]] == ["", ""]
    assert _codes(data) == ["A.1.1", "B.1.1"]
    assert [w["code"] for w in data["warnings"]].count("STR002") == 2


def test_no_structure_is_a_warning_not_a_crash() -> None:
    data = _strategy("Strategie rozvoje obce Lipová na období 2025–2030\n")
    assert data["priorities"] == []
    assert data["document"]["title"] == "Strategie rozvoje obce Lipová na období 2025–2030"
    assert data["document"]["period"] == {"start": 2025, "end": 2030}
    assert "STR003" in [w["code"] for w in data["warnings"]]


# --- DOCX action-plan table -----------------------------------------------------------


DOCX_READER = importlib.util.find_spec("minutes_cli.io.docx") is not None


@pytest.mark.skipif(not DOCX_READER, reason="the DOCX reader (minutes_cli.io.docx) is missing")
def test_action_plan_table_in_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Akční plán prevence kriminality obce Vranov na období 2025–2026")
    document.add_paragraph("Cíl 2 Bezpečný veřejný prostor")
    document.add_paragraph("Opatření 2.1 Prevence vandalismu")
    rows = [
        ["Kód", "Aktivita", "Ukazatel", "Realizátor", "Termín", "Zdroje", "Náklady"],
        [
            "2.1.1",
            "Fotopasti na skládkách",
            "Počet fotopastí Počet zjištěných přestupků",
            "obecní policie",
            "2025",
            "rozpočet obce",
            "30 000 Kč / nákup",
        ],
        [
            "2.1.2",
            "Graffiti stěna pro mládež",
            "Počet akcí",
            "DDM, obec",
            "průběžně",
            "rozpočet obce, dotace kraje",
            "v rámci běžných činností",
        ],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Opatření 2.2 Osvětlení")
    path = tmp_path / "akcni-plan.docx"
    document.save(str(path))

    data = as_data(parse_file(path))
    assert data["kind"] == "strategy"
    assert data["document"]["period"] == {"start": 2025, "end": 2026}
    (priority,) = data["priorities"]
    assert priority["code"] == "2"
    assert [m["code"] for m in priority["measures"]] == ["2.1", "2.2"]
    first, second = priority["measures"][0]["activities"]
    assert (first["code"], first["title"]) == ("2.1.1", "Fotopasti na skládkách")
    assert first["indicators"] == ["Počet fotopastí", "Počet zjištěných přestupků"]
    assert first["implementers"] == ["obecní policie"]
    assert first["deadline"] == "2025"
    assert first["costs"] == [{"amount": 30000, "currency": "CZK", "note": "nákup"}]
    assert second["implementers"] == ["DDM", "obec"]
    assert second["funding_sources"] == ["rozpočet obce", "dotace kraje"]
    assert second["costs"] == [
        {"amount": None, "currency": None, "note": "v rámci běžných činností"}
    ]
    assert data["unassigned"] == []
