"""Web table pages at scale: a synthetic ledger (benchmarks/ledger.py's model) of N claims, then
the time of each table page (first page, a deep page, a facet, a sort) and of each whole-view
export, through the real app (FastAPI's test client; no network).

    .venv/bin/python benchmarks/pages.py --sizes 10000 100000
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from fastapi.testclient import TestClient  # noqa: E402

from ledger import build  # noqa: E402
from tollbook.web import create_app  # noqa: E402
from tollbook.web.app import WebSettings  # noqa: E402


def timed(client, url: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        r = client.get(url)
        assert r.status_code == 200, (url, r.status_code, r.text[:300])
        best = min(best, time.perf_counter() - t)
    return round(best * 1000, 1)


def measure(path: str) -> dict:
    with TestClient(create_app(WebSettings(db=path))) as c:
        n_entries = len(c.get("/ledger.json?side=Russia&location=Town+7").json())  # warm up; a small real query
        urls = {
            "ledger_first_ms": "/", "ledger_page_1000_ms": "/?page=1000", "ledger_facet_ms": "/?side=Russia",
            "ledger_sorted_ms": "/?_sort_desc=value", "ledger_outlet_ms": "/?outlet=Outlet+7",
            "claims_first_ms": "/claims", "claims_page_1000_ms": "/claims?page=1000",
            "documents_first_ms": "/documents", "documents_page_1000_ms": "/documents?page=1000",
            "conflicts_first_ms": "/conflicts", "conflicts_page_100_ms": "/conflicts?page=100",
            "ledger_csv_ms": "/ledger.csv", "claims_csv_ms": "/claims.csv",
        }
        return {"rows_in_probe": n_entries, **{k: timed(c, u, 1 if "csv" in k else 3) for k, u in urls.items()}}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--dir", default=None)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=a.dir) as tmp:
        for n in a.sizes:
            path = str(Path(tmp) / f"pages-{n}.db")
            build(path, n)
            print(json.dumps({"claims": n, **measure(path)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
