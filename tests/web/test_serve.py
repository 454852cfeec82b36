"""`tollbook serve` as a real server: a slow document being written never stalls reads, and a
document over the time budget is stopped and named while the server goes on."""
import os
import socket
import subprocess
import sys
import threading
import time

import httpx

from paths import tolls_by_speakers

GOOD = "Two soldiers were killed in the raid, the army said."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_reads_stay_fast_while_a_slow_document_is_extracted(db):
    port = _free_port()
    env = {**os.environ, "TOLLBOOK_DOCUMENT_SECONDS": "2", "TOLLBOOK_LOG": "warning"}
    proc = subprocess.Popen([sys.executable, "-m", "tollbook", "serve", "--db", db, "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as c:
            deadline = time.time() + 60
            while True:
                try:
                    c.get("/api/ledger")
                    break
                except httpx.TransportError:
                    assert time.time() < deadline, "server did not start"
                    time.sleep(0.2)
            # warm the worker pool with a short document
            assert c.post("/api/documents", json={"id": "short", "text": GOOD}).status_code == 201
            # Wording that once backtracked for seconds inside one regular expression, before
            # 1.8 MB of tolls each said by a new person: several seconds of extraction on any
            # machine, over the 2 s budget.
            hostile = "Russian " + "forces destroyed " * 45 + ": 12 Ukrainian soldiers were killed.\n\n"
            big = hostile + tolls_by_speakers(1_800_000)
            post: dict = {}

            def slow_post():
                with httpx.Client(base_url=base, timeout=120) as pc:
                    t = time.monotonic()
                    post["response"] = pc.post("/api/documents", json={"id": "long", "text": big})
                    post["span"] = (t, time.monotonic())

            th = threading.Thread(target=slow_post)
            th.start()
            time.sleep(0.3)
            reads = []
            while th.is_alive():
                for path in ("/", "/api/ledger", "/conflicts"):
                    t = time.monotonic()
                    r = c.get(path)
                    reads.append((t, time.monotonic() - t, r.status_code))
            th.join()
            start, end = post["span"]
            during = [(d, code) for t, d, code in reads if start < t and t + d < end]
            assert len(during) >= 3, "the reads must overlap the slow write"
            assert all(code == 200 for _, code in during)
            # no read waited for the write: each took well under the write's own time (at least
            # its 2 s budget; on a loaded machine both grow, and the server's taking in the 1.9 MB
            # body held a read 0.25-0.74 s there)
            assert max(d for d, _ in during) < (end - start) / 2, (end - start, sorted(d for d, _ in during)[-3:])
            r = post["response"]
            assert r.status_code == 422 and "long: took longer than 2 s" in r.json()["detail"]
            # the server goes on, with a fresh worker
            assert c.post("/api/documents", json={"id": "after", "text": GOOD + " Again."}).status_code == 201
    finally:
        proc.terminate()
        proc.wait(30)


class _Watched(threading.BoundedSemaphore):
    """The app's write slots, telling when one is first taken."""

    def __init__(self, n: int) -> None:
        super().__init__(n)
        self.taken = threading.Event()

    def acquire(self, blocking: bool = True, timeout: float | None = None) -> bool:
        got = super().acquire(blocking, timeout)
        if got:
            self.taken.set()
        return got


def test_writes_waiting_at_once_are_bounded(db, monkeypatch):
    from fastapi.testclient import TestClient

    from tollbook.web import create_app
    from tollbook.web.app import WebSettings

    # (the long write holds its slot for this long at least: tolls_by_speakers(1_800_000) takes
    # 5-7 s of one core)
    monkeypatch.setenv("TOLLBOOK_DOCUMENT_SECONDS", "2")
    big = tolls_by_speakers(1_800_000)
    app = create_app(WebSettings(db=db, max_pending_writes=1))
    app.state.write_slots = slots = _Watched(1)
    with TestClient(app) as c:
        out = []
        th = threading.Thread(target=lambda: out.append(c.post("/api/documents", json={"id": "long", "text": big})))
        th.start()
        assert slots.taken.wait(60), "the long write never began"  # (its body is read first: a loaded machine takes a while)
        busy = c.post("/api/documents", json={"text": GOOD})
        assert busy.status_code == 503 and "try again" in busy.json()["detail"]
        assert c.get("/api/ledger").status_code == 200
        th.join()
        assert out[0].status_code == 422
        assert c.post("/api/documents", json={"text": GOOD}).status_code == 201
