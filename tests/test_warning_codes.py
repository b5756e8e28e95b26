"""Every warning code the parser can emit is documented in data/warnings.yaml."""

from __future__ import annotations

import re
from pathlib import Path

from minutes_cli.data import load

SRC = Path(__file__).resolve().parent.parent / "src" / "minutes_cli"


def test_every_emitted_code_is_documented() -> None:
    documented = set(load("warnings"))
    emitted: set[str] = set()
    for path in SRC.rglob("*.py"):
        if "validate" in path.parts:  # linter rules are documented by their docstrings
            continue
        emitted.update(re.findall(r'code="([A-Z]{3}\d{3})"', path.read_text(encoding="utf-8")))
    emitted.update({"MIN102", "MIN104"})  # chosen from a note in extract/minutes.py
    assert emitted, "no warning codes found: the scan is broken"
    assert sorted(emitted - documented) == []


def test_documented_codes_are_well_formed() -> None:
    for code, text in load("warnings").items():
        assert re.fullmatch(r"[A-Z]{3}\d{3}", code)
        assert isinstance(text, str) and len(text) > 20
