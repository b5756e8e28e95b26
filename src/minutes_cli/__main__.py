"""``python -m minutes_cli``: the same as the ``minutes`` command."""

from minutes_cli.cli import main

main()
