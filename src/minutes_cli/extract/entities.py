"""Typed entities found anywhere: dates, times, money, percentages, contacts,
URLs, registration numbers and abbreviations (each with its line)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from minutes_cli import rx
from minutes_cli.extract import lexicon
from minutes_cli.extract.dates import find_dates, find_times
from minutes_cli.models.record import Entity
from minutes_cli.text.document import Doc, loc

EMAIL = rx.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = rx.compile(r"\b(?:https?://|www\.)[^\s<>()\"]+[^\s<>()\".,;:!?]")
PHONE = rx.compile(
    r"(?=[+\d])(?:(?<![\d/])(?:\+|00)\d{3}(?:[ ]?\d{3}){3}(?!\d)"
    r"|(?<![\d/+])\d{3} \d{3} \d{3}(?![\d ]?\d)|(?<![\d/+])\d{9}(?!\d))"
)
# Czech number: groups of three separated by spaces (or dots), optional ,dd decimals.
NUMBER = r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
MONEY = rx.compile(
    lexicon.loose(rf"(?P<num>{NUMBER})\s*(?:,-\s*)?(?P<cur>Kč|CZK|EUR|€|mil\. Kč|tis\. Kč)(?!\w)")
)
PERCENT = rx.compile(rf"(?P<num>{NUMBER})\s*%")
REGISTRATION = rx.compile(
    lexicon.loose(
        r"\bCZ\.\d{2}\.\d{1,2}\.\d{2,3}/\d{2}/\d{2}_\d{3}/\d{7}\b"
        r"|(?<=IČO:\s)\d{8}\b|(?<=IČ:\s)\d{8}\b|(?<=IČO\s)\d{8}\b"  # company ID (IČO)
    )
)
ABBREVIATION = rx.compile(r"(?<![\w.])[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,6}(?![\w.])")
# "Úřad práce (ÚP)": the abbreviation in brackets, then up to six words before it
# (found in that order: scanning every word for a long form is slow).
ABBR_IN_BRACKETS = rx.compile(r"\((?P<abbr>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,8})\)")
LONG_FORM = rx.compile(r"(?P<long>(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]?[\wáčďéěíňóřšťúůýž-]+ ){1,6})$")


_DIGIT = rx.compile(r"\d")
# "2 mil. Kč", "350 tis. Kč": the value is the amount in crowns
MONEY_SCALE = {"mil": 1_000_000, "tis": 1_000}


def czech_number(text: str) -> float:
    """``13 549 536,00`` -> 13549536.0."""
    return float(rx.sub(r"[ .](?=\d{3}\b)", "", text).replace(" ", "").replace(",", "."))


class Hit(NamedTuple):
    type: str
    start: int
    end: int
    text: str
    value: str | float | int | None


def scan_line(text: str, reference_year: int | None = None) -> Iterator[Hit]:
    """Entities in one line of text."""
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def take(hit: Hit) -> Hit:
        taken.append((hit.start, hit.end))
        return hit

    # Cheap substring tests first: most lines hold no entity at all.
    if "@" in text:
        for m in EMAIL.finditer(text):
            yield take(Hit("email", m.start(), m.end(), m.group(0), m.group(0)))
    if "www." in text or "http" in text:
        for m in URL.finditer(text):
            if free(m.start(), m.end()):
                yield take(Hit("url", m.start(), m.end(), m.group(0), m.group(0)))
    if not _DIGIT.search(text):
        return
    if "CZ." in text or "IČ" in text or "IC" in text:
        for m in REGISTRATION.finditer(text):
            yield take(Hit("registration_number", m.start(), m.end(), m.group(0), m.group(0)))
    for m in PHONE.finditer(text):
        if free(m.start(), m.end()):
            yield take(Hit("phone", m.start(), m.end(), m.group(0), m.group(0)))
    if "Kč" in text or "Kc" in text or "CZK" in text or "EUR" in text or "€" in text:
        for m in MONEY.finditer(text):
            if free(m.start(), m.end()):
                amount = czech_number(m["num"]) * MONEY_SCALE.get(m["cur"][:3].casefold(), 1)
                yield take(Hit("money", m.start(), m.end(), m.group(0), amount))
    if "%" in text:
        for m in PERCENT.finditer(text):
            if free(m.start(), m.end()):
                yield take(Hit("percent", m.start(), m.end(), m.group(0), czech_number(m["num"])))
    dates = find_dates(text)
    for d in dates:
        if free(d.start, d.end):
            yield take(Hit("date", d.start, d.end, d.text, d.iso(reference_year)))
    for t in find_times(text, dates):
        if free(t.start, t.end):
            yield take(Hit("time", t.start, t.end, t.text, t.value))


def extract(doc: Doc, reference_year: int | None = None) -> list[Entity]:
    """Entities of every content line, plus each abbreviation once (first use)."""
    out: list[Entity] = []
    abbreviations: dict[str, tuple[int, str | None]] = {}
    for i in doc.content_lines():
        text = doc.lines[i]
        for hit in sorted(scan_line(text, reference_year), key=lambda h: h.start):
            out.append(
                Entity.model_construct(type=hit.type, text=hit.text, value=hit.value, loc=loc(i))
            )
        if "(" in text:
            for m in ABBR_IN_BRACKETS.finditer(text):
                long_form = LONG_FORM.search(text, max(0, m.start() - 200), m.start())
                if long_form:
                    abbreviations.setdefault(m["abbr"], (i, long_form["long"].strip()))
        for m in ABBREVIATION.finditer(text):
            word = m.group(0)
            if word.isupper() and len(text.strip()) > len(word) + 2 and not text.isupper():
                abbreviations.setdefault(word, (i, None))
    for abbr, (i, long) in abbreviations.items():
        out.append(Entity.model_construct(type="abbreviation", text=abbr, value=long, loc=loc(i)))
    return out
