"""Minutes should record the course of the meeting: sections per point.

Why: a programme followed by nothing says what was planned, not what
happened.

Fail:
    Program jednání:
    1. Zahájení
    2. Rozpočet
    Zapsala: Eva Malá
Pass:
    Program jednání:
    1. Zahájení
    Předseda zahájil jednání.
    2. Rozpočet
    Rozpočet byl projednán.
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN013", "items-missing", Severity.ERROR
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report minutes without any section when the profile asks for them."""
    severity = conf.level_severity(conf.profile.level("sections", "items"))
    if severity is None or doc.record.items:
        return
    agenda = doc.record.agenda
    line = agenda[-1].loc.end_line if agenda else doc.first_content_line
    yield conf.at(
        line,
        "no sections: the course of the meeting is not recorded",
        column=doc.column(line),
        severity=severity,
    )
