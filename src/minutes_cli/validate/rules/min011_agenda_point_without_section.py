"""Every programme point should have its own section with text.

Why: a point announced in the programme but never written up leaves readers
unable to tell whether it was discussed, postponed or forgotten.

A point matches the section with the same number (or, unnumbered, the same
title); the diagnostic points at the programme point's line.

Fail:
    Program jednání:
    1. Zahájení
    2. Rozpočet na rok 2025

    1. Zahájení
    Předsedkyně zahájila jednání.
Pass:
    Program jednání:
    1. Zahájení
    2. Rozpočet na rok 2025

    1. Zahájení
    Předsedkyně zahájila jednání.
    2. Rozpočet na rok 2025
    Pokladník představil návrh rozpočtu.
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf
from minutes_cli.validate.rules._sections import is_empty, item_for

CODE, NAME, SEVERITY = "MIN011", "agenda-point-without-section", Severity.ERROR
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report programme points without a section, or whose section has no text."""
    items = doc.record.items
    for point in doc.record.agenda:
        item = item_for(point, items)
        label = f"{point.number}. {point.title}" if point.number else point.title
        if item is None:
            message = f"programme point '{label}' has no section"
        elif is_empty(item, doc.record):
            message = f"programme point '{label}' has a section without text"
        else:
            continue
        yield conf.at(point.loc, message, column=doc.column(point.loc.line))
