"""The plain model base ``minutes validate`` builds on must behave as pydantic does.

Each comparison runs once in a subprocess on the plain base and once here,
where pydantic is loaded, over every test document and sample.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from minutes_cli.errors import ConfigError
from minutes_cli.models import plain
from minutes_cli.models.base import use_plain

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted(
    p
    for folder in (ROOT / "tests" / "docs", ROOT / "samples")
    for p in folder.rglob("*")
    if p.suffix in {".txt", ".md", ".rst", ".docx"}
)

BAD_PROFILES: list[dict[str, Any]] = [
    {"name": "x", "require": {"header": ["datum"]}},
    {"name": "x", "require": {"sections": "agenda"}},
    {"name": "x", "require": ["date"]},
    {"name": "x", "limits": {"no_such_limit": True}},
    {"name": "x", "limits": {"votes_consistent": "maybe"}},
    {"name": "x", "rules": {"MIN001": {"severity": "fatal"}}},
    {"name": "x", "rules": {"MIN001": {"colour": "red"}}},
    {"name": "x", "order": ["header", "appendix"]},
    {"name": "x", "unknown_key": 1},
    {"name": "x", "rules": {"MIN001": {"enabled": "perhaps"}}},
    {"name": 5},
    {"name": "x", "extends": "generic", "select": "MIN001"},
    {"name": "x", "labels": {"date": "Datum"}},
]

# What the subprocess prints: every document's record and diagnostics, then the
# message each bad profile is refused with.
SCRIPT = """
import json, sys
{setup}
from minutes_cli.models.base import use_plain
assert use_plain() is {plain}
from minutes_cli.api import parse_file
from minutes_cli.errors import ConfigError
from minutes_cli.validate.engine import validate_file
from minutes_cli.validate.profiles import load_profile
import tempfile, pathlib
out = {{"records": {{}}, "diagnostics": {{}}, "profiles": []}}
for path in json.loads(sys.argv[1]):
    out["records"][path] = parse_file(path).model_dump()
    out["diagnostics"][path] = [d.as_record() for d in validate_file(path)]
folder = pathlib.Path(tempfile.mkdtemp())
for n, mapping in enumerate(json.loads(sys.argv[2])):
    (folder / f"{{n}}.yaml").write_text(json.dumps(mapping), encoding="utf-8")
    try:
        load_profile(str(folder / f"{{n}}.yaml"))
        out["profiles"].append(None)
    except ConfigError as exc:
        out["profiles"].append(str(exc).replace(str(folder), "DIR"))
print(json.dumps(out, default=str, sort_keys=True))
"""


def _run(*, plain_base: bool) -> dict[str, Any]:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT.format(setup="" if plain_base else "import pydantic", plain=plain_base),
            json.dumps([str(p) for p in DOCUMENTS]),
            json.dumps(BAD_PROFILES),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


@pytest.mark.slow
def test_plain_base_gives_the_records_diagnostics_and_errors_pydantic_gives() -> None:
    fast, reference = _run(plain_base=True), _run(plain_base=False)
    assert len(DOCUMENTS) > 100
    assert fast["records"].keys() == reference["records"].keys()
    for path in reference["records"]:
        assert fast["records"][path] == reference["records"][path], path
        assert fast["diagnostics"][path] == reference["diagnostics"][path], path
    assert all(reference["profiles"])  # every bad profile is refused ...
    assert fast["profiles"] == reference["profiles"]  # ... with the same message


def test_use_plain_keeps_pydantic_once_it_is_loaded() -> None:
    import pydantic  # noqa: F401

    assert use_plain() is False
    from minutes_cli.models.record import Loc

    assert Loc.__mro__[-2].__module__.startswith("pydantic")


class _Box(plain.BaseModel):
    model_config = plain.ConfigDict(extra="forbid")
    name: str
    tags: list[str] = []  # noqa: RUF012 - a model field, copied per instance
    count: int = plain.Field(default=0, ge=0)
    for_: int | None = plain.Field(default=None, alias="for")


class _Pin(plain.BaseModel):
    model_config = plain.ConfigDict(frozen=True)
    line: int


def test_plain_defaults_are_copied_and_aliases_populate_fields() -> None:
    first, second = _Box(name="a"), _Box(name="b", **{"for": 3})
    first.tags.append("x")
    assert second.tags == [] and second.for_ == 3
    assert second.model_fields_set == {"name", "for_"}
    assert second.model_dump(by_alias=True)["for"] == 3
    assert first.model_copy(update={"count": 2}).count == 2 and first.count == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Field required"),
        ({"name": "a", "colour": 1}, "Extra inputs are not permitted"),
        ({"name": "a", "count": -1}, "Input should be greater than or equal to 0"),
        ({"name": "a", "tags": "x"}, "Input should be a valid list"),
        ({"name": 1}, "Input should be a valid string"),
    ],
)
def test_plain_refuses_what_pydantic_refuses(data: dict[str, Any], message: str) -> None:
    with pytest.raises(plain.ValidationError) as caught:
        _Box.model_validate(data)
    assert caught.value.errors()[0]["msg"] == message


def test_plain_frozen_models_hash_and_refuse_assignment() -> None:
    pin = _Pin(line=3)
    assert hash(pin) == hash(_Pin(line=3)) and pin == _Pin(line=3)
    with pytest.raises(plain.ValidationError):
        pin.line = 4
    with pytest.raises(TypeError):
        hash(_Box(name="a"))


def test_config_error_names_the_bad_profile_key() -> None:
    from minutes_cli.validate.profiles import profile_from_mapping

    with pytest.raises(ConfigError, match="Input should be"):
        profile_from_mapping({"name": "x", "require": {"header": ["datum"]}})
