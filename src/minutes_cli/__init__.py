"""minutes: turn Czech meeting minutes into structured, validated records.

The library is the product; the ``minutes`` command is one client of it::

    from minutes_cli import parse_file
    record = parse_file("samples/minutes/2017-12-07-prevence-kriminality.txt")
    print(record.meeting.date)

The API is imported lazily so that ``minutes --help`` and ``import
minutes_cli`` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from minutes_cli.api import iter_batch, parse_file, parse_text

__all__ = ["__version__", "iter_batch", "parse_file", "parse_text"]


def __getattr__(name: str) -> Any:
    if name in {"parse_file", "parse_text", "iter_batch"}:
        from minutes_cli import api

        return getattr(api, name)
    raise AttributeError(f"module 'minutes_cli' has no attribute {name!r}")
