"""`minutes validate`: samples, mutated samples, output formats, exit codes, start-up."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from conftest import SAMPLES
from minutes_cli.cli import app
from minutes_cli.errors import ConfigError
from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate import load_profile, validate_file
from minutes_cli.validate.engine import FileResult, as_records, exit_code
from minutes_cli.validate.formatters import render
from minutes_cli.validate.profiles import builtin_names, match_label

MINUTES = sorted(
    p for p in (SAMPLES / "minutes").iterdir() if p.suffix in {".txt", ".md", ".rst", ".docx"}
)
# The sample with every part a working-group profile asks for: the mutations start from it.
FULL = SAMPLES / "minutes" / "2017-12-07-prevence-kriminality.txt"

TEMPLATE_OK = """Předmět: ……
Datum: ……
Místo: ……
Přítomní: ……
Program jednání:
1. ……
Závěry jednání
……
Zapsal(a): ……
Dne: ……
"""


def errors(diags: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diags if d.severity is Severity.ERROR]


@pytest.mark.parametrize("path", MINUTES, ids=lambda p: p.name)
def test_every_sample_minutes_is_clean_under_generic(path: Path) -> None:
    diags = validate_file(path, "generic")
    assert errors(diags) == [], [f"{d.line}: {d.code} {d.message}" for d in diags]


def test_full_sample_is_clean_under_working_group() -> None:
    diags = validate_file(FULL, "working-group")
    assert errors(diags) == [], [f"{d.line}: {d.code} {d.message}" for d in diags]


def _lines() -> list[str]:
    return FULL.read_text(encoding="utf-8").split("\n")


def _index(lines: list[str], prefix: str) -> int:
    """0-based index of the first line starting with ``prefix``."""
    return next(i for i, line in enumerate(lines) if line.startswith(prefix))


def _drop_date(lines: list[str]) -> tuple[list[str], int]:
    del lines[_index(lines, "Datum:")]
    first = next(i for i, line in enumerate(lines) if line.strip())
    return lines, first + 1


def _drop_conclusions(lines: list[str]) -> tuple[list[str], int]:
    start, end = _index(lines, "Závěry jednání"), _index(lines, "Zapsal")
    del lines[start:end]
    return lines, _index(lines, "Zapsal") + 1  # where the conclusions belong


def _drop_signatures(lines: list[str]) -> tuple[list[str], int]:
    del lines[_index(lines, "Zapsal") :]
    last = max(i for i, line in enumerate(lines) if line.strip())
    return lines, last + 1


def _empty_point(number: str):  # type: ignore[no-untyped-def]
    def mutate(lines: list[str]) -> tuple[list[str], int]:
        return _empty(lines, number)

    return mutate


def _empty(lines: list[str], number: str) -> tuple[list[str], int]:
    point = _index(lines, f"{number}. ")
    text = next(i for i in range(point + 1, len(lines)) if lines[i].strip())
    lines[text] = ""  # keep the numbering: the point's own text is gone
    return lines, point + 1


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (_drop_date, "MIN001"),
        (_drop_conclusions, "MIN020"),
        (_drop_signatures, "MIN030"),
        (_empty_point("4"), "MIN011"),
        (_empty_point("1"), "MIN011"),
    ],
    ids=[
        "date-removed",
        "conclusions-removed",
        "signature-removed",
        "last-point-without-section",
        "first-point-without-section",
    ],
)
def test_mutated_sample_fails_with_code_at_line(mutate, code: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert not [d for d in validate_file(FULL, "working-group") if d.code == code]
    lines, line = mutate(_lines())
    target = tmp_path / FULL.name
    target.write_text("\n".join(lines), encoding="utf-8")
    found = [d for d in validate_file(target, "working-group") if d.code == code]
    assert [(d.line, d.severity) for d in found] == [(line, Severity.ERROR)]
    result = CliRunner().invoke(app, ["validate", str(target), "--profile", "working-group"])
    assert result.exit_code == 1
    assert code in result.output


# --- formats -------------------------------------------------------------------------

RESULTS = [
    FileResult("zapisy/a.txt", []),
    FileResult(
        "zapisy/b, c.txt",
        [
            Diagnostic(
                file="zapisy/b, c.txt",
                line=5,
                column=3,
                end_line=6,
                code="MIN001",
                name="meeting-date-missing",
                severity=Severity.ERROR,
                message="meeting date missing: 100% sure",
            ),
            Diagnostic(
                file="zapisy/b, c.txt",
                line=9,
                column=1,
                end_line=9,
                code="MIN050",
                name="unassigned-lines",
                severity=Severity.INFO,
                message="line: x",
            ),
        ],
    ),
    FileResult(
        "zapisy/d.docx",
        [
            Diagnostic(
                file="zapisy/d.docx",
                line=1,
                column=1,
                end_line=1,
                code="IO001",
                name="unreadable",
                severity=Severity.ERROR,
                message="no such file",
            ),
        ],
    ),
]


def test_junit_has_one_testcase_per_file() -> None:
    root = ET.fromstring(render(RESULTS, "junit"))
    cases = root.findall(".//testcase")
    assert [c.get("name") for c in cases] == [r.path for r in RESULTS]
    assert cases[0].find("failure") is None
    failure = cases[1].find("failure")
    assert failure is not None and failure.get("type") == "MIN001"
    assert "5:3" in (failure.text or "") and "MIN050" not in (failure.text or "")
    assert cases[2].find("failure") is not None
    suite = root.find("testsuite")
    assert suite is not None and suite.get("tests") == "3" and suite.get("failures") == "2"


# A compact subset of the SARIF 2.1.0 schema: the parts code-scanning tools read.
SARIF_SUBSET = {
    "type": "object",
    "required": ["version", "$schema", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "$schema": {"type": "string", "pattern": "sarif-2\\.1\\.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "shortDescription": {
                                                    "type": "object",
                                                    "required": ["text"],
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "level", "message", "locations"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "ruleIndex": {"type": "integer", "minimum": 0},
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "message": {
                                    "type": "object",
                                    "required": ["text"],
                                    "properties": {"text": {"type": "string"}},
                                },
                                "locations": {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "type": "object",
                                        "required": ["physicalLocation"],
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "required": ["artifactLocation", "region"],
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "required": ["uri"],
                                                        "properties": {"uri": {"type": "string"}},
                                                    },
                                                    "region": {
                                                        "type": "object",
                                                        "required": ["startLine"],
                                                        "properties": {
                                                            "startLine": {
                                                                "type": "integer",
                                                                "minimum": 1,
                                                            },
                                                            "startColumn": {
                                                                "type": "integer",
                                                                "minimum": 1,
                                                            },
                                                            "endLine": {
                                                                "type": "integer",
                                                                "minimum": 1,
                                                            },
                                                        },
                                                    },
                                                },
                                            }
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def test_sarif_validates_against_the_2_1_0_structure() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    log = json.loads(render(RESULTS, "sarif"))
    jsonschema.validate(log, SARIF_SUBSET)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["MIN001", "MIN050", "IO001"]
    assert [r["level"] for r in results] == ["error", "note", "error"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    first = results[0]["locations"][0]["physicalLocation"]
    assert first == {
        "artifactLocation": {"uri": "zapisy/b, c.txt"},
        "region": {"startLine": 5, "startColumn": 3, "endLine": 6},
    }


def test_github_annotations() -> None:
    lines = render(RESULTS, "github").splitlines()
    assert lines[0] == (
        "::error file=zapisy/b%2C c.txt,line=5,col=3,endLine=6,title=MIN001::"
        "meeting date missing: 100%25 sure [meeting-date-missing]"
    )
    pattern = re.compile(
        r"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,"
        r"endLine=\d+,title=[A-Z]+\d+::.+$"
    )
    assert all(pattern.match(line) for line in lines), lines
    assert lines[1].startswith("::notice ")


def test_json_is_the_api_serializer() -> None:
    data = json.loads(render(RESULTS, "json"))
    assert data == as_records([d for r in RESULTS for d in r.diagnostics])
    assert data[0] == {
        "file": "zapisy/b, c.txt",
        "line": 5,
        "column": 3,
        "end_line": 6,
        "code": "MIN001",
        "name": "meeting-date-missing",
        "severity": "error",
        "message": "meeting date missing: 100% sure",
    }


def test_cli_json_equals_library_output(tmp_path: Path) -> None:
    template = tmp_path / "vzor.txt"
    template.write_text(TEMPLATE_OK.replace("Závěry jednání\n", ""), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["validate", str(template), "--template", "-p", "working-group", "-f", "json"]
    )
    api_side = as_records(validate_file(template, "working-group", template=True))
    assert json.loads(result.output) == api_side
    assert api_side and api_side[0]["code"] == "TPL001"


def test_text_output_groups_per_file_with_summary(tmp_path: Path) -> None:
    bad = tmp_path / "vzor.txt"
    bad.write_text("Datum: ……\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(bad), "--template", "-p", "working-group"])
    out = result.output
    assert out.startswith(str(bad) + "\n")
    assert re.search(r"^  \d+:\d+  error\s+TPL001  template has no body label", out, re.M)
    assert out.rstrip().endswith("1 file checked, 6 errors, 0 warnings, in 1 file")


# --- exit codes ----------------------------------------------------------------------


def test_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = tmp_path / "ok.txt"
    ok.write_text(TEMPLATE_OK, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(TEMPLATE_OK.replace("Závěry jednání\n", ""), encoding="utf-8")
    base = ["validate", "--template", "-p", "working-group"]
    assert runner.invoke(app, [*base, str(ok)]).exit_code == 0
    assert runner.invoke(app, [*base, str(bad)]).exit_code == 1
    # A missing file is a diagnostic (exit 2) and the other files are still checked.
    result = runner.invoke(app, [*base, str(tmp_path / "missing.txt"), str(bad), "-f", "json"])
    assert result.exit_code == 2
    codes = [d["code"] for d in json.loads(result.output)]
    assert codes[0] == "IO001" and "TPL001" in codes
    # Usage errors: unknown profile, unknown rule, unknown format.
    for args in (["-p", "no-such-profile"], ["--select", "MIN999"], ["-f", "xml"]):
        result = runner.invoke(app, [*base, str(ok), *args])
        assert result.exit_code == 2, args
    assert (
        "minutes: error: no-such-profile: no such profile"
        in runner.invoke(app, [*base, str(ok), "-p", "no-such-profile"]).stderr
    )


def test_strict_makes_warnings_fail() -> None:
    warn = [
        FileResult(
            "a.txt",
            [
                Diagnostic(
                    file="a.txt",
                    code="MIN002",
                    name="meeting-place-missing",
                    severity=Severity.WARNING,
                    message="x",
                )
            ],
        )
    ]
    info = [
        FileResult(
            "a.txt",
            [
                Diagnostic(
                    file="a.txt",
                    code="MIN050",
                    name="unassigned-lines",
                    severity=Severity.INFO,
                    message="x",
                )
            ],
        )
    ]
    assert exit_code(warn) == 0 and exit_code(warn, strict=True) == 1
    assert exit_code(info, strict=True) == 0


def test_folders_are_searched_for_minutes(tmp_path: Path) -> None:
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "vzor.txt").write_text(TEMPLATE_OK, encoding="utf-8")
    (tmp_path / "2024" / "poznamky.csv").write_text("a;b\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Datum: ……\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["validate", str(tmp_path), "--template", "-p", "working-group", "-f", "junit"]
    )
    assert result.exit_code == 0
    names = [c.get("name") for c in ET.fromstring(result.output).iter("testcase")]
    assert names == [str(tmp_path / "2024" / "vzor.txt")]


def test_sample_exit_codes() -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["validate", *map(str, MINUTES)]).exit_code == 0
    strict = runner.invoke(app, ["validate", str(FULL), "-p", "municipal-committee"])
    assert strict.exit_code == 1  # no verifier, no numbered resolutions list


def test_unreadable_and_undecodable_files_are_diagnostics(tmp_path: Path) -> None:
    binary = tmp_path / "zapis.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    empty = tmp_path / "prazdny.txt"
    empty.write_bytes(b"")
    legacy = tmp_path / "zapis.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    codes = {p.name: [d.code for d in validate_file(p)] for p in (binary, empty, legacy)}
    assert codes == {"zapis.txt": ["IO002"], "prazdny.txt": ["IO001"], "zapis.doc": ["IO001"]}
    assert "convert" in validate_file(legacy)[0].message


def test_prose_that_is_not_minutes_is_prs001(tmp_path: Path) -> None:
    prose = tmp_path / "basen.txt"
    prose.write_text("Vítr fouká přes pole,\nnad lesem letí pták.\n", encoding="utf-8")
    assert [d.code for d in validate_file(prose)] == ["PRS001"]


def test_validate_imports_neither_spacy_nor_typer_nor_pydantic() -> None:
    # CI runs validate on every push: spaCy would cost seconds, and Typer, the
    # other commands and batch processing a tenth of a second of start-up; the
    # models are built on the plain base (pydantic would cost 0.15-0.25 s).
    code = (
        "import sys\n"
        "from minutes_cli.cli import main\n"
        f"sys.argv = ['minutes', 'validate', {str(FULL)!r}, '-f', 'json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('spacy', 'typer', 'yaml', 'pydantic', 'minutes_cli.batch', "
        "'minutes_cli.cli.parse')\n"
        "loaded = sorted(m for m in heavy if m in sys.modules)\n"
        "sys.stderr.write(f'LOADED={loaded}')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert "LOADED=[]" in proc.stderr, proc.stderr[-2000:]
    assert json.loads(proc.stdout) is not None


def test_validation_reads_no_inventory(monkeypatch: pytest.MonkeyPatch) -> None:
    # validate parses without entities and organisations (a tenth of its start-up);
    # no rule may depend on them: the diagnostics of every test document are the same.
    import minutes_cli.assemble as assemble

    docs = Path(__file__).parent / "docs" / "minutes"
    files = sorted(p for p in docs.iterdir() if p.suffix in {".txt", ".md", ".rst", ".docx"})
    lean = [[(d.code, d.line, d.message) for d in validate_file(f)] for f in files]
    complete = assemble.build_record
    monkeypatch.setattr(
        assemble, "build_record", lambda *a, **k: complete(*a, **{**k, "inventory": True})
    )
    full = [[(d.code, d.line, d.message) for d in validate_file(f)] for f in files]
    assert len(files) > 50 and any(lean)
    assert lean == full


def test_piped_text_output_is_plain_and_skips_rich(tmp_path: Path) -> None:
    # A CI log is no terminal: the text is written without Rich (and its start-up);
    # FORCE_COLOR still asks for Rich's colours, as it does for Rich itself.
    bad = tmp_path / "vzor.txt"
    bad.write_text("Datum: ……\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from minutes_cli.cli import main\n"
        f"sys.argv = ['minutes', 'validate', {str(bad)!r}, '--template']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(f'RICH={\"rich\" in sys.modules}')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    plain = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env
    )
    assert "RICH=False" in plain.stderr, plain.stderr[-2000:]
    assert plain.stdout.startswith(str(bad) + "\n") and "\x1b[" not in plain.stdout
    assert re.search(r"^  \d+:\d+  warning\s+TPL001  ", plain.stdout, re.M)
    coloured = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**env, "FORCE_COLOR": "1"},
    )
    assert "RICH=True" in coloured.stderr and "\x1b[" in coloured.stdout


# --- profiles ----------------------------------------------------------------------


def test_builtin_profiles_load() -> None:
    assert {"generic", "working-group", "municipal-committee"} <= set(builtin_names())
    for name in builtin_names():
        profile = load_profile(name)
        assert profile.name == name and profile.description
        assert profile.labels_for("date")


def test_extends_merges_deeply(tmp_path: Path) -> None:
    base = tmp_path / "base.yaml"
    base.write_text(
        "extends: working-group\nlimits: {action_items_have_owner: true}\n"
        "labels: {date: [Termín schůze]}\n",
        encoding="utf-8",
    )
    child = tmp_path / "child.yaml"
    child.write_text("extends: base.yaml\nrequire: {signatures: [verified_by]}\n", "utf-8")
    profile = load_profile(child)
    assert profile.name == "child"
    assert profile.require.signatures == ["verified_by"]  # lists replace
    assert profile.require.header == ["body", "date", "place", "attendance"]  # from working-group
    assert profile.limits["action_items_have_owner"] is True
    assert profile.limits["signature_not_before_meeting"] is True  # from generic
    assert profile.labels["date"] == ["Termín schůze"]
    assert "Zapsal(a)" in profile.labels["recorded_by"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("extends: loop.yaml\n", "extends itself"),
        ("extends: generic\nlimits: {sometimes: true}\n", "unknown limit 'sometimes'"),
        ("extends: generic\nrequire: {header: [weather]}\n", "require.header.0"),
        ("- a list\n", "must be a YAML mapping"),
        ("extends: generic\nrules: {MIN999: {enabled: false}}\n", "MIN999: no rule"),
    ],
)
def test_bad_profiles_are_config_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "loop.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        validate_file(FULL, load_profile(path))


@pytest.mark.parametrize(
    ("line", "labels", "expected"),
    [
        ("Zapsal(a): ______", ["Zapsal"], (0, "Zapsal")),
        ("  MÍSTO KONÁNÍ: radnice", ["Místo konání"], (2, "MÍSTO KONÁNÍ")),
        ("Misto konani: radnice", ["Místo konání"], (0, "Misto konani")),
        ("3. Závěry jednání", ["Závěry jednání"], (3, "Závěry jednání")),
        ("Zápis pořídil: ……      Ověřil: ……", ["Ověřil"], (23, "Ověřil")),
        ("Datumovka se nekonala", ["Datum"], None),
        ("Dnes byl krásný den", ["Dne"], None),
        ("{{ Spolek }}", ["Spolek"], None),
    ],
)
def test_label_matching(line: str, labels: list[str], expected: tuple[int, str] | None) -> None:
    assert match_label(line, labels) == expected


def test_diagnostic_values() -> None:
    from minutes_cli.models.record import Loc

    d = Diagnostic.at(
        Loc(line=4, end_line=6),
        "MIN011",
        "agenda-point-without-section",
        Severity.WARNING,
        "x",
        file="a.txt",
        column=2,
    )
    assert (d.line, d.end_line, d.column) == (4, 6, 2)
    assert Diagnostic.at(None, "MIN001", "meeting-date-missing", Severity.ERROR, "y").line == 1
    assert d.as_record()["severity"] == "warning"
    with pytest.raises(ValueError, match="frozen"):
        d.line = 5  # type: ignore[misc]


def test_validate_options_are_the_same_through_typer(tmp_path: Path) -> None:
    # `minutes --debug validate …` goes through Typer, which forwards to the
    # same argparse runner: options, usage errors and exit codes agree.
    bad = tmp_path / "bez-data.txt"
    bad.write_text("\n".join(_drop_date(_lines())[0]), encoding="utf-8")
    runner = CliRunner()
    direct = runner.invoke(app, ["validate", str(bad), "-f", "json", "--select", "MIN001"])
    debug = runner.invoke(app, ["--debug", "validate", str(bad), "-f", "json", "--select=MIN001"])
    assert direct.exit_code == debug.exit_code == 1
    assert json.loads(direct.stdout) == json.loads(debug.stdout)
    assert runner.invoke(app, ["validate", str(bad), "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["validate"]).exit_code == 2
