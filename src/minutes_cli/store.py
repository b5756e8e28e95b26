"""A SQLite store of records that analysts can query (sqlite3 shell, Datasette, pandas).

One row in ``documents`` per record, keyed by the input's sha256; every other
table hangs off it by foreign key with ``ON DELETE CASCADE``, so re-indexing a
document (same sha256, or same path with new content) deletes its old rows
and inserts the new ones in one transaction. ``texts`` collects the free texts
(items, reports, conclusions) and ``texts_fts`` is an FTS5 index over it,
kept in sync by triggers.

Only the standard library's :mod:`sqlite3` is used. Lists of strings
(degrees, roles, attendance names, indicators) are stored as JSON arrays
(``json_each()`` unnests them); the whole record is in ``documents.record``.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from minutes_cli.io.writers import as_data

STORE_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    kind TEXT NOT NULL,
    media_type TEXT,
    encoding TEXT,
    profile TEXT,
    parser_version TEXT,
    schema_version TEXT,
    warnings INTEGER NOT NULL DEFAULT 0,
    indexed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);

CREATE TABLE IF NOT EXISTS meetings (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    title TEXT, body TEXT, date TEXT, year INTEGER, start_time TEXT, end_time TEXT,
    location TEXT, attendance_note TEXT,
    present TEXT, excused TEXT, guests TEXT
);
CREATE TABLE IF NOT EXISTS agenda_items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, number TEXT, title TEXT, line INTEGER, end_line INTEGER
);
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, number TEXT, title TEXT, text TEXT, line INTEGER, end_line INTEGER
);
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, organisation TEXT, speaker_name TEXT,
    speaker_redacted INTEGER NOT NULL DEFAULT 0, text TEXT, line INTEGER, end_line INTEGER
);
CREATE TABLE IF NOT EXISTS conclusions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, number TEXT, text TEXT, kind TEXT, item_number TEXT,
    vote_for INTEGER, vote_against INTEGER, vote_abstain INTEGER, vote_not_voting INTEGER,
    vote_absent INTEGER, vote_result TEXT, line INTEGER, end_line INTEGER
);
CREATE TABLE IF NOT EXISTS action_items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, who TEXT, what TEXT, due TEXT, origin TEXT,
    line INTEGER, end_line INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, date TEXT, time TEXT, what TEXT, place TEXT,
    line INTEGER, end_line INTEGER
);
CREATE TABLE IF NOT EXISTS people (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, name TEXT NOT NULL, degrees TEXT, roles TEXT,
    organisation TEXT, email TEXT, phone TEXT
);
CREATE TABLE IF NOT EXISTS person_mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    text TEXT, line INTEGER, end_line INTEGER
);
CREATE TABLE IF NOT EXISTS organisations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, name TEXT NOT NULL, abbreviation TEXT, mentions INTEGER
);
CREATE TABLE IF NOT EXISTS signatures (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, role TEXT, name TEXT, degrees TEXT, date TEXT, place TEXT,
    line INTEGER
);
CREATE TABLE IF NOT EXISTS warnings (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code TEXT, message TEXT, line INTEGER
);
CREATE TABLE IF NOT EXISTS strategy_activities (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    priority_code TEXT, priority_title TEXT, measure_code TEXT, measure_title TEXT,
    code TEXT, title TEXT, text TEXT, indicators TEXT, implementers TEXT, deadline TEXT,
    funding_sources TEXT, cost_amount REAL, cost_currency TEXT, cost_notes TEXT
);
CREATE TABLE IF NOT EXISTS projects (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    title TEXT, registration_number TEXT, programme TEXT, period_start TEXT, period_end TEXT,
    budget_total REAL, currency TEXT, goals TEXT
);
CREATE TABLE IF NOT EXISTS texts (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL,          -- items | reports | conclusions
    source_id INTEGER NOT NULL,    -- the row's id in that table
    text TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS texts_fts USING fts5(
    text, content='texts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS texts_ai AFTER INSERT ON texts BEGIN
    INSERT INTO texts_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS texts_ad AFTER DELETE ON texts BEGIN
    INSERT INTO texts_fts(texts_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""

# Child tables get an index on document_id: cascading deletes scan them otherwise.
_CHILDREN = (
    "agenda_items", "items", "reports", "conclusions", "action_items", "events", "people",
    "person_mentions", "organisations", "signatures", "warnings", "strategy_activities", "texts",
)  # fmt: skip

#: The tables ``minutes export`` writes, in dependency order.
TABLES = ("documents", "meetings", *_CHILDREN[:-1], "projects", "texts")

#: Questions analysts ask of an archive; the README shows them with their output.
QUERIES: dict[str, str] = {
    "organisation_reports_per_year": """
SELECT r.organisation, m.year, count(*) AS reports
FROM reports AS r JOIN meetings AS m USING (document_id)
GROUP BY r.organisation, m.year
ORDER BY m.year, reports DESC, r.organisation""",
    "open_action_items_by_person": """
SELECT a.who, m.date AS meeting, a.due, a.what
FROM action_items AS a JOIN meetings AS m USING (document_id)
WHERE a.due IS NULL OR a.due >= date('now')
ORDER BY a.who, m.date, a.position""",
    "resolutions_with_votes": """
SELECT m.date AS meeting, c.number, c.vote_for AS "for", c.vote_against AS against,
       c.vote_abstain AS abstain, c.vote_result AS result, c.text
FROM conclusions AS c JOIN meetings AS m USING (document_id)
WHERE c.kind = 'decision' OR c.vote_result IS NOT NULL
ORDER BY m.date, c.position""",
}


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) a store with foreign keys enforced."""
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")  # readers (Datasette) do not block a batch
    conn.executescript(SCHEMA)
    for table in _CHILDREN:
        conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_document ON {table}(document_id)")
    conn.execute(f"PRAGMA user_version = {STORE_VERSION}")
    conn.commit()
    return conn


def _j(values: Iterable[Any] | None) -> str:
    return json.dumps(list(values or []), ensure_ascii=False)


def _loc(node: Mapping[str, Any] | None) -> tuple[int | None, int | None]:
    loc = (node or {}).get("loc") or {}
    return loc.get("line"), loc.get("end_line")


def _year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def index_record(conn: sqlite3.Connection, record: BaseModel | Mapping[str, Any]) -> int:
    """Insert one record, replacing any earlier rows of the same document; return its id.

    The same document is the same sha256, or the same path (a changed file).
    The caller commits (or use :func:`index_records`).
    """
    data: Mapping[str, Any] = as_data(record) if isinstance(record, BaseModel) else record
    source = data.get("source") or {}
    sha = source.get("sha256")
    path = source.get("path")
    if not sha or not path:
        raise ValueError("not a record: source.sha256 and source.path are required")
    conn.execute("DELETE FROM documents WHERE sha256 = ? OR path = ?", (sha, path))
    cur = conn.execute(
        "INSERT INTO documents (sha256, path, kind, media_type, encoding, profile,"
        " parser_version, schema_version, warnings, record) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            sha,
            path,
            data.get("kind") or "unknown",
            source.get("media_type"),
            source.get("encoding"),
            source.get("profile"),
            source.get("parser_version"),
            data.get("schema_version"),
            len(data.get("warnings") or []),
            json.dumps(data, ensure_ascii=False),
        ),
    )
    doc = cur.lastrowid
    assert doc is not None

    def text(source_table: str, source_id: int | None, value: str | None) -> None:
        if value:
            conn.execute(
                "INSERT INTO texts (document_id, source, source_id, text) VALUES (?,?,?,?)",
                (doc, source_table, source_id, value),
            )

    if data.get("kind") == "minutes":
        meeting = data.get("meeting") or {}
        att = meeting.get("attendance") or {}
        conn.execute(
            "INSERT INTO meetings VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc, meeting.get("title"), meeting.get("body"), meeting.get("date"),
                _year(meeting.get("date")), meeting.get("start_time"), meeting.get("end_time"),
                meeting.get("location"), att.get("note"), _j(att.get("present")),
                _j(att.get("excused")), _j(att.get("guests")),
            ),
        )  # fmt: skip
    for pos, point in enumerate(data.get("agenda") or []):
        conn.execute(
            "INSERT INTO agenda_items (document_id, position, number, title, line, end_line)"
            " VALUES (?,?,?,?,?,?)",
            (doc, pos, point.get("number"), point.get("title"), *_loc(point)),
        )
    for pos, item in enumerate(data.get("items") or []):
        item_id = conn.execute(
            "INSERT INTO items (document_id, position, number, title, text, line, end_line)"
            " VALUES (?,?,?,?,?,?,?)",
            (doc, pos, item.get("number"), item.get("title"), item.get("text"), *_loc(item)),
        ).lastrowid
        text("items", item_id, item.get("text"))
        for rpos, report in enumerate(item.get("reports") or []):
            speaker = report.get("speaker") or {}
            report_id = conn.execute(
                "INSERT INTO reports (document_id, item_id, position, organisation, speaker_name,"
                " speaker_redacted, text, line, end_line) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    doc, item_id, rpos, report.get("organisation"), speaker.get("name"),
                    int(bool(speaker.get("redacted"))), report.get("text"), *_loc(report),
                ),
            ).lastrowid  # fmt: skip
            text("reports", report_id, report.get("text"))
    for pos, conclusion in enumerate(data.get("conclusions") or []):
        vote = conclusion.get("vote") or {}
        conclusion_id = conn.execute(
            "INSERT INTO conclusions (document_id, position, number, text, kind, item_number,"
            " vote_for, vote_against, vote_abstain, vote_not_voting, vote_absent, vote_result,"
            " line, end_line) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc, pos, conclusion.get("number"), conclusion.get("text"),
                conclusion.get("kind"), conclusion.get("item"), vote.get("for"),
                vote.get("against"), vote.get("abstain"), vote.get("not_voting"),
                vote.get("absent"), vote.get("result"), *_loc(conclusion),
            ),
        ).lastrowid  # fmt: skip
        text("conclusions", conclusion_id, conclusion.get("text"))
    for pos, action in enumerate(data.get("action_items") or []):
        conn.execute(
            "INSERT INTO action_items (document_id, position, who, what, due, origin, line,"
            " end_line) VALUES (?,?,?,?,?,?,?,?)",
            (doc, pos, action.get("who"), action.get("what"), action.get("due"),
             action.get("origin"), *_loc(action)),
        )  # fmt: skip
    for pos, event in enumerate(data.get("events") or []):
        conn.execute(
            "INSERT INTO events (document_id, position, date, time, what, place, line, end_line)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (doc, pos, event.get("date"), event.get("time"), event.get("what"),
             event.get("place"), *_loc(event)),
        )  # fmt: skip
    for pos, person in enumerate(data.get("people") or []):
        person_id = conn.execute(
            "INSERT INTO people (document_id, position, name, degrees, roles, organisation,"
            " email, phone) VALUES (?,?,?,?,?,?,?,?)",
            (doc, pos, person.get("name"), _j(person.get("degrees")), _j(person.get("roles")),
             person.get("organisation"), person.get("email"), person.get("phone")),
        ).lastrowid  # fmt: skip
        for mention in person.get("mentions") or []:
            conn.execute(
                "INSERT INTO person_mentions (document_id, person_id, text, line, end_line)"
                " VALUES (?,?,?,?,?)",
                (doc, person_id, mention.get("text"), *_loc(mention)),
            )
    for pos, org in enumerate(data.get("organisations") or []):
        conn.execute(
            "INSERT INTO organisations (document_id, position, name, abbreviation, mentions)"
            " VALUES (?,?,?,?,?)",
            (doc, pos, org.get("name"), org.get("abbreviation"), len(org.get("mentions") or [])),
        )
    for pos, sig in enumerate(data.get("signatures") or []):
        conn.execute(
            "INSERT INTO signatures (document_id, position, role, name, degrees, date, place,"
            " line) VALUES (?,?,?,?,?,?,?,?)",
            (doc, pos, sig.get("role"), sig.get("name"), _j(sig.get("degrees")), sig.get("date"),
             sig.get("place"), _loc(sig)[0]),
        )  # fmt: skip
    for warning in data.get("warnings") or []:
        conn.execute(
            "INSERT INTO warnings (document_id, code, message, line) VALUES (?,?,?,?)",
            (doc, warning.get("code"), warning.get("message"), _loc(warning)[0]),
        )
    _index_strategy(conn, doc, data)
    _index_project(conn, doc, data)
    return doc


def _index_strategy(conn: sqlite3.Connection, doc: int, data: Mapping[str, Any]) -> None:
    for priority in data.get("priorities") or []:
        for measure in priority.get("measures") or []:
            for act in measure.get("activities") or []:
                costs = act.get("costs") or []
                amounts = [c["amount"] for c in costs if c.get("amount") is not None]
                conn.execute(
                    "INSERT INTO strategy_activities (document_id, priority_code, priority_title,"
                    " measure_code, measure_title, code, title, text, indicators, implementers,"
                    " deadline, funding_sources, cost_amount, cost_currency, cost_notes)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        doc, priority.get("code"), priority.get("title"), measure.get("code"),
                        measure.get("title"), act.get("code"), act.get("title"), act.get("text"),
                        _j(act.get("indicators")), _j(act.get("implementers")),
                        act.get("deadline"), _j(act.get("funding_sources")),
                        sum(amounts) if amounts else None,
                        next((c.get("currency") for c in costs if c.get("currency")), None),
                        _j(c.get("note") for c in costs if c.get("note")),
                    ),
                )  # fmt: skip


def _index_project(conn: sqlite3.Connection, doc: int, data: Mapping[str, Any]) -> None:
    project = data.get("project")
    if data.get("kind") != "project" or not project:
        return
    period = project.get("period") or {}
    budget = project.get("budget") or {}
    conn.execute(
        "INSERT INTO projects VALUES (?,?,?,?,?,?,?,?,?)",
        (
            doc, project.get("title"), project.get("registration_number"),
            project.get("programme"), period.get("start"), period.get("end"),
            budget.get("total"), budget.get("currency"), _j(project.get("goals")),
        ),
    )  # fmt: skip


def index_records(
    conn: sqlite3.Connection, records: Iterable[BaseModel | Mapping[str, Any]]
) -> int:
    """Index records, each in its own transaction (a bad one does not undo the others)."""
    count = 0
    for record in records:
        with conn:
            index_record(conn, record)
        count += 1
    return count


def has_document(conn: sqlite3.Connection, sha256: str) -> bool:
    """Whether a document with this input sha256 is indexed."""
    row = conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    return row is not None


def check(conn: sqlite3.Connection) -> list[str]:
    """Problems ``integrity_check`` and ``foreign_key_check`` find (empty when healthy)."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [f"foreign key: {tuple(row)}" for row in conn.execute("PRAGMA foreign_key_check")]
    return problems


def query(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """Run a query and return its rows as dicts."""
    cur = conn.execute(sql, tuple(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def iter_record_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Record files (.yaml, .yml, .json, .jsonl) given directly or found under folders.

    A batch's ``manifest.jsonl`` and ``errors.jsonl`` are not records and are skipped.
    """
    suffixes = {".yaml", ".yml", ".json", ".jsonl"}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if (
                    found.is_file()
                    and found.suffix.lower() in suffixes
                    and found.name not in ("manifest.jsonl", "errors.jsonl")
                    and not any(part.startswith(".") for part in found.relative_to(path).parts)
                ):
                    yield found
        else:
            yield path


def load_records(path: Path) -> list[dict[str, Any]]:
    """The record(s) in one file: YAML, JSON, or JSON Lines (one record a line).

    Raises ValueError when the file holds something else.
    """
    from minutes_cli.io.writers import load

    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".jsonl":
        data: list[Any] = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        loaded = load(text)
        data = loaded if isinstance(loaded, list) else [loaded]
    for item in data:
        if not (isinstance(item, dict) and isinstance(item.get("source"), dict)):
            raise ValueError("not a minutes record (no source)")
    return data


def export_csv(conn: sqlite3.Connection, outdir: str | Path, *, delimiter: str = ";") -> list[Path]:
    """Write every table as ``TABLE.csv`` into ``outdir``; return the files.

    UTF-8 with a byte-order mark, so Excel recognises the encoding, and ``;``
    by default: Excel in a Czech locale splits on its list separator, which
    is ``;`` (the decimal separator is the comma). ``documents.record`` (the
    whole record as JSON) is left out: spreadsheets cut cells at 32 767
    characters.
    """
    from minutes_cli.io.writers import write_atomic

    out = Path(outdir)
    written: list[Path] = []
    for table in TABLES:
        cur = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
        names = [d[0] for d in cur.description]
        keep = [i for i, n in enumerate(names) if not (table == "documents" and n == "record")]
        rows = [[row[i] for i in keep] for row in cur]
        target = out / f"{table}.csv"
        write_atomic(target, _csv_text([names[i] for i in keep], rows, delimiter))
        written.append(target)
    return written


def _csv_text(header: list[str], rows: list[list[Any]], delimiter: str) -> str:
    import io

    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()
