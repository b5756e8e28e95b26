"""Four more invented Czech minutes as DOCX, in layouts Word users produce.

Writes documents 164-167 next to the other test minutes (their facts files are
hand-written beside them), with the helpers of ``make_docx_docs.py``:

    python tests/docs/make_more_docx_docs.py
"""

# ruff: noqa: E501  (Word's XML is written as Word writes it)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from make_docx_docs import (
    _deterministic,
    _field,
    _numbered,
    _restarted_list_number,
    _table,
)
from make_docx_samples import _add_numbering

OUT = Path(__file__).resolve().parent / "minutes"
DOTS = "……………………………………"


# --------------------------------------------------------------------------- helpers
def _abstract_num(doc, aid: int, levels: list[tuple[str, str, str | None]]) -> int:
    """Add a list definition (levels: (numFmt, lvlText, pStyle)) and a w:num pointing at
    it, numbered ``aid`` too; return the num id."""
    lvls = ""
    for i, (fmt, text, pstyle) in enumerate(levels):
        ps = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ""
        lvls += (
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{360 + 432 * i}" w:hanging="{360 + 72 * i}"/></w:pPr></w:lvl>'
        )
    return _add_numbering(doc, aid, aid, lvls)


def _set_num(paragraph, num_id: int, ilvl: int = 0) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def _bold(doc, text: str, style: str | None = None):
    p = doc.add_paragraph(style=style)
    p.add_run(text).bold = True
    return p


def _label(doc, label: str, value: str):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + value)
    return p


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            + "".join(
                f'<w:{side} w:val="nil"/>'
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders>"
        )
    )


_TB_ID = [100]
_EXTRA_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def _text_box(doc, lines: list[tuple[str, bool]]) -> None:
    """A framed text box as Word 2010+ saves it: mc:AlternateContent with a DrawingML
    shape (wps) and the VML fallback, both holding the same w:txbxContent."""
    _TB_ID[0] += 1
    n = _TB_ID[0]
    paras = "".join(
        "<w:p>"
        + ("<w:r><w:rPr><w:b/></w:rPr>" if bold else "<w:r>")
        + f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        for text, bold in lines
    )
    xml = (
        f"<w:r {nsdecls('w', 'wp', 'a')} {_EXTRA_NS}>"
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5400000" cy="900000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{n}" name="Textové pole {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="5400000" cy="900000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="6350"><a:solidFill>'
        '<a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"><a:spAutoFit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Textové pole {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:3.6pt;width:425.2pt;height:70.85pt;z-index:251659264" '
        'fillcolor="#f2f2f2" strokeweight=".5pt">'
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape>"
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))


# ------------------------------------------------------------------ c1: zastupitelstvo
C1_PROGRAMME = [
    "Zahájení, určení ověřovatelů a zapisovatele, schválení programu",
    "Kontrola plnění usnesení z minulého zasedání",
    "Rozpočtové opatření č. 3/2024",
    "Prodej pozemku p. č. 418/3 v k. ú. Ořechová Pláň",
    "Oprava místní komunikace ke hřbitovu – výběr dodavatele",
    "Různé, diskuse, závěr",
]


def c1_zastupitelstvo():
    doc = Document()
    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "Obec Ořechová Pláň"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Strana ")
    _field(fp, "PAGE", "1")

    t = _bold(doc, "Zápis č. 4/2024 ze zasedání Zastupitelstva obce Ořechová Pláň")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER

    rows = [
        ("Datum:", "11. 9. 2024"),
        ("Čas:", "18:00 – 20:05 hod."),
        ("Místo:", "zasedací místnost Obecního úřadu Ořechová Pláň, Ořechová Pláň č. p. 45"),
        (
            "Přítomni:",
            "Ing. Pavel Kordula, Věra Sýkorová, Jaroslav Brzobohatý, Mgr. Ilona Pecháčková, "
            "Tomáš Vodseďálek, Bc. Marcela Hrubešová, Luboš Frydrych",
        ),
        ("Omluveni:", "Radek Žemlička, Hana Trnková"),
        ("Ověřovatelé:", "Mgr. Ilona Pecháčková, Luboš Frydrych"),
        ("Zapisovatel:", "Bc. Marcela Hrubešová"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for i, (label, value) in enumerate(rows):
        table.cell(i, 0).text = label
        table.cell(i, 0).paragraphs[0].runs[0].bold = True
        table.cell(i, 1).text = value

    doc.add_paragraph("")
    _bold(doc, "Program:")
    prog = _restarted_list_number(doc)
    for entry in C1_PROGRAMME:
        _numbered(doc, entry, prog)

    heads = _abstract_num(doc, 90, [("decimal", "%1.", "Heading2")])

    def head(i: int) -> None:
        h = doc.add_heading(C1_PROGRAMME[i], level=2)
        _set_num(h, heads)

    def resolution(number: str, text: str, vote: str) -> None:
        _bold(doc, f"Usnesení č. {number}")
        doc.add_paragraph(text)
        doc.add_paragraph(f"Výsledek hlasování: {vote}")

    head(0)
    doc.add_paragraph(
        "Zasedání zahájil starosta obce Ing. Pavel Kordula v 18:00 hod. Přivítal přítomné členy "
        "zastupitelstva a čtyři občany. Konstatoval, že zasedání bylo řádně svoláno a informace "
        "o jeho konání byla zveřejněna na úřední desce od 3. 9. 2024 do 11. 9. 2024."
    )
    doc.add_paragraph(
        "Starosta konstatoval, že je přítomno 7 z 9 členů zastupitelstva, zastupitelstvo je tedy "
        "usnášeníschopné. Za ověřovatele zápisu navrhl Mgr. Ilonu Pecháčkovou a Luboše "
        "Frydrycha, za zapisovatelku Bc. Marcelu Hrubešovou."
    )
    doc.add_paragraph("K návrhu programu nebyly vzneseny připomínky ani doplňující návrhy.")
    resolution(
        "31/2024",
        "Zastupitelstvo obce Ořechová Pláň určuje ověřovateli zápisu Mgr. Ilonu Pecháčkovou "
        "a Luboše Frydrycha, zapisovatelkou Bc. Marcelu Hrubešovou a schvaluje program "
        "zasedání v předloženém znění.",
        "pro 7, proti 0, zdržel se 0",
    )

    head(1)
    doc.add_paragraph(
        "Místostarostka Věra Sýkorová informovala o plnění usnesení ze 3. zasedání konaného "
        "dne 19. 6. 2024. Kupní smlouva na traktorovou sekačku byla uzavřena, dotace na výměnu "
        "oken v mateřské škole byla vyúčtována."
    )
    doc.add_paragraph(
        "Úkol z usnesení č. 27/2024 (pasport veřejného osvětlení) zůstává v plnění; zpracovatel "
        "pasportu požádal o prodloužení termínu."
    )
    resolution(
        "32/2024",
        "Zastupitelstvo obce Ořechová Pláň bere na vědomí informaci o plnění usnesení "
        "z minulého zasedání.",
        "pro 7, proti 0, zdržel se 0",
    )

    head(2)
    doc.add_paragraph(
        "Starosta předložil návrh rozpočtového opatření č. 3/2024. Příjmy se zvyšují "
        "o 412 300 Kč, zejména o dotaci kraje na pořízení hasičské techniky, výdaje se zvyšují "
        "o 468 900 Kč. Schodek bude kryt z přebytku hospodaření minulých let."
    )
    doc.add_paragraph(
        "Pan Brzobohatý se dotázal, proč se navyšují výdaje na opravu hasičské zbrojnice "
        "o 95 000 Kč. Starosta vysvětlil, že při opravě střechy byl zjištěn poškozený krov, "
        "jehož výměna nebyla v původním rozpočtu."
    )
    resolution(
        "33/2024",
        "Zastupitelstvo obce Ořechová Pláň schvaluje rozpočtové opatření č. 3/2024 dle přílohy "
        "č. 1 tohoto zápisu.",
        "pro 6, proti 0, zdržel se 1 (Brzobohatý)",
    )

    head(3)
    doc.add_paragraph(
        "Záměr prodeje pozemku p. č. 418/3 o výměře 312 m² byl zveřejněn na úřední desce "
        "od 12. 7. 2024 do 29. 7. 2024. O koupi projevili zájem manželé Křepelkovi, vlastníci "
        "sousední nemovitosti; jiná nabídka nebyla podána."
    )
    doc.add_paragraph(
        "Zastupitelé se shodli na ceně 250 Kč/m², celkem tedy 78 000 Kč. Náklady na sepis "
        "smlouvy a na vklad do katastru nemovitostí hradí kupující."
    )
    resolution(
        "34/2024",
        "Zastupitelstvo obce Ořechová Pláň schvaluje prodej pozemku p. č. 418/3 o výměře "
        "312 m² v k. ú. Ořechová Pláň manželům Křepelkovým za kupní cenu 78 000 Kč.",
        "pro 7, proti 0, zdržel se 0",
    )
    resolution(
        "35/2024",
        "Zastupitelstvo obce Ořechová Pláň ukládá starostovi Ing. Pavlu Kordulovi uzavřít "
        "kupní smlouvu s kupujícími do 31. 10. 2024.",
        "pro 7, proti 0, zdržel se 0",
    )

    head(4)
    doc.add_paragraph(
        "Místostarostka seznámila zastupitele s výsledkem výběrového řízení na opravu "
        "komunikace ke hřbitovu. Nabídky podaly tři firmy; nejnižší nabídkovou cenu "
        "1 184 000 Kč bez DPH předložila společnost Cesty Podlesí s.r.o."
    )
    doc.add_paragraph(
        "Pan Vodseďálek upozornil, že oprava by neměla probíhat v době dušičkových svátků. "
        "Starosta uvedl, že stavba bude zahájena až po svátcích a dokončena před koncem roku."
    )
    resolution(
        "36/2024",
        "Zastupitelstvo obce Ořechová Pláň schvaluje uzavření smlouvy o dílo na opravu místní "
        "komunikace ke hřbitovu se společností Cesty Podlesí s.r.o. za cenu 1 184 000 Kč "
        "bez DPH.",
        "pro 5, proti 1, zdržel se 1",
    )

    head(5)
    doc.add_paragraph(
        "Paní Pecháčková informovala o přípravě rozsvícení vánočního stromu, které se uskuteční "
        "v neděli 1. 12. 2024 v 17:00 na návsi."
    )
    doc.add_paragraph(
        "Občan pan Holeček se dotázal na opravu veřejného osvětlení v lokalitě Za Humny. "
        "Starosta odpověděl, že oprava je objednána."
    )
    doc.add_paragraph(
        "Příští zasedání zastupitelstva se bude konat ve středu 4. 12. 2024 od 18:00 hod. "
        "v zasedací místnosti obecního úřadu."
    )
    doc.add_paragraph("Starosta poděkoval všem za účast a ukončil zasedání ve 20:05 hod.")

    doc.add_paragraph("")
    _bold(doc, "Přílohy:")
    doc.add_paragraph("Příloha č. 1 – Rozpočtové opatření č. 3/2024")
    doc.add_paragraph("Příloha č. 2 – Prezenční listina")
    doc.add_paragraph("")
    doc.add_paragraph("Zápis byl vyhotoven dne 13. 9. 2024.")
    doc.add_paragraph(f"Zapisovatelka: Bc. Marcela Hrubešová\t{DOTS}")
    doc.add_paragraph("Ověřovatelé:")
    doc.add_paragraph(f"Mgr. Ilona Pecháčková\t{DOTS}")
    doc.add_paragraph(f"Luboš Frydrych\t{DOTS}")
    doc.add_paragraph(f"Starosta: Ing. Pavel Kordula\t{DOTS}")
    return doc


# ------------------------------------------------------------------- c2: školská rada
C2_PROGRAMME = [
    "Zahájení a schválení programu",
    "Výroční zpráva o hospodaření školy za rok 2024",
    "Úprava školního řádu",
    "Zápis do 1. ročníku",
    "Různé",
]


def c2_skolska_rada():
    doc = Document()
    doc.add_paragraph(
        "Zápis z jednání Školské rady při Základní škole Jabloňová Stráň, příspěvkové organizaci",
        style="Title",
    )
    _label(doc, "Datum:", "3. března 2025")
    _label(doc, "Čas:", "16:00 – 17:30 hod.")
    _label(doc, "Místo:", "ředitelna ZŠ Jabloňová Stráň, Školní 318")
    doc.add_paragraph("Účast členů školské rady:")
    _table(
        doc,
        [
            ["Jméno", "Funkce", "Přítomen"],
            ["Mgr. Renata Chudobová", "předsedkyně, zástupkyně pedagogů", "ano"],
            ["Ing. Vojtěch Mlynář", "místopředseda, zástupce zřizovatele", "ano"],
            ["Zdeněk Horyna", "člen, zástupce zřizovatele", "ano"],
            ["Jitka Šimáková", "členka, zástupkyně zákonných zástupců", "ano"],
            ["Bc. Kamil Dvořáček", "člen, zástupce zákonných zástupců", "ne"],
            ["Mgr. Petra Lindauerová", "členka, zástupkyně pedagogů", "ano"],
        ],
    )
    _label(doc, "Omluven:", "Bc. Kamil Dvořáček")
    _label(doc, "Host:", "Mgr. Alžběta Kynclová, ředitelka školy")

    _bold(doc, "Program:")
    for i, entry in enumerate(C2_PROGRAMME, 1):
        doc.add_paragraph(f"{i}. {entry}")

    _bold(doc, "Ad 1) Zahájení a schválení programu")
    doc.add_paragraph(
        "Jednání zahájila předsedkyně Mgr. Renata Chudobová v 16:00. Konstatovala, že je "
        "přítomno 5 ze 6 členů a školská rada je usnášeníschopná."
    )
    doc.add_paragraph(
        "Zapisovatelkou byla určena Mgr. Petra Lindauerová. Program byl schválen bez změn "
        "(usnesení č. 1/2025)."
    )

    _bold(doc, "Ad 2) Výroční zpráva o hospodaření školy za rok 2024")
    doc.add_paragraph(
        "Ředitelka školy Mgr. Alžběta Kynclová předložila výroční zprávu o hospodaření. "
        "Náklady školy činily 28 415 000 Kč, výnosy 28 461 200 Kč; hospodářský výsledek "
        "46 200 Kč navrhuje ředitelka převést do rezervního fondu."
    )
    doc.add_paragraph(
        "Ing. Mlynář za zřizovatele ocenil úspory za energie po výměně oken v pavilonu B. "
        "Pan Horyna se dotázal na čerpání fondu investic; ředitelka přislíbila doplnit do "
        "zprávy jeho přehled."
    )
    doc.add_paragraph(
        "Paní Šimáková se zeptala, zda škola zvažuje navýšení úplaty za školní družinu. "
        "Ředitelka uvedla, že úplata zůstane pro školní rok 2025/2026 beze změny."
    )

    _bold(doc, "Ad 3) Úprava školního řádu")
    doc.add_paragraph(
        "Ředitelka předložila návrh úpravy školního řádu: nově se upravují pravidla omlouvání "
        "absence prostřednictvím elektronické žákovské knížky a používání mobilních telefonů "
        "ve výuce."
    )
    doc.add_paragraph(
        "Mgr. Lindauerová doplnila, že návrh projednala pedagogická rada dne 24. 2. 2025. "
        "Paní Šimáková navrhla ponechat možnost písemné omluvenky v žákovské knížce pro "
        "rodiče bez přístupu k internetu; návrh byl do textu zapracován."
    )
    doc.add_paragraph("Pan Horyna se při hlasování zdržel, protože návrh obdržel až v den jednání.")

    _bold(doc, "Ad 4) Zápis do 1. ročníku")
    doc.add_paragraph(
        "Ředitelka informovala, že zápis do 1. ročníku proběhne ve středu 9. 4. 2025 od 14:00 "
        "v budově školy. Škola očekává 38 dětí a otevře dvě první třídy."
    )
    doc.add_paragraph(
        "Ing. Mlynář upozornil, že zřizovatel schválil úpravu školského obvodu, do kterého "
        "nově patří i osada Dolní Paseky."
    )

    _bold(doc, "Ad 5) Různé")
    doc.add_paragraph(
        "Předsedkyně připomněla, že funkční období zástupců zákonných zástupců končí letos "
        "v srpnu a je třeba připravit nové volby."
    )
    doc.add_paragraph(
        "Příští jednání školské rady se uskuteční v pondělí 9. 6. 2025 v 16:00 v ředitelně "
        "školy. Předsedkyně ukončila jednání v 17:30."
    )

    _bold(doc, "Usnesení:")
    _table(
        doc,
        [
            ["Číslo", "Usnesení", "Hlasování"],
            ["1/2025", "Školská rada schvaluje program jednání.", "5-0-0"],
            [
                "2/2025",
                "Školská rada schvaluje výroční zprávu o hospodaření školy za rok 2024.",
                "5-0-0",
            ],
            [
                "3/2025",
                "Školská rada schvaluje úpravu školního řádu s účinností od 1. 4. 2025.",
                "4-0-1",
            ],
            [
                "4/2025",
                "Školská rada bere na vědomí informaci o organizaci zápisu do 1. ročníku.",
                "–",
            ],
        ],
    )
    _bold(doc, "Úkoly:")
    _table(
        doc,
        [
            ["Úkol", "Odpovídá", "Termín"],
            [
                "Zveřejnit upravený školní řád na webových stránkách školy",
                "Mgr. Alžběta Kynclová",
                "14. 3. 2025",
            ],
            [
                "Doplnit do výroční zprávy přehled čerpání fondu investic",
                "Mgr. Alžběta Kynclová",
                "31. 3. 2025",
            ],
            [
                "Připravit volby zástupců zákonných zástupců do školské rady",
                "Mgr. Renata Chudobová",
                "30. 4. 2025",
            ],
        ],
    )
    doc.add_paragraph("")
    doc.add_paragraph("V Jabloňové Stráni dne 5. 3. 2025")
    doc.add_paragraph("Zapsala: Mgr. Petra Lindauerová")
    doc.add_paragraph("Ověřila: Mgr. Renata Chudobová, předsedkyně školské rady")
    return doc


# ----------------------------------------------------------------------- c3: spolek
C3_PROGRAMME = [
    "Kontrola úkolů z minulého jednání",
    "Oprava dalekohledu v kopuli",
    "Grantová žádost městu Vršíčkov na rok 2025",
    "Noc vědců a letní pozorování",
    "Členské příspěvky",
    "Různé",
]


def c3_spolek():
    doc = Document()
    doc.add_heading("Astronomický spolek Vršíček, z. s.", level=1)
    _bold(doc, "Zápis z jednání výboru spolku")
    doc.add_paragraph(
        "Jednání se konalo dne 9. 4. 2025 od 18:30 do 20:40 hod. v klubovně spolku v budově "
        "hvězdárny, Na Vršíčku 7, Vršíčkov."
    )
    _label(
        doc,
        "Přítomni:",
        "Ondřej Mikšovský (předseda), Kristýna Bělohradská (místopředsedkyně), "
        "Mgr. Jan Opletal (pokladník), Lukáš Fiala, Ing. Barbora Křížková",
    )
    _label(doc, "Omluven:", "Petr Staněk")
    _label(doc, "Host:", "Vilém Roztočil, člen revizní komise")

    doc.add_paragraph("Program:")
    for entry in C3_PROGRAMME:
        _bold(doc, entry)

    doc.add_paragraph("Průběh jednání:")
    ml = _abstract_num(doc, 91, [("decimal", "%1.", None), ("decimal", "%1.%2.", None)])

    def point(title: str, subs: list[str]) -> None:
        p = doc.add_paragraph(style="List Paragraph")
        p.add_run(title).bold = True
        _set_num(p, ml, 0)
        for s in subs:
            sp = doc.add_paragraph(s, style="List Paragraph")
            _set_num(sp, ml, 1)

    point(
        C3_PROGRAMME[0],
        [
            "Úkol zajistit revizi elektroinstalace v kopuli byl splněn, revize proběhla "
            "20. 3. 2025 bez závad.",
            "Úkol aktualizovat webové stránky spolku trvá, chybí ještě fotogalerie z loňských "
            "pozorování.",
        ],
    )
    point(
        C3_PROGRAMME[1],
        [
            "Předseda informoval, že na hlavním dalekohledu je poškozená montáž a pointace "
            "nefunguje v deklinaci. Firma Optika Slunovrat s.r.o. nabídla opravu za 38 500 Kč.",
            "Pokladník potvrdil, že spolek má na účtu dostatek prostředků; oprava bude hrazena "
            "z rezervy na údržbu přístrojů.",
            "Usnesení: Výbor schvaluje objednání opravy montáže hlavního dalekohledu u firmy "
            "Optika Slunovrat s.r.o. za 38 500 Kč. Hlasování: pro 5, proti 0, zdržel se 0.",
        ],
    )
    point(
        C3_PROGRAMME[2],
        [
            "Kristýna Bělohradská představila výzvu města Vršíčkov na podporu volnočasových "
            "aktivit. Uzávěrka žádostí je 30. 4. 2025, podpora činí nejvýše 50 000 Kč.",
            "Žádost bude zaměřena na pozorovací kroužek pro děti a na nákup dvou binokulárů.",
            "Usnesení: Výbor schvaluje podání žádosti o grant města Vršíčkov ve výši "
            "45 000 Kč. Hlasování: pro 5, proti 0, zdržel se 0.",
        ],
    )
    point(
        C3_PROGRAMME[3],
        [
            "Spolek se opět zapojí do Noci vědců, která se uskuteční v pátek 26. 9. 2025 "
            "od 19:00 v areálu hvězdárny.",
            "Veřejné pozorování Perseid proběhne v úterý 12. 8. 2025 od 21:00 na louce "
            "u hvězdárny; za nepříznivého počasí se přesune na následující den.",
        ],
    )
    point(
        C3_PROGRAMME[4],
        [
            "Pokladník Mgr. Jan Opletal informoval, že příspěvky za rok 2025 dosud neuhradilo "
            "7 ze 42 členů.",
            "Ing. Křížková navrhla zvýšit příspěvek na 800 Kč, ostatní členové výboru "
            "doporučili ponechat dosavadní výši.",
            "Usnesení: Výbor navrhuje členské schůzi ponechat výši členského příspěvku "
            "600 Kč ročně. Hlasování: pro 4, proti 1, zdržel se 0.",
        ],
    )
    point(
        C3_PROGRAMME[5],
        [
            "Ing. Křížková navrhla pořídit do klubovny nový projektor; výbor se k návrhu vrátí "
            "po schválení rozpočtu.",
            "Příští jednání výboru se uskuteční ve středu 14. 5. 2025 v 18:30 v klubovně.",
            "Předseda poděkoval přítomným a ukončil jednání ve 20:40.",
        ],
    )

    _bold(doc, "Úkoly:")
    for task in (
        "Ondřej Mikšovský – objednat opravu montáže dalekohledu do 15. 5.",
        "Kristýna Bělohradská – podat žádost o grant města do 30. 4.",
        "Lukáš Fiala – dokončit aktualizaci webových stránek do 31. 5.",
        "Mgr. Jan Opletal – rozeslat upomínky neplatičům členských příspěvků do 20. 4.",
    ):
        doc.add_paragraph(task, style="List Bullet")

    doc.add_paragraph("")
    doc.add_paragraph("Zapsal: Lukáš Fiala, dne 10. 4. 2025")
    doc.add_paragraph("Ověřovatelé zápisu:")
    table = doc.add_table(rows=2, cols=2)
    _no_borders(table)
    table.cell(0, 0).text = DOTS
    table.cell(0, 1).text = DOTS
    table.cell(1, 0).text = "Kristýna Bělohradská"
    table.cell(1, 1).text = "Mgr. Jan Opletal"
    return doc


# ---------------------------------------------------------------- c4: komise rady
C4_PROGRAMME = [
    "Zahájení, kontrola zápisu z minulého jednání",
    "Revitalizace parku Na Výsluní",
    "Žádosti o povolení kácení dřevin",
    "Dotační program města pro výsadbu zeleně 2025",
    "Různé",
]


def c4_komise():
    doc = Document()
    _bold(
        doc,
        "Zápis z 2. jednání Komise pro životní prostředí Rady města Lipnice nad Skřivanem",
    )
    _label(doc, "Termín jednání:", "19. 3. 2025, 16:00 – 17:50")
    _label(doc, "Místo:", "zasedací místnost č. 214, Městský úřad Lipnice nad Skřivanem, Husova 11")
    _label(
        doc,
        "Přítomni:",
        "Ing. Stanislav Roubal (předseda), RNDr. Alena Vacková, Milan Šustr, "
        "Ing. Kateřina Pospíchalová, Josef Kadeřábek",
    )
    _label(doc, "Omluven:", "MUDr. Jiří Kostelecký")
    _label(doc, "Tajemnice komise:", "Bc. Tereza Hamerníková")

    p = doc.add_paragraph()
    p.add_run("Program jednání:").bold = True
    for i, entry in enumerate(C4_PROGRAMME, 1):
        p.add_run().add_break()
        p.add_run(f"{i}. {entry}")

    def head(i: int) -> None:
        _bold(doc, f"{i + 1}. {C4_PROGRAMME[i]}")

    head(0)
    doc.add_paragraph(
        "Předseda komise Ing. Stanislav Roubal zahájil jednání v 16:00 a konstatoval, že je "
        "přítomno 5 ze 6 členů komise a komise je usnášeníschopná. Zápis z 1. jednání ze dne "
        "19. 2. 2025 byl ověřen bez připomínek."
    )
    doc.add_paragraph("Usnesení KŽP/2/1/2025: Komise schvaluje program jednání. Hlasování: 5-0-0.")

    head(1)
    doc.add_paragraph(
        "Ing. Pospíchalová představila dvě varianty projektové dokumentace revitalizace parku "
        "Na Výsluní. Varianta A zachovává stávající cestní síť, varianta B přidává mlatové "
        "cesty, dětské hřiště a vodní prvek. Náklady varianty B se odhadují na 6 400 000 Kč."
    )
    doc.add_paragraph(
        "RNDr. Vacková upozornila na hnízdiště chráněných ptáků v jihovýchodní části parku; "
        "kácení a úpravy keřů tam musí proběhnout mimo hnízdní období."
    )
    doc.add_paragraph(
        "Pan Kadeřábek podpořil variantu B, požádal však o zachování vzrostlého kaštanu "
        "u hlavního vstupu."
    )
    _text_box(
        doc,
        [
            ("Usnesení KŽP/2/2/2025", True),
            (
                "Komise doporučuje Radě města Lipnice nad Skřivanem schválit projektovou "
                "dokumentaci revitalizace parku Na Výsluní ve variantě B.",
                False,
            ),
            ("Hlasování: pro 5, proti 0, zdržel se 0", False),
        ],
    )

    head(2)
    doc.add_paragraph(
        "Komise posoudila tři žádosti o povolení kácení dřevin rostoucích mimo les. "
        "Tajemnice předložila fotodokumentaci a posudky arboristy."
    )
    doc.add_paragraph(
        "Dvě břízy na pozemku p. č. 1206/4 jsou podle posudku proschlé a ohrožují sousední "
        "objekt. Lípa na pozemku p. č. 877 je zdravá, žadatel kácení odůvodňuje stíněním "
        "zahrady."
    )
    doc.add_paragraph(
        "Pan Šustr navrhl u lípy místo kácení odborný zdravotní řez; tento návrh komise podpořila."
    )
    _text_box(
        doc,
        [
            ("Usnesení KŽP/2/3/2025", True),
            (
                "Komise doporučuje povolit kácení dvou bříz na pozemku p. č. 1206/4 "
                "a nedoporučuje povolit kácení lípy na pozemku p. č. 877.",
                False,
            ),
            ("Hlasování: pro 4, proti 1, zdržel se 0", False),
        ],
    )

    head(3)
    p = doc.add_paragraph()
    p.add_run("Tajemnice informovala, že ")
    commented = p.add_run("alokace programu pro rok 2025 činí 400 000 Kč")
    p.add_run(
        " a žádosti bude možné podávat od 1. 6. 2025. Podporována bude výsadba stromů "
        "a keřů na pozemcích přístupných veřejnosti."
    )
    comment = doc.add_comment(
        commented,
        text="Ověřit výši alokace u finančního odboru – TH",
        author="Tereza Hamerníková",
        initials="TH",
    )
    comment._comment_elm.set(qn("w:date"), "2025-04-01T10:00:00Z")  # not the time of writing
    doc.add_paragraph("Ing. Pospíchalová připraví návrh hodnoticích kritérií do 11. 4. 2025.")
    doc.add_paragraph(
        "Usnesení KŽP/2/4/2025: Komise bere na vědomí informaci o přípravě dotačního "
        "programu pro výsadbu zeleně."
    )

    head(4)
    doc.add_paragraph(
        "RNDr. Vacková pozvala členy komise na úklidovou akci Ukliďme Lipnici, která se koná "
        "v sobotu 5. 4. 2025 od 9:00, sraz je před radnicí."
    )
    doc.add_paragraph(
        "Příští jednání komise se uskuteční 16. 4. 2025 v 16:00 v zasedací místnosti č. 214."
    )
    doc.add_paragraph("Předseda ukončil jednání v 17:50.")
    doc.add_paragraph("")

    sig = doc.add_table(rows=4, cols=2)
    sig.style = "Table Grid"
    cells = [
        ("Zapsala:", "Schválil:"),
        ("Bc. Tereza Hamerníková", "Ing. Stanislav Roubal"),
        ("tajemnice komise", "předseda komise"),
        ("dne 20. 3. 2025", "dne 24. 3. 2025"),
    ]
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            sig.cell(r, c).text = value
            if r == 0:
                sig.cell(r, c).paragraphs[0].runs[0].bold = True

    brk = doc.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)
    _bold(doc, "Příloha č. 1 – Prezenční listina")
    doc.add_paragraph(
        "2. jednání Komise pro životní prostředí Rady města Lipnice nad Skřivanem dne 19. 3. 2025"
    )
    _table(
        doc,
        [
            ["Jméno", "Funkce", "Podpis"],
            ["Ing. Stanislav Roubal", "předseda", ""],
            ["RNDr. Alena Vacková", "členka", ""],
            ["Milan Šustr", "člen", ""],
            ["Ing. Kateřina Pospíchalová", "členka", ""],
            ["Josef Kadeřábek", "člen", ""],
            ["MUDr. Jiří Kostelecký", "člen", "omluven"],
            ["Bc. Tereza Hamerníková", "tajemnice", ""],
        ],
    )
    return doc


DOCUMENTS = {
    "164-zastupitelstvo-orechova-plan.docx": c1_zastupitelstvo,
    "165-skolska-rada-jablonova-stran.docx": c2_skolska_rada,
    "166-spolek-vrsicek-vybor.docx": c3_spolek,
    "167-komise-zp-lipnice.docx": c4_komise,
}


def main() -> None:
    for name, build in DOCUMENTS.items():
        doc = build()
        _deterministic(doc, OUT / name)


if __name__ == "__main__":
    main()
