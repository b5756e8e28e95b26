"""Rule cases from tests/rule_cases/*.yaml (as sqlfluff's yaml_test_cases_test), and meta-tests.

Each case file names a rule and lists documents with the diagnostics the
rule must give: `record` cases build the record by hand (with `text` as the
lines its ``loc`` values point into), `text` cases run the minutes parser,
`template: true` cases check a blank template.
"""

from __future__ import annotations

import re
import textwrap
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from minutes_cli import api
from minutes_cli.cli import app
from minutes_cli.models.record import MinutesRecord
from minutes_cli.validate.engine import RESERVED, parsed_from_record, run_rules, validate_text
from minutes_cli.validate.profiles import (
    LIMIT_RULES,
    Profile,
    load_profile,
    profile_from_mapping,
)
from minutes_cli.validate.rules import all_rules

CASES = Path(__file__).parent / "rule_cases"

SOURCE = {
    "path": "case.txt",
    "sha256": "0" * 64,
    "media_type": "text/plain",
    "parser_version": "test",
}

# A small working-group minutes text: if the parser finds nothing in it, the
# parser is not there yet and parser-dependent tests are skipped (with a reason).
PROBE = """Předmět: Pracovní skupina Senioři
Datum: 12. března 2024
Místo: zasedací místnost č. 12

Program jednání:

1. Zahájení.

Paní Horáková přivítala přítomné a zahájila jednání.

Závěry jednání

Pan Veselý zašle členům skupiny prezentaci projektu.

Zapsala: Mgr. Lenka Horáková
"""


def make_record(data: dict[str, Any]) -> MinutesRecord:
    """A MinutesRecord from a partial mapping (``source`` filled in)."""
    return MinutesRecord.model_validate({"source": SOURCE, **data})


def make_profile(ref: str | dict[str, Any] | None) -> Profile:
    if ref is None:
        return load_profile("generic")
    if isinstance(ref, str):
        return load_profile(ref)
    return profile_from_mapping({"name": "case", **ref})


@cache
def parser_ready() -> bool:
    """Does the minutes parser recognise the basics of a plain working-group text?"""
    record = api.parse_text(PROBE, kind="minutes")
    assert isinstance(record, MinutesRecord)
    return record.meeting.date is not None and bool(record.agenda or record.items)


def _load_cases() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.extend((data["rule"], case) for case in data["cases"])
    return out


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "rule_case" in metafunc.fixturenames:
        # A case may carry `xfail: reason` while the parser cannot do what it needs yet;
        # strict, so the mark has to go once the parser can.
        params = [
            pytest.param(
                (code, case),
                id=f"{code}-{case['name']}",
                marks=[pytest.mark.xfail(strict=True, reason=case["xfail"])]
                if case.get("xfail")
                else [],
            )
            for code, case in _load_cases()
        ]
        metafunc.parametrize("rule_case", params)


def test_rule_case(rule_case: tuple[str, dict[str, Any]]) -> None:
    code, case = rule_case
    profile = make_profile(case.get("profile"))
    text = case.get("text") or ""
    if "record" in case:
        doc = parsed_from_record(make_record(case["record"]), text.split("\n"), path="case.txt")
        found = run_rules(doc, profile, select=[code])
    else:
        template = bool(case.get("template"))
        if not template and not parser_ready():
            pytest.skip("the minutes parser does not recognise basic minutes yet")
        found = validate_text(text, profile, path="case.txt", select=[code], template=template)
    expected = case["expect"]
    got = [
        {
            k: v
            for k, v in {
                "code": d.code,
                "line": d.line,
                "column": d.column,
                "severity": d.severity.value,
            }.items()
            if k in want
        }
        for d, want in zip(found, expected, strict=False)
    ]
    assert len(found) == len(expected), [d.model_dump() for d in found]
    assert got == expected


def test_every_rule_has_documentation_and_cases() -> None:
    rules = all_rules()
    assert len(rules) >= 15
    for rule in rules:
        assert re.fullmatch(r"(MIN|TPL)\d{3}", rule.code)
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name), rule.name
        doc = rule.doc
        assert "Why:" in doc, rule.code
        assert re.search(r"^Fail:\n\s+\S", doc, re.M), f"{rule.code}: no Fail: example"
        assert re.search(r"^Pass:\n\s+\S", doc, re.M), f"{rule.code}: no Pass: example"
        case_file = CASES / f"{rule.code}.yaml"
        assert case_file.is_file(), f"{rule.code}: no {case_file.name}"
        data = yaml.safe_load(case_file.read_text(encoding="utf-8"))
        assert data["rule"] == rule.code
        expects = [c["expect"] for c in data["cases"]]
        assert [] in expects, f"{rule.code}: no passing case"
        assert any(expects), f"{rule.code}: no failing case"


def test_nothing_recognised_replaces_the_rules() -> None:
    doc = parsed_from_record(
        make_record({"meeting": {"title": "Vítr fouká přes pole"}}), ["", "Vítr fouká přes pole"]
    )
    assert [(d.code, d.line) for d in run_rules(doc, "working-group")] == [("PRS001", 2)]
    assert run_rules(doc, "working-group", ignore=["PRS001"], select=["MIN001"])[0].code == "MIN001"


def test_codes_and_names_are_unique() -> None:
    codes = [r.code for r in all_rules()] + [r.code for r in RESERVED]
    names = [r.name for r in all_rules()] + [r.name for r in RESERVED]
    names += [a for r in all_rules() for a in r.aliases]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


def test_rule_modules_are_named_after_code_and_name() -> None:
    for rule in all_rules():
        module = rule.module.__name__.rsplit(".", 1)[1]
        assert module == f"{rule.code.lower()}_{rule.name.replace('-', '_')}"


def test_rules_command_lists_every_rule() -> None:
    result = CliRunner().invoke(app, ["rules"])
    assert result.exit_code == 0
    for rule in [*all_rules(), *RESERVED]:
        assert re.search(rf"^{rule.code}\s+{rule.name}\s", result.output, re.M), rule.code


def test_rule_command_prints_the_docstring() -> None:
    result = CliRunner().invoke(app, ["rule", "MIN001"])
    assert result.exit_code == 0
    assert result.output.startswith("MIN001 meeting-date-missing (error)")
    assert "Fail:" in result.output and "Pass:" in result.output
    by_name = CliRunner().invoke(app, ["rule", "meeting-date-missing"])
    assert by_name.output == result.output


def test_rule_command_unknown_code_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["rule", "MIN999"])
    assert result.exit_code == 2
    assert "minutes: error: MIN999: no rule" in result.stderr


def test_select_and_ignore_by_code_prefix_and_name() -> None:
    # No date (MIN001 error), no place (MIN002 warning), no programme (MIN010 warning).
    record = make_record({"meeting": {"title": "Zápis", "attendance": {"note": "dle listiny"}}})
    doc = parsed_from_record(record, ["Zápis"])
    codes = lambda **kw: [d.code for d in run_rules(doc, "generic", **kw)]  # noqa: E731
    assert codes() == ["MIN001", "MIN002", "MIN010"]
    assert codes(select=["meeting-date-missing"]) == ["MIN001"]
    assert codes(select=["MIN00"]) == ["MIN001", "MIN002"]
    assert codes(ignore=["MIN001", "agenda-missing"]) == ["MIN002"]


def test_profile_rules_and_ignore_apply() -> None:
    record = make_record({"meeting": {"title": "Zápis", "attendance": {"note": "dle listiny"}}})
    doc = parsed_from_record(record, ["Zápis"])
    profile = make_profile(
        {
            "extends": "generic",
            "ignore": ["MIN010"],
            "rules": {
                "meeting-place-missing": {"enabled": False},
                "MIN001": {"severity": "warning"},
            },
        }
    )
    found = run_rules(doc, profile)
    assert [(d.code, d.severity.value) for d in found] == [("MIN001", "warning")]


# --- the documentation's own examples ---------------------------------------------

# Every requirement on, every limit on: each rule's examples must speak for themselves.
EVERYTHING = {
    "name": "everything",
    "extends": "generic",
    "require": {
        "header": ["date", "place", "body", "attendance"],
        "sections": ["agenda", "items", "conclusions"],
        "signatures": ["recorded_by"],
    },
    "limits": dict.fromkeys(LIMIT_RULES, True),
}
# Rules whose failing example the parser cannot represent as a record (the record
# cases cover them): it derives a programme from section headings, so an empty
# section is always a programme point's (MIN011), and it finds the parts only in
# their usual order.
NOT_FROM_TEXT = {
    "MIN012": "the parser derives a programme from section headings: MIN011 reports it",
    "MIN060": "the parser finds conclusions only after the sections",
}
# Rules the parser cannot yet feed from text (xfail, strict: they flip when it can).
PARSER_GAPS: dict[str, str] = {}


def _example(doc: str, label: str) -> str:
    match = re.search(rf"^{label}:\n((?:    .*\n?|\n)+)", doc, re.M)
    assert match, label
    return textwrap.dedent(match.group(1)).strip("\n") + "\n"


def _doc_params() -> list[object]:
    params: list[object] = []
    for rule in all_rules():
        marks = []
        if rule.code in PARSER_GAPS:
            marks.append(pytest.mark.xfail(strict=True, reason=PARSER_GAPS[rule.code]))
        if rule.code in NOT_FROM_TEXT:
            marks.append(pytest.mark.skip(reason=NOT_FROM_TEXT[rule.code]))
        params.append(pytest.param(rule.code, id=rule.code, marks=marks))
    return params


@pytest.mark.parametrize("code", _doc_params())
def test_documented_examples_hold(code: str) -> None:
    rule = next(r for r in all_rules() if r.code == code)
    if not rule.template_rule and not parser_ready():
        pytest.skip("the minutes parser does not recognise basic minutes yet")
    profile = make_profile("working-group" if rule.template_rule else EVERYTHING)

    def codes(text: str) -> list[str]:
        found = validate_text(
            text, profile, select=[code], ignore=["PRS001"], template=rule.template_rule
        )
        return [d.code for d in found]

    assert codes(_example(rule.doc, "Fail")), "the Fail: example passes"
    assert codes(_example(rule.doc, "Pass")) == [], "the Pass: example fails"
