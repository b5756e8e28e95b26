"""Extractor behaviours that short invented minutes pin down one at a time."""

from __future__ import annotations

import pytest

from minutes_cli.api import parse_text
from minutes_cli.extract import dates, entities, lexicon
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


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("soustředění ve dnech 14.–16. 3. 2025", ["2025-03-14", "2025-03-16"]),
        ("tábor 21. až 26. července 2025", ["2025-07-21", "2025-07-26"]),
        ("od 10. 6. 2024 do 18. 6. 2024", ["2024-06-10", "2024-06-18"]),
        ("bod 5. - 3. 4. 2025", ["2025-04-03"]),  # a first day after the last is no range
    ],
)
def test_day_ranges_give_their_first_day(text: str, dates: list[str]) -> None:
    from minutes_cli.extract.dates import find_dates

    assert [d.iso(None) for d in find_dates(text)] == dates


def test_a_dated_task_is_no_event_and_a_deadline_no_event_date() -> None:
    text = (
        "Zápis z porady\n\nDatum: 3. 3. 2025\nPřítomni: Jana Malá, Petr Hora\n\n"
        "Úkoly:\n- Jana Malá – domluvit schůzku se zástupci SVJ, do 7. 3. 2025\n"
        "- Petr Hora – objednat sál na valnou hromadu, do 10. 3. 2025\n\n"
        "Příští porada bude 17. 3. 2025 v 9:00.\n"
    )
    record = parse_text(text)
    assert {(a.who, a.due) for a in record.action_items} == {
        ("Jana Malá", "2025-03-07"),
        ("Petr Hora", "2025-03-10"),
    }
    assert [c.kind for c in record.conclusions] == ["task", "task"]
    assert [e.date for e in record.events] == ["2025-03-17"]


def test_roles_in_a_member_list_stay_with_their_names() -> None:
    text = (
        "Zápis ze schůze výboru\n\nDatum: 5. 5. 2025\nPřítomni:\n"
        "Mgr. Blanka Horáčková – předsedkyně\nOndřej Pazdera – místopředseda\n"
        "Ing. Šárka Kubínová – hospodářka\nJitka Malá (nemoc)\n\n1. Různé\nNic.\n"
    )
    roles = {p.name: p.roles for p in parse_text(text).people}
    assert roles["Blanka Horáčková"] == ["předsedkyně"]
    assert roles["Ondřej Pazdera"] == ["místopředseda"]
    assert roles["Šárka Kubínová"] == ["hospodářka"]
    assert roles["Jitka Malá"] == []  # a reason for being away is no role


def test_a_vote_per_rollam_is_dated_when_it_closed() -> None:
    text = (
        "Spolek Kapradí, z. s.\n\nZÁPIS O HLASOVÁNÍ VÝBORU PER ROLLAM\n\n"
        "Hlasování per rollam bylo vyhlášeno 10. 2. 2025 s termínem do 14. 2. 2025.\n"
        "Hlasovat bylo možné odpovědí na e-mail.\n\n"
        "Usnesení č. 1/2025/PR\nVýbor schvaluje nákup stanu.\n"
        "Pro: Jan Kříž, Eva Malá; Proti: nikdo; Zdržel se: nikdo\n\n"
        "Usnesení č. 2/2025/PR\nVýbor schvaluje nákup kotlíku.\n"
        "Pro: Jan Kříž; Proti: Eva Malá,\nIva Nová; Zdržel se: nikdo\n\n"
        "Zapsal: Jan Kříž, dne 15. 2. 2025\n"
    )
    record = parse_text(text)
    assert record.meeting.date == "2025-02-14"  # not the day it was written up
    assert record.meeting.title == "ZÁPIS O HLASOVÁNÍ VÝBORU PER ROLLAM"
    assert record.meeting.body == "Výbor Spolek Kapradí"
    votes = [(c.number, c.vote and (c.vote.for_, c.vote.against)) for c in record.conclusions]
    assert votes == [("1/2025/PR", (2, 0)), ("2/2025/PR", (1, 2))]  # the vote runs on


def test_minutes_written_as_one_table() -> None:
    text = (
        "Zápis z porady provozu\n\nDatum: 4. 6. 2025\nPřítomni: Jana Malá, Petr Hora\n\n"
        "Č.\tTéma\tZávěr\tKdo\tDo kdy\n"
        "1.\tÚklid skladu; Sklad je přeplněný.\tVyklidit regály.\tPetr Hora\t20. 6. 2025\n"
        "2.\tNový dodavatel\tSmlouva se schvaluje.\t–\t–\n\n"
        "Zapsala: Jana Malá\n"
    )
    record = parse_text(text)
    assert [(i.number, i.title, i.text) for i in record.items] == [
        ("1", "Úklid skladu", "Sklad je přeplněný."),
        ("2", "Nový dodavatel", ""),
    ]
    assert [(c.item, c.kind) for c in record.conclusions] == [("1", "task"), ("2", "decision")]
    assert [(a.who, a.due) for a in record.action_items] == [("Petr Hora", "2025-06-20")]
    assert not record.unassigned


@pytest.mark.parametrize(
    ("pattern", "loose"),
    [
        ("zodpovídá", "zodpov[íi]d[áa]"),
        ("zodpovědn[áý]?", "zodpov[ěe]dn[áaýy]?"),
        (r"[^č]\[á\]", r"[^č]\[[áa]\]"),  # a negated class keeps its letters; escapes stay
    ],
)
def test_loose_patterns_take_text_with_or_without_diacritics(pattern: str, loose: str) -> None:
    assert lexicon.loose(pattern) == loose


def test_minutes_typed_without_diacritics_keep_owners_and_the_end() -> None:
    record = parse_text(
        "Zapis ze schuze vyboru spolku Lipa\n"
        "Datum: 3. 3. 2025\n"
        "Pritomni: Kristyna Malinova, Jiri Storek\n\n"
        "1. Brigada\n"
        "Kristyna Malinova preda seznam naradi do 19. 3. 2025.\n\n"
        "2. Plot\n"
        "Ukol: opravit plot. Zodpovida: Jiri Storek, termin: 31. 3. 2025\n\n"
        "Predsedkyne ukoncila schuzi v 19:40.\n"
    )
    assert record.meeting.attendance.present == ["Kristyna Malinova", "Jiri Storek"]
    assert record.meeting.end_time == "19:40"
    owners = [(a.who, a.due) for a in record.action_items]
    assert owners == [("Kristyna Malinova", "2025-03-19"), ("Jiri Storek", "2025-03-31")]


def test_attendance_spaced_out_by_blank_lines() -> None:
    # Word's paragraph spacing, saved as text: a blank line after every name.
    record = parse_text(
        "Zápis z porady vedení\nDatum: 4. 2. 2025\n\nPřítomni:\n\nIng. Petr Novotný, ředitel\n\n"
        "Bc. Šárka Hudečková, ekonomka\n\nRoman Čermák, vedoucí autodopravy\n\n"
        "1. Rozpočet\nŘeditel seznámil přítomné s rozpočtem.\n"
    )
    assert record.meeting.attendance.present == ["Petr Novotný", "Šárka Hudečková", "Roman Čermák"]


def test_a_remark_after_a_dash_is_no_part_of_the_names() -> None:
    record = parse_text(
        "## 3. 4. 2025\n\nucast:\nlenka, petr - v klubovne\nmirek - pres video\n\n"
        "probrali jsme:\n\n* rozpocet (schvaleno)\n",
        media_type="text/markdown",
        kind="minutes",
    )
    assert record.meeting.attendance.present == ["Lenka", "Petr", "Mirek"]


@pytest.mark.parametrize(
    "text",
    [
        "Zápis z jednání: PŘÍTOMNI – Ing. Řehoř Šťastný, Ďáblice, Ústí, Ňadra, Ťuk",
        "schvaleno jednomyslne",  # typed without diacritics
        "„Úkol“ … • 1 500 Kč, § 12, Größe, Łódź, Ärger",  # windows-1250 beyond Czech
        "▪ Bod s odrážkou mimo windows-1250, Ёлка, 😀",  # falls back to str.translate
        "",
    ],
)
def test_fast_folds_fold_like_the_character_by_character_ones(text: str) -> None:
    folded = dates.strip_accents.__wrapped__(text)
    assert len(folded) == len(text)  # offsets in the folded text are offsets in the text
    assert folded == dates._fold(text)
    assert lexicon.unaccent(text) == lexicon._unaccent(text)


def test_fast_folds_fold_every_windows_1250_character_as_the_slow_ones() -> None:
    for code in range(256):
        try:
            ch = bytes([code]).decode("cp1250")
        except UnicodeDecodeError:
            continue
        assert dates.strip_accents.__wrapped__(ch) == dates._fold(ch), ch
        assert lexicon.unaccent(ch) == lexicon._unaccent(ch), ch


def test_a_fold_that_maps_a_character_to_two_cannot_be_made_fast() -> None:
    def spell_out(text: str) -> str:
        return text.replace("ß", "ss")

    with pytest.raises(ValueError, match="spell_out maps 'ß' to 2 characters"):
        dates.cp1250_fold(spell_out)


_POINTS = (
    "\n\nPřítomni: Jan Novák, Eva Malá\n\nProgram:\n1. Zahájení\n2. Různé\n\n"
    "1. Zahájení\n{opening}\n\n2. Různé\nBez dotazů.\n\nZapsal: Jan Novák\n"
)


@pytest.mark.parametrize(
    ("head", "opening", "start", "end"),
    [
        (
            "Datum: 3. 3. 2023\nJednání zahájeno v 16:05 hod.",
            "Předseda přivítal přítomné.",
            "16:05",
            None,
        ),
        (
            "Datum: 3. 3. 2023",
            "Předseda zahájil jednání v 16:10 a přivítal přítomné.",
            "16:10",
            None,
        ),
        (
            "Dne 3. 3. 2023, začátek v 16:00 hod., konec v 18:30 hod.",
            "Bez úvodu.",
            "16:00",
            "18:30",
        ),
        # A start of building works is no start of the meeting.
        ("Datum: 3. 3. 2023", "Stavba bude zahájena v 8:00.", None, None),
    ],
)
def test_start_and_end_told_in_sentences(
    head: str, opening: str, start: str | None, end: str | None
) -> None:
    record = parse_text("Zápis z jednání komise\n" + head + _POINTS.format(opening=opening))
    assert record.meeting.date == "2023-03-03"
    assert (record.meeting.start_time, record.meeting.end_time) == (start, end)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("03/03/2023", "2023-03-03"),
        ("3/12/2024", "2024-12-03"),
        ("31/02/2023", None),
        ("12/3", None),
    ],
)
def test_a_date_label_takes_a_date_with_slashes(value: str, iso: str | None) -> None:
    assert dates.parse_date_value(value) == iso


def test_a_list_with_surnames_first_names_each_person_once() -> None:
    text = (
        "Zápis z jednání komise\nDatum: 3. 3. 2023\n"
        "Přítomni: Ing. Novák Jan, Mgr. Malá Eva, Hora Petr, Marek Josef\n\n"
        "1. Zahájení\nPředseda Novák přivítal přítomné.\n\nZapsal: Jan Novák\n"
    )
    record = parse_text(text)
    # "Marek Josef": both words are given names, the order is kept as written
    assert record.meeting.attendance.present == [
        "Jan Novák",
        "Eva Malá",
        "Petr Hora",
        "Marek Josef",
    ]
    people = {p.name: p.degrees for p in record.people}
    assert people["Jan Novák"] == ["Ing."] and people["Eva Malá"] == ["Mgr."]
    assert "Novák Jan" not in people and "Malá Eva" not in people


@pytest.mark.parametrize(
    ("line", "who", "what"),
    [
        (
            "Úkol: Ing. Beneš zjistí cenu nových žebřin. Termín: 28. 2. 2025",
            "Tomáš Beneš",
            "zjistí cenu nových žebřin",
        ),
        # the same typed without diacritics: the fields go, the listed person is named
        (
            "Ukol: Ing. Benes zjisti cenu novych zebrin. Termin: 28. 2. 2025",
            "Tomáš Beneš",
            "zjisti cenu novych zebrin",
        ),
        (
            "Pani reditelka zasle upraveny rad do 28. 2. 2025.",
            "Ivana Stará",
            "zasle upraveny rad do 28. 2. 2025",
        ),
    ],
)
def test_tasks_typed_without_diacritics_keep_owner_and_fields(
    line: str, who: str, what: str
) -> None:
    text = (
        "Zápis z jednání rady\nDatum: 15. 1. 2025\n"
        "Přítomni: Ing. Tomáš Beneš, Petra Nováková\nHost: Mgr. Ivana Stará, ředitelka školy\n\n"
        f"1. Různé\n{line}\n"
    )
    record = parse_text(text)
    assert [(a.who, a.what, a.due) for a in record.action_items] == [(who, what, "2025-02-28")]
    assert [p.name for p in record.people] == ["Tomáš Beneš", "Petra Nováková", "Ivana Stará"]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Rozpočet 2 mil. Kč.", 2_000_000.0),
        ("Dotace 350 tis. Kč.", 350_000.0),
        ("Příspěvek 500,- Kč", 500.0),
    ],
)
def test_a_money_entity_holds_the_amount_in_crowns(line: str, value: float) -> None:
    hits = [h for h in entities.scan_line(line) if h.type == "money"]
    assert [h.value for h in hits] == [value]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Pan Novák informoval o opravě chodníku, kterou provede firma Stavby Horák s.r.o. "
            "do konce dubna.",
            "Stavby Horák s.r.o.",
        ),
        ("Opravu střechy provede firma Klempířství Veselý do 30. 4. 2025.", "Klempířství Veselý"),
        ("Pan Novák zajistí opravu střechy do 30. 4. 2025.", "Jan Novák"),
    ],
)
def test_a_company_named_after_the_verb_owns_the_task(line: str, who: str) -> None:
    text = "Zápis z jednání rady\nDatum: 15. 1. 2025\nPřítomni: Jan Novák, Eva Dvořáková\n\n"
    record = parse_text(f"{text}1. Různé\n{line}\n")
    assert [(a.who, a.due) for a in record.action_items] == [(who, "2025-04-30")]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("pro/proti/zdržel se: 7/0/0", (7, 0, 0)),
        ("Hlasování (pro/proti/zdržel): 6/0/1", (6, 0, 1)),
        ("Návrh byl přijat 6 hlasy, 1 se zdržel.", (6, None, 1)),
        ("Pro hlasovalo 6 členů, nikdo nebyl proti, 1 se zdržel.", (6, 0, 1)),
        ("Schváleno všemi hlasy přítomných.", (7, 0, 0)),
        ("6 pro 1 proti", (6, 1, None)),
        ("Hlasování: ano 5, ne 1, zdržel se 1", (5, 1, 1)),
    ],
)
def test_vote_forms(text: str, counts: tuple[int | None, ...]) -> None:
    vote = parse_vote(text, present=7)
    assert vote is not None
    assert (vote.for_, vote.against, vote.abstain) == counts
    assert vote.result == "adopted"


def test_ne_alone_is_no_vote_against() -> None:
    assert parse_vote("Hlasování proběhne ne 5. 5.", present=7) is None


@pytest.mark.parametrize(
    "heading", ["Návrh programu:", "Program jednání:", "Schválený program:", "Pořad jednání:"]
)
def test_programme_headings_open_the_programme(heading: str) -> None:
    text = (
        f"Zápis z jednání rady obce\n\nDatum: 5. 3. 2024\n\n{heading}\n1. Zahájení\n2. Různé\n\n"
        "1. Zahájení\nStarosta zahájil jednání.\n\n2. Různé\nNic.\n"
    )
    record = parse_text(text)
    assert [(a.number, a.title) for a in record.agenda] == [("1", "Zahájení"), ("2", "Různé")]
    assert record.agenda[0].loc.line == 6  # the list under the heading, not the sections
    assert not [w.code for w in record.warnings if w.code in ("MIN102", "MIN109")]


def test_an_entry_with_its_outcome_after_it_is_a_decision() -> None:
    record = parse_text(
        _HEAD + "1. Ke schválení\n"
        "* zápis z minulé schůze (schváleno)\n"
        "* nákup nového stanu – neschváleno.\n"
        "Hlasování o rozpočtu: pro 4, proti 0, zdržel se 0 – schváleno.\n"
    )
    decided = [(c.text, c.vote.result if c.vote else None) for c in record.conclusions]
    assert ("zápis z minulé schůze", "adopted") in decided
    assert ("nákup nového stanu", "rejected") in decided
    counted = [c.vote for c in record.conclusions if c.vote and c.vote.for_ is not None]
    assert [(v.for_, v.against, v.abstain) for v in counted] == [(4, 0, 0)]


def test_a_numbered_resolution_keeps_its_clauses_a_line_each() -> None:
    record = parse_text(
        _HEAD + "1. Investice\n"
        "Usnesení č. ZM/12/2024\n"
        "ZM schvaluje investiční záměr na rekonstrukci koupaliště.\n"
        "ZM ukládá starostovi podat žádost o dotaci.\n"
        "Zodpovídá: starosta, Termín: ihned\n"
        "Hlasování: pro 12, proti 0, zdržel se 1\n"
        "Starosta poděkoval za podporu.\n"
    )
    (resolution,) = [c for c in record.conclusions if c.number == "ZM/12/2024"]
    assert "ZM ukládá starostovi podat žádost o dotaci." in resolution.text
    assert "poděkoval" not in resolution.text
    assert resolution.vote is not None and (resolution.vote.for_, resolution.vote.abstain) == (
        12,
        1,
    )
    assert resolution.kind == "task"


def test_a_table_reviewing_old_resolutions_gives_no_conclusion() -> None:
    record = parse_text(
        _HEAD + "1. Kontrola plnění usnesení\n"
        "Výbor zkontroloval plnění usnesení z 5. zasedání:\n"
        "Usnesení\tObsah\tStav\n"
        "5/3/2025\tprodej pozemku p. č. 12/4\tsplněno\n"
        "5/4/2025\toprava hasičské zbrojnice\ttrvá\n"
    )
    assert record.conclusions == []
    assert "prodej pozemku" in record.items[0].text and not record.unassigned
