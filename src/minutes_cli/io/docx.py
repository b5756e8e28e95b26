"""Read a DOCX (WordprocessingML) file into a :class:`SourceDocument`.

We walk the XML ourselves instead of using python-docx's ``paragraph.text``:
it drops runs inside tracked insertions (``w:ins``), knows nothing of
auto-numbering, and reads tables separately from paragraphs. What Word
*shows* is what the minutes say, so the text here is the rendered view:

* paragraphs and tables in document order, one line per paragraph and one
  line per table row (cells joined by a tab, like "Datum:<TAB>7. 12. 2017" in
  the text form);
* tracked insertions kept, tracked deletions dropped;
* list numbers computed from ``numbering.xml`` the way Word draws them
  ("1.", "a)", "3.1"), including numbering inherited from a paragraph style;
* headers and footers go to ``furniture``, comments to ``comments``,
  footnotes and endnotes after the body with the hint "footnote".

The container is untrusted input: ZIP bombs are refused by their declared
sizes before anything is inflated, and XML with a DOCTYPE is refused (no
entity expansion, no DTD loading, no network).
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from minutes_cli import rx
from minutes_cli.errors import ReadError
from minutes_cli.io.source import MEDIA_DOCX, SourceDocument

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_W = f"{{{W}}}"

# Declared uncompressed size allowed per byte of --max-bytes: real DOCX files
# inflate 5-20x; a bomb inflates 1000x.
INFLATE_FACTOR = 20
# A single member this large with a higher ratio is a bomb, whatever the total.
RATIO_MIN_SIZE = 1024 * 1024
MAX_RATIO = 200


def _parser() -> etree.XMLParser:
    # One parser per document: lxml parsers must not be shared between threads
    # (``minutes batch`` may read files concurrently).
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
    )


# Elements whose subtree is never shown text.
_SKIP = {
    f"{_W}del",
    f"{_W}moveFrom",
    f"{_W}pPr",
    f"{_W}rPr",
    f"{_W}instrText",
    f"{_W}delInstrText",
    f"{_W}fldData",
    f"{_W}footnoteReference",
    f"{_W}endnoteReference",
    f"{_W}commentReference",
    f"{{{MC}}}Fallback",
}
_BLOCKS = {f"{_W}p", f"{_W}tbl", f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent"}
_HEADING_NAME = rx.compile(r"^(heading|nadpis)\s*(\d)$", re.IGNORECASE)
_TITLE_NAMES = {"title", "název", "nazev"}
_FALSE = {"0", "false", "off", "none"}


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None
    suffix: str = "tab"
    legal: bool = False
    style: str | None = None


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None
    bold: bool | None = None


@dataclass
class _Line:
    text: str
    hints: set[str] = field(default_factory=set)


def read_docx(data: bytes, name: str, *, max_bytes: int) -> SourceDocument:
    """Read DOCX bytes; raise :class:`ReadError` with one reason when they are not a safe DOCX."""
    package = Package(data, name, max_bytes)
    main = package.main_part()
    styles = _Styles(package.xml(package.related(main, "styles")))
    numbering = _Numbering(package.xml(package.related(main, "numbering")), styles)
    walker = _Walker(styles, numbering)
    root = package.xml(main)
    if root is None:
        raise ReadError(name, f"not a DOCX: {main} is missing")
    body = root.find(f"{_W}body")
    lines: list[_Line] = []
    if body is not None:
        lines.extend(walker.blocks(body))
    for kind in ("footnotes", "endnotes"):
        notes = package.xml(package.related(main, kind))
        if notes is None:
            continue
        for note in notes:
            if note.get(f"{_W}type") in (None, "normal"):
                for line in walker.blocks(note):
                    if line.text.strip():
                        line.hints.add("footnote")
                        lines.append(line)
    furniture: list[str] = []
    for kind in ("header", "footer"):
        for part in package.related_all(main, kind):
            for line in _Walker(styles, _Numbering(None, styles)).blocks(package.xml(part)):
                text = line.text.strip()
                if text and text not in furniture:
                    furniture.append(text)
    comments: list[str] = []
    comments_root = package.xml(package.related(main, "comments"))
    if comments_root is not None:
        for comment in comments_root.iter(f"{_W}comment"):
            text = " ".join(
                line.text.strip() for line in walker.blocks(comment) if line.text.strip()
            )
            author = comment.get(f"{_W}author")
            if text:
                comments.append(f"{author}: {text}" if author else text)
    texts: list[str] = []
    hints: dict[int, frozenset[str]] = {}
    for line in lines:
        # A soft line break (w:br) splits one paragraph into several lines.
        for part in line.text.split("\n"):
            if line.hints:
                hints[len(texts)] = frozenset(line.hints)
            texts.append(part)
    return SourceDocument(
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=MEDIA_DOCX,
        text="\n".join(texts),
        encoding=None,
        hints=hints,
        furniture=tuple(furniture),
        comments=tuple(comments),
    )


class Package:
    """An Office ZIP container (DOCX, ODT), checked before anything is inflated."""

    def __init__(self, data: bytes, name: str, max_bytes: int, kind: str = "DOCX") -> None:
        self.name = name
        self.kind = kind
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise ReadError(name, f"not a {kind}: truncated or corrupt ZIP ({exc})") from exc
        except (OSError, ValueError, EOFError) as exc:
            raise ReadError(name, f"not a {kind}: corrupt ZIP ({exc})") from exc
        infos = self.zip.infolist()
        limit = max(INFLATE_FACTOR * max_bytes, 1024 * 1024)
        total = sum(info.file_size for info in infos)
        for info in infos:
            if info.file_size > limit:
                raise ReadError(
                    name,
                    f"refused: ZIP member {info.filename} would inflate to {info.file_size} "
                    f"bytes, above {limit} (possible ZIP bomb)",
                )
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_MIN_SIZE and ratio > MAX_RATIO:
                raise ReadError(
                    name,
                    f"refused: ZIP member {info.filename} compressed {ratio:.0f}:1 "
                    "(possible ZIP bomb)",
                )
        if total > limit:
            raise ReadError(
                name, f"refused: ZIP would inflate to {total} bytes, above {limit} (ZIP bomb?)"
            )
        self.names = {info.filename for info in infos}
        self._cache: dict[str, etree._Element | None] = {}
        self._parser = _parser()

    def read(self, part: str) -> bytes | None:
        if part not in self.names:
            return None
        try:
            return self.zip.read(part)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise ReadError(
                self.name, f"corrupt {self.kind}: cannot inflate {part} ({exc})"
            ) from exc
        except RuntimeError as exc:  # password-protected ZIP member
            raise ReadError(self.name, f"corrupt {self.kind}: {part}: {exc}") from exc
        except NotImplementedError as exc:
            raise ReadError(self.name, f"unsupported ZIP compression in {part}") from exc

    def xml(self, part: str | None) -> etree._Element | None:
        """Parse one XML part safely; ``None`` when it is absent."""
        if part is None:
            return None
        if part in self._cache:
            return self._cache[part]
        data = self.read(part)
        root = None
        if data is not None:
            try:
                root = etree.fromstring(data, self._parser)
            except etree.XMLSyntaxError as exc:
                raise ReadError(
                    self.name, f"corrupt {self.kind}: {part} is not well-formed XML ({exc})"
                ) from exc
            docinfo = root.getroottree().docinfo
            if docinfo.doctype or docinfo.internalDTD is not None:
                raise ReadError(
                    self.name,
                    f"refused: {part} declares a DOCTYPE (entities are never expanded)",
                )
        self._cache[part] = root
        return root

    def _rels(self, part: str) -> list[tuple[str, str]]:
        """(type suffix, target part) of a part's relationships."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        if root is None:
            return []
        out = []
        for rel in root.iter(f"{{{REL}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            out.append((rel.get("Type", "").rsplit("/", 1)[-1], path))
        return out

    def main_part(self) -> str:
        for kind, target in self._rels(""):
            if kind == "officeDocument" and target in self.names:
                return target
        if "word/document.xml" in self.names:
            return "word/document.xml"
        raise ReadError(self.name, "a ZIP file but not a DOCX (no word/document.xml)")

    def related_all(self, part: str, kind: str) -> list[str]:
        found = [t for k, t in self._rels(part) if k == kind and t in self.names]
        if not found and not self._rels(part):
            # No relationships part: fall back to Word's conventional names.
            folder = posixpath.dirname(part)
            pattern = rx.compile(rf"^{re.escape(folder)}/{kind}\d*\.xml$")
            found = sorted(n for n in self.names if pattern.match(n))
        return sorted(found, key=_natural)

    def related(self, part: str, kind: str) -> str | None:
        found = self.related_all(part, kind)
        return found[0] if found else None


def _natural(name: str) -> tuple[str, int]:
    m = rx.search(r"(\d+)\.xml$", name)
    return (name[: m.start()] if m else name, int(m.group(1)) if m else 0)


def _val(element: etree._Element | None, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(f"{_W}{tag}")
    return None if child is None else child.get(f"{_W}val")


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


def _on(element: etree._Element | None, tag: str) -> bool | None:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``); ``None`` when unset."""
    if element is None:
        return None
    child = element.find(f"{_W}{tag}")
    if child is None:
        return None
    return (child.get(f"{_W}val") or "true").lower() not in _FALSE


class _Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_para: str | None = None
        if root is None:
            return
        for el in root.iter(f"{_W}style"):
            sid = el.get(f"{_W}styleId")
            if not sid:
                continue
            ppr = el.find(f"{_W}pPr")
            numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
            self.styles[sid] = _Style(
                name=(_val(el, "name") or sid),
                based_on=_val(el, "basedOn"),
                num_id=_val(numpr, "numId"),
                ilvl=_int(_val(numpr, "ilvl")),
                outline=_int(_val(ppr, "outlineLvl")),
                bold=_on(el.find(f"{_W}rPr"), "b"),
            )
            if el.get(f"{_W}type") == "paragraph" and (el.get(f"{_W}default") or "") in (
                "1",
                "true",
            ):
                self.default_para = sid

    def chain(self, sid: str | None) -> Iterator[_Style]:
        """The style and the styles it is based on, nearest first."""
        seen: set[str] = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            style = self.styles[sid]
            yield style
            sid = style.based_on

    def first(self, sid: str | None, attr: str) -> object:
        for style in self.chain(sid):
            value = getattr(style, attr)
            if value is not None:
                return value
        return None


class _Numbering:
    """numbering.xml plus the counters of every list seen so far."""

    def __init__(self, root: etree._Element | None, styles: _Styles) -> None:
        self.styles = styles
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}
        self.nums: dict[str, str] = {}
        self.overrides: dict[str, dict[int, tuple[int | None, _Level | None]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        self._levels: dict[tuple[str, int], _Level | None] = {}
        if root is None:
            return
        for el in root.iter(f"{_W}abstractNum"):
            aid = el.get(f"{_W}abstractNumId") or ""
            self.abstract[aid] = {
                _int(lvl.get(f"{_W}ilvl")) or 0: _level(lvl) for lvl in el.iter(f"{_W}lvl")
            }
            link = _val(el, "numStyleLink")
            if link:
                self.style_link[aid] = link
        for el in root.iter(f"{_W}num"):
            nid = el.get(f"{_W}numId") or ""
            self.nums[nid] = _val(el, "abstractNumId") or ""
            for ov in el.iter(f"{_W}lvlOverride"):
                ilvl = _int(ov.get(f"{_W}ilvl")) or 0
                lvl = ov.find(f"{_W}lvl")
                self.overrides.setdefault(nid, {})[ilvl] = (
                    _int(_val(ov, "startOverride")),
                    _level(lvl) if lvl is not None else None,
                )

    def _abstract_id(self, num_id: str) -> str | None:
        aid = self.nums.get(num_id)
        seen: set[str] = set()
        # numStyleLink: the list is defined by a numbering style's own numId.
        while aid in self.style_link and aid not in seen:
            seen.add(aid)
            linked = self.styles.first(self.style_link[aid], "num_id")
            aid = self.nums.get(str(linked)) if linked else None
        return aid if aid in self.abstract else None

    def level(self, num_id: str, ilvl: int) -> _Level | None:
        key = (num_id, ilvl)
        if key not in self._levels:  # looked up ~10 times per list paragraph
            aid = self._abstract_id(num_id)
            found = None
            if aid is not None:
                override = self.overrides.get(num_id, {}).get(ilvl)
                if override and override[1] is not None:
                    found = override[1]
                else:
                    found = self.abstract[aid].get(ilvl)
            self._levels[key] = found
        return self._levels[key]

    def style_level(self, num_id: str, style_id: str | None) -> int | None:
        """The level a style is linked to (``w:pStyle`` inside ``w:lvl``)."""
        aid = self._abstract_id(num_id)
        if aid is None or style_id is None:
            return None
        for ilvl, lvl in self.abstract[aid].items():
            if lvl.style == style_id:
                return ilvl
        return None

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the list ``num_id`` at ``ilvl`` and return the label Word shows."""
        aid = self._abstract_id(num_id)
        level = self.level(num_id, ilvl)
        if aid is None or level is None:
            return None
        # Counters are shared by every w:num of one abstract list (a list
        # resumes after an interrupting paragraph, even under another numId),
        # unless a w:num restarts a level with startOverride.
        counters = self.counters.setdefault(aid, [None] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl_index, (start, _) in self.overrides.get(num_id, {}).items():
                if start is not None and 0 <= lvl_index < 9:
                    counters[lvl_index] = start - 1
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            lvl = self.level(num_id, deeper)
            restart = lvl.restart if lvl else None
            if restart is None or (restart != 0 and ilvl < restart):
                counters[deeper] = None
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return level.text if "%" not in level.text else ""

        def number(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            lvl = self.level(num_id, index) or _Level()
            value = counters[index] if 0 <= index < 9 else None
            value = lvl.start if value is None else value
            fmt = "decimal" if level.legal and lvl.fmt != "none" else lvl.fmt
            return _format(value, fmt)

        return rx.sub(r"%([1-9])", number, level.text)


def _level(el: etree._Element) -> _Level:
    return _Level(
        start=_int(_val(el, "start")) if _val(el, "start") is not None else 1,  # type: ignore[arg-type]
        fmt=_val(el, "numFmt") or "decimal",
        text=_val(el, "lvlText") if _val(el, "lvlText") is not None else "",  # type: ignore[arg-type]
        restart=_int(_val(el, "lvlRestart")),
        suffix=_val(el, "suff") or "tab",
        legal=bool(_on(el, "isLgl")),
        style=_val(el, "pStyle"),
    )


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _roman(value: int) -> str:
    out = []
    for number, letters in _ROMAN:
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


def _format(value: int, fmt: str) -> str:
    """One number in a Word number format."""
    if fmt in ("lowerLetter", "upperLetter") and value > 0:
        # Word repeats the letter: a..z, aa..zz, aaa..
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and value > 0:
        return _roman(value).upper() if fmt == "upperRoman" else _roman(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "none":
        return ""
    return str(value)


class _Walker:
    """Renders block-level XML into lines, in document order."""

    def __init__(self, styles: _Styles, numbering: _Numbering) -> None:
        self.styles = styles
        self.numbering = numbering

    def blocks(self, parent: etree._Element | None) -> Iterator[_Line]:
        if parent is None:
            return
        for child in parent:
            tag = child.tag
            if tag == f"{_W}p":
                yield from self.paragraph(child)
            elif tag == f"{_W}tbl":
                yield from self.table(child)
            elif tag in _BLOCKS:
                yield from self.blocks(child)

    def table(self, tbl: etree._Element) -> Iterator[_Line]:
        nested: list[_Line] = []
        for row in tbl.iter(f"{_W}tr"):
            if _ancestor_table(row) is not tbl:
                continue
            cells = []
            for cell in row.iter(f"{_W}tc"):
                if _ancestor_table(cell) is not tbl:
                    continue
                parts: list[str] = []
                for line in self.blocks(cell):
                    if "table" in line.hints:
                        nested.append(line)  # nested table rows follow the row
                        continue
                    text = " ".join(line.text.split("\n")).strip()
                    if text:
                        parts.append(text)
                cells.append(_join_cell(parts))
            text = "\t".join(cells).rstrip("\t")
            if text.strip():
                yield _Line(text, {"table"})
            yield from nested
            nested = []

    def paragraph(self, p: etree._Element) -> Iterator[_Line]:
        ppr = p.find(f"{_W}pPr")
        style_id = _val(ppr, "pStyle") or self.styles.default_para
        extra: list[_Line] = []
        pieces: list[str] = []
        bold_flags: list[bool] = []
        para_bold = bool(self.styles.first(style_id, "bold"))
        self._inline(p, pieces, bold_flags, extra, para_bold)
        text = "".join(pieces)
        mark_deleted = ppr is not None and ppr.find(f"{_W}rPr/{_W}del") is not None
        if mark_deleted and not text.strip():
            # A paragraph deleted as a whole under tracked changes.
            yield from extra
            return
        hints: set[str] = set()
        label = self._number(ppr, style_id)
        if label is not None:
            hints.add("list")
            stripped = text.lstrip()
            if label and not stripped.startswith(label.strip()):
                text = f"{label} {stripped}" if stripped else label
        if self._is_heading(ppr, style_id):
            hints.add("heading")
        if bold_flags and all(bold_flags):
            hints.add("bold")
        yield _Line(text, hints)
        yield from extra

    def _is_heading(self, ppr: etree._Element | None, style_id: str | None) -> bool:
        outline = _int(_val(ppr, "outlineLvl"))
        if outline is None:
            outline = self.styles.first(style_id, "outline")  # type: ignore[assignment]
        if outline is not None and 0 <= outline < 9:
            return True
        for style in self.styles.chain(style_id):
            name = style.name.strip().lower()
            if _HEADING_NAME.match(name) or name in _TITLE_NAMES:
                return True
        return False

    def _number(self, ppr: etree._Element | None, style_id: str | None) -> str | None:
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        num_id = _val(numpr, "numId")
        ilvl = _int(_val(numpr, "ilvl"))
        if num_id is None:
            num_id = self.styles.first(style_id, "num_id")  # type: ignore[assignment]
        if num_id is None or num_id == "0":
            return None
        if ilvl is None:
            ilvl = self.styles.first(style_id, "ilvl")  # type: ignore[assignment]
        if ilvl is None:
            ilvl = self.numbering.style_level(num_id, style_id) or 0
        return self.numbering.label(num_id, max(0, min(ilvl, 8)))

    def _inline(
        self,
        element: etree._Element,
        pieces: list[str],
        bold: list[bool],
        extra: list[_Line],
        para_bold: bool,
    ) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == f"{_W}r":
                self._run(child, pieces, bold, extra, para_bold)
            elif tag == f"{_W}txbxContent":
                extra.extend(self.blocks(child))
            else:
                self._inline(child, pieces, bold, extra, para_bold)

    def _run(
        self,
        run: etree._Element,
        pieces: list[str],
        bold: list[bool],
        extra: list[_Line],
        para_bold: bool,
    ) -> None:
        rpr = run.find(f"{_W}rPr")
        is_bold = _on(rpr, "b")
        if is_bold is None:
            is_bold = bool(self.styles.first(_val(rpr, "rStyle"), "bold")) or para_bold
        for child in run.iter():
            tag = child.tag
            if child is run or not isinstance(tag, str):
                continue
            if _inside_skipped(child, run):
                continue
            if tag == f"{_W}t":
                if child.text:
                    pieces.append(child.text)
                    if child.text.strip():
                        bold.append(is_bold)
            elif tag == f"{_W}tab" or tag == f"{_W}ptab":
                pieces.append("\t")
            elif tag == f"{_W}br":
                if child.get(f"{_W}type") in (None, "textWrapping"):
                    pieces.append("\n")
            elif tag == f"{_W}cr":
                pieces.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                pieces.append("-")
            elif tag == f"{_W}softHyphen":
                pieces.append("\u00ad")
            elif tag == f"{_W}sym":
                pieces.append(_symbol(child.get(f"{_W}char") or ""))
            elif tag == f"{_W}txbxContent":
                extra.extend(self.blocks(child))


def _inside_skipped(element: etree._Element, stop: etree._Element) -> bool:
    """Is ``element`` inside a subtree we never show (run properties, fallbacks, text boxes)?"""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _SKIP or parent.tag == f"{_W}txbxContent":
            return True
        parent = parent.getparent()
    return False


def _symbol(code: str) -> str:
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    # Symbol and Wingdings characters sit in the private-use area F000-F0FF;
    # in running text they are almost always list markers, so they read as
    # a bullet unless they are one of the few that mean something else.
    if 0xF000 <= value <= 0xF0FF:
        return {0x2D: "-", 0xB4: "×", 0xB7: "•"}.get(value - 0xF000, "•")
    return chr(value)


def _ancestor_table(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != f"{_W}tbl":
        parent = parent.getparent()
    return parent


def _join_cell(parts: list[str]) -> str:
    """Paragraphs of one cell on one line; "; " keeps listed names apart."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif out[-1] in ",;:":
            out = f"{out} {part}"
        else:
            out = f"{out}; {part}"
    return out
