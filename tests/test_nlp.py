"""The rules-first Czech pipeline: components, entities, lazy loading, model option."""

from __future__ import annotations

import subprocess
import sys

import pytest

from minutes_cli.nlp import model_available
from minutes_cli.nlp.pipeline import analyse, get_pipeline

TEXT = [
    "Pan Antony přivítal přítomné, za ASZ dorazil pana Ing. Antonyho kolega.",
    "Za společnost Bílý nosorožec o.p.s. hovořila Mgr. Hana Nohavicová, tel. 599 443 855.",
    "Paní Nohavicové poděkovala Městská policie Ostrava i projekt Bílého nosorožce.",
    "Schůzka proběhne na nám. Sv. Čecha, např. v 9:00. Další bod.",
    "Zapsala: Jana Abrlová, DiS.",
]


def test_sentences_do_not_end_at_abbreviations() -> None:
    doc = get_pipeline("rules")(TEXT[3])
    sents = [s.text for s in doc.sents]
    assert sents == ["Schůzka proběhne na nám. Sv. Čecha, např. v 9:00.", "Další bod."]


def test_components_are_registered_factories() -> None:
    import spacy

    nlp = spacy.blank("cs")
    nlp.add_pipe("minutes_sentences")
    nlp.add_pipe("minutes_entities")
    labels = {e.label_ for e in nlp(TEXT[1]).ents}
    assert {"PERSON", "ORG", "PHONE"} <= labels


def test_people_and_organisations_are_linked_across_the_document() -> None:
    result = analyse(TEXT)
    names = {p.name: p for p in result.people}
    assert set(names) == {"Antony", "Hana Nohavicová", "Jana Abrlová"}
    assert names["Hana Nohavicová"].degrees == ["Mgr."]
    assert names["Jana Abrlová"].degrees == ["DiS."]
    assert len(names["Antony"].mentions) == 2
    orgs = {o.name: o for o in result.organisations}
    assert {"ASZ", "Bílý nosorožec", "Městská policie Ostrava"} <= set(orgs)
    assert [m.text for m in orgs["Bílý nosorožec"].mentions] == [
        "Bílý nosorožec o.p.s.",
        "Bílého nosorožce",
    ]


def test_street_named_after_a_doctor_is_not_a_person() -> None:
    assert analyse(["KACPU je přestěhováno na Dr. Malého."]).people == []


@pytest.mark.parametrize("argv", [["--help"], ["validate", "--help"]])
def test_cli_does_not_import_spacy(argv: list[str]) -> None:
    code = (
        "import sys\nfrom minutes_cli.cli import main\n"
        f"sys.argv = ['minutes', *{argv!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.model
@pytest.mark.skipif(not model_available(), reason="cs-core-news-sm not installed")
def test_model_pipeline_keeps_rules_and_adds_lemmas() -> None:
    nlp = get_pipeline("model")
    assert "parser" not in nlp.pipe_names
    assert nlp.pipe_names[0] == "minutes_sentences"
    result = analyse(TEXT, "model")
    assert {p.name for p in result.people} == {"Antony", "Hana Nohavicová", "Jana Abrlová"}


@pytest.mark.model
@pytest.mark.skipif(not model_available(), reason="cs-core-news-sm not installed")
def test_model_lemmas_are_votes_not_names() -> None:
    lines = ["Zapsala: Mgr. Hana Nohavicová", "Informace předá paní Nohavicové."]
    result = analyse(lines, "model")
    assert [p.name for p in result.people] == ["Hana Nohavicová"]
    assert len(result.people[0].mentions) == 2
    assert result.people[0].mentions[0].lemma == "Nohavicová"
