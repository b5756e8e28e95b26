"""The Czech NLP layer: a rules-first spaCy pipeline and in-document linking.

Importing this package never imports spaCy: :mod:`names` and :mod:`linking`
are pure Python; :func:`analyse` loads spaCy (once) when a parse needs it.
"""

from __future__ import annotations

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
