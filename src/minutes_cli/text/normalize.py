"""Character-level normalization with an offset map back to the source.

The normalized text keeps the source's line structure: line N of
``minutes text`` is line N of the decoded input (for DOCX, of the rendered
paragraphs). Within a line we fold exotic spaces (NBSP and friends) to a
space, drop soft hyphens and zero-width characters, strip trailing blanks,
compose to NFC, and for Markdown / reStructuredText remove the markup while
remembering what it meant (a heading, bold) as a line hint.

Broken paragraphs are *not* joined here: joining happens when a segment's
text is assembled, so line numbers stay stable.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from minutes_cli import rx
from minutes_cli.io.source import MEDIA_MARKDOWN, MEDIA_RST, MEDIA_TEXT, SourceDocument

_SPACES = dict.fromkeys(
    map(
        ord,
        "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
        "\u2008\u2009\u200a\u205f\u3000\u000b\u000c",
    ),
    " ",
)
_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_DROPPED = rx.compile("[" + "".join(sorted(_DROP)) + "]")
_SPECIAL = rx.compile(r"[\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\x0b\x0c]")

_MD_HEADING = rx.compile(r"^\s{0,3}(#{1,6})\s+")
_MD_HEADING_TAIL = rx.compile(r"\s+#+\s*$")
_MD_EMPH = rx.compile(r"\*\*|__")
_MD_RULE = rx.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_MD_TABLE_SEP = rx.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HTML_BR = rx.compile(r"<br\s*/?>", re.IGNORECASE)
_RST_FIELD = rx.compile(r"^:([^:\s][^:]{0,40}):")
_RST_UNDERLINE = rx.compile(r"^([=\-~^\"'`*+#:.])\1{2,}\s*$")


@dataclass(frozen=True)
class OffsetMap:
    """Piecewise-linear map from normalized offsets to source offsets."""

    norm: list[int] = field(default_factory=list)
    src: list[int] = field(default_factory=list)

    def to_source(self, offset: int) -> int:
        i = bisect.bisect_right(self.norm, offset) - 1
        if i < 0:
            return offset
        return self.src[i] + (offset - self.norm[i])


class NormalizedText(NamedTuple):
    """The text every ``loc`` points into (what ``minutes text`` prints)."""

    text: str
    lines: tuple[str, ...]
    hints: dict[int, frozenset[str]]
    offset_map: OffsetMap
    source: SourceDocument

    def hint(self, index: int) -> frozenset[str]:
        """Layout hints of the 0-based line ``index``."""
        return self.hints.get(index, frozenset())


def _clean(line: str) -> tuple[str, list[int] | None]:
    """Fold spaces and drop invisible characters; return text and per-char source columns."""
    if not _DROPPED.search(line):
        # Only 1:1 replacements (exotic spaces): offsets do not move.
        out = line.translate(_SPACES).rstrip() if _SPECIAL.search(line) else line.rstrip()
        if not out.isascii():
            composed = unicodedata.normalize("NFC", out)
            if composed != out:
                return composed, list(range(len(composed)))
        return out, None
    if not _SPECIAL.search(line):
        out = line.rstrip()
        if not out.isascii():
            composed = unicodedata.normalize("NFC", out)
            if composed != out:
                return composed, list(range(len(composed)))
        return out, None
    chars: list[str] = []
    cols: list[int] = []
    for col, ch in enumerate(line):
        if ch in _DROP:
            continue
        chars.append(ch.translate(_SPACES))
        cols.append(col)
    out = "".join(chars).rstrip()
    composed = unicodedata.normalize("NFC", out)
    if composed != out:  # composition shortens the line; keep a coarse map
        cols = cols[: len(composed)]
    return composed, cols[: len(composed)]


# "**Úkol**: …", "__Schváleno__: …": a label set in bold in plain text
_BOLD_LABEL = rx.compile(r"^(\s*)(?:\*\*|__)([^*_:\n]{1,40})(?:\*\*|__)\s*:")


def _markup_plain(line: str, above: str) -> str | None:
    """Plain text written with light markup: a bold label loses its asterisks; None for a
    line that only underlines the one above it (reStructuredText or setext style: as long
    as the title, give or take a few characters)."""
    if (
        _RST_UNDERLINE.match(line)
        and above.strip()
        and not _RST_UNDERLINE.match(above)
        and abs(len(line.strip()) - len(above.strip())) <= 3
    ):
        return None
    return _BOLD_LABEL.sub(r"\1\2:", line)


def _markup_md(line: str, hints: set[str]) -> str:
    if _MD_RULE.match(line) or (_MD_TABLE_SEP.match(line) and "|" in line):
        return ""
    m = _MD_HEADING.match(line)
    if m:
        hints.add("heading")
        hints.add(f"h{len(m.group(1))}")
        line = _MD_HEADING_TAIL.sub("", line[m.end() :])
    stripped = line.strip()
    if stripped.startswith("**") and stripped.endswith("**") and len(stripped) > 4:
        hints.add("bold")
    line = _MD_EMPH.sub("", line)
    line = _HTML_BR.sub("", line)
    if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
        hints.add("table")
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        line = "\t".join(cells)
    return line.rstrip()


_GAP = rx.compile(r" {3,}|\t")


def _aligned_tables(lines: list[str]) -> set[int]:
    """Tables typed with spaces ("Jméno            Funkce       Přítomen"): three or
    more lines in a row whose cells, parted by three spaces or more, start at the
    same columns. Their rows, to be split into tab-separated cells like DOCX tables."""
    rows: set[int] = set()

    def starts(line: str) -> frozenset[int]:
        body = line.rstrip()
        indent = len(body) - len(body.lstrip())
        return frozenset(m.end() for m in _GAP.finditer(body) if m.start() > indent)

    def keep(run: list[int]) -> None:
        if len(run) >= 3:
            rows.update(run)
            head = run[0] - 1  # a header row over right-aligned numbers starts elsewhere
            if head >= 0 and head not in rows and len(starts(lines[head])) >= 1:
                rows.add(head)

    run: list[int] = []
    first: frozenset[int] = frozenset()  # the columns of the run's first row
    for i, line in enumerate([*lines, ""]):
        columns = starts(line) if line.strip() and "\t" not in line else frozenset()
        if columns and run and not (columns & first):
            keep(run)
            run = []
        if columns:
            first = first if run else columns
            run.append(i)
            continue
        keep(run)
        run = []
    return rows


def _pipe_tables(lines: list[str]) -> tuple[set[int], set[int]]:
    """Pipe tables in any text ("Co | Kdo | Do kdy" over "---|-----|----"): the
    separator lines and the rows (the head above a separator, the lines below it)."""
    separators: set[int] = set()
    rows: set[int] = set()
    for i, line in enumerate(lines):
        if not (i and "|" in line and _MD_TABLE_SEP.match(line) and "|" in lines[i - 1]):
            continue
        separators.add(i)
        rows.add(i - 1)
        j = i + 1
        while j < len(lines) and "|" in lines[j] and lines[j].strip():
            rows.add(j)
            j += 1
    return separators, rows


def _margin(lines: list[str]) -> int:
    """The left margin every line of the text shares (a PDF converted with its page
    layout indents every line): spaces, removed so that an indent means what it
    means in the text, a line that continues the one above."""
    filled = [line for line in lines if line.strip()]
    if not filled:
        return 0
    return min(len(line) - len(line.lstrip(" ")) for line in filled)


def normalize(doc: SourceDocument) -> NormalizedText:
    """Normalize a decoded document; see the module docstring."""
    raw_lines = doc.text.split("\n")
    lines: list[str] = []
    hints: dict[int, frozenset[str]] = dict(doc.hints)
    norm_anchor: list[int] = []
    src_anchor: list[int] = []
    markdown = doc.media_type == MEDIA_MARKDOWN
    rst = doc.media_type == MEDIA_RST
    plain = doc.media_type == MEDIA_TEXT
    norm_pos = src_pos = 0
    separators, table_rows = _pipe_tables(raw_lines)
    table_rows |= _aligned_tables(raw_lines)
    margin = 0 if markdown or rst else _margin(raw_lines)
    for index, raw in enumerate(raw_lines):
        text, cols = _clean(raw[margin:] if raw.strip() else raw)
        line_src = src_pos + (margin if raw.strip() else 0)
        if index in separators:  # "---|-----|----": drawn, not said
            text, cols = "", None
        elif index in table_rows:  # "Co | Kdo | Do kdy": cells by tabs, as in DOCX tables
            cells = text.strip().strip("|").split("|") if "|" in text else _GAP.split(text.strip())
            text, cols = "\t".join(c.strip() for c in cells), None
            hints[index] = frozenset({*hints.get(index, ()), "table"})
        if markdown or rst:
            line_hints = set(hints.get(index, ()))
            if markdown:
                marked = _markup_md(text, line_hints)
            else:
                marked = text
                if _RST_UNDERLINE.match(text) and index and lines and lines[-1].strip():
                    prev = index - 1
                    hints[prev] = frozenset({*hints.get(prev, ()), "heading"})
                    marked = ""
                elif (
                    _RST_UNDERLINE.match(text)
                    and index + 2 < len(raw_lines)
                    and _RST_UNDERLINE.match(raw_lines[index + 2].strip())
                ):
                    marked = ""  # the overline of a title
                else:
                    marked = _RST_FIELD.sub(r"\1:", _MD_EMPH.sub("", text))
            if marked != text:
                # The markup edits are not tracked per character: map the
                # line to its source line start, which is what ``loc`` needs.
                cols = None
                text = marked
            if line_hints:
                hints[index] = frozenset(line_hints)
        elif plain:
            plain_marked = _markup_plain(text, lines[-1] if lines else "")
            if plain_marked is None:  # "23. 10. 2019 - Schůze výboru" / "-----…": its heading
                hints[index - 1] = frozenset({*hints.get(index - 1, ()), "heading"})
                plain_marked = ""
            if plain_marked != text:
                cols = None
                text = plain_marked
        norm_anchor.append(norm_pos)
        src_anchor.append(line_src + (cols[0] if cols else 0))  # a dropped first character
        if cols:
            for i in range(1, len(cols)):
                if cols[i] != cols[i - 1] + 1:
                    norm_anchor.append(norm_pos + i)
                    src_anchor.append(line_src + cols[i])
        lines.append(text)
        norm_pos += len(text) + 1
        src_pos += len(raw) + 1
    return NormalizedText(
        text="\n".join(lines),
        lines=tuple(lines),
        hints=hints,
        offset_map=OffsetMap(norm_anchor, src_anchor),
        source=doc,
    )


# A line that does not end its sentence, over one that goes on in lower case.
_OPEN_LINE_END = rx.compile(r"[^.!?:;)\]\"“”…]$")
_GOES_ON = rx.compile(r"^\s*[a-záčďéěíňóřšťúůýž]")


def double_spaced(lines: tuple[str, ...]) -> bool:
    """Is the text double-spaced: a blank line after every line, so that sentences and
    lists run on across blank lines ("Přítomni: Jan Novák, Eva Malá," / "" / "Petr
    Dlouhý")? Copies from PDF viewers, web pages and Word with "Enter twice" look so."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) < 8:
        return False
    gaps = [b - a for a, b in itertools.pairwise(content)]
    if sum(g == 1 for g in gaps) > 0.1 * len(gaps) or sum(g == 2 for g in gaps) < 0.5 * len(gaps):
        return False
    # Paragraphs of one line each, a blank line between, are no sign: a line that runs
    # on across the blank line is.
    runs_on = sum(
        1
        for a, b in itertools.pairwise(content)
        if b - a == 2
        and (
            lines[a].rstrip().endswith(",")  # "Přítomni: Jan Novák, Eva Malá," / "Petr …"
            or (_OPEN_LINE_END.search(lines[a]) and _GOES_ON.match(lines[b]))
        )
    )
    return runs_on >= 2


def compact(norm: NormalizedText) -> tuple[NormalizedText, tuple[int, ...]] | None:
    """A double-spaced text (:func:`double_spaced`) as it was meant: one blank line
    dropped, a longer run of them kept as one paragraph break. Returns the compact
    text and, for each of its lines, the line of ``norm`` it is; None when ``norm``
    is not double-spaced. Extractors read the compact text; every ``loc`` is mapped
    back, so it still points into ``norm`` (what ``minutes text`` prints)."""
    lines = norm.lines
    if not double_spaced(lines):
        return None
    keep: list[int] = []
    i = 0
    while i < len(lines):
        if lines[i].strip():
            keep.append(i)
            i += 1
            continue
        j = i
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j - i >= 2 and keep and j < len(lines):
            keep.append(i)  # a paragraph break
        i = j
    kept = tuple(lines[k] for k in keep)
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    anchors: list[int] = []
    pos = 0
    for line in kept:
        anchors.append(pos)
        pos += len(line) + 1
    compacted = NormalizedText(
        text="\n".join(kept),
        lines=kept,
        hints={new: norm.hints[old] for new, old in enumerate(keep) if old in norm.hints},
        offset_map=OffsetMap(anchors, [norm.offset_map.to_source(starts[old]) for old in keep]),
        source=norm.source,
    )
    return compacted, tuple(keep)
