"""Parser for documents of kind `strategy` (being built)."""

from __future__ import annotations

from typing import Any

from minutes_cli.models.record import RecordWarning
from minutes_cli.text.document import Doc


def parse(doc: Doc, warnings: list[RecordWarning]) -> dict[str, Any]:
    """Fields of a strategy record; claims the lines it uses in ``doc``."""
    return {}
