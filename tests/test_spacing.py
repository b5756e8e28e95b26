"""Double-spaced text is read compacted, and its locs still point into the text as given."""

from __future__ import annotations

from minutes_cli.api import parse_text
from minutes_cli.text.normalize import double_spaced

MINUTES = """Zápis z jednání kontrolního výboru
Datum: 4. 3. 2025
Přítomni: Jan Novák, Eva Malá,
Petr Dlouhý
1. Kontrola pokladny
Předseda výboru provedl kontrolu pokladny, zůstatek
odpovídá pokladní knize.
2. Různé
Výbor schvaluje plán kontrol na rok 2025.
Hlasování: pro 3, proti 0, zdržel se 0
Zapsal: Petr Dlouhý
"""


def _double(text: str) -> str:
    return "".join(line + "\n\n" for line in text.splitlines())


def test_a_blank_line_after_every_line_is_double_spacing() -> None:
    assert double_spaced(tuple(_double(MINUTES).split("\n")))
    assert not double_spaced(tuple(MINUTES.split("\n")))


def test_one_line_paragraphs_with_blank_lines_between_are_left_alone() -> None:
    # Every line ends its sentence: the blank lines are paragraph breaks, no spacing.
    paragraphs = [f"Bod {k}. Výbor projednal věc číslo {k}." for k in range(1, 12)]
    assert not double_spaced(tuple("\n\n".join(paragraphs).split("\n")))


def test_double_spaced_minutes_read_as_single_spaced_with_locs_in_the_given_text() -> None:
    single = parse_text(MINUTES)
    double = parse_text(_double(MINUTES))
    assert double.meeting.attendance.present == ["Jan Novák", "Eva Malá", "Petr Dlouhý"]
    assert [i.title for i in double.items] == [i.title for i in single.items]
    assert [c.text for c in double.conclusions] == [c.text for c in single.conclusions]
    assert double.conclusions[0].vote == single.conclusions[0].vote
    lines = _double(MINUTES).split("\n")
    for item in double.items:  # line k of the single-spaced text is line 2k - 1 here
        assert item.loc is not None
        assert item.title in lines[item.loc.line - 1]
    assert [s.loc.line for s in double.signatures if s.loc] == [
        2 * s.loc.line - 1 for s in single.signatures if s.loc
    ]
