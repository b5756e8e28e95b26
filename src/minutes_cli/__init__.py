"""minutes: turn Czech meeting minutes into structured, validated records.

The library is the product; the ``minutes`` command is one client of it::

    from minutes_cli import parse_file
    record = parse_file("samples/minutes/2017-12-07-prevence-kriminality.txt")
    print(record.meeting.date)
"""

__version__ = "0.1.0"

from minutes_cli.api import parse_file, parse_text  # noqa: E402  (after __version__, used by api)

__all__ = ["__version__", "parse_file", "parse_text"]
