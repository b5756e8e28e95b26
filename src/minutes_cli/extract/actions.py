"""Action items and events from conclusions and item text.

An action item is a sentence with a commitment ("zjistí", "zajistí", "se
pokusí zajistit") or a responsibility/deadline marker ("Zodpovídá:",
"Termín:", "do 31. 1."); ``who`` is the person (or organisation) it names,
resolved to the canonical person. An event is a sentence with a dated
meeting word ("14. října od 9.00 … proběhne koordinační schůzka").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import NamedTuple

from minutes_cli import rx
from minutes_cli.extract import lexicon
from minutes_cli.extract.conclusions import classify, is_outcome
from minutes_cli.extract.dates import (
    MEETING_DATE,
    find_dates,
    find_times,
    is_deadline,
    month_number,
    resolve,
)
from minutes_cli.extract.lexicon import LOWER, UPPER
from minutes_cli.extract.people import (
    People,
    find_mentions,
    is_role,
    role_holder,
    role_nominative,
    strip_role,
)
from minutes_cli.extract.segment import unbulleted
from minutes_cli.models.record import ActionItem, Event, Loc
from minutes_cli.nlp.names import given_name
from minutes_cli.text.document import fold

# Sentence ends, except after abbreviations, degrees, initials and ordinal numbers.
# Not before "(": "VH schvaluje program. (pro 36, proti 0, zdržel se 0)" is one sentence.
_SPLIT = rx.compile(rf"(?<=[.!?])\s+(?=[{UPPER}„\"\[])")
# The labels of a task's fields ("Zodpovídá:", "Zodp.:", "termín:", "T:"), from the lexicon.
_OWNER_LABEL = lexicon.task_labels("owner")
_DUE_LABEL = lexicon.task_labels("due")
_FIELD_LABEL = rf"(?:{_OWNER_LABEL}|{_DUE_LABEL})"
# "… týmy. Zodpovídá: Novák, termín: …": the fields belong to the sentence before.
_FIELD_AHEAD = rx.compile(lexicon.loose(rf"(?i){_FIELD_LABEL}\s*:"))


def opens_with_task_fields(text: str) -> bool:
    """ "– Z: p. Veselá, T: ihned" on a line of its own: the fields of the task above."""
    return bool(_FIELD_AHEAD.match(unbulleted(text).lstrip()))


_RESPONSIBLE = rx.compile(
    lexicon.loose(
        rf"(?i)(?<!\w){_OWNER_LABEL}\s*:\s*(?P<who>[^,;:\n]+?)"
        rf"(?=\s*(?:[,;]|{_DUE_LABEL}\s*:|termín|$))"
    )
)
_DUE = rx.compile(
    lexicon.loose(
        rf"(?i)(?:(?<!\w){_DUE_LABEL}\s*:"
        r"|(?<=,\s)termín(?:\s+splnění)?(?=\s+\d))\s*(?P<due>[^,;\n]+)"  # "…, termín 30. 6. 2025"
    )
)
_BY_DATE = rx.compile(
    lexicon.loose(
        r"(?i)\bdo\s+(?:(?:pondělí|úterý|středy|čtvrtka|pátku|soboty|neděle)\s+)?(?=\d)"
        r"|\bnejpozději\s+(?=\d)"  # "odešle nejpozději 14. 2."
        # "předloží Radě města na jednání dne 10. 6. 2024": the meeting it is due at
        r"|\bna\s+(?:(?:svém|svojí|příštím|nejbližším)\s+)?(?:jednání|schůzi|zasedání|poradě|poradu"
        r"|(?:nejbližší|příští)\s+\w+)\s+(?:dne\s+)?(?=\d)"
    )
)
# Abbreviations inside a place's name ("sv.", "nám.", "ul."), not a sentence's end
_SHORT_WORDS = "|".join(
    re.escape(w) for w in lexicon.lex()["sentence_abbreviations"] if w.islower() and "." not in w
)
_PLACE = rx.compile(
    lexicon.loose(
        # "… v 8:00, knihovna oddělení": the place after a comma, without its preposition
        rf"(?i)(?:\b(?:v|ve|na)\s+|,\s+)"
        # (with abbreviations: "v kostele sv. Prokopa", "na nám. Míru")
        # an adjective may stand before the noun: "na farní zahradě", "v malém sále"
        # ("že" and "téže" only look like one typed without diacritics)
        rf"(?P<place>(?:(?!(?:že|téže|tentýž)\b)[a-záčďéěíňóřšťúůýž]{{2,}}(?:í|ý|á|é|ém|ím|ou)\s+)?"
        rf"(?:{lexicon.place_nouns()})\w*"
        rf"(?:\s+(?:č\.\s*\d+|(?:{_SHORT_WORDS})\.(?=\s)|[^\s,.;]+)){{0,4}}?)"
        r"(?=[,.;]|\s+\(|\s+(?:kde|který|která|za|od|do|proběhne)\b|$)"
    )
)


_DIGIT = rx.compile(r"\d")
_OWNERS = rx.compile(
    rf"\s*\((?P<names>[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?(?:(?:,\s*|\s+a\s+)[{UPPER}][\w-]+"
    rf"(?:\s+[{UPPER}][\w-]+)?)*)\)$"
)


class Sentence(NamedTuple):
    text: str
    loc: Loc


def split_sentences(text: str) -> list[str]:
    """Sentences of running text (abbreviation aware), as strings."""
    return [s.text for s in sentences(text, Loc.model_construct(line=1, end_line=1))]


def sentences(text: str, where: Loc) -> Iterator[Sentence]:
    """Split running text into sentences (Czech-abbreviation aware)."""
    start = 0
    for m in _SPLIT.finditer(text):
        before = text[start : m.start()].rstrip(".!? ")
        head = text[: m.start()].rstrip("!?")
        if lexicon.ends_with_abbreviation(head) and not lexicon.legal_form_end().search(head):
            continue  # "Ing. Novák"; but "… firmou Novák s.r.o. Výbor zajistí …" ends one
        if _FIELD_AHEAD.match(text, m.end()):
            continue
        piece = text[start : m.start()].strip()
        if piece and before:
            yield Sentence(piece, where)
        start = m.end()
    rest = text[start:].strip()
    if rest:
        yield Sentence(rest, where)


_CLITICS = r"(?:\s+(?:" + "|".join(lexicon.lex()["clitics"]) + r"))*"
# Written with or without diacritics ("Termín:" / "Termin:", "Paní ředitelka" / "Pani …").
_FIELDS_AFTER = rx.compile(lexicon.loose(rf"(?i)\s*[,;–—-]?\s*(?<!\w){_FIELD_LABEL}\s*:"))
_TASK_LABEL = rx.compile(lexicon.loose(r"(?i)^(?:úkol|task)\s*:\s*"))
_POLITE_ROLE = rx.compile(
    lexicon.loose(r"(?i)^(?:paní|pan|pana|panu)\s+") + r"(?P<role>[a-záčďéěíňóřšťúůýž]+)"
)
_DUE_IN_BRACKETS = rx.compile(lexicon.loose(r"\s*\((?:do|termín)\b[^)]*\)\s*$"))
_DUE_WORD = rx.compile(lexicon.loose(r"(?i)[,;]?\s*\btermín\b"))


def _company_after(sentence: str, verb_start: int) -> str | None:
    """ "…, kterou provede firma Stavby Horák s.r.o. do konce dubna": the company named
    after the verb."""
    m = _COMPANY_AFTER().match(sentence, verb_start)
    if m is None:
        return None
    name = m["name"].strip(" ,")
    legal = lexicon.legal_form_end().search(name)
    # A company's name ends with its legal form, or is a few capitalised words
    if legal or all(w[:1].isupper() for w in name.split()[:3]):
        return name
    return None


@cache
def _COMPANY_AFTER() -> re.Pattern[str]:
    nouns = "|".join(lexicon.lex()["company_nouns"])
    return rx.compile(
        rf"\S+\s+(?:{nouns})\s+(?P<name>[{UPPER}][^,;:()]{{1,60}}?)"
        rf"(?=\s+(?:do|nejpozději|během|v|ve|na|za|po)\b|[,;.]?\s*$|,\s)"
    )


def _who(sentence: str, verb_start: int, people: People) -> str | None:
    marker = _RESPONSIBLE.search(sentence)
    company = None if marker else _company_after(sentence, verb_start)
    if company:
        return company
    if marker:
        who = fold(marker["who"]).rstrip(" .,;")
        # "Zodpovídá: R. Štefl, M. Koudelka": more owners, each a name
        more = rx.match(
            rf"\s*,\s*([{UPPER}][^,;:\n]*?)(?=\s*(?:[,;]|[Tt]ermín|$))", sentence[marker.end() :]
        )
        owners = [who, *([fold(more[1])] if more and people.knows(fold(more[1])) else [])]
        # "trenér Novák", "p. Novák": a lower-case role or courtesy word before the name
        unroled = [
            rx.sub(r"^(?:[a-záčďéěíňóřšťúůýž.]+\s+)+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])", "", o)
            for o in owners
        ]
        # "vedoucí OSM": a role over a department's abbreviation names no person
        unroled = [
            o if rx.fullmatch(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,6}", b) else b
            for b, o in zip(unroled, owners, strict=True)
        ]
        # "Zodpovídá: vrchní sestra": the person listed with that role
        return ", ".join(
            (people.knows(b) and people.canonical(b))
            or role_holder(people, o)
            or people.canonical(b)
            or o
            for b, o in zip(unroled, owners, strict=True)
        )
    subject = rx.sub(r"^\W*(?:\d{1,2}[.)]\s*)?", "", sentence[:verb_start]).strip()
    if subject and lexicon.strip_accents(subject) in _body_cases():
        return subject  # "Výbor provede následnou kontrolu …": the body itself
    # "Pan Vacula navrhl …; starosta ji objedná": the verb's own clause names its owner
    clause_start = sentence.rfind(";", 0, verb_start) + 1
    own = rx.sub(rf"{_CLITICS}\s*$", "", " " + sentence[clause_start:verb_start]).strip()
    if clause_start and own and len(own.split()) <= 3 and not find_mentions(own, 0):
        holder = role_holder(people, own)
        if holder:
            return holder
    # "Pan Šafránek upozornil na …, starosta přislíbil, že opravu zajistí": who promised
    head = sentence[:verb_start]
    label = lexicon.discourse_label().match(head)  # "Odpověď: Koordinátor zajistí …"
    head = head[label.end() if label else 0 :].strip()
    spoken = _speaker(head, people)
    if spoken:
        return spoken
    # "Paní Nosková upozornila na …, otec Tomáš zajistí opravu": the listed person a given
    # name just before the verb names
    called = rx.search(rf"(?<![\w.])([{UPPER}][\w-]+){_CLITICS}\s*$", head)
    if called and given_name(called.group(1)) and people.knows(called.group(1)):
        return people.canonical(called.group(1))
    mentions = find_mentions(sentence, 0)
    if mentions:
        before = [m for m in mentions if m.end <= verb_start]
        after = [m for m in mentions if m.start >= verb_start]
        chosen = (
            before[-1]
            if before and verb_start - before[-1].end <= 25
            else (after[0] if after else None)
        )
        if chosen is None and before:
            chosen = before[-1]
        if chosen is not None:
            return people.canonical(chosen.text)
    # "Jana připraví …", "Thebys a Skirit otevřou …": capitalised words just before the verb.
    assignee = _assignee(sentence, people)
    if assignee:  # "Zastupitelstvo ukládá starostovi zveřejnit …"
        return assignee
    polite = _POLITE_ROLE.match(head)
    if polite:  # "Paní zástupkyně to předá …": the person listed with that role
        holder = people.by_role(polite["role"])
        if holder:
            return holder
    head = rx.sub(r"^[\W\d]+(?=\w)", "", head) if head[:1] in "-–—•*" else head  # "- Předseda"
    holder = role_holder(people, head) if head and len(head.split()) <= 4 else None
    if holder:  # "Předseda výboru zajistí …"
        return holder
    # "Odbor správy majetku prověří …": an organisation is responsible.
    if (
        head
        and len(head.split()) <= 6
        and "," not in head.rstrip(",")  # "Výbor sestavil seznam, které předá": a clause
        and any(head.startswith(org) for org in lexicon.lex()["org_heads"])
    ):
        return head.rstrip(",")
    # "Kateřina ho pošle …", "Lucie je doplní": a clitic pronoun between name and verb;
    # "Novák – zajistí …", "Baros + Strnad – zajistí …": a dash between
    m = rx.search(
        rf"((?:[{UPPER}][\w-]+)(?:(?:,\s*|\s+a\s+|\s*\+\s*|\s+)[{UPPER}][\w-]+)*)"
        rf"{_CLITICS}\s*(?:[–—-]\s*)?$",
        head,
    )
    if m and m.start() <= 3:
        name = strip_role(m.group(1))  # "Předseda Bartoš připraví …"
        return people.canonical(name) or name
    if m and m.group(1) in lexicon.given_names():
        # "… -> schváleno Marek zajistí …": a line of notes run into the next
        return people.canonical(m.group(1)) or m.group(1)
    bare = rx.sub(r"^\W+", "", head)  # "• Pavel do konce února"
    lead = rx.match(rf"^([{UPPER}][\w-]+)(?:\s+[^\W\d][\w.]*)+$", bare)
    rest = bare[len(lead.group(1)) :] if lead else ""
    if lead and rest.islower() and lead.group(1) in lexicon.given_names():
        # "Pavel do konce února zjistí …": the given name, then when
        return people.canonical(lead.group(1)) or lead.group(1)
    if lead and rest.islower() and len(rest.split()) <= 2 and people.knows(lead.group(1)):
        # "KN zprávu zkontroluje …": a listed person (by initials), the object, the verb
        return people.canonical(lead.group(1))
    return _known_nicknames(sentence, verb_start, people) or _role_after(
        sentence, verb_start, people
    )


def _assignee(sentence: str, people: People) -> str | None:
    """Whom an assignment names: "ukládá starostovi …", "předsedovi Jaromíru Kubelkovi",
    "výboru SDH" (a body)."""
    assigned = _ASSIGNED_TO.search(sentence)
    if not assigned:
        return None
    named = _NAME_AFTER_ROLE.match(sentence, assigned.end())
    if named:  # "předsedovi Jaromíru Kubelkovi …", "veliteli J. Machalovi …"
        holder = people.canonical(named["name"])
        if holder and people.knows(holder):
            return holder
    noun = rx.match(rf"\s+([{LOWER}]+)", sentence[assigned.end() :])
    # "mysliveckému hospodáři": the listed "myslivecký hospodář", else the noun alone
    holder = (role_holder(people, f"{assigned['role']} {noun.group(1)}") if noun else None) or (
        role_holder(people, assigned["role"])
    )
    if holder is None and noun:
        holder = role_holder(people, noun.group(1))
    if holder:
        return holder
    body = _BODY_DATIVE.match(sentence, assigned.start("role"))
    if body is None or lexicon.strip_accents(body["head"]) not in _body_cases():
        # "ukládá starostovi uzavřít smlouvu", no starosta named: the role itself
        return role_nominative(assigned["role"])
    if body and lexicon.strip_accents(body["head"]) in _body_cases():
        # "VH ukládá: výboru SDH zajistit …": a body is responsible
        nominative = _body_cases()[lexicon.strip_accents(body["head"])]
        return f"{nominative[:1].upper()}{nominative[1:]}{body['rest']}"
    return None


# "vedoucí sociálních služeb do 30. 6.": the role ends where the deadline or a place begins
# "objedná místostarosta u Technických služeb": a preposition ends the role
_ROLE_ENDS = rx.compile(
    lexicon.loose(r"\s+(?:do|nejpozději|termín|během|v|ve|na|u|od|z|ze|pro|přes|k|ke|s|se)\b")
)
# "…, že žádost podá spolek": the conjunction before an object
_CONJUNCTION = rx.compile(lexicon.loose(r"^(?:že|aby|ať|a)\s+"))


def _role_after(sentence: str, verb_start: int, people: People) -> str | None:
    """ "plán připraví vedoucí sociálních služeb": a role after the verb names its holder."""
    m = rx.match(r"\S+\s+(?P<role>[^,.;:()]{3,60}?)\s*(?:[,.;:(]|$)", sentence[verb_start:])
    if m is None:
        return None
    role = _ROLE_ENDS.split(m["role"])[0]
    if len(role.split()) > 4 or role[:1].isupper():
        return None
    if lexicon.strip_accents(role) in _body_cases():
        return role  # "… že žádost podá spolek": the body
    holder = role_holder(people, role)
    if holder is None and is_role(role) and len(role.split()) >= 2:
        return role  # "občerstvení zajistí členové výboru": a group nobody named
    return holder


def _speaker(head: str, people: People) -> str | None:
    """ "Místostarostka odpověděla, že lampu zajistí …": a promise in a "že" clause
    without a subject of its own is the speaker's."""
    m = _SPOKEN.search(head)
    if not m or rx.search(rf"[{UPPER}]", m["clause"]):
        return None
    speaker = m["speaker"].strip()
    found = find_mentions(speaker, 0)
    if found:
        return people.canonical(found[-1].text)
    named = strip_role(speaker)  # "Místostarosta Zedník přislíbil, že …"
    if named != speaker and people.knows(named):
        return people.canonical(named)
    return role_holder(people, speaker) if len(speaker.split()) <= 3 else None


_SPOKEN = rx.compile(
    rf"(?:^|[,;]\s*)(?P<speaker>[^\s,;][^,;]{{0,60}}?)\s+"
    rf"(?:{'|'.join(lexicon.lex()['speech_verbs'])}),?\s+že\s+(?P<clause>[^,;]*)$"
)
_NAME_LIST = r"(?P<names>[\w-]+(?:(?:,\s*|\s+a\s+)[\w-]+)*)"


def _known_nicknames(sentence: str, verb_start: int, people: People) -> str | None:
    """Owners typed in lower case ("pepa koupí …", "převoz zajistí ondra a mates"):
    the people the attendance named, just before the verb or just after it."""
    before = rx.search(rf"(?:^|[,;:–-]\s*){_NAME_LIST}{_CLITICS}\s*$", sentence[:verb_start])
    after = rx.match(rf"\S+\s+{_NAME_LIST}\s*(?:[,.;]|$)", sentence[verb_start:])
    # A line of a task list with no verb: "martina stromky a zelen do 5.4."
    lead = rx.match(r"\W*(?P<names>[\w-]+)\s", sentence) if not verb_start else None
    for m in (before, after, lead):
        if m is None:
            continue
        names = [n for n in rx.split(r",\s*|\s+a\s+", m["names"]) if n]
        canonical = [people.canonical(n) for n in names if people.knows(n)]
        if canonical and len(canonical) == len(names):
            return ", ".join(c for c in canonical if c)
    return None


def _due(sentence: str, reference_year: int | None) -> str | None:
    meeting = MEETING_DATE.get()
    if reference_year and _END_OF_YEAR.search(sentence):  # "do konce roku"
        return date(reference_year, 12, 31).isoformat()
    if meeting and _END_OF_THIS_MONTH.search(sentence):  # "do konce měsíce"
        year, month = int(meeting[:4]), int(meeting[5:7])
        return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    end_of = _END_OF_MONTH.search(sentence)
    if end_of and reference_year:  # "do konce září": the month's last day
        month = month_number(end_of["month"])
        if month:
            last_day = calendar.monthrange(reference_year, month)[1]
            return date(reference_year, month, last_day).isoformat()
    m = _DUE.search(sentence)
    scope = m["due"] if m else None
    if scope is None:
        by = _BY_DATE.search(sentence)
        scope = sentence[by.end() :] if by else None
    if scope is None:
        return None
    dates = find_dates(scope)
    if not dates:
        return None
    return resolve(dates, reference_year)[0]


# "Úkol: vyvěsit změnu otevírací doby – Tichá – do 6. 9. 2024": what – who – when.
# "Objednat občerstvení → Jana K. do 30. 11.": the same with an arrow.
_DASHED = rx.compile(
    rf"^(?:úkol\s*:\s*)?(?P<what>.+?)\s+(?:[–—-]|→|->)\s+(?:(?:p\.|pí\.|pan|paní)\s*)?"
    # "p. Mareš", "V. Pešek", "Bc. Kroupová": an initial or a degree may lead the name
    # (capitalised whatever the flags: "korporace → zájmové skupiny" names nobody)
    rf"(?P<who>(?-i:(?:[{UPPER}]\w{{0,5}}\.\s*)?[{UPPER}][\w-]+(?:\s+[{UPPER}](?:[\w-]+|\.))?))"
    rf"(?:(?:\s*[,–—-])?\s+(?P<due>(?:do|termín)\b.*))?$",
    re.IGNORECASE,
)
_ARROW = rx.compile(r"\s(?:→|->)\s")
_END_OF_YEAR = rx.compile(r"(?i)\bdo\s+konce\s+(?:tohoto\s+|letošního\s+)?roku\b(?!\s*\d)")
_END_OF_THIS_MONTH = rx.compile(r"(?i)\bdo\s+konce\s+(?:tohoto\s+|letošního\s+)?měsíce\b")
_END_OF_MONTH = rx.compile(r"(?i)\bdo\s+konce\s+(?:měsíce\s+)?(?P<month>[a-záčďéěíňóřšťúůýž]+)\b")
# The endings of an infinitive ("objednat", "zajistit", "připomenout", "kontrolovat")
_INFINITIVE_END = "(?:at|et|ět|it|ít|out|nout|ovat)"

# A task opens with its verb: an infinitive ("uzavřít smlouvu", "objednat"), not a negated
# one ("neschvalovat"), or a commitment ("zajistí", "bude řešit")
_TASK_OPENING = rx.compile(
    rf"(?i)^(?!ne(?!chat)[a-záčďéěíňóřšťúůýž]{{4,}}{_INFINITIVE_END}\b)"
    rf"(?:[a-záčďéěíňóřšťúůýž]{{2,}}(?:{_INFINITIVE_END}|ct|ci)\b|bud(?:e|u|ou)\b|"
    + "|".join(rf"{re.escape(v)}\b" for v in lexicon.lex()["commitment_verbs"])
    + ")"
)


def _reads_as_task(what: str, reference_year: int | None) -> bool:
    """Does "Name: what" in a list give a task ("Šimková: uzavřít smlouvu", "… do 5. 3."),
    not a remark in a debate ("Brož: nevěří v petice", "Kolaja: neschvalovat …")?"""
    return bool(_TASK_OPENING.match(what.lstrip(" -–*")) or _due(what, reference_year))


_FUTURE = rx.compile(rf"(?i)\bbud(?:e|ou)\s+(?:\w+\s+)?[a-záčďéěíňóřšťúůýž]+{_INFINITIVE_END}\b")
_WILL_HAPPEN = rx.compile(
    r"(?i)\b(?:bude|budou|proběhne|proběhnou|se\s+uskuteční|se\s+koná|začne|začíná)\b"
)
# "v neděli 23. června": a day of the week named before a date is an appointment,
# with or without an hour ("Farní den bude v neděli 23. června po mši", "rozsvícení
# stromu v neděli 1. 12. v 17 hod.").
_ON_WEEKDAY = rx.compile(
    lexicon.loose(rf"(?i)\b(?:v|ve)\s+(?:{'|'.join(lexicon.lex()['weekdays'])})\s+\d{{1,2}}\.")
)
# A date (its year may be left out) with the hour something starts: an appointment,
# not a deadline.
_DATE_AND_HOUR = lexicon.Folded(
    r"\b\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{4})?,?\s+(?:od|v|ve|začátek|start|sraz)\s+(?:v\s+)?\d{1,2}(?:[:.]\d{2}\b|\s*hod)"
)
_ASSIGNS_WORK = r"ukládá|ukládají|uložil[aoi]?"  # the verbs; "pověřuje" may give a signature
_ASSIGNS = rf"(?:{_ASSIGNS_WORK}|pověřuje)"
_ASSIGNED_TO = rx.compile(
    lexicon.loose(rf"(?i)\b{_ASSIGNS}\s*:?\s+(?P<role>[a-záčďéěíňóřšťúůýž]+)")
)
# "starosta uložil p. Brabcovi opravit …": work assigned, to a dative, as an infinitive
_ASSIGNS_TASK = rx.compile(
    lexicon.loose(
        rf"(?i)\b(?:{_ASSIGNS_WORK})\s*:?\s+(?:\S+\s+){{1,6}}?"
        rf"[a-záčďéěíňóřšťúůýž]{{3,}}{_INFINITIVE_END}\b"
    )
)
# "II. ukládá odboru …": the words up to the verb that assigns the work
_UP_TO_ASSIGNING = rx.compile(lexicon.loose(rf"(?i)^.*?\b{_ASSIGNS}\s*:?\s*"))
# The owner a resolution assigns work to, in the dative (or accusative after "pověřuje"): a
# role's words, then a name ("tajemnici komise Ing. Hedvice Benešové", "výboru SDH").
_DATIVE_OWNER = rx.compile(rf"^(?:[{LOWER}]+\s+){{1,3}}?(?:[{UPPER}][\w.]*\s+)+(?=[{LOWER}])")
# The name after the role an assignment names: "(ukládá) předsedovi Jaromíru Kubelkovi",
# "veliteli J. Machalovi", "tajemnici Ing. Hedvice Benešové"
_NAME_AFTER_ROLE = rx.compile(
    rf"\s+(?:[{LOWER}]+\s+)?(?P<name>(?:[{UPPER}]\w{{1,5}}\.\s*)*"
    rf"(?:[{UPPER}]\.\s*[{UPPER}][\w-]+|[{UPPER}][\w-]+\s+[{UPPER}][\w-]+))"
)
_BODY_DATIVE = rx.compile(rf"(?P<head>[a-záčďéěíňóřšťúůýž]+)(?P<rest>(?:\s+[{UPPER}][\w-]*)*)")


@cache
def _body_cases() -> dict[str, str]:
    """The genitive/dative of a body's head noun ("výboru", "radě") -> its nominative."""
    out: dict[str, str] = {}
    for case, (nominative, _gender) in lexicon.body_heads().items():
        out[case] = nominative
        out[lexicon.strip_accents(nominative)] = nominative
    return out


def _owner_names(text: str, people: People) -> str:
    """ "Novák, Dvořák a Malá" (an owner cell or field) -> the owners' names as the
    record knows them, joined by commas; "" for none."""
    names = [n.strip() for n in rx.split(r",|;|\s+a\s+", text) if n.strip()]
    return ", ".join(people.canonical(n) or n for n in names)


_TASK_LABEL = rx.compile(r"(?i)^\W*(?:úkol|ukol|todo|task)\s*:")
# "TODO: pavel - objednat kompresor do 15.3.": who first, then what.
# "- [ ] @Michal Chrastina: zajistit vedoucí (do 15. 5.)": the owner tagged first.
# "→ Ing. Pavel Kroupa: připraví tabulku (do 15. 6.)": an arrow, the owner, the task.
_AT_OWNER = rx.compile(
    rf"^\W*?(?:@(?P<who>[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?)"
    rf"|(?:→|->)\s*(?P<arrowed>[^:\s][^:]{{1,60}}?)"
    rf"|(?P<bullet>[-*•]\s+)?(?P<listed>[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?))"
    rf"\s*:\s*(?P<what>\S.*)$"
)
# "- [ ] @simon dořešit notifikace (do 21. 5.)": a chat handle, then the task.
_AT_HANDLE = rx.compile(r"^[\s\-*•\[\]]*?@(?P<handle>[\w.-]*\w)[:,]?\s+(?P<what>\S.*)$")
_WHO_FIRST = rx.compile(
    r"(?i)^\W*(?:úkol|ukol|todo|task)\s*:\s*(?P<who>[\w.]+(?:\s+[\w.]+)?)\s+[–—-]\s+(?P<what>.+)$"
)


# After one owner's deadline, the next owner's task: "… do 31. 3. 2025, jednateli podat …"
_AFTER_DUE = rx.compile(r"(?:(?<=\d{4})|(?<=\d\.))(?:,\s+|\s+a\s+)(?=[a-záčďéěíňóřšťúůýž])")
_WORD_LABEL = (
    rf"(?:{lexicon.task_labels('owner', letters=False)}"
    rf"|{lexicon.task_labels('due', letters=False)})"
)
_FIELDS_IN_BRACKETS = rx.compile(lexicon.loose(rf"\((?=[^)]*\b{_WORD_LABEL}\s*:)[^)]*\)"))


def clauses(sentence: Sentence) -> list[Sentence]:
    """ "Verča osloví sponzory, Kuba zjistí dostupnost sálu": one clause per owner
    and commitment. A sentence with one commitment verb stays whole."""
    text = sentence.text
    verbs = lexicon.commitment_regex().finditer(text)
    cuts: list[tuple[int, int]] = []
    for verb in verbs[1:]:
        m = rx.search(
            rf"(?:[,;]|\s+a)\s+(?=(?:(?i:{lexicon.courtesy_alternation()})\s+)?"
            rf"[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?{_CLITICS}\s*$)",
            text[: verb.start()],
        )
        if m is None:
            # "…, občerstvení zajistí členové výboru": a short object before the verb,
            # its subject after it (not "…, které zajistí …", a relative clause)
            m = rx.search(
                r"[,;]\s+(?=(?!(?:kter|jež|jenž|aby|že|ať|kdy|kde|až)\w*\b)"
                r"[^\W\d]\w*(?:\s+[^\W\d]\w*){0,2}\s*$)",
                text[: verb.start()],
            )
        if m and (not cuts or m.start() > cuts[-1][1]):
            cuts.append((m.start(), m.end()))
    if not cuts:
        return [sentence]
    bounds = [0, *(b for cut in cuts for b in cut), len(text)]
    parts = [text[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    return [Sentence(part, sentence.loc) for part in parts if part]


_ROMAN_CLAUSE = rx.compile(r"(?<=[\s,;])(?=(?:IX|IV|V?I{1,3}|VI{0,3}|X)\.\s+[a-záčďéěíňóřšťúůýž])")


def split_tasks(text: str) -> list[str]:
    """ "ukládá: zajistit X (termín: 30. 4., odpovídá: A) a podat Y (termín: …,
    odpovídá: B)": one task per bracket of fields; "ukládá hospodáři rozdělit … do
    31. 3. 2025, jednateli podat … do 30. 4. 2025 a pokladní vybrat …": one task per
    owner and deadline; other text is one task."""
    # "I. schvaluje …, II. pověřuje starostku …, III. ukládá místostarostovi …": the
    # clauses that assign work, each its own task
    clauses = [c.strip(" ,;") for c in _ROMAN_CLAUSE.split(text) if c.strip(" ,;")]
    assigning = [c for c in clauses if classify(c, "information") == "task"]
    if len(clauses) > 1 and assigning:
        return [part for clause in assigning for part in split_tasks(clause)]
    brackets = list(_FIELDS_IN_BRACKETS.finditer(text))
    if len(brackets) < 2:
        assigned = _ASSIGNED_TO.search(text)
        if assigned:
            lead = text[assigned.start() : assigned.start("role")]  # "ukládá ", no more
            parts = _AFTER_DUE.split(text[assigned.start("role") :])
            if len(parts) >= 2 and all(_BY_DATE.search(p) for p in parts):
                return [lead + part for part in parts]
        return [text]
    parts, start = [], 0
    for m in brackets:
        what = rx.sub(r"^[\s,;.]*(?:a\s+)?", "", text[start : m.start()])
        what = _UP_TO_ASSIGNING.sub("", what)
        parts.append(f"{what.strip()}, {m.group(0)[1:-1]}")
        start = m.end()
    return parts


def action_from(
    sentence: Sentence,
    origin: str,
    people: People,
    reference_year: int | None,
    force: bool = False,
    *,
    assignments: bool = True,
) -> ActionItem | None:
    """An action item from one sentence, or None when it commits nobody to anything.

    Its ``what`` is the task alone: no bullet, no "Úkol č. 7/2024:" label and no
    owner's name in front ("- Úkol: Ondřej Vacula podepíše …" -> "podepíše …").
    ``assignments=False`` (rows of a table reviewing resolutions: "ZM/14/5/2024⇥ZM
    ukládá …⇥splněno") reads no task from "ukládá X zajistit" alone.
    """
    item = _action_from(sentence, origin, people, reference_year, force, assignments)
    if item is None:
        return None
    state = _STATE_AT_END.search(item.what)
    if state and ";" not in item.what and lexicon.key(state["state"]) in _DONE_STATES():
        return None  # "Petr Hora zajistí opravu plotu – splněno.": reported done
    what = _TASK_PREFIX.sub("", unbulleted(item.what)).strip()
    if item.who and what.casefold().startswith(item.who.casefold() + " "):
        what = what[len(item.who) + 1 :].lstrip(" –—-:,")  # "martina stromky …"
    if item.who and what.casefold().endswith(" " + item.who.casefold()):
        what = what[: -len(item.who) - 1]  # "občerstvení zajistí členové výboru"
    item.what = what.rstrip(" .,;") or item.what
    return item


# A task's state after it: "– splněno", "(splněno)", ": hotovo".
_STATE_AT_END = rx.compile(r"(?:\s[–—-]\s*|\(|:\s*|,\s*)\**(?P<state>[^\W\d]+)\**\)?\s*\.?$")


# Owners first, by initials or after "Úkol pro": "OB, KV – dokončí …", "Úkol pro PD: …"
_OWNERS_FIRST = rx.compile(
    rf"^\W*?(?:(?i:úkol|ukol)\s+pro\s+(?P<named>)|(?=[{UPPER}]{{2,3}}\b))"
    rf"(?P<owners>(?:[{UPPER}][\w.]*\s*){{1,3}}(?:(?:,\s*|\s+a\s+)(?:[{UPPER}][\w.]*\s*){{1,3}})*?)"
    rf"\s*(?:[–—-]|:)\s+(?P<what>\S.*)$"
)
_TASK_PREFIX = rx.compile(r"(?i)^(?:úkol|ukol|task|todo)(?:\s+(?:č\.?\s*)?[\w/-]+)?\s*:\s*")


def _action_from(
    sentence: Sentence,
    origin: str,
    people: People,
    reference_year: int | None,
    force: bool,
    assignments: bool,
) -> ActionItem | None:
    text = fold(sentence.text)
    if text.endswith("?") and not force:
        return None  # "…, kdo to uhradí?": a question, no one's task
    owned = _OWNERS_FIRST.match(text)
    if owned:  # "OB, KV – dokončí popisy …", "Úkol pro PD: zapracovat připomínky …"
        first_owners = [o for o in rx.split(r"\s*,\s*|\s+a\s+", owned["owners"].strip()) if o]
        what = owned["what"]
        done = rx.search(r"\s[–—-]\s*\**(?P<state>[^\W\d]+)\**\s*$", what)
        if done and lexicon.key(done["state"]) in _DONE_STATES():
            return None  # "LP – objednat disky – splněno": reported done
        if first_owners and all(people.knows(o) for o in first_owners):
            return ActionItem(
                who=", ".join(people.canonical(o) or o for o in first_owners),
                what=what.rstrip("."),
                due=_due(what, reference_year),
                origin=origin,  # type: ignore[arg-type]
                loc=sentence.loc,
            )
    future = _FUTURE.search(text)
    reflexive = future is not None and text[: future.start()].rstrip().endswith(" se")
    if future and not reflexive and not lexicon.commitment_regex().search(text) and not force:
        # "Peníze bude vybírat paní Jindra Ptáčková": a future duty of a named person,
        # named right before "bude" or right after the verb.
        adjacent = [
            m
            for m in find_mentions(text, 0)
            if 0 <= future.start() - m.end <= 3 or 0 <= m.start - future.end() <= 3
        ]
        who = people.canonical(adjacent[0].text) if adjacent else None
        if who:
            return ActionItem(
                who=who,
                what=text[future.start() :].rstrip("."),
                due=_due(text, reference_year),
                origin=origin,  # type: ignore[arg-type]
                loc=sentence.loc,
            )
    # "@Ondřej Hladík: připravit …" or a chat handle "@simon dořešit …": the owner first
    tagged = _AT_OWNER.match(text)
    if (
        tagged
        and tagged["listed"]
        # "- Šimková: uzavřít smlouvu …" in a task list (under "Úkoly:", or bulleted);
        # "- Rozpočet: schválen" names a topic, and "Novák: souhlasí" in a debate no task
        and not (
            (force or tagged["bullet"])
            and people.knows(tagged["listed"])
            # "* Miroslav Brož: nevěří v petice" in a debate says no task
            and (force or _reads_as_task(tagged["what"], reference_year))
        )
    ):
        tagged = None
    handled = None if tagged else _AT_HANDLE.match(text)
    if tagged or handled:
        if tagged:
            owner = tagged["who"] or tagged["arrowed"] or tagged["listed"]
            who, rest = people.canonical(owner) or owner, tagged["what"]
        else:
            assert handled is not None
            who, rest = people.by_handle(handled["handle"]) or handled["handle"], handled["what"]
        what = _DUE_IN_BRACKETS.sub("", rest)  # "… (do 15. 6.)"
        what = _DUE_WORD.split(what)[0]  # "…, termín 30. 6. 2025"
        return ActionItem(
            who=who,
            what=what.rstrip("."),
            due=_due(rest, reference_year),
            origin=origin,  # type: ignore[arg-type]
            loc=sentence.loc,
        )
    if _TASK_LABEL.match(text):
        force = True  # "Úkol: …" is a task whatever its verb
        first = _WHO_FIRST.match(text)
        if (
            first
            and not lexicon.commitment_regex().search(first["who"])
            and len(first["who"]) <= 30
        ):
            who = first["who"]
            return ActionItem(
                who=people.canonical(who) if who[:1].isupper() else who,
                what=rx.split(r"\s+do\s+(?=\d)", first["what"])[0].rstrip("."),
                due=_due(first["what"], reference_year),
                origin=origin,  # type: ignore[arg-type]
                loc=sentence.loc,
            )
    if force or _TASK_LABEL.match(text) or _ARROW.search(text):
        # "Vyúčtovat zálohy – p. Mareš – do 15. 12. 2024" (a task, or a line of "Úkoly:")
        dashed = _DASHED.match(rx.sub(r"^\W*", "", text))
        if (
            dashed
            and (dashed["due"] or not lexicon.commitment_regex().search(text))
            and not lexicon.commitment_regex().search(dashed["who"])  # "sejf - zjistíme do …"
            and not is_outcome(dashed["who"])  # "… 5 pro, 0 proti -> schváleno"
        ):
            who = people.canonical(dashed["who"]) or dashed["who"]
            return ActionItem(
                who=who,
                what=dashed["what"].strip().rstrip("."),
                due=_due(dashed["due"], reference_year) if dashed["due"] else None,
                origin=origin,  # type: ignore[arg-type]
                loc=sentence.loc,
            )
    verb = lexicon.commitment_regex().search(text)
    marker = _RESPONSIBLE.search(text) or _DUE.search(text)
    assigns = None if verb or marker or force or not assignments else _ASSIGNS_TASK.search(text)
    if not verb and not marker and not force and not assigns:
        return None
    # "starosta uložil p. Brabcovi opravit do 30. 11. vývěsku": the assigned one's task
    start = verb.start() if verb else (assigns.start() if assigns else 0)
    if assigns:  # the one assigned the work, not who assigned it
        later = [m for m in find_mentions(text, 0) if m.start >= assigns.start()]
        who = _assignee(text, people) or (people.canonical(later[0].text) if later else None)
    else:
        who = _who(text, start, people)
    if verb:
        what = text[verb.start() :]
        owner = who.split(",")[0].split()[0].casefold() if who and who.split() else None
        obj = rx.split(r"[,;:–—]|\s-\s", text[: verb.start()])[-1].strip()
        obj = _CONJUNCTION.sub("", obj)  # "…, že žádost podá spolek"
        after = text[verb.end() :].lstrip().casefold().startswith(owner) if owner else False
        if (
            (after or (who and _role_after(text, verb.start(), people) == who))
            and 1 <= len(obj.split()) <= 6
            and not obj[:1].isdigit()
        ):
            # "převoz zajistí ondra a mates": the subject after the verb, the object before
            what = f"{obj} {what}"
        spoken = _SPOKEN.search(text[: verb.start()])
        if spoken and spoken["clause"].strip() and who:
            what = f"{spoken['clause'].strip()} {what}"  # "…, že lavičku zajistí do 31. 8."
    else:
        what = text
    what = _FIELDS_AFTER.split(what)[0]  # "…. Termin: 28. 2. 2025" typed without accents too
    what = _TASK_LABEL.sub("", what).strip().rstrip(".,;")
    assigned = _ASSIGNED_TO.search(text)
    if assigned and not verb:  # "veliteli J. Machalovi zajistit opravu …": the task itself
        what = _UP_TO_ASSIGNING.sub("", what)
        owner = _DATIVE_OWNER.match(what)
        if owner:  # "starostovi Bořivoji Chmelíkovi smlouvu podepsat": the owner's words
            what = what[owner.end() :]
        else:  # "vedoucí finančního odboru zapracovat …": up to the infinitive
            what = rx.sub(rf"^(?:\S+\s+){{1,6}}?(?=[{LOWER}]+(?:t|ti)\b)", "", what)
    if not what:
        return None
    owners = _OWNERS.search(what)
    if owners:  # "Dokončit zápis z valné hromady (Thebys)": the owner in brackets
        if who is None:
            who = _owner_names(owners["names"], people)
        what = what[: owners.start()].rstrip()
    # A "Termín:" field first; then the deadline of the commitment itself, not a date
    # said before it ("nájem na dobu určitou do 31. 3. 2026 … Termín: 21. 3. 2025").
    field = _DUE.search(text)
    due = (_due(field.group(0), reference_year) if field else None) or (
        _due(what, reference_year) or _due(text, reference_year)
    )
    return ActionItem(who=who, what=what, due=due, origin=origin, loc=sentence.loc)


_TASK_OPEN = rx.compile(r"^\s*(?:>>|[-*•]\s*\[\s?\]|☐)\s*(?P<what>\S.*)$")
_TASK_FIELD = lexicon.Folded(
    rf"^\s*(?:(?P<owner>{lexicon.task_labels('owner', letters=False)})"
    rf"|(?P<due>{lexicon.task_labels('due', letters=False)})|stav)"
    r"\s*:\s*(?P<value>.*)$"
)


# A deadline in a task's state: "nesplněno, nový T: 31. 3. 2025", "trvá, termín 30. 6."
_NEW_DUE = rx.compile(lexicon.loose(r"(?i)\b(?:t|termín)\s*:?\s*(?=\d)"))


def task_table_header(text: str) -> bool:
    """Is ``text`` the header row of a task table ("Úkol⇥Odpovědnost⇥Termín")?"""
    return "\t" in text and lexicon.table_header("tasks", "what", text.split("\t")) is not None


@cache
def _DONE_STATES() -> frozenset[str]:
    return frozenset(lexicon.key(w) for w in lexicon.lex()["done_states"])


@cache
def _STATE_FIELD() -> re.Pattern[str]:
    labels = rx.longest_first(lexicon.lex()["table_columns"]["tasks"]["state"])
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in labels)
    return rx.compile(lexicon.loose(rf"(?i)(?<!\w)(?:{alternation})\s*:\s*(?P<state>[^\W\d]+)"))


def opens_with_state(text: str) -> bool:
    """ "Stav: trvá – …" on a line of its own: the state of the task above."""
    return bool(_STATE_FIELD().match(unbulleted(text).lstrip()))


def reported_done(text: str) -> bool:
    """Does a task's "Stav: splněno – …" field report it done (last meeting's task
    reviewed, not a new one)?"""
    m = _STATE_FIELD().search(text)
    return m is not None and lexicon.key(m["state"]) in _DONE_STATES()


def task_table(
    lines: list[tuple[int, str]], people: People, reference_year: int | None, origin: str
) -> list[ActionItem]:
    """Tasks written as a table: a header row "Úkol⇥Odpovědnost⇥Termín", then a row each."""
    out: list[ActionItem] = []
    for line, row in lexicon.table_rows("tasks", "what", lines):
        if row is None:
            continue  # the header row
        states = {lexicon.key(row.get(f, "").split(",")[0]) for f in ("state", "due")}
        if states & _DONE_STATES():
            # "… | splněno" ("splněno, viz bod 4"), also in the deadline's column: done,
            # nothing more to do
            continue
        who = row.get("who")
        dates = find_dates(row.get("due", ""))
        renewed = _NEW_DUE.search(row.get("state", ""))
        if not dates and renewed:  # "nesplněno, nový T: 31. 3. 2025": the new deadline
            dates = find_dates(row["state"][renewed.end() :])
        out.append(
            ActionItem(
                who=_owner_names(who or "", people) or None,
                what=row["what"].rstrip("."),
                due=resolve(dates, reference_year)[0] if dates else None,
                origin=origin,  # type: ignore[arg-type]
                loc=Loc(line=line + 1, end_line=line + 1),
            )
        )
    return out


def is_task_block(text: str) -> bool:
    """Does ``text`` open an explicit task (``>> …``, ``- [ ] …``)?"""
    return _TASK_OPEN.match(text) is not None


def task_blocks(
    lines: list[tuple[int, str]], people: People, reference_year: int | None
) -> list[ActionItem]:
    """Explicit task blocks: ``>> task`` with ``kdo:`` / ``termín:`` lines, and ``- [ ] task``."""
    out: list[ActionItem] = []
    k = 0
    while k < len(lines):
        line, text = lines[k]
        m = _TASK_OPEN.match(text)
        if not m:
            k += 1
            continue
        what = fold(m["what"])
        who: str | None = None
        due: str | None = None
        end = line
        k += 1
        while (
            k < len(lines)
            and (lines[k][1][:1].isspace() or _TASK_FIELD.match(lines[k][1]))
            and not _TASK_OPEN.match(lines[k][1])
        ):
            field_ = _TASK_FIELD.match(lines[k][1])
            if field_:
                value = lexicon.group(lines[k][1], field_, "value") or ""
                if field_["owner"] and value.strip():
                    who = _owner_names(value, people)
                elif field_["due"]:
                    dates = find_dates(value)
                    due = resolve(dates, reference_year)[0] if dates else None
            end = lines[k][0]
            k += 1
        sentence = Sentence(what, Loc(line=line + 1, end_line=end + 1))
        item = action_from(sentence, "items", people, reference_year, force=True)
        if item is None:
            continue
        if who:
            item.who = who
        if due:
            item.due = due
        out.append(item)
    return out


def events_from(
    sentence: Sentence, meeting_date: str | None, reference_year: int | None
) -> list[Event]:
    """Dated future meetings and deadlines mentioned in one sentence."""
    text = fold(sentence.text)
    if not _DIGIT.search(text):
        return []  # an event needs a date, and a date needs digits
    if not (
        lexicon.event_regex().search(text)
        or (_WILL_HAPPEN.search(text) and find_times(text))
        or _ON_WEEKDAY.search(text)
        or _DATE_AND_HOUR.search(text)  # "termín 18. 5. 2024 od 10:00"
    ):
        return []
    dates = find_dates(text)
    if not dates:
        return []
    times = find_times(text)
    place = _PLACE.search(text)
    out: list[Event] = []
    for match, iso in zip(dates, resolve(dates, reference_year), strict=True):
        if iso is None or (meeting_date and iso < meeting_date) or is_deadline(text, match):
            continue
        if iso == meeting_date and not _WILL_HAPPEN.search(text):
            continue  # "Kontrola pokladny byla provedena ke dni 15. 4. 2024 v 17:40": today
        time = next(
            (t.value for t in times if t.start >= match.end and t.start - match.end < 30), None
        )
        if time is None and len(dates) == 1 and len(times) == 1 and times[0].start > match.end:
            time = times[0].value  # "22.3. je burza v lesném, …, odjezd 7:30": the one time
        out.append(
            Event(
                date=iso,
                time=time,
                what=unbulleted(text).rstrip("."),
                place=lexicon.nominative_place(fold(place["place"])) if place else None,
                loc=sentence.loc,
            )
        )
    return out
