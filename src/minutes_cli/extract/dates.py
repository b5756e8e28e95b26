"""Czech dates and times, found with offsets and resolved to ISO.

Forms: ``7. prosince 2017``, ``21. září 2016``, ``13 května 2026``,
``7. 12. 2017``, ``20.12.2017``, ``7.XII.2017``, ``2026-02-10``, and
year-less ``14. října`` / ``15.11.`` whose year comes from context: a later
full date in the same sentence, else the reference (meeting) date.
Times: ``9:00``, ``9.00``, ``18.30 hod``, ``16 – 19 hod``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from contextvars import ContextVar
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

from minutes_cli import rx
from minutes_cli.data import load


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if len(base) == 1 and base != ch:
            table[code] = base.lower()
    return table


_FOLD = _fold_table()


def cp1250_fold(fold: Callable[[str], str]) -> Callable[[str], str]:
    """``fold``, a character-by-character mapping, made fast for Czech text.

    ``str.translate`` and per-character Python code look every non-ASCII
    character up one at a time; Czech text is windows-1250 text, and a
    ``bytes.translate`` of its encoded form maps it ten times faster. Text
    with a character windows-1250 lacks ("▪", Cyrillic) goes to ``fold``.
    """
    table = bytearray(range(256))
    for code in range(256):
        try:
            ch = bytes([code]).decode("cp1250")
        except UnicodeDecodeError:
            continue  # a byte cp1250 leaves undefined: no text encodes to it
        mapped = fold(ch).encode("cp1250")
        if len(mapped) != 1:
            raise ValueError(f"{fold.__name__} maps {ch!r} to {len(mapped)} characters")
        table[code] = mapped[0]
    frozen = bytes(table)

    def folded(text: str) -> str:
        try:
            return text.encode("cp1250").translate(frozen).decode("cp1250")
        except UnicodeEncodeError:
            return fold(text)

    return folded


def _fold(text: str) -> str:
    return text.lower().translate(_FOLD)


_fast_fold = cp1250_fold(_fold)


@lru_cache(maxsize=16384)
def strip_accents(text: str) -> str:  # cleared per document: see forget_lines
    """Lower-case, accent-free folding with the same length as ``text``.

    For matching labels and words written without diacritics; offsets in
    the folded text are offsets in the original (Czech letters are
    precomposed after NFC), which the callers rely on. Cached: the
    extractors fold the same lines again and again.
    """
    return _fast_fold(text)


@cache
def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for number, forms in load("lexicon")["months"].items():
        for form in forms:
            names[form] = int(number)
            names[strip_accents(form)] = int(number)
    return names


@cache
def _date_regex() -> re.Pattern[str]:
    words = rx.longest_first(_month_names())
    month_alt = "|".join(re.escape(w) for w in words if len(w) > 3)
    roman = "|".join(rx.longest_first(load("lexicon")["roman_months"]))
    # Every form starts with a digit: the lookahead lets the engine pass over the rest.
    return rx.compile(
        rf"""
        (?=\d)(?:
        (?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b)
      | (?P<word>\b(?P<wd>[0-3]?\d)\.?\s*(?P<wm>{month_alt})\b(?:\s*(?P<wy>(?:19|20)\d\d)\b)?)
      | (?P<rom>\b(?P<rd>[0-3]?\d)\.\s*(?P<rm>{roman})\.\s*(?P<ry>(?:19|20)\d\d)\b)
      | (?P<short>(?<![\w.])(?P<sd>[0-3]?\d)\.(?P<sm>[01]?\d)\.(?P<sy>\d\d)(?!\d|[.,:]\d))
      | (?P<num>\b(?P<nd>[0-3]?\d)\.\s?(?P<nm>[01]?\d)\.(?:\s?(?P<ny>(?:19|20)\d\d)\b|(?![\d]))
        ))
        """,
        re.IGNORECASE | re.VERBOSE,
    )


# A time starts with a digit that no digit, "." or "," precedes; that check is
# made in find_times, not by a leading look-behind, which would keep the regex
# engine from skipping to the digits (twice as slow).
_TIME = rx.compile(
    r"(?=\d)(?:(?P<h>[01]\d|2[0-3]|\d)[:.](?P<m>[0-5]\d)(?![\d.,]\d)(?:\s*(?:hod(?:in)?\.?|h\b))?"
    # "17,30 hod.": a decimal comma only with the word for hours after it
    r"|(?P<h3>[01]\d|2[0-3]|\d),(?P<m3>[0-5]\d)\s*hod\b\.?"
    r"|(?P<h2>[01]\d|2[0-3]|\d)\s*(?:hod(?:in)?\.?|h)\b)"
)


_ANY_DIGIT = rx.compile(r"\d")


@cache
def _roman() -> dict[str, int]:
    return {r.upper(): i + 1 for i, r in enumerate(load("lexicon")["roman_months"])}


class DateMatch(NamedTuple):
    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int

    def iso(self, year: int | None = None) -> str | None:
        """ISO date, with ``year`` filled in when the text has none."""
        y = self.year or year
        if y is None:
            return None
        try:
            return date(y, self.month, self.day).isoformat()
        except ValueError:
            return None


class TimeMatch(NamedTuple):
    start: int
    end: int
    text: str
    value: str


def find_dates(text: str) -> list[DateMatch]:
    """Every date mention in ``text``, in order."""
    return list(_dates_in(text))


@lru_cache(maxsize=8192)
def _dates_in(text: str) -> tuple[DateMatch, ...]:
    """find_dates, cached: the extractors look for dates in the same lines and
    sentences again and again (header, entities, actions, events)."""
    return tuple(_scan_dates(text))


#: The date of the meeting being parsed (ISO), once its header is read: "do konce
#: měsíce" in its text is the end of that month. Cleared before each document.
MEETING_DATE: ContextVar[str | None] = ContextVar("minutes_meeting_date", default=None)


def forget_lines() -> None:
    """Drop the caches keyed by lines and sentences (folded text, dates): they
    serve one document, whose extractors read the same lines again and again.
    Called before each document, so that a run over many documents neither grows
    them nor reads one document's lines from another's (which would also make a
    benchmark that parses the same samples over and over look faster than a run
    over an archive)."""
    strip_accents.cache_clear()
    _dates_in.cache_clear()
    MEETING_DATE.set(None)


def _scan_dates(text: str) -> list[DateMatch]:
    found: list[DateMatch] = []
    if not _ANY_DIGIT.search(text):
        return found
    roman = _roman()
    for m in _date_regex().finditer(text):
        y: int | None
        if m.group("iso"):
            y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
        elif m.group("word"):
            mo = (
                _month_names()[m["wm"].casefold()]
                if m["wm"].casefold() in _month_names()
                else _month_names()[strip_accents(m["wm"])]
            )
            y, d = (int(m["wy"]) if m["wy"] else None), int(m["wd"])
        elif m.group("rom"):
            y, mo, d = int(m["ry"]), roman[m["rm"].upper()], int(m["rd"])
        elif m.group("short"):  # "5.3.24": a two-digit year, written without spaces
            y, mo, d = 2000 + int(m["sy"]), int(m["sm"]), int(m["sd"])
        else:
            y = int(m["ny"]) if m["ny"] else None
            mo, d = int(m["nm"]), int(m["nd"])
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        # "14.–16. 3. 2025", "14. až 16. března": the range's first day, same month
        first = _RANGE_START.search(text, 0, m.start())
        if first and 1 <= (day := int(first["d"])) < d:
            found.append(DateMatch(first.start(), first.end("d") + 1, f"{day}.", y, mo, day))
        found.append(DateMatch(m.start(), m.end(), m.group(0).strip(), y, mo, d))
    return found


_RANGE_START = rx.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s*(?:[–—-]|až)\s*$")


def month_number(word: str) -> int | None:
    """1–12 for a Czech month name in any case ("září", "prosince"), else None."""
    names = _month_names()
    return names.get(word.casefold()) or names.get(strip_accents(word))


def find_times(text: str, dates: list[DateMatch] | None = None) -> list[TimeMatch]:
    """Every clock time in ``text`` (``9:00``, ``9.00``, ``18.30 hod``, ``16 hod``).

    ``dates`` (the text's dates, when the caller has them) are not times.
    """
    out: list[TimeMatch] = []
    if not _ANY_DIGIT.search(text):
        return out
    spans = [(d.start, d.end) for d in (find_dates(text) if dates is None else dates)]
    pos = 0
    while (m := _TIME.search(text, pos)) is not None:
        start = m.start()
        if start and text[start - 1] in "0123456789.,":  # "123:45", "1,5 h": no time here
            pos = start + 1
            continue
        pos = m.end()
        if any(s <= start < e for s, e in spans):
            continue
        hour = int(m["h"] or m["h3"] or m["h2"])
        minute = int(m["m"] or m["m3"] or 0)
        out.append(TimeMatch(m.start(), m.end(), m.group(0).strip(), f"{hour:02d}:{minute:02d}"))
    return out


def resolve(matches: list[DateMatch], reference_year: int | None) -> list[str | None]:
    """ISO dates for ``matches`` of one sentence; year-less ones take the next full date's year."""
    out: list[str | None] = []
    for i, m in enumerate(matches):
        year = m.year
        if year is None:
            later = next((n.year for n in matches[i + 1 :] if n.year), None)
            year = later or reference_year
        out.append(m.iso(year))
    return out


def parse_date(
    text: str, reference_year: int | None = None, *, deadlines: bool = True
) -> str | None:
    """The first date in ``text`` as ISO, or None; ``deadlines=False`` passes over
    deadlines ("lze předkládat do čtvrtka 3.2.2011")."""
    matches = [m for m in find_dates(text) if deadlines or not is_deadline(text, m)]
    if not matches:
        return None
    if reference_year is None and matches[0].year is None:
        # "ZÁPIS č. 2/2025 … konaného dne 5. března t. r.": the year the text gives
        year = _YEAR.search(text)
        reference_year = int(year.group(0)) if year else None
    return resolve(matches, reference_year)[0]


_YEAR = rx.compile(r"(?<![\d.])(?:19|20)\d\d(?!\d)")
# "03/03/2023": written with slashes, a date only where a date is asked for (elsewhere
# "12/3/2024" numbers a resolution).
_SLASHED = rx.compile(r"(?<![\d/])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])")


def parse_date_value(text: str) -> str | None:
    """The date a "Datum:" label gives: any form :func:`parse_date` reads, or "03/03/2023"."""
    found = parse_date(text)
    if found is not None:
        return found
    m = _SLASHED.search(text)
    if m is None:
        return None
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


_FILE_NAME_DATE = rx.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_.](0[1-9]|1[0-2])[-_.](0[1-9]|[12]\d|3[01])(?!\d)"
)


def date_in_file_name(path: str) -> str | None:
    """An ISO date in a file's name ("rada-2024-02-01.txt", "2023_11_30 zapis.md"),
    or None. Only year-first dates: "01-02-2024" could be either order."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    found = _FILE_NAME_DATE.findall(name)
    if len(found) != 1:  # none, or a range ("2024-01-01_2024-06-30"): not the meeting
        return None
    year, month, day = found[0]
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:  # 2023-02-30
        return None


# "do 7. 3.", "nejpozději 7. 3.", "termín: 7. 3.", "T: 7. 3.": the date is a deadline
# ("do čtvrtka 3. 2. 2011": a weekday may stand between)
_DEADLINE_LEAD = rx.compile(
    r"(?i)(?:\bdo(?:\s+(?:"
    + "|".join(load("lexicon")["weekdays_genitive"])
    + r"))?|\bnejpozději|\btermín\w*\s*:?|\bT\s*:)\s*$"
)


def is_deadline(text: str, match: DateMatch) -> bool:
    """Is the date ``match`` in ``text`` a deadline ("do 7. 3. 2025") rather than
    the day something happens?"""
    return _DEADLINE_LEAD.search(text[: match.start]) is not None
