"""`minutes batch` and `iter_batch`: failures isolated, resumable, atomic, safe output names."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path, PurePosixPath

import pytest
import yaml
from pydantic import TypeAdapter
from typer.testing import CliRunner

from conftest import SAMPLES
from minutes_cli import api
from minutes_cli.batch import BatchRun, discover, output_path
from minutes_cli.cli import app
from minutes_cli.models.record import Record

RECORD = TypeAdapter(Record)
SHORT_MINUTES = """ZÁPIS z jednání komise pro kulturu č. {i}

Datum: 3. 4. 2023
Místo: zasedací místnost radnice

1. Zahájení

Předseda zahájil jednání a přivítal přítomné.

2. Různé

Nic dalšího nebylo projednáno.

Zapsal: Jan Novák
"""
INPUT_SUFFIXES = {".txt", ".md", ".rst", ".docx"}


def _archive(tmp_path: Path) -> Path:
    """The samples plus a corrupt DOCX and an empty file."""
    archive = tmp_path / "archive"
    shutil.copytree(SAMPLES, archive)
    (archive / "broken").mkdir()
    (archive / "broken" / "poskozeny.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (archive / "broken" / "prazdny.txt").write_bytes(b"")
    return archive


def _inputs(archive: Path) -> list[Path]:
    return sorted(p for p in archive.rglob("*") if p.is_file() and p.suffix in INPUT_SUFFIXES)


def _records(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*.yaml") if p.is_file())


def _parsed_once(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the sample minutes and the records of one batch over them."""
    archive = tmp_path / "a"
    shutil.copytree(SAMPLES / "minutes", archive)
    out = tmp_path / "out"
    list(BatchRun([archive], outdir=out, jobs=1))
    return archive, out


def test_batch_writes_good_records_lists_failures_and_resumes(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(app, ["batch", str(archive), "-o", str(out), "-j", "2"])
    assert result.exit_code == 1, result.output

    bad = {archive / "broken" / "poskozeny.docx", archive / "broken" / "prazdny.txt"}
    good = [p for p in _inputs(archive) if p not in bad]
    assert len(good) >= 5
    for path in good:
        rel = path.relative_to(archive).as_posix()
        target = out / f"{rel}.yaml"  # the input suffix is kept: x.txt -> x.txt.yaml
        record = RECORD.validate_python(yaml.safe_load(target.read_text(encoding="utf-8")))
        assert record.source.path == str(path)
    assert len(_records(out)) == len(good)

    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert {e["path"] for e in errors} == {str(p) for p in bad}
    assert all(e["code"] and e["message"] for e in errors)

    mtimes = {p: p.stat().st_mtime_ns for p in _records(out)}
    second = runner.invoke(app, ["batch", str(archive), "-o", str(out), "-j", "2"])
    assert second.exit_code == 1  # still failing inputs keep the batch red
    run = BatchRun([archive], outdir=out, jobs=2)
    results = list(run)
    assert run.summary.skipped == len(results) == len(good) + len(bad)
    assert run.summary.parsed == run.summary.failed == 0
    assert {p: p.stat().st_mtime_ns for p in _records(out)} == mtimes
    errors_again = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert errors_again == errors


def test_changed_input_is_parsed_again_and_others_skipped(tmp_path: Path) -> None:
    archive, out = _parsed_once(tmp_path)
    changed = sorted(archive.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nDoplněk.\n", encoding="utf-8")
    run = BatchRun([archive], outdir=out, jobs=1)
    parsed = [r for r in run if not r.skipped]
    assert [r.path for r in parsed] == [changed]
    assert run.summary.skipped == len(run.tasks) - 1

    run = BatchRun([archive], outdir=out, jobs=1, resume=False)
    list(run)
    assert run.summary.parsed == len(run.tasks)

    # The append-only manifest is compacted once old lines dominate.
    manifest = out / "manifest.jsonl"
    history = manifest.read_text(encoding="utf-8")
    manifest.write_text(history * 100, encoding="utf-8")
    list(BatchRun([archive], outdir=out, jobs=1))
    lines = manifest.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 2 * len(run.tasks) + 100
    assert {json.loads(line)["name"] for line in lines} == {str(t.name) for t in run.tasks}


def test_deleted_record_is_written_again(tmp_path: Path) -> None:
    out = tmp_path / "out"
    list(BatchRun([SAMPLES / "minutes"], outdir=out, jobs=1))
    victim = _records(out)[0]
    victim.unlink()
    run = BatchRun([SAMPLES / "minutes"], outdir=out, jobs=1)
    list(run)
    assert run.summary.parsed == 1
    assert victim.is_file()


def test_iter_batch_yields_records_and_errors_without_writing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [*sorted((SAMPLES / "minutes").glob("*.txt")), empty]
    results = list(api.iter_batch(paths, jobs=2))
    assert len(results) == len(paths)
    by_path = {r.path: r for r in results}
    assert by_path[empty].record is None and by_path[empty].error is not None
    assert by_path[empty].error.code.startswith("IO")
    for path in paths[:-1]:
        assert by_path[path].record is not None
        assert by_path[path].record.source.path == str(path)
        assert not by_path[path].skipped
    assert not list(tmp_path.glob("*.yaml"))


def test_output_names_keep_suffix_and_stay_inside(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "a").mkdir(parents=True)
    for name in ("x.txt", "x.docx", "X.TXT", "y.md", "ignored.pdf", ".hidden.txt"):
        (root / "a" / name).write_bytes(b"text")
    names = {str(t.name) for t in discover([root])}
    assert {"a/x.docx", "a/y.md"} <= names and len(names) == 4
    assert "a/ignored.pdf" not in names and "a/.hidden.txt" not in names
    # x.txt and X.TXT collide on case-insensitive disks: one gets a ~2 name.
    assert len({n.casefold() for n in names}) == len(names)
    assert all(".." not in PurePosixPath(n).parts for n in names)

    assert {str(t.name) for t in discover([root], globs=["*.pdf"])} == {"a/ignored.pdf"}

    # Two inputs with the same file name: each goes under its own folder name.
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_bytes(b"text")
    names = [str(t.name) for t in discover([root / "a" / "x.txt", other])]
    assert names == ["x.txt", "other/x.txt"]

    out = tmp_path / "out"
    assert output_path(out, PurePosixPath("a/x.txt"), "json") == out / "a" / "x.txt.json"
    with pytest.raises(ValueError):
        output_path(out, PurePosixPath("../escape.txt"), "yaml")


def test_output_folder_inside_input_is_not_walked(tmp_path: Path) -> None:
    shutil.copytree(SAMPLES / "minutes", tmp_path, dirs_exist_ok=True)
    out = tmp_path / "records"
    list(BatchRun([tmp_path], outdir=out, jobs=1, globs=["*"]))
    assert all(
        not str(t.name).startswith("records/") for t in BatchRun([tmp_path], outdir=out).tasks
    )


def test_batch_usage_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["batch", str(tmp_path / "missing"), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "minutes: error:" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["batch", str(SAMPLES), "-o", str(tmp_path), "--format", "xml"])
    assert result.exit_code == 2


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["KILL", "TERM"])
def test_killed_batch_leaves_no_partial_records(tmp_path: Path, sig: signal.Signals) -> None:
    # Short invented minutes: the point is many files, not parsing effort.
    archive = tmp_path / "archive"
    for i in range(300):
        target = archive / f"d{i // 100}" / f"zapis-{i:04d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(SHORT_MINUTES.format(i=i), encoding="utf-8")
    out = tmp_path / "out"
    code = "import sys; from minutes_cli.cli import main; sys.argv[0] = 'minutes'; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "batch", str(archive), "-o", str(out), "-j", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # so the signal reaches the workers too
    )
    deadline = time.monotonic() + 120
    while len(_records(out)) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, sig)
    proc.wait(timeout=60)
    assert proc.returncode != 0, "the batch finished before it could be killed"

    written = _records(out)
    assert written, "nothing was written before the kill"
    for path in written:  # every record present is complete
        RECORD.validate_python(yaml.safe_load(path.read_text(encoding="utf-8")))

    # The next run cleans temporaries, skips what is done and finishes the rest.
    run = BatchRun([archive], outdir=out, jobs=2)
    list(run)
    assert run.summary.failed == 0
    assert run.summary.skipped >= len(written) - 2  # the last ones may precede their manifest line
    assert run.summary.skipped + run.summary.parsed == 300
    assert len(_records(out)) == 300
    assert not list(out.rglob("*.tmp"))


def test_record_of_an_input_that_now_fails_is_set_aside_not_deleted(tmp_path: Path) -> None:
    archive, out = _parsed_once(tmp_path)
    victim = sorted(archive.glob("*.txt"))[0]
    record = out / f"{victim.name}.yaml"
    before = record.read_text(encoding="utf-8")
    victim.write_bytes(b"")  # now unreadable: an empty file
    run = BatchRun([archive], outdir=out, jobs=1)
    [failed] = [r for r in run if r.error is not None]
    assert failed.path == victim
    assert not record.exists()  # no record poses as the current one
    assert (out / f"{victim.name}.yaml.stale").read_text(encoding="utf-8") == before
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [e["path"] for e in errors] == [str(victim)]
