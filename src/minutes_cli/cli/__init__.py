"""The ``minutes`` command: a thin client over :mod:`minutes_cli.api`.

:func:`main` sends ``minutes validate …`` straight to its argparse runner, so
that CI's most frequent call starts without building the Typer application;
everything else goes through Typer (``app``, imported on first use).
"""

from __future__ import annotations

import os
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
        # Pydantic looks for plugins in the entry points of every installed distribution
        # when it builds the first model: 3-20 ms of each start here (84 distributions),
        # more in a big CI image, for hooks a linter has no use for. Set the variable to
        # "" to keep them.
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
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
