"""Minutes should carry the programme (agenda) of the meeting.

Why: the programme is what the meeting agreed to discuss; readers and the
next meeting check the minutes against it.

The diagnostic points at the first line of the document.

Fail:
    Datum: 12. března 2024
    Jednání zahájil předseda a poté se diskutovalo.
Pass:
    Datum: 12. března 2024
    Program jednání:
    1. Zahájení
    2. Rozpočet
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN010", "agenda-missing", Severity.ERROR
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report minutes without programme points when the profile asks for a programme."""
    severity = conf.level_severity(conf.profile.level("sections", "agenda"))
    if severity is None or doc.record.agenda:
        return
    line = doc.first_content_line
    yield conf.at(line, "programme (agenda) missing", column=doc.column(line), severity=severity)
