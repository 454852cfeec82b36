"""The web face under load: N concurrent clients against `/`, `/api/ledger` and `/conflicts` of a
real `tollbook serve`, on synthetic ledgers of about 1k and 100k entries, then the same reads
while `tollbook ingest` writes into the ledger. Prints requests/s, p50 and p99 per phase.

    .venv/bin/python benchmarks/web.py --entries 1000 100000 --clients 20 --seconds 10

Loopback only, and bounded: at most 64 clients and 60 s per phase. The clients are a small
asyncio HTTP/1.1 keep-alive loop (cheap, so the server gets the CPU); the server is the real
command in its own process. The ledgers come from benchmarks/ledger.py's synthetic wire model.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

PATHS = ("/", "/api/ledger", "/conflicts")
HOST = "127.0.0.1"
MAX_CLIENTS, MAX_SECONDS = 64, 60.0
CLAIMS_PER_ENTRY = 3.0  # of the synthetic model (measured: 2,200 claims make 735 entries)


async def _client(port: int, paths: tuple[str, ...], until: float, lat: list[float], errors: list[str], offset: int,
                  vary: bool = False, by_path: dict | None = None) -> None:
    by_path = {} if by_path is None else by_path
    reader, writer = await asyncio.open_connection(HOST, port)
    i = offset
    try:
        while time.perf_counter() < until:
            path = paths[i % len(paths)]
            if vary:  # a query the server ignores but a cache cannot have seen: every answer is made anew
                path += f"?n={offset}-{i}"
            i += 1
            t = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            status = head.split(b" ", 2)[1]
            length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            await reader.readexactly(length)
            lat.append(time.perf_counter() - t)
            by_path.setdefault(paths[(i - 1) % len(paths)], []).append(lat[-1])
            if status != b"200":
                errors.append(f"{path}: HTTP {status.decode()}")
    finally:
        writer.close()


async def _load(port: int, clients: int, seconds: float, paths=PATHS, vary: bool = False) -> dict:
    lat: list[float] = []
    errors: list[str] = []
    by_path: dict[str, list[float]] = {}
    start = time.perf_counter()
    until = start + seconds
    await asyncio.gather(*(_client(port, paths, until, lat, errors, k, vary, by_path) for k in range(clients)))
    took = time.perf_counter() - start
    lat.sort()
    q = lambda p: round(lat[min(int(p * len(lat)), len(lat) - 1)] * 1000, 1) if lat else None  # noqa: E731
    per_path = {p: round(sorted(v)[min(int(0.99 * len(v)), len(v) - 1)] * 1000, 1) for p, v in by_path.items()} \
        if len(by_path) > 1 else None
    return {"requests": len(lat), "req_per_s": round(len(lat) / took, 1), "p50_ms": q(0.50), "p99_ms": q(0.99),
            "max_ms": round(lat[-1] * 1000, 1) if lat else None, "errors": len(errors), "first_error": errors[:1],
            **({"p99_ms_by_path": per_path} if per_path else {})}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _serve(db: str) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    env = {**os.environ, "TOLLBOOK_LOG": "warning"}
    proc = subprocess.Popen([sys.executable, "-m", "tollbook", "serve", "--db", db, "--host", HOST, "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return proc, port
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start")


def _ingest_batch(path: Path, n: int) -> Path:
    """n real-looking wire stories (the test fixtures, varied) for the writer phase."""
    fixtures = Path(__file__).parent.parent / "tests" / "fixtures" / "wire" / "march-2022.jsonl"
    wire = [json.loads(line) for line in fixtures.read_text().splitlines()]
    with path.open("w") as f:
        for i in range(n):
            d = dict(wire[i % len(wire)])
            d["id"] = f"{d['id']}-bench-{i}"
            d["text"] = d["text"].replace("498", str(498 + i % 97)) + f"\n\nUpdate {i}."
            f.write(json.dumps(d) + "\n")
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, nargs="+", default=[1000, 100000])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--no-writer", action="store_true", help="skip the reads-while-ingesting phase")
    ap.add_argument("--dir", default=None)
    a = ap.parse_args()
    clients, seconds = min(a.clients, MAX_CLIENTS), min(a.seconds, MAX_SECONDS)
    from ledger import build  # benchmarks/ledger.py

    with tempfile.TemporaryDirectory(dir=a.dir) as tmp:
        for target in a.entries:
            db = str(Path(tmp) / f"web-{target}.db")
            build_s, n_entries = build(db, int(target * CLAIMS_PER_ENTRY))
            proc, port = _serve(db)
            try:
                asyncio.run(_load(port, 2, 1.0))  # warm up
                # The peer: a small static file through the same server and clients, no ledger
                # work. Machines (and a shared machine from minute to minute) vary several-fold;
                # compare the phases below with this one.
                res = asyncio.run(_load(port, clients, min(seconds, 5.0), ("/static/tollbook.css",)))
                print(json.dumps({"entries": n_entries, "phase": "peer: a static file (no ledger work)", "clients": clients, **res}), flush=True)
                res = asyncio.run(_load(port, clients, seconds))
                print(json.dumps({"entries": n_entries, "phase": "reads", "clients": clients, **res}), flush=True)
                res = asyncio.run(_load(port, clients, seconds, vary=True))
                print(json.dumps({"entries": n_entries, "phase": "reads, never cached", "clients": clients, **res}), flush=True)
                for path in PATHS:
                    one = asyncio.run(_load(port, clients, min(seconds, 5.0), (path,)))
                    print(json.dumps({"entries": n_entries, "phase": f"reads {path}", "clients": clients, **one}), flush=True)
                if not a.no_writer:
                    batch = _ingest_batch(Path(tmp) / "batch.jsonl", 5000)
                    writer = subprocess.Popen([sys.executable, "-m", "tollbook", "ingest", "--db", db, "--jobs", "1",
                                               "--no-progress", str(batch)],
                                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    try:
                        time.sleep(3)  # the writer is storing by now
                        res = asyncio.run(_load(port, clients, seconds))
                        running = writer.poll() is None
                    finally:
                        writer.kill()
                        writer.wait()
                    print(json.dumps({"entries": n_entries, "phase": "reads during ingest", "clients": clients,
                                      "writer_still_running": running, **res}), flush=True)
            finally:
                proc.terminate()
                proc.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
