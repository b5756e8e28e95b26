"""Turn validation results into text for people and machines.

Each formatter maps a sequence of :class:`FileResult` to one string; the
CLI writes it. ``text`` here is plain (the CLI colours it with Rich);
``json`` uses :func:`engine.as_records`, the same serializer as the API.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from minutes_cli import __version__
from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.engine import FileResult, as_records, catalogue

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/minutes-cli/minutes"


def summary(results: Sequence[FileResult]) -> str:
    """One line: how many files, errors, warnings."""
    diags = [d for r in results for d in r.diagnostics]
    counts = {s: sum(d.severity is s for d in diags) for s in Severity}
    bad = sum(1 for r in results if r.diagnostics)
    parts = [f"{len(results)} file{'s' if len(results) != 1 else ''} checked"]
    parts.append(f"{counts[Severity.ERROR]} error{'s' if counts[Severity.ERROR] != 1 else ''}")
    parts.append(
        f"{counts[Severity.WARNING]} warning{'s' if counts[Severity.WARNING] != 1 else ''}"
    )
    if counts[Severity.INFO]:
        parts.append(f"{counts[Severity.INFO]} info")
    if bad:
        parts.append(f"in {bad} file{'s' if bad != 1 else ''}")
    return ", ".join(parts)


def line_text(d: Diagnostic) -> str:
    """``LINE:COL  severity  CODE  message  [name]``: one diagnostic, no file."""
    return f"{d.line}:{d.column}  {d.severity.value:<7}  {d.code}  {d.message}  [{d.name}]"


def format_text(results: Sequence[FileResult]) -> str:
    """Grouped per file, then a summary line."""
    out: list[str] = []
    for result in results:
        if not result.diagnostics:
            continue
        out.append(result.path)
        out.extend(f"  {line_text(d)}" for d in result.diagnostics)
        out.append("")
    out.append(summary(results))
    return "\n".join(out) + "\n"


def format_json(results: Sequence[FileResult]) -> str:
    """A JSON array of diagnostics (see :func:`engine.as_records`)."""
    diags = [d for r in results for d in r.diagnostics]
    return json.dumps(as_records(diags), ensure_ascii=False, indent=2) + "\n"


def _escape_gh(value: str, *, prop: bool = False) -> str:
    # GitHub workflow commands: %, CR, LF always; ':' and ',' inside properties.
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


_GH_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def format_github(results: Sequence[FileResult]) -> str:
    """GitHub Actions annotations: ``::error file=…,line=…,col=…,title=CODE::message``."""
    lines = []
    for r in results:
        for d in r.diagnostics:
            props = (
                f"file={_escape_gh(d.file, prop=True)},line={d.line},col={d.column},"
                f"endLine={d.end_line or d.line},title={_escape_gh(d.code, prop=True)}"
            )
            lines.append(f"::{_GH_LEVEL[d.severity]} {props}::{_escape_gh(d.message)} [{d.name}]")
    return "".join(f"{line}\n" for line in lines)


def format_junit(results: Sequence[FileResult]) -> str:
    """JUnit XML: one testcase per file; errors and warnings become its failures."""
    from xml.etree import ElementTree as ET  # only this format needs it

    suite = ET.Element(
        "testsuite",
        name="minutes validate",
        tests=str(len(results)),
        failures=str(sum(1 for r in results if _failing(r))),
        errors="0",
    )
    for result in results:
        case = ET.SubElement(suite, "testcase", classname="minutes.validate", name=result.path)
        failing = [d for d in result.diagnostics if d.severity is not Severity.INFO]
        if failing:
            worst = max(failing, key=lambda d: d.severity.rank)
            failure = ET.SubElement(
                case,
                "failure",
                type=worst.code,
                message=f"{len(failing)} problem{'s' if len(failing) != 1 else ''}: "
                f"{worst.code} {worst.message}",
            )
            failure.text = "\n".join(f"{d.file}:{line_text(d)}" for d in failing)
        infos = [d for d in result.diagnostics if d.severity is Severity.INFO]
        if infos:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(f"{d.file}:{line_text(d)}" for d in infos)
    suites = ET.Element("testsuites")
    suites.append(suite)
    ET.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
    )


def _failing(result: FileResult) -> bool:
    return any(d.severity is not Severity.INFO for d in result.diagnostics)


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def format_sarif(results: Sequence[FileResult]) -> str:
    """SARIF 2.1.0, one run; every rule (and reserved code) listed in the driver."""
    rules_known = catalogue()
    index = {rule.code: i for i, rule in enumerate(rules_known)}
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": " ".join(rule.doc.split())},
            "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
        }
        for rule in rules_known
    ]
    sarif_results: list[dict[str, Any]] = []
    for r in results:
        for d in r.diagnostics:
            item: dict[str, Any] = {
                "ruleId": d.code,
                "level": _SARIF_LEVEL[d.severity],
                "message": {"text": d.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": d.file.replace("\\", "/")},
                            "region": {
                                "startLine": d.line,
                                "startColumn": d.column,
                                "endLine": max(d.end_line or d.line, d.line),
                            },
                        }
                    }
                ],
            }
            if d.code in index:
                item["ruleIndex"] = index[d.code]
            sarif_results.append(item)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "minutes",
                        "version": __version__,
                        "informationUri": INFO_URI,
                        "rules": rules,
                    }
                },
                "artifacts": [{"location": {"uri": r.path.replace("\\", "/")}} for r in results],
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


FORMATTERS: dict[str, Callable[[Sequence[FileResult]], str]] = {
    "text": format_text,
    "json": format_json,
    "github": format_github,
    "junit": format_junit,
    "sarif": format_sarif,
}


def render(results: Sequence[FileResult], fmt: str = "text") -> str:
    """Format results in one of :data:`FORMATTERS`."""
    return FORMATTERS[fmt](results)
