"""Read an OpenDocument text (.odt): paragraphs, headings, lists and tables of content.xml.

Page headers and footers live in styles.xml and are not read; tracked
deletions live in ``text:tracked-changes`` and are skipped. The ZIP and XML
safety checks are the DOCX reader's.
"""

from __future__ import annotations

import hashlib

from lxml import etree

from minutes_cli.errors import ReadError
from minutes_cli.io.docx import Package
from minutes_cli.io.source import MEDIA_ODT, SourceDocument

T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_SKIP = {f"{T}tracked-changes", f"{T}note", f"{T}bookmark-ref"}


def _inline(element: etree._Element) -> str:
    out = [element.text or ""]
    for child in element:
        if child.tag == f"{T}s":
            out.append(" " * int(child.get(f"{T}c", "1")))
        elif child.tag == f"{T}tab":
            out.append("\t")
        elif child.tag == f"{T}line-break":
            out.append("\n")
        elif child.tag not in _SKIP:
            out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def _blocks(parent: etree._Element, lines: list[str], hints: dict[int, frozenset[str]]) -> None:
    for child in parent:
        if child.tag in (f"{T}p", f"{T}h"):
            if child.tag == f"{T}h":
                hints[len(lines)] = frozenset({"heading"})
            lines.extend(_inline(child).split("\n"))
        elif child.tag == f"{TB}table":
            for row in child.iter(f"{TB}table-row"):
                cells = [
                    "; ".join(_inline(p) for p in cell.iter(f"{T}p") if _inline(p).strip())
                    for cell in row
                    if cell.tag == f"{TB}table-cell"
                ]
                hints[len(lines)] = frozenset({"table"})
                lines.append(" ".join("\t".join(cells).split("\n")))
        elif child.tag == f"{T}list-item":
            start = len(lines)
            _blocks(child, lines, hints)
            for i in range(start, len(lines)):
                hints[i] = hints.get(i, frozenset()) | {"list"}
        elif child.tag not in _SKIP:
            _blocks(child, lines, hints)


def read_odt(data: bytes, name: str, *, max_bytes: int) -> SourceDocument:
    """Read ODT bytes (list numbers are not rendered: ODT keeps them in list styles)."""
    root = Package(data, name, max_bytes, "ODT").xml("content.xml")
    if root is None:
        raise ReadError(name, "a ZIP file but not an ODT (no content.xml)")
    lines: list[str] = []
    hints: dict[int, frozenset[str]] = {}
    _blocks(root, lines, hints)
    return SourceDocument(
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=MEDIA_ODT,
        text="\n".join(lines),
        hints=hints,
    )
