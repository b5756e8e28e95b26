"""Write the invented DOCX minutes samples into samples/minutes/ (deterministic bytes).

    python scripts/make_docx_samples.py [OUT_DIR]

Everything in them is invented: the town, the committee and the people.
They exercise what the DOCX reader must get right: a header table, a
programme numbered by the built-in 'List Number' style (numbering inherited
from the style), a list resuming after an interrupting paragraph, numbered
section headings, resolutions with votes, signatures; and in the second
file a page header and footer, tracked changes and a comment.

The ZIP is rewritten with fixed timestamps and the core properties get fixed
dates, so re-running the script reproduces the committed bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

FIXED_TIME = dt.datetime(2024, 3, 14, 9, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2024, 3, 14, 9, 0, 0)
AUTHOR = "Tester"


def _new_document(title: str) -> Document:
    document = docx.Document()
    props = document.core_properties
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.title = title
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    return document


def _add_numbering(document: Document, abstract_id: int, num_id: int, levels: str) -> int:
    """Append an abstract list definition and a w:num pointing at it; return the num id."""
    root = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = root.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    root.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def _lvl(ilvl: int, fmt: str, text: str) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{360 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
    )


def _number(paragraph: Paragraph, num_id: int, ilvl: int = 0) -> Paragraph:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return paragraph


def _label_row(table: docx.table.Table, label: str, value: str) -> None:
    cells = table.add_row().cells
    cells[0].paragraphs[0].add_run(label).bold = True
    cells[1].text = value


def committee_minutes() -> Document:
    """(1) A municipal committee meeting: header table, auto-numbered programme, resolutions."""
    title = "Zápis z 3. jednání Komise pro životní prostředí Rady města Lipová nad Sázavou"
    document = _new_document(title)
    document.add_paragraph(title, style="Title")
    table = document.add_table(rows=0, cols=2)
    _label_row(table, "Datum:", "12. 3. 2024")
    _label_row(table, "Čas:", "16:00 – 17:40")
    _label_row(table, "Místo:", "zasedací místnost č. 12, Městský úřad Lipová nad Sázavou")
    _label_row(
        table,
        "Přítomni:",
        "Ing. Petr Dvořáček (předseda), Mgr. Lenka Horálková, Jiří Kubánek, "
        "Bc. Marta Sýkorová, Ing. Radek Pospíchal, Alena Vrbková, Tomáš Zelinka, "
        "MUDr. Ivana Šindelková",
    )
    _label_row(table, "Omluveni:", "Ing. Ondřej Malina")
    _label_row(table, "Hosté:", "Ing. Karel Bartůněk (odbor správy majetku)")

    document.add_paragraph("Program jednání:")
    programme = [
        "Zahájení, schválení programu a ověřovatelů zápisu",
        "Kontrola plnění usnesení z minulého jednání",
        "Návrh na obnovu stromořadí v ulici Polní",
    ]
    for item in programme:
        document.add_paragraph(item, style="List Number")
    document.add_paragraph("Na návrh předsedy byly do programu doplněny následující body:")
    for item in ["Příprava akce Ukliďme Lipovou 2024", "Různé", "Závěr"]:
        document.add_paragraph(item, style="List Number")

    headings = _add_numbering(
        document, 90, 90, _lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2.")
    )
    letters = _add_numbering(document, 91, 91, _lvl(0, "lowerLetter", "%1)"))

    _number(document.add_heading("Zahájení, schválení programu a ověřovatelů zápisu", 1), headings)
    document.add_paragraph(
        "Jednání zahájil předseda komise Ing. Petr Dvořáček v 16:00 hodin a konstatoval, "
        "že komise je usnášeníschopná, přítomno je 8 z 9 členů. Za ověřovatele zápisu "
        "navrhl Mgr. Lenku Horálkovou a Jiřího Kubánka."
    )
    _resolution(
        document,
        "1/2024",
        "Komise schvaluje program jednání a ověřovatele zápisu.",
        "Pro: 8, Proti: 0, Zdržel se: 0",
    )

    _number(document.add_heading("Kontrola plnění usnesení z minulého jednání", 1), headings)
    document.add_paragraph(
        "Tajemnice komise Bc. Marta Sýkorová informovala o plnění usnesení z 2. jednání:"
    )
    _number(document.add_paragraph("usnesení č. 7/2023 je splněno,"), letters)
    _number(
        document.add_paragraph("usnesení č. 8/2023 trvá, termín posunut na 30. 4. 2024."),
        letters,
    )

    _number(document.add_heading("Návrh na obnovu stromořadí v ulici Polní", 1), headings)
    _number(document.add_heading("Stav stávajících stromů", 2), headings, 1)
    document.add_paragraph(
        "Ing. Karel Bartůněk seznámil komisi s dendrologickým posudkem. Z 24 lip je 6 "
        "ve špatném zdravotním stavu a doporučuje se jejich náhrada."
    )
    _number(document.add_heading("Financování", 2), headings, 1)
    document.add_paragraph(
        "Náklady na výsadbu 6 nových stromů včetně tříleté péče činí 148 500 Kč. "
        "Ing. Radek Pospíchal navrhl požádat o dotaci z Národního programu Životní prostředí."
    )
    _resolution(
        document,
        "2/2024",
        "Komise doporučuje Radě města schválit obnovu stromořadí v ulici Polní "
        "a podání žádosti o dotaci.",
        "Pro: 7, Proti: 0, Zdržel se: 1",
    )

    _number(document.add_heading("Příprava akce Ukliďme Lipovou 2024", 1), headings)
    document.add_paragraph(
        "Akce se uskuteční v sobotu 6. 4. 2024 od 9:00 hodin se srazem u hasičské zbrojnice. "
        "Alena Vrbková zajistí pytle a rukavice do 29. 3. 2024."
    )
    _number(document.add_heading("Různé", 1), headings)
    document.add_paragraph(
        "Tomáš Zelinka upozornil na nepovolenou skládku u lesní cesty za hřbitovem. "
        "Odbor správy majetku prověří vlastnické poměry pozemku."
    )
    _number(document.add_heading("Závěr", 1), headings)
    document.add_paragraph(
        "Příští jednání komise se uskuteční 9. 4. 2024 v 16:00 hodin. "
        "Předseda ukončil jednání v 17:40 hodin."
    )
    document.add_paragraph("Zapsal: Jiří Kubánek")
    document.add_paragraph("Dne: 13. 3. 2024")
    document.add_paragraph("Ověřovatelé zápisu: Mgr. Lenka Horálková, Alena Vrbková")
    document.add_paragraph("Ing. Petr Dvořáček, předseda komise")
    return document


def _resolution(document: Document, number: str, text: str, vote: str) -> None:
    document.add_paragraph().add_run(f"Usnesení č. {number}").bold = True
    document.add_paragraph(text)
    document.add_paragraph(f"Hlasování: {vote}")


def _tracked(paragraph: Paragraph, kind: str, text: str, change_id: int) -> None:
    """Append a tracked insertion (``ins``) or deletion (``del``) to a paragraph."""
    tag = "w:t" if kind == "ins" else "w:delText"
    paragraph._p.append(
        parse_xml(
            f'<w:{kind} {nsdecls("w")} w:id="{change_id}" w:author="{AUTHOR}" '
            f'w:date="2024-02-06T10:00:00Z"><w:r><{tag} xml:space="preserve">{text}</{tag}>'
            f"</w:r></w:{kind}>"
        )
    )


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} ">'
            f"<w:r><w:t>{shown}</w:t></w:r></w:fldSimple>"
        )
    )


def working_group_minutes() -> Document:
    """(2) Working-group minutes: page header and footer, tracked changes, a comment."""
    title = "Zápis z jednání pracovní skupiny Senioři a osoby se zdravotním postižením"
    document = _new_document(title)
    section = document.sections[0]
    section.header.paragraphs[0].text = "SPOLEK KOMUNITNÍ PLÁNOVÁNÍ VRBICE, z. s."
    footer = section.footer.paragraphs[0]
    footer.add_run("Strana ")
    _field(footer, "PAGE", "1")
    footer.add_run(" z ")
    _field(footer, "NUMPAGES", "2")

    document.add_paragraph().add_run(title.upper()).bold = True
    document.add_paragraph("Datum: 6. 2. 2024")
    document.add_paragraph("Místo: Komunitní centrum Vrbice, Školní 14, klubovna")
    document.add_paragraph("Přítomni: dle prezenční listiny")
    document.add_paragraph("Program:")
    for item in [
        "Úvod",
        "Informace o dotačním řízení na rok 2024",
        "Aktualizace katalogu sociálních služeb",
        "Různé",
    ]:
        document.add_paragraph(item, style="List Number")

    document.add_paragraph("1. Úvod")
    document.add_paragraph(
        "Koordinátorka plánování Mgr. Pavla Hrnčířová přivítala přítomné a seznámila je "
        "s programem jednání."
    )
    document.add_paragraph("2. Informace o dotačním řízení na rok 2024")
    paragraph = document.add_paragraph("Město přijalo ")
    _tracked(paragraph, "ins", "celkem ", 1)
    paragraph.add_run("14 žádostí o dotaci na sociální služby. ")
    _tracked(paragraph, "del", "Dvě žádosti byly vyřazeny pro formální nedostatky. ", 2)
    run = paragraph.add_run("Výsledky budou zveřejněny do 29. 2. 2024.")
    document.add_comment(
        run,
        text="Ověřit termín zveřejnění s odborem sociálních věcí.",
        author=AUTHOR,
        initials="T",
    )
    document.add_paragraph("3. Aktualizace katalogu sociálních služeb")
    document.add_paragraph(
        "Poskytovatelé předají aktualizované údaje o svých službách do 15. 3. 2024 "
        "na e-mail planovani@vrbice.invalid."
    )
    document.add_paragraph("4. Různé")
    document.add_paragraph(
        "Příští jednání pracovní skupiny se uskuteční 5. 3. 2024 v 9:00 hodin "
        "v Komunitním centru Vrbice."
    )
    document.add_paragraph("Úkoly:")
    document.add_paragraph(
        "Mgr. Pavla Hrnčířová rozešle členům návrh katalogu do 22. 2. 2024.",
        style="List Bullet",
    )
    document.add_paragraph("Zapsala: Bc. Jana Křížková, 7. 2. 2024")
    return document


def save_deterministic(document: Document, path: Path) -> None:
    """Save with fixed comment dates and ZIP timestamps so the bytes are reproducible."""
    for part in document.part.package.iter_parts():
        if part.partname.endswith("/comments.xml"):
            for comment in part.element.iter(qn("w:comment")):
                comment.set(qn("w:date"), "2024-02-06T10:00:00Z")
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


def main(argv: list[str]) -> int:
    folder = (
        Path(argv[1])
        if len(argv) > 1
        else Path(__file__).resolve().parent.parent / ("samples/minutes")
    )
    folder.mkdir(parents=True, exist_ok=True)
    samples = {
        "2024-03-12-komise-zivotni-prostredi.docx": committee_minutes,
        "2024-02-06-pracovni-skupina-seniori.docx": working_group_minutes,
    }
    for name, build in samples.items():
        save_deterministic(build(), folder / name)
        print(folder / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
