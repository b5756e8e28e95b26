"""People and organisations: find mentions, link them, name them canonically.

Rules only (the spaCy layer in :mod:`minutes_cli.nlp` adds candidates and
lemma votes on top). A person is one individual across all mentions:
"paní Nohavicová", "paní Nohavicové" and the signature "Mgr. Hana
Nohavicová" are one person named "Hana Nohavicová" in the nominative.
Full-name mentions (given name + surname, signatures, attendance lists) are
anchors; surname-only mentions link to the anchor whose surname they inflect.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from minutes_cli import nlp, rx
from minutes_cli.data import load
from minutes_cli.extract import lexicon
from minutes_cli.extract.entities import EMAIL, PHONE
from minutes_cli.extract.lexicon import LOWER, UPPER
from minutes_cli.models.record import Mention, Organisation, Person
from minutes_cli.text.document import Doc, fold, loc, runs

WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_FEMININE_ENDINGS = ("ová", "ové", "ovou", "ská", "ské", "skou", "cká", "cké", "ckou", "ná", "ní")
_MASCULINE_ENDINGS = ("ovi", "ého", "ému", "ým", "ský", "cký", "ný")

# Case endings stripped to compare surnames (longest first).
_ENDINGS = (
    "ovou",
    "ové",
    "ová",
    "ovi",
    "ého",
    "ému",
    "ou",
    "ho",
    "em",
    "ým",
    "ý",
    "é",
    "á",
    "a",
    "e",
    "u",
    "y",
    "i",
)


def _same_role_word(a: str, b: str) -> bool:
    """Stems of one role word in two cases ("místostarostk" / "místostarostc")."""
    if a == b:
        return True
    common = next(
        (k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return common >= 5 and common >= min(len(a), len(b)) - 1


# A soft consonant before a fleeting e is written hard, with "ě": Vaňka -> Vaněk.
_HARDENED = {"ň": "n", "ť": "t", "ď": "d"}
_SOFTENED = {hard: soft for soft, hard in _HARDENED.items()}


def _fleeting_e(base: str) -> str:
    """``base`` with the e its other cases drop: "Vitásk" -> "Vitásek", "Vaňk" -> "Vaněk"."""
    hard = _HARDENED.get(base[-2:-1])
    if hard:
        return base[:-2] + hard + "ě" + base[-1]
    return base[:-1] + "e" + base[-1:]


def stem(surname: str) -> str:
    """Comparison key of a Czech surname in any case: ``Nohavicové`` -> ``nohavic``.

    The fleeting e of -ek/-ec surnames is dropped too (Kubánek, Kubánka ->
    ``kubánk``).
    """
    s = surname.casefold()
    for end in _ENDINGS:
        if s.endswith(end) and len(s) - len(end) >= 3:
            s = s[: -len(end)]
            break
    if len(s) >= 5 and s[-2:] in {"ek", "ec"}:
        s = s[:-2] + s[-1]
    elif len(s) >= 5 and s[-2:] in {"ěk", "ěc"} and s[-3] in _SOFTENED:
        s = s[:-3] + _SOFTENED[s[-3]] + s[-1]  # Vaněk, Vaňka -> vaňk
    return s


def _genders_agree(m: PersonMention) -> bool:
    """Does the given name's gender agree with the surname's form? Czech women's
    surnames end in "-á" ("Nováková", "Malá"), men's do not."""
    female_name = m.given in lexicon.female_given_names()
    return female_name == m.surname.endswith("á") and nominative(m.surname) == m.surname


def gender(surname: str, courtesy: str | None = None) -> str | None:
    """'f', 'm' or None, from a courtesy word or the surname's ending."""
    if courtesy:
        c = courtesy.casefold()
        for g, words in lexicon.lex()["courtesy_gender"].items():
            if c in words:
                return str(g)
    s = surname.casefold()
    if s.endswith(_FEMININE_ENDINGS):
        return "f"
    if s.endswith(_MASCULINE_ENDINGS):
        return "m"
    return None


def same_surname(a: str, b: str, ga: str | None = None, gb: str | None = None) -> bool:
    """Could ``a`` and ``b`` be the same surname in different grammatical cases?"""
    if ga and gb and ga != gb:
        return False
    la, lb = a.casefold(), b.casefold()
    if la == lb or lexicon.strip_accents(a) == lexicon.strip_accents(b):
        return True  # "Benes" typed without diacritics for "Beneš"
    sa, sb = stem(a), stem(b)
    return sa in (sb, lb) or la == sb


def nominative(surname: str, courtesy: str | None = None) -> str:
    """Best guess of the nominative of a surname seen in another case."""
    rules = [("ovou", "ová"), ("ové", "ová"), ("ého", "ý"), ("ému", "ý"), ("ovi", ""), ("ho", "")]
    c = (courtesy or "").casefold()
    if c == "pana":  # genitive/accusative: Nováka, Kubelku, Kubelky
        rules += [("u", "a"), ("y", "a"), ("a", "")]
    elif c in {"panu", "panem"}:
        rules += [("em", ""), ("ou", "a"), ("u", "")]
    if courtesy and courtesy.casefold() == "paní":
        rules += [("ou", "á"), ("é", "á")]
    for end, repl in rules:
        if surname.endswith(end) and len(surname) - len(end) >= 3:
            base = surname[: -len(end)] + repl
            if not repl and rx.search(r"[^aeiouyáéěíóúůý][kc]$", base):
                base = _fleeting_e(base)  # Vitáska -> Vitásek, Němce -> Němec, Vaňka -> Vaněk
            return base
    return surname


@lru_cache(maxsize=8192)
def nominative_given(given: str, courtesy: str | None) -> str:
    """ "pana Jana" -> "Jan", "paní Jany" -> "Jana": a given name back to the nominative.

    Candidates come from stripping case endings (and restoring a dropped
    "e": Pavla -> Pavel); the one in the given-name list of the courtesy
    word's gender wins.
    """
    from minutes_cli.data import load

    names = load("names")["given_names"]
    g = gender("", courtesy)
    if g is None:
        return given
    pool = set(names["male" if g == "m" else "female"])
    if given in pool:
        return given
    for end, repl in (
        # the dative and locative of women's names soften the stem: Lenka -> Lence,
        # Hedvika -> Hedvice, Olga -> Olze, Věra -> Věře, Ludmila -> Ludmile
        ("ce", "ka"),
        ("ze", "ga"),
        ("ře", "ra"),
        ("le", "la"),
        ("ího", "í"),
        ("ímu", "í"),  # "Jiřímu" -> "Jiří"
        ("ii", "ie"),  # "Marii", "Lucii" -> "Marie", "Lucie"
        ("ovi", ""),
        ("em", ""),
        ("ou", "a"),
        ("y", "a"),
        ("ě", "a"),
        ("u", "a" if g == "f" else ""),
        ("e", ""),
        ("a", ""),
        ("i", ""),
    ):
        if given.endswith(end):
            base = given[: -len(end)] + repl
            # "Pavla" -> "Pavel", "Zdeňka" -> "Zdeněk"
            for candidate in (base, _fleeting_e(base) if len(base) > 2 else base):
                if candidate in pool:
                    return candidate
    return given


@lru_cache(maxsize=8192)
def same_given(a: str, b: str) -> bool:
    """ "Josefa" (an oblique case) and "Josef" are the same given name."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if rx.fullmatch(r"\w\.", short) and not rx.fullmatch(r"\w\.", long_):
        return long_.startswith(short[0])  # "M. Kratochvíl" and "Marek Kratochvíl"
    if long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    return any(nominative_given(x, c) == y for x, y in ((a, b), (b, a)) for c in ("pana", "paní"))


def split_degrees(text: str) -> tuple[str, list[str]]:
    """``"Jana Abrlová, DiS."`` -> ``("Jana Abrlová", ["DiS."])``."""
    found = [lexicon.canonical_degree(m.group(0)) for m in lexicon.degree_regex().finditer(text)]
    name = lexicon.degree_regex().sub(" ", text)
    name = fold(rx.sub(r"\s*,\s*", " ", name)).strip(" ,;–-")
    if name.isupper() and len(name) > 3 and " " in name:
        name = name.title()  # "JAROSLAV KUBÍČEK" in minutes typed in capitals
    return name, found


@dataclass
class PersonMention:
    line: int
    text: str
    surname: str
    given: str | None = None
    degrees: list[str] = field(default_factory=list)
    courtesy: str | None = None
    start: int = 0
    end: int = 0
    end_line: int | None = None  # when the name runs onto the next line

    @property
    def gender(self) -> str | None:
        return gender(self.surname, self.courtesy)


@dataclass
class _Cluster:
    mentions: list[PersonMention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None

    @property
    def anchor(self) -> PersonMention | None:
        """The mention that names the person: the first whose given name is a
        known one in the nominative ("Miloš Ptáček" in the signatures, not the
        "Miloše Ptáčka" a resolution chose earlier), else the first with any."""
        known = lexicon.given_names()
        listed = [m for m in self.mentions if m.given in known]
        # "Martina Dobeše", "Pavla Zedníka" (accusatives of Martin Dobeš, Pavel Zedník)
        # read as a woman's given name with a man's surname: a pair whose genders agree
        # ("Martin Dobeš" in the signatures) names the person.
        return (
            next((m for m in listed if _genders_agree(m)), None)
            or next(iter(listed), None)
            or next((m for m in self.mentions if m.given), None)
        )

    def surname_forms(self) -> list[str]:
        return [m.surname for m in self.mentions]

    def name(self) -> str:
        anchor = self.anchor
        if anchor:
            surname = anchor.surname
            if surname not in anchor.text.split() and any(
                nominative(m.surname, "pana") == surname + "a" for m in self.mentions
            ):
                # "p. Miroslavu Vondrovi" guessed as "Vondr"; "p. Vondra" or "p. Vondry"
                # elsewhere says the nominative (Vondra, like Svoboda or Kučera)
                surname += "a"
            return f"{anchor.given} {surname}"
        # Prefer a form already in the nominative (after "Pan"/"Paní" + verb, or bare).
        nominatives = [
            m.surname
            for m in self.mentions
            if nominative(m.surname, m.courtesy) == m.surname
            and (m.courtesy or "").casefold() in {"", "pan", "paní", "slečna", "kolega"}
        ]
        if nominatives:
            return max(dict.fromkeys(nominatives), key=nominatives.count)  # ties: first seen
        # "p. Vondry" and "p. Vondra" ("p." may be either case): the form the other
        # one is declined from
        forms = list(dict.fromkeys(m.surname for m in self.mentions))
        for form in forms:
            if any(f != form and nominative(f, "pana") == form for f in forms):
                return form
        first = self.mentions[0]
        return nominative(first.surname, first.courtesy)

    def degrees(self) -> list[str]:
        out: list[str] = []
        full_name_only = lexicon.lex()["degrees_before_full_name"]
        for m in self.mentions:
            for d in m.degrees:
                # "Člen P. Slunský": an initial, where "P. Jan Novák" is a priest
                if d not in out and not (d in full_name_only and not m.given):
                    out.append(d)
        return out

    def matches(self, m: PersonMention) -> bool:
        for other in self.mentions:
            if m.given and other.given and not same_given(m.given, other.given):
                continue
            if same_surname(m.surname, other.surname, m.gender, other.gender):
                return True
        return False


class People:
    """Collects person mentions and links them into individuals."""

    def __init__(self) -> None:
        self.mentions: list[PersonMention] = []
        self._clusters: list[_Cluster] | None = None
        # Roles written next to listed names: "Mgr. Ondřej Vacek (starosta)".
        self.listed_roles: list[tuple[str, str]] = []

    def by_role(self, text: str) -> str | None:
        """The person a role word names ("starosta", "starostovi", "tajemník")."""
        words = text.split()
        if not words or not words[0][:1].islower():
            return None

        # Compared without diacritics: "reditelka" typed for the listed "ředitelka"
        def stems(phrase: str) -> list[str]:
            return [stem(lexicon.strip_accents(w)) for w in phrase.split()]

        want, *rest_words = stems(text)
        rest = set(rest_words)
        candidates = [
            (len(rest & set(role_stems[1:])), k, name)
            for k, (name, role) in enumerate(self.listed_roles)
            if (role_stems := stems(role))
            and _same_role_word(role_stems[0], want)
            # "vedoucí OSM" is not the listed "vedoucí finančního odboru": both roles say
            # whose head they are, and they say it differently
            and not (rest and role_stems[1:] and not rest & set(role_stems[1:]))
        ]
        if not candidates:
            return None
        # "vedoucí odboru majetku": the holder whose role shares most words, else the one
        # named last (after an election, the new "myslivecký hospodář", not the outgoing)
        name = max(candidates)[2]
        return self.canonical(name) or name

    def add(self, mention: PersonMention) -> None:
        self.mentions.append(mention)
        self._clusters = None

    def add_name(self, line: int, text: str) -> PersonMention | None:
        """Add a name from a list or signature ("Mgr. Hana Nohavicová", "Jake")."""
        name, degrees = split_degrees(text)
        words = name.split()
        if len(words) == 1 and rx.fullmatch(rf"[{UPPER}]{{2,3}}", words[0]):
            return None  # "Zapsala: KV": initials stand for someone listed, they name nobody new
        capitalised = all(w[0].isupper() for w in words)
        if (not words or len(words) > 4 or not capitalised) and not (
            len(words) == 1 and words[0].isalpha()
        ):
            return None
        known = None
        if len(words) == 1 and words[0] in lexicon.given_names():
            # "Zapisuje: Markéta" under "Přítomni: …, Markéta Lindnerová, …": the one listed
            # person of that given name
            known = self._the_one(lambda a: a.given is not None and same_given(a.given, words[0]))
        if known is not None and len(known.split()) == 2:
            mention = PersonMention(line, text, known.split()[1], known.split()[0], degrees)
        elif len(words) == 1:
            mention = PersonMention(line, text, words[0].capitalize(), None, degrees)
        else:
            mention = PersonMention(line, text, words[-1], " ".join(words[:-1]), degrees)
        self.add(mention)
        return mention

    def clusters(self) -> list[_Cluster]:
        if self._clusters is not None:
            return self._clusters
        clusters: list[_Cluster] = []
        # Anchors first, so surname-only mentions attach to the full name.
        order = sorted(self.mentions, key=lambda m: (m.given is None, m.line, m.start))
        for m in order:
            target = next((c for c in clusters if c.matches(m)), None)
            if target is None:
                target = _Cluster()
                clusters.append(target)
            target.mentions.append(m)
        for c in clusters:
            c.mentions.sort(key=lambda m: (m.line, m.start))
        clusters.sort(key=lambda c: (c.mentions[0].line, c.mentions[0].start))
        self._clusters = clusters
        return clusters

    def cluster_of(self, mention: PersonMention) -> _Cluster | None:
        return next((c for c in self.clusters() if mention in c.mentions), None)

    def _the_one(self, keep: Callable[[PersonMention], bool]) -> str | None:
        """The name of the one listed person whose anchor ``keep`` accepts, if just one."""
        same = [c for c in self.clusters() if c.anchor and keep(c.anchor)]
        return same[0].name() if len(same) == 1 else None

    def knows(self, text: str) -> bool:
        """Is ``text`` ("Šimková", "Jana Malá") one of the people already met?"""
        name = self.canonical(text)
        return name is not None and any(c.name() == name for c in self.clusters())

    def by_handle(self, handle: str) -> str | None:
        """The one listed person a chat handle names ("@simon", "@s.prazak",
        "@prazak" -> "Šimon Pražák"), compared without accents and case."""
        key = lexicon.strip_accents(handle.lstrip("@")).replace("_", ".").replace("-", ".")

        def fits(a: PersonMention) -> bool:
            given = lexicon.strip_accents(a.given or "")
            surname = lexicon.strip_accents(a.surname)
            return key in {
                given,
                surname,
                f"{given}.{surname}",
                f"{given}{surname}",
                f"{given[:1]}.{surname}",
                f"{given[:1]}{surname}",
            }

        return self._the_one(fits)

    def canonical(self, text: str) -> str | None:
        """Canonical name of the person ``text`` names ("paní Nohavicové" -> "Hana Nohavicová")."""
        found = find_mentions(text, 0)
        if not found:
            role_holder = self.by_role(text) if self.listed_roles else None
            if role_holder:
                return role_holder
            name, _ = split_degrees(text)
            words = name.split()
            if not words:
                return None
            if len(words) == 1:
                # "Jana" alone: the one person whose given name it is.
                one = self._the_one(lambda a: a.given == words[0])
                if one:
                    return one
                if words[0] in lexicon.given_names():
                    return words[0]  # "Marek" is a given name, not a surname "Marek"/"Marková"
            if len(words) == 1 and rx.fullmatch(rf"[{UPPER}]{{2}}", words[0]):
                # "Z: RŠ": the one listed person with those initials
                one = self._the_one(
                    lambda a: bool(a.given) and a.given[0] + a.surname[0] == words[0]
                )
                if one:
                    return one
            if len(words) == 2 and rx.fullmatch(rf"[{UPPER}]\.", words[1]):
                # "Jana K.": the one listed Jana whose surname starts with K
                one = self._the_one(
                    lambda a: a.given == words[0] and a.surname.startswith(words[1][0])
                )
                if one:
                    return one
            if len(words) == 2 and rx.fullmatch(rf"[{UPPER}]\.", words[0]):
                # "J. Pilná": the one listed person of that surname whose given name fits
                one = self._the_one(
                    lambda a: (
                        (a.given or " ")[0] == words[0][0]
                        and same_surname(a.surname, words[1], a.gender, None)
                    )
                )
                if one:
                    return one
            found = [PersonMention(0, text, words[-1], " ".join(words[:-1]) or None)]
        m = found[0]
        for c in self.clusters():
            if c.matches(m):
                return c.name()
        return f"{m.given} {m.surname}" if m.given else nominative(m.surname, m.courtesy)

    def build(self, doc: Doc) -> list[Person]:
        out: list[Person] = []
        for c in self.clusters():
            out.append(
                Person(
                    name=c.name(),
                    degrees=c.degrees(),
                    roles=c.roles,
                    organisation=c.organisation,
                    email=c.email,
                    phone=c.phone,
                    mentions=_distinct_mentions(c.mentions),
                )
            )
        return out


_STREET = rx.compile(
    r"(?i)(?:\b(?:na|ul\.|ulice|ulici|nám\.|náměstí|třída|třídě|nábř\.|nábřeží)\s*)$"
)


def _distinct_mentions(mentions: list[PersonMention]) -> list[Mention]:
    """Record mentions, once each: a listed name ("Přítomni: Ing. Marek Šindelář")
    is found both by the list (no offsets) and by the text scan."""
    kept: list[PersonMention] = []
    for m in mentions:
        clash = next((k for k, o in enumerate(kept) if _same_place(o, m)), None)
        if clash is None:
            kept.append(m)
        elif len(fold(m.text)) > len(fold(kept[clash].text)):
            kept[clash] = m
    return [Mention(text=fold(m.text), loc=loc(m.line, m.end_line)) for m in kept]


def _same_place(a: PersonMention, b: PersonMention) -> bool:
    if a.line != b.line:
        return False
    if a.end == 0 or b.end == 0:  # a listed name: compare the text
        ta, tb = fold(a.text), fold(b.text)
        return ta in tb or tb in ta
    return a.start < b.end and b.start < a.end


@cache
def _ROLE_BEFORE() -> re.Pattern[str]:
    prefixes = "|".join(re.escape(p) for p in load("names")["role_prefixes"])
    verbs = "|".join(re.escape(v) for v in load("names")["role_verbs"])
    # "Výchovná poradkyně Mgr. X": an adjective may lead the role, known by its suffix
    # ("výchovná", "sociální", "odborný"; not "zahájila", "zvolený", nor "dosavadní":
    # when, not what); as written, with its diacritics ("pokladny" is none)
    adjective = (
        r"(?:(?!dosavadn)[a-záčďéěíňóřšťúůýž]{2,}(?:sk|ck|ov|ln|vn|čn|dn|tn|hn|rn)[áýí]\s+)?"
    )
    return rx.compile(
        r"(?i)\b(?P<role>"
        + adjective
        + lexicon.loose(
            rf"(?:{prefixes})\w*(?-i:\s+(?!(?:{verbs})\b)"
            rf"(?:[a-záčďéěíňóřšťúůýž]\w*|[{UPPER}]{{2,}}\b)){{0,3}})\s*$"
        )
    )


@cache
def _DASH_ROLE() -> re.Pattern[str]:
    """ "– místopředseda" after a name, to the end of its line (a list of members)."""
    prefixes = "|".join(re.escape(p) for p in load("names")["role_prefixes"])
    return rx.compile(
        lexicon.loose(
            rf"(?i)^\s*[–—-]\s*(?P<role>(?:{prefixes})\w*(?-i:\s+[a-záčďéěíňóřšťúůýž]\w*){{0,3}})\s*[,.;]?\s*$"
        )
    )


@cache
def _ROLE_LEAD() -> re.Pattern[str]:
    prefixes = "|".join(re.escape(p) for p in load("names")["role_prefixes"])
    return rx.compile(lexicon.loose(rf"(?i)^(?:(?:{prefixes})\w*\s+)+(?=[{UPPER}])"))


def is_role(text: str) -> bool:
    """Is ``text`` a role and nothing else ("Starosta SDH", "předseda výboru")?"""
    return bool(_ROLE_BEFORE().fullmatch(text.strip()))


def strip_role(text: str) -> str:
    """ "Předseda Bartoš" -> "Bartoš": the role word that leads a name."""
    stripped = _ROLE_LEAD().sub("", text)
    return stripped if stripped.strip() else text


def role_holder(people: People, text: str) -> str | None:
    """The person a role phrase names ("Předseda výboru", "starostovi"), if listed."""
    if _ROLE_BEFORE().fullmatch(text.strip()) or _ROLE_BEFORE().search(text.strip()):
        return people.by_role(text.strip().lower())
    return None


# Case endings of role nouns and of adjectives used as roles ("předsedajícím", "vedoucímu"),
# without diacritics
_ROLE_ENDINGS = ("ovi", "imu", "iho", "im", "ou", "em", "u", "e", "i", "a", "y")


def _role_stem(word: str) -> str:
    s = lexicon.strip_accents(word).casefold()
    end = next((e for e in _ROLE_ENDINGS if s.endswith(e) and len(s) - len(e) >= 4), "")
    return s[: len(s) - len(end)]


@cache
def _role_stems() -> tuple[tuple[str, str], ...]:
    return tuple((_role_stem(r), r) for r in load("names")["role_nominatives"])


def role_nominative(word: str) -> str | None:
    """ "starostovi" -> "starosta": a role word in any case, in the nominative, if known."""
    want = _role_stem(word)
    exact = [r for s, r in _role_stems() if s == want]
    if exact:
        return exact[0]
    # "starostce" / "starostk": the last consonant alternates
    near = [r for s, r in _role_stems() if len(s) == len(want) and _same_role_word(s, want)]
    return near[0] if len(near) == 1 else None


def _deg_alt() -> str:
    before, after = lexicon.degrees()
    return "|".join(re.escape(d) for d in rx.longest_first(before | after))


@cache
def _mention_patterns() -> tuple[re.Pattern[str], ...]:
    deg = _deg_alt()
    courtesy_alt = lexicon.courtesy_alternation()
    lex = lexicon.lex()
    courtesy_lead = lexicon.first_letters(
        [*lex["courtesy"], *lex["courtesy_lower_case"]], both_cases=True
    )
    after_alts = rx.longest_first(lexicon.degrees()[1])
    after = r"(?:,?\s*(?:" + "|".join(re.escape(d) for d in after_alts) + r"))*"
    return (
        # paní Mgr. Hana Nohavicová / pana Ing. Antonyho / Paní Kuzníková
        rx.compile(
            rf"(?<![\w]){courtesy_lead}(?P<courtesy>{courtesy_alt})\s+(?P<deg>(?:(?:{deg})\s+)*)"
            rf"(?P<n1>{WORD})(?:[^\S\t]+(?P<n2>{WORD}))?(?P<after>{after})",
            re.IGNORECASE,
        ),
        # Mgr. Hana Nohavicová, Bc. Novák
        rx.compile(
            rf"(?<![\w])(?P<deg>(?:(?:{deg})\s*)+)\s*(?P<n1>{WORD})(?:[^\S\t]+(?P<n2>{WORD}))?(?P<after>{after})"
        ),
        # Kateřina Wojtas, Jana Abrlová, DiS.
        rx.compile(rf"(?<![\w.])(?P<n1>{WORD})[^\S\t]+(?P<n2>{WORD})(?P<after>{after})"),
    )


def _overlapping(
    pattern: re.Pattern[str], text: str, given: frozenset[str] | None
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern``; with ``given``, a pair whose first word is no given name
    ("Jednatelka Petra") is tried again from its second word ("Petra Zámečníková")."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        retry = given is not None and m["n1"] not in given and m["n2"] in given
        pos = m.start("n2") if retry else m.end()


def find_mentions(text: str, line: int) -> list[PersonMention]:
    """Person mentions in one line: degree-led, courtesy-led and given-name-led names."""
    given = lexicon.given_names()
    out: list[PersonMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    patterns = _mention_patterns()
    for index, pattern in enumerate(patterns):
        for m in _overlapping(pattern, text, given if index == 2 else None):
            if not free(m.start(), m.end()):
                continue
            if _STREET.search(text, max(0, m.start() - 40), m.start()) and not m.groupdict().get(
                "courtesy"
            ):
                # "na Dr. Malého", "ul. Prof. Nováka": a street, not a person (but "v ulici
                # panu Melicharovi" is a person: no street is named "pana X")
                continue
            n1, n2 = m["n1"], m["n2"]
            courtesy = m.groupdict().get("courtesy")
            # "p. Miroslavu Vondrovi": "p." is "pan" or "paní", and the surname tells which
            oblique = courtesy
            if courtesy and n2 and gender("", courtesy) is None:
                oblique = {"f": "paní", "m": "pana"}.get(gender(n2) or "", courtesy)
            if courtesy and (not n1[0].isupper() or (n1.isupper() and len(n1) <= 4)):
                continue  # "sestra JIP": a ward's abbreviation after the courtesy word
            degrees = [
                d.group(0)
                for d in lexicon.degree_regex().finditer(
                    (m.groupdict().get("deg") or "") + (m["after"] or "")
                )
            ]
            if n2 and text[m.end("n2") :].lstrip().startswith(":"):
                n2 = None  # "Marek" / "Omluveni: Kuba": the next word is a label
                if index == 2:
                    continue
            if index == 2 and (n1 not in given or n2 in given):
                continue
            full = bool(n2) and (
                n1 in given
                or index == 1
                # "panem Romanem Vitáskem": the given name in an oblique case
                or bool(oblique and nominative_given(n1, oblique) in given)
                # "paní Jindra Ptáčková": a feminine surname after a courtesy word
                or bool(
                    courtesy
                    and courtesy.casefold() == "paní"
                    and n2.endswith(("ová", "ská", "cká"))
                )
            )
            if full and index != 2 and n1 not in given and n2 in given:
                n1, n2 = n2, n1  # "Ing. Novák Jan": an official list puts the surname first
            elif full and index != 2 and n1 not in given:
                # "Mgr. Lenku Horálkovou", "Jiřího Kubánka": an oblique case.
                implied = oblique or {"f": "paní", "m": "pana"}.get(gender(n2) or "", "")
                if not implied:  # "Tomáše Kořána": the given name tells whose case it is
                    implied = next(
                        (c for c in ("pana", "paní") if nominative_given(n1, c) in given), ""
                    )
                    if implied == "pana" and n1.endswith("em"):
                        implied = "panem"  # "Alešem Mrkvičkou": the instrumental
                    elif implied == "pana" and n1.endswith(("ovi", "u", "ímu")):
                        implied = "panu"  # "Janu Kořánovi": the dative
                nom = nominative_given(n1, implied) if implied else n1
                if nom != n1:
                    n1, n2 = nom, nominative(n2, implied)
            if full:
                if courtesy and courtesy.casefold() not in {"pan", "paní"}:
                    n1, n2 = nominative_given(n1, courtesy), nominative(n2, courtesy)
                mention = PersonMention(line, m.group(0), n2, n1, degrees, courtesy)
            else:
                end = m.end("n1") - m.start()
                mention = PersonMention(line, m.group(0)[:end], n1, None, degrees, courtesy)
            mention.start = m.start()
            mention.end = m.start() + len(mention.text)
            out.append(mention)
            taken.append((mention.start, mention.end))
    out.sort(key=lambda p: p.start)
    return out


def full_names(text: str) -> list[PersonMention]:
    """The mentions in ``text`` that give a given name and a surname ("Ing. Bořivoj
    Tichánek" inside "místostarosta města X Ing. Bořivoj Tichánek")."""
    return [m for m in find_mentions(text, 0) if m.given]


# A role in lower case, then a name ("starosta obce p. Sýkora", "předseda Jan Novák")
_ROLE_LEAD_NAME = rx.compile(
    r"^(?P<role>(?:[a-záčďéěíňóřšťúůýž]{3,}\s+){1,3}?)(?P<name>(?:\S+\.\s+)*[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\S*.*)$"
)


# What follows a name but says no role: a date or a label ("dne 8. 3. 2023", "ověřil: …"),
# a count ("celkem 7 ze 12 členů"), an absence ("oba omluvení"), when ("k bodu 2.1"), a
# sentence ("jsou na soustředění", "valná hromada je usnášeníschopná")
_NO_ROLE = rx.compile(
    r"^dne\b|\d{1,2}\.\s*\d{1,2}\.|:|\d+\s+ze?\s+\d+|\bomluven|\boba\b|^k\s+bod"
    r"|\b(?:je|jsou|byl[aoiy]?)\b"
)


def _may_be_role(text: str) -> bool:
    return not lexicon.absence_reason().search(text) and not _NO_ROLE.search(text)


def listed_roles(value: str) -> list[tuple[str, str]]:
    """``(name, role)`` pairs of a list.

    "Mgr. Ondřej Vacek (starosta)", "Ing. Petr Novotný, ředitel".
    """
    out: list[tuple[str, str]] = []
    value = rx.sub(r"\n\s*(?=\()", " ", value)  # "Libor Kunc" / "(místostarosta), …" wrapped
    for line in value.split("\n"):
        # "(k bodu 2)", "(příchod v 16:25)": when, not what the person is
        line = rx.sub(r"\s*\((?:k|od|do|při|v|ve|za|příchod|odchod)\b[^)]*\)", "", line)
        # "(místostarostka, odchod v 19:40)": the role, then when she left
        line = rx.sub(r",\s*(?:příchod|odchod|přišel|přišla|odešel|odešla)\b[^)]*(?=\))", "", line)
        parts = [p.strip() for p in rx.split(r"[,;]", line) if p.strip()]
        for k, part in enumerate(parts):
            # "5 členů (Jan Novotný – předseda, …, Eva Malá)": the list inside the brackets
            if part.count("(") > part.count(")"):
                part = part.rsplit("(", 1)[1].strip()
            elif part.count(")") > part.count("("):
                part = part.rstrip(") ")
            lead = _ROLE_LEAD_NAME.match(part)
            if lead and is_role(lead["role"]):  # "starosta obce p. Sýkora"
                polite = lexicon.courtesy_lead().match(lead["name"])
                name, _ = split_degrees(lead["name"][polite.end() :] if polite else lead["name"])
                # a person: "p. Sýkora", "Jan Novák"; not a place ("starosta obce Kapradná")
                if name[:1].isupper() and (polite or starts_with_person(name)):
                    out.append((name, lead["role"].strip()))
                    continue
            # "Mgr. Ondřej Vacek (starosta)", "Jan Novotný – předseda"
            m = rx.match(r"(?P<name>[^()]+?)\s*\((?P<role>[^)]+)\)", part) or rx.match(
                r"(?P<name>[^()–—]+?)\s+[–—-]\s+(?P<role>[a-záčďéěíňóřšťúůýž][^()]*)$", part
            )
            if m:
                name, _ = split_degrees(m["name"])
                if (
                    name
                    and name[:1].isupper()
                    and m["role"][:1].islower()
                    and _may_be_role(m["role"])
                ):
                    out.append((name, m["role"].strip()))
            elif (
                part[:1].islower()
                and k
                and not split_degrees(part)[1]
                and not lexicon.courtesy_lead().match(part)  # "…, npor. Karel Dušek": a person
                and _may_be_role(part)
                and part.capitalize() not in lexicon.given_names()  # "Jana, Lucka, marek"
            ):
                name, _ = split_degrees(parts[k - 1])
                if name and name[:1].isupper():
                    out.append((name, part))
    return out


def starts_with_person(text: str) -> bool:
    """Does ``text`` open with a full name ("Mgr. Lubomír Haš z odboru …")?"""
    return any(m.start == 0 for m in full_names(text))


def _details_of(people: People, mention: PersonMention) -> dict[str, str]:
    """The contacts and role found next to ``mention``, kept until :func:`finish`."""
    details: dict[int, dict[str, str]] = people.__dict__.setdefault("_details", {})
    return details.setdefault(id(mention), {})


def _before(text: str, end: int, reach: int = 200) -> str:
    """The words just before ``end`` (a role and up to three words fit well within
    ``reach``): searching the whole paragraph before every mention is quadratic."""
    if end <= reach:
        return text[:end]
    window = text[end - reach : end]
    cut = window.find(" ")  # never start inside a word
    return window[cut + 1 :] if cut >= 0 else window


def _labels_next_line(mention: PersonMention, starts: list[int]) -> bool:
    """Does ``mention`` run from one line into a next line that a label word opens
    ("Nehlasoval: MUDr. Kalina" / "Usnesení bylo přijato.")? A name broken over two
    lines ("ses. Dagmar" / "Kolářová") does not."""
    for start in starts[1:]:
        if mention.start < start < mention.end:
            word = mention.text[start - mention.start :].split()[0] if mention.text else ""
            return lexicon.key(word) in _LABEL_WORDS()
    return False


@cache
def _LABEL_WORDS() -> frozenset[str]:
    lex = lexicon.lex()
    words = [*lex["conclusion_labels"], *lex["conclusion_headings"], *lex["agenda_headings"]]
    words += [w for labels in lex["header_labels"].values() for w in labels]
    words += [w for labels in lex["signature_labels"].values() for w in labels]
    return frozenset(lexicon.key(w).split()[0] for w in words if lexicon.key(w))


def collect(doc: Doc, lines: list[int], people: People) -> None:
    """Find mentions in ``lines``, with the roles and contacts written next to them."""
    # Names break across lines ("pana Jana" / "Kubelku"): search paragraphs
    # of consecutive lines, then map each mention back to its line.
    for para in runs(lines):
        starts: list[int] = []
        parts: list[str] = []
        pos = 0
        for i in para:
            starts.append(pos)
            parts.append(doc.lines[i])
            pos += len(doc.lines[i]) + 1
        text = " ".join(parts)
        mentions = [m for m in find_mentions(text, para[0]) if not _labels_next_line(m, starts)]
        for k, mention in enumerate(mentions):
            role = None
            if mention.given:
                # The role word stands on the name's line, or on the line above when
                # that holds no name: in "A – předsedkyně" / "B – místopředseda" the
                # line above ends with A's role, not B's.
                row = max(j for j, st in enumerate(starts) if st <= mention.start)
                lo = starts[row]
                if row and not any(starts[row - 1] <= m.start < lo for m in mentions):
                    lo = starts[row - 1]
                role = _ROLE_BEFORE().search(_before(text[lo:], mention.start - lo))
                line_end = starts[row + 1] - 1 if row + 1 < len(starts) else len(text)
                dash = _DASH_ROLE().match(text[mention.end : line_end])
                if dash:  # "Ondřej Pazdera – místopředseda"
                    people.listed_roles.append(
                        (f"{mention.given} {mention.surname}", fold(dash["role"]))
                    )
            if role:  # "předseda výboru Ing. Vladimír Pokorný"
                held = fold(role["role"])  # "Starosta Martin Šťastný zahájil …"
                people.listed_roles.append(
                    (f"{mention.given} {mention.surname}", held[:1].lower() + held[1:])
                )
            mention.line = para[max(j for j, st in enumerate(starts) if st <= mention.start)]
            mention.end_line = para[max(j for j, st in enumerate(starts) if st < mention.end)]
            people.add(mention)
            stop = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
            _attach_details(people, mention, text[mention.end : stop])
        if (
            len(mentions) == 1
            and 2 <= len(para) <= _CARD_LINES + 1
            and not rx.search(r"\w", text[: mentions[0].start])  # "--" above it, at most
        ):
            _attach_card(people, mentions[0], text[mentions[0].end :])
    _add_model_mentions(doc, lines, people)


def _add_model_mentions(doc: Doc, lines: list[int], people: People) -> None:
    """With ``--nlp model``: bare surnames the model found ("Kuzníková doplnila")
    of people the rules already name; rules keep their spans on conflict."""
    wanted = set(lines)
    skip = frozenset(i for i in range(len(doc)) if i not in wanted)
    for found in nlp.model_mentions(doc.lines, skip):
        on_line = [m for m in people.mentions if m.line == found.line]
        if any(found.start < m.end and m.start < found.end for m in on_line):
            continue
        if not any(nlp.same_person(found.text, m.surname) for m in people.mentions):
            continue
        mention = PersonMention(found.line, found.text, found.text, None, [], None)
        mention.start, mention.end = found.start, found.end
        people.add(mention)


_ROLE = rx.compile(rf"\bjako\s+(?:nov[áý]\s+)?(?P<role>[{LOWER}][^.;()]*?)(?:[.;(]|$)")


def _attach_details(people: People, mention: PersonMention, tail: str) -> None:
    entry = _details_of(people, mention)
    window = tail[:120]
    email = EMAIL.search(window)
    phone = PHONE.search(window)
    # A contact belongs to the person it directly follows: "(x@y.cz, tel. …)" or "– x@y.cz".
    if email and rx.fullmatch(r"[\s(–—,:-]*", window[: email.start()]):
        entry["email"] = email.group(0)
    if phone and rx.fullmatch(
        r"[\s(–—,:-]*(?:[\w.@-]+[,;]?\s*)?(?:tel\.?|telefon|mobil|gsm)?[:.\s]*",
        window[: phone.start()],
        re.I,
    ):
        entry["phone"] = phone.group(0)
    role = _ROLE.search(window)
    if role and role.start() < 30:
        entry["role"] = fold(role["role"])


_CARD_LINES = 8


def _attach_card(people: People, mention: PersonMention, rest: str) -> None:
    """A contact card: a paragraph that opens with a name, then role, organisation,
    address, "tel.: …", "e-mail: …" lines (an e-mail's signature block). Its
    contacts are the person's, however far below the name they stand."""
    entry = _details_of(people, mention)
    email = EMAIL.search(rest)
    phone = PHONE.search(rest)
    if email and "email" not in entry:
        entry["email"] = email.group(0)
    if phone and "phone" not in entry:
        entry["phone"] = phone.group(0)


def finish(people: People) -> None:
    """Move roles and contacts found next to mentions onto their persons."""
    details: dict[int, dict[str, str]] = people.__dict__.get("_details", {})
    for name, role in people.listed_roles:
        canonical = people.canonical(name)
        for cluster in people.clusters():
            if cluster.name() == canonical:
                _add_role(cluster.roles, role)
    for cluster in people.clusters():
        for m in cluster.mentions:
            d = details.get(id(m), {})
            if d.get("email") and not cluster.email:
                cluster.email = d["email"]
            if d.get("phone") and not cluster.phone:
                cluster.phone = d["phone"]
            if d.get("role"):
                _add_role(cluster.roles, d["role"])


def _one_role(a: str, b: str) -> bool:
    """Stems of one role word, in two cases or genders ("starost" / "starostk",
    "predsed" / "predsedkyn", "tajemnik" / "tajemnic"); not "predsed" / "predsedajic"."""
    short, long = sorted((a, b), key=len)
    if short == long or (len(short) == len(long) and short[:-1] == long[:-1]):
        return True
    return long in (f"{short}k", f"{short}kyn") or (
        short.endswith("k") and long == f"{short[:-1]}c"
    )


def _add_role(roles: list[str], role: str) -> None:
    """Add ``role`` in the nominative ("starostou obce" -> "starosta obce"), once: "starosta"
    is said by "starosta obce" already, and "předseda spolku" says more than "předseda"."""
    first, _, rest = role.partition(" ")
    nominative = role_nominative(first) if first[:1].islower() else None
    if nominative and lexicon.strip_accents(nominative) != lexicon.strip_accents(first):
        # ("predseda" typed without diacritics stays as typed)
        role = f"{nominative} {rest}".strip()
    stem_of = _role_stem(role.split()[0])
    # "místostarosta" (a signature label) for the listed "místostarostka", "starosta SDH"
    # for "starosta sboru": one role said twice
    same = [r for r in roles if _one_role(_role_stem(r.split()[0]), stem_of)]
    if any(len(r.split()) >= len(role.split()) for r in same):
        return
    roles[:] = [r for r in roles if r not in same]
    roles.append(role)


# --- organisations --------------------------------------------------------------


def organisations(
    doc: Doc, known: list[tuple[int, str]], *, persons: Collection[str] = ()
) -> list[Organisation]:
    """Organisations of the document: ``known`` report organisations at their
    lines, and what the organisation rules of :mod:`minutes_cli.nlp` find
    (legal forms, heads such as "Městská policie", abbreviations), with
    inflected mentions linked ("projekt Bílého nosorožce"). A one-word name the
    document gives a person (``persons``: "Krtek - kancléř", "kdo: Krtek") is not
    an organisation."""
    from minutes_cli.nlp.pipeline import find_organisations

    lines = [(i, doc.lines[i]) for i in doc.content_lines()]
    out: list[Organisation] = []
    for org in find_organisations(lines, known):
        if " " not in org.name and org.name in persons:
            continue
        abbreviation = None
        for m in org.mentions:
            after = doc.lines[m.line][m.end :]
            defined = rx.match(r"\s*\((?P<abbr>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,8})\)", after)
            if defined:
                abbreviation = defined["abbr"]
                break
        mentions = [Mention(text=m.text, loc=loc(m.line)) for m in org.mentions]
        out.append(Organisation(name=org.name, abbreviation=abbreviation, mentions=mentions))
    return out
