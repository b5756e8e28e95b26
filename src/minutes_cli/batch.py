"""Parse whole archives: many files, many processes, resumable, never half-written.

The unit of work is one input file; :class:`BatchRun` plans the work
(discovering files, deriving safe output names, consulting the manifest),
hands it to a pool of worker processes (or a Dask cluster) in chunks, and
yields one :class:`BatchResult` per input as results come back. Only the
calling process writes files, so the manifest and the record files have a
single writer:

- record files are written with :func:`write_atomic` (temporary file +
  rename), so a killed batch leaves whole records or none;
- ``manifest.jsonl`` is append-only, one JSON line per finished input; the
  last line for an input wins and a torn last line is ignored;
- ``errors.jsonl`` lists the inputs that currently fail (path, code,
  message), rewritten atomically at the end of each run.

No printing here: the CLI draws progress bars from the results.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from minutes_cli import __version__
from minutes_cli.errors import MinutesError
from minutes_cli.io.readers import DEFAULT_MAX_BYTES
from minutes_cli.io.writers import SUFFIX, Format, dump, write_atomic
from minutes_cli.models.record import Record

DEFAULT_SUFFIXES = (".txt", ".md", ".rst", ".docx")
MANIFEST = "manifest.jsonl"
ERRORS = "errors.jsonl"

# Error codes of the batch itself (reader and parser errors keep their own codes).
CODE_INTERNAL = "BAT001"  # the parser raised something that is not a MinutesError: a bug
CODE_WORKER = "BAT002"  # the worker process died (crash, out of memory)


@dataclass(frozen=True)
class Task:
    """One input file and where its record goes, relative to the output folder."""

    path: Path
    name: PurePosixPath  # output name without the format suffix, e.g. ``a/x.txt``


@dataclass(frozen=True)
class BatchError:
    """Why one input could not be parsed."""

    code: str
    message: str


class Parsed(NamedTuple):
    """What a worker sends back for one file (the record only when asked for)."""

    record: Record | None
    text: str | None
    error: BatchError | None
    warnings: int = 0
    sha256: str | None = None


@dataclass
class BatchResult:
    """What happened to one input.

    A parsed input has ``record`` (unless the run was asked not to send
    records back) or ``error``; a skipped input (unchanged since the last
    run) has neither, and carries the previous run's error when it failed then.
    """

    path: Path
    name: PurePosixPath
    sha256: str | None = None
    record: Record | None = None
    error: BatchError | None = None
    skipped: bool = False
    output: Path | None = None
    warnings: int = 0
    text: str | None = field(default=None, repr=False)  # the serialized record

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BatchSummary:
    """Counts of one run."""

    total: int = 0
    parsed: int = 0
    with_warnings: int = 0
    failed: int = 0
    skipped: int = 0
    skipped_failed: int = 0  # skipped because unchanged, but failing last time too
    seconds: float = 0.0

    def add(self, result: BatchResult) -> None:
        if result.skipped:
            self.skipped += 1
            self.skipped_failed += result.error is not None
        elif result.error is not None:
            self.failed += 1
        else:
            self.parsed += 1
            self.with_warnings += result.warnings > 0


# --- discovery and output names ----------------------------------------------


def _wanted(rel: str, globs: Sequence[str] | None) -> bool:
    if not globs:
        return PurePosixPath(rel).suffix.lower() in DEFAULT_SUFFIXES
    name = PurePosixPath(rel).name
    return any(fnmatch.fnmatch(rel if "/" in g else name, g) for g in globs)


def _safe_parts(parts: Iterable[str]) -> list[str]:
    """Drop anything that could climb out of the output folder."""
    return [p for p in parts if p not in ("", ".", "..") and "/" not in p and "\\" not in p]


def _walk(root: Path, globs: Sequence[str] | None, skip: Path | None) -> Iterator[tuple[Path, str]]:
    """Files under ``root`` (not following symlinked folders, skipping hidden ones)."""
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and (skip is None or (here / d).resolve() != skip)
        )
        for filename in sorted(filenames):
            if filename.startswith("."):
                continue
            path = here / filename
            rel = path.relative_to(root).as_posix()
            if _wanted(rel, globs) and path.is_file():
                yield path, rel


def discover(
    inputs: Sequence[str | Path],
    *,
    globs: Sequence[str] | None = None,
    outdir: str | Path | None = None,
) -> list[Task]:
    """Expand files and folders (recursively) into tasks with safe, unique output names.

    One folder maps onto the output folder as it is; with several inputs each
    folder's tree goes under the folder's name, files go to the top. Files
    given by name are always taken; in folders only ``DEFAULT_SUFFIXES`` (or
    ``globs``) are. Output names keep the input suffix (``a/x.txt`` and
    ``a/x.docx`` do not collide), never contain ``..`` or an absolute path,
    and are made unique case-insensitively.
    """
    skip = Path(outdir).resolve() if outdir is not None else None
    single = len(inputs) == 1
    tasks: list[Task] = []
    used: set[str] = set()
    for raw in inputs:
        root = Path(raw)
        is_dir = root.is_dir()
        # With several inputs each folder's tree goes under the folder's name.
        prefix = _safe_parts([root.resolve().name or "root"]) if is_dir and not single else []
        found = list(_walk(root, globs, skip)) if is_dir else [(root, root.name)]
        for path, rel in found:
            parts = prefix + _safe_parts(PurePosixPath(rel).parts)
            name = PurePosixPath(*parts) if parts else PurePosixPath("document")
            key, n = str(name).casefold(), 1
            while key in used:
                n += 1
                name = name.with_name(f"{PurePosixPath(rel).stem}~{n}{name.suffix}")
                key = str(name).casefold()
            used.add(key)
            tasks.append(Task(path=path, name=name))
    return tasks


def output_path(outdir: Path, name: PurePosixPath, fmt: Format | str) -> Path:
    """The record file for an output name: the input suffix plus the format's."""
    target = outdir.joinpath(*name.parts)
    target = target.with_name(target.name + SUFFIX[Format(fmt)])
    # Belt and braces: names come from _safe_parts, but never write outside outdir.
    if os.path.commonpath([outdir.resolve(), target.resolve()]) != str(outdir.resolve()):
        raise ValueError(f"{name}: output would leave {outdir}")
    return target


def sha256_file(path: Path) -> str | None:
    """The input's sha256, or None when it cannot be read (the worker reports why)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


# --- manifest ----------------------------------------------------------------


class Manifest:
    """``OUTDIR/manifest.jsonl``: what each input's last parse was, append-only.

    Each line: ``{"name", "path", "sha256", "parser_version", "format",
    "status": "ok"|"failed", "code", "message", "warnings", "time"}``.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, dict[str, Any]] = {}
        self.lines = 0
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                self.lines += 1
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a torn last line from a killed run
                if isinstance(entry, dict) and "name" in entry:
                    self.entries[entry["name"]] = entry
        self._handle: Any = None

    def unchanged(self, name: str, sha256: str | None, fmt: str) -> dict[str, Any] | None:
        """The previous entry when the input and the parser are the same as then."""
        entry = self.entries.get(name)
        if (
            entry is None
            or sha256 is None
            or entry.get("sha256") != sha256
            or entry.get("parser_version") != __version__
            or entry.get("format") != fmt
        ):
            return None
        return entry

    def append(self, entry: dict[str, Any]) -> None:
        if self._handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            needs_newline = self.path.exists() and self.path.stat().st_size > 0
            if needs_newline:
                with self.path.open("rb") as handle:
                    handle.seek(-1, os.SEEK_END)
                    needs_newline = handle.read(1) != b"\n"
            self._handle = self.path.open("a", encoding="utf-8")
            if needs_newline:  # a killed run left half a line: end it
                self._handle.write("\n")
        self._handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._handle.flush()
        self.lines += 1
        self.entries[entry["name"]] = entry

    def compact(self) -> None:
        """Rewrite (atomically) with the last line per input once history dominates."""
        if self.lines > 2 * len(self.entries) + 100:
            self.close()
            text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self.entries.values())
            write_atomic(self.path, text)
            self.lines = len(self.entries)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def clean_temporaries(outdir: Path) -> int:
    """Remove temporary files a killed run left behind (``.NAME.XXXX.tmp``)."""
    removed = 0
    if outdir.is_dir():
        for tmp in outdir.rglob(".*.tmp"):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed += 1
    return removed


# --- the work done in workers ------------------------------------------------

_READY: set[tuple[str | None, str]] = set()


def warm_up(kind: str | None = None, nlp: str = "rules") -> None:
    """Load whatever the parser loads lazily (an NLP pipeline) once per process."""
    if (kind, nlp) in _READY:
        return
    _READY.add((kind, nlp))
    from minutes_cli import api

    with contextlib.suppress(Exception):  # a warm-up failure shows on the first real file
        api.parse_text("Zápis z jednání\n\n1. Úvod\n", kind=kind, nlp=nlp)


def _parse_one(
    path: str,
    kind: str | None,
    nlp: str,
    fmt: str | None,
    max_bytes: int,
    keep: bool = True,
    rename: str | None = None,
) -> Parsed:
    """Parse one file; ``rename`` gives the record (and errors) another source path."""
    from minutes_cli import api

    shown = rename or path
    try:
        record = api.parse_file(path, kind=kind, nlp=nlp, max_bytes=max_bytes)
    except MinutesError as exc:
        return Parsed(None, None, BatchError(exc.code, str(exc).replace(path, shown)))
    except Exception as exc:  # a parser bug must not stop the batch
        return Parsed(
            None, None, BatchError(CODE_INTERNAL, f"{shown}: {type(exc).__name__}: {exc}")
        )
    if rename is not None:
        record.source.path = rename
    try:
        text = dump(record, fmt) if fmt else None
    except Exception as exc:
        return Parsed(None, None, BatchError(CODE_INTERNAL, f"{shown}: cannot serialize: {exc}"))
    # Sending the record back costs pickling in the worker and unpickling in the
    # one process that writes; without a store the text is all that is needed.
    kept = record if keep or text is None else None
    return Parsed(kept, text, None, len(record.warnings), record.source.sha256)


def parse_chunk(
    paths: Sequence[str],
    kind: str | None = None,
    nlp: str = "rules",
    fmt: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    keep: bool = True,
) -> list[Parsed]:
    """Parse files in this process: record (when ``keep``), text (when ``fmt``) or error."""
    warm_up(kind, nlp)
    return [_parse_one(p, kind, nlp, fmt, max_bytes, keep) for p in paths]


def parse_chunk_bytes(
    items: Sequence[tuple[str, bytes | None]],
    kind: str | None = None,
    nlp: str = "rules",
    fmt: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    keep: bool = True,
) -> list[Parsed]:
    """Like :func:`parse_chunk`, for workers that do not share our filesystem.

    Each input travels as its bytes, is parsed from a private copy with the
    same file name, and the record gets the original path back.
    """
    warm_up(kind, nlp)
    out: list[Parsed] = []
    with tempfile.TemporaryDirectory(prefix="minutes-") as tmp:
        for index, (path, data) in enumerate(items):
            if data is None:  # the client could not read it: let the reader say why
                out.append(_parse_one(path, kind, nlp, fmt, max_bytes, keep))
                continue
            copy = Path(tmp) / str(index) / Path(path).name
            copy.parent.mkdir()
            copy.write_bytes(data)
            out.append(_parse_one(str(copy), kind, nlp, fmt, max_bytes, keep, rename=path))
    return out


# --- the run -----------------------------------------------------------------


def default_jobs() -> int:
    """Worker processes by default: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def chunk_size(total: int, workers: int) -> int:
    """Small enough for even load and a lively progress bar, big enough to amortize IPC."""
    return max(1, min(32, total // max(1, workers * 8)))


class BatchRun:
    """One batch: plan with the constructor, run by iterating.

    ``tasks`` is known before the first result (for progress bars);
    ``summary`` is complete once iteration ends.
    """

    def __init__(
        self,
        inputs: Sequence[str | Path],
        *,
        outdir: str | Path | None = None,
        jobs: int | None = None,
        fmt: Format | str = Format.yaml,
        globs: Sequence[str] | None = None,
        resume: bool = True,
        kind: str | None = None,
        nlp: str = "rules",
        scheduler: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        on_result: Callable[[BatchResult], None] | None = None,
        records: bool = True,
    ) -> None:
        self.outdir = Path(outdir) if outdir is not None else None
        self.jobs = jobs or default_jobs()
        self.fmt = Format(fmt)
        if self.fmt is Format.jsonl:
            raise ValueError("batch writes one record per file: use yaml or json")
        self.resume = resume and self.outdir is not None
        self.kind = kind
        self.nlp = nlp
        self.scheduler = scheduler
        self.max_bytes = max_bytes
        self.on_result = on_result
        # Without an output folder the record is the result, so it always comes back.
        self.records = records or self.outdir is None
        self.tasks = discover(inputs, globs=globs, outdir=self.outdir)
        self.summary = BatchSummary(total=len(self.tasks))

    def __iter__(self) -> Iterator[BatchResult]:
        started = time.perf_counter()
        manifest = Manifest(self.outdir / MANIFEST) if self.outdir is not None else None
        if self.outdir is not None:
            clean_temporaries(self.outdir)
        try:
            todo: list[tuple[Task, str | None]] = []
            for task in self.tasks:
                sha = sha256_file(task.path)
                previous = (
                    manifest.unchanged(str(task.name), sha, self.fmt.value)
                    if (manifest is not None and self.resume)
                    else None
                )
                if previous is not None and self._still_there(task, previous):
                    yield self._done(self._skipped(task, sha, previous))
                else:
                    todo.append((task, sha))
            for task, sha, parsed in self._execute(todo):
                record, text, error = parsed.record, parsed.text, parsed.error
                result = BatchResult(
                    path=task.path, name=task.name, sha256=sha, record=record, error=error
                )
                if error is None:
                    result.sha256 = parsed.sha256 or sha
                    result.warnings = parsed.warnings
                    result.text = text
                    if self.outdir is not None and text is not None:
                        result.output = output_path(self.outdir, task.name, self.fmt)
                        _write_if_changed(result.output, text)
                elif self.outdir is not None:
                    _set_aside(output_path(self.outdir, task.name, self.fmt))
                if manifest is not None:
                    manifest.append(self._entry(result))
                yield self._done(result)
        finally:
            if manifest is not None:
                manifest.close()
                manifest.compact()
                self._write_errors(manifest)
            self.summary.seconds = time.perf_counter() - started

    # -- helpers --

    def _done(self, result: BatchResult) -> BatchResult:
        self.summary.add(result)
        if self.on_result is not None:
            self.on_result(result)
        return result

    def _still_there(self, task: Task, previous: dict[str, Any]) -> bool:
        if previous.get("status") != "ok":
            return True
        assert self.outdir is not None
        return output_path(self.outdir, task.name, self.fmt).is_file()

    def _skipped(self, task: Task, sha: str | None, previous: dict[str, Any]) -> BatchResult:
        result = BatchResult(path=task.path, name=task.name, sha256=sha, skipped=True)
        result.warnings = int(previous.get("warnings") or 0)
        if previous.get("status") == "ok":
            assert self.outdir is not None
            result.output = output_path(self.outdir, task.name, self.fmt)
        else:
            result.error = BatchError(previous.get("code") or "", previous.get("message") or "")
        return result

    def _entry(self, result: BatchResult) -> dict[str, Any]:
        return {
            "name": str(result.name),
            "path": str(result.path),
            "sha256": result.sha256,
            "parser_version": __version__,
            "format": self.fmt.value,
            "status": "failed" if result.error else "ok",
            "code": result.error.code if result.error else None,
            "message": result.error.message if result.error else None,
            "warnings": result.warnings,
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }

    def _write_errors(self, manifest: Manifest) -> None:
        """``errors.jsonl``: the inputs whose last parse failed, in input order.

        Taken from the manifest, so an interrupted run still lists the failures
        of the inputs it did not reach.
        """
        assert self.outdir is not None
        lines = []
        for task in self.tasks:
            entry = manifest.entries.get(str(task.name))
            if entry is not None and entry.get("status") == "failed":
                line = {
                    "path": str(task.path),
                    "code": entry.get("code"),
                    "message": entry.get("message"),
                }
                lines.append(json.dumps(line, ensure_ascii=False) + "\n")
        if lines or (self.outdir / ERRORS).exists():
            write_atomic(self.outdir / ERRORS, "".join(lines))

    def _execute(
        self, todo: list[tuple[Task, str | None]]
    ) -> Iterator[tuple[Task, str | None, Parsed]]:
        if not todo:
            return
        fmt = self.fmt.value if self.outdir is not None else None
        args = (self.kind, self.nlp, fmt, self.max_bytes, self.records)
        if self.scheduler:
            yield from self._execute_dask(todo, args)
            return
        if self.jobs == 1:
            # In-process: no pickling, and a debugger or profiler sees the parser.
            for task, sha in todo:
                yield task, sha, parse_chunk([str(task.path)], *args)[0]
            return
        size = chunk_size(len(todo), self.jobs)
        pool = ProcessPoolExecutor(
            max_workers=min(self.jobs, len(todo)),
            initializer=warm_up,
            initargs=(self.kind, self.nlp),
        )
        try:
            pending: dict[Future[Any], Sequence[tuple[Task, str | None]]] = {}
            for chunk in _chunks(todo, size):
                future = pool.submit(parse_chunk, [str(t.path) for t, _ in chunk], *args)
                pending[future] = chunk
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    chunk = pending.pop(future)
                    yield from _zip_results(chunk, future)
        except BaseException:
            # Interrupted, or the consumer stopped iterating: drop queued chunks
            # instead of waiting for the whole archive (``with`` would wait).
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()

    def _execute_dask(
        self, todo: list[tuple[Task, str | None]], args: tuple[Any, ...]
    ) -> Iterator[tuple[Task, str | None, Parsed]]:
        # Imported here only: without --scheduler nothing of Dask is loaded.
        from distributed import Client, as_completed

        with Client(self.scheduler) as client:  # type: ignore[no-untyped-call]
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            pending = {}
            for chunk in _chunks(todo, chunk_size(len(todo), workers)):
                items = [(str(t.path), _read_or_none(t.path)) for t, _ in chunk]
                future = client.submit(parse_chunk_bytes, items, *args, pure=False)
                pending[future] = chunk
            for future in as_completed(list(pending)):  # type: ignore[no-untyped-call]
                yield from _zip_results(pending.pop(future), future)


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _zip_results(
    chunk: Sequence[tuple[Task, str | None]], future: Any
) -> Iterator[tuple[Task, str | None, Parsed]]:
    try:
        results = future.result()
    except Exception as exc:  # the worker died: every file of its chunk failed
        error = BatchError(CODE_WORKER, f"worker failed: {type(exc).__name__}: {exc}")
        results = [Parsed(None, None, error)] * len(chunk)
    for (task, sha), result in zip(chunk, results, strict=True):
        if result.error is not None and result.error.code == CODE_WORKER:
            message = f"{task.path}: {result.error.message}"
            result = Parsed(None, None, BatchError(CODE_WORKER, message))
        yield task, sha, result


STALE_SUFFIX = ".stale"


def _set_aside(path: Path) -> None:
    """An input that parsed before now fails: its old record no longer describes
    it. Rename it to ``….stale`` (never delete it) so that nothing reading the
    records takes it for the input's current record; errors.jsonl says why."""
    if path.is_file():
        path.replace(path.with_name(path.name + STALE_SUFFIX))


def _write_if_changed(path: Path, text: str) -> None:
    """Replace a record only when the new parse differs (keeps mtimes meaningful)."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    write_atomic(path, text)


def iter_batch(
    paths: Sequence[str | Path],
    *,
    jobs: int | None = None,
    outdir: str | Path | None = None,
    fmt: Format | str = Format.yaml,
    globs: Sequence[str] | None = None,
    resume: bool = True,
    kind: str | None = None,
    nlp: str = "rules",
    scheduler: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    records: bool = True,
) -> Iterator[BatchResult]:
    """Parse files and folders in parallel, yielding one :class:`BatchResult` per input.

    Without ``outdir`` nothing is written: results carry the records. With it,
    records go to ``outdir`` (mirroring the input tree), with the manifest that
    lets the next run skip unchanged inputs (``resume``) and ``errors.jsonl``.
    ``scheduler`` (``tcp://host:8786``) runs the work on a Dask cluster.
    ``records=False`` (with ``outdir``) leaves ``result.record`` empty and
    saves sending every record back from the workers.
    Results come in completion order, not input order.
    """
    yield from BatchRun(
        paths,
        outdir=outdir,
        jobs=jobs,
        fmt=fmt,
        globs=globs,
        resume=resume,
        kind=kind,
        nlp=nlp,
        scheduler=scheduler,
        max_bytes=max_bytes,
        records=records,
    )
