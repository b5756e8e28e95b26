"""The parts of the minutes should come in the profile's order
(by default: header, programme, sections, conclusions, signatures).

The signature block is placed by its last signature, and a recorder or
verifier named in the header, above the programme ("Zapisovatel: …"), is
not a signature block at all.

Why: readers and archive tools expect the conclusions after the discussion
and the signatures last; parts out of order are often pasted from another
document.

Fail:
    Závěry jednání
    Pan Novák zajistí sál.

    Program jednání:
    1. Zahájení
    2. Různé
Pass:
    Program jednání:
    1. Zahájení
    2. Různé

    Závěry jednání
    Pan Novák zajistí sál.
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN060", "section-order", Severity.WARNING
ALIASES: tuple[str, ...] = ()

_NAMES = {
    "agenda": "programme",
    "items": "sections",
    "conclusions": "conclusions",
    "signatures": "signatures",
}


def _starts(doc: ParsedMinutes) -> dict[str, int]:
    record = doc.record
    found = {
        "agenda": [p.loc.line for p in record.agenda],
        "items": [i.loc.line for i in record.items],
        "conclusions": [c.loc.line for c in record.conclusions],
    }
    starts = {name: min(lines) for name, lines in found.items() if lines}
    # The header often names the recorder ("Zapisovatel: …") or the verifiers: such
    # mentions, above the programme, are not the signature block, which is placed
    # by its last signature.
    body = min((starts[k] for k in ("agenda", "items") if k in starts), default=0)
    signed = [s.loc.line for s in record.signatures if s.loc and s.loc.line > body]
    if signed:
        starts["signatures"] = max(signed)
    return starts


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report the first part that starts before a part the profile puts ahead of it."""
    starts = _starts(doc)
    # The header has no place in the record; its order is a template matter.
    order = [name for name in conf.profile.order if name in starts]
    latest: tuple[str, int] | None = None
    for name in order:
        line = starts[name]
        if latest is not None and line < latest[1]:
            yield conf.at(
                line,
                f"{_NAMES[name]} (line {line}) come before the {_NAMES[latest[0]]} "
                f"(line {latest[1]})",
                column=doc.column(line),
            )
            return
        latest = (name, line)
