"""Compiled views of ``data/lexicon.yaml``: label matchers, degree lists, markers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache, cached_property
from typing import Any

from minutes_cli import rx
from minutes_cli.data import load
from minutes_cli.extract.dates import cp1250_fold, strip_accents

__all__ = ["LOWER", "UPPER", "Folded", "group", "key", "strip_accents", "unaccent"]

UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽÄÖÜ"
LOWER = "a-záčďéěíňóřšťúůýžäöüľĺŕô"


def lex() -> dict[str, Any]:
    return load("lexicon")  # type: ignore[no-any-return]


def key(text: str) -> str:
    """Matching key of a label: accents and case folded, inner spaces single."""
    return rx.sub(r"\s+", " ", strip_accents(text)).strip(" :.-–*#\t•▪◦")


@cache
def header_labels() -> dict[str, str]:
    """Label key -> header field."""
    out: dict[str, str] = {}
    for field, labels in lex()["header_labels"].items():
        for label in labels:
            out.setdefault(key(label), field)
    return out


@cache
def _abbreviation_end() -> re.Pattern[str]:
    # typed without diacritics too: "vc." for "vč.", "c. p." for "č. p."
    words = rx.longest_first({f for a in lex()["sentence_abbreviations"] for f in (a, unaccent(a))})
    return rx.compile(r"(?:\b(?:" + "|".join(re.escape(a) for a in words) + rf")|\b[{UPPER}])$")


def ends_with_abbreviation(text: str) -> bool:
    """Does ``text`` end with an abbreviation's full stop ("č.", "Ing.", "v k. ú."), not a
    sentence's?"""
    return text.endswith(".") and bool(_abbreviation_end().search(text[:-1][-12:]))


@cache
def body_headings() -> frozenset[str]:
    return frozenset(key(h) for h in lex()["body_headings"])


@cache
def agenda_headings() -> frozenset[str]:
    return frozenset(key(h) for h in lex()["agenda_headings"])


@cache
def conclusion_headings() -> dict[str, str]:
    return {key(h): kind for h, kind in lex()["conclusion_headings"].items()}


@cache
def signature_labels() -> list[tuple[str, str]]:
    """(label key, role), longest label first so "zápis zpracovala" beats "zápis"."""
    pairs = [(key(lbl), role) for role, lbls in lex()["signature_labels"].items() for lbl in lbls]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


@cache
def degrees() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(lex()["degrees_before"]), frozenset(lex()["degrees_after"])


@cache
def degree_regex() -> re.Pattern[str]:
    """Degrees as written, and in capitals ("ING.", "BC." in minutes typed in capitals)."""
    alts = rx.longest_first(_degree_forms())
    return rx.compile(r"(?<![\w.])(?:" + "|".join(re.escape(d) for d in alts) + r")(?![\w])")


@cache
def _degree_forms() -> dict[str, str]:
    before, after = degrees()
    forms = {d.upper(): d for d in before | after if len(d) > 2}
    forms.update({d: d for d in before | after})
    return forms


def canonical_degree(written: str) -> str:
    """ "ING." -> "Ing.": a degree as the lexicon writes it."""
    return _degree_forms().get(written, written)


@cache
def redaction_regex() -> re.Pattern[str]:
    return rx.compile("|".join(f"(?:{p})" for p in lex()["redaction_markers"]))


@cache
def courtesy() -> frozenset[str]:
    return frozenset(w.casefold() for w in lex()["courtesy"])


def is_courtesy(word: str) -> bool:
    """ "paní", "Pan", "p." (but not "P.", a priest's title)."""
    return word.casefold() in courtesy() or word in lex()["courtesy_lower_case"]


@cache
def courtesy_alternation() -> str:
    """The courtesy words as a regex alternation for a case-insensitive pattern; the
    lower-case-only ones ("p.") keep their case."""
    words = rx.longest_first(lex()["courtesy"])
    lower = [f"(?-i:{re.escape(w)})" for w in lex()["courtesy_lower_case"]]
    return "|".join([*(re.escape(w) for w in words), *lower])


def _unaccent(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_fast_unaccent = cp1250_fold(_unaccent)


def unaccent(text: str) -> str:
    """Remove diacritics, keep case (for patterns, where case carries meaning: \\W vs \\w)."""
    return _fast_unaccent(text)


def group(text: str, m: re.Match[str], name: str | int) -> str | None:
    """A group of a folded match, sliced from the original ``text`` (None when the
    pattern has no such group or it did not take part)."""
    if isinstance(name, str) and name not in m.re.groupindex:
        return None
    start, end = m.span(name)
    return None if start < 0 else text[start:end]


# Pattern tokens whose case matters: escapes and group names; other capitals fold.
_KEEP_CASE = rx.compile(r"\\.|\(\?P<[^>]+>|\(\?P=[^)]+\)|[A-Z]")
_INLINE_I = rx.compile(r"\(\?([a-z]*)i([a-z]*)\)")


def _lower_token(m: re.Match[str]) -> str:
    token = m.group(0)
    return token if len(token) > 1 else token.lower()


def _drop_i(m: re.Match[str]) -> str:
    rest = m[1] + m[2]
    return f"(?{rest})" if rest else ""


_DIACRITIC = rx.compile("[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")


class Folded:
    """A pattern matched against accent- and case-folded text.

    Minutes are often typed without diacritics ("schvaleno jednomyslne");
    folding keeps offsets (Czech letters are precomposed after NFC), so match
    positions index the original text.
    """

    def __init__(self, pattern: str, flags: int = 0, *, accented: str | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        # Matched as written, not folded, against text typed with diacritics: there
        # "koupi" (a noun) is not the verb "koupí" the folded pattern would take it for.
        self.accented = accented

    def _for(self, text: str) -> tuple[re.Pattern[str], str]:
        if self.accented is not None and _DIACRITIC.search(text):
            return self.exact, text.lower()  # offsets kept: Czech letters lower one to one
        return self.regex, strip_accents(text)

    @cached_property
    def exact(self) -> re.Pattern[str]:
        # Matched against lower-cased text, case-sensitively: IGNORECASE is slow.
        lowered = _KEEP_CASE.sub(_lower_token, self.accented or "")
        return rx.compile(_INLINE_I.sub(_drop_i, lowered), self.flags & ~re.IGNORECASE)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The folded pattern, compiled on first use: a run that never needs it
        (most kinds of document need few of them) does not pay for it."""
        # The text is folded to lower case, so the pattern is too and matches
        # case-sensitively: IGNORECASE makes the regex engine several times
        # slower. Escapes and group names keep their case.
        lowered = _KEEP_CASE.sub(_lower_token, unaccent(self.pattern))
        lowered = _INLINE_I.sub(_drop_i, lowered)
        return rx.compile(lowered, self.flags & ~re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        pattern, target = self._for(text)
        return pattern.search(target)

    def match(self, text: str) -> re.Match[str] | None:
        pattern, target = self._for(text)
        return pattern.match(target)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        pattern, target = self._for(text)
        return pattern.fullmatch(target)

    def finditer(self, text: str) -> list[re.Match[str]]:
        pattern, target = self._for(text)
        return list(pattern.finditer(target))


_ACCENTED = {ch: unaccent(ch) for ch in "áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"}


def loose(pattern: str) -> str:
    """``pattern`` matching the text typed with or without diacritics: "zodpovídá"
    becomes "zodpov[íi]d[áa]" (also inside classes: "[áý]" -> "[áýay]"). Unlike
    :class:`Folded`, the text is matched as it is: case and offsets stay."""
    out: list[str] = []
    in_class = negated = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch in _ACCENTED and not negated:  # "[^č]" stays: "c" is no "č"
            base = _ACCENTED[ch]
            out.append(ch + base if in_class else f"[{ch}{base}]")
        else:
            if ch == "[" and not in_class:
                in_class, negated = True, False
            elif ch == "^" and in_class and out[-1] == "[":
                negated = True
            elif ch == "]" and in_class and out[-1] not in "[^":
                in_class = negated = False
            out.append(ch)
    return "".join(out)


@cache
def place_nouns() -> str:
    """An alternation of the stems that start a place's noun ("klubovn", "zasedac")."""
    return "|".join(rx.longest_first(lex()["place_nouns"]))


def first_letters(words: Iterable[str], *, both_cases: bool = False) -> str:
    """A lookahead for the first characters of ``words``, put before their alternation:
    the regex engine then passes over the positions where none can start at a glance
    instead of trying each word there (several times faster on running text)."""
    chars = {w[0] for w in words if w}
    if both_cases:
        chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def word_alternation(words: Iterable[str], *, whole: bool = True) -> str:
    """``words`` as an alternation that starts a word (and ends one, when ``whole``),
    longest first, led by the lookahead of :func:`first_letters`."""
    alts = rx.longest_first(set(words))
    return (
        r"(?<!\w)"
        + first_letters(alts)
        + "(?:"
        + "|".join(re.escape(a) for a in alts)
        + (r")(?!\w)" if whole else ")")
    )


def folded_alternation(words: list[str], *, whole: bool = True) -> str:
    """:func:`word_alternation` of ``words`` folded, for a :class:`Folded` pattern."""
    return word_alternation((strip_accents(w) for w in words), whole=whole)


@cache
def task_labels(field: str, *, letters: bool = True) -> str:
    """The labels of a task's ``field`` ("owner" or "due") as an alternation, for a
    pattern that :func:`loose` makes diacritics-blind; ``letters=False`` leaves out the
    one-letter labels ("Z:", "T:")."""
    words = [w for w in lex()["task_field_labels"][field] if letters or len(w) > 1]
    return (
        "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in rx.longest_first(words)) + ")"
    )


@cache
def courtesy_lead() -> re.Pattern[str]:
    """A courtesy word at the start of a name ("př. Karel Novák", "paní Nováková")."""
    return rx.compile(rf"^(?:{courtesy_alternation()})\s+", re.IGNORECASE)


@cache
def commitment_regex() -> Folded:
    """Verbs of commitment ("zajistí", "pošle"), as written in a text with diacritics."""
    words = lex()["commitment_verbs"]
    return Folded(folded_alternation(words), accented=word_alternation(words))


def opens_with_commitment(text: str) -> bool:
    """Does ``text`` open with a verb of commitment ("zajistí rozhodčí na zápas …")?
    After "Novák – " it says who will do what: no organisation's report."""
    first = text.strip().split(" ", 1)[0].rstrip(",.")
    return bool(first) and bool(commitment_regex().fullmatch(first))


@cache
def body_heads() -> dict[str, tuple[str, str]]:
    """A body's head noun in its genitive, folded ("vyboru", "skupiny") -> (its
    nominative, its gender): ("výbor", "m")."""
    return {
        strip_accents(case): (nom, gender) for case, (nom, gender) in lex()["body_heads"].items()
    }


@cache
def body_head_nominatives() -> frozenset[str]:
    """A body's head noun in the nominative, folded: "vybor", "skupina", "rada"."""
    return frozenset(strip_accents(nom) for nom, _gender in body_heads().values())


@cache
def body_subject() -> Folded:
    """A sentence led by a meeting body ("Výbor rozhodl, …", "Farní rada souhlasí …")."""
    heads = [nominative for nominative, _gender in lex()["body_heads"].values()]
    return Folded(r"^\W*(?:\w+\s+){0,2}?" + folded_alternation(heads))


@cache
def sentence_starters() -> frozenset[str]:
    """Words that begin sentences, never organisation names ("V", "Dále", "Byla")."""
    return frozenset(w.casefold() for w in lex()["sentence_starters"])


@cache
def _table_keys(kind: str) -> dict[str, str]:
    """Folded column heading -> field, for one kind of table."""
    return {
        key(name): field for field, names in lex()["table_columns"][kind].items() for name in names
    }


def table_columns(kind: str, cells: list[str]) -> dict[str, int]:
    """Field -> column index for a header row of a ``kind`` table (``table_columns``
    in the lexicon); fields whose heading is absent are left out."""
    keys = _table_keys(kind)
    out: dict[str, int] = {}
    for index, cell in enumerate(cells):
        # "Hlasování (pro/proti/zdržel se)", "Termín *": the heading without its note
        field = keys.get(key(cell)) or keys.get(key(rx.sub(r"\s*(?:\(.*\)|\*+)\s*$", "", cell)))
        if field is not None:
            out.setdefault(field, index)
    return out


def table_header(kind: str, needed: str, cells: list[str]) -> dict[str, int] | None:
    """The columns of a ``kind`` table's header row: ``needed`` and one more field
    named among ``cells``; None when the row is no such header."""
    found = table_columns(kind, cells)
    return found if needed in found and len(found) >= 2 else None


def table_rows(
    kind: str, needed: str, lines: Iterable[tuple[int, str]]
) -> Iterator[tuple[int, dict[str, str] | None]]:
    """The rows of ``kind`` tables among tab-separated ``(line, text)``: ``(line,
    None)`` for a header row, then ``(line, {field: cell})`` for each row under it
    that has every column. A line without tabs ends the table."""
    columns: dict[str, int] | None = None
    for line, text in lines:
        cells = [c.strip() for c in text.split("\t")]
        if len(cells) < 2:
            columns = None
            continue
        header = table_header(kind, needed, cells)
        if header is None and len(
            split := [p for c in cells for p in rx.split(r"\s{2,}", c)]
        ) > len(cells):
            # "č.  úkol⇥zodp.⇥stav": two headings two spaces apart, one cell to the tabs
            header = table_header(kind, needed, split)
        if header is not None:
            columns = header
            yield line, None
        elif columns is not None and len(cells) > max(columns.values()):
            yield line, {f: cells[k] for f, k in columns.items()}


@cache
def legal_form_end() -> re.Pattern[str]:
    """An abbreviated legal form closing a name (", z. s.", " s.r.o."), spaced or not,
    from ``org_legal_forms``."""
    forms = {
        r"\.\s?".join(re.escape(part) for part in f.replace(" ", "").split(".") if part) + r"\."
        for f in lex()["org_legal_forms"]
        if "." in f
    }
    return rx.compile(r",?\s*(?:" + "|".join(rx.longest_first(forms)) + r")\s*$")


@cache
def resolution_clause() -> Folded:
    """A resolution's clause verb on its own ("schvaluje", "bere na vědomí")."""
    return Folded(r"\W*" + folded_alternation(lex()["resolution_verbs"]) + r"\W*")


@cache
def remote_vote() -> Folded:
    """A decision taken without a sitting ("hlasování per rollam")."""
    return Folded(folded_alternation(lex()["remote_vote"]))


@cache
def closing() -> Folded:
    """The closing line of a letter: "S pozdravem", "Díky všem za čas!"."""
    return Folded(
        r"\W*" + folded_alternation(lex()["closings"]) + r"(?:\s+[^\W\d]+){0,5}\s*[,!.]?\s*"
    )


@cache
def greeting() -> Folded:
    """A salutation line: a greeting and up to three words, ending with a comma or "!"."""
    return Folded(
        r"\W*" + folded_alternation(lex()["greetings"]) + r"(?:\s+[^\W\d]+){0,3}\s*[,!]?\s*"
    )


@cache
def attendance_change() -> Folded:
    """A late arrival, an early departure or an absence told in a sentence."""
    return Folded(folded_alternation(lex()["attendance_changes"]))


@cache
def municipality_noun() -> re.Pattern[str]:
    """A noun a place's name follows, in lower case ("obce", "městské části")."""
    return rx.compile(word_alternation(lex()["municipality_nouns"]))


@cache
def discourse_label() -> Folded:
    """A discussion's or a task's label opening a line ("Odpověď:", "Úkol:")."""
    return Folded(r"^\W*" + folded_alternation(lex()["discourse_labels"]) + r"\s*:\s*")


@cache
def absence_reason() -> Folded:
    """A reason for being away ("nemoc", "pracovní důvody"), at the start of a remark."""
    return Folded(r"^\W*" + folded_alternation(lex()["absence_reasons"]))


@cache
def report_verbs() -> frozenset[str]:
    return frozenset(lex()["report_verbs"])


@cache
def event_regex() -> Folded:
    return Folded(folded_alternation(lex()["event_words"]))


@cache
def female_given_names() -> frozenset[str]:
    return frozenset(load("names")["given_names"]["female"])


@cache
def given_names() -> frozenset[str]:
    names = load("names")["given_names"]  # one list for the rules and the NLP layer
    # with the forms typed without diacritics ("Kristyna", "Jiri")
    return frozenset(f for group in names.values() for n in group for f in (n, unaccent(n)))


def agree_adjectives(words: list[str], gender: str) -> list[str]:
    """Adjectives before a noun, from the locative to the nominative of ``gender``
    ("Kamenné" -> "Kamenná" before "Lhota", "kulturním" -> "kulturní" before "dům")."""
    rules = lex()["locative_adjective_to_nominative"][gender]
    out = list(words)
    for k, word in enumerate(out):
        for suffix, repl in rules:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                out[k] = word[: -len(suffix)] + repl
                break
    return out


def nominative_place(place: str) -> str:
    """ "kanceláři ASZ" -> "kancelář ASZ", "hasičské zbrojnici" -> "hasičská zbrojnice":
    a meeting place named in the locative, its noun (and the adjectives before it) in
    the nominative; the words after the noun stay as they are."""
    words = place.split()
    cases = lex()["place_cases"]
    for k, word in enumerate(words[:4]):
        case = cases.get(word.lower())
        if case:
            noun, gender = case
            head = agree_adjectives(words[:k], gender)
            return " ".join([*head, noun if word.islower() else noun.capitalize(), *words[k + 1 :]])
        if not word.lower().endswith(("é", "ém", "ím", "í")):
            break  # a noun of its own ("altán v zahradě"): the place as written
    return place


@cache
def place_rules() -> list[tuple[str, str]]:
    return [(a, b) for a, b in lex()["locative_to_nominative"]]
