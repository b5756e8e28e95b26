"""Organisation reports inside a point: "Organisation – [speaker] verb …" paragraphs.

A report starts a paragraph with a short capitalised name, a dash (hyphen,
en dash or em dash, spaced) and its text; it runs across blank lines and page
breaks until the next report or the end of the point.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutes_cli import rx
from minutes_cli.extract import lexicon
from minutes_cli.extract.conclusions import is_vote_line
from minutes_cli.extract.lexicon import LOWER, UPPER
from minutes_cli.extract.people import find_mentions
from minutes_cli.nlp.rules import nominative_organisation
from minutes_cli.text.document import Doc, fold

_REPORT = rx.compile(rf"^\s*(?P<org>[{UPPER}][^–—]{{0,80}}?)\s+[–—-]\s+(?P<rest>\S.*)$")
# "Za Diakonii Lipník (Bc. Jana Krátká): …", "Za Městskou policii: str. Pavel Dvořák …"
_ON_BEHALF = rx.compile(
    rf"^\s*[Zz]a\s+(?P<org>[{UPPER}][^:()]{{1,80}}?)\s*(?:\((?P<speaker>[^()]{{2,60}})\))?"
    r"\s*:\s*(?P<rest>\S.*)$"
)
# "Městská policie: strážník Tomáš Hrubý uvedl, že …": a colon, then who spoke
_COLON_REPORT = rx.compile(rf"^\s*(?P<org>[{UPPER}][^:–—]{{0,80}}?)\s*:\s+(?P<rest>\S.*)$")
# "Charita Opava (Mgr. Eva Malá) – představila …": the speaker in brackets
_NAMED_IN_BRACKETS = rx.compile(r"^(?P<org>.+?)\s*\((?P<named>[^()]{3,60})\)$")
_FOR_PARTY = rx.compile(rf"^\s*[Zz]a\s+(?=[{UPPER}])")
_MAX_WORDS = 7


@dataclass
class RawReport:
    line: int
    organisation: str
    rest: str
    end: int = -1  # last line, inclusive
    speaker: str | None = None
    redacted: bool = False
    text_start: str = ""
    named: str | None = None  # the speaker in brackets after the organisation


def _org_ok(org: str) -> bool:
    org = lexicon.legal_form_end().sub("", org)  # "Terénní program Most, z. ú."
    # "Úřad práce, kontaktní pracoviště Frýdlant": a branch named after a comma
    org = rx.sub(rf"^([^,]+),\s+[{LOWER}][^\d,;:()]*$", r"\1", org)
    words = org.split()
    if not words or len(words) > _MAX_WORDS:
        return False
    if rx.search(r"[\d,;:()?!\"„“]", org):
        return False
    starters = lexicon.sentence_starters()
    if words[0].casefold() in starters or words[0].casefold() in lexicon.courtesy():
        return False
    # dots only in initials ("M. Magone") and legal forms ("o.p.s.")
    return all(
        not w.endswith(".") or len(w) <= 2 or rx.fullmatch(r"(\w\.)+\w?\.?", w) for w in words
    )


_SEPARATOR = rx.compile(r"\s+[–—-]\s+")


def _speaker_like(rest: str) -> bool:
    if lexicon.redaction_regex().match(rest):
        return True
    first = rest.split(" ", 1)[0].casefold()
    return first in lexicon.courtesy() or bool(lexicon.degree_regex().match(rest))


def report_start(text: str) -> RawReport | None:
    """A report opening line, or None.

    With several dashes ("Úřad práce – kontaktní pracoviště — pan X …") the
    separator is the one a speaker follows; otherwise the first.
    """
    behalf = _ON_BEHALF.match(text)
    if behalf and _org_ok(behalf["org"]):
        organisation = nominative_organisation(fold(behalf["org"]))
        named = fold(behalf["speaker"]) if behalf["speaker"] else None
        return RawReport(line=-1, organisation=organisation, rest=behalf["rest"], named=named)
    for_party = _FOR_PARTY.match(text)
    if for_party and not behalf:  # "Za Úřad práce Ing. Petr Hora informoval o …"
        mentions = find_mentions(text, 0)
        first = next((p for p in mentions if p.start > for_party.end()), None)
        org = text[for_party.end() : first.start].strip() if first else ""
        if first and _org_ok(org) and _speaker_led(text[first.start :]):
            return RawReport(
                line=-1, organisation=nominative_organisation(fold(org)), rest=text[first.start :]
            )
    m = _REPORT.match(text)
    if not m:
        colon = _COLON_REPORT.match(text)
        # A name of two words or an abbreviation ("OSPOD:"); one word before a colon is
        # a label ("Dotaz: Pan Kadlec se ptal …", "Odpověď: …")
        named_org = colon is not None and (len(colon["org"].split()) >= 2 or colon["org"].isupper())
        if colon and named_org and _org_ok(colon["org"]) and _speaker_led(colon["rest"]):
            return RawReport(line=-1, organisation=fold(colon["org"]), rest=colon["rest"])
        return None
    bracketed = _NAMED_IN_BRACKETS.match(m["org"])
    if bracketed and _org_ok(bracketed["org"]) and find_mentions(bracketed["named"], 0):
        return RawReport(
            line=-1,
            organisation=fold(bracketed["org"]),
            rest=m["rest"].strip(),
            named=fold(bracketed["named"]),
        )
    for sep in list(_SEPARATOR.finditer(text))[1:3]:
        org, rest = text[: sep.start()].strip(), text[sep.end() :].strip()
        if (
            _speaker_like(rest)
            and _org_ok(org.replace("–", " ").replace("—", " "))
            and len(org) <= 80
        ):
            return RawReport(line=-1, organisation=fold(org), rest=rest)
    # "Novák - zajistí rozhodčí …": who, then what he will do; "Hlasování – Rada: 5-0-0"
    if not _org_ok(m["org"]) or lexicon.opens_with_commitment(m["rest"]) or is_vote_line(text):
        return None
    return RawReport(line=-1, organisation=fold(m["org"]), rest=m["rest"].strip())


def _speaker_led(rest: str) -> bool:
    """Does the text open with who speaks: a person, perhaps after a role word ("strážník
    Tomáš Hrubý uvedl"), then a verb of reporting?"""
    if _speaker_like(rest):
        return True
    mentions = find_mentions(rest, 0)
    if not mentions or len(rest[: mentions[0].start].split()) > 2:
        return False
    after = rest[mentions[0].end :].split(" ", 1)[0].rstrip(",")
    return after in lexicon.report_verbs()


def _speaker(rest: str) -> tuple[str | None, bool, str]:
    """``(name, redacted, text)`` from the part after the dash."""
    marker = lexicon.redaction_regex().match(rest)
    if marker:
        return None, True, rest[marker.end() :].strip()
    mentions = find_mentions(rest, 0)
    if mentions and mentions[0].start == 0:
        after = rest[mentions[0].end :].strip()
        first = after.split(" ", 1)[0] if after else ""
        if first in lexicon.report_verbs() or first.rstrip(",") in lexicon.report_verbs():
            return mentions[0].text, False, after
    return None, False, rest


# A paragraph that opens the point's discussion ends the last report ("V diskusi se
# přítomní shodli, …"), which otherwise runs on to the end of the point.
_DISCUSSION = lexicon.Folded(r"^\W*(?:v\s+(?:rámci\s+)?diskusi|diskuse\b|v\s+následné\s+diskusi)")


def _reports_end(doc: Doc, report: RawReport, end: int) -> int:
    for i in doc.content_lines(report.line + 1, end + 1):
        if doc.is_blank(i - 1) and _DISCUSSION.search(doc.lines[i]):
            return i - 1
    return end


def find_reports(doc: Doc, start: int, end: int) -> list[RawReport]:
    """Reports among the lines ``start..end`` (inclusive) of one point."""
    found: list[RawReport] = []
    prev_text = ""
    for i in range(start, end + 1):
        if not doc.is_content(i):
            if not doc.is_blank(i):
                continue
            prev_text = ""
            continue
        text = doc.lines[i]
        candidate = report_start(text)
        opens_paragraph = not prev_text or rx.search(r"[.!?)]$", prev_text) is not None
        if candidate and opens_paragraph:
            candidate.line = i
            found.append(candidate)
        prev_text = fold(text)
    for report in found:
        if report.named and lexicon.redaction_regex().fullmatch(report.named):
            report.speaker, report.redacted, report.text_start = None, True, report.rest
        elif report.named:
            report.speaker, report.redacted, report.text_start = report.named, False, report.rest
        else:
            report.speaker, report.redacted, report.text_start = _speaker(report.rest)
    _set_ends(doc, found, end)
    # "Plánovací smlouva – obec X" over "Návrh" / "ZO schvaluje …" / "PRO ( 6 ) – …": a
    # sub-point's heading; an organisation's report holds no vote
    found = [
        r for r in found if not any(is_vote_line(doc.lines[i]) for i in range(r.line, r.end + 1))
    ]
    # One report is enough when it names (or hides) its speaker.
    if len(found) < 2 and not any(r.speaker or r.redacted for r in found):
        return []
    _set_ends(doc, found, end)
    return found


def _set_ends(doc: Doc, found: list[RawReport], end: int) -> None:
    """Each report runs to the next one, the last to the point's end (or its discussion)."""
    for k, report in enumerate(found):
        last = (found[k + 1].line - 1) if k + 1 < len(found) else _reports_end(doc, report, end)
        content = doc.content_lines(report.line, last + 1)
        report.end = content[-1] if content else report.line
