"""Hand-written facts about our own test documents hold for the parsed records.

Each ``tests/docs/**/*.facts.yaml`` names one document (relative to the facts
file) and lists facts written from the document alone, never from the
parser's output. Every (document, fact) pair is one test case, so a failure
names the document and the fact. The documents are invented minutes in
layouts the samples do not have; they check that the parser generalises.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck import check, operator_of
from minutes_cli.api import parse_file
from minutes_cli.io.writers import as_data

DOCS = Path(__file__).resolve().parent / "docs"


def _ascii(text: str) -> str:
    """Test ids without diacritics: pytest would print them as escapes."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _cases() -> list[Any]:
    cases = []
    for facts_file in sorted(DOCS.rglob("*.facts.yaml")):
        spec = yaml.safe_load(facts_file.read_text(encoding="utf-8"))
        document = (facts_file.parent / spec["document"]).resolve()
        for index, fact in enumerate(spec.get("facts") or []):
            case_id = f"{facts_file.name.removesuffix('.facts.yaml')}#{index:02d}:{fact['path']}"
            cases.append(pytest.param(document, fact, id=_ascii(case_id)))
    return cases


@cache
def _record(document: Path) -> dict[str, Any]:
    """Parse each document once for all its facts."""
    return as_data(parse_file(document))


def test_every_facts_file_names_an_existing_document() -> None:
    files = sorted(DOCS.rglob("*.facts.yaml"))
    assert len(files) >= 8
    for facts_file in files:
        spec = yaml.safe_load(facts_file.read_text(encoding="utf-8"))
        assert (facts_file.parent / spec["document"]).is_file(), facts_file.name
        for fact in spec["facts"]:
            operator_of(fact)  # exactly one known operator


@pytest.mark.parametrize(("document", "fact"), _cases())
def test_fact_holds(document: Path, fact: dict[str, Any]) -> None:
    outcome = check(_record(document), fact)
    assert outcome.ok, f"{document.name}: {outcome.message}"
