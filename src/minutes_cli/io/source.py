"""What a reader hands to the normalizer: decoded text plus layout hints."""

from __future__ import annotations

from dataclasses import dataclass, field

MEDIA_TEXT = "text/plain"
MEDIA_MARKDOWN = "text/markdown"
MEDIA_RST = "text/x-rst"
MEDIA_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MEDIA_ODT = "application/vnd.oasis.opendocument.text"


@dataclass(frozen=True)
class SourceDocument:
    """One input document, decoded.

    ``text`` has ``\\n`` line ends only. ``hints`` maps a 0-based line index
    to layout hints a reader knows about ("heading", "bold", "table", "list");
    the segmenter may use them, nothing depends on them.
    ``furniture`` holds text the reader knows is not body (DOCX headers and
    footers); ``comments`` holds reviewer comments.
    """

    path: str
    sha256: str
    media_type: str
    text: str
    encoding: str | None = None
    hints: dict[int, frozenset[str]] = field(default_factory=dict)
    furniture: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()
