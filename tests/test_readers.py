"""read_path routes each file to its reader and refuses what it cannot read, with a hint."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from helpers_docx import make_docx, p
from minutes_cli.errors import EncodingError, ReadError
from minutes_cli.io.readers import read_path
from minutes_cli.io.source import MEDIA_DOCX, MEDIA_MARKDOWN, MEDIA_ODT, MEDIA_RST, MEDIA_TEXT

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CONVERT = "libreoffice --headless --convert-to docx"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "media"),
    [
        ("zapis.txt", MEDIA_TEXT),
        ("zapis", MEDIA_TEXT),
        ("zapis.md", MEDIA_MARKDOWN),
        ("zapis.rst", MEDIA_RST),
    ],
)
def test_text_media_types(tmp_path: Path, name: str, media: str) -> None:
    path = _write(tmp_path, name, "Zápis z jednání\r\nDatum: 1. 2. 2024\r\n".encode())
    source = read_path(path)
    assert source.media_type == media
    assert source.text == "Zápis z jednání\nDatum: 1. 2. 2024\n"
    assert source.encoding == "utf-8"
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_markdown_pasted_into_txt_is_read_as_markdown(tmp_path: Path) -> None:
    text = "# Zápis\n\n**Datum:** 1. 2. 2024\n\n## Program\n\n**Místo:** radnice\n"
    assert read_path(_write(tmp_path, "zapis.txt", text.encode())).media_type == MEDIA_MARKDOWN


def test_docx_by_suffix_and_by_content(tmp_path: Path) -> None:
    data = make_docx(p("Zápis z jednání"))
    for name in ("zapis.docx", "zapis.DOCX", "zapis"):
        source = read_path(_write(tmp_path, name, data))
        assert source.media_type == MEDIA_DOCX
        assert source.text == "Zápis z jednání"
        assert source.encoding is None
        assert source.sha256 == hashlib.sha256(data).hexdigest()


def _odt(body: str) -> bytes:
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    return buffer.getvalue()


def test_odt_paragraphs_headings_lists_and_tables(tmp_path: Path) -> None:
    body = (
        "<text:h>Zápis z jednání</text:h>"
        "<table:table><table:table-row><table:table-cell><text:p>Datum:</text:p>"
        "</table:table-cell><table:table-cell><text:p>1. 2. 2024</text:p></table:table-cell>"
        "</table:table-row></table:table>"
        "<text:list><text:list-item><text:p>Zahájení</text:p></text:list-item></text:list>"
        "<text:p>Jednání<text:s text:c='2'/>zahájil<text:line-break/>předseda.</text:p>"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>smazáno</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
    )
    source = read_path(_write(tmp_path, "zapis.odt", _odt(body)))
    assert source.media_type == MEDIA_ODT
    assert source.text.split("\n") == [
        "Zápis z jednání",
        "Datum:\t1. 2. 2024",
        "Zahájení",
        "Jednání  zahájil",
        "předseda.",
    ]
    assert source.hints[0] == {"heading"}
    assert source.hints[1] == {"table"}
    assert source.hints[2] == {"list"}


def test_odt_that_is_not_a_zip(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="not an ODT"):
        read_path(_write(tmp_path, "zapis.odt", b"plain text"))


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("zapis.doc", OLE_MAGIC + b"\0" * 64, "legacy Word .doc"),
        ("zapis.pdf", b"%PDF-1.7\n", "PDF"),
        ("zapis.rtf", b"{\\rtf1 Zapis}", "RTF"),
        ("zapis.txt", b"%PDF-1.7\n" + b"\0" * 64, "PDF"),
        ("zapis.txt", OLE_MAGIC + b"\0" * 64, "legacy Office"),
        ("sifrovany.docx", OLE_MAGIC + b"\0" * 64, "encrypted DOCX"),
        ("zapis.docx", b"Zapis jako text", "no ZIP container"),
        ("tabulka.xlsx", b"PK\x03\x04", "spreadsheets"),
    ],
)
def test_unsupported_formats_are_refused_with_a_hint(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    with pytest.raises(ReadError, match=reason) as info:
        read_path(_write(tmp_path, name, data))
    assert str(info.value).startswith(f"{tmp_path / name}: ")
    if reason != "no ZIP container":
        assert CONVERT in str(info.value)


def test_undecodable_text_is_an_encoding_error(tmp_path: Path) -> None:
    with pytest.raises(EncodingError) as info:
        read_path(_write(tmp_path, "zapis.txt", b"\x81\x83\x88\x90\x98 " * 10))
    assert info.value.code == "IO002"


def test_max_bytes_is_checked_before_reading(tmp_path: Path) -> None:
    path = _write(tmp_path, "zapis.txt", b"x" * 101)
    with pytest.raises(ReadError, match="above the limit of 100"):
        read_path(path, max_bytes=100)
    assert read_path(path, max_bytes=101).text == "x" * 101


def _normalized(text: str) -> tuple[str, ...]:
    from minutes_cli.io.source import SourceDocument
    from minutes_cli.text.normalize import normalize

    doc = SourceDocument(path="t.txt", sha256="", media_type=MEDIA_TEXT, text=text)
    return normalize(doc).lines


def test_pipe_and_space_aligned_tables_become_tab_rows() -> None:
    piped = _normalized("Úkoly\nCo | Kdo | Do kdy\n---|-----|----\nweb | Radka | 16. 5.\n")
    assert piped[1:4] == ("Co\tKdo\tDo kdy", "", "web\tRadka\t16. 5.")
    aligned = _normalized(
        "Jméno            Funkce      Přítomen\n"
        "Ing. Jan Malý    předseda    ano\n"
        "Eva Nová         členka      omluvena\n"
        "Petr Kos         člen        ano\n"
        "\nPřítomni jsou tři členové, výbor je usnášeníschopný.\n"
    )
    assert aligned[:4] == (
        "Jméno\tFunkce\tPřítomen",
        "Ing. Jan Malý\tpředseda\tano",
        "Eva Nová\tčlenka\tomluvena",
        "Petr Kos\tčlen\tano",
    )
    assert aligned[5] == "Přítomni jsou tři členové, výbor je usnášeníschopný."
    # Two lines with a gap each are no table; nor is prose with a wide gap once.
    assert _normalized("A   B\nC   D\n") == ("A   B", "C   D", "")
