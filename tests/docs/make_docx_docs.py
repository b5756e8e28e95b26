"""Write invented DOCX test minutes into ``tests/docs/minutes/`` (see :data:`DOCUMENTS`).

The documents exercise what only Word files have: header and resolution
tables, auto-numbered lists (style 'List Number', whose numbers exist only in
``numbering.xml``) and heading styles. Run ``python tests/docs/make_docx_docs.py``
after editing; the output is byte-for-byte deterministic (fixed core
properties and ZIP timestamps) so regenerating does not churn git.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = Path(__file__).resolve().parent / "minutes"
# A fixed instant for every timestamp in the package: reproducible bytes.
FIXED = dt.datetime(2025, 3, 17, 12, 0, 0)


def _table(doc: DocumentObject, rows: Sequence[Sequence[str]]) -> None:
    """A grid table; the first row is the header row."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
            if r == 0:
                for run in table.cell(r, c).paragraphs[0].runs:
                    run.bold = True


def _deterministic(doc: DocumentObject, path: Path) -> None:
    """Save with fixed metadata and rewrite the ZIP with fixed timestamps."""
    props = doc.core_properties
    props.author = "Spolek"
    props.last_modified_by = "Spolek"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        # [Content_Types].xml first, as Word writes it; then a stable order.
        names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            fixed = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(name))
    path.write_bytes(out.getvalue())


def valna_hromada() -> DocumentObject:
    """20: annual general meeting of an association, with tables and Word numbering."""
    doc = Document()
    doc.add_heading("Okrašlovací spolek Habrovany, z. s.", level=1)
    doc.add_paragraph("Zápis z řádné valné hromady spolku")
    _table(
        doc,
        [
            ["Datum", "Místo", "Přítomno", "Zapisovatel"],
            [
                "15. 3. 2025, 17:00",
                "sál hostince U Lípy, Habrovany 12",
                "20 z 26 členů",
                "Tereza Malá",
            ],
        ],
    )
    doc.add_paragraph("Program:")
    for entry in (
        "Zahájení a volba orgánů valné hromady",
        "Výroční zpráva za rok 2024",
        "Zpráva o hospodaření a rozpočet na rok 2025",
        "Volba předsedy a výboru",
        "Plán činnosti na rok 2025",
        "Závěr",
    ):
        doc.add_paragraph(entry, style="List Number")

    doc.add_heading("1. Zahájení a volba orgánů valné hromady", level=2)
    doc.add_paragraph(
        "Valnou hromadu zahájil dosavadní předseda Ing. Miloš Hrubý. Konstatoval, že je přítomno "
        "20 z 26 členů a valná hromada je usnášeníschopná. Zapisovatelkou byla navržena "
        "Tereza Malá, ověřovatelem zápisu Mgr. Petr Dvořák."
    )
    doc.add_heading("2. Výroční zpráva za rok 2024", level=2)
    doc.add_paragraph(
        "Předseda přednesl výroční zprávu. Spolek v loňském roce vysadil 34 stromů v aleji "
        "k Novým Dvorům a opravil dvě lavičky u kapličky."
    )
    doc.add_heading("3. Zpráva o hospodaření a rozpočet na rok 2025", level=2)
    doc.add_paragraph(
        "Pokladní Alena Koubková seznámila členy s hospodařením: příjmy 48 200 Kč, výdaje "
        "39 650 Kč, zůstatek na účtu k 31. 12. 2024 činí 61 380 Kč."
    )
    doc.add_heading("4. Volba předsedy a výboru", level=2)
    doc.add_paragraph(
        "Ing. Miloš Hrubý již nekandidoval. Na předsedu byl navržen Jan Novák, do výboru "
        "Alena Koubková a Štěpán Rys."
    )
    doc.add_paragraph("Volba předsedy: Jan Novák – pro 18, proti 0, zdrželi se 2")
    doc.add_paragraph("Volba výboru: Alena Koubková, Štěpán Rys – pro 20, proti 0, zdrželi se 0")
    doc.add_heading("5. Plán činnosti na rok 2025", level=2)
    doc.add_paragraph(
        "Nový předseda představil plán: jarní brigáda v aleji v sobotu 12. 4. 2025 od 9:00, "
        "oprava křížku u hřbitova a podání žádosti o dotaci na výsadbu."
    )
    doc.add_paragraph("Úkol: Jan Novák podá žádost o dotaci na výsadbu do 30. 4. 2025.")
    doc.add_heading("6. Závěr", level=2)
    doc.add_paragraph("Předseda poděkoval přítomným a ukončil valnou hromadu v 18:45.")

    doc.add_paragraph("Přijatá usnesení:")
    _table(
        doc,
        [
            ["Číslo", "Usnesení", "Hlasování"],
            ["1/2025", "Valná hromada schvaluje program a zapisovatelku Terezu Malou.", "20-0-0"],
            ["2/2025", "Valná hromada schvaluje výroční zprávu.", "20-0-0"],
            [
                "3/2025",
                "Valná hromada schvaluje hospodaření za rok 2024 a rozpočet na rok 2025.",
                "19-0-1",
            ],
            ["4/2025", "Valná hromada volí předsedou spolku Jana Nováka.", "18-0-2"],
            ["5/2025", "Valná hromada volí členy výboru Alenu Koubkovou a Štěpána Rysa.", "20-0-0"],
        ],
    )
    doc.add_paragraph("V Habrovanech dne 17. 3. 2025")
    doc.add_paragraph("Zapsala: Tereza Malá")
    doc.add_paragraph("Ověřil: Mgr. Petr Dvořák")
    return doc


_ROWS_78: list[list[str | list[str]]] = [
    ["Bod", "Projednávaná záležitost", "Závěr / úkol", "Odpovídá", "Termín"],
    [
        "1.",
        [
            "Kontrola zápisu z minulého jednání",
            "Předseda komise shrnul plnění úkolů z jednání dne 24. 9. 2024. "
            "Dopravní značení u hřbitova bylo doplněno, oprava chodníku v ulici "
            "Nádražní je objednána.",
        ],
        ["Zápis z jednání dne 24. 9. 2024 byl schválen bez připomínek."],
        "–",
        "–",
    ],
    [
        "2.",
        [
            "Návrh na zřízení přechodu pro chodce u ZŠ Komenského",
            "Ředitelka školy požádala o bezpečné přecházení v místě, kde děti "
            "denně přecházejí silnici II/318. Podle sčítání projede ráno mezi "
            "7:15 a 8:00 přes 400 vozidel.",
            "Pan Stehlík upozornil, že přechod musí být nasvětlen; odbor dopravy "
            "odhaduje náklady na 650 000 Kč.",
        ],
        [
            "Komise doporučuje Radě města Horní Ředkvice zřízení přechodu pro "
            "chodce včetně nasvětlení schválit.",
            "Hlasování: pro 5, proti 0, zdržel se 0.",
        ],
        "–",
        "–",
    ],
    [
        "3.",
        [
            "Parkování v ulici Zahradní",
            "Obyvatelé si stěžují na dlouhodobě odstavená vozidla dojíždějících. "
            "Paní Šťastná navrhla zónu placeného stání s rezidentními kartami.",
        ],
        [
            "Prověřit možnost zavedení zóny placeného stání v ulici Zahradní a "
            "předložit návrh s odhadem nákladů na příští jednání komise.",
        ],
        "Pavel Stehlík",
        "19. 11. 2024",
    ],
    [
        "4.",
        [
            "Stížnost občanů na rychlost vozidel v Lesní ulici",
            "Petici podepsalo 38 obyvatel. Městská policie v ulici měřila "
            "v září, nejvyšší naměřená rychlost byla 78 km/h při povolené 50 km/h.",
        ],
        [
            "Požádat Policii ČR o pravidelné měření rychlosti a na vjezd do "
            "Lesní ulice umístit informativní radar.",
        ],
        "Radovan Pešek",
        "15. 11. 2024",
    ],
    [
        "5.",
        [
            "Různé",
            "Pan Mráz informoval o uzavírce mostu v Dolní Ředkvici od 4. 11. 2024, "
            "objízdná trasa povede přes Lesní ulici.",
        ],
        [
            "Příští jednání komise se uskuteční 26. 11. 2024 v 16:00 v zasedací místnosti MěÚ.",
            "Rozeslat pozvánky a podklady členům komise.",
        ],
        "Alena Matoušková",
        "19. 11. 2024",
    ],
]


def _fill(cell: Any, value: str | list[str], bold_first: bool = False) -> None:
    """Write one string or a list of paragraphs into a cell."""
    parts = [value] if isinstance(value, str) else list(value)
    cell.text = parts[0]
    if bold_first:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for extra in parts[1:]:
        cell.add_paragraph(extra)


def komise_doprava() -> DocumentObject:
    """78: a town committee whose whole body is one table, a row per point."""
    doc = Document()
    title = doc.add_paragraph()
    run = title.add_run("Zápis z jednání komise pro dopravu a bezpečnost Rady města Horní Ředkvice")
    run.bold = True
    for label, value in (
        ("Datum:", "22. 10. 2024, 16:00–17:45"),
        ("Místo:", "zasedací místnost MěÚ Horní Ředkvice, Náměstí Míru 1, 2. patro"),
        (
            "Přítomni:",
            "Ing. Josef Kratochvíl (předseda), Alena Matoušková, Pavel Stehlík, "
            "Mgr. Vendula Šťastná, Bohuslav Mráz",
        ),
        ("Omluveni:", "Jiří Rambousek, Hana Lukešová"),
        ("Host:", "Radovan Pešek (velitel Městské policie Horní Ředkvice)"),
    ):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(" " + value)

    table = doc.add_table(rows=len(_ROWS_78), cols=len(_ROWS_78[0]))
    table.style = "Table Grid"
    for r, row in enumerate(_ROWS_78):
        for c, value in enumerate(row):
            _fill(table.cell(r, c), value, bold_first=(r == 0 or c == 1))

    doc.add_paragraph("")
    doc.add_paragraph("Zapsal: Bohuslav Mráz, dne 23. 10. 2024")
    doc.add_paragraph("Ověřil: Ing. Josef Kratochvíl, předseda komise")
    return doc


def _restarted_list_number(doc: DocumentObject) -> int:
    """A new w:num for the 'List Number' abstract numbering that restarts at 1."""
    style_num_id = doc.styles["List Number"].element.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def _numbered(doc: DocumentObject, text: str, num_id: int | None = None) -> None:
    """A 'List Number' paragraph, optionally bound to a specific w:num."""
    p = doc.add_paragraph(text, style="List Number")
    if num_id is not None:
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id


PROGRAMME = [
    "Zahájení a schválení programu",
    "Schválení výroční zprávy o činnosti školy za školní rok 2023/2024",
    "Projednání změn školního řádu",
    "Informace o rekonstrukci školní jídelny",
    "Různé a závěr",
]


def skolska_rada() -> DocumentObject:
    """88: school board minutes built from heading styles and Word lists."""
    doc = Document()
    doc.add_paragraph(
        "Zápis z jednání Školské rady při Základní škole a mateřské škole Bělokamenice",
        style="Title",
    )
    doc.add_paragraph("Datum a čas: 14. 10. 2024 od 15:30 hodin")
    doc.add_paragraph("Místo: sborovna ZŠ Bělokamenice, Školní 212, Bělokamenice")
    doc.add_paragraph(
        "Přítomni: Mgr. Lenka Boháčová (předsedkyně), Ing. Tomáš Vrba, Markéta Cibulková, "
        "Bc. Ondřej Šafránek, Jiří Pospíšek"
    )
    doc.add_paragraph("Omluvena: Mgr. Ivana Kleinová")
    doc.add_paragraph("Host: Mgr. Radim Štolba, ředitel školy")

    doc.add_paragraph("Program jednání:")
    for entry in PROGRAMME:
        _numbered(doc, entry)

    doc.add_heading(PROGRAMME[0], level=2)
    doc.add_paragraph(
        "Předsedkyně školské rady Mgr. Lenka Boháčová zahájila jednání v 15:35 a konstatovala, "
        "že je přítomno 5 z 6 členů a rada je usnášeníschopná."
    )
    doc.add_paragraph(
        "Zapisovatelem byl určen Bc. Ondřej Šafránek, ověřovatelkou zápisu předsedkyně. "
        "Program byl schválen bez doplnění."
    )

    doc.add_heading(PROGRAMME[1], level=2)
    doc.add_paragraph(
        "Ředitel školy Mgr. Radim Štolba představil výroční zprávu. Školu navštěvovalo "
        "k 30. 9. 2023 celkem 214 žáků v 11 třídách, mateřskou školu 48 dětí. Česká školní "
        "inspekce v březnu 2024 nezjistila nedostatky."
    )
    doc.add_paragraph(
        "Hospodaření školy skončilo ziskem 84 300 Kč, který bude převeden do rezervního fondu."
    )
    doc.add_paragraph(
        "Ing. Tomáš Vrba se dotázal na výsledky přijímacího řízení; na střední školy bylo "
        "přijato všech 27 vycházejících žáků. Pan Pospíšek požádal, aby zpráva byla doplněna "
        "o přehled mimoškolních aktivit. Ředitel doplnění přislíbil."
    )
    doc.add_paragraph(
        "Paní Cibulková za zákonné zástupce ocenila zapojení školy do projektu čtenářských "
        "dílen a požádala o jeho pokračování i v příštím školním roce."
    )

    doc.add_heading(PROGRAMME[2], level=2)
    doc.add_paragraph(
        "Ředitel předložil návrh změn školního řádu: nově se upravuje používání mobilních "
        "telefonů o přestávkách a omlouvání absence přes elektronickou žákovskou knížku."
    )
    doc.add_paragraph(
        "Paní Cibulková navrhla, aby zákaz používání telefonů o přestávkách platil jen pro "
        "1. stupeň; návrh nezískal podporu ostatních členů."
    )
    doc.add_paragraph(
        "Ing. Vrba se dotázal, zda změny projednal žákovský parlament. Ředitel uvedl, že "
        "parlament změny projednal 7. 10. 2024 bez připomínek."
    )

    doc.add_heading(PROGRAMME[3], level=2)
    doc.add_paragraph(
        "Ředitel informoval, že zřizovatel získal dotaci 3 850 000 Kč na rekonstrukci školní "
        "jídelny. Stavba proběhne o letních prázdninách 2025, stravování bude po tu dobu "
        "zajištěno dovozem obědů ze ZŠ v Lipové."
    )
    doc.add_paragraph(
        "Pan Pospíšek se dotázal, zda se kapacita jídelny zvýší. Ředitel odpověděl, že po "
        "rekonstrukci bude jídelna vydávat až 320 obědů denně místo dosavadních 260."
    )
    doc.add_paragraph("Členové rady ocenili, že se podařilo dotaci získat již v prvním kole výzvy.")

    doc.add_heading(PROGRAMME[4], level=2)
    doc.add_paragraph(
        "Paní Cibulková tlumočila dotaz rodičů na nabídku zájmových kroužků; ředitel uvedl, "
        "že od listopadu škola otevře kroužek robotiky a keramiky."
    )
    doc.add_paragraph(
        "Ing. Vrba za zřizovatele informoval, že obec v roce 2025 opraví chodník před "
        "hlavním vchodem do školy a doplní stojany na kola."
    )
    doc.add_paragraph(
        "Příští jednání školské rady se uskuteční v pondělí 13. ledna 2025 v 15:30 ve sborovně "
        "školy. Předsedkyně poděkovala přítomným a ukončila jednání v 17:05."
    )

    doc.add_heading("Usnesení", level=2)
    restart = _restarted_list_number(doc)
    for text in (
        "Školská rada schvaluje program jednání. Hlasování: pro 5, proti 0, zdržel se 0.",
        "Školská rada schvaluje výroční zprávu o činnosti školy za školní rok 2023/2024 "
        "s doplněním přehledu mimoškolních aktivit. Hlasování: pro 5, proti 0, zdržel se 0.",
        "Školská rada ukládá řediteli školy Mgr. Radimu Štolbovi doplnit výroční zprávu "
        "a zveřejnit ji na webových stránkách školy do 31. 10. 2024. "
        "Hlasování: pro 5, proti 0, zdržel se 0.",
        "Školská rada schvaluje změny školního řádu s účinností od 1. 11. 2024. "
        "Hlasování: pro 4, proti 1, zdržel se 0.",
        "Školská rada bere na vědomí informaci o rekonstrukci školní jídelny.",
    ):
        _numbered(doc, text, restart)

    doc.add_paragraph("V Bělokamenici dne 16. 10. 2024")
    table = doc.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    for c, (label, name) in enumerate(
        (("Zapsal", "Bc. Ondřej Šafránek"), ("Ověřil", "Mgr. Lenka Boháčová"))
    ):
        table.cell(0, c).text = label
        for run in table.cell(0, c).paragraphs[0].runs:
            run.bold = True
        table.cell(1, c).text = name
    return doc


SOCIAL_PROGRAMME = [
    "Zahájení a schválení programu",
    "Kontrola plnění úkolů z minulého jednání",
    "Žádosti o přidělení bytů v Domě s pečovatelskou službou",
    "Dotační program města pro sociální služby na rok 2025",
    "Vánoční setkání seniorů",
    "Různé",
]


def socialni_komise() -> DocumentObject:
    """100: a social committee with attendance and resolution tables."""
    doc = Document()
    title = doc.add_paragraph()
    title.add_run("Zápis ze 4. jednání Sociální komise Rady města Jeřábkov").bold = True
    doc.add_paragraph("Datum: 21. 11. 2024, 15:00–16:45")
    doc.add_paragraph("Místo: klubovna Domu s pečovatelskou službou, Zahradní 640, Jeřábkov")

    doc.add_paragraph("Prezence:")
    _table(
        doc,
        [
            ["Jméno", "Funkce", "Přítomen"],
            ["Mgr. Dana Křivánková", "předsedkyně", "ano"],
            ["Bc. Lukáš Vondřich", "člen", "ano"],
            ["Marie Slámová", "členka", "ano"],
            ["MUDr. Ivo Zajíček", "člen", "omluven"],
            ["Růžena Tomková", "členka", "ano"],
            ["Pavel Kratina", "člen", "ne"],
            ["Ing. Hedvika Benešová", "tajemnice komise", "ano"],
        ],
    )
    doc.add_paragraph(
        "Host: Mgr. Kamila Dvorská, ředitelka Pečovatelské služby Jeřábkov, příspěvkové organizace"
    )

    doc.add_paragraph("Program:")
    for entry in SOCIAL_PROGRAMME:
        doc.add_paragraph(entry, style="List Number")

    doc.add_heading("1. " + SOCIAL_PROGRAMME[0], level=2)
    doc.add_paragraph(
        "Jednání zahájila a řídila předsedkyně komise Mgr. Dana Křivánková. Konstatovala, že "
        "jsou přítomni 4 ze 6 členů komise a komise je usnášeníschopná. Program byl schválen "
        "bez doplnění."
    )
    doc.add_heading("2. " + SOCIAL_PROGRAMME[1], level=2)
    doc.add_paragraph(
        "Tajemnice komise informovala, že Rada města na svém jednání dne 4. 11. 2024 přijala "
        "doporučení komise ke zvýšení příspěvku na obědy pro seniory. Úkol z minulého jednání "
        "týkající se mapování bezbariérovosti zastávek trvá."
    )
    doc.add_paragraph(
        "Pan Vondřich doplnil, že mapování provádí se studenty střední zdravotnické školy; "
        "dosud bylo zmapováno 14 z 22 zastávek MHD. Výsledky předloží na příštím jednání."
    )
    doc.add_heading("3. " + SOCIAL_PROGRAMME[2], level=2)
    doc.add_paragraph(
        "Komise posoudila 5 žádostí o přidělení bytu v Domě s pečovatelskou službou, ve kterém "
        "se uvolnily 2 byty (č. 12 a č. 27). Ředitelka pečovatelské služby Mgr. Dvorská popsala "
        "zdravotní a sociální situaci žadatelů. Komise sestavila pořadí podle bodového "
        "hodnocení; žadatelé jsou v zápisu uvedeni pouze evidenčními čísly žádostí."
    )
    doc.add_paragraph(
        "Pan Vondřich upozornil, že žadatel s ev. č. 31/2024 nemá v Jeřábkově trvalý pobyt "
        "a podle pravidel nemůže být zařazen do pořadí."
    )
    doc.add_paragraph(
        "Mgr. Dvorská doplnila, že žádosti ev. č. 9/2024 a 26/2024 zůstávají v evidenci "
        "a budou znovu posouzeny při uvolnění dalšího bytu."
    )
    doc.add_heading("4. " + SOCIAL_PROGRAMME[3], level=2)
    doc.add_paragraph(
        "Ing. Benešová představila návrh pravidel dotačního programu. Celková alokace činí "
        "850 000 Kč, jeden žadatel může získat nejvýše 150 000 Kč. Paní Slámová navrhla "
        "zvýhodnit služby pro rodiny s dětmi se zdravotním postižením; návrh byl do pravidel "
        "zapracován jako bodové kritérium."
    )
    doc.add_paragraph(
        "Paní Tomková se dotázala, zda mohou žádat i spolky seniorů. Ing. Benešová odpověděla, "
        "že program je určen jen registrovaným poskytovatelům sociálních služeb; spolky mohou "
        "žádat z programu pro volnočasové aktivity."
    )
    doc.add_paragraph(
        "Příjem žádostí je navržen od 6. 1. 2025 do 31. 1. 2025, o dotacích rozhodne "
        "Zastupitelstvo města v březnu 2025."
    )
    doc.add_heading("5. " + SOCIAL_PROGRAMME[4], level=2)
    doc.add_paragraph(
        "Vánoční setkání seniorů se uskuteční 12. 12. 2024 od 14:00 v sále Sokolovny "
        "Jeřábkov. Program zajistí děti z MŠ Jeřábek a pěvecký sbor Jeřabinka. Paní Tomková "
        "zajistí ve spolupráci s pečovatelskou službou pozvánky pro seniory do 2. 12. 2024."
    )
    doc.add_paragraph(
        "Město hradí pohoštění do výše 35 000 Kč z rozpočtu odboru sociálních věcí; dárky "
        "pro jubilanty zajistí Klub seniorů Jeřábkov."
    )
    doc.add_heading("6. " + SOCIAL_PROGRAMME[5], level=2)
    doc.add_paragraph(
        "Předsedkyně informovala o kurzu první pomoci pro pečující osoby, který město pořádá "
        "v lednu v budově městského úřadu."
    )
    doc.add_paragraph(
        "Paní Slámová tlumočila stížnost obyvatel DPS na nefunkční výtah ve vchodu B. "
        "Mgr. Dvorská uvedla, že oprava je objednána a proběhne do 6. 12. 2024."
    )
    doc.add_paragraph("Příští jednání komise se uskuteční 16. 1. 2025 od 15:00 v klubovně DPS.")
    doc.add_paragraph("Předsedkyně poděkovala přítomným a jednání ukončila v 16:45.")

    doc.add_heading("Přijatá usnesení", level=2)
    _table(
        doc,
        [
            ["Usnesení č.", "Text"],
            [
                "SK/4/1/2024",
                "Sociální komise schvaluje program jednání. Hlasování: pro 4, proti 0, "
                "zdržel se 0.",
            ],
            [
                "SK/4/2/2024",
                "Sociální komise doporučuje Radě města Jeřábkov přidělit byt č. 12 žadateli "
                "ev. č. 18/2024 a byt č. 27 žadatelce ev. č. 22/2024. Hlasování: pro 4, "
                "proti 0, zdržel se 0.",
            ],
            [
                "SK/4/3/2024",
                "Sociální komise doporučuje Radě města Jeřábkov schválit pravidla dotačního "
                "programu pro sociální služby na rok 2025 s alokací 850 000 Kč. Hlasování: "
                "pro 3, proti 0, zdržel se 1.",
            ],
            [
                "SK/4/4/2024",
                "Sociální komise ukládá tajemnici komise Ing. Hedvice Benešové předložit "
                "doporučení komise Radě města do 29. 11. 2024. Hlasování: pro 4, proti 0, "
                "zdržel se 0.",
            ],
            [
                "SK/4/5/2024",
                "Sociální komise bere na vědomí informaci o přípravě vánočního setkání seniorů.",
            ],
        ],
    )

    doc.add_paragraph("V Jeřábkově dne 25. 11. 2024")
    doc.add_paragraph("Zapsala: Ing. Hedvika Benešová, tajemnice komise")
    doc.add_paragraph("Ověřila: Mgr. Dana Křivánková, předsedkyně komise")
    return doc


FINANCE_PROGRAMME = [
    "Zahájení, určení zapisovatele a ověřovatele zápisu",
    "Kontrola plnění úkolů z minulého jednání",
    "Plnění rozpočtu obce k 31. 3. 2025",
    "Návrh rozpočtového opatření č. 2/2025",
    "Závěrečný účet obce za rok 2024",
    "Různé",
]

FINANCE_RESOLUTIONS = [
    "Finanční výbor schvaluje program jednání. Hlasování: pro 4, proti 0, zdržel se 0.",
    "Finanční výbor bere na vědomí informaci o plnění rozpočtu obce k 31. 3. 2025. "
    "Hlasování: pro 4, proti 0, zdržel se 0.",
    "Finanční výbor doporučuje Zastupitelstvu obce Kamenná Vrbice schválit rozpočtové "
    "opatření č. 2/2025 v předloženém znění. Hlasování: pro 3, proti 1, zdržel se 0.",
    "Finanční výbor doporučuje Zastupitelstvu obce Kamenná Vrbice schválit závěrečný účet "
    "obce za rok 2024 s vyjádřením souhlasu s celoročním hospodařením, a to bez výhrad. "
    "Hlasování: pro 4, proti 0, zdržel se 0.",
    "Finanční výbor ukládá předsedkyni výboru předložit stanovisko výboru k závěrečnému účtu "
    "starostovi obce do 5. 5. 2025. Hlasování: pro 4, proti 0, zdržel se 0.",
]


def _field(paragraph, instr: str, cached: str) -> None:
    """A complex field (w:fldChar begin/separate/end) with a cached result."""

    def run_with(child) -> None:
        r = OxmlElement("w:r")
        r.append(child)
        paragraph._p.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instr} "
    run_with(code)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    result = OxmlElement("w:t")
    result.text = cached
    run_with(result)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def financni_vybor() -> DocumentObject:
    """108: a finance committee with a page header, a page-number footer and two Word lists."""
    doc = Document()
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Obec Kamenná Vrbice – Finanční výbor"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Strana ")
    _field(footer, "PAGE", "1")
    footer.add_run(" z ")
    _field(footer, "NUMPAGES", "2")

    title = doc.add_paragraph()
    title.add_run(
        "Zápis č. 2/2025 z jednání Finančního výboru Zastupitelstva obce Kamenná Vrbice"
    ).bold = True
    for label, value in (
        ("Datum a čas:", "14. dubna 2025 od 17:00 do 18:40 hod."),
        ("Místo:", "zasedací místnost Obecního úřadu Kamenná Vrbice, Náves 22"),
        (
            "Přítomni:",
            "Ing. Radka Šimečková (předsedkyně), Tomáš Vlasák, Bc. Jiřina Holubová, Oldřich Mareš",
        ),
        ("Omluven:", "Ladislav Pokorný"),
        ("Hosté:", "Petr Zedník, starosta obce; Eva Moravcová, účetní obce"),
    ):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(" " + value)

    doc.add_paragraph("Program:")
    for entry in FINANCE_PROGRAMME:
        doc.add_paragraph(entry, style="List Number")

    doc.add_heading(FINANCE_PROGRAMME[0], level=3)
    doc.add_paragraph(
        "Jednání zahájila předsedkyně výboru Ing. Radka Šimečková. Konstatovala, že jsou "
        "přítomni 4 z 5 členů výboru a výbor je usnášeníschopný. Zapisovatelem určila Tomáše "
        "Vlasáka, ověřovatelkou zápisu Bc. Jiřinu Holubovou. Program byl schválen bez "
        "připomínek (usnesení č. 1)."
    )
    doc.add_heading(FINANCE_PROGRAMME[1], level=3)
    doc.add_paragraph(
        "Úkol z minulého jednání – prověřit pohledávky obce za nájemné z obecních bytů – byl "
        "splněn. Účetní obce předložila přehled: dva nájemníci dluží celkem 23 480 Kč, s oběma "
        "byl uzavřen splátkový kalendář."
    )
    doc.add_paragraph(
        "Druhý úkol – připravit podklady k pojištění obecního majetku – trvá; pojišťovna "
        "dosud nedodala srovnání nabídek."
    )
    doc.add_heading(FINANCE_PROGRAMME[2], level=3)
    doc.add_paragraph(
        "Paní Moravcová seznámila členy výboru s plněním rozpočtu. Příjmy dosáhly "
        "4 112 650 Kč, tj. 27,4 % schváleného rozpočtu, výdaje 3 286 900 Kč, tj. 19,8 %. "
        "Daňové příjmy se plní podle předpokladu."
    )
    doc.add_paragraph(
        "Pan Mareš se dotázal na výdaje na zimní údržbu komunikací. Starosta uvedl, že byly "
        "o 60 000 Kč nižší než v loňském roce, protože obec využila vlastní traktor."
    )
    doc.add_paragraph(
        "Paní Moravcová zašle členům výboru podrobný rozbor výdajů podle paragrafů do 22. 4. 2025."
    )
    doc.add_page_break()
    doc.add_heading(FINANCE_PROGRAMME[3], level=3)
    doc.add_paragraph(
        "Starosta představil návrh rozpočtového opatření č. 2/2025. Příjmy se zvyšují "
        "o 350 000 Kč (dotace kraje na opravu kaple sv. Floriána) a výdaje o 420 000 Kč; "
        "rozdíl 70 000 Kč bude kryt z přebytku hospodaření minulých let."
    )
    doc.add_paragraph(
        "Bc. Holubová se dotázala, zda je oprava kaple zahrnuta ve střednědobém výhledu "
        "rozpočtu. Starosta potvrdil, že ano, s realizací v letech 2025 a 2026."
    )
    doc.add_paragraph(
        "Pan Mareš nesouhlasí s tím, aby se na opravu kaple čerpala rezerva určená na opravu "
        "hřbitovní zdi, a hlasoval proti."
    )
    doc.add_heading(FINANCE_PROGRAMME[4], level=3)
    doc.add_paragraph(
        "Předsedkyně výboru seznámila přítomné se zprávou o výsledku přezkoumání hospodaření "
        "obce za rok 2024, kterou zpracoval krajský úřad. Při přezkoumání nebyly zjištěny "
        "chyby a nedostatky. Hospodaření obce skončilo přebytkem 1 208 340 Kč."
    )
    doc.add_paragraph(
        "Účetní obce doplnila, že stav prostředků na bankovních účtech k 31. 12. 2024 činil "
        "6 874 210 Kč a obec nemá žádné úvěry."
    )
    doc.add_paragraph(
        "Návrh závěrečného účtu bude zveřejněn na úřední desce od 22. 4. 2025 a projednán "
        "na zasedání zastupitelstva obce dne 12. 5. 2025 od 18:00 hod."
    )
    doc.add_heading(FINANCE_PROGRAMME[5], level=3)
    doc.add_paragraph(
        "Pan Vlasák navrhl, aby výbor na příštím jednání zkontroloval smlouvy o pronájmu "
        "obecních pozemků. Členové výboru s návrhem souhlasili."
    )
    doc.add_paragraph(
        "Předsedkyně informovala, že se zúčastní semináře o finanční kontrole v obcích, "
        "který pořádá Svaz měst a obcí."
    )
    doc.add_paragraph(
        "Příští jednání výboru se uskuteční v pondělí 9. 6. 2025 v 17:00 hod. na obecním úřadě."
    )
    doc.add_paragraph("Předsedkyně ukončila jednání v 18:40 hod.")

    doc.add_paragraph("Usnesení:")
    resolutions = _restarted_list_number(doc)
    for text in FINANCE_RESOLUTIONS:
        _numbered(doc, text, resolutions)

    doc.add_paragraph("V Kamenné Vrbici dne 16. 4. 2025")
    doc.add_paragraph("Zapsal: Tomáš Vlasák")
    doc.add_paragraph("Ověřila: Bc. Jiřina Holubová")
    doc.add_paragraph("Předsedkyně výboru: Ing. Radka Šimečková")
    return doc


_MEMBERS_148 = [
    ("Jméno", "Funkce", "Přítomen"),
    ("Mgr. Klára Urbanová", "předsedkyně", "ano"),
    ("Ing. Ivo Smetana", "člen", "ano"),
    ("Blanka Rezková", "členka", "omluvena"),
    ("Oto Kadlec", "člen", "ano"),
    ("Bc. Sabina Vlčková", "tajemnice", "ano"),
]
_RESOLUTIONS_148 = [
    ("Číslo", "Usnesení", "Hlasování (pro/proti/zdržel se)"),
    (
        "KKS/3/1/2025",
        "Komise doporučuje Radě města schválit rozdělení dotací na sportovní akce dle "
        "přílohy č. 1.",
        "4/0/0",
    ),
    ("KKS/3/2/2025", "Komise bere na vědomí informaci o programu Kulturního léta 2025.", "4/0/0"),
]


def komise_kultura() -> DocumentObject:
    """148: a committee's minutes with its members in a table (name, function, present)
    and its resolutions in a table whose vote column carries a note in brackets."""
    doc = Document()
    doc.add_heading("Zápis z 3. jednání Komise pro kulturu a sport", level=1)
    doc.add_paragraph("Datum konání: 18. února 2025, 16:30–18:10")
    doc.add_paragraph("Místo: malý sál Kulturního domu Rokytnice")
    doc.add_paragraph("Účast členů komise:")
    _table(doc, _MEMBERS_148)
    doc.add_paragraph("Program:")
    num_id = _restarted_list_number(doc)
    for entry in ("Zahájení", "Dotace na sportovní akce 2025", "Kulturní léto", "Různé"):
        _numbered(doc, entry, num_id)
    for heading, text in (
        (
            "1. Zahájení",
            "Předsedkyně přivítala přítomné a konstatovala, že komise je usnášeníschopná.",
        ),
        (
            "2. Dotace na sportovní akce 2025",
            "Tajemnice předložila přehled 14 žádostí v celkovém objemu 486 000 Kč. Komise "
            "doporučila rozdělit částku 350 000 Kč podle přílohy č. 1.",
        ),
        (
            "3. Kulturní léto",
            "Ing. Smetana informoval o programu letních koncertů na náměstí, první koncert "
            "se uskuteční 27. 6. 2025 od 19:00. Tajemnice zajistí objednání pódia do "
            "15. 5. 2025.",
        ),
        ("4. Různé", "Bez připomínek."),
    ):
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
    doc.add_paragraph("Usnesení komise:")
    _table(doc, _RESOLUTIONS_148)
    doc.add_paragraph("Příští jednání komise: 15. 4. 2025 v 16:30.")
    doc.add_paragraph("Zapsala: Bc. Sabina Vlčková, 19. 2. 2025")
    doc.add_paragraph("Ověřila: Mgr. Klára Urbanová, předsedkyně komise")
    doc.add_paragraph("Příloha č. 1: Návrh rozdělení dotací")
    return doc


DOCUMENTS = {
    "20-valna-hromada-habrovany.docx": valna_hromada,
    "78-komise-doprava-horni-redkvice.docx": komise_doprava,
    "88-skolska-rada-zs-belokamenice.docx": skolska_rada,
    "100-socialni-komise-jerabkov.docx": socialni_komise,
    "108-financni-vybor-kamenna-vrbice.docx": financni_vybor,
    "148-komise-kultura-tabulky-clenu-a-usneseni.docx": komise_kultura,
}


def main() -> None:
    """Write every document in :data:`DOCUMENTS` next to the other test minutes."""
    for name, build in DOCUMENTS.items():
        _deterministic(build(), OUT / name)


if __name__ == "__main__":
    main()
