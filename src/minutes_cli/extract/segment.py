"""Find the parts of minutes: title block, header, programme, items,
conclusions, signatures and an annex that follows the signatures.

Numbers and words only; no organisation or layout of any one town is assumed.
The guiding facts about real minutes:

* the programme is a list under "Program…"; when that heading has no list
  under it, the numbered section headings are the programme;
* agenda numbering runs 1, 2, 3 … and its titles recur as section headings,
  so a numbered list inside a point (1., 2., 3. in one report) is never an
  agenda point: it is a run of adjacent numbered lines, or its numbers do not
  continue the sequence;
* conclusions, signatures and annexes come after the last point.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from minutes_cli import rx
from minutes_cli.extract import lexicon
from minutes_cli.extract.lexicon import LOWER, UPPER, key
from minutes_cli.text.document import Doc, continues, fold

NUMBERED = rx.compile(
    lexicon.loose(
        r"^\s*(?P<prefix>(?i:ad\.?|bod(?:\s+č\.)?|k\s+bodu(?:\s+č\.)?|k(?=\s+\d))\s*)?"
        # "K bodu č. 1" alone on its line: after a prefix the number needs no dot
        # "7a)": a point added to the programme at the meeting, after point 7
        r"(?:(?P<num>\d{1,2}(?:[a-z](?=\)))?)(?:[.)/](?!\d)|\s*[-–:]|(?(prefix)(?=\s*$)|(?!)))"
        r"|(?P<roman>[IVX]{1,4})[.)]|(?P<letter>[a-z])\))"
        r"\s*(?P<rest>\S.*)?$"
    )
)
# "- Rozpočet", "• Web", "- [x] Rozpočet" (a Markdown task list)
# "1 modul na vystavu": a number without its dot, as typed on a phone (programme only)
_BARE_NUMBER = rx.compile(r"^\s*(?P<num>\d{1,2})\s+(?P<rest>[^\W\d].*)$")
# "16:00–16:15 Zahájení", "16:15 Pravidla": a programme and its sections by the clock
TIMED = rx.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[–—-]\s*\d{1,2}[:.]\d{2})?\s+(?P<rest>\D.*)$")
# "1.1 Grant MPSV", "2.3. Rozpis": a sub-point, part of its point
SUB_POINT = rx.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s+\S")
BULLET = rx.compile(r"^\s*(?:[-*•▪◦–](?:\s+\[[ xX]?\])?|\[[ xX]?\])\s+(?P<rest>\S.*)$")


def unbulleted(text: str) -> str:
    """``text`` without the list marker it starts with ("* Příští schůze …")."""
    m = BULLET.match(text)
    return m["rest"] if m else text


_MAX_PROGRAMME_ENTRY = 150
_MAX_COLON_HEADING = 60
_LEGAL_FORM_END = rx.compile(
    r"(?:z\.\s?s\.|o\.\s?p\.\s?s\.|z\.\s?ú\.|s\.\s?r\.\s?o\.|a\.\s?s\.|p\.\s?o\.|spolek)\s*$"
)
_MAX_HEADING = 200
_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
    "XIII": 13,
    "XIV": 14,
    "XV": 15,
}


@dataclass
class Heading:
    """A programme entry or section heading."""

    line: int
    number: str | None
    title: str
    rest: str = ""  # text that follows the title on the heading line
    end: int | None = None  # last line, when the title runs over several


@dataclass
class MinutesTable:
    """Minutes whose body is one table: a header row ("Bod⇥Projednávaná záležitost⇥
    Závěr / úkol⇥Odpovídá⇥Termín") and a row per point."""

    header: int  # line of the header row
    columns: dict[str, int]  # field -> cell index (``table_columns.minutes``)
    rows: dict[int, list[str]]  # line -> cells

    def cell(self, line: int, field: str) -> str:
        """The row's cell for ``field``; "" when absent or a dash ("–", "-")."""
        index = self.columns.get(field)
        cells = self.rows[line]
        if index is None or index >= len(cells):
            return ""
        value = cells[index].strip()
        return "" if value.strip("–—-/ ") == "" else value


@dataclass
class Layout:
    title_lines: list[int] = field(default_factory=list)
    header: tuple[int, int] = (0, -1)  # inclusive line range
    agenda_heading: int | None = None
    programme: list[Heading] = field(default_factory=list)
    programme_end: int | None = None
    sections: list[Heading] = field(default_factory=list)
    sections_from_programme: bool = False
    conclusions: int | None = None  # heading line
    conclusions_kind: str = "information"
    signatures: int | None = None  # first signature line
    signoff: int | None = None  # the sender's name under a letter's closing line
    annex: int | None = None  # first annex line
    notes: list[str] = field(default_factory=list)
    table: MinutesTable | None = None

    def programme_in_point(self) -> range:
        """The programme's lines when the programme stands inside a point (a resolution
        "… schvaluje následující program:" over its list), else no lines."""
        if (
            self.agenda_heading is not None
            and self.programme_end is not None
            and self.sections
            and self.sections[0].line < self.agenda_heading
        ):
            return range(self.agenda_heading + 1, self.programme_end + 1)
        return range(0)

    def body_end(self, doc: Doc) -> int:
        """First line after the items."""
        ends = [x for x in (self.conclusions, self.signatures, self.annex) if x is not None]
        return min(ends) if ends else len(doc)


def numbered(text: str) -> tuple[str, str] | None:
    """``("3", "Monitoring projektů")`` for "3. Monitoring projektů", else None."""
    m = NUMBERED.match(text)
    if not m:
        return None
    number = m["num"] or m["roman"] or m["letter"]
    if m["roman"] and m["roman"] not in _ROMAN:
        return None
    rest = (m["rest"] or "").strip()
    if not rest:
        # "K bodu 1:" alone on its line: the title is the programme's.
        return (number, "") if m["prefix"] else None
    if not rx.match(rf"[\w{UPPER}„\"'(]", rest):
        return None
    # "1. pololetí", "2. běh", "15. 11." are sentences or dates, not list entries.
    if m["num"] and rx.match(r"\d", rest):
        return None
    return number, rest


def ordinal(number: str | None) -> int:
    """Position of a list number: "3" -> 3, "IV" -> 4, "c" -> 3 (0 when not a number)."""
    if not number:
        return 0
    if number.isdigit():
        return int(number)
    if number[:-1].isdigit():  # "7a": inserted after 7
        return int(number[:-1])
    if number in _ROMAN:
        return _ROMAN[number]
    return ord(number) - 96 if len(number) == 1 and number.islower() else 0


def style(number: str) -> str:
    """ "digit", "roman" or "letter": entries of one list share their style."""
    if number.isdigit() or number[:-1].isdigit():  # "7a)" among "7." and "8."
        return "digit"
    return "roman" if number in _ROMAN else "letter"


@cache
def _PRESENTER() -> re.Pattern[str]:
    labels = "|".join(rx.longest_first(lexicon.lex()["presenter_labels"]))
    return rx.compile(lexicon.loose(rf"(?i)\s*\((?:{labels})\s*:[^()]*\)"))


def split_title(text: str, *, runs_on: bool = False) -> tuple[str, str]:
    """Split a heading line into its title and the text that follows on the line.

    A short line is all title; a long one (the point's text begins on its
    title line), or one whose sentence ``runs_on`` to the next line, is cut
    after its first sentence. The title drops its final full stop.
    """
    text = _PRESENTER().sub("", fold(text))  # "… (předkládá: MUDr. Hrubý)": who, not what
    text = rx.sub(r"^(\*\*|__)(.+?)\1(?=\s*$|\s*[:.])", r"\2", text)  # "**Různé**" in plain text
    text = rx.sub(r"\s*\(\d{1,2}[:.]\d{2}(?:\s*hod\.?)?\)$", "", text)  # "… (18:42)": when
    long = len(text) > 100 or runs_on
    dash = rx.search(r"\s[–—-]\s", text)
    if dash and long and dash.start() <= _MAX_COLON_HEADING:
        # "1) Kontrola usnesení – členové výboru prověřili …"
        return text[: dash.start()].strip(), text[dash.end() :].strip()
    if long:
        m = rx.search(rf"(?<=[{LOWER}\d)+“”])[.!?]\s+(?=[{UPPER}])", text)
        if m and m.start() < 250:
            return text[: m.start()].strip(), text[m.end() :].strip()
    if _LEGAL_FORM_END.search(text):
        return text, ""  # "Smlouva … – ČEZ Distribuce, a. s.": the dot is the name's
    return text.rstrip(".").rstrip(), ""


def is_body_heading(text: str) -> bool:
    """ "Průběh jednání:", "co jsme řešili": a heading over the points' text."""
    return key(text) in lexicon.body_headings()


# The resolution adopting the programme, the list below it (folded, as ``key`` gives it)
_APPROVES_PROGRAMME = rx.compile(
    r"\bschvaluje (?:nasledujici |tento |upraveny |navrzeny |doplneny )?program"
    r"(?: (?:zasedani|jednani|schuze|porady|setkani))?(?: \w+){0,2}$"
)


# "Starosta přečetl program.", "Předsedající seznámil přítomné s návrhem programu:": the
# programme read out inside a point, its list below (folded text)
_READS_PROGRAMME = rx.compile(
    r"^(?:\w+ ){1,3}(?:precetl|predlozil|seznamil|predstavil|prednesl|navrhl|navrhuje|navrhuji)"
    r"\w{0,2}(?: \w+){0,4} (?:navrh(?:em)? )?(?:program\w{0,2}|poradu? jednani)"
    r"(?: \w+){0,3}$"  # "… programem zasedání zastupitelstva obce:"
)


def _in_point_programme(k: str) -> bool:
    """Does the programme heading ``k`` (folded) stand inside a point ("… schvaluje
    následující program zasedání:", "Starosta přečetl program.")?"""
    return bool(_APPROVES_PROGRAMME.search(k) or _READS_PROGRAMME.match(k))


def is_agenda_heading(text: str) -> bool:
    """ "Program jednání:", "PROGRAM", "Program porady:", "Navržený program"."""
    k = key(text)
    if k in lexicon.agenda_headings():
        return True
    if rx.match(r"^(?:program|agenda)(?: \w+)?:? (?:viz|dle|podle|v souladu s)\b", k):
        return True  # "Program: viz pozvánka": a programme given elsewhere
    stripped = fold(text)
    if stripped.endswith(":") and _APPROVES_PROGRAMME.search(k):
        return True  # "Zastupitelstvo obce … schvaluje následující program zasedání:"
    if stripped.endswith((":", ".")) and _READS_PROGRAMME.match(k):
        return True  # "Starosta přečetl program." over the list
    return bool(rx.match(r"^(?:navrzeny |schvaleny )?(?:program|porad jednani|agenda)\b", k)) and (
        len(k.split()) <= 4 and (stripped.endswith(":") or stripped.isupper())
    )


_RESOLUTIONS_OF = lexicon.Folded(
    r"^\W*usnesení\s+ze?\s+(?:\d+\.\s*)?(?:schůze|zasedání|jednání|porady|valné\s+hromady)\b"
    r"[^:]{0,120}$(?<![.;])"
)


def _conclusion_heading(text: str) -> str | None:
    if numbered(text):
        return None
    k = key(text)
    words = k.split()
    if 2 <= len(words) <= 4 and words[0] == "usneseni" and words[-1] in lexicon.body_heads():
        return "decision"  # "Usnesení valné hromady", "Usnesení výboru"
    if (
        words[:1] == ["usneseni"]
        and len(words) >= 3
        and len(words) <= 14
        and words[1].isalpha()
        and words[1] not in {"z", "ze", "c"}  # "Usnesení z 45. schůze …" titles a document
        and ":" not in text  # "Usnesení č. 1: Shromáždění volí …" is a resolution
        and set(words[1:5]) & lexicon.body_heads().keys()
        and not text.rstrip().endswith((".", ":", ";"))
    ):
        return "decision"  # "Usnesení výroční valné hromady SDH X konané dne 11. 1. 2025"
    return lexicon.conclusion_headings().get(k)


_ON_BEHALF = rx.compile(
    r"^\W*[Zz]a\s+(?:[a-záčďéěíňóřšťúůýž]+\s+){0,2}[a-záčďéěíňóřšťúůýž]+"
    # "Za zhotovitele – stavbyvedoucí: Bc. Ondřej Malina": the party, then the signer's function
    r"(?:\s*[–—-]\s*[a-záčďéěíňóřšťúůýž]+(?:\s+[a-záčďéěíňóřšťúůýž]+){0,2})?"
    r"\s*:\s*(?P<rest>\S.*)$"
)


def signature_role(text: str) -> tuple[str, str] | None:
    """``(role, rest)`` when the line starts with a signature label ("Zapsala: …")."""
    on_behalf = _ON_BEHALF.match(text)
    if on_behalf:  # "Za investora: Ing. Vladimír Kos" signs for a party
        return "approved_by", on_behalf["rest"]
    folded = lexicon.strip_accents(text).lstrip(" *#-")
    for label, role in lexicon.signature_labels():
        if folded.startswith(label):
            after = folded[len(label) :]
            if not after or after[0] in ": \t,/(":
                offset = len(text) - len(text.lstrip(" *#-"))
                rest = text[offset + len(label) :].lstrip(" :\t,*")
                head = rx.match(rf"(?:[a-záčďéěíňóřšťúůýž ]|[{UPPER}]{{2,}}\b){{1,30}}:\s*", rest)
                if head:  # "Předseda výboru: Ing. Miroslav Kopecký", "Starosta SDH: …"
                    rest = rest[head.end() :]
                return role, rest
    return None


_OWN_HAND = rx.compile(r"^(?P<name>[^,]{3,60}),\s*(?P<role>[^,\d]{0,60}?)\s*,?\s*v\.\s?r\.\s*$")


def signed_in_own_hand(text: str) -> tuple[str, str] | None:
    """ "Ing. Hana Vlková, starostka v. r." (a published copy of a signed document):
    ``(name, function)``, or None."""
    m = _OWN_HAND.match(fold(text))
    if m is None or not _is_name_line(m["name"]):
        return None
    return m["name"], m["role"]


def _looks_like_signature_line(text: str) -> bool:
    hit = signature_role(text)
    if not hit:
        return False
    _role, rest = hit
    folded = lexicon.strip_accents(text)
    # "Schválil jsem ..." in prose is no signature: a label has ":" or is followed by
    # a name, "v <place>" or "dne".
    # "Předsedkyně Mgr. Kořínková zašle dopis …" names someone in a sentence.
    label = text[: len(text) - len(rest)] if rest else text
    # "Starosta: podle harmonogramu na podzim." answers a question in the discussion
    # (not "Schválil: př. Karel Novák, předseda": a name follows a lower-case word)
    answers = (
        rest[:1].islower()
        and len(rest.split()) > 2
        and not rx.search(rf"[{UPPER}][{LOWER}]+\s+[{UPPER}][{LOWER}]+", rest)
    )
    return (
        # "Předseda: …", not "Předseda ukončil … v 10:45"
        (":" in label and len(label) <= 30 and not answers)
        or bool(rx.match(r"(?:v |ve |dne|\(|$)", rest))
        or bool(rx.match(rf"[{UPPER}]", rest) and _is_name_line(rest))
        or folded.startswith(("zapsal", "zapisovatel"))
    )


def _is_name_line(text: str) -> bool:
    """A short line of capitalised words and degrees: a signer's name."""
    text = fold(SIGN_HERE.sub(" ", text))  # "Josef Mrózek ........" signs on the dots
    text = rx.split(r",\s*(?=[a-zá-ž])", text)[0]  # "…, předseda školské rady" is a role
    if (
        not text
        or len(text) > 60
        or (text.endswith((".", ":")) and not lexicon.degree_regex().search(text))
    ):
        return False
    words = rx.sub(r"[,;]", " ", lexicon.degree_regex().sub(" ", text)).split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() for w in words)


def _columns(text: str) -> list[str]:
    """The cells of a line set out in columns (three spaces or a tab between them)."""
    return [c for c in rx.split(r"\s{3,}|\t", text.strip()) if c.strip()]


def signer_columns(doc: Doc, i: int) -> list[tuple[str, str]]:
    """Signers without labels: line ``i`` holds their names, side by side when there are
    more ("Mgr. Radek Šimáček      Ing. Josef Kadeřábek"), the line below their roles
    ("starosta      ověřovatel"). ``(name, role)`` pairs, or [] when the lines are not that."""
    if i + 1 >= len(doc) or not doc.is_content(i + 1):
        return []
    names, roles = _columns(doc.lines[i]), _columns(doc.lines[i + 1])
    if not names or len(names) != len(roles) or not all(_is_name_line(n) for n in names):
        return []
    if any(":" in r for r in roles) or any(signature_role(fold(n)) for n in names):
        return []  # "Zapsala: Lucie Kutílková" over "Ověřovatelé:": labels, not columns
    out: list[tuple[str, str]] = []
    for name, role in zip(names, roles, strict=True):
        hit = signature_role(fold(role))
        if not hit or hit[1]:
            return []
        out.append((name, hit[0]))
    return out


def is_signing_line(text: str) -> bool:
    """A line to sign on and nothing else: "…………………", "________      ________"."""
    return bool(SIGN_HERE.search(text)) and not SIGN_HERE.sub("", text).strip()


def signed_on_line(doc: Doc, i: int) -> tuple[str, str] | None:
    """A signer under the line to sign on, without a label: "…………" over "Jan Kratochvíl,
    starosta" (or over "Jan Kratochvíl" / "starosta obce"). ``(name, role)``; the role is
    the function's when it is a signing one, else ``approved_by``."""
    above = doc.content_lines(max(0, i - 2), i)[-1:]
    if not above or not is_signing_line(doc.lines[above[0]]):
        return None
    name, _, function = fold(doc.lines[i]).partition(",")
    if not _is_name_line(name) or signer_columns(doc, i):
        return None
    below = i + 1 < len(doc) and doc.is_content(i + 1) and fold(doc.lines[i + 1])
    if not function and below and below[:1].islower() and len(below) <= 60:
        function = below  # "Jan Kratochvíl" / "starosta obce"
    hit = signature_role(function.strip()) if function else None
    return doc.lines[i].partition(",")[0].strip(), hit[0] if hit else "approved_by"


def _is_date_line(text: str) -> bool:
    from minutes_cli.extract.dates import find_dates

    text = fold(text)
    return (
        bool(find_dates(text))
        and len(text) < 60
        and (key(text).startswith(("dne", "datum", "v ", "ve ")) or len(text.split()) <= 4)
    )


def _programme(doc: Doc, start: int) -> tuple[list[Heading], int]:
    """The list right under a programme heading; ``(entries, last line)``."""
    entries: list[Heading] = []
    last = start
    expected = 1
    plain = False  # entries without numbers or bullets, one per line
    i = start + 1
    while i < len(doc):
        if not doc.is_content(i):
            i += 1
            continue
        text = doc.lines[i]
        if is_agenda_heading(text) and entries:  # "Agenda:" repeated before the sections
            break
        num = numbered(text)
        bare = _BARE_NUMBER.match(text)
        if not num and bare and int(bare["num"]) == expected:
            num = (bare["num"], bare["rest"])  # "1 modul na vystavu" under "program"
        bullet = BULLET.match(text)
        if (
            num
            and ordinal(num[0]) == expected
            # a bulleted programme ends where the numbered sections begin
            and (not entries or (entries[0].number and style(num[0]) == style(entries[0].number)))
            and len(fold(text)) <= _MAX_PROGRAMME_ENTRY
        ):
            title, _ = split_title(num[1])
            entries.append(Heading(i, num[0], title))
            expected += 1
        elif (
            (lead := bullet or TIMED.match(text))  # "- Web", "16:00–16:15 Zahájení"
            and not num
            and len(fold(text)) <= _MAX_PROGRAMME_ENTRY
            and (not entries or entries[0].number is None)
        ):
            title = split_title(lead["rest"])[0]
            if bullet is None:  # "8:15–8:40 Personální obsazení (vrchní sestra)": who presents
                title = rx.sub(rf"\s*\([{LOWER}][^()]*\)$", "", title)
            if any(key(e.title) == key(title) for e in entries):
                break  # the first section repeats the first entry: the list has ended
            entries.append(Heading(i, None, title))
        elif (
            entries
            and not num
            and not bullet
            and (
                rx.match(r"^\s+\S", text)  # an indented continuation of the previous entry
                # "7. Obecně závazná vyhláška o … systém" / "odpadového hospodářství"
                or (i == last + 1 and text[:1].islower() and continues(doc.lines[last], text))
            )
        ):
            entries[-1].title = fold(entries[-1].title + " " + text).rstrip(".")
        elif (
            (not entries or (plain and i == last + 1))
            and not num
            and not bullet
            and _PLAIN_ENTRY.match(text)
            and len(fold(text)) <= _MAX_PROGRAMME_ENTRY
            and not header_label(text)
        ):
            # "Body jednání:" over "Zahájení" / "Stav cest po zimě" / …: one per line
            plain = True
            entries.append(Heading(i, None, fold(text)))
        elif entries and entries[0].number and SUB_POINT.match(text):
            pass  # "1.1 Grant MPSV" under "1. Financování": the list goes on
        elif entries and entries[0].number and _continues_list(doc, i, expected):
            pass  # "Na návrh předsedy byly doplněny body:" between entries 3 and 4
        else:
            break
        last = i
        i += 1
    if len(entries) < 2:
        return [], start
    return entries, last


# A programme entry on a line of its own, without number or bullet: "Stav cest po zimě"
_PLAIN_ENTRY = rx.compile(rf"^\s*[{UPPER}][^.!?:;]*$")


def _continues_list(doc: Doc, i: int, expected: int) -> bool:
    """Does the numbered list resume with ``expected`` right after line ``i``?"""
    nxt = doc.content_lines(i + 1, min(len(doc), i + 4))[:1]
    if not nxt:
        return False
    num = numbered(doc.lines[nxt[0]])
    return bool(num and ordinal(num[0]) == expected and fold(doc.lines[i]).endswith(":"))


_INLINE_ENTRY = rx.compile(
    r"(?:^|[,;:]\s*|(?<=\s))(?P<num>\d{1,2})(?:[.)]|/(?=\s))\s*(?P<title>.+?)"
    r"(?=[,;]\s*\d{1,2}(?:[.)]|/)\s|\.?$)"
)


def _inline_programme(doc: Doc, line: int) -> tuple[list[Heading], int]:
    """Entries of a programme written as one paragraph after "Program:"."""
    para = [line]
    for i in range(line + 1, len(doc)):
        if not doc.is_content(i) or numbered(doc.lines[i]):
            break
        before, below = doc.lines[i - 1].rstrip(), doc.lines[i].lstrip()
        if below[:1].isupper() and not before.endswith((",", ";")) and not continues(before, below):
            break  # "…, 4. Různé" / "Předsedkyně konstatovala, …" (Word paragraphs)
        para.append(i)
    starts, parts, pos = [], [], 0
    for i in para:
        starts.append(pos)
        parts.append(doc.lines[i])
        pos += len(doc.lines[i]) + 1
    text = " ".join(parts)
    colon = text.find(":") + 1
    entries: list[Heading] = []
    for m in _INLINE_ENTRY.finditer(text, colon):
        if int(m["num"]) != len(entries) + 1:
            break
        at = para[max(k for k, st in enumerate(starts) if st <= m.start("title"))]
        end = para[max(k for k, st in enumerate(starts) if st < m.end("title"))]
        entries.append(Heading(at, m["num"], fold(m["title"]).rstrip("."), end=end))
    if not entries and text.count(";") >= 2:
        # "Program: zahájení; hospodaření; akce na léto; různé" (no numbers)
        pos = colon
        for part in text[colon:].split(";"):
            title = fold(part).rstrip(".")
            if not title or len(title) > _MAX_PROGRAMME_ENTRY:
                return [], para[-1]
            at = para[max(k for k, st in enumerate(starts) if st <= pos)]
            entries.append(Heading(at, None, title, end=at))
            pos += len(part) + 1
    return entries, para[-1]


def _continued(doc: Doc, line: int) -> tuple[str, list[int]]:
    """Line ``line`` with the lines that continue its sentence ("Program: zahájení," /
    "hospodaření, oprava hřiště, různé."), joined by spaces, and their numbers."""
    text, lines = doc.lines[line], [line]
    while (
        lines[-1] + 1 < len(doc)
        and doc.is_content(lines[-1] + 1)
        and (text.rstrip().endswith(",") or continues(text, doc.lines[lines[-1] + 1].lstrip()))
    ):
        lines.append(lines[-1] + 1)
        text = f"{text} {doc.lines[lines[-1]].strip()}"
    return text, lines


def _line_at(doc: Doc, lines: list[int], offset: int) -> int:
    """The line of ``lines`` (joined as :func:`_continued` joins them) holding ``offset``."""
    for i in lines:
        offset -= len(doc.lines[i].strip() if i != lines[0] else doc.lines[i]) + 1
        if offset < 0:
            return i
    return lines[-1]


def _comma_programme(doc: Doc, line: int) -> tuple[list[Heading], int]:
    """ "Program: a, b, c a d." in one sentence, when at least half of the entries stand
    below as headings of their own; else no programme."""
    text, lines = _continued(doc, line)
    text, last = fold(text), lines[-1]
    listed = text[text.find(":") + 1 :].strip().rstrip(".")
    parts = [p.strip() for p in rx.split(r"\s*,\s*|\s+a\s+(?=\S+$)", listed) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 6 for p in parts):
        return [], line
    entries = [Heading(line, None, p[:1].upper() + p[1:], end=last) for p in parts]
    found = _match_programme(doc, entries, last + 1, len(doc))
    return (entries, last) if 2 * len(found) >= len(entries) else ([], line)


def _adjacent_numbered(doc: Doc, i: int) -> bool:
    """Is line ``i`` part of a run of numbered lines with no blank line between?"""
    for j in (i - 1, i + 1):
        if 0 <= j < len(doc) and doc.is_content(j) and numbered(doc.lines[j]):
            return True
    return False


def _delimiter(text: str) -> str:
    """What closes a heading's number: "." in "1. Zahájení", ")" in "1) Zahájení"."""
    m = NUMBERED.match(text)
    if m is None or not (m["num"] or m["roman"]):
        return ""
    after = text[m.end("num") if m["num"] else m.end("roman") :].lstrip()
    return after[:1] if after[:1] in ".)" else ""


def _numbered_sections(doc: Doc, start: int, end: int, expected: int = 1) -> list[Heading]:
    out: list[Heading] = []
    for i in range(start, end):
        if not doc.is_content(i):
            continue
        text = doc.lines[i]
        num = numbered(text)
        inserted = bool(num and out and not num[0].isdigit() and num[0][:-1] == out[-1].number)
        if (
            not num
            or (ordinal(num[0]) != expected and not inserted)  # "7a)" after "7."
            or (out and style(num[0]) != style(out[0].number or "1"))
            # "1. Volba rady" … "4. Úpravy": "5) Základní členské" goes on a list quoted
            # in point 4, not the points
            or (out and _delimiter(text) != _delimiter(doc.lines[out[0].line]))
        ):
            continue
        heading_hint = bool(doc.norm.hint(i) & {"heading", "bold"})
        if not heading_hint and _adjacent_numbered(doc, i) and len(fold(text)) < 120:
            continue
        if len(fold(text)) > _MAX_HEADING * 3:
            continue
        if lexicon.resolution_clause().fullmatch(fold(num[1])) or (
            num[0] in _ROMAN and lexicon.resolution_clause().match(fold(num[1]))
        ):
            # "I. schvaluje", "II. ukládá starostce zapracovat …": clauses of a
            # resolution, not points
            continue
        below = doc.lines[i + 1].lstrip() if i + 1 < len(doc) else ""
        # "1) Projekt X – průběžná zpráva" over "- zpráva pro kraj …": a list under the
        # title, not its sentence going on
        bulleted = rx.match(r"[-*•▪–]\s", below) is not None
        title, rest = split_title(num[1], runs_on=continues(text, below) and not bulleted)
        out.append(Heading(i, num[0], title, rest))
        expected += 0 if inserted else 1
    return out


def _is_caps_heading(doc: Doc, i: int) -> bool:
    text = fold(doc.lines[i])
    letters = [c for c in text if c.isalpha()]
    if doc.norm.hint(i) & {"heading", "bold"}:
        return len(text) <= _MAX_HEADING
    return (
        len(letters) >= 3
        and len(text) <= 80
        and all(not c.islower() for c in letters)
        and ":" not in text.rstrip(":")
    )


def _is_colon_heading(doc: Doc, i: int) -> bool:
    """ "Hospodaření:" alone at the head of a paragraph, its text below."""
    text = fold(doc.lines[i])
    return (
        text.endswith(":")
        and len(text) <= _MAX_COLON_HEADING
        and (i == 0 or doc.is_blank(i - 1))
        and i + 1 < len(doc)
        and doc.is_content(i + 1)
        and header_label(text + " x") is None  # "Přítomni:" over a list of names
        and not signature_role(text)
        and not _conclusion_heading(text)
        and not is_agenda_heading(text)
    )


_BULLET_TOPIC = rx.compile(r"^\s*[-*•–]\s+(?P<topic>[^\W\d][^:;,]{1,38}?)\s*:\s+(?P<rest>\S.*)$")


def _colon_headings(doc: Doc, start: int, end: int) -> list[Heading]:
    """Unnumbered sections headed "Hospodaření:", "Různé:"; a first paragraph
    opened by a short line without punctuation ("Kontrola úkolů") is one too."""
    lines = [i for i in doc.content_lines(start, end) if _is_colon_heading(doc, i)]
    # "- ples: ples bude v pátek …" / "" / "- sběr papíru: …": bulleted topics, their
    # text after the colon (notes sent by e-mail)
    topics = [
        (i, m)
        for i in doc.content_lines(start, end)
        if (i == 0 or doc.is_blank(i - 1))
        and (m := _BULLET_TOPIC.match(doc.lines[i])) is not None
        and header_label(f"{m['topic']}: x") is None
        and not signature_role(m["topic"])
    ]
    if len(topics) >= 2 and len(topics) > len(lines):
        return [Heading(i, None, fold(m["topic"]), fold(m["rest"])) for i, m in topics]
    if len(lines) < 2:
        return []
    heads = [Heading(i, None, fold(doc.lines[i]).rstrip(" :"), "") for i in lines]
    before = doc.content_lines(start, lines[0])
    if before:
        first = fold(doc.lines[before[0]])
        opens = (before[0] == 0 or doc.is_blank(before[0] - 1)) and len(before) > 1
        if (
            opens
            and len(first) <= _MAX_COLON_HEADING
            and not rx.search(r"[.!?:;,]$", first)
            and not TITLE_LEAD.match(first)
        ):
            heads.insert(0, Heading(before[0], None, first, ""))
    return heads


_PROGRAMME_SENTENCE = rx.compile(
    r"(?i)\b(?:program|pořad)\w*(?:\s+\w+){0,2}\s*:\s*(?P<list>[^.:]+?)\s*(?:\.|$)"
)


def _programme_sentence(doc: Doc, sections: list[Heading]) -> list[Heading] | None:
    """ "K bodu 1)" … "K bodu 4)" have no titles; a sentence above them may list the
    programme ("Program: zahájení, hospodaření, oprava hřiště, různé."): its entries,
    one per heading, when the counts agree."""
    for i in doc.content_lines(0, sections[0].line):
        text, lines = _continued(doc, i)
        m = _PROGRAMME_SENTENCE.search(text)
        if not m:
            continue
        entries = [e.strip() for e in rx.split(r"\s*[,;]\s*|\s+a\s+(?=\S+$)", m["list"])]
        if len(entries) == len(sections) and all(entries):
            at, end = _line_at(doc, lines, m.start("list")), _line_at(doc, lines, m.end("list"))
            return [
                Heading(at, h.number, title[:1].upper() + title[1:], end=end)
                for h, title in zip(sections, entries, strict=True)
            ]
    return None


def _minutes_table(doc: Doc, start: int, end: int) -> MinutesTable | None:
    """The body written as a table: a header row naming the point's subject and its
    number or conclusion, then two or more rows (one line each, cells by tabs)."""
    for i in doc.content_lines(start, end):
        if "\t" not in doc.lines[i]:
            continue
        columns = lexicon.table_columns("minutes", doc.lines[i].split("\t"))
        if "subject" not in columns or not {"number", "conclusion"} & columns.keys():
            continue
        rows: dict[int, list[str]] = {}
        for j in doc.content_lines(i + 1, end):
            cells = doc.lines[j].split("\t")
            if len(cells) <= columns["subject"] or not cells[columns["subject"]].strip():
                break
            rows[j] = cells
        said = columns.get("conclusion")
        if said is not None and all(
            not rx.search(r"[^\W\d]{3}", cells[said])
            for cells in rows.values()
            if len(cells) > said
        ):
            continue  # "Usnesení⇥Obsah⇥Stav" over "5/3/2025⇥…": old resolutions reviewed
        if len(rows) >= 2:
            return MinutesTable(i, columns, rows)
    return None


def _table_sections(table: MinutesTable) -> list[Heading]:
    """A heading per row: its number (or its position) and the subject's first
    paragraph ("Parkování v ulici Zahradní; Obyvatelé si stěžují …")."""
    out: list[Heading] = []
    for k, line in enumerate(table.rows):
        number = table.cell(line, "number").rstrip(".)") or str(k + 1)
        title = table.cell(line, "subject").split("; ")[0].strip()
        out.append(Heading(line, number, title, ""))
    return out


def _inserted_sections(doc: Doc, sections: list[Heading], end: int) -> list[Heading]:
    """Sections numbered "7a)" right after section 7: points the meeting added to its
    programme."""
    out: list[Heading] = []
    if not sections:
        return out
    bounds = [*(h.line for h in sections[1:]), end]
    for section, stop in zip(sections, bounds, strict=True):
        if not (section.number and section.number.isdigit()):
            continue
        for i in doc.content_lines(section.line + 1, stop):
            num = numbered(doc.lines[i])
            if num and num[0][:-1] == section.number and num[0][-1].isalpha():
                title, rest = split_title(num[1])
                out.append(Heading(i, num[0], title, rest))
    return out


def _match_programme(
    doc: Doc, programme: list[Heading], start: int, end: int, skip: range = range(0)
) -> list[Heading]:
    """Find each programme entry's section heading after ``start`` (the list, or the
    header when the list stands inside a point), not in the lines ``skip``."""
    out: list[Heading] = []
    pos = start
    for entry in programme:
        want = key(entry.title)
        for i in range(pos, end):
            if not doc.is_content(i) or i in skip:
                continue
            text = doc.lines[i]
            timed = TIMED.match(text)
            # "18:20 Bod 3 – Rozpočtové opatření": the time the point began, then the point
            num = numbered(text) or (numbered(timed["rest"]) if timed else None)
            # (not "2⇥objednat míče …⇥Pilař⇥splněno": a numbered row of a table)
            bare = _BARE_NUMBER.match(text) if entry.number and "\t" not in text else None
            if num is None and bare and bare["num"] == entry.number:
                num = (bare["num"], bare["rest"])  # "1 modul na vystavu" again as its heading
            body = num[1] if num else fold(timed["rest"] if timed else text)
            same_number = num is not None and entry.number is not None and num[0] == entry.number
            same_title = key(body).startswith(want[: max(8, len(want) - 3)]) if want else False
            # "Ad 1) Ředitelka představila …" / "Ad 2) …": a point's prefix makes a line its
            # section though the next point follows without a blank line
            prefixed = num is not None and bool((m := NUMBERED.match(text)) and m["prefix"])
            if (same_number and (prefixed or not _adjacent_numbered(doc, i))) or (
                same_title and (num is not None or _is_caps_heading(doc, i) or len(body) < 120)
            ):
                title, rest = split_title(body) if body else (entry.title, "")
                if title.isupper() and key(title) == key(entry.title):
                    title = entry.title  # "STAV CEST PO ZIMĚ" as the programme writes it
                shortened = bool(body) and want.startswith(key(body))  # "Ad 1) Zahájení"
                if (
                    same_number
                    and not same_title
                    and body
                    and (prefixed or len(body) > len(entry.title) + 40)
                    and not shortened
                ):
                    title, rest = entry.title, body  # "Ad 1) Úkoly … byly splněny …": text only
                if shortened and not same_title:
                    title, rest = entry.title, ""  # the programme's full title
                # A bulleted programme: the section's own number ("1) …") numbers the point.
                number = entry.number or (num[0] if num else None)
                out.append(Heading(i, number, title, rest))
                pos = i + 1
                break
    return out


def find_layout(doc: Doc) -> Layout:
    """Locate the parts of a minutes document."""
    lay = Layout()
    content = doc.content_lines()
    if not content:
        return lay
    # Landmarks after which no header can continue.
    agenda = next((i for i in content if is_agenda_heading(doc.lines[i])), None)
    inline_agenda = None
    if agenda is None:
        inline_agenda = next(
            (i for i in content if _INLINE_PROGRAMME.match(doc.lines[i])),
            None,
        )
    lay.agenda_heading = agenda
    search_from = agenda + 1 if agenda is not None else 0
    if inline_agenda is not None:
        # "Program: 1) kontrola zápisu, 2) hospodaření, 3) různé." on one paragraph
        entries, last = _inline_programme(doc, inline_agenda)
        if not entries:
            # "Program jsme měli tento: vyúčtování plesu, příspěvek na lyžák, …": commas
            # are taken only when most entries head a section below
            entries, last = _comma_programme(doc, inline_agenda)
        if len(entries) >= 2:
            agenda = lay.agenda_heading = inline_agenda
            lay.programme, lay.programme_end = entries, last
            search_from = last + 1
    if agenda is not None and not lay.programme:
        lay.programme, lay.programme_end = _programme(doc, agenda)
        if not lay.programme:
            lay.programme_end = agenda
        search_from = (lay.programme_end or agenda) + 1
    # Conclusions heading: the first after the programme that is no programme title.
    titles = {key(h.title) for h in lay.programme}
    for i in doc.content_lines(search_from):
        kind = _conclusion_heading(doc.lines[i]) or (
            # "Usnesení z 5. zasedání Zastupitelstva obce …" after the points: the
            # resolutions of this meeting, listed once more (a title only at the top)
            "decision" if i > search_from and _RESOLUTIONS_OF.match(doc.lines[i]) else None
        )
        if kind and opens_title(doc, i) and not lay.programme:
            continue  # "USNESENÍ" / "z 31. schůze Rady obce …": a title, resolutions follow
        if kind and key(doc.lines[i]) not in titles:
            # Programme titles standing as headings below it: it is inside the points
            # ("Úkoly:" in point 3, "Sběr papíru" and "Různé" below), no conclusions heading.
            # ("2. Letní slavnost 2025": a numbered heading's title; not a lettered clause
            # "c) plán činnosti a rozpočet …" of a resolution that repeats a point's title)
            if titles and any(
                key(doc.lines[j]) in titles
                or ((num := numbered(doc.lines[j])) and num[0].isdigit() and key(num[1]) in titles)
                for j in doc.content_lines(i + 1)
            ):
                continue
            lay.conclusions, lay.conclusions_kind = i, kind
            break
    limit = lay.conclusions if lay.conclusions is not None else len(doc)
    # Sections.
    if lay.programme:
        if _in_point_programme(key(doc.lines[agenda or 0])):
            # "… schvaluje následující program zasedání:" / "1) Určení ověřovatelů …": the
            # programme is a resolution of its own point, and points stand above it too
            listed = range(agenda or 0, (lay.programme_end or 0) + 1)
            start = min(_header_guess_end(doc), agenda or 0)
            lay.sections = _match_programme(doc, lay.programme, start, limit, listed)
        else:
            lay.sections = _match_programme(doc, lay.programme, search_from, limit)
        lay.sections_from_programme = True
        for heading in _inserted_sections(doc, lay.sections, limit):
            # "7a) Žádost TJ Sokol …", added to the programme at the meeting: a point of
            # the programme as adopted
            lay.sections.append(heading)
            lay.programme.append(heading)
        lay.sections.sort(key=lambda h: h.line)
        lay.programme.sort(key=lambda h: ordinal(h.number) if h.number else 0)
        final = lay.sections[-1] if lay.sections else None
        if final is not None and final.number and final.number.isdigit():
            # "6) Diskuse" was the programme's last point; "7) Usnesení a závěr" in the
            # same numbering goes on below: a point the programme did not list
            beyond = _numbered_sections(doc, final.line + 1, limit, expected=int(final.number) + 1)
            lay.sections += [
                h
                for h in beyond
                if _delimiter(doc.lines[h.line]) == _delimiter(doc.lines[final.line])
            ]
        more = _numbered_sections(doc, search_from, limit, expected=len(lay.programme) + 1)
        spaced = all(b.line - a.line > 1 for a, b in itertools.pairwise(lay.programme))
        if len(lay.sections) < len(lay.programme) and (more or (not lay.sections and spaced)):
            # "1. Úvod" / "2. Aktuality" / text / "3. …": the "list" was the first
            # section headings with empty bodies, and the numbering goes on below.
            lay.sections = [Heading(h.line, h.number, h.title, "") for h in lay.programme] + more
            lay.programme = []
            lay.programme_end = agenda
            lay.sections_from_programme = False
        if not lay.sections:
            lay.notes.append("programme points have no section headings")
    if not lay.sections and not lay.programme:
        lay.table = _minutes_table(doc, search_from, limit)
        if lay.table is not None:
            lay.sections = _table_sections(lay.table)
    if not lay.sections:
        first_label = search_from
        lay.sections = _numbered_sections(doc, first_label, limit)
        if lay.sections and agenda is None:
            lay.notes.append(
                "no programme heading; the programme is taken from the numbered sections"
            )
    if not lay.sections:
        start = search_from if agenda is not None else _header_guess_end(doc)
        lay.sections = [
            Heading(i, None, split_title(doc.lines[i])[0], "")
            for i in doc.content_lines(start, limit)
            if _is_caps_heading(doc, i)
            and not TITLE_LEAD.match(doc.lines[i])  # "ZÁPIS O HLASOVÁNÍ …" is the title
            and not signature_role(doc.lines[i])
            and not _conclusion_heading(doc.lines[i])
        ]
        if not lay.sections:
            lay.sections = _colon_headings(doc, start, limit)
        if lay.sections:
            lay.notes.append("unnumbered programme taken from headings in capitals or bold")
    if lay.sections and not lay.programme and not any(h.title for h in lay.sections):
        found = _programme_sentence(doc, lay.sections)
        if found is not None:
            lay.agenda_heading = lay.programme_end = found[0].line
            lay.programme = found
            lay.notes = [n for n in lay.notes if not n.startswith("no programme heading")]
    # Signatures: the first signature line after the last section start (or after conclusions).
    after = max(
        [h.line for h in lay.sections]
        + [x for x in (lay.conclusions, agenda) if x is not None]
        + [0]
    )
    content = doc.content_lines(after + 1)
    sig = next(
        (
            i
            for k, i in enumerate(content)
            if (
                _looks_like_signature_line(doc.lines[i])
                or signer_columns(doc, i)
                or signed_in_own_hand(doc.lines[i])
                or signed_on_line(doc, i)
            )
            # "Zapisovatel: Jakub Horák" among the header's labels, the minutes below it
            and not (not lay.sections and _header_field(doc.lines[i]) and len(content) - k > 10)
        ),
        None,
    )
    if sig is not None:
        above = [i for i in doc.content_lines(after + 1, sig) if i > after][-1:]
        if above and is_signing_line(doc.lines[above[0]]):
            sig = above[0]  # "…………      …………" over the signers' names
        # "Ve Vrbně dne 8. 12. 2023" just above "Zapsala:" dates the signatures.
        before = [i for i in doc.content_lines(after + 1, sig) if i > after][-1:]
        if (
            before
            and _is_date_line(doc.lines[before[0]])
            and sig - before[0] <= 3
            # "Ve Vrbně u Lesa dne 8. 12. 2023", "Dne: …" (not "v srpnu. Příští …")
            and rx.match(
                r"^\W*(?:[Vv]e?\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]|[Dd]ne\b|[Dd]atum\b)", doc.lines[before[0]]
            )
        ):
            sig = before[0]
    if sig is None and (signoff := _signoff(doc, after + 1)) is not None:
        # "Díky všem za čas!" / "Jana" (then a "PS:"): minutes sent by e-mail, signed
        sig, lay.signoff = signoff - 1, signoff
    lay.signatures = sig
    if lay.signoff is not None:
        lay.annex = None  # a postscript under the sender's name is no annex
    elif sig is not None:
        lay.annex = _annex_start(doc, sig)
    else:
        lay.annex = _explicit_annex(doc, after + 1)
    # Header: everything before the first landmark.
    landmarks = [x for x in (agenda, inline_agenda, lay.conclusions) if x is not None]
    if lay.table is not None:
        landmarks.append(lay.table.header)
    landmarks += [h.line for h in lay.sections[:1]]
    header_end = (min(landmarks) if landmarks else _header_guess_end(doc)) - 1
    if agenda is None and inline_agenda is None and not lay.sections:
        # Only conclusions ahead: the header is its run of labels, not all text before them.
        header_end = min(header_end, _header_guess_end(doc) - 1)
    header_start = 0
    if (
        not doc.content_lines(0, header_end + 1)
        and lay.programme
        and lay.programme_end is not None
        and lay.sections
        and doc.content_lines(lay.programme_end + 1, lay.sections[0].line)
    ):
        # "Program: …" as the first line: the title and labels follow the programme.
        header_start, header_end = lay.programme_end + 1, lay.sections[0].line - 1
    lay.header = (header_start, header_end)
    lay.title_lines = _title_block(doc, header_start, header_end)
    return lay


_ANNOUNCES_MEMBERS = lexicon.Folded(r"\bv(?:e|\s+následujícím)\s+složení\s*:\s*$")
_BULLETED = rx.compile(r"\s*[-*•]\s+\S")


def _header_guess_end(doc: Doc) -> int:
    """Without landmarks: the header is the first run of label lines."""
    last = 0
    for i in doc.content_lines():
        if header_label(doc.lines[i]) or i < 3 or (i < 8 and opens_title(doc, i)):
            last = i + 1  # labels, a letterhead, the "ZÁPIS …" title below it
        elif i < 8 and _ANNOUNCES_MEMBERS.search(doc.lines[i]):
            # "Výbor se sešel … v následujícím složení:" over "* A" / "* B": who came
            last = i + 1
            while last < len(doc) and (doc.is_blank(last) or _BULLETED.match(doc.lines[last])):
                last += 1
        elif i - last > 3:
            break
    # A paragraph that starts in the header ends in it ("Sešli jsme se … v" / "Hřebenci …").
    while last < len(doc) and doc.is_content(last) and last > 0 and doc.is_content(last - 1):
        last += 1
    # A letter's salutation ("Vážení členové farní rady,") and the paragraph under it
    # ("posílám Vám zápis z našeho zasedání, které se konalo …") open the minutes.
    following = doc.content_lines(last)[:1]
    if following and lexicon.greeting().fullmatch(fold(doc.lines[following[0]])):
        paragraph = doc.content_lines(following[0] + 1)[:1]
        last = paragraph[0] if paragraph else following[0] + 1
        while last < len(doc) and doc.is_content(last):
            last += 1
    return last


# A label never ends in a digit: "Začátek schůze v 15:00" has a time, not a label.
_LABEL = rx.compile(r"^\s*(?P<label>[^:\t]{2,40}?)(?<!\d)\s*(?::|\t)\s*(?P<value>.*)$")


def _header_field(text: str) -> bool:
    """Is ``text`` a labelled header line ("Zapisovatel: Jakub Horák")?"""
    hit = header_label(text)
    return hit is not None and hit[0] == "recorder_inline" and ":" in text


def header_label(text: str) -> tuple[str, str, str] | None:
    """``(field, label, value)`` for a header line such as "Místo konání: …"."""
    m = _LABEL.match(text)
    if m:
        k = key(rx.sub(r"\s*\([^)]*\)", "", m["label"]))  # "Přítomní členové (7 z 9):"
        field_ = lexicon.header_labels().get(k)
        words = k.split()
        if field_ is None and 1 < len(words) <= 4:
            # "Datum porady", "Čas ukončení": a known label word plus a qualifier.
            if any(w in {"ukonceni", "konce", "konec"} for w in words[1:]):
                field_ = "end_time"
            else:
                field_ = (
                    lexicon.header_labels().get(" ".join(words[:3]))
                    or lexicon.header_labels().get(" ".join(words[:2]))
                    or lexicon.header_labels().get(words[0])
                )
                if field_ in {"recorder_inline", "chair", "subject"}:
                    field_ = None
        if field_:
            return field_, m["label"].strip(), m["value"].strip()
    # "### Přítomni" (a heading) over a list of names
    alone = lexicon.header_labels().get(key(text))
    if alone in {"present", "excused", "guests", "verifiers"} and len(text.split()) <= 3:
        return alone, text.strip(" #*:"), ""
    # "Členové hodnoticí komise jmenovaní usnesením …:" over a list of the members
    if text.rstrip().endswith(":") and key(text).split()[:1] == ["clenove"]:
        return "present", text.strip(" #*:"), ""
    # "Pritomni skirit, vaclav" – an attendance label without a colon; "zápis krtek",
    # "Zapisuje Anež." – the recorder's, before a bare name.
    # (Not "účast. Zápis z minulé schůzky …": a sentence's end wrapped onto the line.)
    m = rx.match(r"^\s*(?P<label>\S+(?<![.,;]))\s+(?P<value>.+)$", text)
    field_ = lexicon.header_labels().get(key(m["label"])) if m else None
    if m and field_ in {"present", "excused", "guests"}:
        return field_, m["label"], m["value"].strip()
    if m and field_ == "recorder_inline" and _bare_name(m["value"], key(m["label"]) == "zapis"):
        return field_, m["label"], m["value"].strip(" .")
    return None


# "Zápis schválen", "zápis pořízen": a participle after the label, not a name.
_PARTICIPLE = rx.compile(r"(?:[eě]n|án|ut)[aoiy]?$")


def _bare_name(value: str, lowercase_only: bool) -> bool:
    """Is ``value`` a name alone: one lower-case nickname ("krtek"), or (unless
    ``lowercase_only``, as after "Zápis", which also opens titles: "Zápis Rady")
    one or two capitalised words ("Anež", "Jan Novák")? Not "Zápis z jednání"."""
    words = value.strip(" .").split()
    if len(words) == 1 and words[0].islower():
        return words[0].isalpha() and not _PARTICIPLE.search(words[0]) and len(words[0]) > 2
    return (
        not lowercase_only
        and 1 <= len(words) <= 2
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    )


# Dotted or underscored runs where a signature goes.
SIGN_HERE = rx.compile(r"[.…_]{4,}|-{4,}")
# A title: "Zápis …", "Protokol …", "Porada …", and "Usnesení z 45. schůze …" (a
# council's published resolutions).
TITLE_LEAD = rx.compile(
    lexicon.loose(
        r"(?i)^\W*(?:z[áa]pis|z\s[áa]\sp\si\ss\b|záznam|protokol|porada"  # "Z Á P I S" spaced out
        r"|usnesení\s+z\s+(?:\d+\.\s*)?(?:schůze|zasedání|jednání))\b"
    )
)


def opens_title(doc: Doc, i: int) -> bool:
    """Does line ``i`` open a title: "Zápis …", or "USNESENÍ" over "z 31. schůze …"?"""
    below = doc.lines[i + 1] if i + 1 < len(doc) else ""
    return bool(TITLE_LEAD.match(doc.lines[i]) or TITLE_LEAD.match(f"{fold(doc.lines[i])} {below}"))


def _before_sentence(doc: Doc, block: list[int]) -> list[int]:
    """The lines of a title block before the first sentence of its own ("Zápis z jednání
    výboru" / "Jednání se konalo dne 9. 4. 2025 od 18:30 …." as Word paragraphs with no
    blank line between); a title's wrapped lines go on in lower case."""
    opening = next((n for n, i in enumerate(block) if opens_title(doc, i)), 0)
    for n in range(opening + 1, len(block)):
        text = doc.lines[block[n]].strip()
        if text[:1].isupper() and text.endswith(".") and len(text.split()) > 6:
            return block[:n]
    return block


def _title_block(doc: Doc, header_start: int, header_end: int) -> list[int]:
    """The title block: the paragraph that starts with "Zápis …" and the
    paragraphs above it (a letterhead), or else the first paragraph."""
    paragraphs: list[list[int]] = []
    for i in doc.content_lines(header_start, header_end + 1):
        if header_label(doc.lines[i]):
            break
        if paragraphs and i - paragraphs[-1][-1] == 1:
            paragraphs[-1].append(i)
        else:
            if len(paragraphs) == 3:
                break
            paragraphs.append([i])
    for k, para in enumerate(paragraphs):
        if opens_title(doc, para[0]):
            block = _before_sentence(doc, [i for p in paragraphs[: k + 1] for i in p][:8])
            after = paragraphs[k + 1] if k + 1 < len(paragraphs) else []
            if k == 0 and len(after) == 1 and _LEGAL_FORM_END.search(doc.lines[after[0]]):
                block += after  # "# Zápis z výroční schůze" / "Volejbalový klub …, z. s."
            return block
    if paragraphs:
        # "Obec Kamenná Pláň" / "ZÁPIS" / "z 9. zasedání …" (wrapped over lines): a title
        # under the letterhead in one paragraph takes as many lines as a title block
        inside = any(opens_title(doc, i) for i in paragraphs[0])
        return _before_sentence(doc, paragraphs[0][: 8 if inside else 4])
    # Labels first (Markdown front matter), then the "# Title" heading.
    return [
        i
        for i in doc.content_lines(header_start, header_end + 1)
        if "heading" in doc.norm.hint(i) and not header_label(doc.lines[i])
    ][:1]


def _signoff(doc: Doc, start: int) -> int | None:
    """The line of a letter's last name, right under its closing line ("S pozdravem" /
    "Jana Nováková"), before any postscript; None when the text ends otherwise."""
    content = doc.content_lines(start)
    postscript = next((k for k, i in enumerate(content) if _POSTSCRIPT.match(doc.lines[i])), None)
    content = content[:postscript]
    if len(content) < 2:
        return None
    name, above = content[-1], content[-2]
    words = fold(doc.lines[name]).split()
    if not (
        1 <= len(words) <= 3
        and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words)
        and lexicon.closing().fullmatch(fold(doc.lines[above]))
    ):
        return None
    return name


# "P.S.: …", and an e-mail signature's "--" line (the sender's address under it)
_POSTSCRIPT = rx.compile(r"^(?:\W*P\.?\s?S\.?\s*:?(?:\s|$)|--\s*$)")


def _is_role_line(text: str) -> bool:
    """The signers' functions under their names, in lower case: "ověřovatel      starosta
    obce"."""
    from minutes_cli.extract.people import is_role  # people reads segmented text

    columns = [fold(c) for c in _columns(text)]
    # ("tajemnice komise⇥předseda komise": functions, not only signing labels)
    return bool(columns) and all(
        c[:1].islower() and (signature_role(c) or is_role(c)) for c in columns
    )


def _annex_start(doc: Doc, sig: int) -> int | None:
    """After the signatures: the first line that is neither a signature, a name nor a date."""
    for i in doc.content_lines(sig + 1):
        text = doc.lines[i]
        if _looks_like_signature_line(text) or _is_name_line(text) or _is_date_line(text):
            continue
        if _is_role_line(text):
            continue  # "ověřovatel      starosta obce" under the signers' names
        if _is_name_line(rx.split(r"(?i)\s+dne\b|,\s*\d", SIGN_HERE.sub(" ", text))[0]):
            continue  # "Ing. Věra Trojanová ........ dne 5. 5. 2025": a signer and the day
        if _SIGNING_PLACE.match(text):
            continue
        return i
    return None


_ANNEX_LABEL = rx.compile(lexicon.loose(r"(?i)^\W*(příloha|přílohy)\b(\s+č\.\s*\d+)?\s*:?\s*$"))
# "Podpis:", "razítko", "…………": where a signature goes, no text of the minutes
_SIGNING_PLACE = rx.compile(lexicon.loose(r"(?i)^\W*(podpis|razítko|\.{3,}|_{3,}|…)"))
# "Program: 1. Zahájení, 2. …" on one line ("pořad" as a word: "Porada proběhla …" is none)
_INLINE_PROGRAMME = rx.compile(lexicon.loose(r"(?i)^\W*(program|pořad)\b[^:]{0,20}:\s*\S"))


def _explicit_annex(doc: Doc, start: int) -> int | None:
    for i in doc.content_lines(start):
        if _ANNEX_LABEL.match(fold(doc.lines[i])):
            return i
    return None
