"""Annexes that travel with minutes: a strategy or a project card appended after the signatures.

Minutes often end with an attachment whose title follows the signature
("Způsob naplňování Strategie … na období 2023–2027") and whose body is a
document of another kind. :func:`find_annexes` takes the minutes record
(its ``attachments`` and ``signatures``, filled by the minutes parser) and
the normalized text, and parses each such annex of a known kind (strategy,
project) as its own record.

The annex record keeps the line numbers of the minutes' normalized text
(every line outside the annex is blanked), so its ``loc`` values point into
what ``minutes text FILE`` prints for the minutes file. Furniture the
minutes record found inside the annex (running headers) stays furniture.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from minutes_cli.assemble import build_record
from minutes_cli.data import load
from minutes_cli.extract import kind as kinds
from minutes_cli.extract.dates import strip_accents
from minutes_cli.extract.strategy import is_title_like
from minutes_cli.io.readers import DEFAULT_MAX_BYTES
from minutes_cli.models.record import Attachment, MinutesRecord, Record, RecordWarning
from minutes_cli.text.document import Doc
from minutes_cli.text.normalize import NormalizedText, OffsetMap

ANNEX_KINDS = ("strategy", "project")


@dataclass(frozen=True)
class Annex:
    """One annex parsed as its own record."""

    attachment: int  # index into the minutes record's ``attachments``
    kind: str
    start: int  # 1-based first and last line in the minutes' normalized text
    end: int
    record: Record


def _project_title(title: str) -> bool:
    key = strip_accents(title)
    return any(strip_accents(w) in key for w in load("project")["title_words"])


def annex_kind(norm: NormalizedText, title: str | None) -> tuple[str, str] | None:
    """``(kind, why)`` of an annex: by its own cues, else by its title; None when neither says."""
    kind, _, _ = kinds.detect(Doc(norm))
    if kind in ANNEX_KINDS:
        return kind, "its cues"
    if title and is_title_like(title):
        return "strategy", "its title"
    if title and _project_title(title):
        return "project", "its title"
    return None


def _slice(norm: NormalizedText, start: int, end: int, drop: set[int]) -> NormalizedText:
    """``norm`` with every line outside ``start..end`` (0-based) and in ``drop`` blanked."""
    lines = tuple(
        line if start <= i <= end and i not in drop else "" for i, line in enumerate(norm.lines)
    )
    anchors_norm: list[int] = []
    anchors_src: list[int] = []
    pos = orig = 0
    for i, line in enumerate(lines):
        # One anchor per line start: enough to map a line back to the source.
        anchors_norm.append(pos)
        anchors_src.append(norm.offset_map.to_source(orig))
        pos += len(line) + 1
        orig += len(norm.lines[i]) + 1
    source = dataclasses.replace(norm.source, furniture=(), comments=())
    return NormalizedText(
        text="\n".join(lines),
        lines=lines,
        hints={i: h for i, h in norm.hints.items() if start <= i <= end},
        offset_map=OffsetMap(anchors_norm, anchors_src),
        source=source,
    )


def find_annexes(record: Record, norm: NormalizedText, *, nlp: str = "rules") -> list[Annex]:
    """Parse the annexes of a known kind that follow the minutes' last signature."""
    if not isinstance(record, MinutesRecord):
        return []
    signed = [s.loc.end_line for s in record.signatures if s.loc is not None]
    if not signed:
        return []
    after = max(signed)
    candidates = sorted(
        (a.loc.line, k) for k, a in enumerate(record.attachments) if a.loc.line > after
    )
    furniture: set[int] = set()
    for item in record.furniture:
        if item.loc is not None:
            furniture.update(range(item.loc.line - 1, item.loc.end_line))
    out: list[Annex] = []
    for n, (line, k) in enumerate(candidates):
        start = line - 1
        end = candidates[n + 1][0] - 2 if n + 1 < len(candidates) else len(norm.lines) - 1
        part = _slice(norm, start, end, furniture)
        attachment = record.attachments[k]
        found = annex_kind(part, attachment.title)
        if found is None:
            continue
        kind, why = found
        annex = build_record(part, kind=kind, nlp=nlp)
        inside = [
            f for f in record.furniture if f.loc is not None and start < f.loc.line <= end + 1
        ]
        note = RecordWarning(
            code="ANX001",
            message=f"annex of the minutes {norm.source.path}, lines {start + 1}–{end + 1}; "
            f"kind {kind} from {why}",
            loc=attachment.loc,
        )
        annex = annex.model_copy(
            update={"furniture": [*inside, *annex.furniture], "warnings": [note, *annex.warnings]}
        )
        out.append(Annex(attachment=k, kind=kind, start=start + 1, end=end + 1, record=annex))
    return out


def link(record: MinutesRecord, annexes: list[Annex], names: list[str]) -> MinutesRecord:
    """The minutes record whose attachment entries name the files their annexes went to."""
    attachments: list[Attachment] = list(record.attachments)
    for annex, name in zip(annexes, names, strict=True):
        attachments[annex.attachment] = attachments[annex.attachment].model_copy(
            update={"file": name}
        )
    return record.model_copy(update={"attachments": attachments})


def annex_name(stem: str, number: int, suffix: str) -> str:
    """``zapis`` + 1 + ``.yaml`` -> ``zapis.annex-1.yaml``."""
    return f"{stem}.annex-{number}{suffix}"


def parse_file_split(
    path: str | Path,
    *,
    kind: str | None = None,
    nlp: str = "rules",
    max_bytes: int = DEFAULT_MAX_BYTES,
    name: Callable[[int], str] | None = None,
) -> tuple[Record, list[Annex]]:
    """Parse a file and split off its annexes of a known kind.

    ``name(n)`` gives the file name of the n-th annex (1-based) for the
    minutes' ``attachments`` entry; without it the entries are unchanged.
    Raises :class:`minutes_cli.errors.ReadError` when the file cannot be read.
    """
    from minutes_cli.api import read_normalized

    norm = read_normalized(path, max_bytes=max_bytes)
    record = build_record(norm, kind=kind, nlp=nlp)
    annexes = find_annexes(record, norm, nlp=nlp)
    if annexes and name is not None and isinstance(record, MinutesRecord):
        record = link(record, annexes, [name(n) for n in range(1, len(annexes) + 1)])
    return record, annexes
