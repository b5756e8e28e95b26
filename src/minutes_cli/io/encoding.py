"""Decode the bytes of a Czech text file.

Order: a BOM (UTF-8, UTF-16, UTF-32); BOM-less UTF-16 (many NUL bytes);
strict UTF-8; then the single-byte code pages: cp1250 versus ISO-8859-2,
which differ exactly on š ť ž Š Ť Ž ź Ź (and a few symbols), and cp852, the
DOS code page of files from older archives. Each candidate decoding is
scored by how Czech its letters look; general detectors call ISO-8859-2
Czech text cp1250 or iso8859_10 and garble exactly those letters. We never
fall back silently to latin-1: bytes that decode as none of them are an
error.
"""

from __future__ import annotations

import codecs

from minutes_cli import rx
from minutes_cli.errors import EncodingError

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Letters of Czech (and Slovak) text; anything else above ASCII counts against.
CODE_PAGES = ("cp1250", "iso-8859-2", "cp852")
WHAT_WE_READ = "not text in UTF-8, UTF-16, cp1250, ISO-8859-2 or cp852"

_CZECH = set("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽäôľĺŕÄÔĽĹŔ„“‚‘–—…•§°€")
_CONTROL = rx.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _score(text: str) -> float:
    good = bad = 0
    for ch in text:
        if ord(ch) < 128:
            continue
        if ch in _CZECH:
            good += 1
        else:
            bad += 1
    bad += 5 * len(_CONTROL.findall(text))
    return good - 3 * bad


def looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nul > 0.3 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.3 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` where encoding is the name we report."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise EncodingError(path, f"broken {codec.upper()} text: {exc.reason}") from exc
            name = "utf-8" if codec == "utf-8-sig" else codec
            return text.lstrip("\ufeff"), name
    utf16 = looks_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), "utf-16"
        except UnicodeDecodeError as exc:
            raise EncodingError(path, f"broken UTF-16 text: {exc.reason}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str, str]] = []
    # On a tie the earlier wins: cp852 (it decodes any byte) is the last resort.
    for codec in CODE_PAGES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_score(text), codec, text))
    if not candidates:
        raise EncodingError(path, WHAT_WE_READ)
    score, codec, text = max(candidates, key=lambda c: c[0])
    if score < 0:
        raise EncodingError(path, WHAT_WE_READ)
    return text, codec
