"""Czech knowledge kept as data: lexicons and template profiles (YAML).

The YAML files are the source. ``compiled/`` holds each of them as JSON, with
the SHA-256 of the YAML text it was made from (``python -m minutes_cli.data``
writes them; a test keeps them current). JSON loads without importing PyYAML,
which would otherwise be a tenth of the start-up of ``minutes validate``. A
file whose twin is missing or stale is read as YAML, so an edit is never
shadowed by an old twin.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any


class DataError(ValueError):
    """A YAML text that does not parse."""


def parse_yaml(text: str) -> Any:
    """Parse YAML with libyaml's C loader when PyYAML has it (~10x faster)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise DataError(str(exc)) from exc


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _root() -> Traversable:
    return resources.files(__package__)


def _twin(path: str) -> Traversable:
    return _root().joinpath("compiled", path.removesuffix(".yaml") + ".json")


def read(path: str) -> Any:
    """The package's data file ``path`` ("lexicon.yaml", "profiles/generic.yaml"),
    parsed; new objects on every call."""
    text = _root().joinpath(path).read_text(encoding="utf-8")
    try:
        compiled = json.loads(_twin(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        compiled = None
    if isinstance(compiled, dict) and compiled.get("sha256") == _digest(text):
        return compiled["data"]
    return parse_yaml(text)


@cache
def load(name: str) -> Any:
    """Load ``data/<name>.yaml`` from the package (cached: callers must not change it)."""
    return read(f"{name}.yaml")


def sources() -> list[str]:
    """Every YAML file of the package's data, as paths relative to it."""
    root = _root()
    names = [f.name for f in root.iterdir() if f.name.endswith(".yaml")]
    names += [f"profiles/{f.name}" for f in root.joinpath("profiles").iterdir()]
    return sorted(n for n in names if n.endswith(".yaml"))


def compiled_text(path: str) -> str:
    """The JSON twin of the data file ``path``, as ``python -m minutes_cli.data`` writes it."""
    text = _root().joinpath(path).read_text(encoding="utf-8")
    data = parse_yaml(text)
    if json.loads(json.dumps(data)) != data:  # e.g. integer keys, which JSON turns into strings
        raise DataError(f"{path}: holds values JSON cannot keep as they are; quote them")
    return json.dumps({"sha256": _digest(text), "data": data}, ensure_ascii=False) + "\n"
