"""A section of the minutes should have text under its heading.

Why: an empty section is usually a copy-paste leftover or text lost in
conversion. Sections that stand for a programme point are reported by
MIN011 instead, so each problem is reported once.

Fail:
    1. Zahájení

    2. Různé

    Nikdo nic nevznesl.
Pass:
    1. Zahájení

    Předseda zahájil jednání v 16:00.

    2. Různé

    Nikdo nic nevznesl.
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf
from minutes_cli.validate.rules._sections import is_empty, item_for

CODE, NAME, SEVERITY = "MIN012", "item-empty", Severity.ERROR
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report empty sections that no programme point stands for."""
    covered = {
        id(item)
        for point in doc.record.agenda
        if (item := item_for(point, doc.record.items)) is not None
    }
    for item in doc.record.items:
        if id(item) in covered or not is_empty(item, doc.record):
            continue
        label = f"{item.number}. {item.title}" if item.number else item.title
        yield conf.at(item.loc, f"section '{label}' has no text", column=doc.column(item.loc.line))
