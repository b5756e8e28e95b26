"""Bad input: one line `minutes: error: FILE: reason`, exit 2, no traceback; other files done."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers_docx import make_docx, p
from minutes_cli.cli import app

DIRECTORY = "is a directory (use `minutes batch` for folders)"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
GOOD_TEXT = "ZÁPIS z jednání komise\nDatum: 7. 12. 2017\n\n1. Zahájení\nJednání zahájil předseda.\n"


def _good_docx() -> bytes:
    return make_docx(p("ZÁPIS z jednání komise") + p("Datum: 7. 12. 2017"))


def _corrupt_docx() -> bytes:
    """A ZIP whose directory is intact but whose document.xml data is damaged."""
    data = bytearray(_good_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    # Local header: 30 bytes + name + extra, then the compressed data.
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 2, start + info.compress_size - 2):
        data[i] ^= 0x5A
    return bytes(data)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


_XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
)
_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
)

# name -> (file name, bytes or None for "do not create", extra args, expected reason part)
CASES: dict[str, tuple[str, Callable[[], bytes | None], list[str], str]] = {
    "missing": ("nic.txt", lambda: None, [], "no such file"),
    "empty": ("prazdny.txt", lambda: b"", [], "empty file"),
    "blank": ("mezery.txt", lambda: b"  \n\n ", [], "empty file"),
    "binary": ("data.txt", lambda: bytes(range(256)) * 8, [], "binary data"),
    "truncated-docx": ("zapis.docx", lambda: _good_docx()[:700], [], "ZIP"),
    "corrupt-docx": ("zapis.docx", _corrupt_docx, [], "corrupt DOCX"),
    "zip-not-docx": ("zapis.docx", lambda: _zip({"a.txt": b"x"}), [], "no word/document.xml"),
    "ole-encrypted-docx": (
        "sifrovany.docx",
        lambda: OLE_MAGIC + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le"),
        [],
        "encrypted DOCX",
    ),
    "legacy-doc-renamed": (
        "stary.docx",
        lambda: OLE_MAGIC + b"\x00" * 504 + "WordDocument".encode("utf-16-le"),
        [],
        "legacy .doc",
    ),
    "external-entity": ("xxe.docx", lambda: make_docx("", document_xml=_XXE), [], "DOCTYPE"),
    "billion-laughs": ("lol.docx", lambda: make_docx("", document_xml=_LAUGHS), [], "DOCTYPE"),
    "zip-bomb-declared-size": (
        "bomba.docx",
        lambda: make_docx(p("x"), extra={"word/media/pad.bin": b"\0" * 3_000_000}),
        ["--max-bytes", "100000"],
        "ZIP bomb",
    ),
    "zip-bomb-ratio": (
        "bomba2.docx",
        lambda: make_docx(p("x"), extra={"word/document2.xml": b" " * 30_000_000}),
        [],
        "ZIP bomb",
    ),
    "above-max-bytes": (
        "velky.txt",
        lambda: GOOD_TEXT.encode() * 10,
        ["--max-bytes", "100"],
        "--max-bytes",
    ),
    "pdf": ("zapis.pdf", lambda: b"%PDF-1.4\n%...", [], "PDF is not supported"),
    "rtf": ("zapis.rtf", lambda: b"{\\rtf1\\ansi Z\\'e1pis}", [], "RTF is not supported"),
    "legacy-doc": ("zapis.doc", lambda: OLE_MAGIC + b"\x00" * 100, [], "legacy Word .doc"),
    "undecodable": ("znaky.txt", lambda: b"Z\x81pis \x83\x88\x90\x98" * 20, [], "not text"),
}


def _run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("case", sorted(CASES), ids=str)
def test_bad_input_is_one_error_line_and_exit_2(tmp_path: Path, case: str) -> None:
    name, make, extra, reason = CASES[case]
    path = tmp_path / name
    data = make()
    if data is not None:
        path.write_bytes(data)
    code, out, err = _run(["parse", *extra, str(path)])
    assert code == 2, (out, err)
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"minutes: error: {path}: "), lines[0]
    assert reason in lines[0]
    assert "Traceback" not in err


def test_a_directory_is_refused(tmp_path: Path) -> None:
    code, _, err = _run(["parse", str(tmp_path)])
    assert code == 2
    assert err.splitlines() == [
        f"minutes: error: {tmp_path}: is a directory (use `minutes batch` for folders)"
    ]


def test_good_files_are_still_written_next_to_bad_ones(tmp_path: Path) -> None:
    good_txt = tmp_path / "dobry.txt"
    good_txt.write_text(GOOD_TEXT, encoding="utf-8")
    good_docx = tmp_path / "dobry2.docx"
    good_docx.write_bytes(_good_docx())
    bad = tmp_path / "spatny.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = _run(
        ["parse", str(good_txt), str(bad), str(good_docx), "-o", str(out), "--format", "json"]
    )
    assert code == 2
    assert err.splitlines() == [
        line for line in err.splitlines() if line.startswith(f"minutes: error: {bad}: ")
    ]
    assert len(err.splitlines()) == 1
    assert sorted(p.name for p in out.iterdir()) == ["dobry.json", "dobry2.json"]


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    bad = tmp_path / "zapis.docx"
    bad.write_bytes(_good_docx()[:500])
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-c", "from minutes_cli.cli import main; main()", "parse", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [proc.stderr.strip()]
    assert proc.stderr.startswith(f"minutes: error: {bad}: ")
    assert "Traceback" not in proc.stderr
