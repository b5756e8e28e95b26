"""Numbered resolutions should be numbered in sequence, without gaps or repeats.

Why: resolution numbers are cited later ("usnesení č. 12/2024"); a gap or a
repeated number means a resolution was lost, or two share one reference.
Numbers like "12/2024" are compared by their first number; a series may
start anywhere (councils number across meetings). Each numbering shape
("U-5/2023", "12/2024", "3") is a series of its own.

Fail:
    Usnesení
    Usnesení č. 1/2024: Výbor schvaluje program.
    Usnesení č. 3/2024: Výbor bere na vědomí zprávu.
Pass:
    Usnesení
    Usnesení č. 1/2024: Výbor schvaluje program.
    Usnesení č. 2/2024: Výbor bere na vědomí zprávu.
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli import rx
from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN021", "resolution-numbers-not-sequential", Severity.ERROR
ALIASES: tuple[str, ...] = ()

_FIRST_NUMBER = rx.compile(r"\d+")


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report a numbered conclusion that does not follow the one before it in its series."""
    # Each numbering shape ("U-#/#", "#/#", "#") is its own series: minutes often
    # mix resolutions "U-5/2023" with a closing "1)", "2)" list of tasks.
    previous: dict[str, tuple[int, str]] = {}
    for conclusion in doc.record.conclusions:
        if not conclusion.number:
            continue
        match = _FIRST_NUMBER.search(conclusion.number)
        if not match:
            continue
        shape = _FIRST_NUMBER.sub("#", conclusion.number)
        value = int(match.group())
        last = previous.get(shape)
        if last is not None and value != last[0] + 1:
            if value == last[0]:
                message = f"resolution number {conclusion.number} repeats the one before"
            else:
                message = (
                    f"resolution {conclusion.number} follows {last[1]}: "
                    f"expected number {last[0] + 1}"
                )
            yield conf.at(conclusion.loc, message, column=doc.column(conclusion.loc.line))
        previous[shape] = (value, conclusion.number)
