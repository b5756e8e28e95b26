"""Score the NLP layer against hand labels (``tests/gold/<doc>.yaml``).

Mention detection is scored per type (persons, organisations) with
precision, recall and F1; a system mention matches a gold mention on the
same line when their character spans overlap (``strict``: when they are
equal). Linking accuracy is the share of matched gold mentions whose
system cluster carries the gold canonical name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class Score:
    """Counts for one mention type; ratios derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    linked: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def linking(self) -> float:
        return self.linked / self.tp if self.tp else 1.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.linked += other.linked
        self.errors += other.errors


Span = tuple[int, int, int, str, str]  # line (0-based), start, end, text, canonical name


def _gold_spans(lines: tuple[str, ...], items: Iterable[dict[str, object]]) -> list[Span]:
    """Locate each gold mention in its line (k-th occurrence for repeats)."""
    out: list[Span] = []
    seen: dict[tuple[int, str], int] = {}
    for item in items:
        i = int(str(item["line"])) - 1
        text = str(item["text"])
        k = seen.get((i, text), 0)
        pos = -1
        for _ in range(k + 1):
            pos = lines[i].find(text, pos + 1)
        seen[(i, text)] = k + 1
        if pos < 0:
            raise ValueError(f"gold mention {text!r} not on line {i + 1}")
        out.append((i, pos, pos + len(text), text, str(item["name"])))
    return out


def _score(gold: list[Span], system: list[Span], strict: bool) -> Score:
    score = Score()
    used: set[int] = set()
    for g in gold:
        match = None
        for j, s in enumerate(system):
            if j in used or s[0] != g[0]:
                continue
            hit = (s[1], s[2]) == (g[1], g[2]) if strict else s[1] < g[2] and g[1] < s[2]
            if hit:
                match = j
                break
        if match is None:
            score.fn += 1
            score.errors.append(f"missed line {g[0] + 1}: {g[3]}")
            continue
        used.add(match)
        score.tp += 1
        if system[match][4] == g[4]:
            score.linked += 1
        else:
            score.errors.append(f"linked line {g[0] + 1}: {g[3]} -> {system[match][4]} != {g[4]}")
    for j, s in enumerate(system):
        if j not in used:
            score.fp += 1
            score.errors.append(f"spurious line {s[0] + 1}: {s[3]} ({s[4]})")
    return score


def _record_spans(lines: tuple[str, ...], entries: list[tuple[int, str, str]]) -> list[Span]:
    """Spans of record mentions ``(line, text, canonical)``, found in their lines."""
    out: list[Span] = []
    seen: dict[tuple[int, str], int] = {}
    for line, text, name in entries:
        i = line - 1
        probe = text.split()[0] if text not in lines[i] else text  # a name broken over lines
        k = seen.get((i, probe), 0)
        pos = -1
        for _ in range(k + 1):
            pos = lines[i].find(probe, pos + 1)
        seen[(i, probe)] = k + 1
        if pos >= 0:
            out.append((i, pos, pos + len(probe), text, name))
    return out


def evaluate_file(gold_path: Path, mode: str, root: Path, strict: bool = False) -> dict[str, Score]:
    """Scores of one gold file: ``{"persons": Score, "organisations": Score}``.

    ``mode`` ``rules`` / ``model`` scores the spaCy pipeline; ``record``
    scores what ``minutes parse`` puts in the record (people and
    organisations with their mentions).
    """
    from minutes_cli.api import read_normalized

    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    lines = read_normalized(root / gold["document"]).lines
    if mode == "record":
        from minutes_cli.api import parse_file

        record = parse_file(root / gold["document"])
        people = _record_spans(
            lines, [(m.loc.line, m.text, p.name) for p in record.people for m in p.mentions]
        )
        orgs = _record_spans(
            lines,
            [(m.loc.line, m.text, o.name) for o in record.organisations for m in o.mentions],
        )
    else:
        from minutes_cli.nlp.pipeline import analyse

        result = analyse(lines, mode)
        people = [
            (m.line, m.start, m.end, m.text, p.name) for p in result.people for m in p.mentions
        ]
        orgs = [
            (m.line, m.start, m.end, m.text, o.name)
            for o in result.organisations
            for m in o.mentions
        ]
    return {
        "persons": _score(_gold_spans(lines, gold.get("persons") or []), people, strict),
        "organisations": _score(_gold_spans(lines, gold.get("organisations") or []), orgs, strict),
    }


def evaluate(
    gold_paths: Iterable[Path], mode: str, root: Path, strict: bool = False
) -> dict[str, Score]:
    """Micro-averaged scores over several gold files."""
    total = {"persons": Score(), "organisations": Score()}
    for path in gold_paths:
        for kind, score in evaluate_file(path, mode, root, strict).items():
            score.errors = [f"{path.stem}: {e}" for e in score.errors]
            total[kind].add(score)
    return total


def table(results: dict[str, dict[str, Score]]) -> str:
    """A plain-text table: one row per (mode, type)."""
    rows = [f"{'mode':<14}{'type':<15}{'P':>6}{'R':>6}{'F1':>6}{'link':>7}{'tp/fp/fn':>12}"]
    for mode, scores in results.items():
        for kind, s in scores.items():
            rows.append(
                f"{mode:<14}{kind:<15}{s.precision:6.3f}{s.recall:6.3f}{s.f1:6.3f}"
                f"{s.linking:7.3f}{f'{s.tp}/{s.fp}/{s.fn}':>12}"
            )
    return "\n".join(rows)
