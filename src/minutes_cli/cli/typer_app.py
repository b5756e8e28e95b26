"""The Typer application and the error handling every command shares."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer

from minutes_cli import __version__

app = typer.Typer(
    name="minutes",
    help=(
        "Turn Czech meeting minutes into structured, validated records.\n\n"
        "Examples:\n\n"
        "  minutes parse zapis.txt                 # YAML record on stdout\n\n"
        "  minutes parse zapis.docx --format json  # JSON\n\n"
        "  minutes text zapis.docx                 # the normalized text with line numbers\n\n"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

state = {"debug": False}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"minutes {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of errors."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
) -> None:
    state["debug"] = debug


def error(message: str) -> None:
    """Print one ``minutes: error: …`` line on stderr (and the traceback with --debug)."""
    if state["debug"]:
        import traceback

        traceback.print_exc()
    sys.stderr.write(f"minutes: error: {message}\n")


def fail(message: str, code: int = 2) -> NoReturn:
    error(message)
    raise typer.Exit(code)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("minutes: interrupted\n")
        sys.exit(130)
