"""Tell minutes, strategy plans and project cards apart by their own structure.

Each kind has cue patterns (data, not file names); a document's score for a
kind is the number of distinct cues found, weighted. The best kind wins when
it clearly leads; otherwise the record carries a ``KND001`` warning with the
reasons, and a document with no cues at all is ``unknown``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from minutes_cli.extract.dates import strip_accents
from minutes_cli.extract.lexicon import Folded
from minutes_cli.models.record import RecordWarning
from minutes_cli.text.document import Doc

Parser = Callable[[Doc, list[RecordWarning]], dict[str, Any]]

_CUES: dict[str, list[tuple[str, float]]] = {
    "minutes": [
        (r"(?im)^\W*z[áa]pis\b", 3),
        (r"(?im)^\W*(program|pořad|agenda)( jednání| schůze| zasedání)?\s*(\[\d+\])?\s*:?\s*$", 2),
        (r"(?im)^\W*(navržený|schválený) program", 2),
        (
            r"(?im)^\W*(přítomn[íiýo]|pritomni|omluven[iaýy]?|nepřítomni|hosté|chybí|chyběl[aiy]?"
            r"|(host|byli|účastníci)\s*:)",
            2,
        ),
        # "Předmět: Zápis z porady 3. 2.", "posílám zápis z porady": minutes named in a line
        (r"(?i)\bzápis\w*\s+z[e]?\s+(jednání|porady|schůze|zasedání|setkání|shromáždění)", 2),
        # "11. 12. 2019 - board schůze": the first line names a meeting
        (r"(?i)\A\W*[^\n]{0,80}\b(schůze|zasedání|porada|porady|jednání)\b", 1.5),
        (
            r"(?im)^\W*(zapsal|zapsala|zápis zpracoval|zápis pořídil|zrevidoval|ověřil|ověřovatel)",
            3,
        ),
        (r"(?im)^\W*(závěry? jednání|usnesení|úkoly)\b", 1.5),
        (
            r"(?i)\b(jednání|schůze|zasedání|setkání) "
            r"(pracovní skupiny|rady|výboru|komise|zastupitelstva|spolku)",
            1.5,
        ),
        (r"(?im)^\W*(datum|místo|dne)\s*:", 1),
        (r"(?i)\b(hlasování|pro\s*[:-]\s*\d+|proti\s*[:-]\s*\d+)", 1),
        (r"(?im)^\W*(rada|výbor|komise|valná hromada)\b.*\d", 1),
    ],
    "strategy": [
        (r"(?im)^\W*opatření\s+[A-Z]?\d*\.?\d", 3),
        (r"(?im)^\W*aktivita\s+[A-Z]?\d*\.\d+\.\d+", 3),
        (r"(?im)^\W*priorita\s+[A-Z0-9]\b", 2),
        (r"(?im)^\W*(ukazatel|indikátor)[ey]?\s*:", 2),
        (r"(?im)^\W*realizátor\s*:", 2),
        (r"(?im)^\W*předpokládané\s+náklady", 2),
        (r"(?im)^\W*(strategický|specifický)\s+cíl\s+\d", 1),
        (r"(?im)^\W*(zdroje|zdroj financování)\s*:", 1),
        # Plans titled as such, and the other cell labels of action plans.
        (r"(?im)^\W*(akční plán|strategie|koncepce|plán (prevence|rozvoje))\b.*\b(19|20)\d\d", 1.5),
        (r"(?im)^\W*(indikátory|odhad nákladů|zdroje financování|gestor)\s*[:\t]", 1.5),
        (r"(?im)^\W*(cíl|oblast|prioritní oblast)\s+\d{1,2}\b", 1),
    ],
    "project": [
        (r"\bCZ\.\d{2}\.\d{1,2}\.\d{2}/\d{2}/\d{2}_\d{3}/\d{7}\b", 4),
        (r"(?i)registrační číslo", 2),
        (r"(?im)^\W*KA\s*\d{1,2}\b", 2),
        (r"(?i)operační program", 1.5),
        (r"(?i)(celkové (výdaje|náklady)|rozpočet) projektu", 2),
        (r"(?i)období realizace|doba realizace|realizace projektu\s*:", 1.5),
        (r"(?i)cíle? projektu", 1),
        (r"(?i)klíčové aktivity", 1),
        # Cards without a registration number still have these.
        (r"(?im)^\W*název projektu\s*[:\t]", 2),
        (r"(?im)^\W*klíčová aktivita\s+(č\.\s*)?\d", 2),
        (r"(?i)karta projektu|celkový rozpočet|celkové způsobilé výdaje", 1.5),
    ],
}
# Folded: minutes typed without diacritics ("schuze", "pritomni") count too.
_COMPILED = {k: [(Folded(p, re.MULTILINE), w) for p, w in cues] for k, cues in _CUES.items()}
_MIN_SCORE = 3.0


def scores(text: str) -> dict[str, float]:
    """Cue score per kind for ``text``."""
    folded = strip_accents(text)  # once: the cues match folded text
    return {
        kind: sum(w for cue, w in cues if cue.regex.search(folded))
        for kind, cues in _COMPILED.items()
    }


def detect(doc: Doc) -> tuple[str, list[str], bool]:
    """Return ``(kind, reasons, confident)``."""
    text = "\n".join(line for i, line in enumerate(doc.lines) if i not in doc.furniture)
    ranked = sorted(scores(text).items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (second, runner) = ranked[0], ranked[1]
    reasons = [f"{k}={v:g}" for k, v in ranked]
    if top < _MIN_SCORE:
        return "unknown", [f"no kind has enough cues ({', '.join(reasons)})"], False
    confident = top >= 2 * runner and top - runner >= 3
    why = f"kind {best} chosen by its cues ({', '.join(reasons)})"
    if not confident:
        why += f"; {second} was close"
    return best, [why], confident


def _unknown(doc: Doc, warnings: list[RecordWarning]) -> dict[str, Any]:
    return {}


def _lazy(module: str, name: str) -> Parser:
    def run(doc: Doc, warnings: list[RecordWarning]) -> dict[str, Any]:
        import importlib

        parser: Parser = getattr(importlib.import_module(module), name)
        return parser(doc, warnings)

    return run


PARSERS: dict[str, Parser] = {
    "minutes": _lazy("minutes_cli.extract.minutes", "parse"),
    "strategy": _lazy("minutes_cli.extract.strategy", "parse"),
    "project": _lazy("minutes_cli.extract.project", "parse"),
    "unknown": _unknown,
}
