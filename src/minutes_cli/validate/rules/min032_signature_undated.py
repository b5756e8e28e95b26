"""A signature should carry its date ("Dne: 14. 3. 2024").

Why: the signature date shows when the minutes were finished, and lets
MIN031 check it against the meeting.

Fail:
    Závěry jednání
    Pan Novák zajistí sál.

    Zapsala: Eva Malá
Pass:
    Závěry jednání
    Pan Novák zajistí sál.

    Zapsala: Eva Malá
    Dne: 14. 3. 2024
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN032", "signature-undated", Severity.WARNING
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report signatures without a date."""
    for signature in doc.record.signatures:
        if signature.date:
            continue
        who = f" of {signature.name}" if signature.name else ""
        line = signature.loc.line if signature.loc else doc.last_content_line
        yield conf.at(signature.loc or line, f"signature{who} has no date", column=doc.column(line))
