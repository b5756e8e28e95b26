"""Rules-only parsing throughput over the samples (documents per second).

Reads every sample once, then parses all of them in a loop, several runs;
prints the median documents per second (wall and CPU time) on one core.
Target (issue "Minutes"): >= 500 seed-size documents per second.

    python bench/bench_parse.py [--runs 7] [--rounds 20]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from minutes_cli.api import parse_source
from minutes_cli.io.readers import read_path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=20, help="passes over the samples per run")
    args = ap.parse_args()
    paths = sorted(p for p in (ROOT / "samples").rglob("*") if p.suffix in {".txt", ".md", ".docx"})
    docs = [read_path(p) for p in paths]
    for doc in docs:  # warm caches (compiled patterns, lexicons)
        parse_source(doc)
    wall, cpu = [], []
    for _ in range(args.runs):
        w0, c0 = time.perf_counter(), time.process_time()
        for _ in range(args.rounds):
            for doc in docs:
                parse_source(doc)
        n = args.rounds * len(docs)
        wall.append(n / (time.perf_counter() - w0))
        cpu.append(n / (time.process_time() - c0))
    size = sum(len(d.text) for d in docs) / len(docs)
    print(
        f"{len(docs)} samples, mean {size:.0f} characters, {args.runs} runs x {args.rounds} rounds"
    )
    print(
        f"median {statistics.median(wall):.1f} docs/s wall, {statistics.median(cpu):.1f} docs/s CPU"
    )


if __name__ == "__main__":
    main()
