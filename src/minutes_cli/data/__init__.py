"""Czech knowledge kept as data: lexicons and template profiles (YAML)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's C loader when PyYAML has it: the lexicons load ~10x faster, which is
# most of the start-up time of `minutes validate`.
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str) -> Any:
    """Load ``data/<name>.yaml`` from the package (cached)."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=SAFE_LOADER)
