"""Pydantic models: the single source of truth for the record's shape."""

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
