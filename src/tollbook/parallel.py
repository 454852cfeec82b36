"""Run the pipeline over many sources on every core, in input order, with bounded memory.

Extraction is pure CPU work per document, so worker processes take chunks of sources and the
caller (one writer) stores the results in order: the ledger a parallel run builds is exactly
the one a serial run builds. Local workers (:mod:`.workers`) die with the caller and give each
document the time budget of :mod:`.limits`; a document over it becomes an error naming it.
"""
from __future__ import annotations

import os
from collections import deque
from typing import Iterable, Iterator

from .handoff import pack, unpack
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


def process_packed(item: Source | InputError):
    """:func:`process_one` in a worker, its result as it is handed over (:mod:`.handoff`)."""
    return pack(process_one(item))


def _process_chunk(chunk: list[Source | InputError]) -> list:
    return [pack(process_one(item)) for item in chunk]


def over_budget(item: Source | InputError, message: str) -> InputError:
    """The error that stands for a document its worker could not finish."""
    return item if isinstance(item, InputError) else InputError(item.origin or item.doc_id, message)


def worker_pool(jobs: int, budget: float | None = None) -> WorkerPool:
    """Worker processes for :func:`process_one` / chunks of sources, with the time budget."""
    return WorkerPool(jobs, budget or limits().document_seconds, over_budget)


def process_many(items: Iterable[Source | InputError], jobs: int | None = None, chunk_size: int = 32,
                 in_flight: int = 4, cluster: str | None = None) -> Iterator[Processed | InputError]:
    """Results for ``items`` in their order; at most ``jobs * in_flight`` chunks in memory.
    ``jobs`` worker processes (default: one per core); 0 runs everything in this process.

    ``cluster`` is the address of a Dask distributed scheduler (tcp://host:8786): the chunks
    are processed by its workers instead of local processes."""
    it = iter(items)
    if cluster:
        from distributed import Client

        with Client(cluster) as client:
            workers = max(sum(client.nthreads().values()), 1)
            # pure=False: two equal chunks are still two tasks (Dask would otherwise merge them).
            yield from _ordered(it, lambda fn, chunk: client.submit(fn, chunk, pure=False), workers * in_flight, chunk_size)
        return
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 0:
        for item in it:
            yield item if isinstance(item, InputError) else process_within_budget(item)
        return
    with worker_pool(jobs) as pool:
        yield from _ordered(it, lambda fn, chunk: pool.submit(process_packed, chunk), jobs * in_flight, chunk_size)


# A chunk holds at most this many characters of text: it stays short enough to be sent to a busy
# worker ahead (workers.AHEAD_BYTES), where more documents a chunk cost fewer hand-offs. Measured
# on 2,000 GVA articles (~2 KB each), 32 documents a chunk instead of 16: the parent's CPU
# 0.42-0.44 -> 0.41-0.42 ms a document, the ingest/extract CPU ratio 1.59-1.60 -> 1.62-1.63; 64
# (past the ahead limit) gave nothing.
CHUNK_CHARS = 56_000


def _next_chunk(it, size: int) -> list:
    """The next items of ``it``: ``size`` of them, fewer where their texts reach CHUNK_CHARS."""
    chunk: list = []
    chars = 0
    for item in it:
        chunk.append(item)
        chars += len(getattr(item, "raw", "") or "")
        if len(chunk) >= size or chars >= CHUNK_CHARS:
            break
    return chunk


def _ordered(it, submit_fn, window: int, chunk_size: int) -> Iterator[Processed | InputError]:
    """Keep ``window`` chunks in flight; hand results back in input order."""
    pending: deque = deque()  # (the future of a chunk's results, the chunk)

    def submit() -> bool:
        chunk = _next_chunk(it, chunk_size)
        if chunk:
            pending.append((submit_fn(_process_chunk, chunk), chunk))
        return bool(chunk)

    while len(pending) < window and submit():
        pass
    while pending:
        future, chunk = pending.popleft()
        results = future.result()
        submit()
        yield from map(unpack, results, chunk)

