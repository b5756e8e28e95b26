"""Helpers the validate tests share: records built by hand, and parser readiness."""

from __future__ import annotations

from functools import cache
from typing import Any

from minutes_cli import api
from minutes_cli.models.record import MinutesRecord
from minutes_cli.validate.profiles import Profile, load_profile, profile_from_mapping

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
