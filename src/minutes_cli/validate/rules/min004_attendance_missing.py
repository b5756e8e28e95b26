"""Minutes should record attendance: names present, or a note ("Dle listiny přítomných").

Why: decisions are valid only with a quorum, and readers need to know who
heard what was agreed.

Fail:
    Datum: 12. března 2024
    Místo: radnice
Pass:
    Datum: 12. března 2024
    Místo: radnice
    Přítomni: Jan Novák, Eva Malá, Petr Dlouhý
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf
from minutes_cli.validate.rules._header import missing_header

CODE, NAME, SEVERITY = "MIN004", "attendance-missing", Severity.ERROR
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report minutes with neither attendance names nor an attendance note."""
    att = doc.record.meeting.attendance
    present = bool(att.note or att.present or att.excused or att.guests)
    yield from missing_header(doc, conf, "attendance", present, "attendance")
