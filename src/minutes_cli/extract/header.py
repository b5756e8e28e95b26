"""The meeting header: title block, subject/body, date and times, place, attendance."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from minutes_cli import rx
from minutes_cli.extract import lexicon
from minutes_cli.extract.actions import split_sentences
from minutes_cli.extract.dates import find_dates, find_times, parse_date, parse_date_value, resolve
from minutes_cli.extract.people import (
    People,
    full_names,
    is_role,
    listed_roles,
    split_degrees,
    starts_with_person,
)
from minutes_cli.extract.segment import (
    TITLE_LEAD,
    Layout,
    header_label,
    opens_title,
    unbulleted,
)
from minutes_cli.models.record import Attendance, HeaderDetail, Meeting
from minutes_cli.nlp.names import given_name, stem
from minutes_cli.text.document import Doc, continues, fold, loc, runs

_BODY_FROM_TITLE = lexicon.Folded(
    r"(?i)\b(?:z[áa]pis(?:u)?|z\s[áa]\sp\si\ss|protokol|usnesení)\b(?:\s+č\.\s*\S+)?\s+(?:z|ze|o)\s+(?:\d+\.\s+)?"
    r"(?:(?:řádného|mimořádného|veřejného|ustavujícího|společného|pravideln[éého]+"
    # "z členské schůze", "z výroční schůze": an adjective before the meeting word
    r"|dnešní(?:ho)?|včerejší(?:ho)?|poslední(?:ho)?|\w+(?:ské|ní|ové|ého))\s+)?"
    r"(?:jednání|schůze|schůzky|zasedání|setkání|porady|sezení|mítinku|hlasování)\s+(?P<body>.+)"
)
# The verbs that say a meeting took place ("se konalo", "sešel se výbor")
_MET = r"konal[aoi]?|proběhl[aoi]?|uskutečnil[aoi]?|sešel|sešla|sešli|sešlo"
# Loose: "Sesli jsme se v utery 14. 1. 2025 …" typed without diacritics too.
_HELD = rx.compile(
    lexicon.loose(
        rf"(?i)\b(?:se\s+)?(?:kon[aá]n\w*|{_MET})\b.*?"
        r"(?:\d{1,2}[:.]\d{2}(?:\s*hod\w*\.?)?|\d{4}|\bdne\s+\S+)?\s*"
        # a full stop ends the place, except in "č. 12", "p. 5" and floors ("ve 2. patře")
        # and a day of the week is no place ("v úterý 21. 1. 2025 v 18:00 ve školní jídelně")
        r"(?:\b(?:v|ve|na)\s+(?P<place>(?!\d)(?!(?:"
        + "|".join(lexicon.lex()["weekdays"])
        + r")\b)(?:[^.]|\.(?=\s*(?:\d|p\.))"
        r"|(?<=\d)\.(?=\s*(?:patř|patr|poschod|podlaž|NP\b)))+))?\.?$"
    )
)


@cache
def _met_body() -> re.Pattern[str]:
    """ "… se sešel kontrolní výbor …": the body that met, in the nominative."""
    heads = "|".join(nominative for nominative, _gender in lexicon.lex()["body_heads"].values())
    return rx.compile(
        rf"\bseš(?:el|l[aoi])\s+(?P<body>(?:[a-záčďéěíňóřšťúůýž]+\s+){{0,2}}(?:{heads}))\b"
    )


_STARTS_AT = rx.compile(r"(?i)\b(?:začátek|zahájení|zahájeno|od)\s*(?:v\s*)?\d{1,2}[:.]\d{2}")
_TRAILING_TIMES = rx.compile(
    r"(?:,?\s+(?:od|v|ve|do|mezi|a)\s+\d{1,2}(?:[:.]\d{2})?(?:\s*(?:hod\w*\.?|h))?)+\s*\.?$"
)
_PLACE_NOUN = lexicon.Folded(rf"\b(?:{lexicon.place_nouns()})\w*")
_OPENING = lexicon.Folded(
    r"\b(?:zahájil[aoi]?|přítomn\w*|zastoupen\w*|zapisovatel\w*|ověřovatel\w*|usnášeníschopn\w*"
    # "Shromáždění bylo svoláno pozvánkou … dne 21. 2. 2025."
    r"|(?:bylo|byla|byl|byly)\s+svolán[aoy]?"
    # "Omluvila se ses. Dagmar Kolářová. Jako host se zúčastnil br. Michal Jandera."
    r"|omluvil[aoi]?\s+se|jako\s+host\w*\s+se\s+zúčastnil\w*|v\s+počtu\s+\w+\s*:"
    r"|na\s+část\s+(?:jednání|schůze|zasedání)\s+přiš(?:el|la|li)"
    r"|(?:schůzi|jednání|zasedání)\s+(?:řídil|vedl)[ao]?|prezenční\s+listin\w*)"
)
_DETAIL = rx.compile(
    r"^\s*(?P<label>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\wáčďéěíňóřšťúůýž.]*(?:\s+[\wáčďéěíňóřšťúůýž.]+){0,3})(?<!\d)\s*:\s*(?P<value>\S.*)$"
)
_PLACE_PHRASE = lexicon.Folded(
    r"\b(?:v|ve|na)\s+(?P<place>(?:[a-záčďéěíňóřšťúůýž]+\s+)?(?:" + lexicon.place_nouns() + r")\w*"
    r"(?:\s+[a-záčďéěíňóřšťúůýž]\w*)?(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*)*)"
)
_PRESENT = lexicon.Folded(r"\b(?:přítomn\w*|zastoupen\w*)")
_TOOK_PART = lexicon.Folded(r"\bzúčastnil[aoiy]?\b")
_HEAD_COUNT = lexicon.Folded(
    r"\b\d{1,4}\s+(?:\w+\s+)?(?:členů|členové|zastupitel\w*|osob\w*|občanů|účastník\w*|delegát\w*)"
)
# "… v sále hospody U Lípy v Horní Rovni sešlo asi 40 občanů": the verb ends the place
_MET_AFTER = rx.compile(lexicon.loose(rf"(?i)\s+(?:se\s+)?(?:{_MET})\b.*$"))


_PROSE_LISTS = (
    (
        "present",
        lexicon.Folded(
            r"^\W*přítomn[iíyoa]\s+(?:byl[iyao]?|jsou|je)\s*:?\s*(?P<names>.+)$"
            # "… sešel výbor ve složení: A, B, C.", "… v následujícím složení:" over a list
            r"|\bv(?:e|\s+následujícím)\s+složení\s*:?\s*(?P<members>.*)$"
            # "… se zúčastnili všichni členové, jmenovitě předseda X, místopředseda Y, Z."
            r"|\bzúčastnil[aiy]?\b.*?\bjmenovitě\s*:?\s*(?P<named>.+)$"
            # "Sešli jsme se v počtu sedmi: otec Pavel Kordula, paní …, pan Martin Šustr a já."
            r"|\bv\s+počtu\s+\w+\s*:\s*(?P<counted>.+)$"
        ),
    ),
    (
        "excused",
        lexicon.Folded(
            r"\bomluvil[aoiy]?\s+se\s+(?P<names>.+)$"
            r"|^(?P<before>.+?)\s+se\s+(?:\w+\s+)?omluvil[aoiy]?\b"  # "Paní X se omluvila"
        ),
    ),
    (
        "guests",
        lexicon.Folded(
            r"\bjako\s+host[éiy]?\s+(?:se\s+)?(?:zúčastnil[aoiy]?|byl[aoiy]?)\s+(?P<names>.+)$"
            # "Na část jednání přišel také pan Karel Vondrák, předseda …"
            r"|\bna\s+část\s+(?:jednání|schůze|zasedání)\s+přiš(?:el|la|li)\s+(?:také\s+)?(?P<part>.+)$"
            # "Za město přišel místostarosta Ing. Robert Kolář."
            r"|^\W*za\s+\w+(?:\s+\w+)?\s+(?:přiš(?:el|la|li)|dorazil[aiy]?|se\s+zúčastnil[aiy]?)"
            r"\s+(?:také\s+)?(?P<came>.+)$"
        ),
    ),
)


# "v kavárně U Lípy v následujícím složení:": who came, after the place
_COMPOSITION = rx.compile(r"\s+v(?:e|\s+následujícím)\s+složení\b.*$")


def _prose_attendance(
    sentences: list[str], attendance: Attendance, para: list[int], doc: Doc, people: People
) -> list[int]:
    """Names from prose: "Přítomni byli br. X (náčelník) a ses. Y", "Omluvila se …",
    "Jako host se zúčastnil …"; returns the lines of a list below the paragraph that it
    announces ("… v následujícím složení:" over "* Aleš Zoulek" / "* Jakub Vysoký")."""
    listed: list[int] = []
    for sentence in sentences:
        for field_, pattern in _PROSE_LISTS:
            m = pattern.search(sentence)
            target = getattr(attendance, field_)
            if not m or target:
                continue
            if (
                field_ == "present"
                and m.group(0).rstrip().endswith(":")
                and not (lexicon.group(sentence, m, "members") or "").strip(" :")
            ):
                listed = _bullets_below(doc, para[-1])
                for i in listed:
                    bullet = _names(doc.lines[i])
                    if len(bullet) == 1:
                        people.add_name(i, bullet[0])
                        target.append(bullet[0])
                continue
            names = (
                lexicon.group(sentence, m, "names")
                or lexicon.group(sentence, m, "members")
                or lexicon.group(sentence, m, "named")
                or lexicon.group(sentence, m, "counted")
                or lexicon.group(sentence, m, "part")
                or lexicon.group(sentence, m, "came")
                or lexicon.group(sentence, m, "before")
                or ""
            )
            for part in rx.split(r",\s*|\s+a\s+", names.rstrip(".")):
                part = rx.sub(r"\(.*?\)", " ", part)
                words = [w for w in part.split() if not lexicon.is_courtesy(w)]
                name, _ = split_degrees(" ".join(words))
                if not all(w[:1].isupper() for w in name.split()):
                    # "místostarosta města X Ing. Bořivoj Tichánek": the name in the role
                    found = full_names(part)
                    name = f"{found[-1].given} {found[-1].surname}" if found else ""
                # One word will do where the members go by first names ("Přítomni Verča,
                # Ondra …. Tonda se omluvil") or it is a given name.
                single = bool(
                    len(name.split()) == 1
                    and (
                        name in lexicon.given_names()
                        or (attendance.present and all(" " not in p for p in attendance.present))
                        # "Omluvila se paní Kašparová.": a surname after "paní" names someone
                        or (len(words) < len(part.split()) and field_ != "present")
                    )
                )
                if (len(name.split()) >= 2 or single) and all(
                    w[:1].isupper() for w in name.split()
                ):
                    first, surname = name.split()[0], name.split()[-1]
                    end = next((i for i in para if surname in doc.lines[i]), para[0])
                    start = next((i for i in para if first in doc.lines[i] and i <= end), end)
                    mention = people.add_name(start, name)
                    if mention is not None and end != start:
                        mention.end_line = end  # "ses. Dagmar" / "Kolářová"
                    target.append(name)
    return listed


def _bullets_below(doc: Doc, last: int) -> list[int]:
    """The bulleted lines that follow line ``last`` (after blank lines), up to the first
    line that is no bullet."""
    out: list[int] = []
    for i in range(last + 1, len(doc)):
        if doc.is_blank(i) and not out:
            continue
        if not rx.match(r"\s*[-*•]\s+\S", doc.lines[i]):
            break
        out.append(i)
    return out


_NOTE_WORDS = rx.compile(r"(?i)\b(dle|viz|podle|listin|prezenčn|členů|osob|všichni|nikdo|\d+)\b")


@dataclass
class Header:
    meeting: Meeting
    lines: set[int] = field(default_factory=set)
    recorders: list[tuple[int, str]] = field(default_factory=list)
    verifiers: list[tuple[int, str]] = field(default_factory=list)
    chair: list[tuple[int, str]] = field(default_factory=list)


_ADDRESS = rx.compile(
    r"(?i)^\W*(?:se\s+sídlem|sídlo|adresa|ičo?|dič|tel\.?|telefon|e-?mail|www)\b"
    r"|\b\d{3}\s?\d{2}\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]"  # "468 22 Horní Paseky": a postcode
)


def _body_line(doc: Doc, lines: list[int], like: str | None = None) -> str | None:
    """A letterhead line led by the name of a body ("Kontrolní výbor …", "Pracovní
    skupina …": a body head word among its first two words), or None; the one that
    starts like the body ``like`` if there is such a line."""
    if like:
        stem = lexicon.strip_accents(like.split()[0])[:5]
        alike = [i for i in lines if lexicon.strip_accents(doc.lines[i].strip()).startswith(stem)]
        found = _body_line(doc, alike) if alike else None
        if found:
            return found
    heads = lexicon.body_head_nominatives()
    for i in lines:
        text = _deshout(fold(doc.lines[i]))
        name = text.split(",")[0]
        if _ADDRESS.search(text) and not _ADDRESS.search(name):
            text = name  # "Bytové družstvo Modřínek, Zahradní 1412, 512 43 …": the name
        words = [lexicon.strip_accents(w) for w in text.split()[:2]]
        if len(text.split()) >= 2 and heads & set(words) and not _ADDRESS.search(text):
            return lexicon.legal_form_end().sub("", text).rstrip(" .,")
    return None


def _first_line_of(doc: Doc, letterhead: str) -> str:
    """The organisation's own line of a letterhead of several ("Bytové družstvo X" over
    "Samospráva domu č. p. 1186"): the line it starts with."""
    first = next((fold(line) for line in doc.lines if line.strip()), "")
    return first if letterhead.startswith(first) and first else letterhead


def _letterhead(doc: Doc, title: list[int]) -> str | None:
    """An organisation line above the "Zápis …" line of the title block."""
    for k, i in enumerate(title):
        if TITLE_LEAD.match(doc.lines[i]):
            above = title[:k]
            if k == 0:  # the organisation on its own line below the title
                above = title[-1:] if len(title) > 1 and title[-1] - 1 not in title else []
            # The organisation's name, not its address or IDs below it.
            above = list(itertools.takewhile(lambda j: not _ADDRESS.search(doc.lines[j]), above))
            if not above:
                return None
            head = fold(" ".join(doc.lines[j] for j in above))
            head = rx.sub(
                r",?\s*(?:z\.\s?s\.|o\.\s?p\.\s?s\.|z\.\s?ú\.|s\.\s?r\.\s?o\.|a\.\s?s\.|"
                r"p\.\s?o\.|příspěvková organizace|spolek)\s*$",
                "",
                head,
            )
            return head or None
    return None


def _deshout(text: str) -> str:
    """Lower-case the words in capitals of a mixed title ("skupiny PREVENCE KRIMINALITY")."""
    words = text.split()
    if not any(w.isupper() and len(w) > 3 for w in words):
        return text
    shouted = [w.isupper() and any(c.isalpha() for c in w) for w in words]
    out = []
    for k, w in enumerate(words):
        # Long words in capitals, and short ones inside a run of capitals
        # ("SENIOŘI A OSOBY SE …"); a lone short one is an abbreviation (ASZ).
        in_run = shouted[k] and (
            (k > 0 and shouted[k - 1] and len(words[k - 1]) > 3)
            or (k + 1 < len(words) and shouted[k + 1] and len(words[k + 1]) > 3)
        )
        out.append(w.lower() if shouted[k] and (len(w) > 3 or in_run) else w)
    # "… OBCE HRUŠKOVICE", "… MĚSTA NOVÉ MĚSTO NA MORAVĚ": a place's name after its noun
    lowered = " ".join(out)
    for m in lexicon.municipality_noun().finditer(lowered):
        k = lowered[: m.end()].count(" ") + 1  # the first word after the noun
        while k < len(words) and shouted[k]:
            particle = out[k] in lexicon.lex()["name_particles"]
            out[k] = out[k] if particle else out[k][:1].upper() + out[k][1:]
            k += 1
    result = " ".join(out)
    return result[0].upper() + result[1:] if text[:1].isupper() else result


def nominative_body(body: str) -> str:
    """ "pracovní skupiny prevence kriminality" -> "Pracovní skupina prevence kriminality".

    Only the head noun phrase (adjectives and the head noun, found in
    ``lexicon.body_heads``) is inflected; the genitive that follows stays.
    """
    heads = lexicon.body_heads()
    words = body.split()
    for index, word in enumerate(words[:4]):
        head = heads.get(lexicon.strip_accents(word))
        if head is None:
            continue
        nom, gender_ = head
        out = list(words)
        out[index] = nom if word.islower() else nom.capitalize()
        for j in range(index):
            adj = out[j]
            for end, repl in {
                "m": [("ího", "í"), ("ého", "ý")],
                "f": [("é", "á")],
                "n": [("ího", "í"), ("ého", "é")],
            }[gender_]:
                if adj.casefold().endswith(end):
                    out[j] = adj[: -len(end)] + repl
                    break
        text = " ".join(out)
        return text[0].upper() + text[1:]
    return body


_ROLE_BEFORE_NAME = rx.compile(
    r"^(?:[a-záčďéěíňóřšťúůýž]{3,}\s+){1,3}"
    # "primář MUDr. Jan Kratochvíl", "vedoucí lékař ambulancí MUDr. Ondřej Havlík"
    r"(?=(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w.]{0,6}\.\s*)*[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])"
)


# Where a second label may start: after a full stop, or after a run of spaces (two
# fields side by side in a form: "Datum: 12. 3. 2025      Místo: …"); header_label() decides.
_NEXT_LABEL = rx.compile(
    r"(?<=\.)\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])|\s{3,}(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])"
    r"|,\s+(?=[^\W\d]{3,20}\s*:)"  # "Přítomno: 7 členů, omluveni: 2 (…)"
    r"|;\s+(?=[^\W\d]{3,20}(?:\s+[\w.]+){0,3}\s*:)"  # "…; host k bodu 5: …"
)


def _name_broken(value: str, below: str) -> bool:
    """Does a list of names end mid-name ("…, Ing." / "…, Jiří"), its surname on the
    line ``below``?"""
    last = value.split()[-1]
    if not below.strip()[:1].isupper() or value.rstrip().endswith((",", ";")):
        return False
    if lexicon.is_courtesy(below.split()[0]):
        return False  # "Omluveni: Josef Marek" / "Pan Pavel Zedník se dostavil …"
    if last in lexicon.degrees()[0] or lexicon.is_courtesy(last):
        return True  # "…, Mgr. Eva Malá, npor." / "Karel Dušek, …"
    if last.endswith(".") or not last[:1].isupper():
        return False
    entries = [rx.sub(r"\([^)]*\)", "", e).split() for e in value.split(",")]
    capitalised = [[w for w in e if w[:1].isupper() and not w.endswith(".")] for e in entries]
    if len(capitalised[-1]) != 1:
        return False  # "…, Josef Marek": a whole name, though "Marek" is a given name too
    # "…, Ing. Jiří" / "Miloslava Bedrnová (předsedkyně), Vratislav": one word where the
    # others have two
    return given_name(last) is not None or any(len(e) >= 2 for e in capitalised[:-1])


def _second_label(value: str) -> tuple[str, tuple[str, str, str]] | None:
    """ "Tereza Fialková. Host: Mgr. Lubomír Haš": a value, then another label on the
    same line; ``(first value, (field, label, value))`` or None."""
    for m in _NEXT_LABEL.finditer(value):
        hit = header_label(value[m.end() :])
        if hit is not None:
            return value[: m.start()].rstrip(" ."), hit
    return None


_LIST_ENTRY = rx.compile(r"^\s*(?:\d{1,2}[.)]|[-–•*])\s+\S")
_PREPOSITIONS = frozenset({"z", "ze", "za", "od", "v", "ve", "na", "pro", "s", "se", "do", "u"})
_ON_BEHALF = rx.compile(r"(?i)^\s*za\s+[^:,;]{2,60}:\s*")


# ("studentská komora: Bc. Adéla Kopřivová, …": in lower case too)
# ("k bodu 5: Ing. Lubomír Haas": when a guest came)
_PART_OF = rx.compile(r"^\s*[^\W\d]+(?:\s+[\w.]+){0,3}\s*:\s*")


def _names(value: str) -> list[str]:
    """Names from a list value: one per line, or separated by commas, semicolons or "a".

    Lower-case parts after a name are its role ("Ing. Petr Novotný, ředitel")
    and parenthesised remarks ("(dovolená)") are dropped.
    """
    value = value.strip().removeprefix("[").removesuffix("]")  # front matter: "[A, B, C]"
    # "p. Zelinka (za obec - místostarosta)": a remark in brackets first, whatever it holds
    value = rx.sub(r"[ \t]*\([^()\n]*\)", "", value)
    # "jakub, martin - ve fraga office": a remark on the line's people, after a dash
    # (not "– str. Pavel Dvořák": a name in it)
    value = rx.sub(rf"(?m)\s+[-–—]\s+[a-záčďéěíňóřšťúůýž][^,;\n{lexicon.UPPER}]*$", "", value)
    # "vasek (nemocnej)": a remark in brackets is no part of a nickname
    parts = [rx.sub(r"\s*\(.*?\)", "", p).strip() for p in rx.split(r"[,;\n]", value)]
    parts = [p for p in parts if p]
    not_names = {"nikdo", "žádný", "žádní", "všichni", "nikoho", "-", "–", "—", "bez hostů", "x"}
    if (
        parts
        and not set(parts) & not_names
        and all(rx.fullmatch(r"[^\W\d_][\w.-]*", p) for p in parts)
        and any(rx.fullmatch(r"[a-z0-9_.áčďéěíňóřšťúůýž-]+", p) for p in parts)
    ):
        return parts  # nicknames, some in lower case ("pavel, mates, zuzka", "Jana, marek")
    names: list[str] = []
    for line in value.split("\n"):
        line = rx.sub(r"\s*\(.*?\)\s*", " ", line)
        line = rx.sub(r"^\s*[-*•]\s+", "", line)  # "* Členové předsednictva: A, B"
        # "Představenstvo: Ing. Aleš Pospíchal, …" / "Kontrolní komise: …": who sits where
        part_of = _PART_OF.match(line)
        if part_of and starts_with_person(line[part_of.end() :]):
            line = line[part_of.end() :]
        # "Azylový dům Přístav, z. ú. – Mgr. Tereza Šimková": who came for an organisation
        represented = rx.match(r"^(?P<party>.+?)\s+[–—-]\s+(?P<person>.+)$", line.strip())
        if (
            represented
            and starts_with_person(lexicon.courtesy_lead().sub("", represented["person"]))
            and not starts_with_person(represented["party"])
        ):
            line = represented["person"]
        line = rx.sub(
            r"^\s*(?:[^\W\d]+\s+(?:č\.\s*)?)?\d+[a-z]?\s*(?:/\s*\d+)?\s*[–—:-]\s*"
            r"|^\s*\d{1,2}[.)]\s+",
            "",
            line,
        )  # "5/5 – Ing. Marie Horká, …", "1. Ing. Přemysl Zikmund, …", "byt č. 4 – Novák"
        for part in rx.split(r"\s*[,;]\s*|\s+a\s+|^\s*a\s+", line):  # "…\na Bc. X"
            part = _ON_BEHALF.sub("", part)  # "Za MAS Jestřábí vrch: Klára Dvořáčková"
            part = lexicon.courtesy_lead().sub("", part.strip(" -–•*\t"))  # "př. Karel Novák"
            if (
                lexicon.legal_form_end().search(part)
                and not starts_with_person(part)
                and not given_name(part.split()[0])  # "Marek z Tech Dílny s.r.o."
            ):
                continue  # "…, správkyně domu, DOMSPRÁVA Hvozdná s.r.o.": her employer
            unroled = _ROLE_BEFORE_NAME.sub("", part)  # "pokladník Stanislav Suchánek"
            if unroled != part and not starts_with_person(unroled):
                continue  # "místostarosta obce Ostrožná Ves": a role and a place, no name
            name, _degrees = split_degrees(unroled)
            name = name.strip(" .")
            if name[:1].isupper():  # "Lubomír Haš z odboru životního prostředí MěÚ …"
                head, *rest = rx.split(r"\s+(?=[a-záčďéěíňóřšťúůýž])", name)
                if len(head.split()) == 1 and rest and rest[0].split()[0] not in _PREPOSITIONS:
                    continue  # "Krajský úřad", "Městská policie": a noun phrase, no name
                name = head.strip(" .–—-")
            if not name or rx.search(r"\d", name) or not rx.search(r"[^\W\d_]", name):
                continue  # "—", "-": nobody; "A – 14 rodičů": a count
            if name[0].islower():
                continue  # a role after a name ("Ing. Petr Novotný, ředitel"; "…, CSc., děkan")
            words = name.split()
            if len(words) == 2 and given_name(words[1]) and not given_name(words[0]):
                name = f"{words[1]} {words[0]}"  # "Novák Jan" as an official list writes it
            names.append(name[0].upper() + name[1:])
    return names


_TABLE_HEAD = frozenset({"jmeno", "jmeno a prijmeni", "prijmeni", "podpis", "funkce", "organizace"})
_ABSENT = rx.compile(r"(?i)nepřítom|omluven|nemoc|dovolen|absent")


def _attendance_table(
    value: str, attendance: Attendance, used: list[int], doc: Doc, people: People
) -> None:
    """An attendance list as a table ("Jméno⇥Podpis"): a row per person; a row
    whose other cells say "nepřítomna", "omluven" is an excused person."""
    for line in value.split("\n"):
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if not cells or lexicon.key(cells[0]) in _TABLE_HEAD:
            continue
        names = _names(cells[0])
        if not names:
            continue
        name = names[0]
        if any(lexicon.key(c) in {"ne", "x", "-", "–"} for c in cells[1:]):
            continue  # "Přítomen: ne": away without an excuse, neither present nor excused
        absent = any(_ABSENT.search(c) for c in cells[1:])
        (attendance.excused if absent else attendance.present).append(name)
        row = next((i for i in used if doc.lines[i].startswith(line.strip()[:20])), used[0])
        people.add_name(row, cells[0].split("(")[0])
        people.listed_roles.extend(listed_roles(cells[0]))
        # "Jméno⇥Funkce⇥Přítomen": the function in a column of its own
        # ("místopředseda, sekretář": two functions in one cell)
        people.listed_roles.extend(
            (name, fold(r)) for c in cells[1:] for r in c.split(",") if is_role(r.strip())
        )


def _away_in_list(value: str) -> dict[str, str]:
    """Names a list of those present marks as away, one per line: ``{name:
    "excused"}`` for "Hájková, omluvena", ``{name: "absent"}`` for "nepřítomen"."""
    out: dict[str, str] = {}
    lines = value.split("\n")
    if len(lines) < 2:
        return out
    for line in lines:
        m = _ABSENT.search(line)
        if m:
            for name in _names(line[: m.start()]):
                out[name] = "excused" if "omluv" in m.group(0).lower() else "absent"
    return out


_AT_POINT = rx.compile(lexicon.loose(r"(?i)^\s*k\s+bod(?:u|ům)\s+[\d.,\s a]{1,12}:\s*"))


def _attendance_value(value: str) -> tuple[str | None, list[str]]:
    """A note ("Dle listiny přítomných") or a list of names."""
    value = _AT_POINT.sub("", value)  # "(host) k bodu 5: Ing. Lubomír Haas": when he came
    folded = fold(value)
    if not folded:
        return None, []
    counted = rx.fullmatch(
        r"\d{1,3}\s*\((?P<names>[^()]+)\)\.?|\d{1,3}\s[^()\d]*\((?P<listed>[^()]+,[^()]+)\)\.?",
        folded,
    )
    listed = _names(counted["names"] or counted["listed"]) if counted else []
    if counted and (counted["names"] or len(listed) >= 2):
        # "2 (p. Bednář, p. Šťastná)", "5 členů dle prezenční listiny (A, B, …)"; not
        # "16 členů (dle prezenční listiny, příloha č. 1)"
        return None, listed
    names = _names(value)
    lowercase_words = [
        w for w in rx.split(r"[\s,;]+", folded) if w and w[0].islower() and w not in {"a", "dle"}
    ]
    bare = rx.sub(r"\s*\(.*?\)\s*", " ", folded).strip()
    if (
        _NOTE_WORDS.search(bare)
        and (len(lowercase_words) > 1 or not names)
        and ("\n" not in value or not names)  # a note may run over lines; a list of names too
    ) or (
        len(names) == 1
        and len(bare.split()) > 4
        and "," not in bare
        # "Mgr. Lubomír Haš z odboru …": a person and what he is; not a note
        and not starts_with_person(bare)
    ):
        return folded, []
    return None, names


# "schůze výboru": a meeting word before the body in the genitive
_MEETING_OF = rx.compile(
    r"(?:jedn[aá]n[ií]|sch[uů]ze|zased[aá]n[ií]|setk[aá]n[ií])\s+(?=\S)", re.IGNORECASE
)


_SIDE_FIELD = rx.compile(
    r"\s{3,}(?P<label>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][^:\d]{1,30}?)\s*:\s*(?P<value>\S.*)$"
)


def _for_body(label: str) -> bool:
    """ "Za radu obce", "Za kontrolní výbor": a label for one body's members (not "Za
    městský úřad", "Za projektanta")."""
    words = label.split()
    if len(words) < 2 or words[0].casefold() != "za":
        return False
    return any(stem(w) in _body_head_stems() for w in words[1:3])


@cache
def _body_head_stems() -> frozenset[str]:
    """Stems of a body's head nouns: "Za radu obce" names the "rada"."""
    return frozenset(stem(nominative) for nominative in lexicon.body_head_nominatives())


@cache
def _organisation_labels() -> frozenset[str]:
    return frozenset(lexicon.key(w) for w in lexicon.lex()["organisation_labels"])


def _named_body(label: str, value: str) -> str | None:
    """The body a form field names: "Komise: Komise pro kulturu a cestovní ruch", "Výbor:
    Finanční výbor …" (the label a body's head noun, the value its full name)."""
    heads = lexicon.body_head_nominatives()
    head = lexicon.strip_accents(label.strip())
    name = rx.split(r"\s{3,}|\t", value.strip())[0].strip(" .,")
    words = [lexicon.strip_accents(w) for w in name.split()[:2]]
    if head in heads and head in words and len(name.split()) >= 2:
        return name
    return None


_NUMBER_AFTER = rx.compile(lexicon.loose(r"(?i)\s+č\.\s*\d+(?:\s*/\s*\d+)*\s*$"))
_LIST_SUM = rx.compile(lexicon.loose(r"(?i)\s*(?:celkem|celkový počet)\b"))


def _title_body(title: str) -> str | None:
    """The body a "Zápis z jednání X …" title names, in the nominative, or None."""
    m = _BODY_FROM_TITLE.search(title)
    if not m:
        return None
    body = title[m.start("body") :]
    body = rx.split(
        r"(?i)\s+(?:konané(?:ho)?|konaného|konane|konaneho|ze dne|dne|ve dnech|v |ve "
        r"|per rollam)\b|,\s*(?:kter[éáýá]|jež)\b"  # ", které se konalo …"
        # "… při ZŠ Na Výhlídce, ať to máte čerstvé": a clause, not the name (", z. s." is)
        r"|,\s+(?=[a-záčďéěíňóřšťúůýž]{2,}\b(?!\.))",
        body,
    )[0]
    dated = find_dates(body)  # "Zápis z porady týmu 3. 3. 2025"
    if dated:
        body = body[: dated[0].start]
    # "rady - Hackerspace Pajka z.s.": the dash joins the body and its organisation;
    # "výboru – kontrola plnění usnesení": what follows a dash in lower case is the subject.
    body = rx.split(r"\s+[-–—]\s+(?=[a-záčďéěíňóřšťúůýž])", body)[0]
    body = rx.sub(r"\s+[-–—]\s+", " ", body)
    body = _NUMBER_AFTER.sub("", body)  # "komise č. 3/2024"
    body = lexicon.legal_form_end().sub("", body)
    body = fold(body).rstrip(" .,:-–—")
    lead = rx.match(r"^(?:[a-záčďéěíňóřšťúůýž]+\s+){1,3}(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])", body)
    heads = lexicon.body_heads().keys()
    if lead and not {lexicon.strip_accents(w) for w in lead.group(0).split()} & heads:
        body = body[lead.end() :]  # "(schůze) členů Komunitní dílny Kotelna": who met, then whose
    if not body:
        return None
    named = nominative_body(_deshout(body))
    if named == _deshout(body) and not any(w[:1].isupper() for w in named.split()):
        return None  # "z plenární schůze rodičů a …": whose meeting, not a body's name
    return named


def parse_header(doc: Doc, layout: Layout, people: People) -> Header:
    meeting = Meeting()
    header = Header(meeting)
    start, end = layout.header
    lines = doc.content_lines(start, end + 1)
    block = list(layout.title_lines)
    header.lines.update(block)
    if len(block) == 1 and lexicon.greeting().fullmatch(fold(doc.lines[block[0]])):
        block = []  # "Ahoj všichni," above minutes sent by e-mail: a greeting, no title
    zapis = next((k for k, i in enumerate(block) if opens_title(doc, i)), 0)
    title = block[zapis:]
    while len(title) > 1 and title[-1] - title[-2] > 1:  # a letterhead below the title
        title = title[:-1]
    letterhead = _letterhead(doc, block)
    if title:
        title_text = rx.sub(r"^#+\s*", "", fold(" ".join(doc.lines[i] for i in title)))
        # "Z Á P I S ze shromáždění …": a word spaced out is one word ("Z" is no preposition)
        title_text = _SPACED_WORD.sub(lambda m: m.group(0).replace(" ", ""), title_text)
        meeting.title = title_text
        m = _BODY_FROM_TITLE.search(title_text)
        if m:
            meeting.body = body = _title_body(title_text)
            if body is None and letterhead:  # "Zápis ze schůze členů" of the club above it
                meeting.body = lexicon.legal_form_end().sub("", _first_line_of(doc, letterhead))
            if body and letterhead and letterhead.casefold().endswith(body.casefold()):
                # "… příspěvková organizace" / "ŠKOLSKÁ RADA": the body closes the letterhead
                letterhead = letterhead[: -len(body)].strip(" ,") or None
            if body and letterhead and letterhead.casefold() not in body.casefold():
                head = lexicon.strip_accents(body.split()[0])[:4]
                if lexicon.strip_accents(letterhead).startswith(head):
                    meeting.body = letterhead  # "Komise" + "Komise pro životní prostředí …"
                elif len(body.split()) <= 2:
                    meeting.body = f"{body} {letterhead}"
        elif not TITLE_LEAD.match(title_text) or (len(title_text.split()) > 1 and not m):
            # "Rada spolku 1/2024": the title names the body.
            first = rx.sub(r"^#+\s*", "", fold(doc.lines[title[0]]))
            dated = find_dates(first)
            base = first[: dated[0].start] if dated else title_text
            after = first[dated[0].end :].strip(" :-–—") if dated else ""
            if dated and not rx.search(r"[^\W\d_]", base) and _MEETING_OF.match(after):
                base = after  # "2023-12-07: schůze výboru": the date first
            # "Zápis z valné hromady" / "konané dne 22. února 2025": not the date line
            base = rx.split(r"(?i)\s+(?:konan\w*|(?:ze\s+)?dne(?=\s*\d))", base)[0]
            dated = find_dates(base)
            base = base[: dated[0].start] if dated else base
            candidate = rx.sub(
                r"(?i)(?:\s+č\.)?\s+\d+\s*/\s*\d{4}.*$|\s+[-–—]\s+.*$", "", base
            ).strip(" ,-–")
            candidate = rx.sub(r"(?i)^\W*z[áa]pis\W*", "", candidate).rstrip(" :")
            if not lexicon.legal_form_end().search(candidate):  # ", z. s." keeps its dot
                candidate = candidate.rstrip(" .")
            # "Zápis z valné hromady base48": the body follows "z" in the genitive
            genitive = rx.match(
                rf"(?i)^(?:ze?\s+|o\s+|{_MEETING_OF.pattern})(?P<rest>\S.+)$", candidate
            )
            if genitive:
                candidate = nominative_body(_deshout(genitive["rest"]))
                # "schuze klubu 3.3.2025" over "klub zeleznicnich modelaru vyhybka": the
                # next line of the title names the body in full
                stem = lexicon.strip_accents(candidate)[:4]
                candidate = next(
                    (
                        fold(doc.lines[i])
                        for i in title[1:]
                        if len(candidate.split()) == 1
                        and lexicon.strip_accents(doc.lines[i].strip())[:4] == stem
                    ),
                    candidate,
                )
            if candidate and not find_dates(candidate) and len(candidate.split()) <= 8:
                meeting.body = _deshout(candidate)
                if letterhead and not any(w[:1].isupper() for w in meeting.body.split()[1:]):
                    # "Řádná valná hromada" of the club whose name heads the page
                    meeting.body = f"{meeting.body} – {_first_line_of(doc, letterhead)}"
        # A letterhead line that names a body ("Pracovní skupina pro komunitní rozvoj",
        # "Kontrolní výbor Zastupitelstva obce X") names it better than the title did.
        named = _body_line(doc, block[:zapis], meeting.body)
        if named and (
            meeting.body is None
            or (
                lexicon.strip_accents(named).startswith(
                    lexicon.strip_accents(meeting.body.split()[0])[:5]
                )
                # longer, or replacing a body glued to the whole letterhead
                and (
                    len(named.split()) > len(meeting.body.split())
                    or bool(letterhead and letterhead in meeting.body and len(named.split()) > 2)
                )
            )
        ):
            meeting.body = named
        held = _HELD.search(title_text)
        if held:
            meeting.date = parse_date(title_text)
            _times(meeting, title_text)
            if held["place"]:
                meeting.location = fold(held["place"]).rstrip(".")
    attendance = Attendance()
    mail = _mail_fields(doc, lines)
    sent: str | None = None
    k = 0
    while k < len(lines):
        i = lines[k]
        pairs = _label_row(doc, i, lines[k + 1] if k + 1 < len(lines) else None)
        if pairs:  # "Datum⇥Místo⇥Přítomno" over "15. 3. 2025⇥sál …⇥20 z 26 členů"
            for field_, value in pairs:
                _apply(header, attendance, field_, value, [lines[k + 1]], doc, people)
            header.lines.update((i, lines[k + 1]))
            k += 2
            continue
        hit = header_label(doc.lines[i])
        if not hit:
            k += 1
            continue
        field_, _label, value = hit
        used = [i]
        if field_ == "date" and i in mail:
            # "Od: …" / "Datum: út 4. 2. 2025 9:12": when the minutes were sent, which
            # dates the meeting only when nothing else does (and gives it no hour)
            header.lines.add(i)
            sent = sent or parse_date_value(fold(value))
            k += 1
            continue
        # "Omluvena: Tereza Fialková. Host: Mgr. Lubomír Haš …", "Přítomni: …; omluven: …;
        # host k bodu 5: …": more labels on the line, each with its value
        while (second := _second_label(value)) is not None:
            value, (next_field, _next_label, next_value) = second
            _apply(header, attendance, field_, value, used, doc, people)
            field_, value = next_field, next_value
        # A label alone on its line: the value follows on the next lines.
        if not value:
            j = k + 1
            while j < len(lines) and lines[j] <= end and not header_label(doc.lines[lines[j]]):
                if lines[j] - used[-1] > 2 and field_ not in {"present", "excused", "guests"}:
                    break
                if (
                    len(used) > 1
                    and _LIST_ENTRY.match(doc.lines[used[1]])
                    and not _LIST_ENTRY.match(doc.lines[lines[j]])
                    # "Celkem 69 rodičů.": the list's sum belongs to it
                    and not _LIST_SUM.match(doc.lines[lines[j]])
                ):
                    break  # "1. Ing. A, …" … "5. B, …", then "Náhradnice C se nezúčastnila."
                if (
                    lines[j] - used[-1] > 1
                    and field_ in {"present", "excused", "guests"}
                    and value
                    # "Ing. Petr Novotný, ředitel" / "" / "Bc. Šárka Hudečková, ekonomka":
                    # a list spaced out by blank lines (Word's paragraph spacing, a
                    # Markdown "loose" list: "- Petra Holubcová" / "" / "- Jakub Šrámek")
                    and not (
                        lines[j] - used[-1] == 2
                        and starts_with_person(fold(unbulleted(doc.lines[lines[j]])))
                    )
                ):
                    break
                # "…, prof. Ing. Libuše" / "Kalašová, CSc., …": a name broken across lines
                tail_word = value.split()[-1] if value.split() else ""
                broken = field_ in {"present", "excused", "guests"} and (
                    given_name(tail_word) is not None or tail_word in lexicon.degrees()[0]
                )  # (not "…, odbor kultury KÚ" over "Bc. Lukáš Vrána – …")
                broken = broken and _name_broken(value, doc.lines[lines[j]])
                value = (value + (" " if broken else "\n") + doc.lines[lines[j]]).strip()
                used.append(lines[j])
                j += 1
                if field_ not in {"present", "excused", "guests", "verifiers"}:
                    break
            k = j
        else:
            k += 1
            # "Přítomni: A, B,\n C, D": a value ending with a comma continues below.
            while (
                k < len(lines)
                and lines[k] == used[-1] + 1
                and not header_label(doc.lines[lines[k]])
                # "Občané: 11 (…)": a label of its own, though no known one
                and not rx.match(r"^\s*[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][^\s:]{2,20}\s*:\s", doc.lines[lines[k]])
            ):
                # "Host: Mgr. Lubomír Haš z odboru životního prostředí" / "MěÚ …": a
                # description broken mid-phrase (a list of names ends with a name)
                broken = field_ in {"present", "excused", "guests"} and (
                    (
                        value.split()[-1][:1].islower()
                        and not value.rstrip().endswith((".", ":", ",", ";"))
                    )
                    # "…, Ing. Lukáš" / "Tichý (ekonom), …": a name broken across lines
                    or _name_broken(value, doc.lines[lines[k]])
                )
                listed = value.rstrip().endswith((",", ";")) or doc.lines[lines[k]][:1].islower()
                listed = listed or doc.lines[lines[k]].lstrip()[:1] == "("  # "(příchod v 16:25), …"
                unclosed = value.count("(") > value.count(")")  # "(zastoupeno" / "9 obcí z 11)"
                # "Hosté: A, starostka obce" / "       B, starosta okrsku": indented below
                indented = field_ in {"present", "excused", "guests"} and bool(
                    rx.match(r"(?:\s{2,}|\t)\S", doc.lines[lines[k]])
                )
                if not (broken or listed or unclosed or indented):
                    break
                value = value + (" " if broken or unclosed else "\n") + doc.lines[lines[k]]
                used.append(lines[k])
                k += 1
        header.lines.update(used)
        _apply(header, attendance, field_, value, used, doc, people)
    meeting.attendance = attendance
    # Other labelled lines of the header ("Stavba: …", "Investor: …") are kept as details.
    for i in lines:
        if i in header.lines:
            continue
        m = _DETAIL.match(doc.lines[i])
        if m and not _HELD.search(doc.lines[i]):
            header.lines.add(i)
            value, last = m["value"], i
            while last + 1 in lines and (
                rx.match(r"\s{2,}\S", doc.lines[last + 1])
                or (continues(fold(doc.lines[last]), fold(doc.lines[last + 1])))
                or fold(doc.lines[last]).endswith(",")  # a list going on: "A, B," / "C, D"
            ):
                # "Za pořizovatele: A, …" / "    B, …" (indented), "… zadávaná mimo režim" /
                # "zákona č. 134/2016 Sb." (a value broken mid-sentence)
                indented = doc.lines[last + 1][:1].isspace()
                last += 1
                value += ("; " if indented else " ") + doc.lines[last].strip()
                header.lines.add(last)
            if _for_body(m["label"]) and starts_with_person(fold(value)):
                # "Za radu obce: Ing. Roman Barták (starosta), Lenka Skálová, …": those
                # present for one body of a joint meeting
                for name in _names(value.replace("; ", "\n")):
                    surname = name.split()[-1]
                    row = next((j for j in range(i, last + 1) if surname in doc.lines[j]), i)
                    people.add_name(row, name)
                    if name not in attendance.present:
                        attendance.present.append(name)
            # "Komise: …      Číslo jednání: 2/2025": two fields of a form on one line
            fields = [(m["label"], value)]
            while (side := _SIDE_FIELD.search(fields[-1][1])) is not None:
                label, rest = fields[-1]
                fields[-1] = (label, rest[: side.start()])
                fields.append((side["label"], side["value"]))
            for label, text in fields:
                meeting.details.append(
                    HeaderDetail(label=label.strip(), value=fold(text), loc=loc(i, last))
                )
            # "Za pořizovatele: Ing. Oldřich Pazdera, vedoucí odboru výstavby …", "Za radu
            # obce: Ing. Roman Barták (starosta), …": roles
            people.listed_roles.extend(listed_roles(value.replace("; ", "\n")))
            label_text = fold(m["label"])
            if is_role(label_text) and starts_with_person(fold(value)):
                # "Tajemnice komise: Lucie Machová, DiS.": the label is her role
                holder, _degrees = split_degrees(
                    rx.split(r",\s*(?=[a-záčďéěíňóřšťúůýž])", fold(value))[0]
                )
                people.listed_roles.append((holder, label_text.lower()))
            named = _named_body(m["label"], value)
            if named:  # "Komise: Komise pro kulturu a cestovní ruch      Číslo jednání: 2/2025"
                meeting.body = named
            elif (
                meeting.body
                and " " not in meeting.body
                and lexicon.key(m["label"]) in _organisation_labels()
                and value.strip()[:1].isupper()
            ):
                # "Zápis ze schůze výboru" / "Spolek: Přátelé Kozího vrchu, z. s., Bohdalice"
                meeting.body = f"{meeting.body} – {value.split(',')[0].strip()}"
    # Lines of the header that are no labels: one-line notes ("…, sborovna školy,
    # začátek 13:00") and prose paragraphs that open the meeting ("Dne 4. dubna
    # 2024 se v 17.30 v klubovně sešel výbor …. Přítomni byli …").
    free = [i for i in lines if i not in header.lines]
    for para in runs(free):
        text = fold(" ".join(doc.lines[i] for i in para))
        if len(para) == 1 and lexicon.greeting().fullmatch(text):
            header.lines.update(para)  # "Ahoj všichni," above minutes sent by e-mail
            continue
        sentences = split_sentences(text)
        if len(para) > _LONG_PARAGRAPH:
            # Minutes written as one paragraph: the header is its opening sentences;
            # the lines after them are the body.
            para, text, sentences = _opening_part(doc, para, sentences)
            if not para:
                continue
        # "… sešel kontrolní výbor ve složení: A, B, C." — the members are no place.
        opening = [rx.sub(r"(?i)\s+ve\s+složení\b.*$", "", s) for s in sentences]
        held = next((m for m in map(_HELD.search, opening) if m), None)
        if meeting.body is None or " " not in meeting.body:
            # "posílám zápis z dnešní porady projektového týmu X (Firma, a. s.)" names
            # the body a bare title ("Zápis z porady týmu") or e-mail subject did not.
            named = next((b for b in map(_title_body, sentences) if b), None)
            if named and (
                meeting.body is None
                or lexicon.strip_accents(meeting.body)[:3] in lexicon.strip_accents(named)
            ):
                meeting.body = named
        if held and meeting.body is None:
            met = _met_body().search(held.string)
            meeting.body = met["body"][:1].upper() + met["body"][1:] if met else None
        starts_at = _STARTS_AT.search(text)
        if held:
            if meeting.date is None:
                meeting.date = parse_date(held.string)
            _times(meeting, held.string)
            if meeting.location is None and held["place"]:
                # "na Jitsi (místnost …) od 19:00 do 20:10": the times are no place
                meeting.location = _COMPOSITION.sub(
                    "", _TRAILING_TIMES.sub("", held["place"])
                ).rstrip(".")
            place = _PLACE_PHRASE.search(held.string)
            if meeting.location is None and place:  # "… se v 17.30 v klubovně sokolovny sešel …"
                meeting.location = (
                    _COMPOSITION.sub(
                        "", _MET_AFTER.sub("", lexicon.group(held.string, place, "place") or "")
                    )
                    or None
                )
        elif sends := _SENDS_MINUTES.search(text):
            # "posílám zápis z porady 3. 2. 2025 (pondělí 9:30–11:00, kancelář na
            # Palackého, …)": the meeting's day, hours and place in the covering note
            about = text[sends.end() :]
            if meeting.date is None:
                meeting.date = parse_date(about)
            _times(meeting, about)
            if meeting.location is None:
                meeting.location = next(
                    (p.strip() for p in rx.split(r"[,()]", about) if _PLACE_NOUN.search(p)), None
                )
        elif starts_at and meeting.start_time is None and len(para) <= 2:
            # "Zahajovací pedagogická rada …, sborovna školy, začátek 13:00"
            _times(meeting, text[starts_at.start() :])
            if meeting.location is None:
                meeting.location = next(
                    (p.strip() for p in text.split(",") if _PLACE_NOUN.search(p)), None
                )
        elif (
            not _OPENING.search(text)
            and not lexicon.attendance_change().search(text)
            and not any(
                pattern.search(sentence)
                for _field, pattern in _PROSE_LISTS
                for sentence in sentences
            )
        ):
            continue
        header.lines.update(para)
        header.lines.update(_prose_attendance(sentences, attendance, para, doc, people))
        if attendance.note is None and not attendance.present:
            said = [s for s in sentences if _PRESENT.search(s) or _TOOK_PART.search(s)]
            # "Jednání se zúčastnilo 41 členů." over "… nebyla přítomna nadpoloviční
            # většina …": the sentence that counts them
            sentence = next((s for s in said if _HEAD_COUNT.search(s)), said[0] if said else None)
            attendance.note = sentence.rstrip(".") if sentence else None
        # "Pozdní příchod ohlásil X, bez omluvy nepřítomen Y.": no list of the record
        # holds the late or the unexcused; the note keeps what was said of them.
        for sentence in sentences:
            change = sentence.rstrip(".")
            if lexicon.attendance_change().search(sentence) and change not in (
                attendance.note or ""
            ):
                attendance.note = f"{attendance.note}; {change}" if attendance.note else change
        if meeting.start_time is None:
            _times(meeting, text)
    # A vote taken by e-mail ("Hlasování per rollam bylo vyhlášeno 10. 2. 2025 s termínem
    # do 14. 2. 2025"): the body decided when the vote closed, its last date.
    if meeting.date is None:
        for i in doc.content_lines(start)[:20]:
            if lexicon.remote_vote().search(doc.lines[i]):
                found = [d for d in resolve(find_dates(doc.lines[i]), None) if d]
                if found:
                    meeting.date = found[-1]
                    break
    if meeting.date is None:
        meeting.date = sent
    if meeting.body and _generic_body(meeting.body) and (owner := _page_header_owner(doc)):
        # "Zápis z porady vedení" under a page header "Strojírny Kralovec a.s.": whose
        meeting.body = f"{meeting.body} – {owner}"
    # Date from the title ("Zápis ze schůze konané dne 12. 3. 2024") or the first lines.
    if meeting.date is None:
        for i in title + lines[:8]:
            date = parse_date(doc.lines[i], deadlines=False)  # not "do 3. 2. lze předložit"
            if date:
                meeting.date = date
                times = find_times(doc.lines[i])
                if times and meeting.start_time is None:
                    meeting.start_time = times[0].value
                break
    return header


def _page_header_owner(doc: Doc) -> str | None:
    """The organisation a Word document's page header names ("Kulturní spolek Jitřenka,
    z. s.  •  Dubová Lhota 48"), without its legal form; None when none does."""
    for text in doc.norm.source.furniture:
        first = rx.split(r"\s*(?:\t|•|\||\s{2,})\s*", text.strip())[0]
        if lexicon.legal_form_end().search(first) and len(first.split()) <= 8:
            return lexicon.legal_form_end().sub("", first).strip(" ,")
    return None


def _generic_body(body: str) -> bool:
    """ "Vedení", "Výbor spolku": a body that does not say whose it is."""
    words = body.split()
    return len(words) == 1 or (len(words) == 2 and words[1].islower())


_LONG_PARAGRAPH = 4  # lines; a longer prose paragraph is more than a header
_SPACED_WORD = rx.compile(r"\b(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ] ){2,}[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\b")

# The fields of an e-mail's head ("Od:", "Komu:", "Datum:", "Předmět:").
_MAIL_FIELD = rx.compile(
    r"(?i)^\s*(?:od|from|komu|to|kopie|cc|odesláno|sent|datum|date|předmět|subject)\s*:"
)
_MAIL_FROM = rx.compile(r"(?i)^\s*(?:od|from)\s*:")
# "posílám zápis z porady 3. 2. 2025", "v příloze je zápis z dnešního jednání"
_SENDS_MINUTES = rx.compile(
    lexicon.loose(
        r"(?i)\bzápis\w*\s+z[e]?\s+(?:\w+\s+){0,2}?(?:jednání|schůze|zasedání|porady|setkání)"
        r"\b(?=[^.]{0,30}?\d{1,2}\.\s?\d{1,2}\.)"
    )
)


def _mail_fields(doc: Doc, lines: list[int]) -> set[int]:
    """The lines of an e-mail's head that opens the document: "Od:" / "From:" with
    the other fields next to it, up to the first line that is none."""
    block: list[int] = []
    for i in lines:
        if not _MAIL_FIELD.match(doc.lines[i]) or (block and i != block[-1] + 1):
            break
        block.append(i)
    return set(block) if any(_MAIL_FROM.match(doc.lines[i]) for i in block) else set()


def _opening_part(
    doc: Doc, para: list[int], sentences: list[str]
) -> tuple[list[int], str, list[str]]:
    """The lines wholly within the paragraph's opening sentences (held, opened,
    who was present), their text and those sentences."""
    opening: list[str] = []
    for sentence in sentences:
        if not (_HELD.search(sentence) or _OPENING.search(sentence) or _PRESENT.search(sentence)):
            break
        opening.append(sentence)
    if not opening:
        return [], "", []
    length = len(" ".join(opening))
    kept: list[int] = []
    pos = 0
    for i in para:
        pos += len(fold(doc.lines[i])) + 1
        if pos - 1 > length:
            break
        kept.append(i)
    return kept, " ".join(opening), opening


def _apply(
    header: Header,
    attendance: Attendance,
    field_: str,
    value: str,
    used: list[int],
    doc: Doc,
    people: People,
) -> None:
    meeting = header.meeting

    def line_of(name: str) -> int:
        """The line of ``used`` where a listed name stands."""
        surname = (name.split()[-1] if name.split() else name).casefold()
        return next((i for i in used if surname in doc.lines[i].casefold()), used[0])

    text = fold(value)
    if field_ == "subject":
        if TITLE_LEAD.match(text):  # "Předmět: Zápis z porady týmu 3. 3. 2025" (an e-mail's)
            if meeting.title is None or not TITLE_LEAD.match(meeting.title):
                # "Věc: Zápis ze zasedání farní rady dne 8. října 2024" under a letterhead:
                # the letter's subject is the title, and its day the meeting's
                meeting.title = text
                meeting.date = parse_date(text) or meeting.date
            meeting.body = meeting.body or _title_body(text)
        elif meeting.body is None:
            meeting.body = text.rstrip(".")
    elif field_ == "date":
        if meeting.date is None:
            meeting.date = parse_date_value(text)
        _times(meeting, text)
        if meeting.location is None:  # "3. 12. 2024 (9:00–10:30), zasedačka 2. patro"
            meeting.location = next(
                (p.strip() for p in text.split(",")[1:] if _PLACE_NOUN.search(p)), None
            )
        if meeting.location is None and (place := _PLACE_PHRASE.search(text)):
            # "úterý 9. ledna 2024 od 17:30 ve sborovně školy"
            meeting.location = lexicon.group(text, place, "place")
    elif field_ == "time":
        _times(meeting, text)
    elif field_ == "end_time":
        times = find_times(text)
        if times:
            meeting.end_time = times[0].value
    elif field_ == "location":
        parts = [p.strip() for p in text.split(",")]
        timed = [p for p in parts[1:] if find_times(p)]
        for part in timed:  # "klubovna v hasičárně, začali jsme 18:15"
            _times(meeting, part)
        meeting.location = ", ".join(p for p in parts if p not in timed).rstrip(".")
    elif field_ in {"present", "excused", "guests"} and any(
        "\t" in line.strip()
        for line in value.split("\n")  # a tab inside: a table, no indent
    ):
        _attendance_table(value, attendance, used, doc, people)
    elif field_ in {"present", "excused", "guests"}:
        note, names = _attendance_value(value)
        if note and field_ == "present":
            attendance.note = note
        target = {
            "present": attendance.present,
            "excused": attendance.excused,
            "guests": attendance.guests,
        }[field_]
        away = _away_in_list(value) if field_ == "present" else {}
        for name in names:
            mention = people.add_name(line_of(name), name)
            given = name.split()[0].casefold() if " " in name else ""
            if (
                mention is not None
                and given
                and given not in doc.lines[mention.line].casefold()
                and doc.lines[mention.line - 1].rstrip().casefold().endswith(given)
            ):  # "…, Mgr. Alena" / "Šindelářová (místostarostka), …": the name runs on
                mention.line, mention.end_line = mention.line - 1, mention.line
            if away.get(name) == "excused":  # "byt č. 7 – Hájková, omluvena"
                attendance.excused.append(name)
            elif name not in target and name not in away:  # and not "X – nepřítomen"
                target.append(name)
        people.listed_roles.extend(listed_roles(value))
        if note and field_ != "present" and not names:
            attendance.note = (
                attendance.note + "; " if attendance.note else ""
            ) + f"{field_}: {note}"
    elif field_ == "recorder_inline":
        for name in _names(value):
            header.recorders.append((line_of(name), name))
    elif field_ == "verifiers":
        for name in _names(value):
            header.verifiers.append((line_of(name), name))
    elif field_ == "chair":
        for name in _names(value):
            header.chair.append((line_of(name), name))
        people.listed_roles.extend(listed_roles(value))


def _label_row(doc: Doc, i: int, below: int | None) -> list[tuple[str, str]]:
    """A table row of labels with their values in the row below, as ``(field, value)``."""
    if below is None or "\t" not in doc.lines[i]:
        return []
    labels = [c.strip() for c in doc.lines[i].split("\t")]
    values = [c.strip() for c in doc.lines[below].split("\t")]
    if len(labels) != len(values):
        return []
    fields = [header_label(f"{label}: x") for label in labels]
    if not all(fields):
        return []
    return [(f[0], v) for f, v in zip(fields, values, strict=True) if f and v]


# "… začátek jednání konference byl stanoven na 14:00" (the quorum was not there at
# 12:30): the meeting began later than called
_START_MOVED = lexicon.Folded(
    r"\bzačátek\s+(?:\w+\s+){0,3}?(?:byl\s+)?(?:stanoven|posunut|odložen|přesunut)\s+na\s+"
    r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)"
)


def _times(meeting: Meeting, text: str) -> None:
    times = find_times(text)
    if not times:
        return
    moved = _START_MOVED.search(text)
    if moved:
        meeting.start_time = f"{int(moved['h']):02d}:{moved['m']}"
    if meeting.start_time is None:
        meeting.start_time = times[0].value
    if len(times) > 1 and meeting.end_time is None and rx.search(r"(?i)\bdo\b|[-–—]", text):
        meeting.end_time = times[1].value


def canonical_attendance(attendance: Attendance, people: People) -> None:
    """Replace listed names by the canonical names of their persons."""
    for names in (attendance.present, attendance.excused, attendance.guests):
        for idx, name in enumerate(names):
            names[idx] = people.canonical(name) or name


__all__ = ["Header", "canonical_attendance", "lexicon", "parse_header"]
