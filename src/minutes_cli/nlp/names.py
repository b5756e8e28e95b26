"""Czech personal names as data: given names, gender, surname nominatives.

Pure functions over ``data/names.yaml``; nothing here imports spaCy.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from typing import Any, Literal

from minutes_cli import rx
from minutes_cli.data import load
from minutes_cli.extract.lexicon import unaccent

Gender = Literal["female", "male"]

_WORD = rx.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def _data() -> dict[str, Any]:
    return load("names")  # type: ignore[no-any-return]


@cache
def _given() -> dict[str, Gender]:
    out: dict[str, Gender] = {}
    for gender in ("female", "male"):
        for name in _data()["given_names"][gender]:
            out[name] = gender  # type: ignore[assignment]
    # Notes typed without diacritics: "Kristyna", "Jiri", "Verou" (from "Vera").
    for name, gender in list(out.items()):
        out.setdefault(unaccent(name), gender)
    return out


def data(key: str) -> Any:
    """One key of ``names.yaml`` (abbreviations, role prefixes, org stops...)."""
    return _data()[key]


def is_capitalised(word: str) -> bool:
    """A word written like a name: capital letter, then at least one lowercase letter."""
    return len(word) > 1 and word[0].isupper() and any(c.islower() for c in word[1:])


def given_name(word: str) -> tuple[str, Gender] | None:
    """The nominative given name ``word`` is a form of, with its gender, or None.

    >>> given_name("Hanou")
    ('Hana', 'female')
    """
    names = _given()
    if word in names:
        return word, names[word]
    endings = _data()["given_name_endings"]
    for gender in ("female", "male"):
        table: dict[str, str] = endings[gender]
        for ending in sorted(table, key=len, reverse=True):
            if word.endswith(ending) and len(word) > len(ending) + 1:
                base = word[: -len(ending)] + table[ending]
                if names.get(base) == gender:
                    return base, gender  # type: ignore[return-value]
    return None


def given_name_readings(word: str) -> list[tuple[str, Gender]]:
    """Every nominative given name ``word`` can be a form of ("Radka": Radka, Radek)."""
    names = _given()
    out: list[tuple[str, Gender]] = [(word, names[word])] if word in names else []
    endings = _data()["given_name_endings"]
    for gender in ("female", "male"):
        table: dict[str, str] = endings[gender]
        for ending in sorted(table, key=len, reverse=True):
            if word.endswith(ending) and len(word) > len(ending) + 1:
                for base in (word[: -len(ending)] + table[ending], _unmobile(word, ending)):
                    if names.get(base) == gender and (base, gender) not in out:
                        out.append((base, gender))  # type: ignore[arg-type]
    return out


def _unmobile(word: str, ending: str) -> str:
    """Radka -> Radek: put back the mobile e an oblique case drops."""
    stem_ = word[: -len(ending)]
    return stem_[:-1] + "e" + stem_[-1] if len(stem_) > 2 else stem_


def surname_gender(surname: str) -> Gender | None:
    """Gender a nominative surname shows by its ending (-ová, -ská, -á: female)."""
    if any(surname.endswith(e) for e in _data()["feminine_surname_endings"]):
        return "female"
    if surname.endswith(("ý", "ký")):
        return "male"
    return None


def nominative_candidates(surname: str) -> list[str]:
    """Possible nominatives of an inflected Czech surname, most likely first.

    The written form itself comes first (it may already be nominative); the
    suffix rules of ``names.yaml`` add the others. The document decides which
    one exists (an attested form, a signature, the model's lemma).

    >>> nominative_candidates("Nohavicové")[:2]
    ['Nohavicové', 'Nohavicová']
    >>> "Antony" in nominative_candidates("Antonyho")
    True
    """
    out = [surname]
    rules: dict[str, list[dict[str, str]]] = _data()["surname_endings"]
    for ending in sorted(rules, key=len, reverse=True):
        if not surname.endswith(ending) or len(surname) <= len(ending) + 1:
            continue
        stem = surname[: -len(ending)]
        for rule in rules[ending]:
            candidate = stem + rule["to"]
            if candidate not in out:
                out.append(candidate)
    return out


def candidate_genders(surname: str) -> dict[str, Gender | None]:
    """Each nominative candidate of ``surname`` with the gender its rule implies."""
    out: dict[str, Gender | None] = {surname: surname_gender(surname)}
    rules: dict[str, list[dict[str, str]]] = _data()["surname_endings"]
    for ending in sorted(rules, key=len, reverse=True):
        if not surname.endswith(ending) or len(surname) <= len(ending) + 1:
            continue
        stem = surname[: -len(ending)]
        for rule in rules[ending]:
            out.setdefault(stem + rule["to"], rule["gender"])  # type: ignore[arg-type]
    return out


def fold_key(text: str) -> str:
    """Lowercase without diacritics: a key for comparison, never for display."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Case endings of Czech nouns and adjectives, longest first (for org keys).
_ENDINGS = sorted(
    [
        "ého",
        "ému",
        "ího",
        "ímu",
        "ými",
        "ých",
        "ím",
        "ími",
        "ích",
        "ách",
        "ami",
        "ovi",
        "ové",
        "ou",
        "em",
        "ům",
        "ech",
        "ám",
        "ou",
        "ho",
        "mu",
        "ý",
        "á",
        "é",
        "í",
        "a",
        "e",
        "ě",
        "i",
        "o",
        "u",
        "y",
        "ů",
    ],
    key=len,
    reverse=True,
)
_FOLDED_ENDINGS = [fold_key(ending) for ending in _ENDINGS]


@cache
def stem(word: str) -> str:
    """A crude Czech stem of ``word``, as a comparison key (folded).

    Strips one case ending, then the mobile ``e`` of ``-ec``/``-ek``, so that
    "nosorožec" and "nosorožce", "Městská" and "Městské" share a key.
    """
    key = fold_key(word)
    if len(key) <= 3 or key.isupper():
        return key
    for e in _FOLDED_ENDINGS:
        if key.endswith(e) and len(key) - len(e) >= 3:
            key = key[: -len(e)]
            break
    if len(key) > 4 and key[-2] == "e" and key[-1] in "ckn":
        key = key[:-2] + key[-1]
    return key


@lru_cache(maxsize=65536)
def name_key(text: str) -> tuple[str, ...]:
    """Stems of the words of an organisation name: inflected forms share it."""
    return tuple(stem(w) for w in _WORD.findall(text))
