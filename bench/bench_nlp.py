"""NLP layer figures: overhead over bare nlp.pipe, words/s, peak RSS, CLI start.

    python bench/bench_nlp.py [--repeat N]

Each mode runs in a child process so its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from minutes_cli.api import read_normalized
from minutes_cli.nlp.pipeline import analyse, get_pipeline
mode, repeat = sys.argv[1], int(sys.argv[2])
files = sorted(Path("samples/minutes").glob("*.txt"))
files += sorted(Path("tests/docs/minutes").glob("*.txt"))
docs = [read_normalized(f).lines for f in files]
words = sum(len(l.split()) for d in docs for l in d) * repeat
nlp = get_pipeline(mode)
analyse(docs[0], mode)  # warm up
t = time.perf_counter()
for _ in range(repeat):
    for d in docs:
        list(nlp.pipe(l for l in d if l.strip()))
bare = time.perf_counter() - t
t = time.perf_counter()
for _ in range(repeat):
    for d in docs:
        analyse(d, mode)
full = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"mode": mode, "words": words, "bare_s": bare, "full_s": full,
                  "overhead": full / bare, "words_per_s": words / full, "peak_rss_mb": rss}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    from minutes_cli.nlp.pipeline import model_available

    modes = ["rules", "model"] if model_available() else ["rules"]
    for mode in modes:
        repeat = args.repeat if mode == "rules" else max(1, args.repeat // 10)
        out = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(repeat)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout)
        print(
            f"{mode:<6} words={r['words']:>7} bare nlp.pipe {r['bare_s']:.3f}s  "
            f"with NLP layer {r['full_s']:.3f}s  overhead {r['overhead']:.2f}x  "
            f"{r['words_per_s']:,.0f} words/s  peak RSS {r['peak_rss_mb']:.0f} MB"
        )
    times = []
    for _ in range(7):
        t = time.perf_counter()
        subprocess.run(["minutes", "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    print(f"minutes --help: median {statistics.median(times):.3f}s over {len(times)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
