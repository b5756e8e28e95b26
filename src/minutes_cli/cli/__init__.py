"""The ``minutes`` command: a thin client over :mod:`minutes_cli.api`.

:func:`main` sends ``minutes validate …`` straight to its argparse runner, so
that CI's most frequent call starts without building the Typer application;
everything else goes through Typer (``app``, imported on first use).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typer import Typer

    app: Typer

__all__ = ["app", "main"]


def _typer_app() -> Any:
    from minutes_cli.cli.typer_app import app  # isort: skip

    # Each module registers its commands on ``app``.
    from minutes_cli.cli import parse as _parse  # noqa: F401  isort: skip
    from minutes_cli.cli import validate as _validate  # noqa: F401  isort: skip
    from minutes_cli.cli import batch as _batch  # noqa: F401  isort: skip
    from minutes_cli.cli import show as _show  # noqa: F401  isort: skip

    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return _typer_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Console-script entry point."""
    argv = sys.argv[1:]
    if argv[:1] == ["validate"]:
        # Validation reads the models' values, not their schemas: the plain base
        # spares it pydantic's import and validator building (0.15-0.25 s).
        from minutes_cli.models.base import use_plain

        use_plain()
        from minutes_cli.cli.validate_run import run

        try:
            code = run(argv[1:])
        except KeyboardInterrupt:
            sys.stderr.write("minutes: interrupted\n")
            code = 130
        sys.exit(code)
    _typer_app()
    from minutes_cli.cli.typer_app import main as typer_main

    typer_main()
