"""Wall time of `minutes validate` on one sample, start-up included.

Runs the installed command in fresh subprocesses (as CI and pre-commit do)
and reports the median; the target is <= 0.3 s. Also reports the in-process
time of the library call, to tell start-up from work, and the floor no
version of the command can go below: the interpreter's own start-up. (The
command builds its models on the plain base, not pydantic; pydantic with one
model is printed for comparison.)

The package's bytecode is compiled first, as ``pip install`` does: an
editable install under ``PYTHONDONTWRITEBYTECODE`` would otherwise compile
every module from source on every run and measure that instead.

    python bench/bench_validate.py [FILE] [--runs N]
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "samples" / "minutes" / "2017-12-07-prevence-kriminality.txt"
TARGET = 0.3


def _command() -> list[str]:
    exe = shutil.which("minutes")
    return [exe] if exe else [sys.executable, "-m", "minutes_cli.cli"]


PYDANTIC = "from pydantic import BaseModel\nclass A(BaseModel):\n    x: int\n"


def run_once(path: Path, argv: list[str] | None = None) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one `minutes validate` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    argv = argv or [*_command(), "validate", str(path)]
    subprocess.run(argv, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    import minutes_cli

    compileall.compile_dir(Path(minutes_cli.__file__).parent, quiet=1)
    run_once(args.file)  # warm the file cache and .pyc files
    runs = [run_once(args.file) for _ in range(args.runs)]
    times = sorted(wall for wall, _ in runs)
    median = statistics.median(times)
    cpu = statistics.median(c for _, c in runs)

    from minutes_cli.validate import validate_file

    validate_file(args.file)
    inproc = []
    for _ in range(args.runs):
        start = time.perf_counter()
        validate_file(args.file)
        inproc.append(time.perf_counter() - start)
    verdict = "OK" if median <= TARGET else "ABOVE TARGET"
    print(f"file:                {args.file.name}")
    print(
        f"subprocess median:   {median:.3f} s  (min {times[0]:.3f}, max {times[-1]:.3f}, "
        f"{args.runs} runs; target <= {TARGET} s: {verdict})"
    )
    # On a busy machine wall time overstates the cost; CPU time does not.
    print(f"subprocess CPU:      {cpu:.3f} s median (user + system; load {os.getloadavg()[0]:.1f})")
    print(f"in-process median:   {statistics.median(inproc) * 1000:.1f} ms (validate_file only)")
    floor = statistics.median(
        run_once(args.file, [sys.executable, "-c", ""])[0] for _ in range(args.runs)
    )
    pydantic = statistics.median(
        run_once(args.file, [sys.executable, "-c", PYDANTIC])[0] for _ in range(args.runs)
    )
    print(f"floor:               {floor:.3f} s (python start-up)")
    print(f"pydantic, for scale: {pydantic:.3f} s (python + pydantic + one model; not loaded)")


if __name__ == "__main__":
    main()
