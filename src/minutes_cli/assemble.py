"""Turn a normalized document into its record: detect the kind, run its parser,
add the shared parts and account for every line."""

from __future__ import annotations

from typing import Any

from minutes_cli import __version__
from minutes_cli.extract import INVENTORY
from minutes_cli.extract import kind as kinds
from minutes_cli.extract.dates import forget_lines
from minutes_cli.models.record import (
    RECORD_TYPES,
    Furniture,
    Loc,
    MinutesRecord,
    Record,
    RecordWarning,
    Source,
    Unassigned,
)
from minutes_cli.nlp import nlp_mode
from minutes_cli.text import furniture
from minutes_cli.text.document import Doc, fold, loc
from minutes_cli.text.normalize import NormalizedText, compact


def build_record(
    norm: NormalizedText,
    *,
    kind: str | None = None,
    nlp: str = "rules",
    profile_match: bool = True,
    inventory: bool = True,
) -> Record:
    """Parse a normalized document into a record of its kind (or of ``kind``).

    ``inventory=False`` leaves out what only lists the document's contents
    (entities, organisations) and keeps its structure: what validation reads.
    """
    forget_lines()
    # Double-spaced text is read compacted; its locs are mapped back at the end.
    compacted = compact(norm)
    doc = Doc(compacted[0] if compacted else norm)
    furniture_items = furniture.detect(doc)
    warnings: list[RecordWarning] = []
    if kind is None:
        kind, reasons, confident = kinds.detect(doc)
        if not confident:
            warnings.append(RecordWarning(code="KND001", message="; ".join(reasons)))
    parser = kinds.PARSERS[kind]
    token = INVENTORY.set(inventory)
    try:
        with nlp_mode(nlp):  # extractors the parser calls read the mode from here
            fields = parser(doc, warnings)
    finally:
        INVENTORY.reset(token)
    source = Source(
        path=norm.source.path,
        sha256=norm.source.sha256,
        media_type=norm.source.media_type,
        encoding=norm.source.encoding,
        parser_version=__version__,
    )
    meeting = fields.get("meeting")
    year = int(meeting.date[:4]) if meeting is not None and meeting.date else None
    if inventory:
        from minutes_cli.extract import common  # entities: not needed without the inventory

        shared = common.extract(doc, nlp=nlp, reference_year=year)
        for name, value in shared.items():
            fields.setdefault(name, value)
    for text in norm.source.comments:
        warnings.append(RecordWarning(code="DOC001", message=f"comment: {fold(text)}"))
    unassigned = [
        Unassigned(text=fold(doc.lines[i]), loc=loc(i))
        for i in range(len(doc))
        if doc.is_content(i) and i not in doc.claimed
    ]
    if unassigned:
        warnings.append(
            RecordWarning(
                code="ACC001",
                message=f"{len(unassigned)} line(s) no segment took; see `unassigned`",
                loc=unassigned[0].loc,
            )
        )
    extra_furniture = [Furniture(text=fold(t)) for t in norm.source.furniture if fold(t)]
    record = RECORD_TYPES[kind](
        source=source,
        furniture=extra_furniture + furniture_items,
        unassigned=unassigned,
        warnings=warnings,
        **fields,
    )
    if compacted:
        _map_locs(record, compacted[1])
    if isinstance(record, MinutesRecord) and profile_match:
        record.source.profile = best_profile(record, norm.lines)
    return record  # type: ignore[return-value]


def _map_locs(model: Any, lines: tuple[int, ...]) -> None:
    """Point every ``loc`` in ``model`` at the lines ``lines`` name (a compacted text's
    line ``k`` is line ``lines[k]`` of the text ``minutes text`` prints). A new ``Loc``
    each time: two values may share one."""

    def mapped(value: Loc) -> Loc:
        return loc(lines[value.line - 1], lines[value.end_line - 1])

    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, Loc):
            setattr(model, name, mapped(value))
        elif hasattr(type(value), "model_fields"):  # a nested model
            _map_locs(value, lines)
        elif isinstance(value, list):
            for k, element in enumerate(value):
                if isinstance(element, Loc):
                    value[k] = mapped(element)
                elif hasattr(type(element), "model_fields"):
                    _map_locs(element, lines)


# Built-in template profiles from the most specific to the most general.
SPECIFIC_PROFILES = ("municipal-committee", "working-group")


def best_profile(record: MinutesRecord, lines: tuple[str, ...]) -> str:
    """The most specific built-in profile whose required parts the record has.

    Only the profile's ``require`` lists are checked (header fields, sections,
    signature roles), not every rule: this runs for every parse.
    """
    from minutes_cli.validate.profiles import load_profile

    meeting = record.meeting
    have = {
        "header": {
            name
            for name, value in (
                ("body", meeting.body),
                ("date", meeting.date),
                ("place", meeting.location),
                ("attendance", meeting.attendance.note or meeting.attendance.present),
                ("time", meeting.start_time),
            )
            if value
        },
        "sections": {
            name
            for name, value in (
                ("agenda", record.agenda),
                ("items", record.items),
                ("conclusions", record.conclusions),
                ("signatures", record.signatures),
            )
            if value
        },
        "signatures": {s.role for s in record.signatures},
    }
    for name in SPECIFIC_PROFILES:
        require = load_profile(name).require
        if all(set(getattr(require, group)) <= have[group] for group in have):
            return name
    return "generic"
