"""Every line of the minutes should belong to some part of the record.

Why: a line no part took is text the record silently lacks: often a
heading the template family labels differently, or a misplaced paragraph.

Fail:
    Datum: 12. března 2024
    ~~~ poznámka na okraji ~~~
Pass:
    Datum: 12. března 2024
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN050", "unassigned-lines", Severity.WARNING
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report each line the record lists as unassigned."""
    for entry in doc.record.unassigned:
        text = entry.text if len(entry.text) <= 60 else entry.text[:57] + "…"
        yield conf.at(
            entry.loc, f"line not part of any section: {text}", column=doc.column(entry.loc.line)
        )
