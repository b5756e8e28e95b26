"""Minutes should say where the meeting took place.

Why: the place identifies the meeting together with the date and is part of
every minutes template ("Místo:", "Místo konání:").

Fail:
    Předmět: Komise pro bezpečnost
    Datum: 12. března 2024
Pass:
    Předmět: Komise pro bezpečnost
    Datum: 12. března 2024
    Místo: zasedací místnost radnice
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf
from minutes_cli.validate.rules._header import missing_header

CODE, NAME, SEVERITY = "MIN002", "meeting-place-missing", Severity.ERROR
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report minutes whose record has no meeting location."""
    yield from missing_header(
        doc, conf, "place", bool(doc.record.meeting.location), "meeting place"
    )
