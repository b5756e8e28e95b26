"""``minutes batch``, ``minutes index`` and ``minutes export``: archives and the SQLite store."""

from __future__ import annotations

import signal
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from minutes_cli.cli.parse import Kind, Nlp
from minutes_cli.cli.typer_app import app, error, fail
from minutes_cli.io.readers import DEFAULT_MAX_BYTES

if TYPE_CHECKING:  # the batch machinery loads the models: only when a command runs
    from minutes_cli.batch import BatchResult, BatchSummary


def _summary_table(summary: BatchSummary) -> object:
    from rich.table import Table

    table = Table(title="minutes batch", title_justify="left")
    for column in ("files", "parsed", "with warnings", "failed", "skipped", "time"):
        table.add_column(column, justify="right")
    skipped = str(summary.skipped)
    if summary.skipped_failed:
        skipped += f" ({summary.skipped_failed} failing)"
    rate = ""
    if summary.seconds and summary.parsed:
        rate = f" ({summary.parsed / summary.seconds:.1f}/s)"
    table.add_row(
        str(summary.total),
        str(summary.parsed),
        str(summary.with_warnings),
        str(summary.failed),
        skipped,
        f"{summary.seconds:.1f} s{rate}",
    )
    return table


@app.command("batch")
def batch_cmd(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Files and folders (walked recursively).", show_default=False),
    ],
    out: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for the records.", show_default=False)
    ],
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the CPU count)."),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Record format: yaml or json.")
    ] = "yaml",
    globs: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            help="File pattern(s) to take from folders (default: *.txt *.md *.rst *.docx).",
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume/--no-resume", help="Skip inputs unchanged since the last run.")
    ] = True,
    db: Annotated[
        Path | None, typer.Option("--db", help="Also index the records into this SQLite file.")
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Run on a Dask cluster, e.g. tcp://HOST:8786 (extra `dask`)."
        ),
    ] = None,
    kind: Annotated[Kind | None, typer.Option("--kind", help="Skip kind detection.")] = None,
    nlp: Annotated[
        Nlp, typer.Option("--nlp", help="Name finding: rules, model, auto.")
    ] = Nlp.rules,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse larger files.")
    ] = DEFAULT_MAX_BYTES,
) -> None:
    """Parse a whole archive in parallel into one record file per input.

    The records mirror the input tree under OUTDIR, keeping the input suffix
    (a/x.txt -> OUTDIR/a/x.txt.yaml). A failing file does not stop the batch:
    it is listed in OUTDIR/errors.jsonl and the exit status is 1. A second run
    skips inputs unchanged since the first (OUTDIR/manifest.jsonl).

    Examples:

      minutes batch archiv/ -o records/

      minutes batch archiv/ -o records/ -j 4 --db archiv.sqlite

      minutes batch archiv/ -o records/ --scheduler tcp://10.0.0.5:8786
    """
    if fmt not in ("yaml", "json"):
        fail(f"--format {fmt}: use yaml or json")
    for path in inputs:
        if not path.exists():
            fail(f"{path}: no such file or folder")
    if scheduler:
        try:
            import distributed  # noqa: F401
        except ImportError:
            fail("--scheduler needs Dask: pip install 'minutes-cli[dask]'")
    from minutes_cli.batch import ERRORS, BatchRun

    try:
        run = BatchRun(
            inputs,
            outdir=out,
            jobs=jobs,
            fmt=fmt,
            globs=globs or None,
            resume=resume,
            kind=kind.value if kind else None,
            nlp=nlp.value,
            scheduler=scheduler,
            max_bytes=max_bytes,
            records=db is not None,  # only the store needs the records themselves
        )
    except ValueError as exc:
        fail(str(exc))
    conn = _connect(db) if db is not None else None
    # SIGTERM stops the batch like Ctrl-C: queued work is dropped, records already
    # written stay whole, and the next run resumes.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=not console.is_terminal,
    )
    try:
        with progress:
            bar = progress.add_task("parsing", total=len(run.tasks), rate="")
            for result in run:
                if conn is not None:
                    _index_result(conn, result)
                done = progress.tasks[0].completed + 1
                speed = progress.tasks[0].speed
                progress.update(bar, completed=done, rate=f"{speed:.1f}/s" if speed else "")
    finally:
        signal.signal(signal.SIGTERM, previous or signal.SIG_DFL)
        if conn is not None:
            conn.close()
    console.print(_summary_table(run.summary))
    # Exit 1 while any input fails, also when it was skipped as unchanged since a
    # failing run: a second run over a broken archive must not turn CI green.
    failing = run.summary.failed + run.summary.skipped_failed
    if failing:
        console.print(f"{failing} failing: see {out / ERRORS}")
        raise typer.Exit(1)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _connect(db: Path) -> sqlite3.Connection:
    """Open the store, or fail with one line when the file is not one."""
    from minutes_cli import store

    try:
        return store.connect(db)
    except sqlite3.Error as exc:
        fail(f"{db}: not a usable SQLite database ({exc})")


def _index_result(conn: sqlite3.Connection, result: BatchResult) -> None:
    """Index a fresh record, or a skipped one the store does not have yet."""
    from minutes_cli import store

    try:
        if result.record is not None:
            with conn:
                store.index_record(conn, result.record)
        elif (
            result.skipped
            and result.output is not None
            and result.sha256
            and not store.has_document(conn, result.sha256)
        ):
            with conn:
                for data in store.load_records(result.output):
                    store.index_record(conn, data)
    except (ValueError, OSError, sqlite3.Error) as exc:
        error(f"{result.path}: not indexed: {exc}")


@app.command("index")
def index_cmd(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Record files (.yaml, .json, .jsonl) or folders of them.", show_default=False
        ),
    ],
    db: Annotated[
        Path, typer.Option("--db", help="SQLite file to create or update.", show_default=False)
    ],
) -> None:
    """Index records into a SQLite store (Datasette, pandas, the sqlite3 shell).

    Re-indexing a document replaces its rows. A file that is not a record
    prints one error line and exit status 2; the others are still indexed.

    Examples:

      minutes index records/ --db archiv.sqlite

      sqlite3 archiv.sqlite "SELECT organisation, year, count(*) FROM reports
      JOIN meetings USING (document_id) GROUP BY 1, 2"
    """
    from minutes_cli import store

    for path in paths:
        if not path.exists():
            fail(f"{path}: no such file or folder")
    conn = _connect(db)
    indexed = bad = 0
    try:
        for path in store.iter_record_files(paths):
            try:
                records = store.load_records(path)
                with conn:
                    for data in records:
                        store.index_record(conn, data)
                indexed += len(records)
            except (ValueError, OSError, UnicodeDecodeError, sqlite3.Error) as exc:
                error(f"{path}: {exc}")
                bad += 1
            except Exception as exc:  # YAML syntax errors and the like
                error(f"{path}: cannot read: {type(exc).__name__}")
                bad += 1
    finally:
        conn.close()
    typer.echo(f"indexed {indexed} record(s) into {db}", err=True)
    if bad:
        raise typer.Exit(2)


@app.command("export")
def export_cmd(
    db: Annotated[Path, typer.Option("--db", help="SQLite store to export.", show_default=False)],
    csv_dir: Annotated[
        Path, typer.Option("--csv", help="Folder for TABLE.csv files.", show_default=False)
    ],
    delimiter: Annotated[
        str,
        typer.Option(
            "--delimiter", help="Field separator: ';' for Czech Excel, ',' for other tools."
        ),
    ] = ";",
) -> None:
    """Export the store's tables as CSV for spreadsheets.

    UTF-8 with a byte-order mark and ';' between fields, which Excel in a
    Czech locale opens correctly by double-click (use --delimiter , for tools
    that expect commas).

    Example:

      minutes export --db archiv.sqlite --csv tabulky/
    """
    from minutes_cli import store

    if not db.is_file():
        fail(f"{db}: no such file")
    if len(delimiter) != 1:
        fail(f"--delimiter {delimiter!r}: one character")
    conn = _connect(db)
    try:
        files = store.export_csv(conn, csv_dir, delimiter=delimiter)
    finally:
        conn.close()
    sys.stderr.write(f"wrote {len(files)} CSV files to {csv_dir}\n")
