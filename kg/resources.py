"""The one reader of ``kg/data/*``: word lists and TSV tables.

Word lists (``*.txt``): one entry per line, ``#`` starts a comment, blank lines
ignored.  Tables (``*.tsv``): a header line, then rows with exactly as many
tab-separated fields.  Malformed rows raise ``ResourceError`` naming
``file:line``.  Everything is cached per process: the data never changes
while kg runs.
"""
from __future__ import annotations

import functools
import gzip
from pathlib import Path

from .errors import ResourceError

DATA_DIR = Path(__file__).parent / "data"


def _open_lines(path: Path) -> list[str]:
    if not path.exists():
        raise ResourceError(f"{path}: data file missing (kg installation incomplete?)")
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return fh.read().splitlines()
    return path.read_text(encoding="utf-8").splitlines()


def _find(name: str) -> Path:
    path = DATA_DIR / name
    if not path.exists() and (DATA_DIR / (name + ".gz")).exists():
        path = DATA_DIR / (name + ".gz")
    return path


@functools.lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """Entries of a word list, in file order, duplicates removed."""
    path = _find(name)
    out: dict[str, None] = {}
    for line in _open_lines(path):
        entry = line.split("#", 1)[0].strip()
        if entry:
            out[entry] = None
    return tuple(out)


@functools.lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV table as dicts keyed by the header's column names."""
    path = _find(name)
    lines = [ln for ln in _open_lines(path) if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise ResourceError(f"{path}: empty table (a header line is expected)")
    header = lines[0].split("\t")
    rows = []
    for lineno, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) != len(header):
            raise ResourceError(
                f"{path}:{lineno}: {len(fields)} fields, expected {len(header)} ({'/'.join(header)})"
            )
        rows.append(dict(zip(header, fields)))
    return tuple(rows)
