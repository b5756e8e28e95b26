"""A vote must add up: for + against + abstained cannot exceed those present,
and an adopted proposal cannot have fewer votes for than against.

Why: an impossible tally means a typo in the one place where a typo changes
the decision; it also makes the resolution contestable.

"Present" is the number of names listed as present, when the minutes list them.

Fail:
    Přítomni: Jan Novák, Eva Malá, Petr Dlouhý

    Usnesení
    Usnesení č. 1: Výbor schvaluje program. Pro: 3, proti: 1, zdržel se: 0
Pass:
    Přítomni: Jan Novák, Eva Malá, Petr Dlouhý

    Usnesení
    Usnesení č. 1: Výbor schvaluje program. Pro: 2, proti: 1, zdržel se: 0
"""

from __future__ import annotations

from collections.abc import Iterator

from minutes_cli.models.diagnostic import Diagnostic, Severity
from minutes_cli.validate.rules import ParsedMinutes, RuleConf

CODE, NAME, SEVERITY = "MIN022", "vote-inconsistent", Severity.ERROR
ALIASES: tuple[str, ...] = ()


def check(doc: ParsedMinutes, conf: RuleConf) -> Iterator[Diagnostic]:
    """Report votes whose tally exceeds those present or contradicts the result."""
    present = len(doc.record.meeting.attendance.present) or None
    for conclusion in doc.record.conclusions:
        vote = conclusion.vote
        if vote is None:
            continue
        label = f"resolution {conclusion.number}" if conclusion.number else "vote"
        column = doc.column(conclusion.loc.line)
        cast = [v for v in (vote.for_, vote.against, vote.abstain, vote.not_voting) if v]
        if present is not None and sum(cast) > present:
            yield conf.at(
                conclusion.loc,
                f"{label}: {sum(cast)} votes cast but only {present} present",
                column=column,
            )
        elif (
            vote.result == "adopted"
            and vote.for_ is not None
            and vote.against is not None
            and vote.for_ < vote.against
        ):
            yield conf.at(
                conclusion.loc,
                f"{label}: adopted with {vote.for_} for and {vote.against} against",
                column=column,
            )
