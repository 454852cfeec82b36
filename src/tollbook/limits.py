"""How much one input may cost: bytes per document, bytes per decompressed file, seconds per
document. Text from the internet may be hostile; these bounds keep memory and time linear.

Each limit has a default and an environment variable (documented in the README):

- ``TOLLBOOK_MAX_DOCUMENT_BYTES`` (5 MB): the text of one document (a file, a JSONL line, a
  CSV cell, a WARC record, an upload, a fetched page). A larger one is refused by name.
- ``TOLLBOOK_MAX_FILE_BYTES`` (4 GB): the decompressed bytes of one ``.gz`` file (a gzip bomb
  stops there, with an error naming the file; what was read before it is kept).
- ``TOLLBOOK_DOCUMENT_SECONDS`` (30): the extraction time of one document; a document over it
  is an error naming it. In a worker process (batch ingest with workers, ``serve``) the budget
  is kept from outside; in one process (``extract``, ``ingest --jobs 0``, ``watch``) by a timer signal
  (:func:`time_budget`).
"""
from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator


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


class OverBudget(BaseException):
    """A document's extraction ran past its time budget. Not an Exception: the pipeline's
    catch-all for one bad document must let it through to the budget's keeper."""


# seconds between reminders once a budget has run out (time_budget)
REPEAT = 0.05


@contextmanager
def outside_budget() -> Iterator[None]:
    """Run the block without counting it in the time budget of the document being read: a load
    done once a process (the parser's model, ~1 s, more on a loaded machine) belongs to no one
    document, and stopped halfway it could leave a half-imported package behind."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    left, every = signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        if left > 0 or every > 0:
            signal.setitimer(signal.ITIMER_REAL, left or every, every)


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`OverBudget` inside the block once ``seconds`` have passed, wherever a timer
    signal can be had: the main thread of a POSIX process that runs no timer of its own. (A
    regular expression checks for signals as it runs, so even one stuck in a pattern stops.)
    Elsewhere the block runs without a budget."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread() \
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield
        return

    def expire(signum, frame):
        raise OverBudget(f"took longer than {seconds:g} s (TOLLBOOK_DOCUMENT_SECONDS); stopped")

    previous = signal.signal(signal.SIGALRM, expire)
    # and again every REPEAT seconds until the block ends: an exception raised while the
    # interpreter runs a garbage collector's callback or a finaliser is printed and dropped, and
    # the document would run on to its end
    signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
