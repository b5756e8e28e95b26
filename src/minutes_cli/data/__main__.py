"""``python -m minutes_cli.data``: write the JSON twins of the data files (see the package)."""

from __future__ import annotations

from pathlib import Path

from minutes_cli.data import compiled_text, sources


def main() -> None:
    root = Path(__file__).resolve().parent
    for path in sources():
        target = root / "compiled" / (path.removesuffix(".yaml") + ".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        text = compiled_text(path)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            tmp = target.with_suffix(".json.tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(target)  # atomically: a reader never sees half a file
            print(f"wrote {target.relative_to(root.parent.parent.parent)}")


if __name__ == "__main__":
    main()
