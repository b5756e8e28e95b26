"""JSON Schema files generated from the models (``minutes schema``)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from minutes_cli.models.record import RECORD_TYPES, Record


def schemas() -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema: one per kind and ``record.schema.json`` for the union."""
    out: dict[str, dict[str, Any]] = {}
    union = TypeAdapter(Record).json_schema(by_alias=True)
    union["title"] = "Record"
    out["record.schema.json"] = union
    for kind, model in RECORD_TYPES.items():
        out[f"{kind}.schema.json"] = model.model_json_schema(by_alias=True)
    for name, schema in out.items():
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://minutes-cli.invalid/schemas/{name}"
    return out


def render(schema: dict[str, Any]) -> str:
    """Stable text of one schema file."""
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
