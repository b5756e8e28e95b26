"""Layering: the library never imports the CLI; models and text import no higher layer.

A lighter stand-in for import-linter (STYLE.md §1), read from the source with ast.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "src" / "minutes_cli"

# layer -> modules it must not import
FORBIDDEN = {
    "models": (
        "minutes_cli.cli",
        "minutes_cli.extract",
        "minutes_cli.text",
        "minutes_cli.api",
        "minutes_cli.io",
        "minutes_cli.validate",
        "minutes_cli.batch",
    ),
    "text": (
        "minutes_cli.cli",
        "minutes_cli.extract",
        "minutes_cli.api",
        "minutes_cli.validate",
        "minutes_cli.batch",
    ),
    "io": ("minutes_cli.cli", "minutes_cli.extract", "minutes_cli.api"),
    "extract": ("minutes_cli.cli", "minutes_cli.api"),
    "validate": ("minutes_cli.cli",),
}
LIBRARY_TOP = ("api.py", "assemble.py", "batch.py", "store.py", "annex.py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_no_higher_layer(layer: str) -> None:
    bad = []
    for path in sorted((PKG / layer).rglob("*.py")):
        for name in _imports(path):
            if name.startswith(FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(PKG)} imports {name}")
    assert not bad, "\n".join(bad)


def test_library_never_imports_the_cli_or_rich_printing() -> None:
    bad = []
    for name in LIBRARY_TOP:
        path = PKG / name
        if not path.exists():
            continue
        for imported in _imports(path):
            if imported.startswith(("minutes_cli.cli", "typer")):
                bad.append(f"{name} imports {imported}")
    assert not bad, "\n".join(bad)
