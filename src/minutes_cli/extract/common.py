"""The parts every kind of record shares: entities, people, organisations."""

from __future__ import annotations

from typing import Any

from minutes_cli.extract import entities
from minutes_cli.text.document import Doc


def extract(doc: Doc, *, nlp: str = "rules", reference_year: int | None = None) -> dict[str, Any]:
    """Shared fields; a kind's parser may already have set people/organisations."""
    return {"entities": entities.extract(doc, reference_year)}
