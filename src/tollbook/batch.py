"""Batch ingest: sources -> every core -> the ledger, with a progress bar and running counts."""
from __future__ import annotations

import gc
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .parallel import process_many
from .records import Source
from .sources import InputError


@dataclass
class IngestStats:
    new: int = 0
    same: int = 0
    failed: int = 0
    claims: int = 0
    started: float = field(default_factory=time.perf_counter)

    @property
    def done(self) -> int:
        return self.new + self.same + self.failed

    @property
    def docs_per_s(self) -> float:
        return self.done / max(time.perf_counter() - self.started, 1e-9)


def ingest_all(ledger, items: Iterable[Source | InputError], jobs: int | None = None,
               on_error: Callable[[InputError], None] = lambda e: None, progress: bool = False,
               cluster: str | None = None, group: int = 128, meter=None, console=None) -> IngestStats:
    """Process (on local cores, or a Dask cluster) and store every source; one bad document
    never stops the batch. ``meter`` (a :class:`tollbook.progress.ReadMeter` the items pass
    through) gives the bar a total, a percentage and a time remaining; without it, a spinner."""
    stats = IngestStats()
    bar = _Bar(stats, meter, console) if progress else None
    pending: list = []
    last_flush = time.perf_counter()

    def flush() -> None:
        nonlocal last_flush
        results = ledger.add_many([(p.document, list(p.claims)) for p in pending])
        failed = False
        for p, res in zip(pending, results):
            if isinstance(res, Exception):  # that document rolled back alone; go on with the rest
                stats.failed += 1
                failed = True
                on_error(InputError(p.source.origin or p.source.doc_id, f"not stored: {res}"))
            else:
                stats.new += res.new
                stats.same += not res.new
                stats.claims += res.claims
        pending.clear()
        if not failed and not getattr(ledger, "fell_back", False):
            settle_gc()  # (an error's traceback holds a cycle, even one the group's fallback met: left to the collector)
        last_flush = time.perf_counter()
        if bar:
            bar.update()

    with quiet_gc():
        try:
            for item in process_many(items, jobs=jobs, cluster=cluster):
                if isinstance(item, InputError):
                    stats.failed += 1
                    on_error(item)
                else:
                    pending.append(item)
                # Many documents per commit (a second's worth at most, so an interruption loses
                # little work): each commit writes every index page its documents touched, and the
                # entries' and claims' indexes are keyed by hashes, so a page is touched by few of
                # one commit's documents. Measured on 2,000 GVA articles: groups of 32 wrote 70 KB
                # a document (the write-ahead log and its copy into the database), of 128 43 KB,
                # and the writer's CPU fell by ~15%.
                if len(pending) >= group or time.perf_counter() - last_flush > 1.0:
                    flush()
            if pending:
                flush()
        finally:
            if bar:
                bar.close()
    return stats


# The writer's process allocates a few hundred thousand short-lived rows and records a second
# and keeps some (the entries it has written): each time enough survive, Python's collector
# walks every object of the process, the imported modules' included. Measured on 2,000 GVA
# articles: 0.17–0.23 s of the writer's CPU went to collections, 0.04 s with the objects that
# existed before the batch set aside (gc.freeze) and young objects collected less often. Young
# objects collected every 20,000 allocations rather than 5,000: the collections' CPU (measured
# with gc.callbacks in a 2-worker ingest of the same articles) 0.026-0.034 -> 0.018-0.021 ms a
# document (most of what each collection walks is the results waiting to be written, alive either way).
GC_YOUNG = 20000
_gc_lock = threading.Lock()
_gc_batches = [0, None]  # batches running in this process; the threshold before the first


@contextmanager
def quiet_gc():
    """For a batch: the objects that exist before it are left out of garbage collections
    (they live on anyway), and the youngest generation is collected every ``GC_YOUNG``
    allocations instead of 700; both restored when the last batch running ends (objects set
    aside are collected again from then on)."""
    with _gc_lock:
        if _gc_batches[0] == 0:
            _gc_batches[1] = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(max(_gc_batches[1][0], GC_YOUNG), *_gc_batches[1][1:])
        _gc_batches[0] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_batches[0] -= 1
            if _gc_batches[0] == 0:
                gc.set_threshold(*_gc_batches[1])
                gc.unfreeze()


def settle_gc() -> None:
    """Within a batch (:func:`quiet_gc`), after a group is written: what is alive now is left out
    of garbage collections until the batch ends, as what existed before it is. It is what the
    writer keeps (the entries it wrote, entry_cache) and the results on their way; what of it
    dies later is freed as ever (by its count of references), and only a cycle of objects that
    become garbage meanwhile waits for the batch's end to be collected: measured, storing 2,000
    GVA articles made none (the collector found nothing when the batch ended). Each young
    collection walked those objects again (~5 ms each): the parent's CPU in a 2-worker ingest of
    those articles 0.44 -> 0.42 ms a document."""
    with _gc_lock:
        if _gc_batches[0]:
            gc.freeze()


class _Bar:
    """The progress line: documents, rate, claims, errors; with a known input size also a bar,
    the share and bytes read, the read rate and the time remaining."""

    def __init__(self, stats: IngestStats, meter=None, console=None) -> None:
        from rich.progress import (BarColumn, DownloadColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn, TransferSpeedColumn)

        self.stats, self.meter = stats, meter
        if meter is not None and meter.total:
            columns = [BarColumn(), TaskProgressColumn(), DownloadColumn(), TransferSpeedColumn(),
                       TextColumn("eta"), TimeRemainingColumn(), TextColumn("{task.description}")]
        else:
            columns = [SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn()]
        kw = {"console": console} if console is not None else {}
        self.progress = Progress(*columns, transient=False, refresh_per_second=4, **kw)
        self.task = self.progress.add_task("starting", total=meter.total if meter is not None and meter.total else None)
        self.progress.start()

    def update(self, final: bool = False) -> None:
        s = self.stats
        fields = {"description": (f"{s.done:,} documents  {s.docs_per_s:,.0f}/s  {s.claims:,} claims  "
                                  f"{s.same:,} already stored  {s.failed:,} errors")}
        if self.meter is not None and self.meter.total:
            fields["completed"] = self.meter.total if final else self.meter.read
        self.progress.update(self.task, **fields)

    def close(self) -> None:
        self.update(final=True)
        self.progress.stop()
