"""The write path's extraction: a document goes to one of the app's worker processes with the
time budget of :mod:`tollbook.limits`, never into the server process. Imports nothing else of
the web package (``api`` uses it; ``app`` only sets up the state it reads)."""
from __future__ import annotations

from fastapi import FastAPI, HTTPException


def process_in_worker(app: FastAPI, source):
    """``process(source)`` in one of the app's worker processes (started on first use):
    a Processed, or an InputError (also when it ran over the time budget). At most
    ``max_pending_writes`` wait at once (503 beyond), so a flood of writes cannot take every
    thread that reads are answered on."""
    from ..parallel import process_one, worker_pool

    if not app.state.write_slots.acquire(blocking=False):
        raise HTTPException(503, "too many documents being read right now; try again shortly")
    try:
        with app.state.pool_lock:
            if app.state.pool is None:
                app.state.pool = worker_pool(app.state.settings.workers)
            pool = app.state.pool
        return pool.submit(process_one, [source]).result()[0]
    finally:
        app.state.write_slots.release()
