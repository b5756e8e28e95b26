"""A tiny raw-XML DOCX builder for tests: exact control over numbering, tracked changes, parts."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_FIXED = (2024, 1, 1, 0, 0, 0)


def r(text: str, *, bold: bool = False) -> str:
    """One run of text."""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def ins(text: str) -> str:
    """A tracked insertion."""
    return f'<w:ins w:id="901" w:author="Test" w:date="2024-01-01T00:00:00Z">{r(text)}</w:ins>'


def dele(text: str) -> str:
    """A tracked deletion."""
    return (
        '<w:del w:id="902" w:author="Test" w:date="2024-01-01T00:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def p(
    *content: str,
    style: str | None = None,
    num: int | None = None,
    ilvl: int | None = None,
) -> str:
    """A paragraph; plain strings in ``content`` become runs, XML fragments pass through."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None or ilvl is not None:
        ppr += "<w:numPr>"
        if ilvl is not None:
            ppr += f'<w:ilvl w:val="{ilvl}"/>'
        if num is not None:
            ppr += f'<w:numId w:val="{num}"/>'
        ppr += "</w:numPr>"
    runs = "".join(c if c.startswith("<") else r(c) for c in content)
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{runs}</w:p>"


def tbl(*rows: list[str]) -> str:
    """A table; each cell is plain text or block XML (e.g. a nested table)."""
    out = ["<w:tbl>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            inner = cell if cell.startswith("<") else p(cell)
            if not inner.endswith("</w:p>"):
                inner += "<w:p/>"  # a cell must end with a paragraph
            out.append(f"<w:tc>{inner}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def level(
    ilvl: int,
    fmt: str = "decimal",
    text: str | None = None,
    *,
    start: int = 1,
    restart: int | None = None,
    style: str | None = None,
) -> str:
    """One ``w:lvl`` of an abstract numbering definition."""
    text = f"%{ilvl + 1}." if text is None else text
    extra = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    extra += f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val="{escape(text)}"/></w:lvl>'
    )


def numbering(abstracts: dict[int, list[str]], nums: dict[int, int | tuple[int, str]]) -> str:
    """``numbering.xml``: abstract id -> levels; num id -> abstract id (or (id, override XML))."""
    body = "".join(
        f'<w:abstractNum w:abstractNumId="{aid}">{"".join(levels)}</w:abstractNum>'
        for aid, levels in abstracts.items()
    )
    for nid, target in nums.items():
        aid, override = target if isinstance(target, tuple) else (target, "")
        body += f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{override}</w:num>'
    return f'<w:numbering xmlns:w="{W_NS}">{body}</w:numbering>'


def styles(*defs: str) -> str:
    """``styles.xml`` from ``w:style`` fragments."""
    return f'<w:styles xmlns:w="{W_NS}">{"".join(defs)}</w:styles>'


def style(
    sid: str,
    name: str,
    *,
    based_on: str | None = None,
    num: int | None = None,
    ilvl: int | None = None,
    bold: bool = False,
) -> str:
    """One paragraph style."""
    inner = f'<w:name w:val="{name}"/>'
    if based_on:
        inner += f'<w:basedOn w:val="{based_on}"/>'
    if num is not None:
        lvl = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        inner += f'<w:pPr><w:numPr>{lvl}<w:numId w:val="{num}"/></w:numPr></w:pPr>'
    if bold:
        inner += "<w:rPr><w:b/></w:rPr>"
    return f'<w:style w:type="paragraph" w:styleId="{sid}">{inner}</w:style>'


def _part(root: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:{root} xmlns:w="{W_NS}" xmlns:r="{R_NS}">{body}</w:{root}>'
    )


def make_docx(
    body: str,
    *,
    styles_xml: str | None = None,
    numbering_xml: str | None = None,
    header: str | None = None,
    footer: str | None = None,
    comments: str | None = None,
    footnotes: str | None = None,
    document_xml: str | None = None,
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """Bytes of a minimal, valid DOCX with the given body XML and optional parts."""
    parts: dict[str, str | bytes] = {}
    rels: list[tuple[str, str]] = []
    if styles_xml:
        parts["word/styles.xml"] = styles_xml
        rels.append(("styles", "styles.xml"))
    if numbering_xml:
        parts["word/numbering.xml"] = numbering_xml
        rels.append(("numbering", "numbering.xml"))
    if header is not None:
        parts["word/header1.xml"] = _part("hdr", header)
        rels.append(("header", "header1.xml"))
    if footer is not None:
        parts["word/footer1.xml"] = _part("ftr", footer)
        rels.append(("footer", "footer1.xml"))
    if comments is not None:
        parts["word/comments.xml"] = _part("comments", comments)
        rels.append(("comments", "comments.xml"))
    if footnotes is not None:
        parts["word/footnotes.xml"] = _part("footnotes", footnotes)
        rels.append(("footnotes", "footnotes.xml"))
    parts["word/document.xml"] = document_xml or _part("document", f"<w:body>{body}</w:body>")
    rel_xml = "".join(
        f'<Relationship Id="rId{i}" Type="{REL_BASE}/{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(rels, start=1)
    )
    rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts["word/_rels/document.xml.rels"] = (
        f'<Relationships xmlns="{rels_ns}">{rel_xml}</Relationships>'
    )
    parts["_rels/.rels"] = (
        f'<Relationships xmlns="{rels_ns}"><Relationship Id="rId1" '
        f'Type="{REL_BASE}/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>'
    )
    parts.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(parts):
            data = parts[name]
            info = zipfile.ZipInfo(name, date_time=_FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()
