"""A small fact checker for parsed records, used by the document fact tests.

Facts files (``tests/docs/**/*.facts.yaml``) hold facts a human wrote from the
document alone. This module is our own equivalent of the shared acceptance
checker, vendored so that the tests run on a fresh clone without ``../shared``.

A fact is a mapping with ``path`` and one operator::

    {path: meeting.date, equals: "2023-03-03"}
    {path: "conclusions[?number=5/2023].vote.for", equals: [5]}

Path steps are dot-separated keys; ``key[*]`` flattens a list, ``key[N]`` picks
one element, ``key[?field=value]`` keeps the elements whose field equals value.
Any ``[*]`` or ``[?…]`` step makes the result a list; otherwise it is a single
value (or missing). Strings compare after Unicode NFC, whitespace folding,
trimming of trailing ``. : , ;`` and case folding.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

OPERATORS = (
    "equals",
    "contains",
    "not_contains",
    "includes",
    "overlaps",
    "stems",
    "excludes",
    "count",
    "min_count",
    "empty",
    "matches",
)


class _Missing:
    """The value of a path that leads nowhere (distinct from ``None``)."""

    def __repr__(self) -> str:
        return "missing"


MISSING: Any = _Missing()

_STEP = re.compile(r"^(?P<key>[^\[\]]+)?(?:\[(?P<sel>[^\]]*)\])?$")


def fold(value: Any) -> Any:
    """Normalise a scalar for comparison (strings folded, numbers as float)."""
    if isinstance(value, str):
        text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()
        return text.rstrip(".:,;").strip().casefold()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return float(value)
    return value


def same(actual: Any, wanted: Any) -> bool:
    """Whether two values are equal after folding (lists element by element)."""
    if isinstance(actual, list | tuple) and isinstance(wanted, list | tuple):
        return len(actual) == len(wanted) and all(
            same(a, w) for a, w in zip(actual, wanted, strict=True)
        )
    a, w = fold(actual), fold(wanted)
    # A selector value such as "[?number=3]" is always a string; let it match a number.
    if isinstance(a, str) and isinstance(w, float) and not isinstance(wanted, bool):
        try:
            return float(a.replace(" ", "").replace(",", ".")) == w
        except ValueError:
            return False
    if isinstance(a, float) and isinstance(w, str) and not isinstance(actual, bool):
        return same(wanted, actual)
    return bool(a == w)


def _split(path: str) -> list[str]:
    """Split a path at the dots that are not inside brackets."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in path:
        depth += (char == "[") - (char == "]")
        if char == "." and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def resolve(data: Any, path: str) -> Any:
    """Return the value at ``path``: a list for multi-valued paths, else a value or MISSING."""
    nodes = [data]
    multi = False
    for step in _split(path):
        match = _STEP.match(step)
        if match is None:
            raise ValueError(f"bad path step {step!r} in {path!r}")
        key, sel = match.group("key"), match.group("sel")
        found: list[Any] = []
        for node in nodes:
            if key is not None:
                if not isinstance(node, dict) or key not in node:
                    continue
                node = node[key]
            if sel is None:
                found.append(node)
            elif not isinstance(node, list):
                continue
            elif sel == "*":
                multi = True
                found.extend(node)
            elif re.fullmatch(r"-?\d+", sel):
                index = int(sel)
                if -len(node) <= index < len(node):
                    found.append(node[index])
            elif sel.startswith("?") and "=" in sel:
                multi = True
                field, wanted = sel[1:].split("=", 1)
                found.extend(
                    el for el in node if isinstance(el, dict) and same(el.get(field), wanted)
                )
            else:
                raise ValueError(f"bad selector [{sel}] in {path!r}")
        nodes = found
    if multi:
        return nodes
    return nodes[0] if nodes else MISSING


def _pool(actual: Any) -> list[Any]:
    """The actual value as a list of candidates."""
    if actual is MISSING:
        return []
    return actual if isinstance(actual, list) else [actual]


def _strings(actual: Any) -> list[str]:
    return [fold(v) for v in _pool(actual) if isinstance(v, str)]


def _stem_held(wanted: str, candidates: list[str]) -> bool:
    """Every word (3+ letters) of ``wanted``, its ending cut off, starts a word of one candidate."""
    stems = [w[: max(3, min(5, len(w) - 1))] for w in fold(wanted).split() if len(w) >= 3]
    return any(
        all(any(word.startswith(stem) for word in cand.split()) for stem in stems)
        for cand in candidates
    )


def _op_equals(actual: Any, wanted: Any) -> bool:
    return actual is not MISSING and same(actual, wanted)


def _op_contains(actual: Any, wanted: Any) -> bool:
    return any(fold(wanted) in s for s in _strings(actual))


def _op_not_contains(actual: Any, wanted: Any) -> bool:
    return actual is not MISSING and not any(fold(wanted) in s for s in _strings(actual))


def _op_includes(actual: Any, wanted: Any) -> bool:
    return all(any(same(v, w) for v in _pool(actual)) for w in wanted)


def _op_overlaps(actual: Any, wanted: Any) -> bool:
    pool = [s for s in _strings(actual) if s]
    return all(any(fold(w) in s or s in fold(w) for s in pool) for w in wanted)


def _op_stems(actual: Any, wanted: Any) -> bool:
    pool = _strings(actual)
    return all(_stem_held(w, pool) for w in wanted)


def _op_excludes(actual: Any, wanted: Any) -> bool:
    return not any(any(same(v, w) for v in _pool(actual)) for w in wanted)


def _size(actual: Any) -> int:
    if isinstance(actual, list):
        return len(actual)
    return 0 if actual is MISSING or actual is None else 1


def _op_count(actual: Any, wanted: Any) -> bool:
    return _size(actual) == wanted


def _op_min_count(actual: Any, wanted: Any) -> bool:
    return _size(actual) >= wanted


def _op_empty(actual: Any, wanted: Any) -> bool:
    is_empty = actual is MISSING or actual in (None, "", [], {})
    return is_empty == bool(wanted)


def _op_matches(actual: Any, wanted: Any) -> bool:
    pattern = re.compile(wanted)
    return any(isinstance(v, str) and pattern.search(v) for v in _pool(actual))


_CHECKS: dict[str, Callable[[Any, Any], bool]] = {
    "equals": _op_equals,
    "contains": _op_contains,
    "not_contains": _op_not_contains,
    "includes": _op_includes,
    "overlaps": _op_overlaps,
    "stems": _op_stems,
    "excludes": _op_excludes,
    "count": _op_count,
    "min_count": _op_min_count,
    "empty": _op_empty,
    "matches": _op_matches,
}


@dataclass(frozen=True)
class Outcome:
    """The result of checking one fact."""

    ok: bool
    message: str


def operator_of(fact: dict[str, Any]) -> str:
    """The one operator a fact uses (ValueError when it has none or several)."""
    ops = [op for op in OPERATORS if op in fact]
    if len(ops) != 1:
        raise ValueError(f"a fact needs exactly one operator of {OPERATORS}: {fact!r}")
    return ops[0]


def check(record: dict[str, Any], fact: dict[str, Any]) -> Outcome:
    """Check one fact against a record given as plain data."""
    op = operator_of(fact)
    actual = resolve(record, fact["path"])
    ok = _CHECKS[op](actual, fact[op])
    shown = "missing" if actual is MISSING else json.dumps(actual, ensure_ascii=False)
    if len(shown) > 300:
        shown = shown[:300] + "…"
    return Outcome(ok, f"{fact['path']} {op} {fact[op]!r}; got {shown}")
