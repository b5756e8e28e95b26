"""The facts of our test documents hold when the documents are typed differently.

Real minutes reach us re-typed: exported from PDF with a page margin, saved
on Windows with trailing spaces, with hyphens for dashes or other bullets.
Each transformation below keeps what the minutes say; every fact of every
plain-text test document must survive it (a fact about a dash is re-typed
with the document).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck import check
from minutes_cli.api import parse_file
from minutes_cli.io.readers import read_path
from minutes_cli.io.writers import as_data

DOCS = Path(__file__).resolve().parent / "docs"


def _margin(text: str) -> str:
    """pdftotext -layout: every line indented by the page margin."""
    return "\n".join("    " + line if line.strip() else line for line in text.split("\n"))


def _windows(text: str) -> str:
    """CRLF line ends and trailing spaces."""
    return "\r\n".join(line + "  " for line in text.split("\n"))


def _hyphens(text: str) -> str:
    """Hyphens typed for en dashes."""
    return text.replace("–", "-")


def _bullets(text: str) -> str:
    """Round bullets for hyphen bullets (not "- 1 -", a page number)."""
    return re.sub(r"(?m)^(\s*)[-*] (?=\D)", r"\1• ", text)


RETYPINGS: dict[str, Callable[[str], str]] = {
    "margin": _margin,
    "windows": _windows,
    "hyphens": _hyphens,
    "bullets": _bullets,
}


def _documents() -> list[tuple[Path, list[dict[str, Any]]]]:
    out = []
    for facts_file in sorted(DOCS.rglob("*.facts.yaml")):
        spec = yaml.safe_load(facts_file.read_text(encoding="utf-8"))
        document = (facts_file.parent / spec["document"]).resolve()
        if document.suffix == ".txt" and spec.get("facts"):
            out.append((document, spec["facts"]))
    return out


def _retyped_fact(fact: Any, retype: Callable[[str], str]) -> Any:
    if isinstance(fact, str):
        return retype(fact) if retype is _hyphens else fact
    if isinstance(fact, list):
        return [_retyped_fact(v, retype) for v in fact]
    if isinstance(fact, dict):
        return {k: v if k == "path" else _retyped_fact(v, retype) for k, v in fact.items()}
    return fact


@cache
def _record(path: Path) -> dict[str, Any]:
    return as_data(parse_file(path))


@pytest.mark.parametrize("name", RETYPINGS)
@pytest.mark.parametrize(
    ("document", "facts"), [pytest.param(d, f, id=d.stem[:40]) for d, f in _documents()]
)
def test_facts_survive_retyping(
    name: str, document: Path, facts: list[dict[str, Any]], tmp_path: Path
) -> None:
    retype = RETYPINGS[name]
    source = read_path(document)  # any encoding the reader takes; written back in it
    copy = tmp_path / document.name
    copy.write_bytes(retype(source.text).encode(source.encoding or "utf-8"))
    record = as_data(parse_file(copy))
    failed = [
        check(record, _retyped_fact(fact, retype)).message
        for fact in facts
        if check(_record(document), fact).ok  # each fact holds on the original (test_docs_facts)
        and not check(record, _retyped_fact(fact, retype)).ok
    ]
    assert not failed, f"{document.name} re-typed ({name}): " + "; ".join(failed)
