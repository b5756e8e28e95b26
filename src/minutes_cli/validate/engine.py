"""Run the rules over files and return diagnostics: the library side of ``minutes validate``.

Nothing here prints or exits. A file that cannot be read becomes an
``IO001``/``IO002`` diagnostic, minutes with nothing recognisable a
``PRS001`` one, and the other files are still checked. This module must
not import spaCy (``validate`` runs in CI): records are parsed with
``nlp="rules"``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from minutes_cli.errors import ConfigError, MinutesError, ReadError
from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.models.record import MinutesRecord, Source
from minutes_cli.text.normalize import NormalizedText
from minutes_cli.validate.profiles import LIMIT_RULES, Profile, load_profile
from minutes_cli.validate.rules import ParsedMinutes, Rule, RuleConf, all_rules


class Reserved(NamedTuple):
    """A code the engine itself reports (not a rule module)."""

    code: str
    name: str
    severity: Severity
    doc: str

    @property
    def summary(self) -> str:
        return " ".join(self.doc.strip().split("\n\n")[0].split())


RESERVED: tuple[Reserved, ...] = (
    Reserved(
        "IO001",
        "unreadable",
        Severity.ERROR,
        "The file cannot be read: missing, a folder, empty, too big or an unsupported format "
        "(legacy .doc, PDF …).\n\nConvert it first, e.g. "
        "`libreoffice --headless --convert-to docx FILE`.",
    ),
    Reserved(
        "IO002",
        "bad-encoding",
        Severity.ERROR,
        "The bytes are not text in any accepted encoding (UTF-8/16, cp1250, ISO-8859-2, cp852).",
    ),
    Reserved(
        "PRS001",
        "nothing-recognised",
        Severity.ERROR,
        "Nothing of minutes was recognised: no date, body, place, programme, sections, "
        "conclusions or signatures.\n\nThe file is probably not minutes, or its layout is "
        "one the parser does not know.",
    ),
    Reserved(
        "REC001",
        "record-invalid",
        Severity.ERROR,
        "A stored record (YAML/JSON) does not match the record schema (`minutes check`).",
    ),
    Reserved(
        "REC002",
        "record-unparsable",
        Severity.ERROR,
        "A stored record is not valid YAML/JSON, or not a mapping (`minutes check`).",
    ),
)
_RESERVED = {r.code: r for r in RESERVED}


@dataclass
class FileResult:
    """The diagnostics of one checked file (possibly none)."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def worst(self) -> Severity | None:
        return max((d.severity for d in self.diagnostics), key=lambda s: s.rank, default=None)


def reserved_diagnostic(code: str, file: str, message: str, line: int = 1) -> Diagnostic:
    """A diagnostic with one of the engine's reserved codes."""
    info = _RESERVED[code]
    return Diagnostic(
        file=file,
        line=line,
        column=1,
        end_line=line,
        code=code,
        name=info.name,
        severity=info.severity,
        message=message,
    )


# --- selecting rules -------------------------------------------------------------


def _matches(rule: Rule | Reserved, selector: str) -> bool:
    sel = selector.strip()
    names = {rule.name, *getattr(rule, "aliases", ())}
    return rule.code.upper().startswith(sel.upper()) or sel.lower() in names


def _check_selectors(selectors: Iterable[str]) -> None:
    known = catalogue()
    for sel in selectors:
        if not any(_matches(rule, sel) for rule in known):
            raise ConfigError(f"{sel}: no rule has this code or name (see `minutes rules`)")


def catalogue() -> list[Rule | Reserved]:
    """Every rule module and reserved code, as ``minutes rules`` lists them."""
    return [*all_rules(), *RESERVED]


def _is(rule: Rule | Reserved, ref: str) -> bool:
    """Is ``ref`` exactly this rule's code, name or one of its old names?"""
    return ref.upper() == rule.code or ref.lower() in {rule.name, *getattr(rule, "aliases", ())}


def find_rule(ref: str) -> Rule | Reserved:
    """A rule (or reserved code) by exact code, name or alias."""
    for rule in catalogue():
        if _is(rule, ref):
            return rule
    raise ConfigError(f"{ref}: no rule has this code or name (see `minutes rules`)")


def active_rules(
    profile: Profile,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    *,
    template: bool = False,
) -> list[tuple[Rule, Severity]]:
    """The rules to run and their severities, after profile settings, --select and --ignore.

    ``select`` (from the command line) replaces the profile's own ``select``;
    ``ignore`` adds to the profile's. Selecting only narrows: a rule the
    profile switches off stays off (switch it on in a profile of your own).
    """
    selectors = list(select) if select else list(profile.select)
    ignored = [*profile.ignore, *(ignore or ())]
    _check_selectors([*selectors, *ignored])
    for key in profile.rules:
        find_rule(key)  # a profile setting must name one rule exactly
    disabled = {LIMIT_RULES[k] for k, on in profile.limits.items() if not on and k in LIMIT_RULES}
    chosen: list[tuple[Rule, Severity]] = []
    for rule in all_rules():
        if rule.template_rule != template:
            continue
        if selectors and not any(_matches(rule, s) for s in selectors):
            continue
        if any(_matches(rule, s) for s in ignored):
            continue
        severity = rule.severity
        enabled = rule.code not in disabled
        for key, setting in profile.rules.items():
            if _is(rule, key):
                if "enabled" in setting.model_fields_set:
                    enabled = setting.enabled
                severity = setting.severity or severity
        if not enabled:
            continue
        chosen.append((rule, severity))
    return chosen


# --- running ---------------------------------------------------------------------


def _nothing_recognised(record: MinutesRecord) -> bool:
    """No structure of minutes at all. A title or body alone is no evidence: any
    first line can be taken for one."""
    m = record.meeting
    att = m.attendance
    return not any(
        (
            m.date,
            m.location,
            att.note,
            att.present,
            record.agenda,
            record.items,
            record.conclusions,
            record.signatures,
        )
    )


def run_rules(
    doc: ParsedMinutes,
    profile: Profile | str | Path = "generic",
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
) -> list[Diagnostic]:
    """Run the active rules over one parsed document; diagnostics sorted by place."""
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    rules = active_rules(prof, select, ignore, template=doc.template)
    if not doc.template and _nothing_recognised(doc.record):
        prs = _RESERVED["PRS001"]
        if not any(_matches(prs, s) for s in [*prof.ignore, *(ignore or ())]):
            return [
                reserved_diagnostic(
                    "PRS001",
                    doc.path,
                    "no part of minutes recognised (no date, programme, sections or signatures)",
                    line=doc.first_content_line,
                )
            ]
    found: list[Diagnostic] = []
    for rule, severity in rules:
        conf = RuleConf(
            code=rule.code, name=rule.name, severity=severity, profile=prof, file=doc.path
        )
        found.extend(rule.check(doc, conf))
    return sorted(found, key=Diagnostic.sort_key)


def parsed_from_record(
    record: MinutesRecord, lines: Sequence[str] = (), *, path: str | None = None
) -> ParsedMinutes:
    """Wrap a record (and the normalized lines its ``loc`` values point into) for the rules."""
    furniture = frozenset(
        n for f in record.furniture if f.loc for n in range(f.loc.line, f.loc.end_line + 1)
    )
    return ParsedMinutes(
        path=path or record.source.path, record=record, lines=tuple(lines), furniture=furniture
    )


def _parse(path: str | Path, *, template: bool) -> ParsedMinutes:
    """Read, normalize and (unless a template) parse one file as minutes."""
    from minutes_cli.api import read_normalized

    return _parse_normalized(read_normalized(path), str(path), template=template)


def _parse_normalized(norm: NormalizedText, name: str, *, template: bool) -> ParsedMinutes:
    if template:
        source = Source(
            path=name,
            sha256=norm.source.sha256,
            media_type=norm.source.media_type,
            encoding=norm.source.encoding,
            parser_version="",
        )
        return ParsedMinutes(
            path=name, record=MinutesRecord(source=source), lines=norm.lines, template=True
        )
    from minutes_cli.assemble import build_record

    # Validation is of minutes: skip kind detection, and never the statistical model.
    record = build_record(norm, kind="minutes", nlp="rules", profile_match=False, inventory=False)
    assert isinstance(record, MinutesRecord)
    return parsed_from_record(record, norm.lines, path=name)


def validate_file(
    path: str | Path,
    profile: Profile | str | Path = "generic",
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    template: bool = False,
) -> list[Diagnostic]:
    """Validate one minutes file (or, with ``template``, a blank template).

    Read failures come back as ``IO001``/``IO002`` diagnostics. Raises
    :class:`ConfigError` only for a bad profile or rule selector.
    """
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    active_rules(prof, select, ignore, template=template)  # fail early on bad selectors
    try:
        doc = _parse(path, template=template)
    except ReadError as exc:
        code = exc.code if exc.code in ("IO001", "IO002") else "IO001"
        return [reserved_diagnostic(code, str(path), exc.reason)]
    except MinutesError as exc:
        return [reserved_diagnostic("PRS001", str(path), str(exc))]
    return run_rules(doc, prof, select=select, ignore=ignore)


def validate_text(
    text: str,
    profile: Profile | str | Path = "generic",
    *,
    path: str = "<text>",
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    template: bool = False,
) -> list[Diagnostic]:
    """Validate minutes (or a blank template) already in memory, as plain text."""
    import hashlib

    from minutes_cli.io.source import MEDIA_TEXT, SourceDocument
    from minutes_cli.text.normalize import normalize

    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    source = SourceDocument(
        path=path,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        media_type=MEDIA_TEXT,
        text=text,
        encoding="utf-8",
    )
    doc = _parse_normalized(normalize(source), path, template=template)
    return run_rules(doc, prof, select=select, ignore=ignore)


MINUTES_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".rst", ".docx"})


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders replaced by the minutes files under them (sorted).

    A folder with no minutes file stays as it is, so that it is reported.
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in MINUTES_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            out.extend(found or [path])
        else:
            out.append(path)
    return out


def validate_files(
    paths: Iterable[str | Path],
    profile: Profile | str | Path = "generic",
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    template: bool = False,
) -> list[FileResult]:
    """Validate several files; one :class:`FileResult` per file, in order."""
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    return [
        FileResult(str(p), validate_file(p, prof, select=select, ignore=ignore, template=template))
        for p in paths
    ]


def exit_code(results: Iterable[FileResult], *, strict: bool = False) -> int:
    """0 clean, 1 errors (or warnings when ``strict``), 2 a file could not be read."""
    diags = [d for r in results for d in r.diagnostics]
    if any(d.code.startswith("IO") for d in diags):
        return 2
    if any(d.severity is Severity.ERROR for d in diags):
        return 1
    if strict and any(d.severity is Severity.WARNING for d in diags):
        return 1
    return 0


def as_records(diagnostics: Iterable[Diagnostic]) -> list[dict[str, Any]]:
    """Diagnostics as plain dicts: the one serializer of the API and ``--format json``."""
    return [d.as_record() for d in diagnostics]


# --- stored records (`minutes check`) -------------------------------------------------


def _yaml_locator(text: str) -> dict[tuple[str | int, ...], int]:
    """1-based line of every node of a YAML document, keyed by its path."""
    import yaml

    lines: dict[tuple[str | int, ...], int] = {}

    def walk(node: Any, path: tuple[str | int, ...]) -> None:
        lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                lines[(*path, key.value)] = key.start_mark.line + 1
                walk(value, (*path, key.value))
                lines[(*path, key.value)] = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for index, value in enumerate(node.value):
                walk(value, (*path, index))

    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return lines
    if root is not None:
        walk(root, ())
    return lines


def check_record_file(path: str | Path) -> list[Diagnostic]:
    """Validate a stored record (YAML or JSON) against the record models.

    Each schema violation is a ``REC001`` diagnostic whose message starts
    with the JSON path (``meeting.date: …``) and whose line is the line of
    that key when it can be found.
    """
    import yaml
    from pydantic import TypeAdapter, ValidationError

    from minutes_cli.models.record import Record

    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return [reserved_diagnostic("IO001", name, f"cannot read: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [reserved_diagnostic("IO002", name, "a record must be UTF-8")]
    try:
        data = json.loads(text) if name.endswith(".json") else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        line = (
            getattr(exc, "lineno", None)
            or getattr(getattr(exc, "problem_mark", None), "line", -1) + 1
        )
        return [
            reserved_diagnostic(
                "REC002",
                name,
                f"not valid {'JSON' if name.endswith('.json') else 'YAML'}: "
                f"{str(exc).splitlines()[0]}",
                line=max(line, 1),
            )
        ]
    if not isinstance(data, dict):
        return [reserved_diagnostic("REC002", name, "a record must be a mapping")]
    try:
        TypeAdapter(Record).validate_python(data)
    except ValidationError as exc:
        located = _yaml_locator(text)  # JSON is YAML, so this finds lines in both
        out = []
        for err in exc.errors():
            # The discriminated union puts the kind first in the path; a reader wants the field.
            where = (
                tuple(err["loc"][1:])
                if err["loc"] and err["loc"][0] in ("minutes", "strategy", "project", "unknown")
                else tuple(err["loc"])
            )
            dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where)
            dotted = dotted.lstrip(".") or "(record)"
            line = next(
                (located[where[:n]] for n in range(len(where), -1, -1) if where[:n] in located), 1
            )
            out.append(reserved_diagnostic("REC001", name, f"{dotted}: {err['msg']}", line=line))
        return out
    return []
