"""In-document linking: Czech surname nominatives, person clusters, organisations."""

from __future__ import annotations

from minutes_cli.nlp import link_organisation, link_people, nominative_candidates, same_person
from minutes_cli.nlp.linking import Mention


def test_nominative_candidates_cover_czech_cases() -> None:
    assert "Nohavicová" in nominative_candidates("Nohavicové")
    assert "Nohavicová" in nominative_candidates("Nohavicovou")
    assert "Antony" in nominative_candidates("Antonyho")
    assert "Antony" in nominative_candidates("Antonym")
    assert "Vyleťal" in nominative_candidates("Vyleťalovi")
    assert "Jirotek" in nominative_candidates("Jirotka")
    assert "Veselý" in nominative_candidates("Veselého")
    assert nominative_candidates("Novák")[0] == "Novák"


def test_same_person_respects_gender_and_given_names() -> None:
    assert same_person("Nohavicové", "Hana Nohavicová")
    assert same_person("Antonyho", "Antony")
    assert not same_person("Novák", "Nováková")
    assert not same_person("Jan Novák", "Petr Novák")


def test_signature_anchors_surname_mentions() -> None:
    people = link_people(
        [
            Mention("Nohavicová", line=3),
            Mention("Nohavicové", line=5),
            Mention("Hana Nohavicová", line=40, anchor=True, nominative=True, degrees=("Mgr.",)),
        ]
    )
    assert [p.name for p in people] == ["Hana Nohavicová"]
    assert people[0].degrees == ["Mgr."]
    assert len(people[0].mentions) == 3


def test_surname_only_cluster_is_named_by_the_nominative_form() -> None:
    people = link_people([Mention("Antony", line=1, nominative=True), Mention("Antonyho", line=2)])
    assert [p.name for p in people] == ["Antony"]


def test_lone_inflected_surname_gets_a_nominative() -> None:
    assert [p.name for p in link_people([Mention("Peškovou", line=1)])] == ["Pešková"]


def test_inflected_given_name_links_to_the_anchor() -> None:
    people = link_people(
        [Mention("Radek Kocián", line=1, anchor=True), Mention("Radka Kociána", line=9)]
    )
    assert [p.name for p in people] == ["Radek Kocián"]


def test_link_organisation_matches_inflected_forms_and_displays_the_known_name() -> None:
    known = ["Bílý nosorožec", "Nová Šance"]
    assert link_organisation("projekt Bílého nosorožce", known) == "Bílý nosorožec"
    assert link_organisation("Nové Šanci", known) == "Nová Šance"
    assert link_organisation("Magistrát města", known) is None
