"""The rules: one module per rule, named ``<code>_<name>.py``.

Each module has ``CODE`` ("MIN001"), ``NAME`` (kebab-case), ``SEVERITY``,
optional ``ALIASES`` (old names, kept when a rule is renamed; codes are never
reused), a docstring that *is* its documentation (what, why, ``Fail:`` and
``Pass:`` examples) and ``check(doc, conf)`` yielding :class:`Diagnostic` values.

This package also holds what rules see: :class:`ParsedMinutes` (the record
plus the normalized lines, for exact lines and columns) and :class:`RuleConf`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from functools import cache
from types import ModuleType
from typing import NamedTuple

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.models.record import Loc, MinutesRecord
from minutes_cli.validate.profiles import Profile, match_label


class ParsedMinutes(NamedTuple):
    """What a rule checks: the record, the lines its ``loc`` values point into."""

    path: str
    record: MinutesRecord
    lines: tuple[str, ...] = ()
    template: bool = False
    furniture: frozenset[int] = frozenset()
    """1-based lines the record lists as page furniture."""

    def is_content(self, line: int) -> bool:
        """Is the 1-based ``line`` a non-blank, non-furniture line?"""
        return (
            0 < line <= len(self.lines)
            and bool(self.lines[line - 1].strip())
            and line not in self.furniture
        )

    @property
    def first_content_line(self) -> int:
        return next((n for n in range(1, len(self.lines) + 1) if self.is_content(n)), 1)

    @property
    def last_content_line(self) -> int:
        return next((n for n in range(len(self.lines), 0, -1) if self.is_content(n)), 1)

    def column(self, line: int) -> int:
        """1-based column of the first non-blank character of ``line``."""
        if not 0 < line <= len(self.lines):
            return 1
        text = self.lines[line - 1]
        return len(text) - len(text.lstrip()) + 1

    def find_label(
        self, labels: list[str], start: int = 1, end: int | None = None
    ) -> tuple[int, int] | None:
        """First (line, column), 1-based, where one of ``labels`` stands."""
        stop = len(self.lines) if end is None else min(end, len(self.lines))
        for number in range(max(start, 1), stop + 1):
            if number in self.furniture:
                continue
            hit = match_label(self.lines[number - 1], labels)
            if hit:
                return number, hit[0] + 1
        return None

    @property
    def first_signature_line(self) -> int | None:
        lines = [s.loc.line for s in self.record.signatures if s.loc]
        return min(lines) if lines else None


class RuleConf(NamedTuple):
    """A rule's settings for one run: severity, profile, and the file being checked."""

    code: str
    name: str
    severity: Severity
    profile: Profile
    file: str = ""

    def at(
        self,
        line: int | Loc | None,
        message: str,
        *,
        column: int = 1,
        end_line: int | None = None,
        severity: Severity | None = None,
    ) -> Diagnostic:
        """A diagnostic of this rule at a 1-based line (or a record ``loc``)."""
        if isinstance(line, Loc):
            end_line = end_line or line.end_line
            line = line.line
        number = line or 1
        return Diagnostic(
            file=self.file,
            line=number,
            column=column,
            end_line=end_line if end_line is not None else number,
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
        )

    def level_severity(self, level: str | None) -> Severity | None:
        """Severity for a missing element: the rule's when required, at most warning when
        recommended, nothing when the profile does not ask for it."""
        if level == "require":
            return self.severity
        if level == "recommend":
            return self.severity if self.severity.rank < Severity.ERROR.rank else Severity.WARNING
        return None


Check = Callable[[ParsedMinutes, RuleConf], Iterator[Diagnostic]]


class Rule(NamedTuple):
    """A rule as the engine sees it."""

    code: str
    name: str
    severity: Severity
    aliases: tuple[str, ...]
    doc: str
    check: Check
    module: ModuleType

    @property
    def summary(self) -> str:
        """The first paragraph of the docstring, on one line."""
        return " ".join(self.doc.strip().split("\n\n")[0].split())

    @property
    def template_rule(self) -> bool:
        """Template rules (TPL…) check blank templates, the others filled-in minutes."""
        return self.code.startswith("TPL")


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule module in this package, sorted by code."""
    found: list[Rule] = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if not hasattr(module, "CODE"):
            continue
        found.append(
            Rule(
                code=module.CODE,
                name=module.NAME,
                severity=module.SEVERITY,
                aliases=tuple(getattr(module, "ALIASES", ())),
                doc=module.__doc__ or "",
                check=module.check,
                module=module,
            )
        )
    return tuple(sorted(found, key=lambda r: r.code))
