"""Diagnostics: what a check found, returned as values (never raised)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel, ConfigDict
else:  # pydantic's, or the plain stand-in `minutes validate` uses
    from minutes_cli.models.base import BaseModel, ConfigDict

from minutes_cli.models.record import Loc


class Severity(StrEnum):
    """How bad a finding is; ``error`` fails a CI run, ``warning`` only with ``--strict``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse: sorts and compares severities."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Diagnostic(BaseModel):
    """One finding at one place: 1-based ``line``/``column`` of the normalized text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str
    line: int = 1
    column: int = 1
    end_line: int | None = None
    code: str
    name: str
    severity: Severity
    message: str

    @classmethod
    def at(
        cls,
        loc: Loc | None,
        code: str,
        name: str,
        severity: Severity,
        message: str,
        *,
        file: str = "",
        column: int = 1,
    ) -> Diagnostic:
        """A diagnostic at a record ``loc`` (line 1 when the value has no place)."""
        line = loc.line if loc else 1
        end = loc.end_line if loc else None
        return cls(
            file=file,
            line=line,
            column=column,
            end_line=end,
            code=code,
            name=name,
            severity=severity,
            message=message,
        )

    def as_record(self) -> dict[str, Any]:
        """Plain JSON-able dict: the one serializer of ``--format json`` and the API."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line if self.end_line is not None else self.line,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
        }

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)
