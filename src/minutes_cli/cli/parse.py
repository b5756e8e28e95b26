"""``minutes parse``, ``minutes text`` and ``minutes schema``."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from minutes_cli.cli.typer_app import app, error, fail
from minutes_cli.errors import MinutesError
from minutes_cli.io.formats import SUFFIX, Format

if TYPE_CHECKING:
    from minutes_cli.annex import Annex

# The parser and the serializers are imported inside the commands, so that
# ``minutes --help`` does not pay for them (see bench/bench_nlp.py).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # = io.readers.DEFAULT_MAX_BYTES (tested)


class Kind(StrEnum):
    minutes = "minutes"
    strategy = "strategy"
    project = "project"
    unknown = "unknown"


class Nlp(StrEnum):
    auto = "auto"
    rules = "rules"
    model = "model"


FILES = typer.Argument(..., help="Input files: .txt, .md, .rst or .docx.", show_default=False)
MAX_BYTES = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse larger files.")


@app.command("parse")
def parse_cmd(
    files: list[Path] = FILES,
    fmt: Format | None = typer.Option(
        None, "--format", "-f", help="yaml (one file), jsonl (several files) by default."
    ),
    out: Path | None = typer.Option(
        None, "--output", "-o", help="Write to this file, or one file per input into this folder."
    ),
    kind: Kind | None = typer.Option(None, "--kind", help="Skip kind detection."),
    nlp: Nlp = typer.Option(Nlp.rules, "--nlp", help="Name finding: rules, model, auto."),
    force: bool = typer.Option(False, "--force", help="Overwrite existing output files."),
    split: bool = typer.Option(
        False,
        "--split",
        help="Write an annex of a known kind (a strategy, a project card after the signatures) "
        "as its own record next to the minutes record: <stem>.annex-1.<ext>.",
    ),
    max_bytes: int = MAX_BYTES,
) -> None:
    """Parse minutes into structured records.

    One file prints one record (YAML unless --format); several files print
    JSON Lines, or with -o DIR one record file per input. A file that cannot
    be read prints one error line and exit status 2; the others are still
    written.

    Examples:

      minutes parse zapis.txt

      minutes parse zapis.docx --format json -o zapis.json

      minutes parse archiv/*.txt -o records/

      minutes parse zapis.txt --split -o records/   # + records/zapis.annex-1.yaml
    """
    from minutes_cli import api
    from minutes_cli.annex import annex_name, parse_file_split
    from minutes_cli.io.writers import dump, write_atomic

    fmt = fmt or (Format.yaml if len(files) == 1 else Format.jsonl)
    to_dir = out is not None and (len(files) > 1 or out.is_dir() or not out.suffix)
    if split and out is None:
        fail("--split writes the annex records next to the minutes record; give --output")
    failed = 0
    for path in files:
        annexes: list[Annex] = []
        try:
            if split:
                assert out is not None
                where = out / (path.stem + SUFFIX[fmt]) if to_dir else out
                record, annexes = parse_file_split(
                    path,
                    kind=kind.value if kind else None,
                    nlp=nlp.value,
                    max_bytes=max_bytes,
                    name=lambda n, where=where: annex_name(where.stem, n, where.suffix),
                )
            else:
                record = api.parse_file(
                    path, kind=kind.value if kind else None, nlp=nlp.value, max_bytes=max_bytes
                )
        except MinutesError as exc:
            error(str(exc))
            failed += 1
            continue
        text = dump(record, fmt)
        if out is None:
            if fmt is Format.yaml and len(files) > 1:
                text = "---\n" + text
            sys.stdout.write(text)
            continue
        target = out / (path.stem + SUFFIX[fmt]) if to_dir else out
        written = [(target, text)] + [
            (target.with_name(annex_name(target.stem, n, target.suffix)), dump(a.record, fmt))
            for n, a in enumerate(annexes, start=1)
        ]
        for file, content in written:
            try:
                write_atomic(file, content, overwrite=force)
            except FileExistsError:
                error(f"{file}: exists; use --force to overwrite")
                failed += 1
    if failed:
        raise typer.Exit(2)


@app.command("text")
def text_cmd(
    file: Path = typer.Argument(..., help="Input file.", show_default=False),
    plain: bool = typer.Option(False, "--plain", help="Without line numbers."),
    max_bytes: int = MAX_BYTES,
) -> None:
    """Print the normalized text, numbered: the coordinates every `loc` uses.

    Example:

      minutes text zapis.docx | less
    """
    from minutes_cli import api

    try:
        norm = api.read_normalized(file, max_bytes=max_bytes)
    except MinutesError as exc:
        fail(str(exc))
    width = len(str(len(norm.lines)))
    for number, line in enumerate(norm.lines, start=1):
        sys.stdout.write(f"{line}\n" if plain else f"{number:>{width}}  {line}\n")


@app.command("schema")
def schema_cmd(
    out: Path | None = typer.Option(
        None, "--output", "-o", help="Folder to write the *.schema.json files into."
    ),
) -> None:
    """Print (or write) the JSON Schema of the record, generated from the models.

    Example:

      minutes schema -o schemas/
    """
    from minutes_cli.io.writers import write_atomic
    from minutes_cli.models.schema import render, schemas

    files = schemas()
    if out is None:
        sys.stdout.write(render(files["record.schema.json"]))
        return
    out.mkdir(parents=True, exist_ok=True)
    for name, schema in files.items():
        write_atomic(out / name, render(schema))
    typer.echo(f"wrote {len(files)} schema files to {out}", err=True)
