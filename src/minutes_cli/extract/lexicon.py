"""Compiled views of ``data/lexicon.yaml``: label matchers, degree lists, markers."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from minutes_cli.data import load
from minutes_cli.extract.dates import strip_accents

UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽÄÖÜ"
LOWER = "a-záčďéěíňóřšťúůýžäöüľĺŕô"


def lex() -> dict[str, Any]:
    return load("lexicon")  # type: ignore[no-any-return]


def key(text: str) -> str:
    """Matching key of a label: accents and case folded, inner spaces single."""
    return re.sub(r"\s+", " ", strip_accents(text)).strip(" :.-–*#\t")


@cache
def header_labels() -> dict[str, str]:
    """Label key -> header field."""
    out: dict[str, str] = {}
    for field, labels in lex()["header_labels"].items():
        for label in labels:
            out.setdefault(key(label), field)
    return out


@cache
def agenda_headings() -> frozenset[str]:
    return frozenset(key(h) for h in lex()["agenda_headings"])


@cache
def conclusion_headings() -> dict[str, str]:
    return {key(h): kind for h, kind in lex()["conclusion_headings"].items()}


@cache
def signature_labels() -> list[tuple[str, str]]:
    """(label key, role), longest label first so "zápis zpracovala" beats "zápis"."""
    pairs = [(key(lbl), role) for role, lbls in lex()["signature_labels"].items() for lbl in lbls]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


@cache
def degrees() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(lex()["degrees_before"]), frozenset(lex()["degrees_after"])


@cache
def degree_regex() -> re.Pattern[str]:
    before, after = degrees()
    alts = sorted(before | after, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(d) for d in alts) + r")(?![\w])")


@cache
def redaction_regex() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lex()["redaction_markers"]))


@cache
def courtesy() -> frozenset[str]:
    return frozenset(w.casefold() for w in lex()["courtesy"])


@cache
def commitment_regex() -> re.Pattern[str]:
    verbs = sorted(lex()["commitment_verbs"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in verbs) + r")(?!\w)", re.I)


@cache
def report_verbs() -> frozenset[str]:
    return frozenset(lex()["report_verbs"])


@cache
def event_regex() -> re.Pattern[str]:
    words = sorted(lex()["event_words"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")", re.I)


@cache
def given_names() -> frozenset[str]:
    names = load("given_names")
    return frozenset(n for group in names.values() for n in group)


@cache
def place_rules() -> list[tuple[str, str]]:
    return [(a, b) for a, b in lex()["locative_to_nominative"]]
