"""Template profiles: what a family of minutes must contain, and how it labels it.

A profile is YAML (built-ins ship as package data under ``data/profiles``;
user profiles are read from a path). ``extends:`` names another profile
this one builds on: mappings merge deeply, lists and scalars replace.

Elements a profile can require (``require``: an error when missing) or
recommend (``recommend``: a warning when missing):

- ``header``: ``date``, ``place``, ``body``, ``attendance``
- ``sections``: ``agenda``, ``items``, ``conclusions``
- ``signatures``: ``recorded_by``, ``reviewed_by``, ``verified_by``, ``approved_by``

``limits`` switch the consistency rules on or off, ``rules`` set a rule's
``severity`` or ``enabled`` by code or name, and ``labels`` list the label
variants (``Datum``, ``Místo konání`` …) each element may use, which
``minutes validate --template`` looks for.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
else:  # pydantic's, or the plain stand-in `minutes validate` uses
    from minutes_cli.models.base import (
        BaseModel,
        ConfigDict,
        Field,
        ValidationError,
        field_validator,
    )

from minutes_cli import rx
from minutes_cli.data import DataError, parse_yaml, read
from minutes_cli.errors import ConfigError
from minutes_cli.models.diagnostic import Severity

HeaderField = Literal["date", "place", "body", "attendance"]
SectionName = Literal["agenda", "items", "conclusions"]
Role = Literal["recorded_by", "reviewed_by", "verified_by", "approved_by"]
OrderElement = Literal["header", "agenda", "items", "conclusions", "signatures"]

HEADER_FIELDS: tuple[str, ...] = ("date", "place", "body", "attendance")
SECTIONS: tuple[str, ...] = ("agenda", "items", "conclusions")
ROLES: tuple[str, ...] = ("recorded_by", "reviewed_by", "verified_by", "approved_by")

# Each limit is a switch for one rule; a profile reads better with the limits named.
LIMIT_RULES: dict[str, str] = {
    "signature_not_before_meeting": "MIN031",
    "agenda_points_have_sections": "MIN011",
    "resolutions_sequential": "MIN021",
    "votes_consistent": "MIN022",
    "action_items_have_owner": "MIN040",
    "signatures_dated": "MIN032",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Requirements(_Strict):
    header: list[HeaderField] = []
    sections: list[SectionName] = []
    signatures: list[Role] = []


class RuleSetting(_Strict):
    enabled: bool = True
    severity: Severity | None = None


class Profile(_Strict):
    """A resolved profile (``extends`` already merged in)."""

    name: str
    description: str = ""
    extends: str | None = None
    require: Requirements = Requirements()
    recommend: Requirements = Requirements()
    order: list[OrderElement] = ["header", "agenda", "items", "conclusions", "signatures"]
    limits: dict[str, bool] = {}
    labels: dict[str, list[str]] = {}
    select: list[str] = []
    ignore: list[str] = []
    rules: dict[str, RuleSetting] = Field(default_factory=dict)

    @field_validator("limits")
    @classmethod
    def _known_limits(cls, value: dict[str, bool]) -> dict[str, bool]:
        unknown = sorted(set(value) - set(LIMIT_RULES))
        if unknown:
            raise ValueError(f"unknown limit {unknown[0]!r} (known: {', '.join(LIMIT_RULES)})")
        return value

    def level(self, group: str, element: str) -> Literal["require", "recommend"] | None:
        """Is ``element`` of ``group`` (header/sections/signatures) required or recommended?"""
        if element in getattr(self.require, group):
            return "require"
        if element in getattr(self.recommend, group):
            return "recommend"
        return None

    def labels_for(self, element: str) -> list[str]:
        return self.labels.get(element, [])


def builtin_names() -> list[str]:
    """Names of the profiles shipped with the package."""
    folder = resources.files("minutes_cli.data") / "profiles"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def _looks_like_path(ref: str) -> bool:
    return ref.endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref


def _raw(ref: str, base: Path | None) -> tuple[dict[str, Any], Path | None]:
    """Load one profile's own mapping, by built-in name or by path."""
    where: Path | None = None
    try:
        if _looks_like_path(ref) or (base is None and Path(ref).is_file()):
            where = Path(ref) if base is None or Path(ref).is_absolute() else base / ref
            try:
                text = where.read_text(encoding="utf-8")
            except OSError as exc:
                raise ConfigError(f"{ref}: cannot read profile: {exc.strerror or exc}") from exc
            data = parse_yaml(text)
        elif ref in builtin_names():
            data = read(f"profiles/{ref}.yaml")
        else:
            names = ", ".join(builtin_names())
            raise ConfigError(f"{ref}: no such profile (built-in: {names}; or give a path)")
    except DataError as exc:
        raise ConfigError(f"{ref}: profile is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{ref}: a profile must be a YAML mapping")
    data.setdefault("name", where.stem if where else ref)
    return data, (where.parent if where else None)


def deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Merge ``over`` into a copy of ``base``: mappings recursively, the rest replaced."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _resolve(ref: str, base: Path | None, seen: tuple[str, ...]) -> dict[str, Any]:
    key = ref
    if _looks_like_path(ref) or (base is None and Path(ref).is_file()):
        key = str((Path(ref) if base is None else base / ref).resolve())
    if key in seen:
        raise ConfigError(f"{ref}: profile extends itself ({' -> '.join((*seen, key))})")
    data, folder = _raw(ref, base)
    parent = data.get("extends")
    if parent:
        merged = deep_merge(_resolve(str(parent), folder, (*seen, key)), data)
        merged["name"] = data["name"]
        return merged
    return data


@lru_cache(maxsize=32)
def _load_cached(ref: str) -> Profile:
    data = _resolve(ref, None, ())
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{ref}: invalid profile: {where}: {first['msg']}") from exc


def load_profile(ref: str | Path = "generic") -> Profile:
    """A profile by built-in name (``generic``) or by path, with ``extends`` merged.

    Raises :class:`ConfigError` when it cannot be found, read or understood.
    """
    return _load_cached(str(ref))


def profile_from_mapping(data: dict[str, Any]) -> Profile:
    """A profile from an in-memory mapping (its ``extends`` resolved by name)."""
    parent = data.get("extends")
    merged = deep_merge(_resolve(str(parent), None, ()), data) if parent else data
    try:
        return Profile.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(f"invalid profile: {exc.errors()[0]['msg']}") from exc


# --- label matching ------------------------------------------------------------

_LEAD = rx.compile(r"^(?:[\s\-–—•*·>#|]+|\(?\d{1,3}[.)]\s*|\(?[a-z][.)]\s+|[ivx]{1,5}\.\s+)*")


def fold_label(text: str) -> str:
    """Lower case, no diacritics, single spaces: how labels are compared."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return rx.sub(r"\s+", " ", plain).strip()


def match_label(line: str, labels: list[str]) -> tuple[int, str] | None:
    """Find a label in ``line``: 0-based column and the label as written there.

    A label counts at the start of the line (after bullets or numbering) when
    no letter follows it ("Zapsal(a):", "Datum:", "Program jednání"), or
    anywhere when a colon follows it ("…   Ověřil: ……").
    """
    if not line.strip() or line.lstrip().startswith(("{{", "{%")):
        # A template tag is a placeholder, not a label, whatever its words.
        return None
    folded = fold_label(line)
    # fold_label keeps one char per char only when nothing was decomposed away;
    # map the folded position back through the stripped-lead length instead.
    lead = _LEAD.match(folded)
    start = lead.end() if lead else 0
    for label in rx.longest_first(fold_label(x) for x in labels):
        if not label:
            continue
        if folded.startswith(label, start):
            after = folded[start + len(label) : start + len(label) + 1]
            if not after.isalpha():
                return _original_column(line, start), _original_text(line, start, len(label))
        pos = folded.find(label + ":", start)
        while pos > 0:
            if not folded[pos - 1].isalpha():
                return _original_column(line, pos), _original_text(line, pos, len(label))
            pos = folded.find(label + ":", pos + 1)
    return None


def _original_column(line: str, folded_pos: int) -> int:
    """Column in ``line`` of the character at ``folded_pos`` of its folded form."""
    count = 0
    stripped_lead = len(line) - len(line.lstrip())
    # Folding removes leading blanks and composes runs of spaces; walk the line.
    i = stripped_lead
    prev_space = False
    while i < len(line) and count < folded_pos:
        ch = line[i]
        if ch.isspace():
            if not prev_space:
                count += 1
            prev_space = True
        else:
            count += 1
            prev_space = False
        i += 1
    while i < len(line) and line[i].isspace():
        i += 1
    return i


def _original_text(line: str, folded_pos: int, length: int) -> str:
    start = _original_column(line, folded_pos)
    end = _original_column(line, folded_pos + length) if length else start
    return line[start:end].rstrip(" :")
