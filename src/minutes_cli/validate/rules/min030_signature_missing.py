"""Minutes must be signed by the roles the profile requires (who recorded them,
who verified them …).

Why: a signature says who answers for the record; unsigned or unverified
minutes are drafts.

Roles: recorded_by ("Zapsal(a)", "Zápis zpracoval(a)"), reviewed_by
("Zrevidoval(a)"), verified_by ("Ověřil(a)", "Ověřovatelé"), approved_by
("Schválil(a)", "Předsedající"). The diagnostic points at the first
signature present, or at the last line when there is none.

Fail:
    Závěry jednání
    Pan Novák zajistí sál na příští jednání.
Pass:
    Závěry jednání
    Pan Novák zajistí sál na příští jednání.
    Zapsala: Eva Malá
    Dne: 14. 3. 2024
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.profiles import ROLES
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN030", "signature-missing", Severity.ERROR
ALIASES: tuple[str, ...] = ()

ROLE_WORDS = {
    "recorded_by": "who recorded the minutes (Zapsal/a)",
    "reviewed_by": "who reviewed them (Zrevidoval/a)",
    "verified_by": "who verified them (Ověřil/a)",
    "approved_by": "who approved them (Schválil/a)",
}


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report each required or recommended signature role no signature has."""
    have = {s.role for s in doc.record.signatures}
    line = doc.first_signature_line or doc.last_content_line
    for role in ROLES:
        severity = conf.level_severity(conf.profile.level("signatures", role))
        if severity is None or role in have:
            continue
        yield conf.at(
            line,
            f"signature missing: {ROLE_WORDS[role]}",
            column=doc.column(line),
            severity=severity,
        )
