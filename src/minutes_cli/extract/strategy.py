"""Parser for documents of kind ``strategy``: strategy and action plans.

A plan is a tree: priorities (``Priorita E``, ``Cíl 1``) hold measures
(``Opatření E.1``), measures hold activities (``Aktivita E.1.1``) with the
cells of their indicator table (Ukazatel, Realizátor, Termín, Zdroje,
Předpokládané náklady). The vocabulary is data (``data/strategy.yaml``).

Two passes. The first classifies every line (heading, overview heading,
field label, table header or row, plain) and collects the headings; the
level of a heading comes from its code depth ("E.1.1" is three deep) unless
labels say otherwise, decided once per document so that "Strategický cíl 1 /
Specifický cíl 1.1 / Opatření 1.1.1" and "Priorita E / Opatření E.1 /
Aktivita E.1.1" both come out as priority / measure / activity. The second
pass builds the tree. A code met twice (an overview table listing the
measures before their detailed sections) is one node: the occurrence with
the most content gives title, text and loc, the others fill gaps.

Warnings: ``STR001`` lines before the first heading that belong to a part
of the plan not in the document (a cost cell of an earlier activity);
``STR002`` a parent level created from the codes because the document
does not state it; ``STR003`` no priorities, measures or activities found.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from minutes_cli import rx
from minutes_cli.data import load
from minutes_cli.extract.dates import strip_accents
from minutes_cli.extract.project import strip_attachment_label
from minutes_cli.models.record import RecordWarning
from minutes_cli.text.document import Doc, continues, fold, loc

PRIORITY, MEASURE, ACTIVITY = 1, 2, 3
FIELDS = ("indicators", "implementers", "deadline", "funding_sources", "costs", "text")
_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_CODE = r"(?:[A-Z]|\d{1,2})(?:\.\d{1,2}){0,3}"
_NUMBER = r"\d{1,3}(?:[  .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


# --- vocabulary ----------------------------------------------------------------


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in rx.longest_first(words))


@dataclass(frozen=True)
class _Vocab:
    heading: re.Pattern[str]
    bare_heading: re.Pattern[str]
    label_level: dict[str, int]
    overview: tuple[str, ...]
    field_label: re.Pattern[str]
    field_of: dict[str, str]
    split_first: dict[str, list[tuple[str, str]]]
    column_of: dict[str, str]
    indicator_split: re.Pattern[str]
    money: re.Pattern[str]
    multipliers: dict[str, float]
    currencies: dict[str, str]
    title_words: tuple[str, ...]
    city_suffixes: tuple[tuple[str, str], ...]


@cache
def vocab() -> _Vocab:
    """The compiled vocabulary of ``data/strategy.yaml``."""
    data = load("strategy")
    label_level: dict[str, int] = {}
    for level, name in ((PRIORITY, "priority"), (MEASURE, "measure"), (ACTIVITY, "activity")):
        for word in data["levels"][name]:
            label_level[strip_accents(word)] = level
    labels = _alt([w for name in ("priority", "measure", "activity") for w in data["levels"][name]])
    heading = rx.compile(
        rf"^\s*(?P<label>(?i:{labels}))\s+(?:(?i:č)\.\s*)?(?P<code>{_CODE})\.?"
        rf"(?=$|[\s:)–—-])\s*[:)–—-]?\s*(?P<title>.*)$"
    )
    bare = rx.compile(
        rf"^\s*(?P<code>(?:[A-Z]|\d{{1,2}})(?:\.\d{{1,2}}){{1,3}})\.?(?:\s*[:)–—-]\s*|\t|\s+)"
        rf"(?P<title>[{_UPPER}].*)$"
    )
    field_of: dict[str, str] = {}
    column_of: dict[str, str] = {}
    split_first: dict[str, list[tuple[str, str]]] = {}
    for name, words in data["fields"].items():
        for word in words:
            column_of[strip_accents(word)] = name
            if name in FIELDS:
                field_of[strip_accents(word)] = name
                head, _, rest = word.partition(" ")
                if rest:
                    split_first.setdefault(strip_accents(head), []).append(
                        (strip_accents(rest), name)
                    )
    field_words = [w for name, words in data["fields"].items() if name in FIELDS for w in words]
    field_label = rx.compile(rf"^\s*(?P<label>(?i:{_alt(field_words)}))\s*(?::\s*(?P<value>.*))?$")
    starts = _alt(data["indicator_starts"])
    multipliers = {str(k): float(v) for k, v in data["multipliers"].items()}
    currencies = {str(k): str(v) for k, v in data["currencies"].items()}
    mult = _alt(list(multipliers))
    cur = _alt(list(currencies))
    money = rx.compile(
        rf"(?<![\d,])(?P<num>{_NUMBER})\s*(?:(?P<mult>{mult})\s*)?(?P<cur>{cur})(?![\w])"
    )
    return _Vocab(
        heading=heading,
        bare_heading=bare,
        label_level=label_level,
        overview=tuple(strip_accents(w) for w in data["overview_headings"]),
        field_label=field_label,
        field_of=field_of,
        split_first=split_first,
        column_of=column_of,
        indicator_split=rx.compile(rf"\s+(?=(?:{starts})\b)"),
        money=money,
        multipliers=multipliers,
        currencies=currencies,
        title_words=tuple(strip_accents(w) for w in data["title_words"]),
        city_suffixes=tuple((str(a), str(b)) for a, b in data["city_genitive_suffixes"]),
    )


# --- line classification -------------------------------------------------------


@dataclass
class _Heading:
    line: int
    code: str
    label_level: int | None
    title: str
    depth: int
    level: int = 0
    cells: dict[str, str] = field(default_factory=dict)


def _depth(code: str) -> int:
    return code.count(".") + 1


def match_heading(text: str) -> tuple[str, str | None, str] | None:
    """``(code, label, inline title)`` when ``text`` opens a priority, measure or activity."""
    v = vocab()
    m = v.heading.match(text)
    if m:
        return m["code"], fold(m["label"]), fold(m["title"])
    m = v.bare_heading.match(text)
    if m:
        return m["code"], None, fold(m["title"])
    return None


def _field_cells(text: str) -> list[tuple[str, list[str]]] | None:
    """Label cells of a line: ``Realizátor:<TAB>MMO`` -> [("implementers", ["MMO"])].

    The first non-empty cell must be a label followed by a colon or by
    another cell; cells without a label add to the field before them.
    """
    v = vocab()
    cells = [c.strip() for c in text.split("\t")]
    cells = [c for c in cells if c]
    if not cells:
        return None
    out: list[tuple[str, list[str]]] = []
    for index, cell in enumerate(cells):
        m = v.field_label.match(cell)
        labelled = m is not None and (m["value"] is not None or len(cells) > index + 1)
        if m and labelled:
            name = v.field_of[strip_accents(fold(m["label"]))]
            out.append((name, [m["value"].strip()] if m["value"] else []))
        elif out:
            out[-1][1].append(cell)
        else:
            return None
    return out


def _split_label(doc: Doc, i: int, nxt: int | None) -> tuple[str, list[str]] | None:
    """A label broken across lines with its value in between:
    ``Předpokládané 312 000 Kč`` / ``náklady:`` (two table cells pasted apart)."""
    if nxt is None:
        return None
    v = vocab()
    first, _, value = doc.lines[i].strip().partition(" ")
    line = doc.lines[nxt].strip()
    for rest, name in v.split_first.get(strip_accents(first), []):
        m = rx.match(rf"^{re.escape(rest)}\s*:\s*", strip_accents(line))
        if m:
            tail = line[m.end() :].strip()
            return name, [s for s in (value.strip(), tail) if s]
    return None


def _table_header(text: str) -> list[str | None] | None:
    """Columns of an action-plan table header (``Kód<TAB>Aktivita<TAB>Realizátor<TAB>…``)."""
    cells = [c.strip() for c in text.split("\t")]
    if len(cells) < 3:
        return None
    v = vocab()
    columns: list[str | None] = []
    for cell in cells:
        key = strip_accents(fold(rx.sub(r"\(.*?\)|:", "", cell)))
        columns.append(v.column_of.get(key))
    known = [c for c in columns if c]
    if len(known) < 3 or not any(c in FIELDS for c in known):
        return None
    return columns


# --- the tree ------------------------------------------------------------------


@dataclass
class _Occurrence:
    start: int
    end: int
    title_lines: list[int] = field(default_factory=list)
    title: str = ""
    text_lines: list[int] = field(default_factory=list)
    extra_text: list[str] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)

    def weight(self) -> int:
        return len(self.text_lines) + len(self.extra_text) + 2 * len(self.fields)


@dataclass
class _Node:
    level: int
    code: str
    parent: _Node | None
    occurrences: list[_Occurrence] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    implicit: bool = False


class _Builder:
    def __init__(self, doc: Doc, warnings: list[RecordWarning]) -> None:
        self.doc = doc
        self.warnings = warnings
        self.roots: list[_Node] = []
        self.index: dict[tuple[int, str, str], _Node] = {}
        self.open: dict[int, _Node] = {}

    def node(self, level: int, code: str, line: int) -> _Node:
        parent = self._parent(level, code, line)
        key = (level, parent.code if parent else "", code)
        found = self.index.get(key)
        if found is None:
            found = _Node(level, code, parent)
            self.index[key] = found
            (parent.children if parent else self.roots).append(found)
        self.open[level] = found
        for deeper in range(level + 1, ACTIVITY + 1):
            self.open.pop(deeper, None)
        return found

    def _parent(self, level: int, code: str, line: int) -> _Node | None:
        if level == PRIORITY:
            return None
        prefix = code.rsplit(".", 1)[0] if "." in code else None
        if prefix is not None:
            for (lvl, _parent, c), n in self.index.items():
                if lvl == level - 1 and c == prefix:
                    return n
        up = self.open.get(level - 1)
        if up is not None and (prefix is None or not up.implicit):
            return up
        # The document never states the parent: make it from the code.
        parent_code = prefix or ""
        grand = self._parent(level - 1, parent_code, line) if level - 1 > PRIORITY else None
        key = (level - 1, grand.code if grand else "", parent_code)
        made = self.index.get(key)
        if made is None:
            made = _Node(level - 1, parent_code, grand, implicit=True)
            self.index[key] = made
            (grand.children if grand else self.roots).append(made)
            what = {PRIORITY: "priority", MEASURE: "measure"}[level - 1]
            self.warnings.append(
                RecordWarning(
                    code="STR002",
                    message=f"{what} {parent_code or '(unnamed)'} is not stated in the document; "
                    "made from the codes of its parts",
                    loc=loc(line),
                )
            )
        self.open[level - 1] = made
        return made


def _assign_levels(headings: list[_Heading]) -> None:
    """Decide each heading's level once for the whole document (see module docstring)."""
    by_depth: dict[int, list[_Heading]] = {}
    for h in headings:
        by_depth.setdefault(h.depth, []).append(h)
    previous = 0
    for depth in sorted(by_depth):
        group = by_depth[depth]
        labelled = Counter(h.label_level for h in group if h.label_level)
        if len(labelled) > 1 and depth == 1:
            # Flat numbering ("Cíl 1", "Opatření 1", "Aktivita 1"): labels decide.
            for h in group:
                h.level = h.label_level or ACTIVITY
            previous = max(previous, *(h.level for h in group))
            continue
        level = labelled.most_common(1)[0][0] if labelled else min(depth, ACTIVITY)
        level = min(max(level, previous + 1), ACTIVITY)
        for h in group:
            h.level = level
        previous = level


def _split_list(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        for part in rx.split(r"[,;]\s*|\n|\s+[–•·]\s+", value):
            part = fold(part).strip(" .-–")
            if part:
                out.append(part)
    return out


def split_indicators(values: list[str]) -> list[str]:
    """Indicators: one per line, and cells pasted into one line split apart.

    "Počet programů Počet účastníků" is two indicators: the line is split
    before every indicator-start word and before every repetition of the
    line's first word.
    """
    v = vocab()
    out: list[str] = []
    for value in values:
        for part in rx.split(r"\s*[;•]\s*|\n", value):
            part = fold(part)
            if not part:
                continue
            first = part.split(" ", 1)[0]
            pieces = v.indicator_split.split(part)
            if first[:1].isupper() and len(first) > 2:
                pieces = [q for p in pieces for q in rx.split(rf"\s+(?={re.escape(first)}\b)", p)]
            out.extend(fold(p).rstrip(",") for p in pieces if fold(p))
    return out


def parse_costs(values: list[str], currency: str | None = None) -> list[dict[str, Any]]:
    """Costs: every amount with the note after its "/", and notes without amounts.

    ``165 000 Kč / zajištění stávajících aktivit 200 000 Kč / 2 dílčí
    rozvojové aktivity`` gives two costs; ``v rámci běžných činností`` gives
    ``{amount: None, note: ...}``.
    """
    v = vocab()
    out: list[dict[str, Any]] = []

    def note_only(text: str) -> None:
        text = fold(text).strip(" /,;")
        if text:
            out.append({"amount": None, "currency": None, "note": text})

    for value in values:
        for line in value.split("\n"):
            matches = list(v.money.finditer(line))
            if not matches and currency:
                matches = list(
                    rx.finditer(
                        r"(?<![\d,])(?P<num>\d{1,3}(?:[  .]\d{3})+(?:,\d+)?)"
                        r"(?P<mult>)(?P<cur>)(?![\d])",
                        line,
                    )
                )
            if not matches:
                note_only(line)
                continue
            note_only(line[: matches[0].start()])
            for k, m in enumerate(matches):
                end = matches[k + 1].start() if k + 1 < len(matches) else len(line)
                amount = float(rx.sub(r"[  .](?=\d{3})", "", m["num"]).replace(",", "."))
                if m["mult"]:
                    amount *= v.multipliers.get(m["mult"].lower(), 1.0)
                note = fold(line[m.end() : end]).strip(" /,;-") or None
                cur = (
                    v.currencies.get(m["cur"], v.currencies.get(m["cur"].lower()))
                    if m["cur"]
                    else None
                )
                out.append(
                    {
                        "amount": int(amount) if amount.is_integer() else amount,
                        "currency": cur or currency,
                        "note": note,
                    }
                )
    return out


# --- document metadata ---------------------------------------------------------


_PERIOD = rx.compile(r"(?<!\d)((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)(?!\d)")
_PERIOD_CUE = rx.compile(r"(?i)(období|léta|roky|let|obdob[ií])\s*$")


def find_period(text: str) -> tuple[int, int] | None:
    """Years of ``na období 2023–2027`` / ``na léta 2020-2022``; the first cued one wins."""
    first: tuple[int, int] | None = None
    for m in _PERIOD.finditer(text):
        start, end = int(m[1]), int(m[2])
        if not start <= end <= start + 30:
            continue
        if _PERIOD_CUE.search(text[max(0, m.start() - 12) : m.start()]):
            return start, end
        first = first or (start, end)
    return first


_CITY = rx.compile(
    rf"(?:\b[Ss]tatutární(?:ho)? měst[oa]|\b[Mm]ěst[oa]|\b[Oo]bec|\b[Oo]bce)\s+"
    rf"(?P<name>[{_UPPER}][a-záčďéěíňóřšťúůýž]+(?:[ -][{_UPPER}][a-záčďéěíňóřšťúůýž]+)?)"
)


def find_city(text: str) -> str | None:
    """The town the plan is for: ``Město Ostrava`` as written, ``města Ostravy`` made nominative."""
    v = vocab()
    for m in _CITY.finditer(text):
        name = m["name"]
        word = m.group(0).split()[-2].lower()
        if word in ("město", "obec"):
            return name
        for genitive, nominative in v.city_suffixes:
            if name.endswith(genitive):
                return name[: -len(genitive)] + nominative
        return name
    return None


def is_title_like(text: str) -> bool:
    """Does this line name a strategy or plan (``Strategie …``, ``Akční plán …``)?"""
    key = strip_accents(text)
    return any(rx.search(rf"\b{re.escape(w)}", key) for w in vocab().title_words)


# --- the parser ----------------------------------------------------------------


def parse(doc: Doc, warnings: list[RecordWarning]) -> dict[str, Any]:
    """Fields of a strategy record; claims the lines it uses in ``doc``."""
    content = doc.content_lines()
    next_content = dict(itertools.pairwise(content))
    kinds: dict[int, tuple[str, Any]] = {}
    headings: list[_Heading] = []
    v = vocab()
    columns: list[str | None] | None = None
    skip: set[int] = set()
    for i in content:
        if i in skip:
            continue
        text = doc.lines[i]
        key = strip_accents(fold(text))
        if columns is not None:
            row = _table_row(text, columns)
            if row is not None:
                kinds[i] = ("row", row)
                headings.append(row)
                row.line = i
                continue
            if "\t" in text and _field_cells(text) is None and match_heading(text) is None:
                kinds[i] = ("rowcont", columns)
                continue
            columns = None
        header = _table_header(text)
        if header is not None:
            columns = header
            kinds[i] = ("header", header)
            continue
        if any(key.startswith(w) for w in v.overview):
            kinds[i] = ("overview", None)
            continue
        hit = match_heading(text)
        if hit is not None:
            code, label, title = hit
            level = v.label_level.get(strip_accents(label)) if label else None
            h = _Heading(i, code, level, title, _depth(code))
            headings.append(h)
            kinds[i] = ("heading", h)
            continue
        cells = _field_cells(text)
        if cells is not None:
            kinds[i] = ("field", cells)
            continue
        split = _split_label(doc, i, next_content.get(i))
        if split is not None:
            kinds[i] = ("field", [split])
            nxt = next_content[i]
            kinds[nxt] = ("splitrest", None)
            skip.add(nxt)
            continue
        kinds[i] = ("plain", None)
    _assign_levels(headings)
    return _build(doc, warnings, content, kinds)


def _table_row(text: str, columns: list[str | None]) -> _Heading | None:
    cells = [c.strip() for c in text.split("\t")]
    if len(cells) < 2:
        return None
    cells += [""] * (len(columns) - len(cells))
    code: str | None = None
    label_level: int | None = None
    title = ""
    values: dict[str, str] = {}
    for col, cell in zip(columns, cells, strict=False):
        if not cell:
            continue
        if code is None and col in (None, "code", "title"):
            m = rx.match(
                rf"^(?:(?P<label>[^\d\W][\w ]*?)\s+)?(?P<code>{_CODE})\.?(?:\s+(?P<rest>.*))?$",
                cell,
            )
            if m and (m["label"] is None or strip_accents(m["label"]) in vocab().label_level):
                code = m["code"]
                if m["label"]:
                    label_level = vocab().label_level[strip_accents(m["label"])]
                if m["rest"]:
                    title = fold(m["rest"])
                continue
        if col == "title" or (col is None and not title):
            title = fold(f"{title} {cell}")
        elif col in FIELDS:
            values[col] = cell
    if code is None:
        return None
    return _Heading(0, code, label_level, title, _depth(code), cells=values)


def _build(
    doc: Doc, warnings: list[RecordWarning], content: list[int], kinds: dict[int, tuple[str, Any]]
) -> dict[str, Any]:
    builder = _Builder(doc, warnings)
    occ: _Occurrence | None = None
    mode = "none"  # await_title | title | text | field
    current_field: str | None = None
    previous: int | None = None
    fragments: list[int] = []
    preamble: list[int] = []
    last_columns: list[str | None] | None = None
    for i in content:
        kind, info = kinds[i]
        adjacent = previous is not None and i == previous + 1
        previous = i
        if kind == "splitrest":
            if occ is None:
                fragments.append(i)
            else:
                doc.claim([i])
                occ.end = i
            continue
        if kind in ("heading", "row"):
            h: _Heading = info
            node = builder.node(h.level, h.code, i)
            occ = _Occurrence(start=i, end=i, title=h.title)
            node.occurrences.append(occ)
            if kind == "row":
                for name, value in h.cells.items():
                    occ.fields.setdefault(name, []).append(value)
            doc.claim([i])
            if h.title:
                occ.title_lines.append(i)
            mode = "title" if h.title else ("text" if kind == "row" else "await_title")
            current_field = None
            continue
        if kind == "header":
            last_columns = info
            doc.claim([i])
            continue
        if kind == "rowcont" and occ is not None:
            cells = [c.strip() for c in doc.lines[i].split("\t")]
            for col, cell in zip(last_columns or [], cells, strict=False):
                if cell and col in FIELDS:
                    occ.fields.setdefault(col, []).append(cell)
                elif cell and col == "title":
                    occ.title = fold(f"{occ.title} {cell}")
            doc.claim([i])
            occ.end = i
            continue
        if kind == "overview":
            doc.claim([i])
            continue
        if occ is None:
            if kind == "field" or (mode == "field" and adjacent):
                fragments.append(i)
                mode = "field"
            else:
                mode = "none"
                preamble.append(i)
            continue
        doc.claim([i])
        occ.end = i
        if kind == "field":
            for name, values in info:
                occ.fields.setdefault(name, []).extend(values)
                current_field = name
            mode = "field"
            continue
        text = doc.lines[i].strip()
        if mode == "await_title":
            occ.title = fold(text)
            occ.title_lines.append(i)
            mode = "title"
            continue
        if mode == "title" and continues(occ.title, text):
            occ.title = fold(f"{occ.title} {text}")
            occ.title_lines.append(i)
            continue
        if mode == "field" and current_field and (adjacent or not occ.fields.get(current_field)):
            occ.fields[current_field].append(text)
            continue
        mode = "text"
        occ.text_lines.append(i)
    if fragments:
        warnings.append(
            RecordWarning(
                code="STR001",
                message=f"{len(fragments)} line(s) before the first heading belong to a part "
                "of the plan not in this document (a field of an earlier activity); "
                "see `unassigned`",
                loc=loc(fragments[0], fragments[-1]),
            )
        )
    document = _document(doc, preamble)
    priorities = [_priority(doc, n) for n in builder.roots]
    if not priorities:
        warnings.append(
            RecordWarning(code="STR003", message="no priorities, measures or activities found")
        )
    return {"document": document, "priorities": priorities}


def _document(doc: Doc, preamble: list[int]) -> dict[str, Any]:
    title: str | None = None
    for i in preamble[:5]:
        text = strip_attachment_label(doc.lines[i])
        if is_title_like(text) and len(text) < 250:
            title = text.rstrip(".")
            doc.claim([i])
            break
    body = "\n".join(doc.lines[i] for i in doc.content_lines())
    period = find_period(title or "") or find_period(body)
    city = find_city(title or "") or find_city(body)
    return {
        "title": title,
        "period": {"start": period[0], "end": period[1]}
        if period
        else {"start": None, "end": None},
        "city": city,
    }


def _merged(doc: Doc, node: _Node) -> dict[str, Any]:
    occurrences = node.occurrences
    if not occurrences:
        return {"code": node.code, "title": "", "text": "", "loc": None, "fields": {}}
    best = max(occurrences, key=lambda o: (o.weight(), o.start))
    title = best.title or next((o.title for o in occurrences if o.title), "")
    fields: dict[str, list[str]] = dict(best.fields)
    for o in occurrences:
        for name, values in o.fields.items():
            fields.setdefault(name, values)
    text = doc.join(best.text_lines) or next(
        (doc.join(o.text_lines) for o in occurrences if o.text_lines), ""
    )
    if "text" in fields:
        text = fold(" ".join([text, *fields.pop("text")]))
    return {
        "code": node.code,
        "title": fold(title).rstrip("."),
        "text": text,
        "loc": doc.span_loc(best.start, best.end).model_dump(),
        "fields": fields,
    }


def _activity(doc: Doc, node: _Node) -> dict[str, Any]:
    m = _merged(doc, node)
    f = m.pop("fields")
    deadline = fold(" ".join(f.get("deadline", []))) or None
    return {
        **m,
        "indicators": split_indicators(f.get("indicators", [])),
        "implementers": _split_list(f.get("implementers", [])),
        "deadline": deadline,
        "funding_sources": _split_list(f.get("funding_sources", [])),
        "costs": parse_costs(f.get("costs", [])),
    }


def _measure(doc: Doc, node: _Node) -> dict[str, Any]:
    m = _merged(doc, node)
    m.pop("fields")
    m["activities"] = [_activity(doc, c) for c in node.children]
    return m


def _priority(doc: Doc, node: _Node) -> dict[str, Any]:
    m = _merged(doc, node)
    m.pop("fields")
    m["measures"] = [_measure(doc, c) for c in node.children]
    return m
