"""``minutes validate``, ``rules``, ``rule``, ``profile from-template`` and ``check``.

Thin clients over :mod:`minutes_cli.validate`. Nothing here (or in what it
imports) loads spaCy: ``validate`` runs in CI on every push.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from minutes_cli.cli.app import app, fail
from minutes_cli.errors import ConfigError, MinutesError

if TYPE_CHECKING:
    from minutes_cli.validate.engine import FileResult


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    junit = "junit"
    github = "github"
    sarif = "sarif"


_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _print_text(results: list[FileResult]) -> None:
    """Rich rendering of the text format: grouped per file, coloured, with a summary."""
    from rich.console import Console
    from rich.markup import escape

    from minutes_cli.validate.formatters import summary

    console = Console(highlight=False, soft_wrap=True)
    for result in results:
        if not result.diagnostics:
            continue
        console.print(f"[bold underline]{escape(result.path)}[/]")
        for d in result.diagnostics:
            sev = d.severity.value
            console.print(
                f"  [dim]{d.line}:{d.column}[/]  [{_STYLE[sev]}]{sev:<7}[/]  [bold]{d.code}[/]  "
                f"{escape(d.message)}  [dim]\\[{d.name}][/]"
            )
        console.print()
    worst = max((d.severity.rank for r in results for d in r.diagnostics), default=-1)
    colour = "red" if worst == 2 else "yellow" if worst == 1 else "green"
    console.print(f"[{colour}]{escape(summary(results))}[/]")


@app.command("validate")
def validate_cmd(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Minutes (.txt, .md, .docx; folders searched); with --template, blank templates.",
            show_default=False,
        ),
    ],
    profile: Annotated[
        str, typer.Option("--profile", "-p", help="Built-in profile name or a profile YAML path.")
    ] = "generic",
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text, json, junit, github or sarif.")
    ] = OutputFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too (exit 1).")] = False,
    template: Annotated[
        bool, typer.Option("--template", help="Check blank templates: required labels present.")
    ] = False,
    select: Annotated[
        list[str],
        typer.Option("--select", help="Only these rules (code, code prefix or name); repeatable."),
    ] = [],  # noqa: B006  (Typer copies it)
    ignore: Annotated[
        list[str],
        typer.Option("--ignore", help="Skip these rules (code, code prefix or name); repeatable."),
    ] = [],  # noqa: B006  (Typer copies it)
) -> None:
    """Check minutes against a template profile; exit 0 clean, 1 problems, 2 unreadable/usage.

    Examples:

      minutes validate zapisy/*.txt

      minutes validate zapis.docx --profile working-group --strict

      minutes validate zapisy/*.docx --format github

      minutes validate vzor.docx --template --profile municipal-committee
    """
    from minutes_cli.validate.engine import exit_code, expand_paths, validate_files
    from minutes_cli.validate.formatters import render
    from minutes_cli.validate.profiles import load_profile

    sel = [s for item in select for s in item.split(",") if s.strip()]
    ign = [s for item in ignore for s in item.split(",") if s.strip()]
    try:
        prof = load_profile(profile)
        results = validate_files(
            expand_paths(files), prof, select=sel, ignore=ign, template=template
        )
    except ConfigError as exc:
        fail(str(exc))
    if fmt is OutputFormat.text:
        _print_text(results)
    else:
        sys.stdout.write(render(results, fmt.value))
    raise typer.Exit(exit_code(results, strict=strict))


@app.command("rules")
def rules_cmd() -> None:
    """List every rule: code, name, default severity and what it checks.

    Example:

      minutes rules
    """
    from minutes_cli.validate.engine import catalogue

    for rule in catalogue():
        sys.stdout.write(
            f"{rule.code:<7} {rule.name:<34} {rule.severity.value:<8} {rule.summary}\n"
        )


@app.command("rule")
def rule_cmd(
    code: Annotated[
        str, typer.Argument(help="Rule code or name, e.g. MIN001.", show_default=False)
    ],
) -> None:
    """Print a rule's documentation (what, why, failing and passing examples).

    Example:

      minutes rule MIN001
    """
    import inspect

    from minutes_cli.validate.engine import find_rule

    try:
        rule = find_rule(code)
    except ConfigError as exc:
        fail(str(exc))
    aliases = getattr(rule, "aliases", ())
    head = f"{rule.code} {rule.name} ({rule.severity.value})"
    if aliases:
        head += f"; formerly {', '.join(aliases)}"
    sys.stdout.write(f"{head}\n\n{inspect.cleandoc(rule.doc)}\n")


profile_app = typer.Typer(help="Work with template profiles.", no_args_is_help=True)
app.add_typer(profile_app, name="profile")


@profile_app.command("from-template")
def from_template_cmd(
    template: Annotated[
        Path,
        typer.Argument(
            help="An organisation's blank minutes template (.docx, .txt).", show_default=False
        ),
    ],
    base: Annotated[
        str, typer.Option("--base", help="Profile to extend (its labels are searched).")
    ] = "generic",
    name: Annotated[
        str | None, typer.Option("--name", help="Name of the new profile (default: file stem).")
    ] = None,
) -> None:
    """Derive a profile from a blank template: its labels, required parts and their order.

    Example:

      minutes profile from-template vzor-zapisu.docx > profile.yaml

      minutes validate zapis.docx --profile profile.yaml
    """
    import yaml

    from minutes_cli.api import read_normalized
    from minutes_cli.validate.profiles import load_profile
    from minutes_cli.validate.template import derive_profile

    try:
        prof = load_profile(base)
        norm = read_normalized(template)
    except MinutesError as exc:
        fail(str(exc))
    data = derive_profile(norm.lines, name or template.stem, prof)
    if not any(data["require"].values()):
        fail(f"{template}: no label of minutes found (is it a minutes template?)")
    sys.stdout.write(f"# generated by `minutes profile from-template {template.name}`\n")
    sys.stdout.write(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


@app.command("check")
def check_cmd(
    records: Annotated[
        list[Path], typer.Argument(help="Stored records (.yaml, .yml, .json).", show_default=False)
    ],
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text, json, junit, github or sarif.")
    ] = OutputFormat.text,
) -> None:
    """Check stored records against the record schema; problems name their JSON path.

    Example:

      minutes check records/*.yaml
    """
    from minutes_cli.validate.engine import FileResult, check_record_file, exit_code
    from minutes_cli.validate.formatters import render

    results = [FileResult(str(p), check_record_file(p)) for p in records]
    if fmt is OutputFormat.text:
        _print_text(results)
    else:
        sys.stdout.write(render(results, fmt.value))
    raise typer.Exit(exit_code(results))
