"""Precision/recall/F1 of person and organisation mentions, and linking
accuracy, against the hand labels in tests/gold/, for `rules` and `model`.

    python bench/eval_names.py [--strict] [--errors] [GOLD.yaml ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minutes_cli.nlp.evaluate import evaluate, table
from minutes_cli.nlp.pipeline import model_available

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--strict", action="store_true", help="exact spans, not overlap")
    parser.add_argument("--errors", action="store_true", help="list misses and spurious mentions")
    args = parser.parse_args()
    paths = args.gold or sorted((ROOT / "tests" / "gold").glob("*.yaml"))
    # record: what `minutes parse` writes; rules/model: the spaCy pipeline alone.
    modes = ["record", "rules", "model"] if model_available() else ["record", "rules"]
    results = {}
    for mode in modes:
        results[mode] = evaluate(paths, mode, ROOT, strict=args.strict)
    print(f"{len(paths)} gold file(s); matching: {'strict' if args.strict else 'overlap'}")
    print(table(results))
    if args.errors:
        for mode, scores in results.items():
            for kind, score in scores.items():
                for error in score.errors:
                    print(f"{mode} {kind}: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
