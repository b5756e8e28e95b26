"""``minutes validate`` without Typer: the command CI runs on every push.

``validate`` parses its options with :mod:`argparse` and is dispatched
before the Typer application is built (see :func:`minutes_cli.cli.main`),
so its start-up pays for neither Typer nor the other commands. Typer's
``validate`` only forwards here, which keeps one definition of the options.
Nothing here (or in what it imports) loads spaCy.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from minutes_cli.validate.engine import FileResult


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    junit = "junit"
    github = "github"
    sarif = "sarif"


SUMMARY = "Check minutes against a template profile; exit 0 clean, 1 problems, 2 unreadable/usage."

EXAMPLES = """\
examples:
  minutes validate zapisy/*.txt
  minutes validate zapis.docx --profile working-group --strict
  minutes validate zapisy/*.docx --format github
  minutes validate vzor.docx --template --profile municipal-committee
"""

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _split(values: list[str]) -> list[str]:
    """``--select A,B --select C`` -> ``[A, B, C]``."""
    return [s.strip() for item in values for s in item.split(",") if s.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes validate",
        description=SUMMARY,
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="minutes (.txt, .md, .docx; folders searched); with --template, blank templates",
    )
    parser.add_argument(
        "-p", "--profile", default="generic", help="built-in profile name or a profile YAML path"
    )
    parser.add_argument(
        "-f",
        "--format",
        dest="fmt",
        choices=[f.value for f in OutputFormat],
        default=OutputFormat.text.value,
        help="output format (default: text)",
    )
    parser.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    parser.add_argument(
        "--template", action="store_true", help="check blank templates: required labels present"
    )
    parser.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="RULES",
        help="only these rules (code, code prefix or name; comma-separated, repeatable)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULES",
        help="skip these rules (code, code prefix or name; comma-separated, repeatable)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    return parser


def _colour_wanted() -> bool:
    """Colour for a terminal, or where FORCE_COLOR asks for it (as Rich decides)."""
    return sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))


def print_text(results: list[FileResult]) -> None:
    """The text format: grouped per file, with a summary; coloured by Rich on a terminal.

    Piped output (a CI log) is the same text without styles, written without
    loading Rich, which would cost this command a tenth of its start-up.
    """
    from minutes_cli.validate.formatters import format_text, summary

    if not _colour_wanted():
        sys.stdout.write(format_text(results))
        return
    from rich.console import Console
    from rich.markup import escape

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


def emit(results: list[FileResult], fmt: str) -> None:
    """Write results to stdout in ``fmt`` (rich text for a person, else machine-readable)."""
    if fmt == OutputFormat.text:
        print_text(results)
    else:
        from minutes_cli.validate.formatters import render

        sys.stdout.write(render(results, fmt))


def run(argv: Sequence[str], *, debug: bool = False) -> int:
    """Run ``minutes validate`` with ``argv`` (the words after ``validate``); the exit status."""
    args = build_parser().parse_args(list(argv))
    from minutes_cli.errors import ConfigError
    from minutes_cli.validate.engine import exit_code, expand_paths, validate_files
    from minutes_cli.validate.profiles import load_profile

    try:
        prof = load_profile(args.profile)
        results = validate_files(
            expand_paths(args.files),
            prof,
            select=_split(args.select),
            ignore=_split(args.ignore),
            template=args.template,
        )
    except ConfigError as exc:
        if debug or args.debug:
            import traceback

            traceback.print_exc()
        sys.stderr.write(f"minutes: error: {exc}\n")
        return 2
    emit(results, args.fmt)
    return exit_code(results, strict=args.strict)
