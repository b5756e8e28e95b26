"""Minutes must state the meeting date.

Why: undated minutes cannot be filed, ordered or deduplicated, and later
dates (deadlines, signatures) cannot be checked against the meeting.

A date found only in the signature line ("V Brně dne 3. 2. 2025", parser
warning MIN110) does not count: that is when the minutes were signed. Nor
does a date in the file's name (MIN111): the text must carry it.

The diagnostic points at an empty date label ("Datum:") when there is one,
else at the first line of the document.

Fail:
    Předmět: Pracovní skupina Prevence kriminality
    Místo: zasedací místnost
Pass:
    Předmět: Pracovní skupina Prevence kriminality
    Datum: 12. března 2024
    Místo: zasedací místnost
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf
from minutes_cli.validate.rules._header import missing_header

CODE, NAME, SEVERITY = "MIN001", "meeting-date-missing", Severity.ERROR
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report minutes whose header states no meeting date."""
    inferred = any(w.code in ("MIN110", "MIN111") for w in doc.record.warnings)
    stated = doc.record.meeting.date is not None and not inferred
    yield from missing_header(doc, conf, "date", stated, "meeting date")
