"""Numbered resolutions should be numbered in sequence, without gaps or repeats.

Why: resolution numbers are cited later ("usnesení č. 12/2024"); a gap or a
repeated number means a resolution was lost, or two share one reference.
Numbers with several parts ("12/2024", "5/2/2024", "RM/17/3/2025") are
compared part by part: one part goes up by one, the parts before it stay and
the parts after it stay or start again at 1 ("5/3/2024" then "6/1/2024"). A
series may start anywhere (councils number across meetings). Each numbering
shape ("U-5/2023", "12/2024", "3") is a series of its own.

Fail:
    Usnesení
    Usnesení č. 1/2024: Výbor schvaluje program.
    Usnesení č. 3/2024: Výbor bere na vědomí zprávu.
Pass:
    Usnesení
    Usnesení č. 1/2024: Výbor schvaluje program.
    Usnesení č. 2/2024: Výbor bere na vědomí zprávu.
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli import rx
from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN021", "resolution-numbers-not-sequential", Severity.ERROR
ALIASES: tuple[str, ...] = ()

_NUMBER = rx.compile(r"\d+")


def _first_change(parts: list[int], last: list[int]) -> int | None:
    """The index of the first part that differs from ``last``, or None (a repeat)."""
    return next((k for k, (a, b) in enumerate(zip(parts, last, strict=True)) if a != b), None)


def _follows(parts: list[int], last: list[int]) -> bool:
    """Does a number with ``parts`` come right after one with ``last``?"""
    k = _first_change(parts, last)
    if k is None:
        return False
    rest = zip(parts[k + 1 :], last[k + 1 :], strict=True)
    return parts[k] == last[k] + 1 and all(a in (b, 1) for a, b in rest)


def _expected(number: str, parts: list[int], last: list[int]) -> str:
    """``number`` with the first part that differs from ``last`` set one above it."""
    k = _first_change(parts, last)
    assert k is not None  # called for a number that is no repeat
    values = iter([*last[:k], last[k] + 1, *parts[k + 1 :]])
    return _NUMBER.sub(lambda _m: str(next(values)), number)


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report a numbered conclusion that does not follow the one before it in its series."""
    # Each numbering shape ("U-#/#", "#/#", "#") is its own series: minutes often
    # mix resolutions "U-5/2023" with a closing "1)", "2)" list of tasks.
    previous: dict[str, tuple[list[int], str]] = {}
    for conclusion in doc.record.conclusions:
        if not conclusion.number:
            continue
        parts = [int(n) for n in _NUMBER.findall(conclusion.number)]
        if not parts:
            continue
        shape = _NUMBER.sub("#", conclusion.number)
        last = previous.get(shape)
        if last is not None and not _follows(parts, last[0]):
            if parts == last[0]:
                message = f"resolution number {conclusion.number} repeats the one before"
            else:
                message = (
                    f"resolution {conclusion.number} follows {last[1]}: "
                    f"expected {_expected(conclusion.number, parts, last[0])}"
                )
            yield conf.at(conclusion.loc, message, column=doc.column(conclusion.loc.line))
        previous[shape] = (parts, conclusion.number)
