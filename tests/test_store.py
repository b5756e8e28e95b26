"""The SQLite store: consistent, idempotent, queryable, exportable.

Most tests index records built here (invented meetings), so they do not depend
on how far the parser has come; ``test_samples_*`` at the end are the
SAMPLE-BASED checks and skip while the parser does not yet fill the fields
they need.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SAMPLES
from minutes_cli import store
from minutes_cli.batch import BatchRun
from minutes_cli.cli import app
from minutes_cli.io.writers import dump, write_atomic
from minutes_cli.models.record import (
    ActionItem,
    Conclusion,
    Item,
    Loc,
    Meeting,
    Mention,
    MinutesRecord,
    Organisation,
    Person,
    Priority,
    Project,
    ProjectRecord,
    Report,
    Signature,
    Source,
    Speaker,
    StrategyRecord,
    Vote,
)

L = Loc(line=1, end_line=1)


def _source(name: str, sha: str) -> Source:
    return Source(path=f"archiv/{name}", sha256=sha, media_type="text/plain", parser_version="0")


def meeting_2019() -> MinutesRecord:
    return MinutesRecord(
        source=_source("2019-03-05.txt", "a" * 64),
        meeting=Meeting(body="Komise pro bezpečnost", date="2019-03-05"),
        items=[
            Item(
                number="1",
                title="Informace z organizací",
                text="Členové komise se představili.",
                loc=L,
                reports=[
                    Report(
                        organisation="Spolek Modrý most",
                        speaker=Speaker(redacted=True),
                        text="představil terénní program v lokalitě Hrušov",
                        loc=L,
                    ),
                    Report(organisation="Charita Zábřeh", text="nízkoprahový klub", loc=L),
                ],
            ),
            Item(number="2", title="Různé", text="Nic dalšího.", loc=L),
        ],
        conclusions=[
            Conclusion(
                number="3/2019",
                text="Komise schvaluje plán činnosti na rok 2019.",
                kind="decision",
                vote=Vote(for_=7, against=0, abstain=1, result="adopted"),
                item="2",
                loc=L,
            ),
            Conclusion(text="Pan Dvořák zajistí sál.", kind="task", loc=L),
        ],
        action_items=[
            ActionItem(who="Petr Dvořák", what="zajistí sál", origin="conclusions", loc=L),
            ActionItem(
                who="Eva Malá", what="rozešle zápis", due="2019-03-20", origin="items", loc=L
            ),
        ],
        people=[
            Person(
                name="Petr Dvořák",
                degrees=["Ing."],
                mentions=[Mention(text="Pan Dvořák", loc=L), Mention(text="Ing. Dvořák", loc=L)],
            )
        ],
        organisations=[Organisation(name="Spolek Modrý most", mentions=[Mention(text="x", loc=L)])],
        signatures=[Signature(role="recorded_by", name="Eva Malá", date="2019-03-06")],
    )


def meeting_2020() -> MinutesRecord:
    return MinutesRecord(
        source=_source("2020-06-10.txt", "b" * 64),
        meeting=Meeting(body="Komise pro bezpečnost", date="2020-06-10"),
        items=[
            Item(
                number="1",
                title="Informace z organizací",
                loc=L,
                reports=[
                    Report(organisation="Spolek Modrý most", text="pokračuje", loc=L),
                    Report(organisation="Spolek Modrý most", text="doplnění", loc=L),
                ],
            )
        ],
        conclusions=[
            Conclusion(
                number="1/2020",
                text="Komise neschvaluje návrh rozpočtu.",
                kind="decision",
                vote=Vote(for_=2, against=5, abstain=0, result="rejected"),
                loc=L,
            )
        ],
    )


def others() -> list[StrategyRecord | ProjectRecord]:
    return [
        StrategyRecord(
            source=_source("plan.txt", "c" * 64),
            priorities=[Priority(code="A", title="Bezpečí", measures=[])],
        ),
        ProjectRecord(
            source=_source("karta.txt", "d" * 64),
            project=Project(title="Asistenti prevence", registration_number="CZ.1/2"),
        ),
    ]


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    connection = store.connect(tmp_path / "archive.sqlite")
    store.index_records(connection, [meeting_2019(), meeting_2020(), *others()])
    return connection


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in store.TABLES}


def test_store_is_consistent(conn: sqlite3.Connection) -> None:
    assert store.check(conn) == []
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    counts = _counts(conn)
    assert counts["documents"] == 4
    assert counts["meetings"] == 2
    assert counts["reports"] == 4
    assert counts["person_mentions"] == 2
    assert counts["projects"] == 1


def test_readme_queries(conn: sqlite3.Connection) -> None:
    rows = store.query(conn, store.QUERIES["organisation_reports_per_year"])
    assert rows == [
        {"organisation": "Charita Zábřeh", "year": 2019, "reports": 1},
        {"organisation": "Spolek Modrý most", "year": 2019, "reports": 1},
        {"organisation": "Spolek Modrý most", "year": 2020, "reports": 2},
    ]
    rows = store.query(conn, store.QUERIES["open_action_items_by_person"])
    # The 2019 deadline has passed; the undated task stays open.
    assert [(r["who"], r["what"]) for r in rows] == [("Petr Dvořák", "zajistí sál")]
    rows = store.query(conn, store.QUERIES["resolutions_with_votes"])
    # Only decisions: the task conclusion of 2019 is not a resolution.
    assert [(r["number"], r["for"], r["against"], r["result"]) for r in rows] == [
        ("3/2019", 7, 0, "adopted"),
        ("1/2020", 2, 5, "rejected"),
    ]


def test_full_text_search_ignores_diacritics(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT t.source, d.path FROM texts_fts JOIN texts AS t ON t.id = texts_fts.rowid"
        " JOIN documents AS d ON d.id = t.document_id WHERE texts_fts MATCH ?",
        ("hrusov",),
    ).fetchall()
    assert rows == [("reports", "archiv/2019-03-05.txt")]
    assert conn.execute(
        "SELECT count(*) FROM texts_fts WHERE texts_fts MATCH 'rozpoctu'"
    ).fetchone()


def test_reindexing_replaces_rows(conn: sqlite3.Connection) -> None:
    before = _counts(conn)
    store.index_records(conn, [meeting_2019()])
    assert _counts(conn) == before

    # The same path with new content replaces the old document.
    changed = meeting_2019()
    changed.source.sha256 = "e" * 64
    changed.items[0].reports = []
    store.index_records(conn, [changed])
    after = _counts(conn)
    assert after["documents"] == before["documents"]
    assert after["reports"] == before["reports"] - 2
    assert store.check(conn) == []
    hits = conn.execute("SELECT count(*) FROM texts_fts WHERE texts_fts MATCH 'hrusov'")
    assert hits.fetchone()[0] == 0  # the FTS index followed the cascade


def test_deleting_a_document_cascades(conn: sqlite3.Connection) -> None:
    with conn:
        conn.execute("DELETE FROM documents WHERE kind = 'minutes'")
    counts = _counts(conn)
    for table in ("meetings", "items", "reports", "conclusions", "action_items", "people"):
        assert counts[table] == 0, table
    assert counts["person_mentions"] == counts["texts"] == 0
    assert store.check(conn) == []


def test_export_csv_for_czech_excel(conn: sqlite3.Connection, tmp_path: Path) -> None:
    files = store.export_csv(conn, tmp_path / "csv")
    assert {f.name for f in files} == {f"{t}.csv" for t in store.TABLES}
    raw = (tmp_path / "csv" / "reports.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel then reads it as UTF-8
    with (tmp_path / "csv" / "reports.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 4
    assert rows[0]["organisation"] == "Spolek Modrý most"
    header = (tmp_path / "csv" / "documents.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "record" not in header.split(";")


def test_index_and_export_commands(tmp_path: Path) -> None:
    records = tmp_path / "records"
    write_atomic(records / "a.yaml", dump(meeting_2019(), "yaml"))
    write_atomic(records / "sub" / "b.json", dump(meeting_2020(), "json"))
    write_atomic(records / "more.jsonl", "".join(dump(r, "jsonl") for r in others()))
    write_atomic(records / "manifest.jsonl", '{"name": "x"}\n')  # a batch's, not a record
    write_atomic(records / "broken.yaml", "just: text\n")
    db = tmp_path / "archive.sqlite"
    runner = CliRunner()
    result = runner.invoke(app, ["index", str(records), "--db", str(db)])
    assert result.exit_code == 2
    assert "broken.yaml" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["index", str(records), "--db", str(db)])  # idempotent
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    result = runner.invoke(app, ["export", "--db", str(db), "--csv", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "csv" / "conclusions.csv").is_file()


def test_batch_db_indexes_fresh_and_skipped_records(tmp_path: Path) -> None:
    out, db = tmp_path / "out", tmp_path / "archive.sqlite"
    runner = CliRunner()
    runner.invoke(app, ["batch", str(SAMPLES), "-o", str(out), "-j", "1"])
    # --db only on the second run: skipped records are indexed from their files.
    result = runner.invoke(app, ["batch", str(SAMPLES), "-o", str(out), "--db", str(db)])
    with sqlite3.connect(db) as conn:
        paths = {row[0] for row in conn.execute("SELECT path FROM documents")}
        assert store.check(conn) == []
    inputs = {str(t.path) for t in BatchRun([SAMPLES], outdir=out).tasks}
    errors = out / "errors.jsonl"
    lines = errors.read_text().splitlines() if errors.exists() else []
    failing = {json.loads(line)["path"] for line in lines}
    assert paths == inputs - failing, result.output


# --- SAMPLE-BASED: need the minutes parser to fill items[].reports[] -----------


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    tmp = tmp_path_factory.mktemp("samples")
    conn = store.connect(tmp / "samples.sqlite")
    for result in BatchRun([SAMPLES], jobs=1):
        if result.record is not None:
            with conn:
                store.index_record(conn, result.record)
    return conn


def _reporters(conn: sqlite3.Connection, year: int) -> set[str]:
    rows = store.query(conn, store.QUERIES["organisation_reports_per_year"])
    return {r["organisation"] for r in rows if r["year"] == year}


def test_samples_store_is_consistent(samples_db: sqlite3.Connection) -> None:
    assert store.check(samples_db) == []
    kinds = {r[0] for r in samples_db.execute("SELECT kind FROM documents")}
    assert {"minutes", "strategy", "project"} <= kinds


def test_samples_organisations_reporting_per_year(samples_db: sqlite3.Connection) -> None:
    if not samples_db.execute("SELECT count(*) FROM reports").fetchone()[0]:
        pytest.skip("SAMPLE-BASED: the parser does not fill items[].reports[] yet")
    assert {"Rozkoš bez rizika", "Nová Šance", "Bílý nosorožec", "Vzájemné soužití"} <= (
        _reporters(samples_db, 2017)
    )
    assert {"Městská policie Ostrava", "Nová Šance", "Renarkon", "Don Bosco"} <= (
        _reporters(samples_db, 2022)
    )


def test_samples_conclusions_and_tasks(samples_db: sqlite3.Connection) -> None:
    if not samples_db.execute("SELECT count(*) FROM conclusions").fetchone()[0]:
        pytest.skip("SAMPLE-BASED: the parser does not fill conclusions[] yet")
    sql = (
        "SELECT m.date, c.kind, c.text FROM conclusions AS c JOIN meetings AS m USING (document_id)"
    )
    rows = store.query(samples_db, sql)
    gdpr = [r for r in rows if r["date"] == "2017-12-07" and "GDPR" in r["text"]]
    assert gdpr and gdpr[0]["kind"] == "task"
    tasks = store.query(samples_db, store.QUERIES["open_action_items_by_person"])
    assert any("Nohavicov" in (r["who"] or "") and "GDPR" in r["what"] for r in tasks)
