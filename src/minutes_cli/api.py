"""The library's public entry points. No Typer, no Rich, no printing here."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutes_cli.assemble import build_record
from minutes_cli.errors import ExtractError, MinutesError
from minutes_cli.io.readers import DEFAULT_MAX_BYTES, read_path
from minutes_cli.io.source import MEDIA_TEXT, SourceDocument
from minutes_cli.models.record import Record
from minutes_cli.text.normalize import NormalizedText, normalize

if TYPE_CHECKING:
    from minutes_cli.batch import BatchResult, iter_batch  # noqa: F401

KINDS = ("minutes", "strategy", "project", "unknown")
NLP_MODES = ("auto", "rules", "model")


def read_normalized(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> NormalizedText:
    """Read and normalize a file: the text every ``loc`` points into."""
    return normalize(read_path(path, max_bytes=max_bytes))


def parse_source(source: SourceDocument, *, kind: str | None = None, nlp: str = "rules") -> Record:
    """Parse an already-read document.

    A bug in an extractor must not cost the caller a batch: it is raised as
    :class:`ExtractError` naming the file, like any other unparseable input.
    """
    try:
        return build_record(normalize(source), kind=kind, nlp=nlp)
    except MinutesError:
        raise
    except Exception as exc:
        raise ExtractError(
            f"{source.path}: parser failed ({type(exc).__name__}: {exc}); please report"
        ) from exc


def parse_file(
    path: str | Path,
    *,
    kind: str | None = None,
    nlp: str = "rules",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Record:
    """Parse a minutes file (or a strategy plan / project card) into its record.

    Raises :class:`minutes_cli.errors.ReadError` when the file cannot be read.
    """
    return parse_source(read_path(path, max_bytes=max_bytes), kind=kind, nlp=nlp)


def parse_text(
    text: str,
    *,
    path: str = "<text>",
    kind: str | None = None,
    nlp: str = "rules",
    media_type: str = MEDIA_TEXT,
) -> Record:
    """Parse text already in memory (the record's ``source.sha256`` is of its UTF-8 bytes)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    source = SourceDocument(
        path=path,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        media_type=media_type,
        text=text,
        encoding="utf-8",
    )
    return parse_source(source, kind=kind, nlp=nlp)


def __getattr__(name: str) -> Any:
    # Batch processing lives in its own module; re-exported (lazily, so that
    # ``minutes validate`` does not import it) so notebooks find it here.
    if name in {"BatchResult", "iter_batch"}:
        from minutes_cli import batch

        return getattr(batch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
