"""Minutes: segment the document, run the extractors, assemble the fields.

Warning codes raised here (stable; see ``minutes_cli.warnings``):
MIN101 date not found, MIN102 programme taken from section headings,
MIN103 programme point without a section, MIN104 unnumbered headings used,
MIN105 year-less date resolved from context, MIN106 action item without
owner, MIN107 nothing recognised as a point, MIN110 date taken from the
signature line, MIN111 date taken from the file name.
"""

from __future__ import annotations

from typing import Any

from minutes_cli import rx
from minutes_cli.extract import (
    INVENTORY,
    actions,
    lexicon,
    reports,
    segment,
)
from minutes_cli.extract import (
    conclusions as concl,
)
from minutes_cli.extract import (
    people as ppl,
)
from minutes_cli.extract.dates import (
    MEETING_DATE,
    date_in_file_name,
    find_dates,
    is_deadline,
    resolve,
)
from minutes_cli.extract.header import canonical_attendance, parse_header
from minutes_cli.extract.signatures import parse_signatures, prose_signatures, written_on
from minutes_cli.models.record import (
    ActionItem,
    AgendaPoint,
    Attachment,
    Conclusion,
    Event,
    Item,
    Loc,
    RecordWarning,
    Redaction,
    Report,
    Signature,
    Speaker,
    Vote,
)
from minutes_cli.text.document import Doc, continues, fold, join_lines, loc

_ATTACHMENT = rx.compile(
    r"(?i)\b(?P<label>příloh[aouy]\s*(?:č\.|číslo)\s*\d+)"
    # the title runs to the sentence's end: "Rozpočtové opatření č. 5/2024" holds a dot
    r"(?:\s*[:–—-]\s*(?P<title>(?:[^.;]|\.(?=\S)|\.(?=\s*\d))+))?"
)
# "Přílohy:", "Přílohy zápisu:", "Seznam příloh:"
_ATTACHMENTS_LABEL = r"(?i)^\W*(?:příloh[ay](?:\s+(?:k\s+)?zápisu)?|seznam\s+příloh)\s*:\s*"
_ATTACHMENT_LINE = rx.compile(lexicon.loose(_ATTACHMENTS_LABEL + r"(?P<title>\S.{0,300})$"))
_ATTACHMENTS_HEAD = rx.compile(lexicon.loose(_ATTACHMENTS_LABEL + "$"))
_LISTED_ATTACHMENT = rx.compile(
    lexicon.loose(r"^\s*(?:[-–•*]\s*)?(?:č\.\s*\d{1,2}\.?|\d{1,2}[.)])\s+\S")
)
# An entry of a list of attachments: "1. Prezenční listina", "č. 2 Rozpočet", "2) Rozpočet"
_ATTACHMENT_ENTRY = rx.compile(
    lexicon.loose(r"^\W*?(?P<label>(?:č\.\s*)?\d{1,2}\.?)\)?\s+(?P<title>\S.*)$")
)
_ENCLOSED = rx.compile(
    r"(?i)\bv\s+příloze\b[^.]*?\b(?:bude\s+)?(?:přiložen[oaáéý]?|najdete|je|jsou|naleznete)\s+(?P<title>[^.;]+)"
)


# Folded: minutes typed without diacritics ("Starosta ukoncil zasedani v 19:40") too.
_CLOSED_AT = lexicon.Folded(
    r"\b(?:(?:ukončil[aoi]?|ukončen[oa]?|skončil[aoi]?|zakončil[aoi]?|konec)\b"
    r"[^.]{0,60}?"
    r"\b(?:v|ve|na)\s+"
    # "konec 20:10", "Ukončení jednání: 19.45", "Zasedání ukončeno 22:57.": the time
    # right after the word
    r"|(?:konec|ukončení|ukončen[oa]?)(?:\s+(?:jednání|schůze|zasedání|porady))?"
    r"\s*:?\s*)"
    r"(?P<h>[01]?\d|2[0-3])[:.,](?P<m>[0-5]\d)"
)


_MEETING_NOUN = "(?:" + "|".join(lexicon.lex()["meeting_nouns"]) + ")"
# "příští zasedání", "další schůze", "do příštího jednání", "příští porady"
_NEXT_MEETING = r"\b(?:příští\w*|další\w*)\s+(?:zasedání|jednání|schůz\w*|porad\w*|setkání)\b"
_UNTIL_NEXT_MEETING = lexicon.Folded(rf"(?i)\bdo\s+{_NEXT_MEETING}")
_NAMES_NEXT_MEETING = lexicon.Folded(rf"(?i){_NEXT_MEETING}")
_OPENED_AT = lexicon.Folded(
    rf"\b(?:{_MEETING_NOUN}\b[^.]{{0,30}}?\bzaháj(?:en[oa]?|il[aoi]?)"
    rf"|zahájil[aoi]?\s+(?:\w+\s+)?{_MEETING_NOUN})"
    r"\b[^.]{0,40}?\b(?:v|ve|od)\s+(?P<h>[01]?\d|2[0-3])[:.,](?P<m>[0-5]\d)"
)


def _untitled_item(
    doc: Doc,
    lines: list[int],
    at: int,
    items: list[Item],
    item_ranges: list[tuple[str | None, int, int]],
    warnings: list[RecordWarning],
    code: str,
    message: str,
) -> None:
    """Keep lines no point took as an unnumbered, untitled item (with a warning)."""
    doc.claim(lines)
    item_ranges.insert(at, (None, lines[0] - 1, lines[-1]))
    items.insert(
        at, Item(number=None, title="", text=doc.join(lines), loc=doc.span_loc(lines[0], lines[-1]))
    )
    warnings.append(RecordWarning(code=code, message=message, loc=loc(lines[0])))


_SAME_WHAT = 25  # characters of a task's text that, repeated in another, make one task
_PROSE_TAIL = 3  # unclaimed header lines that make a paragraph of minutes, not a stray line


def _said_in_title(doc: Doc, h: segment.Heading, end: int) -> str:
    """The title of a numbered paragraph that is a sentence standing alone, not a heading
    over its text ("2. Karel Bednář zajistí pronájem sálu do 31. 3. 2025." and a blank
    line): also the point's text (its lines run to ``end``); else ""."""
    whole = fold(doc.lines[h.line])
    if h.rest or len(h.title.split()) < 5 or not whole.endswith((".", "!")):
        return ""
    if h.line + 1 <= end and doc.is_content(h.line + 1):
        return ""  # "2. Kontrola úkolů z minulé porady." over its text: a heading
    said = (
        concl.resolves(h.title)
        or lexicon.commitment_regex().search(h.title)
        or lexicon.body_subject().match(h.title)
    )
    # ("2. Aktuality z Ostravy a ASZ v rámci prevence …." is a heading: nobody does anything)
    return h.title + whole[-1] if said else ""


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date else None


def parse(doc: Doc, warnings: list[RecordWarning]) -> dict[str, Any]:
    """Fields of a minutes record; claims the lines it uses in ``doc``."""
    layout = segment.find_layout(doc)
    people = ppl.People()
    header = parse_header(doc, layout, people)
    meeting = header.meeting
    year = _year(meeting.date)
    MEETING_DATE.set(meeting.date)
    doc.claim(header.lines)
    doc.claim(layout.title_lines)
    for note in layout.notes:
        code = "MIN104" if "capitals" in note else ("MIN103" if "no section" in note else "MIN102")
        warnings.append(RecordWarning(code=code, message=note))

    # Programme.
    agenda: list[AgendaPoint] = []
    if layout.agenda_heading is not None:
        doc.claim([layout.agenda_heading])
    if layout.sections and layout.agenda_heading is not None:
        # "Program:" list, then "Agenda:" again before the sections: a heading too.
        doc.claim(
            i
            for i in range(layout.agenda_heading, layout.sections[0].line)
            if segment.is_agenda_heading(doc.lines[i])
        )
    if layout.programme:
        for h in layout.programme:
            agenda.append(AgendaPoint(number=h.number, title=h.title, loc=loc(h.line, h.end)))
        doc.claim_range(layout.agenda_heading or 0, layout.programme_end or 0)
    else:
        agenda = [
            AgendaPoint(number=h.number, title=h.title, loc=loc(h.line)) for h in layout.sections
        ]

    # Items and their reports.
    body_end = layout.body_end(doc)
    items: list[Item] = []
    item_ranges: list[tuple[str | None, int, int]] = []
    raw_reports: list[tuple[int, reports.RawReport]] = []
    table = layout.table
    if table is not None:
        doc.claim([table.header])
    for k, h in enumerate(layout.sections):
        end = (layout.sections[k + 1].line if k + 1 < len(layout.sections) else body_end) - 1
        doc.claim_range(h.line, end)
        item_ranges.append((h.number, h.line, end))
        if table is not None and h.line in table.rows:
            # A table row: the subject's paragraphs after the title, and the discussion.
            said = table.cell(h.line, "subject").split("; ")[1:]
            said += [table.cell(h.line, "discussion"), doc.join(range(h.line + 1, end + 1))]
            text = fold(" ".join(p for p in said if p))
            items.append(Item(number=h.number, title=h.title, text=text, loc=loc(h.line, end)))
            continue
        found = reports.find_reports(doc, h.line + 1, end)
        in_reports: set[int] = set()
        for r in found:
            in_reports.update(range(r.line, r.end + 1))
            raw_reports.append((len(items), r))
        own = [i for i in range(h.line + 1, end + 1) if i not in in_reports]
        text = join_lines([h.rest or _said_in_title(doc, h, end), doc.join(own)])
        items.append(Item(number=h.number, title=h.title, text=text, loc=doc.span_loc(h.line, end)))
    if not items and layout.programme:
        warnings.append(RecordWarning(code="MIN107", message="programme points have no sections"))
    if items and layout.sections:
        # Text between the header (or programme) and the first point ("tasky z minula: …")
        # is the meeting's too: an unnumbered item before the points.
        first = layout.sections[0].line
        # after the title (so a letterhead above it stays out), or else after the last
        # header line; a paragraph between the title and an attendance sentence the
        # header took ("Rada opět pracovala formou telekonference.") is the item's too
        titled = [i for i in layout.title_lines if i < first]
        after = (
            max(titled) if titled else max((i for i in doc.claimed if i < first), default=-1)
        ) + 1
        before = [
            i
            for i in doc.content_lines(after, first)
            if i not in doc.claimed
            and not segment.is_agenda_heading(doc.lines[i])
            and (
                layout.programme_end is None
                or i > layout.programme_end
                or bool(layout.programme_in_point())  # points above the programme too
            )
        ]
        headings = [i for i in before if segment.is_body_heading(doc.lines[i])]
        doc.claim(headings)  # "Průběh jednání:" heads the points' text; it is no point
        before = [i for i in before if i not in headings]
        if before:
            _untitled_item(
                doc,
                before,
                0,
                items,
                item_ranges,
                warnings,
                "MIN109",
                "text before the first point is an unnumbered item",
            )
    if not items and not layout.programme:
        # No programme and no sections ("Procházíme kartičky." and bullets): the
        # body is one unnumbered item, so its text and tasks are not lost.
        # The header may end inside the first paragraph (minutes as one paragraph):
        # its unclaimed lines after the opening sentences are the body.
        start, end = layout.header
        claimed = [i for i in doc.content_lines(start, end + 1) if i in doc.claimed]
        tail = doc.content_lines(claimed[-1] + 1, end + 1) if claimed else []
        first = claimed[-1] + 1 if len(tail) >= _PROSE_TAIL else end + 1
        body = [i for i in doc.content_lines(first, body_end) if i not in doc.claimed]
        if body:
            _untitled_item(
                doc,
                body,
                len(items),
                items,
                item_ranges,
                warnings,
                "MIN108",
                "no programme or sections: the body is one item",
            )
    for h in layout.programme:
        if (
            layout.sections
            # "K bodu 2)" has no title of its own, but it is point 2's section
            and not any(s.number == h.number for s in layout.sections if h.number)
            and h.number
        ):
            warnings.append(
                RecordWarning(
                    code="MIN103",
                    message=f"programme point {h.number} has no section",
                    loc=loc(h.line),
                )
            )

    # "Starosta ukončil zasedání v 19:40": the end time, when the header has none; "…,
    # začátek v 16:00 hod., konec v 18:30 hod." under the title.
    before_points = (
        [doc.lines[i] for i in doc.content_lines(0, item_ranges[0][1] if item_ranges else 0)]
        if meeting.end_time is None or meeting.start_time is None
        else []
    )
    if meeting.end_time is None:
        # (the closing line may stand below the points, after a table of tasks or the
        # conclusions: the last lines of the document too)
        last_lines = [doc.lines[i] for i in reversed(doc.content_lines()[-15:])]
        for text in [it.text for it in reversed(items)] + before_points + last_lines:
            closing = _CLOSED_AT.search(text)
            if closing:
                meeting.end_time = f"{int(closing['h']):02d}:{closing['m']}"
                break
    # "Jednání bylo zahájeno v 16:05", "Starosta zahájil zasedání v 18:00": the start.
    if meeting.start_time is None:
        for text in before_points + [it.text for it in items[:2]]:
            opened = _OPENED_AT.search(text)
            if opened:
                meeting.start_time = f"{int(opened['h']):02d}:{opened['m']}"
                break

    # People: every content line can mention someone.
    ppl.collect(doc, doc.content_lines(), people)

    # Signatures (before canonical names are final: they are the anchors).
    signatures: list[Signature] = []
    for line, name in header.recorders:
        people.add_name(line, name)
        nm, degrees = ppl.split_degrees(name)
        signatures.append(Signature(role="recorded_by", name=nm, degrees=degrees, loc=loc(line)))
    for line, name in header.verifiers:
        people.add_name(line, name)
        nm, degrees = ppl.split_degrees(name)
        signatures.append(Signature(role="verified_by", name=nm, degrees=degrees, loc=loc(line)))
    if layout.signatures is not None:
        sig_end = (layout.annex - 1) if layout.annex is not None else len(doc) - 1
        found_sigs, _used = parse_signatures(doc, layout.signatures, sig_end, people, year)
        signatures.extend(found_sigs)
        doc.claim_range(layout.signatures, sig_end)
    if layout.signoff is not None:  # "Díky všem za čas!" / "Jana": who wrote and sent them
        name = fold(doc.lines[layout.signoff])
        people.add_name(layout.signoff, name)
        signatures.append(Signature(role="recorded_by", name=name, loc=loc(layout.signoff)))
    for i in doc.content_lines(0, body_end):
        for role, name in prose_signatures(doc.lines[i]):
            people.add_name(i, name)
            signatures.append(Signature(role=role, name=name, loc=loc(i)))
    for s in signatures:
        if s.name:
            s.name = people.canonical(s.name) or s.name
    signatures = _merge_signatures(signatures)
    undated = [s for s in signatures if s.role == "recorded_by" and s.date is None]
    if undated:  # "Zápis byl vyhotoven dne 13. 9. 2024."
        written = next(
            (d for i in doc.content_lines() if (d := written_on(doc.lines[i], year))), None
        )
        for s in undated:
            s.date = written
    if meeting.date is None:
        signed = next((s for s in signatures if s.date), None)
        if signed is not None:  # "V Brně dne 3. 2. 2025" above "Zapsala:" only
            meeting.date = signed.date
            year = _year(meeting.date)
            warnings.append(
                RecordWarning(
                    code="MIN110",
                    message="meeting date taken from the signature line",
                    loc=signed.loc,
                )
            )
        elif (named := date_in_file_name(doc.norm.source.path)) is not None:
            # Archives are often named by date ("rada-2024-02-01.txt").
            meeting.date = named
            year = _year(meeting.date)
            warnings.append(
                RecordWarning(code="MIN111", message="meeting date taken from the file name")
            )
        else:
            warnings.append(RecordWarning(code="MIN101", message="meeting date not found"))

    # Reports become records now that names can be resolved.
    for index, r in raw_reports:
        speaker = Speaker(
            name=people.canonical(r.speaker) if r.speaker else None, redacted=r.redacted
        )
        text = join_lines([r.text_start, doc.join(range(r.line + 1, r.end + 1))])
        items[index].reports.append(
            Report(
                organisation=r.organisation,
                speaker=speaker,
                text=text,
                loc=doc.span_loc(r.line, r.end),
            )
        )

    # Conclusions.
    conclusion_list: list[Conclusion] = []
    groups: dict[int, str] = {}  # id of a conclusion -> the intro of its group ("VH ukládá:")
    action_items: list[ActionItem] = []
    events: list[Event] = []
    present = len(meeting.attendance.present) or _count_in_note(meeting.attendance.note)
    if layout.conclusions is not None:
        end = (
            layout.signatures
            if layout.signatures is not None
            else layout.annex
            if layout.annex is not None
            else len(doc)
        ) - 1
        doc.claim_range(layout.conclusions, end)
        tabled_resolutions = concl.table_resolutions(doc, layout.conclusions + 1, end)
        in_table = {i for rows, *_ in tabled_resolutions for i in rows}
        conclusion_list.extend(_resolution_rows(tabled_resolutions, present, None))
        entries = [
            e
            for e in concl.split_entries(doc, layout.conclusions + 1, end)
            if not set(e.lines) & in_table
        ]
        listed = {i for e in entries for i in e.lines}
        concluding = doc.content_lines(layout.conclusions + 1, end + 1)
        # the rows of a task table hold deadlines, no events
        tabled_rows = list(
            lexicon.table_rows("tasks", "what", ((j, doc.lines[j]) for j in concluding))
        )
        listed |= {j for j, _ in tabled_rows}
        # "Úkoly:" over "Úkol⇥Odpovídá⇥Termín" rows, under "Usnesení:": tasks, their text
        # the task's cell (the owner and the due date are the action item's)
        task_cells = {j: row["what"] for j, row in tabled_rows if row and row.get("what")}
        for i in concluding:
            if i not in listed:  # trailing notes after a task list: events only
                sentence = actions.Sentence(fold(doc.lines[i]), loc(i))
                events.extend(actions.events_from(sentence, meeting.date, year))
        group = ""  # "II. Výbor ukládá:", "VH ukládá:" heads the entries below it
        subject = ""  # "Zastupitelstvo obce" over "I. schvaluje" / "1. program …"
        section_start = len(conclusion_list)
        for entry in entries:
            text = concl.entry_text(doc, entry)
            if not text or actions.task_table_header(doc.lines[entry.lines[0]]):
                continue
            opening = fold(doc.lines[entry.lines[0]])
            if (
                len(entry.text_lines) == 1
                and len(opening.split()) <= 5
                and lexicon.body_subject().match(opening)
                and not concl.resolves(opening)
                and not opening.endswith((".", ":", ";"))
            ):
                subject = opening  # the body alone, its verbs on the lines below
                continue
            heads = concl.group_intro(opening)
            if not heads and not entry.marked and opening.endswith(":") and concl.resolves(opening):
                heads = concl.group_intro(f"I. {opening}")  # "VH schvaluje:" over "a. …"
            if heads and len(entry.text_lines) == 1:
                group = heads if heads.endswith(":") else f"{subject} {heads}".strip()
                continue
            vote_text = " ".join(doc.lines[i] for i in entry.vote_lines) or text
            vote = (
                concl.parse_vote(vote_text, present)
                if entry.vote_lines or concl.is_vote_line(text)
                else None
            )
            if vote is None:
                text, vote = concl.split_vote(text, present)
            kind = concl.classify(f"{group} {text}".strip(), layout.conclusions_kind)
            if entry.lines[0] in task_cells:
                text, kind = fold(task_cells[entry.lines[0]]).rstrip("."), "task"
            conclusion_list.append(
                Conclusion(
                    number=entry.number,
                    text=text,
                    kind=kind,
                    vote=vote,
                    item=None,
                    loc=doc.span_loc(entry.lines[0], entry.lines[-1]),
                )
            )
            if group:
                groups[id(conclusion_list[-1])] = group
        shared = _block_vote(doc, entries, present)
        if shared is not None:
            block_vote, vote_line = shared
            for c in conclusion_list[section_start:]:
                if c.vote is None and c.loc.end_line < vote_line:  # the entries above it
                    c.vote = block_vote.model_copy()
    # A table's "Závěr / úkol" cells, with their "Odpovídá" and "Termín" cells.
    tabled = _table_conclusions(layout, present)
    conclusion_list.extend(c for c, _owner, _due in tabled)
    # Resolutions inside points.
    for number, start, end in item_ranges:
        lines = concl.resolution_lines(doc, start + 1, end)
        for k, first in enumerate(lines):
            stop = (lines[k + 1] - 1) if k + 1 < len(lines) else end
            entries = concl.split_entries(doc, first, stop)
            if not entries:
                continue
            entry = entries[0]
            for extra in entries[1:]:
                if extra.vote_lines and not extra.text_lines:
                    entry.vote_lines += extra.vote_lines
                elif (
                    extra.number
                    and (
                        (len(extra.number) == 1 and extra.number.isalpha())
                        or extra.number.isdigit()
                        or rx.fullmatch(r"[IVX]{1,4}", extra.number)  # "II. ukládá …"
                    )
                    and extra.lines[0] == entry.lines[-1] + 1
                ):
                    # "Komise a) bere na vědomí …," / "b) doporučuje Radě kraje …";
                    # "Zastupitelstvo města" / "1) schvaluje prodej …" / "2) stanoví …":
                    # the resolution's clauses, one per line
                    entry.lines += extra.lines
                    entry.text_lines += extra.text_lines
                    entry.vote_lines += extra.vote_lines
            votes = [i for e in entries for i in e.vote_lines]
            where = doc.span_loc(first, max(entry.lines[-1], *(votes or [first])))
            conclusion_list.append(_resolution(doc, entry, votes, number, present, where))
        for intro, last in concl.resolution_intros(doc, start + 1, end):
            entries = concl.split_entries(doc, intro + 1, last)
            block_votes = [i for e in entries for i in e.vote_lines]
            for entry in entries:
                if not entry.text_lines:
                    continue
                where = doc.span_loc(entry.lines[0], entry.lines[-1])
                votes = entry.vote_lines or block_votes
                conclusion_list.append(_resolution(doc, entry, votes, number, present, where))
    # "… schvaluje následující program:" over "1) Určení ověřovatelů …": the programme's
    # entries are the agenda, no resolutions
    programme_lines = layout.programme_in_point()
    conclusion_list = [c for c in conclusion_list if c.loc.line - 1 not in programme_lines]
    # "Úkol č. 1/2024: … Stav: splněno": a task of the last meeting, reviewed and done
    conclusion_list = [c for c in conclusion_list if not actions.reported_done(c.text)]
    # "Návrh usnesení:" over "Usnesení č. 5/2024": the same lines read as a list and a line.
    conclusion_list = list({(c.loc.line, c.text): c for c in reversed(conclusion_list)}.values())
    conclusion_list.sort(key=lambda c: c.loc.line)
    # "Přehled přijatých usnesení:" / "412/2025 – schválení programu": a resolution's
    # number stated again is the same resolution; the fullest statement stands.
    # (Clause letters and list numbers, "a)", "2.", repeat from one resolution to the next.)
    stated: dict[str, Conclusion] = {}
    for c in conclusion_list:
        key = c.number if c.number is not None and "/" in c.number else f"@{c.loc.line}:{c.text}"
        if key not in stated or len(c.text) > len(stated[key].text):
            stated[key] = c
    conclusion_list = list(stated.values())
    for c in list(conclusion_list):
        closing = _CLOSED_AT.search(c.text)
        if closing and len(c.text) - len(closing.group(0)) < 12 and c.vote is None:
            # "konec 20:10" under "Úkoly", "Schůze skončila v 19:20." after the
            # resolutions: the meeting's end, not something it concluded
            conclusion_list.remove(c)
            meeting.end_time = meeting.end_time or f"{int(closing['h']):02d}:{closing['m']}"

    # "Číslo usnesení⇥Text usnesení⇥Hlasování" under a point: its resolutions (not a
    # table reviewing earlier ones, "Číslo usnesení⇥Text⇥Stav plnění": no votes)
    for number, start, end in item_ranges:
        rows = concl.table_resolutions(doc, start + 1, end)
        if any(vote_text for *_, vote_text in rows):
            conclusion_list.extend(_resolution_rows(rows, present, number))

    report_lines = {i for _index, r in raw_reports for i in range(r.line, r.end + 1)}
    report_lines.update(programme_lines)  # read as the programme
    units: list[tuple[str, Loc]] = []
    # An untitled item (lines no point took) has a range but no heading.
    heading_at = {h.line: h for h in layout.sections}

    def said_in_title(start: int, end: int) -> bool:
        h = heading_at.get(start)
        return h is not None and bool(_said_in_title(doc, h, end))

    for _number, start, end in item_ranges:
        h = heading_at.get(start)
        point_units = _units(doc, start + 1, end, report_lines)
        if h is not None and not h.rest and said_in_title(start, end):
            units.append((h.title, loc(h.line)))  # "2. Karel Bednář zajistí pronájem …"
        if h is not None and h.rest:
            # The text that begins on the heading line runs on into the next line.
            if (
                point_units
                and point_units[0][1].line == h.line + 2
                and continues(h.rest, point_units[0][0])
            ):
                first_text, first_loc = point_units.pop(0)
                units.append((f"{h.rest} {first_text}", loc(h.line, first_loc.end_line - 1)))
            else:
                units.append((h.rest, loc(h.line)))
        units.extend(point_units)
    for it in items:
        units.extend((r.text, r.loc) for r in it.reports)
    # Decisions voted in the points' running text join the conclusions.
    decided = [(c.loc.line, c.loc.end_line) for c in conclusion_list]
    previous: tuple[str, Loc, list[Conclusion]] | None = None
    ordered = sorted(units, key=lambda u: u[1].line)
    ahead: tuple[Vote, Loc] | None = None  # a vote above the resolution it is on
    for k, (text, where) in enumerate(ordered):
        if actions.is_task_block(text) or any(
            a <= where.end_line and where.line <= b for a, b in decided
        ):
            if ahead is not None:  # the resolution below the vote, read with the others
                _take_vote(conclusion_list, where, *ahead)
            previous = ahead = None
            continue
        # A vote alone ("Hlasování:" / "Pro 20" / "Proti 1"), not one that names what it
        # is on ("Hlasování o podání žádosti: pro 4 …")
        alone = concl.is_vote_line(text) and not _VOTE_ON.match(text)
        vote = concl.parse_vote(text, present) if alone else None
        if (
            vote is not None
            and (previous is None or not previous[2])
            and _votes_below(ordered, k, present, item_ranges)
        ):
            # "Výsledek hlasování: 11 – 0 – 0" over "Usnesení č. 41/2025: ZO určuje …"
            ahead, previous = (vote, where), None
            continue
        found: list[Conclusion] | None = None
        if (
            vote is not None
            and previous is not None
            and _same_point(previous[1], where, item_ranges)
        ):
            # "Hlasování:" / "Pro 20" / "Proti 1" in a paragraph of its own: the vote on
            # what the paragraph above decided or proposed
            found = _vote_on(previous, text, where, vote, item_ranges)
            if found is not None:
                conclusion_list.extend(c for c in found if c not in previous[2])
            else:
                found = _vote_after_quote(ordered, k, conclusion_list, vote)
        if found is None:
            carried = (
                _vote_carried(text, present)
                if _votes_below(ordered, k, present, item_ranges)
                else None
            )
            if carried is not None:  # "… navrhl pana X. Výsledek hlasování: 11 – 0 – 0"
                text, vote = carried  # over "Usnesení č. 41/2025: ZO určuje …": that one's
                found = _prose_decisions(text, where, item_ranges, present)
                conclusion_list.extend(found)
                previous, ahead = (text, where, found), (vote, loc(where.end_line - 1))
                continue
            found = _prose_decisions(text, where, item_ranges, present)
            if ahead is not None:
                _take_vote(found, where, *ahead)
            conclusion_list.extend(found)
        previous, ahead = (text, where, found), None
    conclusion_list.sort(key=lambda c: c.loc.line)

    # Action items and events: conclusions first, then the points' own text.
    for c, owner, due in tabled:
        row_task = _table_task(c, owner, due, people, year)
        if row_task is not None:
            action_items.append(row_task)
    regions = [
        ("items", start if said_in_title(start, end) else start + 1, end)
        for _n, start, end in item_ranges
    ]
    if layout.conclusions is not None:
        regions.append(
            (
                "conclusions",
                layout.conclusions + 1,
                layout.body_end(doc) if layout.body_end(doc) > layout.conclusions else len(doc),
            )
        )
    table_tasks: list[ActionItem] = []  # rows of "Úkol⇥Kdo⇥Termín" tables, read as such
    task_table_lines: set[int] = set()  # their lines, done rows too: no events in them
    for origin, start, end in regions:
        table_lines = [
            (i, doc.lines[i]) for i in doc.content_lines(start, end + 1) if "\t" in doc.lines[i]
        ]
        table_tasks.extend(actions.task_table(table_lines, people, year, origin))
        task_table_lines.update(i for i, _row in lexicon.table_rows("tasks", "what", table_lines))
    task_rows = {a.loc.line - 1 for a in table_tasks}
    table_conclusions = {id(c) for c, _owner, _due in tabled}
    for c in conclusion_list:
        if c.loc.line - 1 in task_rows:
            continue  # "Připravit brigádu ⇥ T. Voňková ⇥ 20. 4. 2025": a deadline, no event
        if id(c) in table_conclusions:
            events.extend(actions.events_from(actions.Sentence(c.text, c.loc), meeting.date, year))
            continue
        sentence = actions.Sentence(c.text, c.loc)
        group = groups.get(id(c), "")  # "VH ukládá:" tells whom "veliteli J. Machalovi" names
        parts = actions.split_tasks(c.text)
        if c.kind != "task":
            # "Shromáždění schvaluje opravu. Výbor zajistí smlouvu …": the decision's
            # second sentence commits its own subject.
            parts = [s for part in parts for s in actions.split_sentences(part)]
        for part in parts:
            task = actions.Sentence(f"{group} {part}".strip(), c.loc)
            item = actions.action_from(task, "conclusions", people, year, force=c.kind == "task")
            if item and (c.kind == "task" or lexicon.commitment_regex().search(part)):
                item.what = item.what.removeprefix(group).strip()
                action_items.append(item)
        events.extend(actions.events_from(sentence, meeting.date, year))
    action_items.extend(table_tasks)
    for _number, start, end in item_ranges:
        numbered_lines = [(i, doc.lines[i]) for i in doc.content_lines(start + 1, end + 1)]
        for item in actions.task_blocks(numbered_lines, people, year):
            if not any(_same_task(item, a) for a in action_items):
                action_items.append(item)
    for text, where in units:
        lines = doc.content_lines(where.line - 1, where.end_line)
        if actions.is_task_block(text) or (lines and set(lines) <= task_table_lines):
            continue  # read above, with its kdo:/termín: lines or as a table of tasks
        done = actions.reported_done(text)  # "Úkol č. 1/2024: … Stav: splněno – …"
        tabular = any("\t" in doc.lines[i] for i in lines)
        for sentence in actions.sentences(text, where):
            for clause in actions.clauses(sentence):
                item = (
                    None
                    if done
                    else actions.action_from(clause, "items", people, year, assignments=not tabular)
                )
                if item and not any(_same_task(item, a) for a in action_items):
                    action_items.append(item)
            events.extend(actions.events_from(sentence, meeting.date, year))
    events = _dedupe_events(events)
    next_meeting = _next_meeting_date(events, meeting.date)
    for a in action_items:
        # "do příštího zasedání", in the task or its "Termín:" line: the date the minutes
        # give that meeting
        if (
            a.due is None
            and next_meeting
            and _UNTIL_NEXT_MEETING.search(doc.join(range(a.loc.line - 1, a.loc.end_line)))
        ):
            a.due = next_meeting
    action_items.sort(key=lambda a: a.loc.line)  # in the order the minutes give them
    conclusion_list.sort(key=lambda c: c.loc.line)
    for a in action_items:
        if a.who is None:
            warnings.append(
                RecordWarning(
                    code="MIN106", message=f"action item without owner: {a.what[:60]}", loc=a.loc
                )
            )

    # Attachments: mentions in the text, and an annex after the signatures.
    attachments = _attachments(doc, layout)

    # Redactions.
    redactions = [
        Redaction(text=m.group(0), loc=loc(i))
        for i in doc.content_lines()
        for m in lexicon.redaction_regex().finditer(doc.lines[i])
    ]

    ppl.finish(people)
    for _index, r in raw_reports:
        if r.speaker:
            speaker_name = people.canonical(r.speaker)
            for cluster in people.clusters():
                if cluster.name() == speaker_name and cluster.organisation is None:
                    cluster.organisation = r.organisation
    canonical_attendance(meeting.attendance, people)
    return {
        "meeting": meeting,
        "agenda": agenda,
        "items": items,
        "conclusions": conclusion_list,
        "action_items": action_items,
        "events": events,
        "signatures": signatures,
        "attachments": attachments,
        "redactions": redactions,
        "people": (persons := people.build(doc)),
        "organisations": (
            ppl.organisations(
                doc,
                [(r.line, r.organisation) for _, r in raw_reports],
                persons={p.name for p in persons},
            )
            if INVENTORY.get()
            else []
        ),
    }


_LABEL_LINE = rx.compile(rf"^\s*[{lexicon.UPPER}][^\W\d_]*(?:\s+[^\W\d_]+){{0,2}}\s*:\s+\S")
# A day and month opening a wrapped line ("proběhne" / "8. června 2024 od 10:00") is no
# list entry's number
_MONTH_AHEAD = "|".join(w for words in lexicon.lex()["months"].values() for w in words)
_LIST_ITEM = rx.compile(
    rf"^\s*(?:(?:[-*•▪–→]|->|\d{{1,2}}[.)](?!\s*(?:\d|(?:{_MONTH_AHEAD})\b))|[a-z]\)|>>)\s"
    r"|(?i:todo|úkol|ukol|výstup)\s*:"
    # "2.3 Žádost manželů Horákových …": a sub-point's heading (not a date: "15.3. bude")
    rf"|\d{{1,2}}\.\d{{1,2}}\s+(?=[{lexicon.UPPER}]))"
)
_SUB_HEADING = rx.compile(rf"^\s*\d{{1,2}}\.\d{{1,2}}\s+[{lexicon.UPPER}]")
_OPEN_END = rx.compile(r"[.!?:;,]\s*$")


# A line that ends with its vote in brackets ends its decision.
_VOTE_CLOSES = rx.compile(
    # ("… 118 500 Kč. (5/0/1)": the counts alone, with colons, slashes or dashes)
    r"(?i)\((?:pro\b|hlasov|schvál|\d{1,3}\s*[:/–-]\s*\d)[^()]*\)\s*(?:[.;]|[–—-][^()]*)?\s*$"
)


def _units(doc: Doc, start: int, end: int, skip: set[int]) -> list[tuple[str, Loc]]:
    """Paragraphs and list entries of lines ``start..end``: the text units that
    sentences, tasks and events are read from, each with its own lines."""
    out: list[tuple[str, Loc]] = []
    current: list[int] = []

    def flush() -> None:
        if current:
            out.append((doc.join(current), doc.span_loc(current[0], current[-1])))
            current.clear()

    for i in range(start, end + 1):
        if i in skip or i in doc.furniture:
            continue
        if doc.is_blank(i):
            if current and not continues(fold(doc.lines[current[-1]]), _next_text(doc, i, end)):
                flush()
            continue
        listed = _LIST_ITEM.match(doc.lines[i]) is not None
        # "– Z: p. Veselá, T: ihned": the fields of the task above, which they close
        # (a task's "Stav: trvá – …" line too)
        task_fields = actions.opens_with_task_fields(doc.lines[i]) or actions.opens_with_state(
            doc.lines[i]
        )
        fields = listed and task_fields
        if (
            (listed and not fields)
            or concl.labelled(doc.lines[i])
            # "Termín: 15. 4. 2025" / "Příští porada: 6. 5. 2025 v 9:00": a labelled line
            # of its own (not a task's field nor a vote, which belong to the line above)
            or (
                current
                and _LABEL_LINE.match(doc.lines[i])
                and not task_fields
                and not concl.is_vote_line(doc.lines[i])
            )
            or (
                current
                # notes typed in lower case: "pepa koupi lepidlo" / "lukas posle fotky", a line each
                and doc.lower_case_typed
                and not concl.is_vote_line(doc.lines[i])
                and not continues(
                    fold(doc.lines[current[-1]]), fold(doc.lines[i]), lower_case_continues=False
                )
            )
        ):
            flush()
        elif (
            current
            and _SUB_HEADING.match(doc.lines[current[0]])
            and not _OPEN_END.search(doc.lines[current[-1]])
            and doc.lines[i].lstrip()[:1].isupper()
        ):
            # "2.3 Žádost o povolení sjezdu" / "Komise doporučuje …": the sub-point's
            # heading, without a full stop, is no part of the first sentence below it
            flush()
        current.append(i)
        if fields:
            flush()
            continue
        below = _next_text(doc, i, end)
        if _VOTE_CLOSES.search(doc.lines[i]) or (
            concl.is_vote_line(doc.lines[i])
            and not concl.is_vote_line(below)
            # "Schváleno: Pull requesty … by měla" / "schvalovat rada.": a labelled
            # conclusion whose sentence goes on
            and not (concl.labelled(doc.lines[i]) and continues(fold(doc.lines[i]), below))
        ):
            # "VH schvaluje … (pro 34, …)", "Hlasování: 4 – 1 – 0": the vote ends it (a vote
            # over lines, "Hlasování:" / "Pro - 20" / "Proti - 1", at its last line)
            flush()
    flush()
    return out


def _next_text(doc: Doc, i: int, end: int) -> str:
    nxt = doc.content_lines(i + 1, end + 1)[:1]
    return fold(doc.lines[nxt[0]]) if nxt else ""


_PRESENT_COUNT = rx.compile(
    r"(?i)(?:^|\b(?:přítomno|přítomni|přítomen|je|jsou)\s+)(?P<n>\d{1,3})\s+(?:z\s+\d{1,3}\s+)?"
    r"(?:členů|člen|členové|osob|přítomných|zastupitel\w*|delegát\w*|vlastník\w*|rodičů)\b"
)


def _count_in_note(note: str | None) -> int | None:
    """How many were present by an attendance note ("11 členů z 13 …", "Přítomno
    7 zastupitelů"): the count a unanimous vote stands for."""
    m = _PRESENT_COUNT.search(note or "")
    return int(m["n"]) if m else None


def _resolution(
    doc: Doc,
    entry: concl.Entry,
    votes: list[int],
    item: str | None,
    present: int | None,
    where: Loc,
) -> Conclusion:
    """A resolution adopted under a point, with its vote (vote lines, or on its own line)."""
    text = concl.entry_text(doc, entry)
    vote = concl.parse_vote(" ".join(doc.lines[i] for i in votes), present) if votes else None
    # "… dle přílohy č. 2. Pro: 11, Proti: 1, …" / "Usnesení bylo přijato.": the counts
    # in the text, the outcome on a line of its own
    text, inline = concl.split_vote(text, present)
    if inline is not None:
        vote = inline if vote is None else concl.filled_vote(inline, vote)
    number = entry.number
    if number is None:  # "Návrh usnesení: …" / "Usnesení č. 25/2025 bylo schváleno."
        number = next((n for i in votes if (n := concl.number_in_outcome(doc.lines[i]))), None)
    return Conclusion(
        number=number,
        text=text,
        kind=concl.classify(text, "decision"),
        vote=vote,
        item=item,
        loc=where,
    )


def _resolution_rows(
    rows: list[tuple[list[int], str, str, str]], present: int | None, item: str | None
) -> list[Conclusion]:
    """Conclusions from the rows of a resolutions table (the header row has no text)."""
    out: list[Conclusion] = []
    for lines, number, text, vote_text in rows:
        if not text:
            continue
        vote = (
            concl.parse_vote(vote_text, present)
            or concl.parse_vote(f"Hlasování: {vote_text}", present)
            if vote_text
            else concl.parse_vote(text, present)  # "… schvaluje X. Hlasování: pro 4, …"
        )
        out.append(
            Conclusion(
                number=number or None,
                text=text.rstrip("."),
                kind=concl.classify(text, "decision"),
                vote=vote,
                item=item,
                loc=loc(lines[0], lines[-1]),
            )
        )
    return out


def _prose_decisions(
    text: str, where: Loc, item_ranges: list[tuple[str | None, int, int]], present: int | None
) -> list[Conclusion]:
    """Decisions voted in running text: "Návrh byl jednomyslně schválen.", "Výbor
    schválil příspěvek 4 000 Kč. Hlasování: pro 5, proti 0, zdržel se 0."."""
    item = _item_of(where, item_ranges)
    label = concl.labelled(segment.unbulleted(text))
    if label is not None:  # "Závěr: Rada obce bere na vědomí …": the unit is one conclusion
        body, vote = concl.split_vote(label.text, present)
        vote = vote or concl.parse_vote(body, present)
        kind = "decision" if label.decides else concl.classify(body, label.kind)
        number = label.number
        return [Conclusion(number=number, text=body, kind=kind, vote=vote, item=item, loc=where)]
    out: list[Conclusion] = []
    sentences = [s.text for s in actions.sentences(text, where)]
    for k, sentence in enumerate(sentences):
        approved = concl.outcome_after(segment.unbulleted(sentence))
        counted = approved and concl.parse_vote(approved[0], present)
        if (
            approved
            and len(approved[0].split()) >= 2
            and not (counted and counted.for_ is not None)
        ):
            # "* zápis ze 23/10 (schváleno)": the entry is the decision, its vote the outcome
            what, outcome = approved
            out.append(Conclusion(text=what, kind="decision", vote=outcome, item=item, loc=where))
            continue
        vote = concl.parse_vote(sentence, present)
        if vote is None or (vote.for_, vote.against, vote.abstain) == (None, None, None):
            # "… nebyl schválen" reports someone else's decision, not a vote; but
            # "Výbor rozhodl, že …" is the body's own decision even without one.
            vote = None
            if not concl.body_decides(sentence):
                continue
            if k + 1 < len(sentences) and concl.parse_vote(sentences[k + 1], present):
                continue  # the vote in the next sentence takes this one with it
        voted = vote is not None and vote.for_ is not None
        decision = (
            sentence if (concl.resolves(sentence) if voted else concl.decides(sentence)) else None
        )
        if voted and k and concl.is_vote_line(sentence) and concl.resolves(sentences[k - 1]):
            # "… I. schvaluje …, II. ukládá …. Hlasování: pro 5 … – usnesení č. 8/2024 bylo
            # přijato.": the vote (and the number) of the resolution before it
            decision = sentences[k - 1]
        if decision is None and k and concl.decides(sentences[k - 1]):
            decision = f"{sentences[k - 1]} {sentence}"
        if decision is None and concl.is_vote_line(sentence):
            # "Hlasování: 7 pro / 1 proti": a vote on what was proposed just before (the
            # proposal is the text, the count its vote)
            decision = sentences[k - 1] if k else sentence
        if decision is None:
            continue
        text = concl.without_outcome_brackets(segment.unbulleted(decision))
        if decision is sentence:  # "Rada výroční zprávu schvaluje (4 pro, 0 proti …)."
            said = concl.split_vote(text, present)[0]
            # … but not "Hlasování o podání žádosti: pro 4, …": no decision without its vote
            if concl.resolves(said) and not said.endswith(":"):
                text = said
        out.append(
            Conclusion(
                number=concl.number_in_outcome(sentence) or concl.number_in_outcome(decision),
                text=text,
                kind=concl.classify(decision, "decision"),
                vote=vote,
                item=item,
                loc=where,
            )
        )
    return out


_VOTE_ON = rx.compile(lexicon.loose(r"(?i)^\W*(?:výsledek\s+)?hlasován\w*\s+(?:o|k|na)\s"))


def _point_of(where: Loc, item_ranges: list[tuple[str | None, int, int]]) -> int | None:
    """The index of the point whose lines hold ``where``, or None."""
    return next((k for k, (_n, a, b) in enumerate(item_ranges) if a <= where.line - 1 <= b), None)


def _item_of(where: Loc, item_ranges: list[tuple[str | None, int, int]]) -> str | None:
    """The number of the point whose lines hold ``where``, or None."""
    point = _point_of(where, item_ranges)
    return item_ranges[point][0] if point is not None else None


def _same_point(a: Loc, b: Loc, item_ranges: list[tuple[str | None, int, int]]) -> bool:
    return _point_of(a, item_ranges) == _point_of(b, item_ranges)


_QUOTE_OPENS = ('"', "„", "«", "»")
_QUOTE_CLOSES = ('"', "“", "«", "»")


def _vote_after_quote(
    units: list[tuple[str, Loc]], k: int, conclusions: list[Conclusion], vote: Vote
) -> list[Conclusion] | None:
    """ "Valná hromada schvaluje Předpis o příspěvcích", a quotation between marks alone
    on their lines (three double quotes, „ or »), then "Hlasování: Pro - 20 …": the vote
    is on the decision that introduced the quotation (when that has none yet)."""
    if k < 2 or not units[k - 1][0].rstrip().endswith(_QUOTE_CLOSES):
        return None
    opener = next(
        (j for j in range(k - 1, 0, -1) if units[j][0].lstrip().startswith(_QUOTE_OPENS)), None
    )
    if opener is None:
        return None
    before = units[opener - 1][1]
    target = next(
        (
            c
            for c in reversed(conclusions)
            if c.vote is None and before.line <= c.loc.end_line <= before.end_line
        ),
        None,
    )
    if target is None:
        return None
    target.vote = vote
    return [target]


def _take_vote(conclusions: list[Conclusion], where: Loc, vote: Vote, above: Loc) -> None:
    """The first unvoted conclusion on the lines ``where`` takes the vote standing above it."""
    c = next(
        (
            c
            for c in conclusions
            if c.vote is None and c.loc.line <= where.end_line and where.line <= c.loc.end_line
        ),
        None,
    )
    if c is not None:
        c.vote = vote
        c.loc = Loc(line=above.line, end_line=c.loc.end_line)


def _vote_carried(text: str, present: int | None) -> tuple[str, Vote] | None:
    """A paragraph ending in a vote on nothing it says ("Starosta navrhl ověřovatele …
    Výsledek hlasování: 11 – 0 – 0"): its text before the vote, and the vote."""
    said = [s.text for s in actions.sentences(text, loc(0))]
    before, vote = concl.split_vote(said[-1], present)  # "5. Diskuse Hlasování: 10 pro, …"
    if vote is None and concl.is_vote_line(said[-1]) and not _VOTE_ON.match(said[-1]):
        before, vote = "", concl.parse_vote(said[-1], present)
    if vote is None or vote.for_ is None:
        return None
    rest = [*said[:-1], before] if before else said[:-1]
    if any(concl.decides(sentence) for sentence in rest[-2:]):
        return None  # "ZO schvaluje program. Hlasování: 7-0-0": that one's vote
    return " ".join(rest), vote


def _votes_below(
    units: list[tuple[str, Loc]],
    k: int,
    present: int | None,
    item_ranges: list[tuple[str | None, int, int]],
) -> bool:
    """Is the vote ``units[k]`` on the resolution right below it: one with no vote of its
    own ("Usnesení č. 41/2025: ZO určuje …"), not followed by a vote of its own either?"""
    below = units[k + 1 : k + 3]
    if not below or not _same_point(units[k][1], below[0][1], item_ranges):
        return False
    text = below[0][0]
    if concl.is_vote_line(text) or concl.split_vote(text, present)[1] is not None:
        return False
    # "Usnesení č. 41/2025: …", "ZO schvaluje …": a resolution stated as such (not
    # "Závěr: Zastupitelstvo bylo ukončeno v 17:25 hod.")
    label = concl.labelled(text)
    if not (
        (label is not None and (label.number or concl.resolves(label.text)))
        or (lexicon.body_subject().match(text) and concl.resolves(text))
    ):
        return False
    after = below[1][0] if len(below) > 1 else ""
    return not (after and concl.is_vote_line(after) and not _VOTE_ON.match(after))


def _vote_on(
    above: tuple[str, Loc, list[Conclusion]],
    text: str,
    where: Loc,
    vote: Vote,
    item_ranges: list[tuple[str | None, int, int]],
) -> list[Conclusion] | None:
    """The conclusion a vote standing alone belongs to: the one the paragraph above gave
    (now with this vote), else that paragraph's last sentence as a decision; None when
    that is no sentence (a quotation's closing marks)."""
    said, said_where, found = above
    # What was put to the vote: the paragraph's last sentence, or from the last one that
    # resolves ("ZO schvaluje smlouvu … . Cena díla je 4 553 730 Kč.")
    sentences = [s.text for s in actions.sentences(said, said_where)]
    last = next((k for k in range(len(sentences) - 1, -1, -1) if concl.resolves(sentences[k])), -1)
    said = " ".join(sentences[last:])
    if not found and len(rx.findall(r"[^\W\d_]{2,}", said)) < 2:
        return None
    number = concl.number_in_outcome(text)
    if found:
        c = found[-1]
        given = [name for name, value in vote if value is not None]
        if c.vote is not None and any(getattr(c.vote, name) is not None for name in given):
            return []  # voted already: this vote is another's (or a second round)
        # "- Pro: A, B" then "- Proti: C": one vote over entries
        c.vote, c.number = concl.filled_vote(c.vote, vote), c.number or number
        c.loc = Loc(line=c.loc.line, end_line=where.end_line)
        return found
    return [
        Conclusion(
            number=number,
            text=segment.unbulleted(said),
            kind=concl.classify(said, "decision"),
            vote=vote,
            item=_item_of(where, item_ranges),
            loc=Loc(line=said_where.line, end_line=where.end_line),
        )
    ]


def _merge_signatures(signatures: list[Signature]) -> list[Signature]:
    """One signature per role and person: verifiers named in the header sign again at the end."""
    out: list[Signature] = []
    for s in signatures:
        twin = next((o for o in out if s.name and o.role == s.role and o.name == s.name), None)
        if twin is None:
            out.append(s)
            continue
        twin.date = twin.date or s.date
        twin.place = twin.place or s.place
        twin.degrees = twin.degrees or s.degrees
    return out


def _table_conclusions(
    layout: segment.Layout, present: int | None
) -> list[tuple[Conclusion, str, str]]:
    """The conclusion cell of each row of a minutes table, with its owner and due cells."""
    table = layout.table
    out: list[tuple[Conclusion, str, str]] = []
    if table is None:
        return out
    for h in layout.sections:
        said = table.cell(h.line, "conclusion")
        if not said:
            continue
        text, vote = concl.split_vote(fold(said.replace("; ", " ")), present)
        owner, due = table.cell(h.line, "who"), table.cell(h.line, "due")
        kind = "task" if owner or due else concl.classify(text, "decision")
        conclusion = Conclusion(
            number=None, text=text.rstrip("."), kind=kind, vote=vote, item=h.number, loc=loc(h.line)
        )
        out.append((conclusion, owner, due))
    return out


def _table_task(
    c: Conclusion, owner: str, due: str, people: ppl.People, year: int | None
) -> ActionItem | None:
    """The task of a table row: the conclusion cell without its dated events ("Příští
    jednání se uskuteční 26. 11. v 16:00.; Rozeslat pozvánky …"), with the owner and
    due cells."""
    parts = [
        p
        for p in actions.split_sentences(c.text)
        if not (
            any(not is_deadline(p, m) for m in find_dates(p)) and lexicon.event_regex().search(p)
        )
    ]
    if c.kind != "task" or not parts:
        return None
    dates = find_dates(due)
    return ActionItem(
        who=(people.canonical(owner) or owner) if owner else None,
        what=" ".join(parts).rstrip("."),
        due=resolve(dates, year)[0] if dates else None,
        origin="conclusions",
        loc=c.loc,
    )


_ON_THE_RESOLUTION = lexicon.Folded(r"(?i)\busnesen")


def _block_vote(
    doc: Doc, entries: list[concl.Entry], present: int | None
) -> tuple[Vote, int] | None:
    """The vote on a whole list of resolutions, the list's only vote, and its line: after
    a blank line below its last entry, naming the resolution ("Hlasování o usnesení: 37
    pro, …")."""
    voted = [e for e in entries if e.vote_lines]
    if len(voted) != 1 or len(entries) < 2 or not voted[0].text_lines:
        return None
    last = voted[0]
    after_text, first_vote = last.text_lines[-1], last.vote_lines[0]
    if first_vote - after_text < 2 or doc.content_lines(after_text + 1, first_vote):
        return None  # the entry's own vote, on the lines right below it
    said = " ".join(doc.lines[i] for i in last.vote_lines)
    vote = concl.parse_vote(said, present) if _ON_THE_RESOLUTION.search(said) else None
    return (vote, first_vote + 1) if vote else None  # and its 1-based line


def _same_task(a: ActionItem, b: ActionItem) -> bool:
    what_a, what_b = lexicon.key(a.what), lexicon.key(b.what)
    shorter = min(len(what_a), len(what_b))
    if shorter >= _SAME_WHAT and (what_a in what_b or what_b in what_a):
        return True  # "b) ukládá starostovi …" read again from the point's text
    same_lines = a.loc.line <= b.loc.end_line and b.loc.line <= a.loc.end_line
    if what_a == what_b and same_lines:
        return True  # a short task ("uzavřít smlouvu") read again from the same lines
    rest_a, rest_b = what_a.partition(" ")[2], what_b.partition(" ")[2]
    same_owner = lexicon.key(a.who or "") == lexicon.key(b.who or "")  # "Vybor" is "Výbor"
    if same_owner and a.who and a.due and a.due == b.due and a.origin != b.origin:
        return True  # "J. Linhart osloví soubory do konce února" and its row in "Úkoly"
    if same_owner and a.due == b.due and len(rest_a) >= _SAME_WHAT and rest_a == rest_b:
        return True  # "Výbor podá žádost …" in a point and "ukládá výboru podat žádost …"
    verb_a = lexicon.commitment_regex().search(a.what)
    verb_b = lexicon.commitment_regex().search(b.what)
    if not (same_owner and verb_a and verb_b and verb_a.group(0) == verb_b.group(0)):
        return False
    # The same owner and verb: one task when the conclusions restate the point, or when
    # said on the same lines or of the same things ("zajistí opravu plotu" and
    # "zajistí nové lavičky" in one point are two).
    if same_lines or a.origin != b.origin:
        return same_lines or a.who is not None
    words_a = {w for w in what_a.split()[1:] if len(w) > 3}
    words_b = {w for w in what_b.split()[1:] if len(w) > 3}
    return bool(words_a and words_b) and len(words_a & words_b) * 2 >= len(words_a | words_b)


def _next_meeting_date(events: list[Event], meeting_date: str | None) -> str | None:
    """The date of the next meeting, when an event after this one names it."""
    return next(
        (
            e.date
            for e in events
            if e.date and (meeting_date is None or e.date > meeting_date)
            if _NAMES_NEXT_MEETING.search(e.what)
        ),
        None,
    )


def _dedupe_events(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    for e in events:
        if any(o.date == e.date and (o.time == e.time or not e.time or not o.time) for o in out):
            for o in out:
                if o.date == e.date and o.time is None and e.time:
                    o.time = e.time
            continue
        out.append(e)
    return out


def _attachment_number(label: str | None) -> str | None:
    m = rx.search(r"\d+", label or "")
    return m.group(0) if m else None


def _attachments(doc: Doc, layout: segment.Layout) -> list[Attachment]:
    out: list[Attachment] = []
    end = layout.annex if layout.annex is not None else len(doc)
    for i in doc.content_lines(0, end):
        text = doc.lines[i]
        for m in _ATTACHMENT.finditer(text):
            out.append(
                Attachment(
                    label=fold(m["label"]).lower(),
                    title=fold(m["title"]) if m["title"] else None,
                    loc=loc(i),
                )
            )
        attached = _ATTACHMENT_LINE.match(text)
        if _ATTACHMENTS_HEAD.match(text):  # "Přílohy:" over "č. 1 Prezenční listina", …
            below = doc.content_lines(i + 1, end)
            entries = []
            for j in below:
                if not _LISTED_ATTACHMENT.match(doc.lines[j]):
                    break
                entries.append(j)
            for j in entries:
                entry = _ATTACHMENT_ENTRY.match(doc.lines[j])
                if entry:
                    title = fold(entry["title"]).rstrip(" ,;.")
                    out.append(Attachment(label=fold(entry["label"]), title=title, loc=loc(j)))
            if entries:
                doc.claim([i, *entries])
                continue
        if attached:  # "Příloha: plesu.xlsx", "Přílohy: č. 1 Rozpočet, 2. Prezenční listina"
            for part in rx.split(
                r",?\s*(?=\bč\.\s*\d{1,2}\s+[^\W\d]|\b\d{1,2}[.)]\s+[^\W\d])", attached["title"]
            ):
                numbered = _ATTACHMENT_ENTRY.match(part.strip(" ,"))
                if numbered and not numbered["title"][0].isdigit():  # not "3/2025 …"
                    label, title = numbered["label"], numbered["title"]
                else:
                    label, title = None, part
                if title.strip(" ,"):
                    out.append(Attachment(label=label, title=fold(title).strip(" ,"), loc=loc(i)))
            doc.claim([i])
            continue
        enclosed = _ENCLOSED.search(text)
        if enclosed:
            out.append(Attachment(label=None, title=fold(enclosed["title"]), loc=loc(i)))
    if layout.annex is not None:
        lines = doc.content_lines(layout.annex)
        first = fold(doc.lines[layout.annex])
        head = rx.match(
            r"(?i)^(?P<label>příloh[ay](?:\s*(?:č\.|číslo)\s*\d+)?)\s*[:–—-]?\s*(?P<title>.*)$",
            first,
        )
        label = fold(head["label"]).lower() if head else None
        title = (fold(head["title"]) or None) if head else first
        listed = [(i, segment.numbered(doc.lines[i])) for i in lines[1:]]
        # "Příloha č. 1: Prezenční listina" / "Příloha č. 2: …", under "Přílohy:" or not
        entries = lines[1:] if head and not title else lines
        labelled = [(i, _ATTACHMENT.match(fold(doc.lines[i]))) for i in entries]
        if head and not title and listed and all(num for _, num in listed):
            # "Přílohy:" over "1. Prezenční listina", "2. Rozpočet 2025": one attachment each
            for i, num in listed:
                assert num is not None
                out.append(Attachment(label=num[0], title=num[1].rstrip("."), loc=loc(i)))
        elif len(lines) > 1 and all(lm and lm["title"] for _, lm in labelled):
            for i, lm in labelled:
                assert lm is not None
                out.append(Attachment(label=lm["label"].lower(), title=lm["title"], loc=loc(i)))
        else:
            if head and not title and len(lines) > 1:
                title = fold(doc.lines[lines[1]])
            where = doc.span_loc(layout.annex, lines[-1])
            out.append(Attachment(label=label, title=title, loc=where))
        doc.claim(lines)
    # "dle přílohy č. 2" where "Přílohy: … č. 2 Přehled dotací" lists it: one attachment;
    # and "podle přílohy č. 1" said twice is one
    titled = {_attachment_number(a.label) for a in out if a.title}
    seen: set[str | None] = set()
    kept: list[Attachment] = []
    for a in out:
        number = _attachment_number(a.label)
        if not a.title and (number in titled or (number is not None and number in seen)):
            continue
        seen.add(number)
        kept.append(a)
    return kept
