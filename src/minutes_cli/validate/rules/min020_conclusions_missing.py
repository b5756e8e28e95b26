"""Minutes should end with their conclusions ("Závěry jednání", "Usnesení", "Úkoly").

Why: the conclusions are what the meeting decided and who does what next;
they are what readers look for first.

The diagnostic points where the conclusions belong: at the first
signature, or at the last line when there is none.

Fail:
    4. Různé
    Jednání bylo ukončeno v 11:00.
    Zapsala: Eva Malá
Pass:
    4. Různé
    Jednání bylo ukončeno v 11:00.
    Závěry jednání
    Pan Novák zajistí sál na příští jednání.
    Zapsala: Eva Malá
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN020", "conclusions-missing", Severity.ERROR
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report minutes without conclusions when the profile asks for them."""
    severity = conf.level_severity(conf.profile.level("sections", "conclusions"))
    if severity is None or doc.record.conclusions:
        return
    line = doc.first_signature_line or doc.last_content_line
    yield conf.at(
        line,
        "conclusions missing (Závěry jednání / Usnesení / Úkoly)",
        column=doc.column(line),
        severity=severity,
    )
