"""Shared logic of the section rules: matching programme points to their sections."""

from __future__ import annotations

from minutes_cli.models.record import AgendaPoint, Item, MinutesRecord
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


def _names_conclusions(title: str) -> bool:
    """Does a point's title open with a conclusions heading ("Usnesení a závěr")?"""
    from minutes_cli.extract import lexicon

    words = lexicon.key(title).split()
    return any(words[: len(h.split())] == h.split() for h in lexicon.conclusion_headings() if h)


def is_empty(item: Item, record: MinutesRecord) -> bool:
    """An item with neither its own text nor any report under it, nor, when it is the
    point of the resolutions ("6. Usnesení a závěr"), any conclusion."""
    if item.text.strip() or item.reports:
        return False
    if not _names_conclusions(item.title):
        return True
    later = [i.loc.line for i in record.items if i.loc.line > item.loc.line]
    end = min(later, default=None)
    return not any(
        c.item == item.number
        if c.item is not None and item.number is not None
        # below its heading, before the next point's
        else item.loc.line < c.loc.line and (end is None or c.loc.line < end)
        for c in record.conclusions
    )
