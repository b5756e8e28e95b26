"""What the models are built on: pydantic, or :mod:`minutes_cli.models.plain`.

The record, diagnostic and profile modules take ``BaseModel``, ``ConfigDict``,
``Field``, ``ValidationError`` and ``field_validator`` from here. They are
pydantic's unless :func:`use_plain` was called before the models were loaded:
``minutes validate`` does, because it needs values and checks, not schemas or
serializers, and pydantic's import and validator building are most of its
start-up.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_plain = False


def use_plain() -> bool:
    """Build the models on the plain base if nothing has loaded pydantic yet.

    Returns whether the plain base is in use. Once pydantic is loaded, the
    models stay pydantic's (one process never mixes the two).
    """
    global _plain
    if not _plain and "pydantic" not in sys.modules:
        _plain = True
    return _plain


def _backend() -> ModuleType:
    if _plain:
        from minutes_cli.models import plain

        return plain
    import pydantic

    return pydantic


def __getattr__(name: str) -> Any:
    if name in ("BaseModel", "ConfigDict", "Field", "ValidationError", "field_validator"):
        return getattr(_backend(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
