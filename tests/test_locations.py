"""Every ``loc`` points at the lines where its value stands, and no line is lost.

For every sample and test document: each object in the record that has a
``loc`` and a textual value (title, text, what, organisation, mention text,
entity text, label) must find that value in the normalized lines
``loc.line..loc.end_line`` (what ``minutes text`` prints). And every
non-empty line is either in some segment, furniture, or listed in
``unassigned`` with an ACC001 warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from minutes_cli.api import parse_source
from minutes_cli.io.readers import read_path
from minutes_cli.io.writers import as_data
from minutes_cli.text.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted(
    p
    for folder in (ROOT / "samples", ROOT / "tests" / "docs")
    for p in folder.rglob("*")
    if p.suffix in {".txt", ".md", ".rst", ".docx"}
)
TEXT_FIELDS = ("title", "text", "what", "organisation", "label")
PREFIX = 40


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _located(data: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(data, dict):
        if isinstance(data.get("loc"), dict):
            yield path, data
        for key, value in data.items():
            yield from _located(value, f"{path}.{key}" if path else key)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _located(value, f"{path}[{index}]")


@pytest.fixture(scope="module", params=DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def parsed(request: pytest.FixtureRequest) -> tuple[dict[str, Any], list[str]]:
    source = read_path(request.param)
    lines = list(normalize(source).lines)
    return as_data(parse_source(source)), lines


def test_values_stand_at_their_loc(parsed: tuple[dict[str, Any], list[str]]) -> None:
    record, lines = parsed
    checked = 0
    problems = []
    # A paragraph broken by a page break is joined without the furniture between.
    furniture = {f["loc"]["line"] for f in record["furniture"] if f["loc"]}
    for path, obj in _located(record):
        loc = obj["loc"]
        assert 1 <= loc["line"] <= loc["end_line"] <= len(lines), (path, loc)
        span = range(loc["line"], loc["end_line"] + 1)
        window = _fold(
            " ".join(lines[n - 1] for n in span if n not in furniture or n == loc["line"])
        )
        for field in TEXT_FIELDS:
            value = obj.get(field)
            if not isinstance(value, str) or not value.strip():
                continue
            # Item titles drop their number and final stop; texts are joined,
            # so a prefix must stand in the window.
            want = _fold(value)[:PREFIX]
            checked += 1
            if want not in window and path.startswith("items[") and field == "title":
                # "K bodu 1:" sections take their title from the programme entry.
                window += " " + " ".join(
                    _fold(" ".join(lines[a["loc"]["line"] - 1 : a["loc"]["end_line"]]))
                    for a in record.get("agenda", [])
                    if a["number"] == obj.get("number")
                )
            # "Za Diakonii Lipník (…):" reports for "Diakonie Lipník": the name in the
            # nominative, each word's stem in the window
            nominative = field == "organisation" and all(w[:4] in window for w in want.split())
            if want not in window and nominative:
                continue
            if want not in window:
                problems.append(f"{path}.{field}={value[:60]!r} not in lines {loc}")
    assert not problems, "\n".join(problems)
    assert checked > 0


def test_every_line_is_accounted_for(parsed: tuple[dict[str, Any], list[str]]) -> None:
    record, lines = parsed
    unassigned = {u["loc"]["line"] for u in record["unassigned"]}
    if unassigned:
        codes = {w["code"] for w in record["warnings"]}
        assert codes & {"ACC001", "STR001"}, "unassigned lines need a warning"
    for u in record["unassigned"]:
        assert _fold(u["text"]) == _fold(lines[u["loc"]["line"] - 1])
