"""Build the Czech pipeline (once per process) and analyse a document.

``rules``: ``spacy.blank("cs")`` + ``minutes_sentences`` + ``minutes_entities``;
needs no model. ``model``: the optional ``cs_core_news_sm`` (its parser
excluded: we never use its sentence boundaries, and its tokenizer is left
untouched) followed by the same rule components, which win on conflict.
``auto``: the model when it is installed, else rules.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from minutes_cli import rx
from minutes_cli.errors import MinutesError
from minutes_cli.nlp.linking import Mention, Person, link_people, same_person
from minutes_cli.nlp.names import name_key
from minutes_cli.nlp.rules import organisation_hits

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = "cs_core_news_sm"


def model_available() -> bool:
    """Is the optional statistical model installed?"""
    return importlib.util.find_spec(MODEL_PACKAGE) is not None


def resolve_mode(mode: str) -> str:
    """``auto`` -> ``model`` when installed, else ``rules``; checks the name."""
    if mode == "auto":
        return "model" if model_available() else "rules"
    if mode not in ("rules", "model"):
        raise MinutesError(f"unknown NLP mode {mode!r} (use auto, rules or model)")
    if mode == "model" and not model_available():
        raise MinutesError(
            "--nlp model needs the optional model: "
            f"pip install 'minutes-cli[model]' ({MODEL_PACKAGE})"
        )
    return mode


@cache
def get_pipeline(mode: str = "rules") -> Language:
    """The spaCy pipeline for ``mode`` (``rules`` or ``model``), loaded once."""
    import spacy

    from minutes_cli.nlp import components  # noqa: F401  registers the factories

    if mode == "model":
        nlp = spacy.load(MODEL_PACKAGE, exclude=["parser"])
        nlp.add_pipe("minutes_sentences", first=True)
        nlp.add_pipe("minutes_entities", config={"use_model_persons": True})
    else:
        nlp = spacy.blank("cs")
        nlp.add_pipe("minutes_sentences")
        nlp.add_pipe("minutes_entities")
    return nlp


@dataclass
class OrgMention:
    """One written mention of an organisation."""

    text: str
    line: int
    start: int
    end: int
    rule: str


@dataclass
class Organisation:
    """An organisation with its displayed name and its mentions."""

    name: str
    mentions: list[OrgMention] = field(default_factory=list)


@dataclass
class Analysis:
    """People and organisations of one document, linked."""

    people: list[Person]
    organisations: list[Organisation]


_WORD = rx.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")


def propagate(
    lines: Sequence[tuple[int, str]],
    orgs: dict[str, Organisation],
    taken: dict[int, list[tuple[int, int]]],
) -> None:
    """Find further (inflected) mentions of organisations named elsewhere."""
    keys = sorted(
        ((name_key(name), name) for name in orgs if name_key(name)), key=lambda k: -len(k[0])
    )
    if not keys:
        return
    caps_of = {name: [w[:1].isupper() for w in name.split() if _WORD.match(w)] for _, name in keys}
    for i, text in lines:
        words = list(_WORD.finditer(text))
        stems = [key[0] if (key := name_key(w.group())) else "" for w in words]
        starts: dict[str, list[int]] = {}
        for j, s in enumerate(stems):
            starts.setdefault(s, []).append(j)
        for key, name in keys:
            caps = caps_of[name]
            n = len(key)
            for j in starts.get(key[0], ()):  # only where the first word's stem stands
                if tuple(stems[j : j + n]) != key:
                    continue
                if any(
                    words[j + k].group()[:1].isupper() != caps[k] for k in range(min(n, len(caps)))
                ):
                    continue
                s, e = words[j].start(), words[j + n - 1].end()
                if any(s < b and a < e for a, b in taken.setdefault(i, [])):
                    continue
                taken[i].append((s, e))
                orgs[name].mentions.append(OrgMention(text[s:e], i, s, e, "linked"))


def find_organisations(
    lines: Sequence[tuple[int, str]], known: Sequence[tuple[int, str]] = ()
) -> list[Organisation]:
    """Organisations by the rules alone (no spaCy): headers, legal forms, heads,
    abbreviations, plus ``known`` names at their lines (report organisations),
    their inflected mentions elsewhere, merged by name key."""
    orgs: dict[str, Organisation] = {}
    taken: dict[int, list[tuple[int, int]]] = {}
    by_line = dict(lines)
    for line, name in known:
        text = by_line.get(line, "")
        start = text.find(name)
        if start >= 0:
            orgs.setdefault(name, Organisation(name)).mentions.append(
                OrgMention(name, line, start, start + len(name), "header")
            )
            taken.setdefault(line, []).append((start, start + len(name)))
    for i, text in lines:
        # Persons cannot hide an organisation (they yield to it), so only
        # organisations are looked for.
        for hit in organisation_hits(text):
            if any(hit.start < b and a < hit.end for a, b in taken.get(i, [])):
                continue
            name = str(hit.info["name"])
            orgs.setdefault(name, Organisation(name)).mentions.append(
                OrgMention(hit.text, i, hit.start, hit.end, str(hit.info["rule"]))
            )
            taken.setdefault(i, []).append((hit.start, hit.end))
    propagate(lines, orgs, taken)
    return merge_organisations(orgs)


def analyse(
    lines: Sequence[str], mode: str = "rules", *, skip: frozenset[int] = frozenset()
) -> Analysis:
    """People and organisations in ``lines`` (the normalized text's lines).

    ``skip`` holds line indexes to ignore (furniture). Mentions carry 0-based
    line indexes and offsets within their line.
    """
    nlp = get_pipeline(resolve_mode(mode))
    todo = [(i, t) for i, t in enumerate(lines) if t.strip() and i not in skip]
    mentions: list[Mention] = []
    orgs: dict[str, Organisation] = {}
    taken: dict[int, list[tuple[int, int]]] = {}
    for (i, _), doc in zip(todo, nlp.pipe(t for _, t in todo), strict=True):
        for p in doc.user_data.get("minutes_people", []):
            mentions.append(
                Mention(
                    text=p["text"],
                    line=i,
                    start=p["start"],
                    end=p["end"],
                    degrees=tuple(p.get("degrees", ())),
                    anchor=p.get("anchor", False),
                    nominative=p.get("nominative", False),
                    lemma=p.get("lemma"),
                    source=p.get("source", "rules"),
                )
            )
            taken.setdefault(i, []).append((p["start"], p["end"]))
        for s, e, name, rule in doc.user_data.get("minutes_orgs", []):
            org = orgs.setdefault(name, Organisation(name))
            org.mentions.append(OrgMention(doc.text[s:e], i, s, e, rule))
            taken.setdefault(i, []).append((s, e))
    propagate(todo, orgs, taken)
    mentions = _trust_model(mentions)
    organisations = merge_organisations(orgs)
    return Analysis(people=link_people(mentions), organisations=organisations)


def _trust_model(mentions: list[Mention]) -> list[Mention]:
    """Keep a model-only mention when it adds a given name or names a person
    the rules found elsewhere in the document (the model's precision alone is
    too low: projects, streets and campaigns look like surnames to it)."""
    ruled = [m for m in mentions if m.source == "rules"]
    kept = []
    for m in mentions:
        trusted = m.source == "rules" or len(m.words) == 2
        if trusted or any(same_person(m.words[-1], r.words[-1]) for r in ruled):
            kept.append(m)
    return kept


_ABBR = rx.compile(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,6}")


def _merge_abbreviated(orgs: list[Organisation]) -> list[Organisation]:
    """ "SDH Pstružná Lhotka" is "Sbor dobrovolných hasičů Pstružná Lhotka" (the initials
    of its first words), and "SDH" alone is the one organisation named "SDH …": each
    goes into the longer name."""
    merged: set[int] = set()

    def spells(abbr: str, rest: list[str], org: Organisation) -> bool:
        words = org.name.split()
        n = len(abbr)
        return words[n:] == rest and "".join(w[0] for w in words[:n]).upper() == abbr

    for pass_ in ("named", "alone"):
        for short in orgs:
            first, *rest = short.name.split()
            if (
                not _ABBR.fullmatch(first)
                or id(short) in merged
                or bool(rest) != (pass_ == "named")
            ):
                continue
            longer = [
                o
                for o in orgs
                if o is not short
                and id(o) not in merged
                and (
                    spells(first, rest, o)
                    if rest
                    else any(m.text.startswith(first + " ") for m in o.mentions)
                )
            ]
            if len(longer) == 1:
                longer[0].mentions.extend(short.mentions)
                merged.add(id(short))
    return [o for o in orgs if id(o) not in merged]


def merge_organisations(orgs: dict[str, Organisation]) -> list[Organisation]:
    """Merge organisations whose names share a key (inflected duplicates)."""
    by_key: dict[tuple[str, ...], Organisation] = {}
    rank = {"header": 0, "legal": 1, "head": 2, "abbr": 3, "linked": 4}
    for org in sorted(orgs.values(), key=lambda o: min(rank.get(m.rule, 5) for m in o.mentions)):
        key = name_key(org.name)
        if key in by_key:
            by_key[key].mentions.extend(org.mentions)
        else:
            by_key[key] = Organisation(org.name, list(org.mentions))
    out = _merge_abbreviated(list(by_key.values()))
    for org in out:
        org.mentions.sort(key=lambda m: (m.line, m.start))
    out.sort(key=lambda o: (o.mentions[0].line, o.mentions[0].start))
    return out
