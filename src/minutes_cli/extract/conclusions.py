"""Conclusions, resolutions and votes.

Entries under "Závěry jednání" / "Usnesení" / "Úkoly" (one per paragraph,
numbered line or bullet), and resolutions inside points ("Usnesení č.
5/2023: …"). Vote lines ("Pro: 12, Proti: 0, Zdržel se: 1", "Hlasování:
7-0-0", "pro 5 – proti 0 – zdržel se 1", "schváleno jednomyslně") attach to
the entry they follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from minutes_cli import rx
from minutes_cli.extract import lexicon
from minutes_cli.extract.dates import find_dates, is_deadline, strip_accents
from minutes_cli.extract.lexicon import Folded, group
from minutes_cli.models.record import Vote
from minutes_cli.text.document import Doc, continues, fold, join_lines

_NUMBER = Folded(
    r"^\s*(?:(?:(?:návrh\s+)?(?:usnesení|usn\.)(?:\s*\([^)]{1,60}\))?(?:\s+[A-Z][\w.]{0,5}){0,3}?|úkol)\s*(?:č(?:íslo)?\.?\s*)?(?P<res>(?:[A-Z]{1,3}\s)?(?:[A-Z]{1,4}[-/])*[A-Z]{0,3}[-/]?\d+(?:\s*/\s*\d{1,4})*(?:/[A-Z0-9]+)*)\s*[:.\-–]?"
    r"|(?P<code>[A-Z]{1,3}-\d+/\d{2,4})\s*[:.\-–]?"
    r"|U\s+(?P<short>\d+/\d{2,4})\s*[:.\-–]?"  # "U 1/2025:" (U = usnesení)
    # "412/2025 – schválení programu" (a recap); "RM 313/2024" alone on its line
    r"|(?P<bare>\d{1,4}/\d{4}(?=\s*[–—:-])|[A-Z]{1,4}\s?\d{1,4}(?:/\d{1,4})*/\d{4}(?=\s*$))"
    r"\s*[–—:-]?"
    # "a)", "a." (not "a. s." nor "č. 2")
    r"|(?P<letter>[a-z])\)|(?P<dotted>[a-h])\.(?!\s*[a-z]\.|\s*\d)"
    r"|(?P<num>\d{1,3})\s*(?:\)|\.(?!\s*\d)(?!\s*[-–]\s*\d)(?!\s*(?:ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)\b))"
    r"|[-*•]\s+(?:\[[ xX]?\]\s*)?"
    r")\s*",
    re.IGNORECASE,
)
_RESOLUTION_LINE = Folded(
    # "Návrh usnesení (protinávrh MUDr. Pokorné): …": a remark on whose proposal it is
    r"(?i)^\s*(?:návrh\s+)?(?:usnesení|usn\.)(?:\s*\([^)]{1,60}\))?(?:\s+[A-Z][\w.]{0,5}){0,3}?(?:\s+(?:č(?:íslo)?\.?\s*)?(?:[A-Z]{1,4}\s)?(?:[A-Z]{1,4}[-/])*[A-Z]{0,3}[-/]?\d+(?:\s*/\s*\d{1,4})*(?:/[A-Z0-9]+)*)?\s*[:.\-–]?\s*"
    r"|^\s*[A-Z]{1,4}\s?\d{1,4}(?:/\d{1,4})*/\d{4}\s*$"  # "RM 313/2024" alone on its line
    r"|^\s*[A-Z]{1,3}-\d+/\d{2,4}\b"
    r"|^\s*U\s+\d+/\d{2,4}\b"
    r"|^\s*úkol\s+č\.?\s*\d+(?:\s*/\s*\d{1,4})*\s*[:.\-–]?\s*"
)
# A number of people, not a share ("Pro: 61,20 %" in an owners' assembly).
# and no ordinal ("jen pro 1. stupeň").
_COUNT = (
    r"(\d+(?![\d.,]*\d\s*%|\s*%|\.\s*(?:"
    + "|".join(lexicon.lex()["ordinal_nouns"])
    + r"))|nikdo|žádný|nula)"
)
# "Pro: 7", "pro 7", "PRO ( 7 ) – PROTI ( 0 ) – ZDRŽEL SE ( 1 - Maršíková )"
_BETWEEN = r"\s*[:=\-–—(]?\s*"
_VOTE_FIELDS = {
    "for": Folded(rf"(?i)(?<!\w)pro(?:\s+hlasoval[aoi]?)?{_BETWEEN}{_COUNT}(?!\s*%)"),
    "against": Folded(rf"(?i)(?<!\w)proti{_BETWEEN}{_COUNT}"),
    "abstain": Folded(rf"(?i)(?<!\w)zdržel[aoiy]?(?:\s+se)?(?:\s+hlasování)?{_BETWEEN}{_COUNT}"),
    "not_voting": Folded(rf"(?i)(?<!\w)nehlasoval[aoiy]?{_BETWEEN}{_COUNT}"),
    "absent": Folded(rf"(?i)(?<!\w)nepřítom\w*{_BETWEEN}{_COUNT}"),
}
# "4 pro", "6 hlasů pro", "4 členové byli pro", "5 přítomných hlasovalo proti"
_WHO_VOTED = (
    r"(?:\s+(?:členové|členů|členky|přítomní|přítomných|zastupitelé|zastupitelů))?"
    r"(?:\s+(?:byl[aoi]?|hlas\w*))?\s+"
)
# (at most three digits: "č. 19000735 pro projekt" is a contract number)
_VOTE_REVERSED = {
    "for": Folded(rf"(?<![\w/])(\d{{1,3}})(?:\s*hlas\w*\s+|{_WHO_VOTED}|\s*)pro\b"),
    "against": Folded(rf"(?<![\w/])(\d{{1,3}})(?:\s*hlas\w*\s+|{_WHO_VOTED}|\s*)proti\b"),
    "abstain": Folded(r"(?<![\w/])(\d{1,3})\s*(?:se\s+)?zdržel\w*"),
}
# "Hlasování: 7-0-0", "(schváleno 6-0-0)"
_VOTE_TRIPLE = Folded(
    r"(?i)(?:hlasov[aá]n(?:[ií]\w*|o)|(?:ne)?schváleno|(?:ne)?přijato|zamítnuto)\s*[:\-–]?\s*"
    # "Hlasování – Rada: 5-0-0, Kontrolní výbor: 3-0-0": the first body's vote
    r"(?:[^\W\d][^\d:\n]{0,30}:\s*)?"
    r"\(?(\d+)\s*[-–:/]\s*(\d+)\s*[-–:/]\s*(\d+)\)?"
    # "… schválen bez doplnění (7:0:0)", "Komise doporučuje … (4/0/0)": colons or
    # slashes in brackets need no word before them
    r"|\((\d{1,3})\s*:\s*(\d{1,3})\s*:\s*(\d{1,3})\)"
    r"|\((\d{1,3})\s*/\s*(\d{1,3})\s*/\s*(\d{1,3})\)"
    r"|\((\d{1,3})\s*[-–]\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\)"  # "… děkanem. (15-0-2)"
)
# "Odhlasovali jsme 4:0 příspěvek …", "schváleno 5:0": for and against, nobody abstained
# or nobody said
_VOTE_PAIR = Folded(
    r"(?i)(?:odhlasova\w*|odsouhlasi\w*|hlasov[aá]n(?:[ií]\w*|o)|(?:ne)?schváleno|(?:ne)?přijato)"
    r"(?:\s+jsme)?\s*[:\-–]?\s*(\d{1,3})\s*:\s*(\d{1,3})(?!\s*[-–:/]\s*\d)"
)
# A vote table: "pro⇥proti⇥zdržel se" over "5⇥0⇥1".
_VOTE_WORD = r"(?:pro|proti|zdržel\w*(?:\s+se)?|nehlasoval\w*|nepřítom\w*)"
_VOTE_HEADER = Folded(rf"(?i)^\W*{_VOTE_WORD}(?:\s*\t\s*{_VOTE_WORD})+\s*$")
_VOTE_TABLE = Folded(
    rf"(?i)(?P<head>{_VOTE_WORD}(?:\s*\t\s*{_VOTE_WORD})+)\s+(?P<counts>\d+(?:\s*\t\s*\d+)+)"
)
_VOTE_LEAD = 25  # characters before the counts of a line that is only a vote
_COUNTS_ROW = rx.compile(r"^\s*\d+(?:\s*\t\s*\d+)+\s*$")
# "Pro: Ing. Sedláček, …, Bureš (12)", "Pro: všichni přítomní (13)": a roll call's count
_ROLL_COUNTS = {
    "for": Folded(r"(?i)(?<!\w)pro\s*[:\-–]\s*[^()\n:]*?\((\d{1,3})\)"),
    "against": Folded(r"(?i)(?<!\w)proti\s*[:\-–]\s*[^()\n:]*?\((\d{1,3})\)"),
    "abstain": Folded(r"(?i)(?<!\w)zdržel[aoiy]?(?:\s+se)?\s*[:\-–]\s*[^()\n:]*?\((\d{1,3})\)"),
    "not_voting": Folded(r"(?i)(?<!\w)nehlasoval[aoiy]?\s*[:\-–]\s*[^()\n:]*?\((\d{1,3})\)"),
}
_VOTERS_GO_ON = rx.compile(rf"^\s*[{lexicon.UPPER}]\w*(?:\s+[{lexicon.UPPER}]\w*)?\s*[,;(]")
_NOT_VOTING_NAMES = Folded(
    r"(?i)(?<!\w)nehlasoval[aoiy]?\s*[:\-–]\s*(?P<names>[^\d/\n:]+?)\s*(?:$|\n|usnesen|návrh)"
)
# ("1. Pro: A, B, C" in a numbered list of the vote's lines)
_VOTE_NAMES = Folded(
    r"(?i)^\W*(?:\d{1,2}[.)]\s*)?pro\s*[:\-–]\s*(?P<names>[^\d/]+?)\s*"
    r"(?:/|$|(?:\d{1,2}[.)]\s*)?proti)"
)
_AGAINST_NAMES = Folded(r"(?i)(?<!\w)proti\s*[:\-–]\s*(?P<names>[^\d/;]+?)\s*(?:[/;]|$|zdržel)")
_ABSTAIN_NAMES = Folded(r"(?i)zdržel[aoiy]?(?:\s+se)?\s*[:\-–]\s*(?P<names>[^\d/]+?)\s*(?:/|$)")
_NOBODY_AGAINST = Folded(
    r"(?i)proti\s*[:\-–]\s*(?:nikdo|nikdo nebyl|žádný)|\bnikdo\s+(?:nebyl\s+|nehlasoval\s+)?proti\b"
    r"|\bnikdo\s+se\s+nezdržel\s+ani\s+(?:nebyl|nehlasoval)\s+proti\b"
)
_NOBODY_ABSTAINED = Folded(r"(?i)nikdo se nezdržel")
_ONE_ABSTAINED = Folded(r"(?i)\b(?:pan|paní|p\.)\s+\w+\s+se\s+(?:hlasování\s+)?zdržel[a]?\b")
_UNANIMOUS = Folded(
    r"(?i)\bjednomysln[ěé]\w*"
    # "Všichni přítomní hlasovali pro.", "Hlasování: všech 5 přítomných pro."
    r"|\bvšichni\s+(?:přítomní\s+)?(?:členové\s+)?(?:výboru\s+|rady\s+)?(?:hlasovali\s+)?pro\b"
    r"|\bvšech\s+(?P<all>\d{1,3})\s+(?:přítomných\s+)?(?:členů\s+)?(?:hlasovalo\s+)?pro\b"
    r"|\bpro\s+hlasoval[io]\s+všichni\b"
    r"|\bvšemi\s+(?:\d+\s+)?hlasy\b"  # "Schváleno všemi hlasy přítomných."
    r"|\bkonsen[sz](?:em|uálně)\b"  # "Pořad jednání byl schválen konsensem."
)
# "pro/proti/zdržel se: 7/0/0", "Hlasování (pro/proti/zdržel): 6/0/1": the order, then counts
_VOTE_ORDERED = Folded(
    r"(?i)\bpro\s*/\s*proti\s*/\s*zdržel\w*(?:\s+se)?\s*\)?\s*:?\s*"
    r"(\d+)\s*/\s*(\d+)\s*/\s*(\d+)"
)
# "ano 5, ne 1", as some associations write it (the pair, never "ne" alone)
_VOTE_YES_NO = Folded(r"(?i)(?<!\w)ano\s*[:=\-–—]?\s*(\d+)\W+ne\s*[:=\-–—]?\s*(\d+)(?!\d)")
# "Návrh byl přijat 6 hlasy": the count of those for
_FOR_BY_VOTES = Folded(r"(?i)\b(?:přijat|schválen)\w*\s+(\d+)\s+hlas\w*")
_REJECTED = Folded(
    r"(?i)\b(?:ne(?:byl[oa]?\s+)?(?:přijat|schválen)\w*|zamítnut\w*|nepřijat\w*|neschválen\w*"
    r"|neprošel|neprošla|neprošlo)"
)
_ADOPTED = Folded(
    r"(?i)\b(?:přijat[oa]?|schválen[oa]?|odsouhlasen[oa]?|schváleno|přijato|prošel|prošla|prošlo)\b"
)


def filled_vote(vote: Vote | None, more: Vote) -> Vote:
    """``vote`` (or none yet) with the fields it lacks taken from ``more``: "Pro: 11, Proti:
    1" in the text and "Usnesení bylo přijato." on its own line make one vote."""
    if vote is None:
        return more.model_copy()
    merged = vote.model_copy(
        update={k: v for k, v in more if v is not None and getattr(vote, k) is None}
    )
    _result_from_counts(merged)  # "- Pro: 4" / "- Proti: nikdo": complete only together
    return merged


def _result_from_counts(vote: Vote) -> None:
    """Counts alone: a clear majority of the votes cast adopts, more against rejects."""
    if vote.result is None and vote.for_ is not None and vote.against is not None:
        if vote.for_ > vote.against + (vote.abstain or 0):
            vote.result = "adopted"
        elif vote.for_ < vote.against:
            vote.result = "rejected"


# "zápis ze 23/10 (schváleno)", "Rozpočet 2025 – schválen.": an entry and its outcome
_OUTCOME_AFTER = Folded(
    r"(?i)^(?P<what>\w.*?)(?:\s*\(\s*|\s+[–—-]\s*|\s*:\s*)"
    r"(?P<outcome>(?:ne)?schválen[oa]?|(?:ne)?přijat[oa]?|zamítnut[oa]?|odsouhlasen[oa]?)"
    r"\s*\)?\s*\.?\s*$"
)


def outcome_after(text: str) -> tuple[str, Vote] | None:
    """ "zápis ze 23/10 (schváleno)" -> ("zápis ze 23/10", adopted): what was decided
    and the outcome written after it, or None."""
    m = _OUTCOME_AFTER.search(text)
    if m is None:
        return None
    outcome = lexicon.group(text, m, "outcome") or ""
    rejected = bool(_REJECTED.search(outcome))
    what = (lexicon.group(text, m, "what") or "").strip()
    return what, Vote(result="rejected" if rejected else "adopted")


def is_outcome(text: str) -> bool:
    """Is ``text`` a vote's outcome alone ("schváleno", "nepřijato")?"""
    return bool(_ADOPTED.fullmatch(text.strip()) or _REJECTED.fullmatch(text.strip()))


# Every vote pattern below needs one of these words (or a vote table's tab):
# most sentences have none and skip the twenty searches.
_ANY_VOTE_WORD = rx.compile(
    r"(?<![^\W\d])(?:pro|proti)(?![^\W\d])|zdrzel|hlasov|schval|prijat|zamitnut"
    r"|jednomysl|odsouhlas|nepritom|konsen|prosel|prosl\w|\t|\(\d{1,3}\s*[:/\-–]\s*\d"
)
_VOTE_LINE = Folded(
    r"(?i)^\W*(?:hlasován|výsledek hlasování|výsledek\s*:|pro\s*[:\-–]|pro\s+\(?\s*\d"
    r"|proti\s*[:\-–]|proti\s+\(?\s*\d|zdržel|nikdo\s+se\s+nezdržel|nehlasoval"
    r"|usnesení\s+(?:č\.?\s*[\w/-]+\s+)?(?:ne)?(?:bylo\s+)?(?:ne)?(?:přijat|schválen)|(?:ne)?schváleno|(?:ne)?přijato"
    # "Návrh byl přítomnými konsensuálně přijat, …", "Návrh prošel": the outcome of a
    # proposal made above
    r"|návrh\s+(?:byl\s+)?(?:[^\W\d]+\s+){0,2}?(?:ne)?(?:přijat|schválen|zamítnut)\b|návrh\s+(?:ne)?prošel"
    r"|nikdo se nezdržel)"
)
_RESOLUTION_START = Folded(
    r"^\s*(?:návrh\s+)?(?:usnesení|usn\.)|^\s*[A-Z]{1,3}-\d|^\s*U\s+\d+/|^\s*úkol\s+č\.?\s*\d"
    r"|^\s*[A-Z]{1,4}\s?\d{1,4}(?:/\d{1,4})*/\d{4}\s*$"
)
_DECISION = Folded(
    r"(?i)\b(?:schvaluje|neschvaluje|schválil[aio]?|souhlasí|nesouhlasí|volí|zvolil[aio]?|jmenuje|"
    r"odvolává|rozhodl[aio]?|rozhoduje|(?:ne)?doporučuje|revokuje|stanovuje|vydává|zamítá|přijímá"
    r"|odhlasoval[aio]?|odsouhlasil[aio]?)\b"  # "Odhlasovali jsme 4:0 příspěvek …"
)
# A resolution that assigns work ("ukládá starostovi zajistit …") is a task.
_ASSIGNS = Folded(r"\b(?:ukládá|ukládají|uložil[aoi]?|pověřuje|pověřil[aoi]?)\b")
# "… a pověřuje starostu jejím podpisem": an authority to sign what was decided, no task
_SIGNING_ONLY = Folded(
    r"\bpověř\w*\s+(?:\w+\s+){1,4}?(?:(?:jeho|jejím|jejich)\s+)?(?:podpisem|podpisu|k\s+podpisu)\b"
    # (the contract's parties and numbers may follow, with commas; no other work may)
    r"(?![^;]*\b(?:ukládá|uložil\w*|zajist\w*|zajištěním|zveřejn\w*|a\s+realizac\w*)\b)"
)
# "Rada města po projednání:", "Zastupitelstvo přijalo toto usnesení:":
# a list of resolutions follows.
# ("Doporučení:" over "1. Starosta vypíše …" and "Hlasování: 3 – 0 – 0" too)
_RESOLUTION_INTRO = Folded(
    r"(?:po\s+projednání|přijal[aoi]?\s+(?:toto|tato|následující)\s+usnesení|usnesení"
    r"|^\W*doporučení)\s*:\s*$"
)
_INFORMATION = Folded(r"(?i)\bbere na vědomí|\bvzal[aio]? na vědomí")
_TASK_MARKER = Folded(r"(?i)\b(?:zodpovídá|zodpovědn\w*|odpovídá|odpovědn\w*|termín|úkol)\s*:")
# Lines that continue the task above them rather than start a new one.
_TASK_CONTINUATION = Folded(
    rf"(?i)^\W*(?:{lexicon.task_labels('owner')}|{lexicon.task_labels('due')}|stav)\s*:"
)
_TAGGED_OWNER = rx.compile(r"^\W*?@[^\W\d]")  # "@Ondřej Hladík: připravit …"
_ENTRY_LABEL = Folded(r"(?i)^\W*(?:úkol|usnesení|task)\b")


@dataclass
class Entry:
    lines: list[int] = field(default_factory=list)
    number: str | None = None
    text_lines: list[int] = field(default_factory=list)
    vote_lines: list[int] = field(default_factory=list)
    marked: bool = False  # opened by a number, bullet or label ("Úkol:", "Usnesení č.")
    resolution: bool = False  # opened by a resolution's number ("Usnesení č. RM/812/45/2025")


_OUTCOME_NUMBER = Folded(
    r"\busnesení\s+č(?:íslo)?\.?\s*(?P<number>[A-Z]{0,3}[-/]?\d+(?:\s*/\s*[\dA-Z]{1,6})*)"
    r"\s+(?:ne)?(?:bylo\s+)?(?:ne)?(?:přijat|schválen)"
    # "ZO schvaluje program. (Usnesení č. 12/2024/ZO, hlasování 5-0-1)": in brackets
    r"|\((?:usnesení|usn\.)\s*č\.?\s*(?P<bracketed>[A-Z]{0,3}[-/]?\d+(?:\s*/\s*[\dA-Z]{1,6})*)"
    r"\s*(?:[,;][^)]*)?\)"
)


def number_in_outcome(text: str) -> str | None:
    """ "Usnesení č. 25/2025 bylo schváleno." under a proposal, or after its vote ("pro 5,
    proti 0 – usnesení č. 8/2024 bylo přijato"): the number it got."""
    m = _OUTCOME_NUMBER.search(text)
    return (group(text, m, "number") or group(text, m, "bracketed")) if m else None


def without_outcome_brackets(text: str) -> str:
    """ "ZO schvaluje program. (Usnesení č. 12/2024/ZO, hlasování 5-0-1)" -> "ZO schvaluje
    program.": the number and vote in brackets after the resolution's text."""
    m = _OUTCOME_NUMBER.search(text)
    if m and group(text, m, "bracketed") and not text[m.end() :].strip(" ."):
        return text[: m.start()].rstrip()
    return text


def is_vote_line(text: str) -> bool:
    return bool(_VOTE_LINE.match(text)) or _triple_leads(text) or bool(_VOTE_HEADER.match(text))


def _triple_leads(text: str) -> bool:
    """ "Výsledek hlasování: 7-0-0" is a vote line; "2. Výbor schvaluje … (schváleno
    6-0-0)" is a resolution that carries its vote."""
    m = _VOTE_TRIPLE.search(text)
    return m is not None and m.start() <= _VOTE_LEAD


def _untable(folded: str) -> str:
    """ "pro⇥proti⇥zdržel se 5⇥0⇥1" read as "pro 5 proti 0 zdržel se 1"."""
    m = _VOTE_TABLE.regex.search(folded)
    if not m:
        return folded
    head = rx.split(r"\s*\t\s*", m["head"].strip())
    counts = rx.split(r"\s*\t\s*", m["counts"].strip())
    if len(head) != len(counts):
        return folded
    cells = " ".join(f"{h} {c}," for h, c in zip(head, counts, strict=True))
    return folded[: m.start()] + cells + folded[m.end() :]


def _count(value: str) -> int:
    return int(value) if value.isdigit() else 0  # "nikdo", "žádný", "nula"


def _named(names: str) -> int:
    """How many people a list names ("Kříž, Malá a Nová" -> 3)."""
    return len([n for n in rx.split(r"\s*,\s*|\s+a\s+", names.strip(" ,;")) if n])


_EMPHASIS = rx.compile(r"(?<!\w)[_*]+(?=\w)|(?<=[\w:.])[_*]+(?!\w)")


def parse_vote(text: str, present: int | None = None) -> Vote | None:
    """A vote from one or more lines of text, or None when none is stated."""
    if not _ANY_VOTE_WORD.search(strip_accents(text)):
        return None
    vote = Vote()
    folded = _untable(strip_accents(text))  # once: every pattern below reads the folded text
    folded = _EMPHASIS.sub("", folded)  # "Proti: _nikdo_", "**Pro:** 5" in Markdown
    found = False
    triple = _VOTE_ORDERED.regex.search(folded) or _VOTE_TRIPLE.regex.search(folded)
    if triple:
        vote.for_, vote.against, vote.abstain = (int(g) for g in triple.groups() if g is not None)
        found = True
    elif pair := _VOTE_PAIR.regex.search(folded) or _VOTE_YES_NO.regex.search(folded):
        vote.for_, vote.against = int(pair[1]), int(pair[2])
        found = True
    ahead = _VOTE_REVERSED["for"].regex.search(folded)
    behind = _VOTE_FIELDS["for"].regex.search(folded)
    counts_first = ahead is not None and (behind is None or ahead.start() < behind.start())
    for name, pattern in _VOTE_FIELDS.items():
        if counts_first:
            break  # "6 pro 1 proti": "pro 1" is no count of those for
        m = pattern.regex.search(folded)
        if m and getattr(vote, "for_" if name == "for" else name) is None:
            setattr(vote, "for_" if name == "for" else name, _count(m.group(1)))
            found = True
    # "4 pro, 0 proti, 0 se zdrželo": the count before the word (also for the fields the
    # words after did not give: "Pro hlasovalo 6 členů, …, 1 se zdržel")
    for name, pattern in _VOTE_REVERSED.items():
        field = "for_" if name == "for" else name
        m = pattern.regex.search(folded) if getattr(vote, field) is None else None
        if m:
            setattr(vote, field, int(m.group(1)))
            found = True
    if vote.for_ is None and (by_votes := _FOR_BY_VOTES.regex.search(folded)):
        vote.for_ = int(by_votes.group(1))
        found = True
    for name, pattern in _ROLL_COUNTS.items():
        m = pattern.regex.search(folded)
        if m and getattr(vote, "for_" if name == "for" else name) is None:
            setattr(vote, "for_" if name == "for" else name, int(m.group(1)))
            found = True
    if vote.not_voting is None:  # "Nehlasoval: MUDr. Kalina"
        names = _NOT_VOTING_NAMES.regex.search(folded)
        if names and not names["names"].strip(" _*").startswith(("nikdo", "zadn")):
            vote.not_voting = _named(names["names"])
    if vote.for_ is None:
        names = _VOTE_NAMES.regex.search(folded)
        if names and not names["names"].strip(" _*").startswith(("nikdo", "zadn")):
            vote.for_ = _named(names["names"])
            found = True
    if vote.against is None:  # "Proti: Horáčková, Kubínová"
        names = _AGAINST_NAMES.regex.search(folded)
        if names and not names["names"].strip(" _*").startswith(("nikdo", "zadn")):
            vote.against = _named(names["names"])
            found = True
    if vote.abstain is None:
        names = _ABSTAIN_NAMES.regex.search(folded)
        if names and not names["names"].strip(" _*").startswith(("nikdo", "zadn")):
            vote.abstain = _named(names["names"])
            found = True
    if vote.abstain is None and found and _ONE_ABSTAINED.regex.search(folded):
        vote.abstain = 1  # "4 členové byli pro, pan Fiala se zdržel"
    if vote.against is None and _NOBODY_AGAINST.regex.search(folded):
        vote.against = 0
        found = True
    if _NOBODY_ABSTAINED.regex.search(folded):
        vote.abstain = 0
        found = True
    if unanimous := _UNANIMOUS.regex.search(folded):
        found = True
        vote.against = 0 if vote.against is None else vote.against
        vote.abstain = 0 if vote.abstain is None else vote.abstain
        if vote.for_ is None and unanimous["all"]:
            vote.for_ = int(unanimous["all"])
        if vote.for_ is None and present:
            vote.for_ = present
        vote.result = "adopted"
    if _REJECTED.regex.search(folded):
        vote.result = "rejected"
        found = True
    elif _ADOPTED.regex.search(folded) and vote.result is None and found:
        vote.result = "adopted"
    elif _ADOPTED.regex.search(folded) and rx.search(r"usneseni|navrh", folded):
        vote.result = "adopted"
        found = True
    if found:
        _result_from_counts(vote)
    return vote if found else None


_INLINE_VOTE = Folded(
    # (a count is no contract number: "č. 19000735 pro projekt …")
    r"(?:^|[\s.;,(])(?=(?:hlasování\s*[:–—-]|pro\s*[:=\-–(]?\s*\d{1,3}(?!\d)|\d{1,3}\s*pro\b"
    r"|(?:ne)?schváleno\s+\d+\s*[-–]\s*\d"
    # "Komise doporučuje … (4/0/0)": the counts alone in brackets at the end
    r"|\(\d{1,3}\s*([:/\-–])\s*\d{1,3}\s*\1\s*\d{1,3}\)\s*\.?\s*$))"
)


@cache
def _label_pattern() -> Folded:
    labels = rx.longest_first(lexicon.lex()["conclusion_labels"])
    alternation = "|".join(re.escape(lexicon.strip_accents(w)) for w in labels)
    return Folded(
        rf"^\W*(?P<label>{alternation})(?:\s*\([^)]{{1,60}}\))?(?:\s+(?:č(?:íslo)?\.?\s*)?"
        r"(?P<number>(?:[A-Z]{1,3}\s)?(?:[A-Z]{1,4}[-/])*[A-Z]{0,3}[-/]?\d+(?:\s*/\s*\d{1,4})*(?:/[A-Z0-9]+)*))?"
        r"\s*:\W*(?P<rest>\w.*)$"
    )


class Label(NamedTuple):
    """What a conclusion's opening label ("Závěr:", "Usnesení č. 5/2024:", "Rozhodnuto:") says."""

    kind: str  # the conclusion's default kind
    number: str | None
    text: str  # the conclusion after its label
    decides: bool  # a decision whatever its verb ("Rozhodnuto: …")


@cache
def _label_kinds() -> dict[str, tuple[str, bool]]:
    """Folded label → (default kind, does the label decide)."""
    lex = lexicon.lex()
    decide = {lexicon.key(w) for w in lex["conclusion_labels_that_decide"]}
    labels = lex["conclusion_labels"]
    return {lexicon.key(k): (v, lexicon.key(k) in decide) for k, v in labels.items()}


def labelled(text: str) -> Label | None:
    """The label opening a conclusion ("Závěr: …", "- **Usnesení 2025/03:** …",
    "Rozhodnuto: …"), or None."""
    plain = text.replace("**", "").replace("__", "")
    m = _label_pattern().match(plain)
    if m is None:
        return None
    kind, decides = _label_kinds()[lexicon.key(m["label"])]
    return Label(kind, lexicon.group(plain, m, "number"), plain[m.start("rest") :].strip(), decides)


def split_vote(text: str, present: int | None = None) -> tuple[str, Vote | None]:
    """``("Výbor schvaluje rozpočet.", vote)`` from a resolution with its vote on the same line."""
    m = _INLINE_VOTE.search(text)
    if not m or m.end() == 0:
        return text, None
    vote = parse_vote(text[m.end() :], present)
    if vote is None:
        return text, None
    return text[: m.start() + 1].strip(" (;,"), vote


_GROUP_INTRO = rx.compile(r"^\s*(?:[IVX]{1,4}\.|[A-Z]\))\s+(?P<intro>.+?)\s*(?P<colon>:?)\s*$")


def group_intro(text: str) -> str | None:
    """What heads the entries below it: "II. Výbor ukládá:", "B) schvaluje", "III. bere na
    vědomí" (a Roman or letter mark and a resolution's verb alone, or a phrase with a
    colon), or None."""
    m = _GROUP_INTRO.match(fold(text))
    if m is None:
        return None
    if m["colon"]:
        return m["intro"] + ":"
    return m["intro"] if lexicon.resolution_clause().fullmatch(m["intro"]) else None


def is_group_intro(text: str) -> bool:
    return group_intro(text) is not None


def split_entries(doc: Doc, start: int, end: int) -> list[Entry]:
    """Conclusion entries among the lines ``start..end`` (inclusive)."""
    entries: list[Entry] = []
    current: Entry | None = None
    gap = True
    for i in range(start, end + 1):
        if i in doc.furniture:
            continue
        if doc.is_blank(i):
            gap = True
            continue
        text = doc.lines[i]
        counts_row = (
            _COUNTS_ROW.match(text)
            and current is not None
            and current.vote_lines
            and current.vote_lines[-1] == current.lines[-1]
            and bool(_VOTE_HEADER.match(doc.lines[current.vote_lines[-1]]))
        )
        # "Proti: Horáčková, Kubínová," / "Šedivý; Zdržel se: nikdo": a vote runs on;
        # "Pro: …, Libor" / "Chvojka, Vít Šedivý;", "Pro: …, Bc." / "Tomanová, Bureš (6)":
        # a list of voters broken mid-name.
        above = fold(doc.lines[i - 1]) if i else ""
        vote_goes_on = (
            current is not None
            and bool(current.vote_lines)
            and current.vote_lines[-1] == i - 1
            and (
                above.endswith((",", ";"))
                or (
                    (rx.search(r"[^\W\d]$", above) or lexicon.ends_with_abbreviation(above))
                    and bool(_VOTERS_GO_ON.match(text))
                )
            )
        )
        if (is_vote_line(text) or counts_row or vote_goes_on) and current is not None:
            current.lines.append(i)
            current.vote_lines.append(i)
            gap = False
            continue
        label = _NUMBER.match(text)
        if (
            _TASK_CONTINUATION.match(text)
            and current is not None
            and not (label and label.group(0).strip())
        ):
            current.lines.append(i)
            current.text_lines.append(i)
            gap = False
            continue
        marker = _NUMBER.match(text)
        # "II. bere na vědomí" over "1. zprávu …" (in a numbered resolution, "I.
        # schvaluje" is a clause of its own text)
        heads_group = is_group_intro(text) and not (current is not None and current.resolution)
        starts_new = (
            gap
            or bool(marker and marker.group(0).strip())
            or bool(_ENTRY_LABEL.match(text))
            or heads_group
        )
        if (
            current is not None
            and not gap
            and not (marker and marker.group(0).strip())
            and not _ENTRY_LABEL.match(text)
            and not heads_group
        ):
            # One conclusion per line when each line is a whole sentence.
            previous = fold(doc.lines[current.text_lines[-1]]) if current.text_lines else ""
            starts_new = (
                bool(rx.search(r"[.!?]$", previous))
                and not lexicon.ends_with_abbreviation(previous)  # "… v k. ú." / "Střevlíkov …"
                and text.lstrip()[:1].isupper()
                # "Usnesení č. ZM/12/2024" over "ZM schvaluje …." / "ZM ukládá ….": the
                # numbered resolution's clauses, a line each
                and not (
                    current.resolution
                    and current.number
                    and not current.vote_lines  # its vote closes it
                    and not _INLINE_VOTE.search(previous)
                    and resolves(text)
                )
            )
            if doc.lower_case_typed:  # notes typed in lower case: a line is an entry
                starts_new = not continues(previous, fold(text), lower_case_continues=False)
            if current.vote_lines and current.vote_lines[-1] == current.lines[-1]:
                starts_new = starts_new or text.lstrip()[:1].isupper()  # its vote closed it
            if "\t" in text.strip():  # a table row is an entry of its own (not an indent)
                starts_new = True
        if starts_new or current is None:
            current = Entry()
            entries.append(current)
            current.marked = bool(marker and marker.group(0).strip()) or bool(
                _ENTRY_LABEL.match(text)
            )
            if marker and marker.group(0).strip():
                current.number = (
                    group(text, marker, "res")
                    or group(text, marker, "code")
                    or group(text, marker, "short")
                    or group(text, marker, "bare")
                    or group(text, marker, "num")
                    or group(text, marker, "letter")
                )
                if current.number:  # "ZM 12 / 4/2024" -> "ZM 12/4/2024"
                    current.number = fold(rx.sub(r"\s*/\s*", "/", current.number))
                current.resolution = any(
                    group(text, marker, name) for name in ("res", "code", "short", "bare")
                )
        current.lines.append(i)
        current.text_lines.append(i)
        gap = False
    # An entry that is only "Usnesení č. 5/2023:" takes the text of the next entry.
    merged: list[Entry] = []
    for entry in entries:
        if merged and not merged[-1].text_lines[1:] and _only_label(doc, merged[-1]):
            merged[-1].lines += entry.lines
            merged[-1].text_lines += entry.text_lines
            merged[-1].vote_lines += entry.vote_lines
            continue
        merged.append(entry)
    # A list of marked entries ("Úkol: …", "1) …") ends where unmarked
    # paragraphs follow it ("Příští porada: …"): those are no entries.
    if len(merged) >= 2 and merged[0].marked:
        while merged and not merged[-1].marked:
            merged.pop()
    return merged


def _only_label(doc: Doc, entry: Entry) -> bool:
    text = doc.lines[entry.text_lines[0]]
    m = _NUMBER.match(text)
    return m is not None and bool(m.group(0).strip()) and not fold(text[m.end() :])


def entry_text(doc: Doc, entry: Entry) -> str:
    """The entry's text without its number label and vote lines."""
    parts = []
    for k, i in enumerate(entry.text_lines):
        text = doc.lines[i]
        if k == 0:
            m = _NUMBER.match(text)
            if m:
                text = text[m.end() :]
            label = labelled(text)
            if label is not None:  # "Usnesení: Osadní výbor schvaluje …"
                text = label.text
        parts.append(text)
    # "b. zprávu starosty sboru," in a list of clauses: the comma joins the next one
    return join_lines(parts).rstrip(",;")


_DECIDED = Folded(
    r"\b(?:schválil[aoiy]?|schválen[aoy]?|schváleno|přijat[aoy]?|odsouhlasil[aoiy]?|odsouhlasen[aoy]?"
    r"|zvolen[aoiy]?"  # "Zapisovatelkou byla zvolena …"
    r"|rozhodl[aoiy]?|zamítnut[aoy]?|zamítl[aoiy]?|neschválil[aoiy]?|neschválen[aoy]?"
    r"|dohodl[aoiy]?)\b"  # "Po delší debatě se výbor dohodl, že navrhne …"
)


def decides(text: str) -> bool:
    """Does the sentence record a decision ("Návrh byl schválen", "Výbor schválil …")?"""
    return bool(_DECIDED.search(text) or _DECISION.search(text))


_PROPOSAL = Folded(r"\bnávrh\w*")


def resolves(text: str) -> bool:
    """Does a voted sentence resolve anything: decide, take note ("VH bere na vědomí
    zprávu …"), assign work ("VH ukládá předsedovi …") or settle a proposal ("návrh:
    příspěvek zvýšíme na 600 Kč, hlasování: 6 pro 1 proti")?"""
    return decides(text) or bool(
        _INFORMATION.search(text) or _ASSIGNS.search(text) or _PROPOSAL.search(text)
    )


def body_decides(text: str) -> bool:
    """ "Výbor rozhodl, že …", "Rada souhlasí s …": a decision stated without a vote."""
    lead = lexicon.body_subject().match(text)
    if not lead:
        return False
    following = strip_accents(text)[lead.end() :].split()[:3]  # "Výbor po diskusi rozhodl"
    return any(_DECISION.regex.match(word) for word in following)


def classify(text: str, default: str) -> str:
    """task | decision | information | event."""
    assigns = _ASSIGNS.search(text) and not _SIGNING_ONLY.search(text)
    if assigns or _TAGGED_OWNER.match(text):
        return "task"
    committing = _TASK_MARKER.search(text) or lexicon.commitment_regex().search(text)
    if committing and (not _DECISION.search(text) or default == "task"):
        return "task"
    if (_DECISION.search(text) or _ADOPTED.search(text)) and not _INFORMATION.search(text):
        return "decision"  # "… schvaluje …", "Zápis … byl schválen bez připomínek."
    if _INFORMATION.search(text):
        return "information"
    # An event happens on a day; "domluvit schůzku …, do 7. 3." is a task with a deadline.
    dated = [m for m in find_dates(text) if not is_deadline(text, m)]
    if dated and lexicon.event_regex().search(text):
        return "event"
    return default


def table_resolutions(doc: Doc, start: int, end: int) -> list[tuple[list[int], str, str, str]]:
    """Resolutions written as a table: a header row "Číslo⇥Usnesení⇥Hlasování",
    then ``(lines, number, text, vote)`` per row."""
    out: list[tuple[list[int], str, str, str]] = []
    lines = ((i, doc.lines[i]) for i in doc.content_lines(start, end + 1))
    for i, row in lexicon.table_rows("resolutions", "text", lines):
        if row is None:
            out.append(([i], "", "", ""))  # the header row: claimed, no resolution
        else:
            out.append(([i], row.get("number", ""), row.get("text", ""), row.get("vote", "")))
    return out


def resolution_intros(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Lists of resolutions inside a point, as ``(intro line, last line)``.

    The intro is "Rada města po projednání:", "Usnesení:" and the like; the list
    runs over marked entries ("a) schvaluje …"), vote lines and "T:"/"Z:" lines,
    and ends at the first unmarked paragraph after a blank line.
    """
    out: list[tuple[int, int]] = []
    for intro in (
        i for i in doc.content_lines(start, end + 1) if _RESOLUTION_INTRO.search(doc.lines[i])
    ):
        last = intro
        gap = False
        for i in range(intro + 1, end + 1):
            if i in doc.furniture:
                continue
            if doc.is_blank(i):
                gap = True
                continue
            text = doc.lines[i]
            marker = _NUMBER.match(text)
            listed = (
                bool(marker and marker.group(0).strip())
                or is_vote_line(text)
                or bool(_TASK_CONTINUATION.match(text))
            )
            if _RESOLUTION_INTRO.search(text) or (gap and not listed):
                break
            last = i
            gap = False
        if last > intro:
            out.append((intro, last))
    return out


def resolution_lines(doc: Doc, start: int, end: int) -> list[int]:
    """Lines inside a point that open a resolution ("Usnesení č. 5/2023: …")."""
    out = []
    for i in doc.content_lines(start, end + 1):
        m = _RESOLUTION_LINE.match(doc.lines[i])
        if not m or not _RESOLUTION_START.match(doc.lines[i]):
            continue
        if _RESOLUTION_INTRO.search(doc.lines[i]):
            continue  # "Usnesení:" alone introduces a list (resolution_intros)
        if "\t" in doc.lines[i] and all(
            len(cell.split()) <= 2 for cell in doc.lines[i].split("\t")
        ):
            continue  # "Usnesení⇥Obsah⇥Stav": a table's header row
        # "Usnesení č. 3/2023 a 4/2023 … byla splněna" mentions old resolutions.
        rest = doc.lines[i][m.end() :].strip()
        if rest and not rx.match(r"[:–—-]|[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]", rest):
            continue
        out.append(i)
    return out
