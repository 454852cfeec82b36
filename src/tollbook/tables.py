"""The ledger database's tables (SQLAlchemy Core): documents, claims, and the cross-outlet
ledger built from them (entries, the claims each merges, conflicts between entries)."""
from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("doc_key", String(64), primary_key=True),
    Column("doc_id", Text, nullable=False, index=True),
    Column("url", Text), Column("outlet", Text), Column("published", String(32)), Column("title", Text),
    Column("raw", Text, nullable=False), Column("text", Text, nullable=False),
    Column("removed", Text, nullable=False), Column("segments", Text, nullable=False),
    Column("via", Text, nullable=False, default="[]"),
    Column("n_claims", Integer, nullable=False), Column("ingested_at", String(32), nullable=False),
)

claims = Table(
    "claims", metadata,
    Column("doc_key", String(64), ForeignKey("documents.doc_key", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", String(32), primary_key=True),
    Column("doc_id", Text, nullable=False),
    Column("metric", String(16), nullable=False), Column("unit", String(32), nullable=False),
    Column("value", Float), Column("low", Float), Column("high", Float), Column("qualifier", String(16)),
    Column("victims_affiliation", Text), Column("victims_kind", String(16)),
    Column("claimant_name", Text), Column("claimant_affiliation", Text), Column("claimant_kind", String(16)),
    Column("location", Text), Column("period_start", String(10)), Column("as_of", String(10)),
    Column("stance", String(16)), Column("part_of", String(32)),
    Column("claimant_party", Text), Column("scope", String(16)),
    Column("position", Integer, nullable=False),
    Column("record", Text, nullable=False),
    Index("ix_claims_metric_victims", "metric", "victims_affiliation"),
    Index("ix_claims_claimant", "claimant_name"),
    Index("ix_claims_as_of", "as_of"),
)



SCHEMA_VERSION = 8

meta = Table("tollbook_meta", metadata, Column("key", String(32), primary_key=True), Column("value", Text, nullable=False))

# One claim as reported by many outlets: key columns use "" for "not stated" so that equality
# lookups can use the indexes.
entries = Table(
    "entries", metadata,
    Column("entry_id", String(32), primary_key=True),
    Column("metric", String(16), nullable=False), Column("unit", String(32), nullable=False),
    Column("claimant_key", Text, nullable=False), Column("claimant", Text, nullable=False),
    # the party the entry's claimants speak for (or the claimant's name) and what it counts over
    Column("party", Text, nullable=False, default=""), Column("scope", String(16)),
    Column("victims_affiliation", Text, nullable=False), Column("victims_kind", String(16), nullable=False),
    Column("victims_text", Text), Column("location", Text, nullable=False), Column("location_record", Text),
    Column("value", Float), Column("low", Float), Column("high", Float), Column("qualifier", String(16)),
    Column("value_key", String(64), nullable=False), Column("stance", String(16), nullable=False),
    Column("as_of", String(10)), Column("first_as_of", String(10)), Column("period_start", String(10)),
    Column("n_claims", Integer, nullable=False), Column("n_documents", Integer, nullable=False),
    Column("independent_reports", Integer, nullable=False),
    Column("documents", Text, nullable=False), Column("outlets", Text, nullable=False), Column("via", Text, nullable=False),
    Column("claims", Text, nullable=False),
    Column("record", Text),  # the entry as JSON (Entry.to_dict), written by refresh_entry
    # The ingest's entry lookup (ledger._find_entry) read off the index alone: every column it
    # filters on or returns, so the party's entries of a figure are scanned in the index without
    # a table read each (hundreds for one outlet's "killed 1"; a lookup over a 14k-entry ledger
    # 161-244 -> 81-140 us).
    # It replaces ix_entries_lookup (RETIRED_INDEXES), which the lookup no longer used.
    Index("ix_entries_find", "claimant_key", "metric", "value_key", "unit", "stance", "as_of", "first_as_of",
          "victims_affiliation", "victims_kind", "location", "entry_id"),
    Index("ix_entries_group", "metric", "unit", "victims_affiliation", "victims_kind", "location", "as_of"),
    # The ledger's default order (pages, API): a page of 50 is read off the index, not sorted
    # out of every entry (100k entries: 146 ms -> 0.2 ms).
    Index("ix_entries_page", "victims_affiliation", "victims_kind", "metric", "as_of", "entry_id"),
)

entry_claims = Table(
    "entry_claims", metadata,
    Column("doc_key", String(64), ForeignKey("documents.doc_key", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", String(32), primary_key=True),
    Column("entry_id", String(32), ForeignKey("entries.entry_id", ondelete="CASCADE"), nullable=False, index=True),
)

conflicts = Table(
    "conflicts", metadata,
    Column("entry_a", String(32), ForeignKey("entries.entry_id", ondelete="CASCADE"), primary_key=True),
    Column("entry_b", String(32), ForeignKey("entries.entry_id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("metric", String(16), nullable=False), Column("victims_affiliation", Text, nullable=False),
    Column("victims_kind", String(16), nullable=False), Column("location", Text, nullable=False),
    Column("gap", Float, nullable=False), Column("period_start", String(10)), Column("period_end", String(10)),
    # The listing order, so `tollbook conflicts` reads the index instead of sorting.
    Index("ix_conflicts_order", "metric", "victims_affiliation", "period_end", "entry_a", "entry_b"),
)

# Indexes of earlier layouts that no query needs any more: dropped when a ledger is opened
# (store._add_indexes), so writes stop maintaining them.
RETIRED_INDEXES = ("ix_entries_lookup",)

# The order of an entry's member claims, the same on every engine: the oldest report first, and
# reports of one date and id (a story updated under its id) by their text's key, each
# document's claims in its order. (The order says which outlets and relays come first and which
# report of a wording counts as the independent one.)
MEMBER_ORDER = (documents.c.published.asc().nulls_first(), documents.c.doc_id, documents.c.doc_key, claims.c.position,
                claims.c.claim_id)

# Feed items already ingested (or failed for good), so `tollbook watch` takes only new ones.
seen_items = Table(
    "seen_items", metadata,
    Column("feed", Text, primary_key=True), Column("item_key", Text, primary_key=True),
    Column("link", Text, nullable=False), Column("seen_at", String(32), nullable=False),
)

# A party's own published series (tollbook series import): one row per series (party, metric,
# unit, victims), its dated figures with every revision kept, and the check of news claims.
series = Table(
    "series", metadata,
    Column("series_id", String(32), primary_key=True),
    Column("party", Text, nullable=False), Column("claimant", Text, nullable=False),  # JSON: name, affiliation, kind
    Column("metric", String(16), nullable=False), Column("metrics", Text, nullable=False),  # JSON: metrics news use for it
    Column("unit", String(32), nullable=False),
    Column("victims_affiliation", Text, nullable=False), Column("victims_kind", String(16), nullable=False),
    Column("victims_text", Text), Column("victim_kinds", Text, nullable=False),  # JSON: claim kinds that count
    Column("unnamed_victims", Integer, nullable=False, default=0),  # 1: the party's claims naming no side count too
    Column("speakers", Text, nullable=False),  # JSON: the rule of which claimants speak for the party
    Column("since", String(10)), Column("column", Text, nullable=False),
)

series_points = Table(
    "series_points", metadata,
    Column("series_id", String(32), ForeignKey("series.series_id", ondelete="CASCADE"), primary_key=True),
    Column("as_of", String(10), primary_key=True),
    Column("revision", Integer, primary_key=True),  # 0: as first imported; later files or corrections add 1, 2, …
    Column("value", Float, nullable=False), Column("qualifier", String(16), nullable=False),
    Column("current", Integer, nullable=False),  # 1 on the latest revision of the day
    Column("source", Text, nullable=False), Column("line", Integer, nullable=False), Column("column", Text),
    Column("note", Text), Column("imported_at", String(32), nullable=False),
)

# The verdict on each news claim whose party has a series for its metric, unit and victims.
series_checks = Table(
    "series_checks", metadata,
    Column("doc_key", String(64), ForeignKey("documents.doc_key", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", String(32), primary_key=True),
    Column("series_id", String(32)), Column("party", Text, nullable=False),
    Column("verdict", String(16), nullable=False), Column("claim_as_of", String(10)),
    Column("series_as_of", String(10)), Column("series_value", Float),
    Column("matched_as_of", String(10)), Column("matched_value", Float), Column("basis", String(16)),
    Column("note", Text),
    Index("ix_series_checks_verdict", "verdict", "claim_as_of"),
)
