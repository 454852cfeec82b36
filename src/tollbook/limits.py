"""How much one input may cost: bytes per document, bytes per decompressed file, seconds per
document. Text from the internet may be hostile; these bounds keep memory and time linear.

Each limit has a default and an environment variable (documented in the README):

- ``TOLLBOOK_MAX_DOCUMENT_BYTES`` (5 MB): the text of one document (a file, a JSONL line, a
  CSV cell, a WARC record, an upload, a fetched page). A larger one is refused by name.
- ``TOLLBOOK_MAX_FILE_BYTES`` (4 GB): the decompressed bytes of one ``.gz`` file (a gzip bomb
  stops there, with an error naming the file; what was read before it is kept).
- ``TOLLBOOK_DOCUMENT_SECONDS`` (30): the extraction time of one document in a worker process
  (batch ingest with workers, ``serve``); a document over it is an error naming it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r}: expected a number") from None
    if value <= 0:
        raise ValueError(f"{name}={raw!r}: expected a positive number")
    return value


@dataclass(frozen=True)
class Limits:
    document_bytes: int = 5_000_000
    file_bytes: int = 4_000_000_000
    document_seconds: float = 30.0

    @classmethod
    def from_env(cls) -> "Limits":
        d = cls()
        return cls(int(_env_number("TOLLBOOK_MAX_DOCUMENT_BYTES", d.document_bytes)),
                   int(_env_number("TOLLBOOK_MAX_FILE_BYTES", d.file_bytes)),
                   _env_number("TOLLBOOK_DOCUMENT_SECONDS", d.document_seconds))


def limits() -> Limits:
    """The limits in force (read from the environment each time: cheap, and tests can set them)."""
    return Limits.from_env()
