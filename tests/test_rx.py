"""The table of compiled regular expressions (:mod:`minutes_cli.rx`)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_cli import rx

ROOT = Path(__file__).resolve().parent.parent


def _stored() -> tuple[object, dict[tuple[str, int], object]]:
    return rx._read(rx.table_path())


def test_every_entry_gives_the_pattern_re_compile_gives() -> None:
    version, table = _stored()
    if version != rx._version():
        pytest.skip(f"table written by another Python ({version}); it is not used here")
    assert len(table) > 200
    for pattern, flags in table:
        # Patterns are equal only when their flags, text and compiled code are.
        assert rx._compile(pattern, flags) == re.compile(pattern, flags), pattern[:80]


def test_the_table_holds_what_the_package_compiles() -> None:
    # A fresh process, so that the patterns it asks for are only those of the
    # package: at import and while parsing the samples and test documents.
    script = (
        "import json, pathlib\n"
        "from minutes_cli.data.__main__ import collect_patterns\n"
        f"print(json.dumps(sorted(collect_patterns(pathlib.Path({str(ROOT)!r})))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    wanted = {(p, f) for p, f in json.loads(out)}
    stored = set(_stored()[1])
    hint = "run `python -m minutes_cli.data`"
    assert not wanted - stored, f"{len(wanted - stored)} patterns missing from the table: {hint}"
    assert not stored - wanted, f"{len(stored - wanted)} stale patterns in the table: {hint}"


def test_validating_a_sample_compiles_none_of_the_package_patterns_the_slow_way() -> None:
    # ``minutes validate`` runs once per CI job: a pattern written where it is used
    # (``re.sub(r"…", …)``) would be compiled in pure Python at every start.
    sample = ROOT / "samples" / "minutes" / "2017-12-07-prevence-kriminality.txt"
    script = (
        "import re._compiler, sys, traceback\n"
        "slow = []\n"
        "compile_ = re._compiler.compile\n"
        "def spy(pattern, flags=0):\n"
        "    callers = [f for f in traceback.extract_stack()[:-1] if '/re/' not in f.filename]\n"
        "    if 'minutes_cli' in callers[-1].filename:\n"
        "        slow.append(str(pattern)[:60])\n"
        "    return compile_(pattern, flags)\n"
        "re._compiler.compile = spy\n"
        "from minutes_cli.validate.engine import validate_file\n"
        f"validate_file({str(sample)!r})\n"
        "print('\\n'.join(slow))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert not out.strip(), f"compiled outside the table:\n{out}"


def test_a_pattern_the_table_lacks_is_compiled_as_usual() -> None:
    pattern = r"(?P<x>\d+) pattern no module holds"
    compiled = rx.compile(pattern, re.IGNORECASE)
    assert compiled == re.compile(pattern, re.IGNORECASE)
    assert compiled.match("12 PATTERN NO MODULE HOLDS")["x"] == "12"
    assert (pattern, int(re.IGNORECASE)) in rx.missing()


def test_a_table_of_another_python_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern, flags = next(iter(_stored()[1]))
    monkeypatch.setattr(rx, "_version", lambda: ("another-python", 0, 0, "0"))
    rx._table.cache_clear()
    try:
        assert rx._table() == {}
        assert rx._compile(pattern, flags) == re.compile(pattern, flags)
    finally:
        monkeypatch.undo()
        rx._table.cache_clear()


def test_a_damaged_table_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = tmp_path / "regex.bin"
    damaged.write_bytes(b"not zlib")
    monkeypatch.setattr(rx, "table_path", lambda: damaged)
    rx._table.cache_clear()
    try:
        assert rx._table() == {}
        assert rx.compile(r"\d+").fullmatch("42")
    finally:
        monkeypatch.undo()
        rx._table.cache_clear()


def test_longest_first_is_the_same_for_any_order_of_a_set() -> None:
    words = ["pan", "paní", "pí", "p.", "pana", "pane"]
    assert rx.longest_first(words) == ["pana", "pane", "paní", "pan", "p.", "pí"]
    assert rx.longest_first(reversed(words)) == rx.longest_first(set(words))
