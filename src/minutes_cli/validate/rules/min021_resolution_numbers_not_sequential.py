"""Numbered resolutions should be numbered in sequence, without gaps or repeats.

Why: resolution numbers are cited later ("usnesení č. 12/2024"); a gap or a
repeated number means a resolution was lost, or two share one reference.
Numbers like "12/2024" are compared by their first number; a series may
start anywhere (councils number across meetings).

Fail:
    Usnesení č. 1/2024: Výbor schvaluje program.
    Usnesení č. 3/2024: Výbor bere na vědomí zprávu.
Pass:
    Usnesení č. 1/2024: Výbor schvaluje program.
    Usnesení č. 2/2024: Výbor bere na vědomí zprávu.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN021", "resolution-numbers-not-sequential", Severity.ERROR
ALIASES: tuple[str, ...] = ()

_FIRST_NUMBER = re.compile(r"\d+")


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report a numbered conclusion that does not follow the one before it."""
    previous: tuple[int, str] | None = None
    for conclusion in doc.record.conclusions:
        if not conclusion.number:
            continue
        match = _FIRST_NUMBER.search(conclusion.number)
        if not match:
            continue
        value = int(match.group())
        if previous is not None and value != previous[0] + 1:
            if value == previous[0]:
                message = f"resolution number {conclusion.number} repeats the one before"
            else:
                message = (
                    f"resolution {conclusion.number} follows {previous[1]}: "
                    f"expected number {previous[0] + 1}"
                )
            yield conf.at(conclusion.loc, message, column=doc.column(conclusion.loc.line))
        previous = (value, conclusion.number)
