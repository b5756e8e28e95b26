"""The Czech NLP layer: a rules-first spaCy pipeline and in-document linking.

Importing this package never imports spaCy: :mod:`names` and :mod:`linking`
are pure Python; :func:`analyse` loads spaCy (once) when a parse needs it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from minutes_cli.nlp.linking import (
    Mention,
    Person,
    link_organisation,
    link_people,
    same_person,
)
from minutes_cli.nlp.names import nominative_candidates

if TYPE_CHECKING:
    from minutes_cli.nlp.pipeline import Analysis

__all__ = [
    "Mention",
    "Person",
    "analyse",
    "link_organisation",
    "link_people",
    "model_available",
    "model_mentions",
    "nlp_mode",
    "nominative_candidates",
    "same_person",
]


def analyse(lines: Any, mode: str = "rules", **kwargs: Any) -> Analysis:
    """People and organisations of a document's lines (see :func:`pipeline.analyse`)."""
    from minutes_cli.nlp.pipeline import analyse as _analyse

    return _analyse(lines, mode, **kwargs)


def model_available() -> bool:
    """Is the optional Czech model (cs-core-news-sm) installed?"""
    from minutes_cli.nlp.pipeline import model_available as _available

    return _available()


#: The NLP mode of the parse in progress ("rules" or "model"), for extractors
#: that the kind parsers call without a mode argument.
MODE: ContextVar[str] = ContextVar("minutes_nlp_mode", default="rules")


@contextmanager
def nlp_mode(mode: str) -> Iterator[str]:
    """Run a parse with ``mode`` (``auto`` resolved here) as :data:`MODE`."""
    if mode == "rules":  # no model to look for: the pipeline module need not load
        resolved = mode
    else:
        from minutes_cli.nlp.pipeline import resolve_mode

        resolved = resolve_mode(mode)
    token = MODE.set(resolved)
    try:
        yield MODE.get()
    finally:
        MODE.reset(token)


def model_mentions(lines: Sequence[str], skip: frozenset[int] = frozenset()) -> list[Mention]:
    """Person mentions only the statistical model found (surnames of people the
    rules name elsewhere), with lemma votes; [] unless :data:`MODE` is model."""
    if MODE.get() != "model":
        return []
    from minutes_cli.nlp.pipeline import analyse as _analyse

    result = _analyse(lines, "model", skip=skip)
    return [m for p in result.people for m in p.mentions if m.source == "model"]
