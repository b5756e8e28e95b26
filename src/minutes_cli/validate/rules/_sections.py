"""Shared logic of the section rules: matching programme points to their sections."""

from __future__ import annotations

from minutes_cli.models.record import AgendaPoint, Item
from minutes_cli.validate.profiles import fold_label


def _key(title: str) -> str:
    return fold_label(title).rstrip(" .:;")


def item_for(point: AgendaPoint, items: list[Item]) -> Item | None:
    """The item (section) that treats agenda ``point``: by number, else by title.

    Position is not used: a missing section would silently shift every later
    point onto the wrong item.
    """
    if point.number:
        for item in items:
            if item.number == point.number:
                return item
    key = _key(point.title)
    for item in items:
        if _key(item.title) == key:
            return item
    return None


def is_empty(item: Item) -> bool:
    """An item with neither its own text nor any report under it."""
    return not item.text.strip() and not item.reports
