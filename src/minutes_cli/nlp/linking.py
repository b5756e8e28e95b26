"""Link mentions inside one document: people to one canonical person,
inflected organisation names to the organisation they name.

Pure functions, no spaCy: the rule-based extractor calls them directly.
Signatures and full-name mentions are anchors; Czech surname suffix rules
(and, when the model is used, its lemma) vote for the nominative; gender
must agree. Lemma keys are for matching only: displayed names are always
forms written in the document (or nominatives the rules derive).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from minutes_cli import rx
from minutes_cli.nlp.names import (
    Gender,
    candidate_genders,
    data,
    given_name,
    given_name_readings,
    is_capitalised,
    name_key,
    nominative_candidates,
    surname_gender,
)

_SPACE = rx.compile(r"\s+")


class Mention(NamedTuple):
    """One written mention of a person: the name words only, as written."""

    text: str
    line: int = 0  # 0-based line index in the normalized text
    start: int = 0  # character offsets within that line
    end: int = 0
    degrees: tuple[str, ...] = ()
    anchor: bool = False  # a signature or other nominative full-name position
    lemma: str | None = None  # the statistical model's lemma of the surname, a vote
    source: str = "rules"
    nominative: bool = False  # written in a nominative position ("Pan X", a signature)

    @property
    def words(self) -> list[str]:
        return _SPACE.split(self.text.strip())


@dataclass
class Person:
    """A cluster of mentions of one person, with the canonical nominative name."""

    name: str
    given: str | None
    surname: str
    gender: Gender | None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def degrees(self) -> list[str]:
        seen: list[str] = []
        for m in self.mentions:
            for d in m.degrees:
                if d not in seen:
                    seen.append(d)
        return seen


def split_name(text: str) -> tuple[str | None, Gender | None, str]:
    """``"Hanou Nohavicovou"`` -> (``"Hana"``, ``"female"``, ``"Nohavicovou"``).

    The last word is the surname; a preceding given name (in any case) is
    returned in the nominative with its gender.
    """
    words = _SPACE.split(text.strip())
    if len(words) >= 2:
        found = given_name(words[0])
        if found:
            return found[0], found[1], words[-1]
        return words[0], None, words[-1]
    return None, None, words[-1] if words else ""


def _surname_options(surname: str, gender: Gender | None) -> dict[str, Gender | None]:
    """Nominative candidates, filtered by a known gender."""
    options = candidate_genders(surname)
    if gender is None:
        return options
    agreeing = {k: g for k, g in options.items() if g in (gender, None)}
    return agreeing or options


def same_person(a: str, b: str) -> bool:
    """Could the names ``a`` and ``b`` (as written, any case) be one person?

    Surnames must share a nominative candidate, given names (when both have
    one) must be the same name, and genders must agree.

    >>> same_person("paní Nohavicové".split()[1], "Hana Nohavicová")
    True
    >>> same_person("Novák", "Nováková")
    False
    """
    given_a, gender_a, surname_a = split_name(a)
    given_b, gender_b, surname_b = split_name(b)
    if given_a and given_b and given_a != given_b:
        return False
    if gender_a and gender_b and gender_a != gender_b:
        return False
    opts_a = _surname_options(surname_a, gender_a or gender_b)
    opts_b = _surname_options(surname_b, gender_b or gender_a)
    common = set(opts_a) & set(opts_b)
    if not common:
        return False
    # A surname written in the nominative of one gender never names the other
    # ("Novák" vs "Nováková"): demand a common candidate with agreeing genders.
    return any(opts_a[c] is None or opts_b[c] is None or opts_a[c] == opts_b[c] for c in common)


def _strong_endings() -> tuple[str, ...]:
    """Surname endings that are never nominative (every rule changes them)."""
    rules: dict[str, list[dict[str, str]]] = data("surname_endings")
    return tuple(e for e, rs in rules.items() if all(r["to"] != e for r in rs))


def _nominative(group: Sequence[Mention], gender: Gender | None) -> str:
    """The nominative of a surname-only cluster.

    Votes, strongest first: a form written in a nominative position ("Pan
    Antony"); a written form with a nominative ending (-ová, -ý) or none the
    rules know; the model's lemma; the suffix rules' guess.
    """
    forms = [m.words[0] for m in group]
    sets = [_surname_options(f, gender) for f in forms]
    pool = set(sets[0]).intersection(*map(set, sets[1:])) or set(sets[0])
    counts = Counter(forms)

    def best(candidates: Iterable[str]) -> str | None:
        ranked = sorted(candidates, key=lambda f: (-counts[f], forms.index(f)))
        return ranked[0] if ranked else None

    hinted = best({m.words[0] for m in group if m.nominative and m.words[0] in pool})
    if hinted:
        return hinted
    looking = best(
        f
        for f in dict.fromkeys(forms)
        if f in pool and (len(nominative_candidates(f)) == 1 or surname_gender(f) is not None)
    )
    if looking:
        return looking
    for lemma, _ in Counter(m.lemma for m in group if m.lemma).most_common():
        if lemma in pool and is_capitalised(lemma):
            return lemma
    return _canonical_from_written(forms[0], gender)


def _canonical_from_written(surname: str, gender: Gender | None) -> str:
    """Nominative of an inflected surname by the rules' best guess."""
    if not surname.endswith(_strong_endings()):
        return surname
    options = _surname_options(surname, gender)
    for option, option_gender in options.items():
        if option != surname and (gender is None or option_gender in (gender, None)):
            return option
    return surname


def link_people(mentions: Sequence[Mention]) -> list[Person]:
    """Group mentions into people with canonical nominative names.

    Anchors (signatures, full names) come first and name their cluster;
    surname-only mentions join the one anchor they can be, else they form
    clusters of their own, named by the form the document attests.
    Clusters keep the order of their first mention.
    """
    people: list[Person] = []
    # Full names first: they carry the given name and so the gender.
    full = sorted(
        (m for m in mentions if len(m.words) >= 2),
        key=lambda m: (not m.anchor, m.line, m.start),
    )
    for m in full:
        given, gender, surname = split_name(m.text)
        options = _surname_options(surname, gender)
        match = next(
            (
                p
                for p in people
                if p.given in (None, given) and p.surname in options and p.gender in (None, gender)
            ),
            None,
        )
        if match is None:
            # Another reading of the given name ("Radka Kociána" = Radek Kocián).
            for reading, reading_gender in given_name_readings(m.words[0]):
                opts = _surname_options(surname, reading_gender)
                match = next((p for p in people if p.given == reading and p.surname in opts), None)
                if match:
                    break
        if match:
            match.mentions.append(m)
            continue
        nominative = surname
        if not m.anchor:
            nominative = _canonical_from_written(surname, gender)
        people.append(
            Person(
                name=f"{given} {nominative}" if given else nominative,
                given=given,
                surname=nominative,
                gender=gender or candidate_genders(nominative).get(nominative),
                mentions=[m],
            )
        )
    # Surname-only mentions: join an anchored person, else group by candidates.
    loose: list[Mention] = []
    for m in mentions:
        if len(m.words) >= 2:
            continue
        options = _surname_options(m.words[0], None)
        if m.lemma:
            options.setdefault(m.lemma, None)
        matches = [p for p in people if p.surname in options]
        if len(matches) == 1:
            matches[0].mentions.append(m)
        else:
            loose.append(m)
    groups: list[list[Mention]] = []
    for m in loose:
        options = set(_surname_options(m.words[0], None))
        if m.lemma:
            options.add(m.lemma)
        for group in groups:
            if any(same_person(m.words[0], g.words[0]) for g in group):
                group.append(m)
                break
        else:
            groups.append([m])
    for group in groups:
        forms = [m.words[0] for m in group]
        genders = {candidate_genders(f).get(f) for f in forms} - {None}
        gender = genders.pop() if len(genders) == 1 else None
        name = _nominative(group, gender)
        people.append(
            Person(
                name=name,
                given=None,
                surname=name,
                gender=gender or candidate_genders(name).get(name),
                mentions=list(group),
            )
        )
    for p in people:
        p.mentions.sort(key=lambda m: (m.line, m.start))
    people.sort(key=lambda p: (p.mentions[0].line, p.mentions[0].start))
    return people


def link_organisation(mention: str, known: Iterable[str]) -> str | None:
    """The known organisation an (inflected) mention names, or None.

    Matching compares stem keys ("projektu Bílého nosorožce" contains the key
    of "Bílý nosorožec"); the returned name is the known, displayed form.
    """
    words = name_key(mention)
    best: tuple[int, str] | None = None
    for name in known:
        key = name_key(name)
        if not key or len(key) > len(words):
            continue
        for i in range(len(words) - len(key) + 1):
            if words[i : i + len(key)] == key:
                if best is None or len(key) > best[0]:
                    best = (len(key), name)
                break
    return best[1] if best else None


def looks_like_name(word: str) -> bool:
    """A capitalised word that can be a surname (not an initial, not all caps)."""
    return is_capitalised(word) and word.replace("-", "").isalpha()
