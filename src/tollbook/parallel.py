"""Run the pipeline over many sources on every core, in input order, with bounded memory.

Extraction is pure CPU work per document, so worker processes take chunks of sources and the
caller (one writer) stores the results in order: the ledger a parallel run builds is exactly
the one a serial run builds. Local workers (:mod:`.workers`) die with the caller and give each
document the time budget of :mod:`.limits`; a document over it becomes an error naming it.
"""
from __future__ import annotations

import os
from collections import deque
from typing import Callable, Iterable, Iterator

from .limits import limits
from .pipeline import Processed, process, process_within_budget
from .records import Source
from .sources import InputError
from .workers import WorkerPool


def default_jobs() -> int:
    """One worker process per core (measured: on 2 cores, 2 workers beside the writer ingest
    ~8% faster than 1, as the writer mostly waits on the database)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def process_one(item: Source | InputError) -> Processed | InputError:
    return item if isinstance(item, InputError) else process(item)


def _process_chunk(chunk: list[Source | InputError]) -> list[Processed | InputError]:
    return [process_one(item) for item in chunk]


def over_budget(item: Source | InputError, message: str) -> InputError:
    """The error that stands for a document its worker could not finish."""
    return item if isinstance(item, InputError) else InputError(item.origin or item.doc_id, message)


def worker_pool(jobs: int, budget: float | None = None) -> WorkerPool:
    """Worker processes for :func:`process_one` / chunks of sources, with the time budget."""
    return WorkerPool(jobs, budget or limits().document_seconds, over_budget)


def process_many(items: Iterable[Source | InputError], jobs: int | None = None, chunk_size: int = 32,
                 in_flight: int = 4, cluster: str | None = None,
                 waiting: Callable[[int | None], object] | None = None) -> Iterator[Processed | InputError]:
    """Results for ``items`` in their order; at most ``jobs * in_flight`` chunks in memory, and
    the items of ``2 * jobs`` more read ahead.
    ``jobs`` worker processes (default: one per core); 0 runs everything in this process.

    ``cluster`` is the address of a Dask distributed scheduler (tcp://host:8786): the chunks
    are processed by its workers instead of local processes. ``waiting(left)`` is called whenever
    the next results are not ready yet (the caller may do its own work meanwhile): ``left`` is
    how many items have yet to come back, None while some are still to be read."""
    it = iter(items)
    if cluster:
        from distributed import Client

        with Client(cluster) as client:
            workers = max(sum(client.nthreads().values()), 1)
            # pure=False: two equal chunks are still two tasks (Dask would otherwise merge them).
            yield from _ordered(it, lambda fn, chunk: client.submit(fn, chunk, pure=False), workers * in_flight, chunk_size,
                                workers, waiting)
        return
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 0:
        for item in it:
            yield item if isinstance(item, InputError) else process_within_budget(item)
        return
    with worker_pool(jobs) as pool:
        yield from _ordered(it, lambda fn, chunk: pool.submit(process_one, chunk), jobs * in_flight, chunk_size, jobs, waiting)


# A chunk holds at most this many characters of text: it stays short enough to be sent to a busy
# worker ahead (workers.AHEAD_BYTES), where more documents a chunk cost fewer hand-offs. Measured
# on 2,000 GVA articles (~2 KB each), 32 documents a chunk instead of 16: the parent's CPU
# 0.42-0.44 -> 0.41-0.42 ms a document, the ingest/extract CPU ratio 1.59-1.60 -> 1.62-1.63; 64
# (past the ahead limit) gave nothing.
CHUNK_CHARS = 56_000
# Near the end of the input the chunks get smaller (down to this many documents), so the workers
# end together: with whole chunks to the end, one worker sat idle while the other finished its
# last chunk: the time between the last two results of 2,000 GVA articles 9-56 -> 1-14 ms (of a
# 2.6-5 s batch under load).
TAIL_CHUNK = 2


class Chunks:
    """The chunks of ``items`` to send to ``jobs`` workers, read ``ahead`` items in advance:
    ``size`` items each, fewer where their texts reach CHUNK_CHARS, and, once the rest of the
    input is in hand, each at most a quarter of what is left for two workers (half for one),
    so the last chunks are short."""

    def __init__(self, items: Iterable, size: int, jobs: int = 1, ahead: int | None = None) -> None:
        self.it = iter(items)
        self.size = max(size, 1)
        self.share = 2 * max(jobs, 1)
        self.ahead = max(ahead if ahead is not None else self.size * self.share, self.size)
        self.buffer: deque = deque()
        self.ended = False

    def next(self) -> list:
        """The next chunk (empty at the end)."""
        buffer = self.buffer
        while not self.ended and len(buffer) < self.ahead:
            try:
                buffer.append(next(self.it))
            except StopIteration:
                self.ended = True
        size = self.size
        if self.ended:
            size = min(size, max(TAIL_CHUNK, -(-len(buffer) // self.share)))
        chunk: list = []
        chars = 0
        while buffer:
            item = buffer.popleft()
            chunk.append(item)
            chars += len(getattr(item, "raw", "") or "")
            if len(chunk) >= size or chars >= CHUNK_CHARS:
                break
        return chunk


def _ordered(it, submit_fn, window: int, chunk_size: int, jobs: int = 1,
             waiting: Callable[[int | None], object] | None = None) -> Iterator[Processed | InputError]:
    """Keep ``window`` chunks in flight; hand results back in input order. Before waiting for
    results, ``waiting(left)``: how many items have yet to come back (None while some are
    still to be read)."""
    pending: deque = deque()
    sizes: deque[int] = deque()  # the items of each chunk pending
    chunks = Chunks(it, chunk_size, jobs)

    def submit() -> bool:
        chunk = chunks.next()
        if chunk:
            pending.append(submit_fn(_process_chunk, chunk))
            sizes.append(len(chunk))
        return bool(chunk)

    while len(pending) < window and submit():
        pass
    while pending:
        if waiting is not None and not pending[0].done():
            waiting(sum(sizes) + len(chunks.buffer) if chunks.ended else None)
        results = pending.popleft().result()
        sizes.popleft()
        submit()
        yield from results
