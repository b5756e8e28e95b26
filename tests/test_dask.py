"""Dask: optional, never imported without --scheduler, same records as a local run."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import SAMPLES
from minutes_cli.batch import BatchRun


def test_local_batch_imports_nothing_of_dask(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from minutes_cli.cli import app
        try:
            app(["batch", {str(SAMPLES)!r}, "-o", {str(tmp_path / "out")!r}, "-j", "2"],
                standalone_mode=False)
        except SystemExit:
            pass
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed"))
        print(loaded)
        assert not loaded, loaded
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "manifest.jsonl").is_file()


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "manifest.jsonl"
    }


@pytest.mark.slow
def test_local_cluster_gives_the_same_records(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    archive = tmp_path / "archive"
    shutil.copytree(SAMPLES, archive)
    (archive / "poskozeny.docx").write_bytes(b"PK\x03\x04 not really a zip")

    local = BatchRun([archive], outdir=tmp_path / "local", jobs=1)
    list(local)
    # Threads, not processes: starting worker processes is slow and flaky on small CI boxes;
    # the work still travels through the scheduler as it would to remote workers.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        remote = BatchRun([archive], outdir=tmp_path / "dask", scheduler=cluster.scheduler_address)
        results = list(remote)
    assert len(results) == len(local.tasks)
    assert remote.summary.failed == local.summary.failed == 1
    assert remote.summary.parsed == local.summary.parsed > 0
    assert _tree(tmp_path / "dask") == _tree(tmp_path / "local")  # records and errors.jsonl

    # The manifest written from cluster results makes the next local run skip everything.
    again = BatchRun([archive], outdir=tmp_path / "dask", jobs=1)
    list(again)
    assert again.summary.skipped == len(again.tasks)
