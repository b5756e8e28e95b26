"""Extractors: from a normalized document to the fields of its record."""

from __future__ import annotations

from contextvars import ContextVar

#: Whether a parse collects the document's inventory (entities, organisations) as
#: well as its structure. ``minutes validate`` reads only the structure and turns
#: this off (see :func:`minutes_cli.assemble.build_record`); records are complete.
INVENTORY: ContextVar[bool] = ContextVar("minutes_inventory", default=True)
