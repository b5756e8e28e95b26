"""Output formats, importable without the serializers (keeps ``--help`` fast)."""

from __future__ import annotations

from enum import StrEnum


class Format(StrEnum):
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"


SUFFIX = {Format.yaml: ".yaml", Format.json: ".json", Format.jsonl: ".jsonl"}
