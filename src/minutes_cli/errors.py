"""Exceptions mean "could not run"; findings are returned as values."""

from __future__ import annotations


class MinutesError(Exception):
    """Base class of every error the library raises on purpose."""

    code = "MIN000"


class ReadError(MinutesError):
    """The input could not be read as a document (missing, unsupported, corrupt, too big)."""

    code = "IO001"

    def __init__(self, path: str, reason: str, *, code: str | None = None) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        if code:
            self.code = code


class EncodingError(ReadError):
    """The bytes are not text in any encoding we accept."""

    code = "IO002"


class ConfigError(MinutesError):
    """A profile, option or configuration value is invalid."""

    code = "CFG001"


class ExtractError(MinutesError):
    """An extractor failed on a document it accepted."""

    code = "PRS001"
