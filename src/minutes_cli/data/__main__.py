"""``python -m minutes_cli.data``: write the compiled twins of the data files and
the table of compiled regular expressions (see the package and :mod:`minutes_cli.rx`)."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import minutes_cli
from minutes_cli import rx
from minutes_cli.data import compiled_text, sources

# Documents whose parsing reaches the patterns compiled on first use.
_DOCUMENTS = ("samples", "tests/docs")
_SUFFIXES = {".txt", ".md", ".rst", ".docx"}


def _write_twins(root: Path) -> None:
    for path in sources():
        target = root / "compiled" / (path.removesuffix(".yaml") + ".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        text = compiled_text(path)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            tmp = target.with_suffix(".json.tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(target)  # atomically: a reader never sees half a file
            print(f"wrote {target.relative_to(root.parent.parent.parent)}")


def collect_patterns(repository: Path) -> set[tuple[str, int]]:
    """Every pattern the package compiles: at import, and on first use while
    parsing and validating the repository's sample and test documents."""
    for module in pkgutil.walk_packages(minutes_cli.__path__, "minutes_cli."):
        if module.name.endswith("__main__"):  # runs a command when imported
            continue
        try:
            importlib.import_module(module.name)
        except ImportError:  # an optional extra (spaCy) that is not installed
            continue
    from minutes_cli.api import parse_file
    from minutes_cli.validate.engine import validate_files

    paths = sorted(
        p
        for folder in _DOCUMENTS
        for p in (repository / folder).rglob("*")
        if p.suffix in _SUFFIXES and p.is_file()
    )
    for path in paths:
        parse_file(path)
    validate_files([str(p) for p in paths])
    return rx.requested()


def main() -> None:
    root = Path(__file__).resolve().parent
    _write_twins(root)
    if rx.write_table(collect_patterns(root.parent.parent.parent)):
        print(f"wrote {rx.table_path().relative_to(root.parent.parent.parent)}")


if __name__ == "__main__":
    main()
