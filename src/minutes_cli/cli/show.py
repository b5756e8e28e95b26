"""``minutes show``: the parsed record as a tree a person can check at a glance."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from minutes_cli.cli.typer_app import app, fail

if TYPE_CHECKING:
    from rich.tree import Tree


def _short(text: str | None, width: int = 110) -> str:
    from rich.markup import escape

    text = (text or "").replace("\n", " ")
    return escape(text if len(text) <= width else text[: width - 1] + "…")


def _vote(vote: dict[str, Any] | None) -> str:
    if not vote:
        return ""
    parts = [f"{k} {vote[k]}" for k in ("for", "against", "abstain") if vote.get(k) is not None]
    result = vote.get("result")
    return f" [magenta]({', '.join(parts)}{'; ' + result if result else ''})[/]"


def build_tree(data: dict[str, Any]) -> Tree:
    """A rich Tree of a minutes record (other kinds show their main fields)."""
    from rich.tree import Tree

    source = data["source"]
    root = Tree(
        f"[bold]{_short(source['path'])}[/]  [dim]{data['kind']} · {source['media_type']}[/]"
    )
    if data["kind"] != "minutes":
        for key in ("document", "project"):
            if key in data:
                branch = root.add(f"[bold]{key}[/]")
                for field, value in data[key].items():
                    if isinstance(value, str | int | float) and value:
                        branch.add(f"{field}: {_short(str(value))}")
        for priority in data.get("priorities", []):
            p = root.add(f"[bold]{priority['code']}[/] {_short(priority['title'])}")
            for measure in priority["measures"]:
                m = p.add(f"{measure['code']} {_short(measure['title'])}")
                for activity in measure["activities"]:
                    m.add(f"{activity['code']} {_short(activity['title'], 80)}")
    else:
        meeting = data["meeting"]
        head = root.add("[bold]meeting[/]")
        for field in ("title", "body", "date", "start_time", "end_time", "location"):
            value = meeting.get(field)
            head.add(f"{field}: {_short(value)}" if value else f"{field}: [red]—[/]")
        att = meeting["attendance"]
        if att["note"]:
            head.add(f"attendance: {_short(att['note'])}")
        for field in ("present", "excused", "guests"):
            if att[field]:
                head.add(f"{field}: {_short(', '.join(att[field]))}")
        items = root.add(f"[bold]items[/] ({len(data['items'])} of {len(data['agenda'])} points)")
        for item in data["items"]:
            node = items.add(
                f"[cyan]{item['number'] or '•'}[/] [bold]{_short(item['title'])}[/]  "
                f"[dim]l. {item['loc']['line']}–{item['loc']['end_line']}[/]"
            )
            if item["text"]:
                node.add(f"[dim]{_short(item['text'])}[/]")
            for report in item["reports"]:
                speaker = report["speaker"]
                who = "[REDACTED]" if speaker["redacted"] else (speaker["name"] or "")
                node.add(
                    f"[green]{_short(report['organisation'])}[/] {_short(who)}: "
                    f"{_short(report['text'], 80)}"
                )
        if data["conclusions"]:
            concl = root.add(f"[bold]conclusions[/] ({len(data['conclusions'])})")
            for c in data["conclusions"]:
                number = f"{c['number']} " if c["number"] else ""
                concl.add(
                    f"{number}[yellow]{c['kind']}[/] {_short(c['text'], 90)}{_vote(c['vote'])}"
                )
        if data["action_items"]:
            acts = root.add(f"[bold]action items[/] ({len(data['action_items'])})")
            for a in data["action_items"]:
                who = _short(a["who"]) if a["who"] else "[red]nobody[/]"
                due = f" [dim]do {a['due']}[/]" if a["due"] else ""
                acts.add(f"{who}: {_short(a['what'], 90)}{due}")
        if data["events"]:
            events = root.add("[bold]events[/]")
            for e in data["events"]:
                events.add(f"{e['date']} {e['time'] or ''} {_short(e['what'], 80)}")
        sigs = root.add("[bold]signatures[/]")
        for s in data["signatures"]:
            sigs.add(
                f"{s['role']}: {_short(s['name'])} {' '.join(s['degrees'])} "
                f"[dim]{s['date'] or ''} {s['place'] or ''}[/]"
            )
        if not data["signatures"]:
            sigs.add("[red]none[/]")
        for a in data["attachments"]:
            root.add(f"attachment: {_short(a['label'] or '')} {_short(a['title'] or '')}")
        people = ", ".join(p["name"] for p in data["people"])
        root.add(f"[bold]people[/]: {_short(people, 200)}")
    if data["unassigned"]:
        un = root.add(f"[bold red]unassigned lines[/] ({len(data['unassigned'])})")
        for u in data["unassigned"]:
            un.add(f"[red]{u['loc']['line']}: {_short(u['text'])}[/]")
    if data["warnings"]:
        warn = root.add(f"[bold yellow]warnings[/] ({len(data['warnings'])})")
        for w in data["warnings"]:
            where = f" l. {w['loc']['line']}" if w.get("loc") else ""
            warn.add(f"[yellow]{w['code']}[/]{where}: {_short(w['message'])}")
    return root


@app.command("show")
def show_cmd(
    file: Path = typer.Argument(..., help="Input file.", show_default=False),
) -> None:
    """Show the parsed record as a tree, to check it at a glance before keeping it.

    Warnings and unassigned lines are highlighted.

    Example:

      minutes show zapis.txt
    """
    from rich.console import Console

    from minutes_cli import api
    from minutes_cli.errors import MinutesError
    from minutes_cli.io.writers import as_data

    try:
        record = api.parse_file(file)
    except MinutesError as exc:
        fail(str(exc))
    Console().print(build_tree(as_data(record)))
