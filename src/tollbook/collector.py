"""No garbage collections while a document is read.

Reading a document makes almost no reference cycles (a 1 MB page of tolls leaves about ten
objects for the cycle collector; reference counting frees the rest), yet allocates enough for
Python's collector to run hundreds of times, and a full collection walks every object alive:
the lexicons and patterns, and the document's own sentences and drafts, so a long document
paid more for each. Measured on 1 MB hostile pages (benchmarks/adversarial.py, one core):
18% of the time (`hostages`), 15% (`speakers`). The collector is off while any document is
read in this process and on again (if it was) when the last one ends; the few cycles left are
collected by the next collection after that.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_state = {"reading": 0, "was_enabled": False}  # documents being read now; the collector before the first


@contextmanager
def no_collections() -> Iterator[None]:
    """Around one document's reading: the collector off, restored when the last document
    being read in this process (another thread may read one too) is done."""
    with _lock:
        if _state["reading"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["reading"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["reading"] -= 1
            if _state["reading"] == 0 and _state["was_enabled"]:
                gc.enable()
