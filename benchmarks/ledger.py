"""Ledger at scale: a synthetic ledger of N claims, then the time to ingest one more document
(through the real ``Ledger.add``: store, merge into entries, refresh conflicts) and to list
every conflict (what ``tollbook conflicts --format jsonl`` does).

    .venv/bin/python benchmarks/ledger.py --sizes 10000 100000 1000000

The synthetic ledger models wire reporting: events (a victim group at a place on a day) with a
true figure, several claimants each stating a figure (most near the truth, some far off), and
each statement carried by 1–5 outlets. Rows are bulk-inserted with the shapes the pipeline
writes; entries get their aggregates as ``refresh_entry`` would compute them, and conflicts are
computed by the real ``refresh_conflicts``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path

from sqlalchemy import insert, select

from sqlalchemy import func

from tollbook import ledger as lg
from tollbook.pipeline import process
from tollbook.records import Source
from tollbook.store import Ledger
from tollbook.tables import claims, documents, entries, entry_claims

CLAIMANTS = [("Russian Ministry of Defence", "Russia", "military"), ("General Staff of the Armed Forces of Ukraine", "Ukraine", "military"),
             ("UN human rights monitors", "United Nations", "international"), ("US officials", "United States", "official"),
             ("UK Ministry of Defence", "United Kingdom", "military"), ("Ukrainian official (unnamed)", "Ukraine", "official"),
             ("Donetsk People's Republic", "Russia", "government"), ("Kremlin", "Russia", "government")]
GROUPS = [("Russia", "military"), ("Ukraine", "military"), ("Ukraine", "civilian"), ("", "unspecified")]
# Many places: a year of world news names thousands (towns, districts, provinces).
PLACES = [None] + [{"text": f"Town {i}", "name": f"Town {i}", "country": "Country"} for i in range(3000)]
OUTLETS = [f"Outlet {i}" for i in range(300)]
START = dt.date(2022, 2, 24)


def synth(n_claims: int, seed: int = 7):
    """Yield (document row, [(claim row, entry key)]) until n_claims claims exist."""
    rnd = random.Random(seed)
    made = 0
    doc_no = 0
    while made < n_claims:
        aff, kind = rnd.choice(GROUPS)
        place = rnd.choice(PLACES)
        day = START + dt.timedelta(days=rnd.randrange(1000))
        truth = rnd.randint(5, 5000)
        for name, c_aff, c_kind in rnd.sample(CLAIMANTS, rnd.randint(1, 3)):
            value = truth if rnd.random() < 0.8 else truth * rnd.choice((2, 3, 5, 10))
            qualifier = rnd.choice(("exact", "exact", "about", "at_least"))
            via = ["Reuters"] if rnd.random() < 0.3 else []
            for _ in range(rnd.randint(1, 5)):
                doc_no += 1
                doc_id = f"syn-{doc_no}"
                doc_key = f"{doc_no:064d}"
                sentence = f"{name} said {value:,} were killed."
                claim = {
                    "doc_id": doc_id, "claim_id": f"c{doc_no:015d}", "metric": "killed", "unit": "people", "value": value,
                    "low": value if qualifier == "at_least" else None, "high": None, "qualifier": qualifier,
                    "count_text": f"{value:,}", "victims": {"text": "people", "affiliation": aff or None, "kind": kind},
                    "claimant": {"text": name, "name": name, "affiliation": c_aff, "kind": c_kind, "person": None},
                    "via": via, "location": place, "period": {"start": None, "end": day.isoformat()},
                    "stance": "asserted", "part_of": None, "evidence": [{"sentence": sentence, "start": 0, "end": len(sentence)}],
                    "derived_from": [],
                }
                doc = dict(doc_key=doc_key, doc_id=doc_id, url=None, outlet=rnd.choice(OUTLETS), published=day.isoformat(),
                           title=None, raw=sentence, text=sentence, removed="[]", segments="[]", via=json.dumps(via),
                           n_claims=1, ingested_at="2026-01-01T00:00:00")
                yield doc, claim
                made += 1
                if made >= n_claims:
                    return


def build(path: str, n_claims: int) -> tuple[float, int]:
    t0 = time.perf_counter()
    ledger = Ledger.open(path)
    grouped: dict[tuple, dict] = {}
    batch_docs, batch_claims, batch_links = [], [], []
    with ledger.engine.begin() as conn:
        for doc, c in synth(n_claims):
            batch_docs.append(doc)
            batch_claims.append(dict(
                doc_key=doc["doc_key"], claim_id=c["claim_id"], doc_id=c["doc_id"], metric=c["metric"], unit=c["unit"],
                value=c["value"], low=c["low"], high=c["high"], qualifier=c["qualifier"],
                victims_affiliation=c["victims"]["affiliation"], victims_kind=c["victims"]["kind"],
                claimant_name=c["claimant"]["name"], claimant_affiliation=c["claimant"]["affiliation"],
                claimant_kind=c["claimant"]["kind"], location=(c["location"] or {}).get("name"), period_start=None,
                as_of=c["period"]["end"], stance="asserted", part_of=None, position=0, record=json.dumps(c)))
            key = (lg.normalise(c["claimant"]["name"]), c["victims"]["affiliation"] or "", c["victims"]["kind"],
                   lg.place_key(c["location"]), c["value"], c["qualifier"], c["period"]["end"])
            e = grouped.get(key)
            if e is None:
                eid = f"e{len(grouped):015d}"
                e = grouped[key] = dict(
                    entry_id=eid, metric="killed", unit="people", claimant_key=key[0], claimant=json.dumps(
                        {k: c["claimant"][k] for k in ("name", "affiliation", "kind", "person")}),
                    victims_affiliation=key[1], victims_kind=key[2], victims_text="people", location=key[3],
                    location_record=json.dumps(c["location"]) if c["location"] else None, value=c["value"], low=c["low"],
                    high=None, qualifier=c["qualifier"], value_key=f"v{c['value']:g}", stance="asserted",
                    as_of=key[6], first_as_of=key[6], period_start=None, n_claims=0, n_documents=0, independent_reports=0,
                    documents=[], outlets=[], via=[], claims=[])
            e["documents"].append(c["doc_id"])
            e["outlets"].append(doc["outlet"])
            e["via"] = sorted(set(e["via"]) | set(c["via"]))
            e["claims"].append(c["claim_id"])
            e["n_claims"] += 1
            e["n_documents"] += 1
            e["independent_reports"] += 0 if c["via"] or e["n_documents"] > 1 else 1
            batch_links.append(dict(doc_key=doc["doc_key"], claim_id=c["claim_id"], entry_id=e["entry_id"]))
            if len(batch_docs) >= 20000:
                _flush(conn, batch_docs, batch_claims, batch_links)
        _flush(conn, batch_docs, batch_claims, [])
        rows = []
        for e in grouped.values():
            e["outlets"] = sorted(set(e["outlets"]))
            ent = lg.Entry(
                entry_id=e["entry_id"], metric="killed", unit="people", value=e["value"], low=e["low"], high=None,
                qualifier=e["qualifier"], stance="asserted",
                victims={"text": "people", "affiliation": e["victims_affiliation"] or None, "kind": e["victims_kind"]},
                claimant=json.loads(e["claimant"]), location=json.loads(e["location_record"]) if e["location_record"] else None,
                as_of=e["as_of"], first_as_of=e["first_as_of"], period_start=None, documents=tuple(e["documents"]),
                outlets=tuple(e["outlets"]), via=tuple(e["via"]), claims=tuple(e["claims"]),
                independent_reports=e["independent_reports"])
            rows.append({**e, "documents": json.dumps(e["documents"]), "outlets": json.dumps(e["outlets"]),
                         "via": json.dumps(e["via"]), "claims": json.dumps(e["claims"]), "record": json.dumps(ent.to_dict())})
        for i in range(0, len(rows), 20000):
            conn.execute(insert(entries), rows[i:i + 20000])
        for i in range(0, len(batch_links), 20000):
            conn.execute(insert(entry_claims), batch_links[i:i + 20000])
        ids = [r["entry_id"] for r in rows]
        for i in range(0, len(ids), 5000):
            lg.refresh_conflicts(conn, set(ids[i:i + 5000]))
    ledger.close()
    return time.perf_counter() - t0, len(grouped)


def _flush(conn, docs, cls, links):
    if docs:
        conn.execute(insert(documents), docs)
        conn.execute(insert(claims), cls)
    docs.clear()
    cls.clear()


ONE_MORE = ("Ukraine's General Staff said on Thursday that more than 9,100 Russian soldiers had been killed in Kharkiv "
            "since the invasion began, while Russia's Defence Ministry said 1,351 of its servicemen had died.")


def measure(path: str, repeat: int = 5) -> dict:
    ledger = Ledger.open(path)
    times = []
    for i in range(repeat):
        item = process(Source(f"bench-{i}", ONE_MORE + f" (report {time.time_ns()})", outlet="Bench Wire", published="2022-05-05"))
        t = time.perf_counter()
        ledger.add(item.document, item.claims)
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    buf = io.StringIO()
    with redirect_stdout(buf):
        n = 0
        for line in ledger.conflict_lines():  # what `tollbook conflicts --format jsonl` prints
            print(line)
            n += 1
    conflicts_s = time.perf_counter() - t
    with ledger.engine.connect() as conn:
        n_entries = conn.execute(select(func.count()).select_from(entries)).scalar_one()
    ledger.close()
    return {"ingest_one_ms_median": round(sorted(times)[len(times) // 2] * 1000, 1),
            "ingest_one_ms_max": round(max(times) * 1000, 1), "conflicts_s": round(conflicts_s, 2),
            "conflicts": n, "entries": n_entries}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000, 1000000])
    ap.add_argument("--dir", default=None, help="where to keep the databases (default: a temporary directory)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=a.dir) as tmp:
        for n in a.sizes:
            path = str(Path(tmp) / f"ledger-{n}.db")
            build_s, n_entries = build(path, n)
            res = {"claims": n, "build_s": round(build_s, 1), **measure(path)}
            print(json.dumps(res), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
