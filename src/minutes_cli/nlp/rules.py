"""The rules behind ``minutes_entities``: regular expressions built from data.

Pure Python (no spaCy), so the rule-based extractor and tests can use them
directly. Every pattern comes from ``lexicon.yaml`` / ``names.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from minutes_cli import rx
from minutes_cli.data import load
from minutes_cli.extract import lexicon
from minutes_cli.nlp.names import data, given_name, is_capitalised, name_key, stem

UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
LOWER = "a-záčďéěíňóřšťúůýžäöüľĺŕ"
CAP = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
ABBR = rf"[{UPPER}][{UPPER}]+"


@dataclass(frozen=True)
class Hit:
    """One entity found by the rules, with character offsets into the text."""

    label: str
    start: int
    end: int
    text: str
    info: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


def _alt(words: list[str]) -> str:
    """Regex alternation, longest first; inner spaces match any spacing."""
    parts = rx.longest_first({w for w in words if w})
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in parts)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = load("lexicon")
    deg_b = rf"(?:{_alt(lex['degrees_before'])})"
    deg_a = rf"(?:{_alt(lex['degrees_after'])})"
    courtesy = "|".join(
        rf"[{c[0].upper()}{c[0]}]{re.escape(c[1:])}" for c in rx.longest_first(lex["courtesy"])
    )
    name = rf"(?P<name>{CAP}(?:\s+{CAP})?)"
    after = rf"(?P<after>(?:\s*,?\s*{deg_a}(?!\w))*)"
    link = _alt(data("org_links"))
    # "Komise pro životní prostředí", "… pro kulturu a sport", "… a cestovní ruch": a
    # "pro" phrase ends the name (not "… a sport Rady obce", the council's own name)
    adjective = rf"[{LOWER}]+[íýáé](?=\s)"
    ext = (
        rf"(?:\s+(?:(?:{link})\s+)*(?:{CAP}|{ABBR}|[{UPPER}]\.)(?:\s+a\s+{CAP})?)*"
        # "Krajský úřad Podhorského kraje": the region's adjective, then its noun
        rf"(?:(?<=ého)\s+(?:{link}))?"
        rf"(?:\s+pro\s+[{LOWER}]+(?:\s+(?!a\s)[{LOWER}]+)?"
        rf"(?:\s+a\s+(?:{adjective}\s+)?[{LOWER}]+)?)?"
    )
    heads = [*lex["org_heads"], *[f for f in lex["org_legal_forms"] if "." not in f]]
    head_parts = []
    for h in sorted(dict.fromkeys(heads), key=lambda h: (-len(h), h)):
        words = h.split()
        parts = []
        for w in words:
            if w.isupper():
                parts.append(re.escape(w) + r"(?!\w)")  # "MŠ", not the "MŠ" of "MŠMT"
            else:
                base = _stem_prefix(w)
                first = rf"[{base[0].upper()}{base[0]}]" if w[0].islower() else re.escape(base[0])
                parts.append(first + re.escape(base[1:]) + rf"[{LOWER}]*")
        head_parts.append(r"\s+".join(parts))
    legal = [f for f in lex["org_legal_forms"] if "." in f]
    abbreviations = _alt(data("org_abbreviations"))
    abbr_shapes = "|".join(data("org_abbreviation_patterns"))
    return {
        "courtesy": rx.compile(
            rf"(?<![\w.])(?P<court>{courtesy})\s+(?P<deg>(?:{deg_b}\s*)*){name}{after}"
        ),
        "degree": rx.compile(rf"(?<![\w.])(?P<deg>(?:{deg_b}\s*)+){name}{after}"),
        "given": rx.compile(rf"(?<![\w.])(?P<name>{CAP}\s+{CAP}){after}"),
        "head": rx.compile(rf"(?<![\w.])(?P<head>{'|'.join(head_parts)})(?P<rest>{ext})"),
        "legal": rx.compile(rf"(?<!\w)(?:{_alt(legal)})(?!\w)"),
        "abbr": rx.compile(rf"(?<![\w.])(?:{abbreviations}|{abbr_shapes})(?![\w])"),
        "header": rx.compile(
            rf"^\s*(?P<org>[{UPPER}][^\d,.;:!?()\[\]–—-]{{1,60}}?)\s+[-–—]\s+(?P<rest>\S.*)$"
        ),
        "degrees_after": rx.compile(deg_a),
        "degrees_before": rx.compile(deg_b),
    }


def _stem_prefix(word: str) -> str:
    """The written prefix of ``word`` its stem keeps ("Městská" -> "Městsk")."""
    key = stem(word)
    # stem() folds diacritics; walk the original word to the same length.
    out = word[: len(key)]
    if (
        key.endswith(("c", "k", "n"))
        and len(key) < len(word)
        and word[len(key) - 1 : len(key) + 1]
        in (
            "ec",
            "ek",
            "en",
        )
    ):
        out = word[: len(key) - 1]
    return out


@cache
def _heads() -> list[tuple[str, tuple[str, ...]]]:
    lex = load("lexicon")
    heads = [*lex["org_heads"], *[f for f in lex["org_legal_forms"] if "." not in f]]
    # dict.fromkeys, not set: the order (and so which of "Spolek"/"spolek" wins a
    # tie) must not depend on the per-process string hash.
    return sorted(
        ((h, name_key(h)) for h in dict.fromkeys(heads)), key=lambda x: (-len(x[1]), x[0])
    )


@cache
def _head_keys() -> frozenset[tuple[str, ...]]:
    """The keys of the lexicon's heads: is an inflected head word one of them?"""
    return frozenset(key for _, key in _heads())


def _is_role(text: str) -> bool:
    first = text.split()[0].casefold() if text.split() else ""
    return any(first.startswith(p) for p in data("role_prefixes"))


def nominative_organisation(name: str) -> str:
    """ "Městskou policii Lipník" -> "Městská policie Lipník": an organisation's name
    led by a known head, with the head in the nominative (else ``name``)."""
    m = _patterns()["head"].match(name)
    if m is None or name_key(m["head"]) not in _head_keys():
        return name
    return _head_nominative(m["head"]) + name[m.end("head") :]


def _head_nominative(head: str) -> str:
    """The lexicon form of a written (inflected) head: "Městské policie" -> "Městská policie"."""
    key = name_key(head)
    for form, form_key in _heads():
        if form_key == key:
            return form if form[0].isupper() == head[0].isupper() else form[0].upper() + form[1:]
    return head


def _street(text: str, start: int) -> bool:
    before = text[:start].split()
    return bool(before) and before[-1].casefold() in {m.casefold() for m in data("street_markers")}


def _degrees(text: str, key: str) -> list[str]:
    return [rx.sub(r"\s+", " ", d) for d in _patterns()[key].findall(text or "")]


def _person(m: re.Match[str], text: str, kind: str) -> Hit | None:
    words = m["name"].split()
    given = given_name(words[0]) if len(words) == 2 else None
    if len(words) == 2 and given is None and kind != "given":
        words = words[:1]  # "Pan Antony Ostrava": only a listed given name starts a full name
    if kind == "given" and (given is None or given_name(words[1]) is not None):
        return None
    if len(words) == 1 and given_name(words[0]) is not None:
        return None  # a given name alone ("Mgr. Veroniku" before a line break)
    start = m.start("name")
    end = start + len(" ".join(words)) if len(words) == 1 else m.end("name")
    name_text = text[start:end]
    degrees = _degrees(m.groupdict().get("deg") or "", "degrees_before")
    after_text = m["after"] if end == m.end("name") else ""
    degrees += _degrees(after_text, "degrees_after")
    court = (m.groupdict().get("court") or "").casefold()
    line_rest = text[: m.start()].strip()
    anchor = len(words) == 2 and (not line_rest or line_rest.endswith(":"))
    info = {
        "text": name_text,
        "degrees": degrees,
        "nominative": court in {"pan", "slečna"} or anchor,
        "anchor": anchor,
    }
    return Hit("PERSON", start, end, name_text, info)


@cache
def _vote_words() -> frozenset[str]:
    """The words of a vote's counts ("Pro", "Proti", "Zdržel se"), as keys."""
    return frozenset(lexicon.key(w.split()[0]) for w in lexicon.lex()["vote_words"])


@cache
def _name_verbs() -> frozenset[str]:
    """Verbs of resolutions, commitments and reports: never part of a name."""
    lex = lexicon.lex()
    words = [*lex["resolution_verbs"], *lex["commitment_verbs"], *lex["report_verbs"]]
    return frozenset(w.casefold() for w in words if " " not in w)


_AMOUNT_WORDS = frozenset({"Kč", "EUR", "USD", "CZK", "tis", "mil", "mld"})


def _reports_as_organisation(org: str, rest: str) -> bool:
    """Does "X – rest" open an organisation's report, not a sub-point's heading ("Prodej
    pozemku – žádost manželů K.", "Oprava zbrojnice – stav prací")? A name looks like
    one (two capitalised words, an abbreviation, an organisation's head word, a legal
    form), or a speaker or a verb of reporting follows the dash."""
    words = org.split()
    p = _patterns()
    if (
        sum(w[:1].isupper() for w in words) >= 2
        or any(len(w) >= 2 and w.isupper() for w in words)
        or p["head"].match(org)
        or p["legal"].search(org)
    ):
        return True
    first = rest.split(" ", 1)[0].casefold().rstrip(",:")
    return (
        first in lexicon.report_verbs()
        or first in lexicon.courtesy()
        or bool(lexicon.redaction_regex().match(rest) or lexicon.degree_regex().match(rest))
        or bool(rx.match(rf"[{UPPER}]\w+\s+[{UPPER}]\w+", rest))
    )


def _organisations(text: str) -> list[Hit]:
    p = _patterns()
    hits: list[Hit] = []
    header = p["header"].match(text)
    if (
        header
        and not _is_role(header["org"])
        and len(header["org"].split()) <= 6
        and not lexicon.opens_with_commitment(header["rest"])  # "Novák – zajistí …"
        # "# Porada týmu Dobrovolnického centra Kompas – 5. 3. 2024": a meeting, a title
        and header["org"].split()[0].casefold() not in lexicon.lex()["meeting_nouns"]
    ):
        org = header["org"].strip()
        first_words = [w for w in org.split() if w[0].isupper()]
        if len(org.split()) == 1 and (
            org in lexicon.given_names() or lexicon.key(org) in _vote_words()
        ):
            first_words = []  # "Anicka - event manager", "Proti - 1": a person, a vote
        # "Za zhotovitele – stavbyvedoucí: …": a preposition starts no organisation's name
        opens_sentence = org.split()[0].casefold() in lexicon.sentence_starters()
        org_words = org.split()
        if (
            first_words
            and not opens_sentence
            # "Usnesení nebylo přijato – …": a sentence, not a name
            and not rx.search(r"\b(?:se|je|jsou|není|nejsou|bude|(?:ne)?byl[aoiy]?)\b", org)
            # "Dana Vitásková – personalistka": a person and her job
            and not (
                len(org_words) == 2 and given_name(org_words[0]) and org_words[1][:1].isupper()
            )
            and _reports_as_organisation(org, header["rest"])
        ):
            s = header.start("org")
            hits.append(Hit("ORG", s, s + len(org), org, {"name": org, "rule": "header"}))
    for m in p["legal"].finditer(text):
        words = list(rx.finditer(r"[\w.-]+", text[: m.start()]))
        taken: list[re.Match[str]] = []
        comma = False
        stops = {s.casefold() for s in data("org_left_stops")}
        stopped_by: re.Match[str] | None = None
        for w in reversed(words[-5:]):
            gap = text[w.end() : (taken[0].start() if taken else m.start())]
            if not taken and gap.strip() == ",":
                gap, comma = " ", True  # "ČEZ Distribuce, a. s.": the comma before the form
            if any(c in gap for c in ",;:()–\t"):  # \t: a cell
                break
            if w.group().casefold() in stops:
                stopped_by = w
                break
            if w.group()[0].isdigit() or w.group() in _AMOUNT_WORDS:
                break  # "z toho 2 120 000 Kč STAVMONT Lužná s.r.o.": an amount ends it
            taken.insert(0, w)
        if stopped_by and stopped_by.group()[0].isupper() and taken and taken[0].group().islower():
            # "Spolek přátel Rákosného mlýna, z. s.": the generic word opens the name when
            # the name goes on in lower case (not "Společnost Novák s.r.o.")
            taken.insert(0, stopped_by)
        # "Výbor doporučuje Střechy Novák s.r.o.": a verb parts the sentence's subject
        # from the name.
        verbs = [k for k, w in enumerate(taken) if w.group().casefold() in _name_verbs()]
        if verbs:
            del taken[: verbs[-1] + 1]
        while taken and not taken[0].group()[0].isupper():
            taken.pop(0)
        opens_line = bool(taken) and not text[: taken[0].start()].strip()
        if comma and opens_line and rx.match(r"[\s,]*[a-záčďéěíňóřšťúůýž]", text[m.end() :]):
            continue  # "Kozí Brod, p. o., za rok …": the end of a name the line above began
        if taken:
            s, e = taken[0].start(), taken[-1].end()
            name = nominative_organisation(text[s:e])  # "dotace Spolku přátel X, z. s."
            hits.append(Hit("ORG", s, m.end(), text[s : m.end()], {"name": name, "rule": "legal"}))
    pos = 0
    while (found := p["head"].search(text, pos)) is not None:
        m = found
        # a match that names nothing gives its words back: in "příspěvkové organizace
        # Technické služby X" the legal form is no head, and "Technické služby" is
        pos = m.end("head")
        head, rest = m["head"], m["rest"].rstrip()
        for word in rest.split():  # "MŠ Mgr. Kosová": a degree ends the name ("MŠ")
            if f"{word}." in lexicon.degrees()[0]:
                rest = rest[: rest.find(word)].rstrip()
                break
        if name_key(head) not in _head_keys() or given_name(head) is not None:
            continue  # "Radek", "Radim" share a stem with "Rada" but are no form of it
        if not rest and len(head.split()) == 1 and not head.isupper():
            continue  # a lone generic head word ("Agentura") is not a name
        if head[0].islower() and not rest:
            continue
        rest_words = rest.split()
        if head[0].islower() and rest_words and given_name(rest_words[0]):
            # "předsedou spolku Vladimíra Kubernáta": the association's chairman; "za členy
            # spolku Adélu Rybovou a Pavla Kolínského": its new members
            continue
        name = _head_nominative(head) + rest
        end = m.start("rest") + len(rest)
        hits.append(
            Hit("ORG", m.start(), end, text[m.start() : end], {"name": name, "rule": "head"})
        )
        pos = max(end, pos)
    for m in p["abbr"].finditer(text):
        hits.append(Hit("ORG", m.start(), m.end(), m.group(), {"name": m.group(), "rule": "abbr"}))
    return hits


def _overlaps(hit: Hit, kept: list[Hit]) -> bool:
    return any(hit.start < k.end and k.start < hit.end for k in kept)


def organisation_hits(text: str) -> list[Hit]:
    """ORG hits of one paragraph, without overlaps: a header, a legal form, a
    head, an abbreviation, in that order of trust."""
    kept: list[Hit] = []
    for hit in _organisations(text):
        if not _overlaps(hit, kept):
            kept.append(hit)
    return kept


def scan(text: str) -> list[Hit]:
    """PERSON and ORG hits of one paragraph, without overlaps.

    Organisations first (:func:`organisation_hits`), then persons that overlap
    none of them ("ZŠ Přemysla Pittra" is a school, not a person).
    """
    kept = organisation_hits(text)
    p = _patterns()
    for kind in ("courtesy", "degree", "given"):
        for m in p[kind].finditer(text):
            if kind == "degree" and _street(text, m.start()):
                continue
            hit = _person(m, text, kind)
            if hit is not None and not _overlaps(hit, kept):
                kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def model_person(ent_text: str, ent_start: int, text: str) -> Hit | None:
    """A statistical PERSON span, trimmed to name words, if it can be a name.

    Courtesy words and degrees are cut off; the rest must be one or two
    capitalised words, the first of two a listed given name, and not a
    role. The model proposes; these checks decide.
    """
    lex = load("lexicon")
    courtesy = {c.casefold() for c in lex["courtesy"]}
    words = list(rx.finditer(r"\S+", ent_text))
    while words and (
        words[0].group().casefold() in courtesy
        or _patterns()["degrees_before"].fullmatch(words[0].group())
    ):
        words.pop(0)
    words = [w for w in words if is_capitalised(w.group().rstrip(",."))]
    if not words or len(words) > 2:
        return None
    if len(words) == 2 and given_name(words[0].group()) is None:
        return None
    if _is_role(words[0].group()):
        return None
    s = ent_start + words[0].start()
    e = ent_start + words[-1].start() + len(words[-1].group().rstrip(",."))
    name_text = text[s:e]
    if not all(w.isalpha() or "-" in w for w in name_text.split()):
        return None
    return Hit(
        "PERSON",
        s,
        e,
        name_text,
        {"text": name_text, "degrees": [], "nominative": False, "anchor": False, "source": "model"},
    )
