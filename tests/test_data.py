"""The data files: YAML sources and the JSON twins that load without PyYAML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import minutes_cli.data as data


@pytest.mark.parametrize("path", data.sources())
def test_json_twins_are_current(path: str) -> None:
    # A stale twin is never used (see the next test), but then every start-up pays
    # for PyYAML again: `python -m minutes_cli.data` rewrites the twins.
    twin = Path(data.__file__).parent / "compiled" / (path.removesuffix(".yaml") + ".json")
    assert twin.is_file(), f"missing {twin}: run `python -m minutes_cli.data`"
    assert twin.read_text(encoding="utf-8") == data.compiled_text(path), (
        f"{twin} is stale: run `python -m minutes_cli.data`"
    )


def test_a_stale_twin_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "lexicon.json"
    stale.write_text(json.dumps({"sha256": "0" * 64, "data": {"months": {}}}), encoding="utf-8")
    monkeypatch.setattr(data, "_twin", lambda path: stale)
    lexicon = data.read("lexicon.yaml")
    assert lexicon["months"]["12"][0] == "prosinec"  # from the YAML, not the stale twin


def test_twins_and_yaml_agree_and_give_fresh_objects() -> None:
    text = (Path(data.__file__).parent / "lexicon.yaml").read_text(encoding="utf-8")
    first, second = data.read("lexicon.yaml"), data.read("lexicon.yaml")
    assert first == data.parse_yaml(text)
    assert first is not second  # a caller may change its copy (profiles do)


def test_values_json_cannot_keep_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "parse_yaml", lambda text: {1: ["leden"]})
    with pytest.raises(data.DataError, match="quote them"):
        data.compiled_text("lexicon.yaml")


def _lists_with_booleans(value: object, where: str) -> list[str]:
    if isinstance(value, dict):
        return [w for k, v in value.items() for w in _lists_with_booleans(v, f"{where}.{k}")]
    if isinstance(value, list):
        if any(isinstance(v, bool) for v in value) and any(isinstance(v, str) for v in value):
            return [where]
        return [w for i, v in enumerate(value) for w in _lists_with_booleans(v, f"{where}[{i}]")]
    return []


@pytest.mark.parametrize("path", data.sources())
def test_word_lists_hold_no_yaml_booleans(path: str) -> None:
    # YAML reads a bare no, yes, on or off as a boolean: ["na", no] was a suffix rule
    # that turned "Brna" into "BrFalse". Such words must be quoted.
    assert _lists_with_booleans(data.read(path), path) == []
