"""Find page furniture: running headers and footers, logos, page numbers, web chrome.

Two signals, both generic:

* a line that matches a furniture pattern from ``data/lexicon.yaml``
  (``Strana 2 z 5``, ``Nastavení cookies``, a shouted logo ``TOWN!!!``);
* a short block (up to four short lines between blank lines, no sentence,
  no label, no digits; a single line only in capitals) whose exact text
  occurs at least twice: a running header or footer repeated on every page
  of a copied document; or a repeated line next to a page number (at least
  half of its copies).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from minutes_cli import rx
from minutes_cli.data import load
from minutes_cli.models.record import Furniture
from minutes_cli.text.document import Doc, fold, loc

_MAX_BLOCK_LINES = 4
_LABELLED = rx.compile(r"^[^\W\d][\w ]{0,25}:\s+\S")
_LIST_ENTRY = rx.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)]\s+\S")
_MAX_LINE_LEN = 60


@cache
def _pattern() -> re.Pattern[str]:
    # One alternation: each pattern may carry its own (?i) as a scoped group.
    parts = []
    for p in load("lexicon")["furniture_patterns"]:
        flags = "i" if p.startswith("(?i)") else ""
        body = p[4:] if flags else p
        parts.append(f"(?{flags}:{body})" if flags else f"(?:{body})")
    return rx.compile("|".join(parts))


def _is_furniture(folded: str) -> bool:
    """Does this line (whitespace folded) look like page furniture or web chrome?"""
    return bool(folded) and len(folded) <= 120 and _pattern().fullmatch(folded) is not None


def _blocks(doc: Doc) -> list[tuple[int, int]]:
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    for i in range(len(doc) + 1):
        blank = i == len(doc) or doc.is_blank(i)
        if not blank and start is None:
            start = i
        elif blank and start is not None:
            blocks.append((start, i - 1))
            start = None
    return blocks


def _repeatable(lines: list[str]) -> bool:
    if len(lines) > _MAX_BLOCK_LINES:
        return False
    for text in lines:
        if len(text) > _MAX_LINE_LEN or ":" in text or rx.search(r"\d", text):
            return False
        if text.endswith(".") or len(text) < 3:
            return False
    # A single repeated line is furniture only when shouted (a logo, a running
    # header); a name or a phrase may well recur in the body.
    return len(lines) > 1 or lines[0].isupper()


def _near(doc: Doc, i: int, found: dict[int, int]) -> bool:
    """Is a furniture line within two non-blank lines of line ``i``?"""
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(doc) and seen < 2:
            if not doc.is_blank(j):
                if j in found:
                    return True
                seen += 1
            j += step
    return False


def detect(doc: Doc) -> list[Furniture]:
    """Mark furniture lines in ``doc`` and return them as record entries."""
    found: dict[int, int] = {}  # first line -> last line
    folded_lines = [fold(text) for text in doc.lines]
    for i, folded in enumerate(folded_lines):
        if _is_furniture(folded):
            found[i] = i
    seen: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for start, end in _blocks(doc):
        lines = folded_lines[start : end + 1]
        if _repeatable(lines):
            seen["\n".join(lines)].append((start, end))
    for spans in seen.values():
        if len(spans) >= 2:
            for start, end in spans:
                found[start] = end
    # A running header or footer: a line repeated exactly, at least half of
    # whose copies stand next to a page number ("Strana 1 z 2") or other
    # furniture. Half, not one: a vote line repeated under every resolution
    # ("Výsledek hlasování: pro 8, proti 0 …") may end a page once.
    counts: dict[str, list[int]] = defaultdict(list)
    for i, folded in enumerate(folded_lines):
        if (
            3 <= len(folded) <= _MAX_LINE_LEN * 2
            and not folded.endswith(".")
            and not _LIST_ENTRY.match(folded)  # "3. Účetní závěrka": programme and heading
            and not _LABELLED.match(folded)  # "Termín: 31. 3. 2025" under two resolutions
        ):
            counts[folded].append(i)
    for same in counts.values():
        if len(same) >= 2 and 2 * sum(_near(doc, i, found) for i in same) >= len(same):
            for i in same:
                found.setdefault(i, i)
    items: list[Furniture] = []
    for start in sorted(found):
        end = found[start]
        if start in doc.furniture:
            continue
        doc.furniture.update(range(start, end + 1))
        text = " ".join(folded_lines[start : end + 1])
        items.append(Furniture(text=text, loc=loc(start, end)))
    return items
