"""Regular expressions compiled once per Python version, not once per run.

The parser holds about 250 patterns. CPython compiles a pattern in pure
Python, and compiling them all is ~50 ms of every start of the command: a
sixth of ``minutes validate`` on one file. Like ``__pycache__`` for bytecode,
``data/compiled/regex.bin`` keeps the regex engine's compiled form of each
pattern; :func:`compile` hands that to the engine and compiles as usual what
the table does not hold (a new or edited pattern, another Python version).

``python -m minutes_cli.data`` writes the table (:func:`write_table`); a test
says when it is stale and checks that each entry gives the very pattern
``re.compile`` gives (patterns compare equal only when their compiled code is
the same).
"""

from __future__ import annotations

import _sre
import marshal
import re
import sys
import unicodedata
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = [
    "compile",
    "findall",
    "finditer",
    "fullmatch",
    "longest_first",
    "match",
    "missing",
    "requested",
    "search",
    "split",
    "sub",
    "table_path",
    "write_table",
]

_FILE = ("compiled", "regex.bin")
# The engine's compiled form of a pattern: its flags (with the inline ones), code,
# group count and group names, as ``re._compiler.compile`` passes them to ``_sre``.
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_requested: set[tuple[str, int]] = set()
_compiled: dict[tuple[str, int], re.Pattern[str]] = {}


def _version() -> tuple[Any, ...]:
    """What the compiled form depends on: the interpreter's regex engine and its
    Unicode tables."""
    return (sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, unicodedata.unidata_version)


def table_path() -> Path:
    return Path(str(resources.files("minutes_cli.data").joinpath(*_FILE)))


@cache
def _table() -> dict[tuple[str, int], _Entry]:
    try:
        version, table = _read(table_path())
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return {}
    return table if version == _version() else {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the table when it holds the pattern.

    Compiled patterns are kept for the process, like ``re``'s own cache, so the
    functions below may take the pattern's text at every call.
    """
    key = (pattern, int(flags))
    compiled = _compiled.get(key)
    if compiled is None:
        compiled = _compiled[key] = _compile(*key)
    return compiled


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    _requested.add((pattern, flags))
    entry = _table().get((pattern, flags))
    if entry is None:
        return re.compile(pattern, flags)
    final_flags, code, groups, groupindex, indexgroup = entry
    # mypy: _sre has no stubs; the call is the one re._compiler.compile makes.
    return _sre.compile(  # type: ignore[no-any-return]
        pattern, final_flags, array("I", code).tolist(), groups, groupindex, indexgroup
    )


# The module functions of ``re``, compiling through the table: a pattern written
# where it is used costs no start-up time either.
def search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def sub(
    pattern: str,
    repl: str | Callable[[re.Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern: str, string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return compile(pattern, flags).finditer(string)


def requested() -> set[tuple[str, int]]:
    """Every (pattern, flags) :func:`compile` was asked for in this process."""
    return set(_requested)


def missing() -> set[tuple[str, int]]:
    """What this process compiled the slow way: patterns the table lacks."""
    table = _table()
    return {key for key in _requested if key not in table}


def _entry(pattern: str, flags: int) -> _Entry:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        array("I", [int(op) for op in code]).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _read(path: Path) -> tuple[Any, dict[tuple[str, int], _Entry]]:
    version, table = marshal.loads(zlib.decompress(path.read_bytes()))
    return version, table


def write_table(patterns: set[tuple[str, int]]) -> bool:
    """Store the compiled form of ``patterns``; False when the file already holds it."""
    path = table_path()
    table = {key: _entry(*key) for key in sorted(patterns)}
    try:
        if _read(path) == (_version(), table):
            return False
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        pass
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(zlib.compress(marshal.dumps((_version(), table)), 9))
    tmp.replace(path)  # atomically: a reader never sees half a file
    _table.cache_clear()
    return True


def longest_first(words: Iterable[str]) -> list[str]:
    """Alternatives for a pattern: longest first, so that "zápis zpracovala" wins
    over "zápis"; ties in alphabetical order, so that a pattern built from a set
    has the same text in every run (and is found in the table)."""
    return sorted(words, key=lambda word: (-len(word), word))
