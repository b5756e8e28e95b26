"""Pydantic models: the single source of truth for the record's shape.

The names below load :mod:`minutes_cli.models.record` on first use, so that
:func:`minutes_cli.models.base.use_plain` can still choose the models' base.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minutes_cli.models.record import (
        RECORD_TYPES,
        SCHEMA_VERSION,
        MinutesRecord,
        ProjectRecord,
        Record,
        StrategyRecord,
        UnknownRecord,
    )

__all__ = [
    "RECORD_TYPES",
    "SCHEMA_VERSION",
    "MinutesRecord",
    "ProjectRecord",
    "Record",
    "StrategyRecord",
    "UnknownRecord",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from minutes_cli.models import record

        return getattr(record, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
