"""Error types.  Every message names the file, the value and what was expected."""
from __future__ import annotations


class KgError(Exception):
    """Base of the errors kg reports to users (the CLI turns them into exit codes)."""


class InputError(KgError):
    """An input file cannot be used; the run goes on without it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ResourceError(KgError):
    """A data file under kg/data is malformed (names file:line)."""


class GraphError(KgError):
    """A graph file or query cannot be used."""
