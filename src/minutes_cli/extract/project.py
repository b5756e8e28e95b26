"""Parser for documents of kind ``project``: a funded project's public card.

The card is mostly labelled values ("Registrační číslo projektu: …",
"Období realizace: …", several may share a line), a budget block (a total
and its parts with amounts and shares, as lines or as a table "Zdroj |
Částka | Podíl"), the goals under "Cíle projektu", key activities ("KA 01 –
title", "Klíčová aktivita 1") and contacts. The vocabulary is data
(``data/project.yaml``); degrees come from ``data/lexicon.yaml``.

Warnings: ``PRJ001`` no title found; ``PRJ002`` a budget part without an
amount; ``PRJ003`` the budget parts do not add up to the stated total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from minutes_cli import rx
from minutes_cli.data import load
from minutes_cli.extract.dates import find_dates, strip_accents
from minutes_cli.extract.entities import EMAIL, MONEY_SCALE, PERCENT, PHONE, REGISTRATION
from minutes_cli.models.record import RecordWarning
from minutes_cli.text.document import Doc, continues, fold, loc

_NUMBER = r"\d{1,3}(?:[  .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_LOWER = "a-záčďéěíňóřšťúůýž"
_NAME_WORD = rx.compile(rf"^[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?$")
_BULLET = rx.compile(r"^\s*(?:[-–•·*▪]|[a-z]\)|\d{1,2}[.)])\s+")
_MONTH_YEAR = rx.compile(r"(?<![\d.])(\d{1,2})\s*/\s*((?:19|20)\d\d)(?!\d)")


def _alt(words: list[str]) -> str:
    ordered = rx.longest_first(words)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True)
class _Vocab:
    label: re.Pattern[str]
    field_of: dict[str, str]
    sections: tuple[str, ...]
    key_activity: re.Pattern[str]
    budget_columns: dict[str, str]
    total_words: tuple[str, ...]
    organisation_words: tuple[str, ...]
    degrees: tuple[str, ...]
    money: re.Pattern[str]


@cache
def vocab() -> _Vocab:
    """The compiled vocabulary of ``data/project.yaml``."""
    data = load("project")
    field_of: dict[str, str] = {}
    for name, words in data["labels"].items():
        for word in words:
            field_of.setdefault(strip_accents(word), name)
    words = [w for ws in data["labels"].values() for w in ws]
    label = rx.compile(rf"(?:^|\t|\s{{2,}})\s*(?P<label>(?i:{_alt(words)}))\s*(?::|\t|$)")
    ka = _alt(data["key_activity_labels"])
    key_activity = rx.compile(
        rf"^\s*(?P<code>(?i:{ka})\s*\d{{1,2}})\b\.?\s*(?:[-–—:.)]\s*)?(?P<title>.*)$"
    )
    columns = {strip_accents(w): name for name, ws in data["budget_columns"].items() for w in ws}
    lexicon = load("lexicon")
    degrees = tuple(rx.longest_first(lexicon["degrees_before"] + lexicon["degrees_after"]))
    money = rx.compile(
        rf"(?<![\d,.])(?P<num>{_NUMBER})(?!\s*%)(?![\d])\s*"
        r"(?P<mult>mil\.|mil|tis\.|tis)?\s*(?P<cur>Kč|CZK|EUR|€|,-)?"
    )
    return _Vocab(
        label=label,
        field_of=field_of,
        sections=tuple(strip_accents(w) for w in data["section_headings"]),
        key_activity=key_activity,
        budget_columns=columns,
        total_words=tuple(strip_accents(w) for w in data["total_words"]),
        organisation_words=tuple(strip_accents(w) for w in data["organisation_words"]),
        degrees=degrees,
        money=money,
    )


# --- small readers -------------------------------------------------------------


def labels_in(text: str) -> list[tuple[str, str]]:
    """Labelled values of one line: several labels may share it.

    ``Projekt: X           Registrační číslo projektu: CZ…`` gives
    ``[("title", "X"), ("registration_number", "CZ…")]``.
    """
    v = vocab()
    hits = list(v.label.finditer(text))
    if not hits or (hits[0].start() > 0 and text[: hits[0].start()].strip()):
        return []
    out: list[tuple[str, str]] = []
    for k, m in enumerate(hits):
        end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
        name = v.field_of[strip_accents(fold(m["label"]))]
        out.append((name, fold(text[m.end() : end])))
    return out


def strip_attachment_label(text: str) -> str:
    """``Příloha č. 1: Akční plán …`` -> ``Akční plán …`` (an annex's label off its title)."""
    words = _alt(load("lexicon")["attachment_words"])
    return rx.sub(rf"^(?i:{words})\s*(?:(?i:č)\.\s*\d+)?\s*[:.–-]\s*", "", fold(text))


def is_section_heading(text: str) -> bool:
    """A line of its own naming a section of the card ("Harmonogram aktivit:")."""
    text = fold(text).rstrip(":").strip()
    if not text or len(text) > 80:
        return False
    key = strip_accents(text)
    return any(key == w or key.startswith(w + " ") for w in vocab().sections)


@dataclass
class Amount:
    value: float
    currency: str | None
    start: int
    end: int


_CURRENCY = {"Kč": "CZK", "CZK": "CZK", ",-": "CZK", "EUR": "EUR", "€": "EUR"}


def find_amount(text: str, *, bare: bool = True) -> Amount | None:
    """The first money amount: ``10 397 236,45 Kč``, ``12,5 mil. Kč``, ``1 200 000 EUR``.

    With ``bare`` a grouped or decimal number without currency counts too
    (``Celkové výdaje projektu: 13 549 536,00``); a percentage never does.
    """
    for m in vocab().money.finditer(text):
        num = m["num"]
        if not m["cur"] and not m["mult"] and not (bare and rx.search(r"[  .]\d{3}|,\d", num)):
            continue
        value = float(rx.sub(r"[  .](?=\d{3})", "", num).replace(",", "."))
        mult = (m["mult"] or "").rstrip(".")
        value *= MONEY_SCALE.get(mult, 1)
        return Amount(round(value, 2), _CURRENCY.get(m["cur"] or ""), m.start(), m.end())
    return None


def find_period(text: str) -> tuple[str | None, str | None]:
    """Start and end (ISO) of ``1. 11. 2022 – 31. 10. 2025`` or ``11/2022 – 10/2025``."""
    dates = [d for d in find_dates(text) if d.year]
    if dates:
        start = dates[0].iso()
        end = dates[1].iso() if len(dates) > 1 else None
        return start, end
    months = _MONTH_YEAR.findall(text)
    if months:
        import calendar

        m0, y0 = int(months[0][0]), int(months[0][1])
        start = f"{y0:04d}-{m0:02d}-01" if 1 <= m0 <= 12 else None
        end = None
        if len(months) > 1:
            m1, y1 = int(months[1][0]), int(months[1][1])
            if 1 <= m1 <= 12:
                end = f"{y1:04d}-{m1:02d}-{calendar.monthrange(y1, m1)[1]:02d}"
        return start, end
    return None, None


def split_degrees(text: str) -> tuple[str, list[str]]:
    """``Mgr. Lukáš Jirotka, Ph.D.`` -> (``Lukáš Jirotka``, [``Mgr.``, ``Ph.D.``])."""
    degrees: list[str] = []
    rest = fold(text).strip(" ,")
    changed = True
    while changed and rest:
        changed = False
        for d in vocab().degrees:
            if rest.startswith(d + " ") or rest == d:
                degrees.append(d)
                rest = rest[len(d) :].strip(" ,")
                changed = True
                break
            if rest.endswith((" " + d, "," + d)):
                degrees.append(d)
                rest = rest[: -len(d)].strip(" ,")
                changed = True
                break
    return rest, degrees


def looks_like_name(text: str) -> bool:
    """Two to four capitalised words: a person's name once degrees are off."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)


# --- sections ------------------------------------------------------------------


@dataclass
class _Contact:
    name: str = ""
    degrees: list[str] = field(default_factory=list)
    role: str | None = None
    organisation: str | None = None
    phones: list[str] = field(default_factory=list)
    email: str | None = None
    lines: list[int] = field(default_factory=list)


def _phones(value: str) -> list[str]:
    found = [m.group(0) for m in PHONE.finditer(value)]
    return found or ([fold(value)] if rx.search(r"\d{3}", value) else [])


def _is_organisation(text: str) -> bool:
    key = strip_accents(text)
    return any(key == w or key.startswith(w + " ") for w in vocab().organisation_words)


class _Parser:
    def __init__(self, doc: Doc, warnings: list[RecordWarning]) -> None:
        self.doc = doc
        self.warnings = warnings
        self.content = doc.content_lines()
        self.labels: dict[int, list[tuple[str, str]]] = {
            i: labels_in(doc.lines[i]) for i in self.content
        }
        self.result: dict[str, Any] = {
            "title": None,
            "registration_number": None,
            "programme": None,
            "period": {"start": None, "end": None},
            "budget": {"total": None, "currency": None, "parts": []},
            "goals": [],
            "key_activities": [],
            "contacts": [],
        }
        self.people: list[dict[str, Any]] = []

    def text(self, i: int) -> str:
        return fold(self.doc.lines[i])

    def is_boundary(self, i: int) -> bool:
        """Does line ``i`` open another section (so the current one ends)?"""
        text = self.doc.lines[i]
        return bool(
            is_section_heading(text)
            or vocab().key_activity.match(text)
            or any(name != "goals" or v for name, v in self.labels[i])
        )

    def run(self) -> dict[str, Any]:
        self.fields()
        self.budget()
        self.goals()
        self.key_activities()
        self.contacts()
        self.title()
        self.sections()
        return {"project": self.result, "people": self.people}

    def sections(self) -> None:
        """Other headed parts of the card ("Inovativnost projektu", "Harmonogram aktivit:").

        A heading is a short line without a final full stop; its section runs
        to the next heading. Lines before the first heading stay unassigned.
        """
        rest = [i for i in self.content if i not in self.doc.claimed]
        out: list[dict[str, Any]] = []
        for i in rest:
            text = self.text(i)
            heading = (
                len(text) <= 60
                and not text.endswith((".", ",", ";"))
                and text[:1].isupper()
                and not rx.match(r"[a-zA-Z]\)|\d+[.)]|[-•*]\s", text)
            )
            if heading:
                out.append({"title": text.rstrip(":"), "head": i, "lines": []})
            elif out:
                out[-1]["lines"].append(i)
        for section in out:
            lines = [section["head"], *section["lines"]]
            self.doc.claim(lines)
            self.result.setdefault("sections", []).append(
                {
                    "title": section["title"],
                    "text": self.doc.join(section["lines"]),
                    "loc": self.doc.span_loc(lines[0], lines[-1]),
                }
            )

    # labelled values
    def fields(self) -> None:
        r = self.result
        for i in self.content:
            for name, value in self.labels[i]:
                if name == "title" and value and r["title"] is None:
                    r["title"] = value.rstrip(".")
                elif name == "registration_number" and value:
                    m = REGISTRATION.search(value)
                    r["registration_number"] = r["registration_number"] or (
                        m.group(0) if m else value
                    )
                elif name == "programme" and value and r["programme"] is None:
                    r["programme"] = value.rstrip(".")
                elif name == "period" and value and r["period"]["start"] is None:
                    start, end = find_period(value)
                    r["period"] = {"start": start, "end": end}
                else:
                    continue
                self.doc.claim([i])
        if r["registration_number"] is None:
            for i in self.content:
                m = REGISTRATION.search(self.doc.lines[i])
                if m:
                    r["registration_number"] = m.group(0)
                    break
        if r["programme"] is None:
            names = _alt(load("project")["programmes"])
            pattern = rx.compile(
                rf"\b(?:[Ii]ntegrovaný regionální operační program|[Oo]perační program (?:{names}"
                rf"|[{_UPPER}]\w*(?: (?:[{_UPPER}]\w*|a|pro|plus))*))"
            )
            for i in self.content:
                m = pattern.search(self.doc.lines[i])
                if m:
                    r["programme"] = m.group(0)[0].upper() + m.group(0)[1:]
                    break
        if r["period"]["start"] is None:
            for i in self.content:
                m = rx.search(r"\bod\s+(.{6,24}?)\s+do\s+(.{6,24})", self.doc.lines[i])
                if m:
                    start, _ = find_period(m[1])
                    end, _ = find_period(m[2])
                    if start and end:
                        r["period"] = {"start": start, "end": end}
                        break

    # budget
    def budget(self) -> None:
        budget = self.result["budget"]
        currencies: list[str] = []
        start: int | None = None
        for i in self.content:
            for name, value in self.labels[i]:
                if name == "budget_total" and start is None:
                    start = i
                    amount = find_amount(value) if value else None
                    if amount:
                        budget["total"] = amount.value
                        if amount.currency:
                            currencies.append(amount.currency)
        if start is None:
            return
        self.doc.claim([start])
        columns: list[str | None] | None = None
        previous = start
        for i in (i for i in self.content if i > start):
            text = self.doc.lines[i]
            if i != previous + 1 and (budget["parts"] or columns is not None or len(text) > 80):
                break  # a blank line closes the block once it has begun
            header = self._budget_header(text)
            if header:
                columns = header
                currencies += [
                    c
                    for c in ("CZK", "EUR")
                    if c.lower() in text.lower() or (c == "CZK" and "kč" in text.lower())
                ]
                self.doc.claim([i])
                previous = i
                continue
            part = self._budget_line(text, columns)
            if part is None:
                break
            source, part_amount, share, currency = part
            if currency:
                currencies.append(currency)
            self.doc.claim([i])
            previous = i
            key = strip_accents(source)
            if any(w in key.split() or key.startswith(w) for w in vocab().total_words):
                if budget["total"] is None and part_amount is not None:
                    budget["total"] = part_amount
                continue
            if part_amount is None:
                self.warnings.append(
                    RecordWarning(
                        code="PRJ002",
                        message=f"budget part without an amount: {source}",
                        loc=loc(i),
                    )
                )
            budget["parts"].append(
                {"source": source, "amount": part_amount, "share_percent": share}
            )
        budget["currency"] = currencies[0] if currencies else None
        amounts = [p["amount"] for p in budget["parts"] if p["amount"] is not None]
        if budget["total"] is not None and amounts and abs(sum(amounts) - budget["total"]) > 1:
            self.warnings.append(
                RecordWarning(
                    code="PRJ003",
                    message=f"budget parts add up to {sum(amounts):.2f}, not the total "
                    f"{budget['total']:.2f}",
                    loc=loc(start),
                )
            )

    @staticmethod
    def _budget_header(text: str) -> list[str | None] | None:
        if "\t" not in text:
            return None
        cells = [strip_accents(fold(c)) for c in text.split("\t")]
        columns = [vocab().budget_columns.get(c) for c in cells]
        return columns if "source" in columns and "amount" in columns else None

    @staticmethod
    def _budget_line(
        text: str, columns: list[str | None] | None
    ) -> tuple[str, float | None, float | None, str | None] | None:
        if columns is not None and "\t" in text:
            cells = [c.strip() for c in text.split("\t")]
            got: dict[str, str] = {}
            for col, cell in zip(columns, cells, strict=False):
                if col and cell:
                    got[col] = cell
            if "source" not in got:
                return None
            amount = find_amount(got.get("amount", ""))
            share_m = PERCENT.search(got.get("share", "")) or rx.search(
                r"(\d+(?:,\d+)?)", got.get("share", "")
            )
            share = float(share_m.group(1).replace(" ", "").replace(",", ".")) if share_m else None
            return (
                got["source"].rstrip(":"),
                amount.value if amount else None,
                share,
                amount.currency if amount else None,
            )
        amount = find_amount(text)
        if amount is None:
            return None
        source = fold(text[: amount.start]).strip(" :–-\t")
        if not source:
            return None
        share_m = PERCENT.search(text, amount.end)
        share = float(share_m["num"].replace(" ", "").replace(",", ".")) if share_m else None
        return source, amount.value, share, amount.currency

    # goals
    def goals(self) -> None:
        start = next(
            (i for i in self.content if any(n == "goals" for n, _ in self.labels[i])), None
        )
        if start is None:
            return
        self.doc.claim([start])
        goals: list[str] = [v for n, v in self.labels[start] if n == "goals" and v]
        current: list[str] = []
        previous = start
        for i in self.content:
            if i <= start:
                continue
            if self.is_boundary(i):
                break
            text = self.text(i)
            bullet = _BULLET.match(text)
            if current and (bullet or (i != previous + 1 and not continues(current[-1], text))):
                goals.append(fold(" ".join(current)).rstrip(",;"))
                current = []
            current.append(text[bullet.end() :] if bullet else text)
            self.doc.claim([i])
            previous = i
        if current:
            goals.append(fold(" ".join(current)).rstrip(",;"))
        self.result["goals"] = goals

    # key activities
    def key_activities(self) -> None:
        pattern = vocab().key_activity
        starts = [i for i in self.content if pattern.match(self.doc.lines[i])]
        if not starts:
            return
        before = [i for i in self.content if i < starts[0]]
        if before and is_section_heading(self.doc.lines[before[-1]]):
            self.doc.claim([before[-1]])  # "Klíčové aktivity" / "O projektu" heading
        out: list[dict[str, Any]] = []
        for k, s in enumerate(starts):
            m = pattern.match(self.doc.lines[s])
            assert m is not None
            limit = starts[k + 1] if k + 1 < len(starts) else len(self.doc)
            body: list[int] = []
            for i in self.content:
                if s < i < limit:
                    if is_section_heading(self.doc.lines[i]) or any(
                        n in ("contacts", "goals", "budget_total") for n, _ in self.labels[i]
                    ):
                        break
                    body.append(i)
            title = fold(m["title"]).rstrip(".")
            if not title and body:
                title = self.text(body.pop(0))
            self.doc.claim([s, *body])
            out.append({"code": fold(m["code"]), "title": title, "text": self.doc.join(body)})
        self.result["key_activities"] = out

    # contacts
    def contacts(self) -> None:
        starts = [i for i in self.content if any(n == "contacts" for n, _ in self.labels[i])]
        if not starts:
            return
        contacts: list[_Contact] = []
        current = _Contact()
        start = starts[0]
        pieces: list[tuple[int, str]] = [
            (start, v) for n, v in self.labels[start] if n == "contacts" and v
        ]
        self.doc.claim([start])
        for i in self.content:
            if i <= start:
                continue
            text = self.text(i)
            if is_section_heading(text) and not any(n == "contacts" for n, _ in self.labels[i]):
                break
            if len(text) > 160 or vocab().key_activity.match(text):
                break
            pieces.append((i, text))
        for i, text in pieces:
            for piece in self._contact_pieces(text):
                current = self._contact_piece(i, piece, current, contacts)
        if current.name or current.phones or current.email:
            contacts.append(current)
        out: list[dict[str, Any]] = []
        for c in contacts:
            if not c.name:
                c.name = c.organisation or c.role or c.email or ""
            if not c.name:
                continue
            self.doc.claim(c.lines)
            out.append(
                {
                    "name": c.name,
                    "degrees": c.degrees,
                    "role": c.role,
                    "organisation": c.organisation,
                    "phones": c.phones,
                    "email": c.email,
                }
            )
            self.people.append(
                {
                    "name": c.name,
                    "degrees": c.degrees,
                    "roles": [c.role] if c.role else [],
                    "organisation": c.organisation,
                    "email": c.email,
                    "phone": c.phones[0] if c.phones else None,
                    "mentions": [{"text": c.name, "loc": loc(c.lines[0]).model_dump()}]
                    if c.lines
                    else [],
                }
            )
        self.result["contacts"] = out

    @staticmethod
    def _contact_pieces(text: str) -> list[str]:
        # "Mgr. Jan Novák, Ph.D., vedoucí odboru, tel.: 777 …" -> pieces; phone
        # and e-mail labels start a piece of their own even without a comma.
        text = rx.sub(r"\s+(?=(?i:tel\.|telefon|gsm|mobil|mob\.|e-mail|email)\s*:)", ", ", text)
        return [p.strip() for p in text.split(",") if p.strip()]

    def _contact_piece(
        self, i: int, piece: str, current: _Contact, done: list[_Contact]
    ) -> _Contact:
        labelled = labels_in(piece)
        name, value = labelled[0] if labelled else ("", piece)
        if name == "phone" or (not labelled and PHONE.fullmatch(piece.strip())):
            current.phones.extend(_phones(value))
        elif name == "email" or EMAIL.fullmatch(piece.strip()):
            m = EMAIL.search(value)
            current.email = m.group(0) if m else value
        elif name in ("contacts",):
            if value:
                return self._contact_piece(i, value, current, done)
            return current
        else:
            bare, degrees = split_degrees(piece)
            if not bare and degrees:
                current.degrees.extend(degrees)
            elif looks_like_name(bare) and (
                degrees or not current.name or (bool(current.lines) and i > current.lines[-1] + 1)
            ):
                # A name with degrees, or one opening a new paragraph, starts a contact.
                if current.name:
                    done.append(current)
                    current = _Contact()
                current.name, current.degrees = bare, degrees
            elif current.role is None and not _is_organisation(piece):
                current.role = fold(piece)
            elif current.organisation is None:
                current.organisation = fold(piece)
            else:
                current.organisation = f"{current.organisation}, {fold(piece)}"
        current.lines.append(i)
        return current

    # title
    def title(self) -> None:
        content = [i for i in self.content if i not in self.doc.claimed]
        first = content[0] if content else None
        r = self.result
        if first is not None and not self.labels[first]:
            text = strip_attachment_label(self.text(first)).rstrip(".")
            words = load("project")["title_words"]
            text = rx.sub(rf"^(?i:{_alt(words)})\s*[:–-]?\s*", "", text)
            if not text and len(content) > 1:
                # "Příloha č. 1: Karta projektu" over the project's own heading.
                self.doc.claim([first])
                first = content[1]
                text = self.text(first).rstrip(".")
            if r["title"] is None and len(text) < 200 and not text.endswith(":"):
                r["title"] = text
                self.doc.claim([first])
                following = next((i for i in content if i > first), None)
                if following is not None and self.text(following).rstrip(".") == text:
                    self.doc.claim([following])  # the page heading repeats the title
            elif r["title"] is not None and strip_accents(text) == strip_accents(r["title"]):
                self.doc.claim([first])  # the page heading repeats the labelled title
        if r["title"] is None:
            self.warnings.append(RecordWarning(code="PRJ001", message="no project title found"))


def parse(doc: Doc, warnings: list[RecordWarning]) -> dict[str, Any]:
    """Fields of a project record; claims the lines it uses in ``doc``."""
    return _Parser(doc, warnings).run()
