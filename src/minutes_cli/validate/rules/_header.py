"""Shared logic of the header rules (MIN001–MIN004): where to point when a field is missing."""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic
from minutes_cli.validate.rules import ParsedMinutes, RuleConf


def missing_header(
    doc: ParsedMinutes, conf: RuleConf, element: str, present: bool, what: str
) -> Iterator[Diagnostic]:
    """Report a missing header field at its empty label, else at the first line."""
    severity = conf.level_severity(conf.profile.level("header", element))
    if severity is None or present:
        return
    # Look for the label only in the head of the document: "Dne:" near the
    # signatures is not the header's date.
    head_end = min(
        (p.loc.line - 1 for p in doc.record.agenda),
        default=min((i.loc.line - 1 for i in doc.record.items), default=len(doc.lines)),
    )
    hit = doc.find_label(conf.profile.labels_for(element), end=head_end)
    if hit:
        line, column = hit
        yield conf.at(
            line, f"{what} missing: the label has no value", column=column, severity=severity
        )
    else:
        line = doc.first_content_line
        yield conf.at(line, f"{what} missing", column=doc.column(line), severity=severity)
