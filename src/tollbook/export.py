"""Write a ledger's claims, entries and conflicts to CSV, JSONL or Parquet files."""
from __future__ import annotations

import json
from pathlib import Path

from .render import conflict_flat, entry_flat, flat

FORMATS = ("csv", "jsonl", "parquet")


def _tables(ledger) -> dict[str, tuple[list[dict], list[dict]]]:
    """name -> (nested records for JSONL, flat rows for CSV and Parquet)."""
    claims = list(ledger.claims())
    entries = ledger.entries()
    conflicts = ledger.conflicts()
    return {
        "claims": ([c.to_dict() for c in claims], [flat(c) for c in claims]),
        "entries": ([e.to_dict() for e in entries], [entry_flat(e.to_dict()) for e in entries]),
        "conflicts": ([c.to_dict() for c in conflicts], [conflict_flat(c) for c in conflicts]),
    }


def export_ledger(ledger, out_dir: Path, fmt: str) -> list[tuple[Path, int]]:
    """Write ``claims``, ``entries`` and ``conflicts`` files; returns (path, rows) for each.

    Files are written under a temporary name and renamed, so a failure leaves no half file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as e:
            raise RuntimeError("parquet export needs pyarrow: pip install 'tollbook[parquet]'") from e
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (nested, rows) in _tables(ledger).items():
        path = out_dir / f"{name}.{fmt}"
        tmp = path.with_suffix(path.suffix + ".part")
        if fmt == "jsonl":
            tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in nested), encoding="utf-8")
        elif fmt == "csv":
            import csv
            with tmp.open("w", newline="", encoding="utf-8") as f:
                fields = list(rows[0]) if rows else ["empty"]
                w = csv.DictWriter(f, fieldnames=fields)
                w.writeheader()
                w.writerows(rows)
        else:
            table = pa.Table.from_pylist(rows) if rows else pa.table({"empty": pa.array([], pa.string())})
            pq.write_table(table, tmp)
        tmp.replace(path)
        written.append((path, len(rows)))
    return written
