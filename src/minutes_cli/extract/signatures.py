"""Signature blocks: "Zapsala: Jana Abrlová, DiS." / "Dne: 7. 12. 2017",
"Zápis zpracovala v Ostravě dne 23.11.2022" / "Mgr. Kateřina Puterová",
"Ověřovatelé zápisu: A, B"."""

from __future__ import annotations

import re

from minutes_cli import rx
from minutes_cli.extract import lexicon
from minutes_cli.extract.dates import find_dates, resolve
from minutes_cli.extract.lexicon import UPPER
from minutes_cli.extract.people import People, full_names, is_role, listed_roles, split_degrees
from minutes_cli.extract.segment import (
    SIGN_HERE,
    is_signing_line,
    signature_role,
    signed_in_own_hand,
    signed_on_line,
    signer_columns,
)
from minutes_cli.models.record import Signature
from minutes_cli.text.document import Doc, fold, loc

_PLACE = rx.compile(
    rf"(?:^|\s)(?:[Vv]|[Vv]e)\s+(?P<place>[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?"
    rf"(?:\s+(?:u|nad|pod|na)\s+[{UPPER}][\w-]+)?)(?=\s+dne|\s*,|\s*$|\s+\d)"
)
_DATE_LINE = rx.compile(r"(?i)^\W*(?:v|ve|dne|datum)\b.{0,60}\d")
_DATE_LABEL = rx.compile(r"(?i)^\W*(?:dne|datum|ze dne)\s*:?\s*")
_SIGN_LABEL = rx.compile(lexicon.loose(r"(?i)^\W*(podpis|razítko)"))  # "Podpis: …"
_PLACEHOLDER = rx.compile(r"^[\s._…-]*$|\[.*\]|\{\{.*\}\}")


def town(locative: str) -> str:
    """ "Ostravě" -> "Ostrava": a town named in the locative, back to the nominative."""
    for suffix, repl in lexicon.place_rules():
        if locative == suffix:
            return repl
    particle = rx.search(r"\s+(?:u|nad|pod|na)\s+\S+$", locative)  # "Vrbně u Lesa"
    if particle:
        return town(locative[: particle.start()]) + particle.group()
    words = locative.split()
    last = words[-1]
    for suffix, repl in lexicon.place_rules():
        if last == suffix or (
            suffix[0].islower() and last.endswith(suffix) and len(last) > len(suffix) + 2
        ):
            words[-1] = last[: -len(suffix)] + repl
            break
    noun = words[-1]
    gender = "neuter" if noun.endswith("o") else "feminine" if noun.endswith(("a", "e")) else ""
    if noun == "Ves":
        gender = "feminine"
    if len(words) > 1 and gender:
        # "Kamenné Lhotě" -> "Kamenná Lhota": the adjective agrees with the noun
        words = [*lexicon.agree_adjectives(words[:-1], gender), noun]
    return " ".join(words)


_FUNCTION_ABBREVIATION = rx.compile(rf"[{UPPER}]{{2,6}}")
_ANOTHER_LABEL = rx.compile(r"[,;]\s+(?=[^\W\d][\w ]{1,30}:)")


def _labelled_parts(role: str, rest: str) -> list[tuple[str, str]]:
    """ "A, ověřil: B" after "Zápis zpracovala:": ``[(role, "A"), ("verified_by", "B")]``."""
    for m in _ANOTHER_LABEL.finditer(rest):
        second = signature_role(rest[m.end() :])
        if second is not None:
            return [(role, rest[: m.start()]), *_labelled_parts(*second)]
    return [(role, rest)]


def _signature_table(
    doc: Doc, i: int, reference_year: int | None
) -> tuple[list[Signature], list[int]]:
    """A table of signatures: a row of labels ("Zapsal⇥Ověřil") over a row of names
    (and dates) in the same columns, perhaps with rows of functions and of dates
    below ("tajemnice komise⇥předseda komise", "dne 20. 3. 2025⇥dne 24. 3. 2025");
    the signatures and the rows read, or nothing when line ``i`` heads no such table."""
    heads = doc.lines[i].split("\t")
    if len(heads) < 2 or i + 1 >= len(doc):
        return [], []
    roles = [signature_role(fold(h)) for h in heads]
    if not all(roles):
        return [], []
    if all(r and r[1].strip(" :") for r in roles):
        # "Zapsal: Martin Šustr⇥Ověřila: Ing. Hana Zelenková": label and name in each cell
        cells, rows, at = [r[1] for r in roles if r], [i], i
    elif all(r and not r[1].strip(" :") for r in roles):
        cells, rows, at = doc.lines[i + 1].split("\t"), [i, i + 1], i + 1
        if len(cells) != len(heads):
            return [], []
    else:
        return [], []
    out: list[Signature] = []
    for role, cell in zip(roles, cells, strict=True):
        assert role is not None
        name, degrees = split_degrees(_name_part(cell))
        out.append(
            Signature(
                role=role[0],
                name=name or None,
                degrees=degrees,
                date=_date(cell, reference_year),
                loc=loc(at),
            )
        )
    for j in range(at + 1, min(at + 3, len(doc))):
        below = doc.lines[j].split("\t")
        if len(below) != len(heads):
            break
        dates = [_date(c, reference_year) for c in below]
        if all(c.strip()[:1].islower() and not d for c, d in zip(below, dates, strict=True)):
            rows.append(j)  # the signers' functions
        elif any(dates):
            for sig, date in zip(out, dates, strict=True):
                sig.date = sig.date or date
            rows.append(j)
        else:
            break
    return out, rows


def _signatures_after_label(
    i: int, role: str, rest: str, people: People, reference_year: int | None
) -> tuple[list[Signature], bool]:
    """The signatures one label on line ``i`` introduces ("Ověřovatelé: A a B, dne …"),
    and whether it named anyone (else the names follow on the next lines)."""
    people.listed_roles.extend(listed_roles(rest))  # "Bc. Lucie Marková (tajemnice komise)"
    date = _date(rest, reference_year)
    place_m = _PLACE.search(" " + rest)
    place = town(place_m["place"]) if place_m else None
    name_part = lexicon.courtesy_lead().sub("", _name_part(rest))  # "Zapsal: př. Lubomír Tesař"
    names = _merge_degrees([n for n in rx.split(r"\s*[,;]\s*|\s+a\s+", name_part) if n])
    names = [_after_role(n) for n in names if not is_role(n)]  # "…, PŘEDSEDA PŘEDSTAVENSTVA"
    # "Ing. Radka Přikrylová, TDI": an abbreviation after a name is the signer's function
    names = [n for k, n in enumerate(names) if not (k and _FUNCTION_ABBREVIATION.fullmatch(n))]
    # "…, předseda výboru" is a role ("doc. Jan Malý" is a name: the degree aside)
    # ("zapsala martina" in notes typed in lower case: a person the attendance named)
    names = [
        n if not split_degrees(n)[0][:1].islower() else (people.canonical(n) or n)
        for n in names
        if not split_degrees(n)[0][:1].islower() or people.knows(n)
    ]
    if not names:
        return [Signature(role=role, date=date, place=place, loc=loc(i))], False
    out: list[Signature] = []
    for raw in names:
        if _PLACEHOLDER.search(raw):
            out.append(Signature(role=role, loc=loc(i)))
            continue
        name, degrees = split_degrees(raw)
        people.add_name(i, raw)
        out.append(
            Signature(
                role=role,
                name=name or None,
                degrees=degrees,
                date=date,
                place=place,
                loc=loc(i),
            )
        )
    return out, True


def _after_role(text: str) -> str:
    """ "předseda AS FE doc. RNDr. Vítězslav Kouba": the name after a role (from the
    last person mention on), or ``text`` as it is."""
    if not text[:1].islower():
        return text
    found = full_names(text)
    return text[found[-1].start :] if found else text


def _name_part(rest: str) -> str:
    """What is left of a signature line once place, date and labels are removed."""
    rest = _PLACE.sub(" ", rest)
    for d in find_dates(rest):
        rest = rest.replace(d.text, " ")
    rest = rx.sub(r"(?i)\b(?:dne|dn)\b\s*:?", " ", rest)
    rest = rx.sub(r"(?i)\bpodpis\w*\b.*$", " ", rest)
    return fold(rest).strip(" ,:;-–")


_ROLE_LABEL = rx.compile(r"^(?P<role>[^\d:]{3,40}):\s*(?P<name>\S.{2,60})$")


def _signer(
    people: People, i: int, raw: str, role: str, date: str | None, place: str | None
) -> Signature:
    """The signature of the signer named ``raw`` on line ``i``, who joins the people."""
    name, degrees = split_degrees(fold(raw))
    people.add_name(i, raw)
    return Signature(role=role, name=name, degrees=degrees, date=date, place=place, loc=loc(i))


def parse_signatures(
    doc: Doc, start: int, end: int, people: People, reference_year: int | None
) -> tuple[list[Signature], list[int]]:
    """Signatures in lines ``start..end`` (inclusive); returns them and the lines used."""
    out: list[Signature] = []
    used: list[int] = []
    block_date: str | None = None
    block_place: str | None = None
    listing = False  # the last label had its names on the following lines
    previous = start - 1
    for i in doc.content_lines(start, end + 1):
        if i - previous > 1 and listing and out and out[-1].name:
            listing = False  # a blank line ends a list of names under one label
        previous = i
        if i in used:
            continue  # the roles under signers' names, read with them
        tabled, rows = _signature_table(doc, i, reference_year)
        if tabled:  # "Zapsal⇥Ověřil" over "Bc. Ondřej Šafránek⇥Mgr. Lenka Boháčová"
            for sig in tabled:
                sig.date = sig.date or block_date
                if sig.name and sig.loc is not None:
                    people.add_name(sig.loc.line - 1, sig.name)
            out.extend(tabled)
            used.extend(rows)
            continue
        signers = signer_columns(doc, i)
        if signers:  # "Mgr. Radek Šimáček      Ing. Josef Kadeřábek" / "starosta   …"
            for raw, role in signers:
                out.append(_signer(people, i, raw, role, block_date, block_place))
            used.extend((i, i + 1))
            continue
        if is_signing_line(doc.lines[i]):
            used.append(i)  # "…………………" where a signature goes
            continue
        cells = [c.strip() for c in doc.lines[i].split("\t") if c.strip()]
        cell_names = [split_degrees(c) for c in cells]
        if (
            out
            and (listing or out[-1].name is None)
            and len(cells) >= 2
            and all(
                n and len(n.split()) <= 4 and all(w[:1].isupper() for w in n.split())
                for n, _ in cell_names
            )
        ):
            # "Ověřovatelé zápisu:" over a borderless table: "……⇥……" / "A⇥Mgr. B"
            for cell, (name, degrees) in zip(cells, cell_names, strict=True):
                if out[-1].name is None:
                    out[-1].name, out[-1].degrees, out[-1].loc = name, degrees, loc(i)
                else:
                    out.append(Signature(role=out[-1].role, name=name, degrees=degrees, loc=loc(i)))
                people.add_name(i, cell)
            used.append(i)
            continue
        signed = signed_on_line(doc, i)
        if signed:  # "…………" over "Jan Kratochvíl, starosta"
            out.append(_signer(people, i, *signed, block_date, block_place))
            used.append(i)
            if i + 1 <= end and doc.is_content(i + 1) and doc.lines[i + 1].strip()[:1].islower():
                used.append(i + 1)  # its function: "starosta obce"
            continue
        own_hand = signed_in_own_hand(doc.lines[i])
        if own_hand:  # "Ing. Hana Vlková, starostka v. r."
            raw, function = own_hand
            out.append(_signer(people, i, raw, "approved_by", block_date, block_place))
            if function:
                people.listed_roles.append((out[-1].name or raw, function))
            used.append(i)
            continue
        # "Josef Mrózek ........": the dotted line is where the signature goes.
        text = fold(SIGN_HERE.sub(" ", doc.lines[i])) or fold(doc.lines[i])
        pieces = [fold(p) for p in SIGN_HERE.split(doc.lines[i]) if fold(p)]
        if len(pieces) >= 2 and len(SIGN_HERE.findall(doc.lines[i])) >= 2:
            # "Ověřovatelé zápisu: Marie Kratochvílová ……   Zdeněk Klímek ……": a signer
            # before each dotted line
            text = "; ".join(pieces)
        # "Pavel Doležal ………… dne …………": the date is to be written by hand
        text = rx.sub(r"(?i)[;\s]+(?:dne|datum)\s*:?$", "", text) if text != "dne" else text
        hit = signature_role(text)
        if not hit and not out and _DATE_LINE.match(text):
            block_date = _date(text, reference_year)
            place_m = _PLACE.search(" " + text)
            block_place = town(place_m["place"]) if place_m else None
            used.append(i)
            continue
        if hit:
            # "Zápis zpracovala: A, ověřil: B": two labels on one line
            for role, rest in _labelled_parts(*hit):
                found, named = _signatures_after_label(i, role, rest, people, reference_year)
                out.extend(found)
                listing = not named
            label = text[: text.rfind(hit[1])].strip(" :\t") if hit[1] else ""
            if (
                len(found) == 1
                and found[0].name
                and found[0].role == "approved_by"
                and is_role(label)
            ):
                # "Starosta: Mgr. Tomáš Hrdina": the label is the signer's function
                people.listed_roles.append((found[0].name, label[:1].lower() + label[1:]))
            used.append(i)
            continue
        if not out:
            continue
        last = out[-1]
        # "Ověřili: A, …" over an indented "B, …": one more signer under the same label
        indented_under = (
            doc.lines[i][:1].isspace() and last.loc is not None and last.loc.end_line == i
        )
        date = _date(text, reference_year) if (_DATE_LABEL.match(text) or len(text) < 40) else None
        dated_name = _name_part(text) if date else ""
        if (
            dated_name
            and rx.match(rf"[{UPPER}]", dated_name)
            and (last.name is None or listing or indented_under)
        ):
            # "Ing. Věra Trojanová ........ dne 5. 5. 2025" under "Ověřovatelé zápisu:"
            name, degrees = split_degrees(dated_name)
            if len(name.split()) <= 4 and all(w[:1].isupper() for w in name.split()):
                if last.name is None:
                    last.name, last.degrees, last.date = name, degrees, last.date or date
                else:
                    out.append(
                        Signature(role=last.role, name=name, degrees=degrees, date=date, loc=loc(i))
                    )
                people.add_name(i, dated_name)
                used.append(i)
                continue
        if date and last.date is None:
            place_m = _PLACE.search(" " + text)
            # "V Trnkové Stráni dne 16. 4. 2024" under the names: the place and date of
            # every signature above that has none; "Dne: 5. 5." dates the last one only
            dated = [s for s in out if s.date is None] if place_m else [last]
            for sig in dated:
                sig.date = date
                if place_m and sig.place is None:
                    sig.place = town(place_m["place"])
            used.append(i)
            continue
        role_label = _ROLE_LABEL.match(text)
        if role_label and is_role(role_label["role"]):  # "Starosta SDH: Bohumil Kratochvíl"
            name, degrees = split_degrees(role_label["name"])
            if name and all(w[:1].isupper() for w in name.split()):
                out.append(Signature(role="approved_by", name=name, degrees=degrees, loc=loc(i)))
                people.add_name(i, role_label["name"])
                used.append(i)
                continue
        signer, *more = rx.split(r",\s*(?=[a-zá-ž])", text, maxsplit=1)
        function = more[0] if more else ""
        name, degrees = split_degrees(signer)
        if name and len(name.split()) <= 4 and all(w[0].isupper() for w in name.split()):
            if last.name is None:
                last.name, last.degrees = name, degrees
            elif listing or indented_under:
                # "Ověřovatelé zápisu:" followed by one name per line
                out.append(Signature(role=last.role, name=name, degrees=degrees, loc=loc(i)))
            elif (role_below := _signer_role(doc, i, end)) or is_role(function):
                # "Mgr. Pavel Doležal" over "starosta" (or "starostka městské části": read
                # with the name); "Jan Kubíček, starosta obce ……"
                out.append(Signature(role="approved_by", name=name, degrees=degrees, loc=loc(i)))
                if role_below:
                    used.append(i + 1)
            else:
                continue
            people.add_name(i, text)
            used.append(i)
            continue
        if _PLACEHOLDER.search(text) or _SIGN_LABEL.match(text):
            used.append(i)
    for sig in out:
        if sig.date is None and block_date:
            sig.date = block_date
        if sig.place is None and block_place:
            sig.place = block_place
    return out, used


# Degrees before a name keep their dots inside the names ("určena Ing. Alžběta Machová.")
_DEGREES_LEAD = (
    "(?:(?:" + "|".join(re.escape(d) for d in rx.longest_first(lexicon.degrees()[0])) + r")\s+)*"
)
# "Zapisovatel zvolen optickou většinou Milan B.", "… byl jednomyslně zvolen …": how
_HOW_CHOSEN = (
    r"(?:(?:optickou|většinou|jednomyslně|hlasováním|aklamací|veřejným|hlasy|všemi)\s+){0,3}"
)
_PROSE_ROLES = (
    (
        "recorded_by",
        rx.compile(
            rf"(?i)\bzapisovatel(?:em|kou|ka)?\s+(?:zápisu\s+)?(?:byl[ao]?\s+)?"
            rf"(?:zvolen[ao]?|určen[ao]?|jmenován[ao]?|pověřen[ao]?)\s+{_HOW_CHOSEN}"
            rf"(?P<names>{_DEGREES_LEAD}[{UPPER}][^.;]*)"
            # "Zápisem zasedání byla pověřena Ing. Alžběta Machová."
            rf"|\bzápisem\s+(?:[^\W\d]+\s+){{0,3}}?(?:byl[ao]?\s+)?pověřen[ao]?\s+"
            rf"(?P<names2>{_DEGREES_LEAD}[{UPPER}][^.;]*)"
            # "20. 2. 2012 zapsala Jana Dvořáčková": a closing line
            rf"|(?<=\d\s)zapsal[a]?\s+(?P<names3>{_DEGREES_LEAD}[{UPPER}][^.;]*)"
        ),
    ),
    (
        "verified_by",
        rx.compile(
            # ("… schvaluje ověřovatele zápisu ve složení A, B")
            rf"(?i)\bověřovatel(?:em|kou|ka|i|é|e|ky)?\s+(?:zápisu\s+)?(?:byl[aoi]?\s+)?"
            rf"(?:zvolen[aiyo]?|určen[aiyo]?|jmenován[aiyo]?)?\s*{_HOW_CHOSEN}(?:ve\s+složení\s*:?\s*)?"
            rf"(?P<names>{_DEGREES_LEAD}[{UPPER}][^.;]*)"
        ),
    ),
)


# "Zápis byl vyhotoven dne: 23. 4. 2024", "Datum vyhotovení zápisu: …": when the
# minutes were written, the recorder's date
_WRITTEN_ON = rx.compile(
    lexicon.loose(
        r"(?i)^\W*(?:zápis\s+(?:byl\s+)?(?:vyhotoven|pořízen|sepsán|zpracován)\w*(?:\s+dne)?"
        r"|datum\s+vyhotovení(?:\s+zápisu)?)\s*:?\s*(?P<date>\d.{0,40})$"
    )
)


def written_on(text: str, reference_year: int | None) -> str | None:
    """The date of "Zápis byl vyhotoven dne 13. 9. 2024." (the recorder's), or None."""
    m = _WRITTEN_ON.match(text)
    return _date(m["date"], reference_year) if m else None


def prose_signatures(text: str) -> list[tuple[str, str]]:
    """``(role, name)`` from sentences like "Zapisovatelkou byla zvolena Hana Slámová,
    ověřovatelem zápisu Bohumil Navrátil"."""
    out: list[tuple[str, str]] = []
    for role, pattern in _PROSE_ROLES:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            names = groups["names"] or groups.get("names2") or groups.get("names3") or ""
            chunk = rx.split(r",\s*(?=[a-záčďéěíňóřšťúůýž])", names)[0]
            for part in rx.split(r"\s*,\s*|\s+a\s+", chunk):
                name, _ = split_degrees(part)
                words = name.split()
                if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
                    out.append((role, name))
    return out


def _signer_role(doc: Doc, i: int, end: int) -> bool:
    """Is the line under name line ``i`` a role that signs (approves) minutes?"""
    nxt = doc.content_lines(i + 1, end + 1)[:1]
    if not nxt or nxt[0] != i + 1:
        return False
    role = signature_role(fold(doc.lines[nxt[0]]))
    # "starosta", "starostka městské části": the function alone, its complement lower-case
    return bool(role and role[0] == "approved_by" and not role[1][:1].isupper())


def _merge_degrees(parts: list[str]) -> list[str]:
    """Re-attach degrees split off by commas ("Jana Abrlová", "DiS.")."""
    _before, after = lexicon.degrees()
    out: list[str] = []
    for p in parts:
        if out and p.strip() in after:
            out[-1] = f"{out[-1]}, {p.strip()}"
        else:
            out.append(p)
    return out


def _date(text: str, reference_year: int | None) -> str | None:
    dates = find_dates(text)
    if not dates:
        return None
    return resolve(dates, reference_year)[0]
