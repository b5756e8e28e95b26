"""Kind detection over every sample and every test document: report accuracy, require all correct.

The expected kind is the folder name: ``samples/<kind>/…`` and
``tests/docs/<kind>/…`` (minutes, strategy, project, unknown).
"""

from __future__ import annotations

from pathlib import Path

from minutes_cli.api import parse_file, parse_text

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("minutes", "strategy", "project", "unknown")
SUFFIXES = {".txt", ".md", ".rst", ".docx"}


def _documents() -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []
    for base in (ROOT / "samples", ROOT / "tests" / "docs"):
        for kind in KINDS:
            folder = base / kind
            if folder.is_dir():
                found += [
                    (p, kind)
                    for p in sorted(folder.rglob("*"))
                    if p.is_file() and p.suffix.lower() in SUFFIXES
                ]
    return found


def test_kind_detection_accuracy_over_every_document() -> None:
    documents = _documents()
    kinds_seen = {kind for _, kind in documents}
    assert {"minutes", "strategy", "project", "unknown"} <= kinds_seen
    wrong: list[str] = []
    for path, expected in documents:
        got = parse_file(path).kind
        if got != expected:
            wrong.append(f"{path.relative_to(ROOT)}: expected {expected}, got {got}")
    correct = len(documents) - len(wrong)
    print(f"\nkind detection: {correct}/{len(documents)} correct ({correct / len(documents):.1%})")
    for kind in KINDS:
        n = sum(1 for _, k in documents if k == kind)
        print(f"  {kind}: {n} document(s)")
    assert not wrong, "\n".join(wrong)


def test_unknown_text_gives_a_record_with_a_warning() -> None:
    record = parse_text("Dnes bylo slunečno, odpoledne přišla bouřka a večer se vyjasnilo.\n")
    assert record.kind == "unknown"
    assert "KND001" in [w.code for w in record.warnings]
    assert [u.text for u in record.unassigned] == [
        "Dnes bylo slunečno, odpoledne přišla bouřka a večer se vyjasnilo."
    ]
