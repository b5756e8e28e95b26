"""A signature cannot be dated before the meeting it records.

Why: minutes signed before the meeting was held were copied from another
meeting's minutes, or carry a wrong date (often the year).

Fail:
    Datum: 12. března 2024
    Zapsala: Eva Malá
    Dne: 2. 3. 2024
Pass:
    Datum: 12. března 2024
    Zapsala: Eva Malá
    Dne: 14. 3. 2024
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN031", "signature-before-meeting", Severity.ERROR
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report signatures dated earlier than the meeting (ISO dates compare as text)."""
    meeting = doc.record.meeting.date
    if not meeting:
        return
    for signature in doc.record.signatures:
        if signature.date and signature.date < meeting:
            who = f" ({signature.name})" if signature.name else ""
            line = signature.loc.line if signature.loc else doc.last_content_line
            yield conf.at(
                signature.loc or line,
                f"signature{who} dated {signature.date}, before the meeting on {meeting}",
                column=doc.column(line),
            )
