"""Read a file into a :class:`SourceDocument`, or fail with one clear reason."""

from __future__ import annotations

import hashlib
from pathlib import Path

from minutes_cli.errors import ReadError
from minutes_cli.io.encoding import BOMS, decode, looks_utf16
from minutes_cli.io.source import (
    MEDIA_MARKDOWN,
    MEDIA_RST,
    MEDIA_TEXT,
    SourceDocument,
)

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

TEXT_SUFFIXES = {
    ".txt": MEDIA_TEXT,
    ".text": MEDIA_TEXT,
    ".md": MEDIA_MARKDOWN,
    ".markdown": MEDIA_MARKDOWN,
    ".rst": MEDIA_RST,
    "": MEDIA_TEXT,
}
DOCX_SUFFIXES = {".docx", ".docm"}
SUPPORTED_SUFFIXES = frozenset(TEXT_SUFFIXES) | DOCX_SUFFIXES | {".odt"}

_CONVERT_HINT = "convert it first, e.g. `libreoffice --headless --convert-to docx FILE`"
_UNSUPPORTED = {
    ".doc": "legacy Word .doc is not supported",
    ".pdf": "PDF is not supported",
    ".rtf": "RTF is not supported",
    ".xls": "spreadsheets are not minutes",
    ".xlsx": "spreadsheets are not minutes",
}

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


def _sniff(data: bytes) -> str | None:
    """Name a binary container by its magic bytes."""
    if data.startswith(OLE_MAGIC):
        return "ole"
    if data.startswith((ZIP_MAGIC, b"PK\x05\x06")):
        return "zip"
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    return None


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing what is not a regular, non-empty, small file."""
    name = str(path)
    if not path.exists():
        raise ReadError(name, "no such file")
    if path.is_dir():
        raise ReadError(name, "is a directory (use `minutes batch` for folders)")
    size = path.stat().st_size
    if size > max_bytes:
        raise ReadError(name, f"file is {size} bytes, above the limit of {max_bytes} (--max-bytes)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(name, f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReadError(name, "empty file")
    return data


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """Read a text (UTF-8/16, cp1250, ISO-8859-2, cp852), Markdown, reST or DOCX file."""
    path = Path(path)
    name = str(path)
    suffix = path.suffix.lower()
    data = read_bytes(path, max_bytes)
    kind = _sniff(data)
    if suffix == ".odt":
        if kind != "zip":
            raise ReadError(name, "not an ODT file (no ZIP container)")
        from minutes_cli.io.odt import read_odt

        return read_odt(data, name, max_bytes=max_bytes)
    if suffix in DOCX_SUFFIXES or (kind == "zip" and suffix not in _UNSUPPORTED):
        if kind == "ole":
            raise ReadError(
                name,
                "an OLE container, not a DOCX: an encrypted DOCX or a legacy .doc; "
                f"save it unencrypted as .docx ({_CONVERT_HINT})",
            )
        if kind != "zip":
            raise ReadError(name, "not a DOCX file (no ZIP container)")
        from minutes_cli.io.docx import read_docx

        return read_docx(data, name, max_bytes=max_bytes)
    if suffix in _UNSUPPORTED:
        raise ReadError(name, f"{_UNSUPPORTED[suffix]}; {_CONVERT_HINT}")
    if kind == "ole":
        raise ReadError(name, f"a legacy Office (OLE) file, not text; {_CONVERT_HINT}")
    if kind in ("pdf", "rtf"):
        raise ReadError(name, f"{kind.upper()} is not supported; {_CONVERT_HINT}")
    media_type = TEXT_SUFFIXES.get(suffix, MEDIA_TEXT)
    return text_document(data, name, media_type)


def text_document(data: bytes, name: str, media_type: str = MEDIA_TEXT) -> SourceDocument:
    """Decode text bytes into a :class:`SourceDocument`."""
    if b"\x00" in data[:4096] and not _is_wide(data):
        raise ReadError(name, "binary data, not text", code="IO002")
    text, encoding = decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if media_type == MEDIA_TEXT and _looks_markdown(text):
        media_type = MEDIA_MARKDOWN
    return SourceDocument(
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
        text=text,
        encoding=encoding,
    )


def _is_wide(data: bytes) -> bool:
    return any(data.startswith(bom) for bom, _ in BOMS) or looks_utf16(data) is not None


def _looks_markdown(text: str) -> bool:
    """Markdown pasted into a .txt: ``#`` headings or ``**bold**`` labels."""
    head = text[:4000]
    return head.count("\n#") + head.count("**") >= 3 and (
        "\n## " in head or "\n# " in head or head.startswith("#")
    )
