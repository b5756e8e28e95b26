"""The working view extractors share: normalized lines, furniture, claims.

A :class:`Doc` wraps :class:`NormalizedText` with what every extractor
needs: which lines are furniture, how to turn a line range into a ``Loc``
and into joined text (broken lines rejoined, furniture skipped), and a
ledger of claimed lines for the "nothing dropped silently" accounting.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from minutes_cli import rx
from minutes_cli.models.record import Loc
from minutes_cli.text.normalize import NormalizedText

_SENTENCE_END = rx.compile(r"[.!?:;…)\]\"“”]$")
_FIRST_LETTER = rx.compile(r"^[\W\d_]*?([^\W\d_])")
_LIST_MARK = rx.compile(r"^\s*(?:[-*•▪–]|\d{1,2}[.)]?)\s")


def fold(text: str) -> str:
    """Fold whitespace runs to one space and trim."""
    return " ".join(text.split())


# A word hyphenated at the end of a line ("rekon-" / "strukci"): a letter pair
# before the hyphen, so that a dash after a space ("Starosta -") is no break.
_HYPHEN_END = rx.compile(r"(?<=[^\W\d_]{2})-\s*$")


def join_lines(lines: Iterable[str]) -> str:
    """Join lines into running text with one space, whitespace folded, and words
    hyphenated across a line end mended ("rekon-" + "strukci" -> "rekonstrukci")."""
    parts: list[str] = []
    for line in lines:
        if parts and line.lstrip()[:1].islower() and (m := _HYPHEN_END.search(parts[-1])):
            parts[-1] = parts[-1][: m.start()] + line.lstrip()
        else:
            parts.append(line)
    return fold(" ".join(parts))


def loc(start: int, end: int | None = None) -> Loc:
    """A ``Loc`` for 0-based line indexes ``start``..``end`` (inclusive)."""
    # Built without validation: both values are ints by construction, and this
    # runs for every located value of every record.
    return Loc.model_construct(line=start + 1, end_line=(start if end is None else end) + 1)


@dataclass
class Doc:
    norm: NormalizedText
    furniture: set[int] = field(default_factory=set)
    claimed: set[int] = field(default_factory=set)
    _content: list[int] = field(default_factory=list, repr=False)
    _content_key: int = field(default=-1, repr=False)

    @property
    def lines(self) -> tuple[str, ...]:
        return self.norm.lines

    def __len__(self) -> int:
        return len(self.norm.lines)

    def is_blank(self, i: int) -> bool:
        return not self.norm.lines[i].strip()

    def is_content(self, i: int) -> bool:
        """A non-empty line that is not furniture."""
        return i not in self.furniture and not self.is_blank(i)

    def content_lines(self, start: int = 0, end: int | None = None) -> list[int]:
        """Content line indexes in ``start..end`` (exclusive), in order."""
        key = len(self.furniture)  # furniture only grows, and only before segmenting
        if self._content_key != key:
            self._content = [i for i in range(len(self)) if self.is_content(i)]
            self._content_key = key
        stop = len(self) if end is None else end
        return self._content[bisect_left(self._content, start) : bisect_left(self._content, stop)]

    @cached_property
    def lower_case_typed(self) -> bool:
        """Are most lines typed in lower case (notes from a phone: "pepa koupi lepidlo")?
        Then a line that starts in lower case is no sign of a sentence broken over lines."""
        # Lines that open a paragraph or a list entry: wrapped prose continues in
        # lower case too, but its paragraphs open with a capital.
        opening = [
            i
            for i in self.content_lines()
            if i == 0 or self.is_blank(i - 1) or _LIST_MARK.match(self.lines[i])
        ]
        firsts = [m.group(1) for i in opening if (m := _FIRST_LETTER.match(self.lines[i]))]
        return len(firsts) >= 5 and sum(c.islower() for c in firsts) > 0.6 * len(firsts)

    def claim(self, lines: Iterable[int]) -> None:
        self.claimed.update(i for i in lines if self.is_content(i))

    def claim_range(self, start: int, end: int) -> None:
        """Claim every content line from ``start`` to ``end`` inclusive."""
        self.claim(range(start, end + 1))

    def span_loc(self, start: int, end: int) -> Loc:
        """``Loc`` of the content lines in ``start..end``, trimmed at both ends."""
        content = self.content_lines(start, end + 1)
        if not content:
            return loc(start, end)
        return loc(content[0], content[-1])

    def join(self, indexes: Iterable[int]) -> str:
        """Join lines into running text: furniture skipped, whitespace folded.

        Lines broken by the page or the editor (and paragraphs) are joined
        with one space, as the record's text fields promise; a word hyphenated
        at a line end is mended.
        """
        return join_lines(self.norm.lines[i] for i in indexes if i not in self.furniture)


def runs(lines: Iterable[int]) -> list[list[int]]:
    """Group line indexes into runs of consecutive lines (paragraphs)."""
    out: list[list[int]] = []
    for i in lines:
        if out and i - out[-1][-1] == 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def continues(before: str, after: str, *, lower_case_continues: bool = True) -> bool:
    """Does ``after`` continue the sentence ``before`` left open?

    A lower-case start is the usual sign; not in notes typed all in lower case
    (``lower_case_continues=False``), where only a comma or a bracket is.
    """
    if not before or not after:
        return False
    if _SENTENCE_END.search(before):
        return False
    first = after[0]
    if not lower_case_continues:
        return before.endswith(",") or first in "(,–-"
    return first.islower() or first in "(,–-"
