"""Serialize records (YAML, JSON, JSON Lines) and write files atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from minutes_cli.io.formats import SUFFIX, Format

__all__ = ["SUFFIX", "Format", "as_data", "dump", "load", "write_atomic"]


class _Dumper(yaml.SafeDumper):
    """Block style, Unicode kept, long text folded only at spaces."""


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


def _dict_presenter(dumper: yaml.SafeDumper, data: dict[str, Any]) -> yaml.MappingNode:
    # Small all-scalar mappings ({line: 12, end_line: 12}) read best on one line.
    flow = len(data) <= 3 and all(not isinstance(v, dict | list) for v in data.values())
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=flow)


_Dumper.add_representer(str, _str_presenter)
_Dumper.add_representer(dict, _dict_presenter)


_FIRST = ("schema_version", "kind", "source")
_LAST = ("people", "organisations", "entities", "furniture", "unassigned", "warnings")


def as_data(record: BaseModel) -> dict[str, Any]:
    """The record as plain JSON-compatible data (the one serializer for every output).

    Keys come in reading order: identity first, the kind's own fields, then
    the parts every kind shares.
    """
    data = record.model_dump(mode="json", by_alias=True)
    head = {k: data[k] for k in _FIRST if k in data}
    tail = {k: data[k] for k in _LAST if k in data}
    middle = {k: v for k, v in data.items() if k not in head and k not in tail}
    return {**head, **middle, **tail}


def dump(record: BaseModel, fmt: Format | str = Format.yaml) -> str:
    """Serialize one record; JSON Lines is one line with a trailing newline."""
    fmt = Format(fmt)
    data = as_data(record)
    if fmt is Format.json:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt is Format.jsonl:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def load(text: str) -> Any:
    """Parse YAML or JSON (JSON is YAML, but the JSON parser is exact and faster)."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return json.loads(text)
    return yaml.safe_load(text)


def write_atomic(path: Path, text: str, *, overwrite: bool = True) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename.

    A killed process leaves either the old file or the new one, never half
    of one. With ``overwrite=False`` an existing file raises FileExistsError.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if not overwrite and path.exists():
        raise FileExistsError(str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
