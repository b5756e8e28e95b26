"""Every action item should say who does it.

Why: a task nobody owns is not done; checking the next meeting's
"kontrola úkolů" needs a name.

Fail:
    Úkoly
    Zajistit sál na příští jednání.
Pass:
    Úkoly
    Pan Novák zajistí sál na příští jednání.
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN040", "action-item-without-owner", Severity.WARNING
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report action items whose ``who`` is unknown."""
    for action in doc.record.action_items:
        if action.who:
            continue
        what = action.what if len(action.what) <= 60 else action.what[:57] + "…"
        yield conf.at(
            action.loc, f"action item without an owner: {what}", column=doc.column(action.loc.line)
        )
