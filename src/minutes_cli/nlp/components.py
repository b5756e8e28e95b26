"""spaCy components for Czech minutes, registered as factories.

- ``minutes_sentences``: a sentence splitter that knows Czech abbreviations
  ("č.", "tel.", "např.", degrees), ordinals ("5. října") and initials.
- ``minutes_entities``: the rule layer. Persons (courtesy words, degrees,
  given names), organisations (report headers, legal forms, heads,
  abbreviations), and contacts, dates, money (the shared entity scanner).
  It runs after a statistical ``ner`` when there is one and wins on
  conflict; the model's PERSON spans survive only where they help.

Add them to a config like any other component::

    [components.minutes_entities]
    factory = "minutes_entities"
    use_model_persons = true
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from minutes_cli.data import load
from minutes_cli.extract.entities import scan_line
from minutes_cli.nlp import rules


@cache
def _abbreviations() -> frozenset[str]:
    """Lowercased abbreviations without their final dot."""
    from minutes_cli.nlp.names import data

    lexicon = load("lexicon")
    words = [*data("sentence_abbreviations"), *lexicon["degrees_before"], *lexicon["degrees_after"]]
    out: set[str] = set()
    for w in words:
        for part in str(w).split():
            out.add(part.rstrip(".").casefold())
    return frozenset(out)


class CzechSentences:
    """Abbreviation-aware sentence boundaries (never the parser's)."""

    def __init__(self, abbreviations: frozenset[str]) -> None:
        self.abbreviations = abbreviations

    def __call__(self, doc: Doc) -> Doc:
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0
        for i, token in enumerate(doc[:-1]):
            if token.text not in {".", "!", "?", "…"} and not token.text.endswith("."):
                continue
            nxt = doc[i + 1]
            if not (nxt.text[:1].isupper() or nxt.text[:1] in '„"('):
                continue
            if token.text == "." and i > 0:
                prev = doc[i - 1]
                if prev.whitespace_:
                    pass  # a lone dot after a space ends the sentence
                elif prev.text.casefold() in self.abbreviations:
                    continue
                elif prev.is_digit or (len(prev.text) == 1 and prev.text.isalpha()):
                    continue  # "5. Října" is rare; initials "M. Magone" are common
            elif token.text.endswith(".") and token.text != ".":
                stripped = token.text.rstrip(".").casefold()
                if stripped in self.abbreviations or len(stripped) == 1 or "." in stripped:
                    continue
            nxt.is_sent_start = True
        return doc


@Language.factory("minutes_sentences", default_config={})
def make_sentences(nlp: Language, name: str) -> CzechSentences:
    """Factory: the abbreviation-aware Czech sentence splitter."""
    return CzechSentences(_abbreviations())


class RuleEntities:
    """Rule-based PERSON/ORG/contact entities; rules win over the model."""

    def __init__(self, use_model_persons: bool) -> None:
        self.use_model_persons = use_model_persons

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        found = rules.scan(text)
        spans: list[Span] = []
        people: list[dict[str, Any]] = []
        for hit in found:
            span = doc.char_span(hit.start, hit.end, label=hit.label, alignment_mode="expand")
            if span is None:
                continue
            spans.append(span)
            if hit.label == "PERSON":
                people.append({"start": hit.start, "end": hit.end, **hit.info})
        orgs = [
            (h.start, h.end, h.info.get("name", h.text), h.info.get("rule", "rules"))
            for h in found
            if h.label == "ORG"
        ]
        for other in scan_line(text):
            span = doc.char_span(
                other.start, other.end, label=other.type.upper(), alignment_mode="expand"
            )
            if span is not None:
                spans.append(span)
        taken = [(s.start_char, s.end_char) for s in spans]
        if self.use_model_persons:
            for ent in doc.ents:
                if ent.label_ != "PERSON":
                    continue
                hit = rules.model_person(ent.text, ent.start_char, text)
                if hit is None or any(hit.start < e and s < hit.end for s, e in taken):
                    continue
                span = doc.char_span(hit.start, hit.end, label="PERSON", alignment_mode="expand")
                if span is None:
                    continue
                spans.append(span)
                taken.append((hit.start, hit.end))
                people.append({"start": hit.start, "end": hit.end, **hit.info})
        has_lemmas = doc.has_annotation("LEMMA")
        for person in people:
            if has_lemmas:
                last = doc.char_span(person["start"], person["end"], alignment_mode="expand")
                if last is not None and len(last):
                    lemma = last[-1].lemma_
                    if lemma and lemma[:1].isupper() and " " not in lemma:
                        person["lemma"] = lemma
        doc.ents = filter_spans(spans)
        doc.user_data["minutes_people"] = people
        doc.user_data["minutes_orgs"] = orgs
        return doc


@Language.factory("minutes_entities", default_config={"use_model_persons": False})
def make_entities(nlp: Language, name: str, use_model_persons: bool) -> RuleEntities:
    """Factory: the rule layer (persons, organisations, contacts, dates, money)."""
    return RuleEntities(use_model_persons)
