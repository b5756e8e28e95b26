"""Minutes should name who met: the body (committee, working group, board).

Why: without the body a record cannot be filed with the right group's
minutes, and the series of meetings cannot be followed.

Fail:
    Zápis
    Datum: 12. března 2024
Pass:
    Předmět: Pracovní skupina Bezpečnost
    Datum: 12. března 2024
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf
from minutes_cli.validate.rules._header import missing_header

CODE, NAME, SEVERITY = "MIN003", "body-missing", Severity.ERROR
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report minutes whose record names no body."""
    yield from missing_header(doc, conf, "body", bool(doc.record.meeting.body), "body")
