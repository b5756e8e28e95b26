"""The ``minutes`` command: a thin client over :mod:`minutes_cli.api`."""

from __future__ import annotations

from minutes_cli.cli.app import app, main

# Each module registers its commands on ``app``.
from minutes_cli.cli import parse as _parse  # noqa: F401  isort: skip
from minutes_cli.cli import validate as _validate  # noqa: F401  isort: skip
from minutes_cli.cli import batch as _batch  # noqa: F401  isort: skip
from minutes_cli.cli import show as _show  # noqa: F401  isort: skip

__all__ = ["app", "main"]
