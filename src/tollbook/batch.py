"""Batch ingest: sources -> every core -> the ledger, with a progress bar and running counts."""
from __future__ import annotations

import time
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
               cluster: str | None = None, group: int = 32) -> IngestStats:
    """Process (on local cores, or a Dask cluster) and store every source; one bad document
    never stops the batch."""
    stats = IngestStats()
    bar = _Bar(stats) if progress else None
    pending: list = []
    last_flush = time.perf_counter()

    def flush() -> None:
        nonlocal last_flush
        results = ledger.add_many([(p.document, list(p.claims)) for p in pending])
        for p, res in zip(pending, results):
            if isinstance(res, Exception):  # that document rolled back alone; go on with the rest
                stats.failed += 1
                on_error(InputError(p.source.origin or p.source.doc_id, f"not stored: {res}"))
            else:
                stats.new += res.new
                stats.same += not res.new
                stats.claims += res.claims
        pending.clear()
        last_flush = time.perf_counter()
        if bar:
            bar.update()

    try:
        for item in process_many(items, jobs=jobs, cluster=cluster):
            if isinstance(item, InputError):
                stats.failed += 1
                on_error(item)
            else:
                pending.append(item)
            # A few documents per commit: a commit costs more than a document; never hold
            # results longer than a moment, so an interruption loses little work.
            if len(pending) >= group or time.perf_counter() - last_flush > 1.0:
                flush()
        if pending:
            flush()
    finally:
        if bar:
            bar.close()
    return stats


class _Bar:
    def __init__(self, stats: IngestStats) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.stats = stats
        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=False)
        self.task = self.progress.add_task("starting", total=None)
        self.progress.start()

    def update(self) -> None:
        s = self.stats
        self.progress.update(self.task, description=(
            f"{s.done:,} documents  {s.docs_per_s:,.0f}/s  {s.claims:,} claims  {s.same:,} already stored  {s.failed:,} errors"))

    def close(self) -> None:
        self.update()
        self.progress.stop()
