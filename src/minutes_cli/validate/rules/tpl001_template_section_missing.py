"""A blank template must hold every part its profile requires, by label.

Why: minutes written from a template that lacks "Závěry jednání" or
"Zapsal(a)" will lack them too; checking the template once is cheaper than
failing every set of minutes written from it. Only labels are checked
("Datum:", "Program jednání", "Zapsal(a):"), never values or placeholders.
Sections with no label of their own (the course of the meeting under
numbered programme points) are not checked. Run with ``--template``.

Fail:
    Předmět: ……
    Datum: ……          Místo: ……
    Přítomní: ……
    Program jednání:
    1. [bod]
    Zapsal(a): ……
Pass:
    Předmět: ……
    Datum: ……          Místo: ……
    Přítomní: ……
    Program jednání:
    1. [bod]
    Závěry jednání
    ……
    Zapsal(a): ……
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.profiles import HEADER_FIELDS
from minutes_cli.validate.rules import ParsedMinutes, RuleConf
from minutes_cli.validate.template import find_elements

CODE, NAME, SEVERITY = "TPL001", "template-section-missing", Severity.ERROR
ALIASES: tuple[str, ...] = ()

_GROUPS = (
    ("header", ("date", "place", "body", "attendance")),
    ("sections", ("agenda", "conclusions")),
    ("signatures", ("recorded_by", "reviewed_by", "verified_by", "approved_by")),
)


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report each required (or recommended) labelled part the template lacks."""
    profile = conf.profile
    found = find_elements(doc.lines, profile)
    for group, elements in _GROUPS:
        for element in elements:
            severity = conf.level_severity(profile.level(group, element))
            if severity is None or element in found:
                continue
            labels = profile.labels_for(element)
            shown = ", ".join(f"'{x}'" for x in labels[:3]) or "(the profile lists no label)"
            line = doc.first_content_line if element in HEADER_FIELDS else doc.last_content_line
            yield conf.at(
                line,
                f"template has no {element.replace('_', ' ')} label (expected e.g. {shown})",
                column=doc.column(line),
                severity=severity,
            )
