"""Blank templates: which labelled parts they hold, and profiles derived from them.

A blank template is minutes without values: labels followed by placeholders
("Datum: …", "[datum]", "____", "……", "{{ datum }}", docxtpl's
"{%p for … %}"). Everything here works on label text, never on values.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from minutes_cli import rx
from minutes_cli.validate.profiles import (
    HEADER_FIELDS,
    ROLES,
    SECTIONS,
    Profile,
    match_label,
)

_PLACEHOLDER = rx.compile(
    r"^\s*(?:\[[^\]]*\]|\{\{.*?\}\}|\{%.*?%\}|<[^>]+>|xx+|\(\s*\))\s*$", re.IGNORECASE
)
_BLANK_CHARS = frozenset(".…_-–— \t")


# How many lines after a signature label a date label still belongs to it.
_SIGNATURE_DATE_WINDOW = 4


def is_placeholder(text: str) -> bool:
    """Is ``text`` a blank to fill in rather than a value ("……", "[datum]", "{{ x }}")?"""
    stripped = text.strip()
    if not stripped or _PLACEHOLDER.match(stripped):
        return True
    # Dotted or underlined blanks: "……", ".....", "____" (one "…" alone may be an ellipsis too).
    return set(stripped) <= _BLANK_CHARS and ("…" in stripped or len(stripped) >= 3)


class Found(NamedTuple):
    """Where a template holds an element: 1-based line, column, and its label as written."""

    element: str
    line: int
    column: int
    label: str


def _search(lines: tuple[str, ...], labels: list[str], start: int, end: int) -> Found | None:
    for number in range(start, end + 1):
        hit = match_label(lines[number - 1], labels)
        if hit:
            return Found("", number, hit[0] + 1, hit[1])
    return None


def find_elements(lines: tuple[str, ...], profile: Profile) -> dict[str, Found]:
    """Find every element the profile has labels for; header fields only in the head.

    The head ends at the first section or signature label: a "Dne:" next to a
    signature is the signature's date, not the meeting's.
    """
    found: dict[str, Found] = {}
    last = len(lines)
    for element in (*SECTIONS, *ROLES):
        hit = _search(lines, profile.labels_for(element), 1, last)
        if hit:
            found[element] = Found(element, hit.line, hit.column, hit.label)
    head_end = min((f.line - 1 for f in found.values()), default=last)
    for element in HEADER_FIELDS:
        hit = _search(lines, profile.labels_for(element), 1, head_end)
        if hit:
            found[element] = Found(element, hit.line, hit.column, hit.label)
    return found


def signature_dated(lines: tuple[str, ...], profile: Profile, found: dict[str, Found]) -> bool:
    """Does a date label follow (within a few lines) every signature label found?"""
    signatures = [f for name, f in found.items() if name in ROLES]
    if not signatures:
        return False
    labels = profile.labels_for("date")
    for sig in signatures:
        rest = lines[sig.line - 1]
        tail = rest[sig.column - 1 + len(sig.label) :]
        window = [tail, *lines[sig.line : sig.line + _SIGNATURE_DATE_WINDOW]]
        if not any(match_label(text, labels) or " dne " in f" {text.lower()} " for text in window):
            return False
    return True


def derive_profile(lines: tuple[str, ...], name: str, base: Profile) -> dict[str, Any]:
    """A profile (as a YAML-ready mapping) from a blank template's lines.

    It extends ``base`` (keeping its recommendations), requires every
    element whose label the template holds, keeps the labels as the template
    writes them, and orders the parts as the template does.
    """
    found = find_elements(lines, base)
    header = [f for f in HEADER_FIELDS if f in found]
    sections = [s for s in SECTIONS if s in found]
    roles = [r for r in ROLES if r in found]
    starts: dict[str, int] = {}
    if header:
        starts["header"] = min(found[f].line for f in header)
    for section in sections:
        starts[section] = found[section].line
    if roles:
        starts["signatures"] = min(found[r].line for r in roles)
    order = sorted(
        starts, key=lambda k: (starts[k], list(Profile.model_fields["order"].default).index(k))
    )
    if "items" not in order and "agenda" in order:
        # Numbered programme points expand into sections right after the programme.
        order.insert(order.index("agenda") + 1, "items")
    labels: dict[str, list[str]] = {}
    for element, where in found.items():
        labels.setdefault(element, []).append(where.label)
    return {
        "name": name,
        "description": "Derived from a blank template by `minutes profile from-template`.",
        "extends": base.name,
        "require": {"header": header, "sections": sections, "signatures": roles},
        "order": order,
        "limits": {"signatures_dated": signature_dated(lines, base, found)},
        "labels": {k: labels[k] for k in (*HEADER_FIELDS, *SECTIONS, *ROLES) if k in labels},
    }
