"""An entry's row as its refresh writes it: the columns and the JSON record worked out from
the summary of its reports (entry_summary.Summary) and its row before (ledger.refresh_entry).

An entry's claimant, place and lists are encoded once each, for their own columns and for the
record (the same text where it is ASCII); the record is written out around them
(record_text.entry_text). A claimant's and a place's JSON are kept for the next entry with the
same ones (a ledger's entries share a few hundred claimants and places): the writer storing
2,000 GVA articles ran 2.6% fewer instructions (callgrind) than when each refresh encoded them.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from types import SimpleNamespace

from .entry_summary import Summary
from .jsontext import both, both_strings, dumps_text
from .record_text import entry_text


def _num(x: float | None) -> int | float | None:
    if x is None or (isinstance(x, float) and math.isinf(x)):
        return None
    return int(x) if float(x).is_integer() else x


def place_key(location: dict | None) -> str:
    """The place key entries are compared on: a town or region; a whole country counts as
    no narrower place ("killed in Ukraine" is the war-wide figure)."""
    if not location or location.get("name") == location.get("country"):
        return ""
    return location["name"]


def _claimant_summary(c) -> dict:
    return _state_side({k: getattr(c, k, None) for k in _CLAIMANT_FIELDS})


def _claimant_of(d: dict) -> dict:
    """:func:`_claimant_summary` of a claimant's record (``Claim.to_dict()["claimant"]``)."""
    return _state_side({k: d.get(k) for k in _CLAIMANT_FIELDS})


def _claimant_texts(d: dict) -> tuple[dict, str, str]:
    """An entry's claimant (:func:`_claimant_of` of its report's ``d``) and its JSON as
    ``dumps_text`` and ``dumps`` write it (not to be changed: it may be kept for the next)."""
    try:
        return _claimant_kept(*map(d.get, _CLAIMANT_FIELDS))
    except TypeError:  # (a value that cannot be kept)
        c = _claimant_of(d)
        return (c, *both(c))


@lru_cache(maxsize=4096, typed=True)  # (typed: 1 and True are written apart)
def _claimant_kept(*values) -> tuple[dict, str, str]:
    c = _state_side(dict(zip(_CLAIMANT_FIELDS, values)))
    return (c, *both(c))


def _decoded_claimant(text: str) -> tuple[dict, str, str]:
    c = json.loads(text)
    return (c, *both(c))


def _place_texts(place: tuple | None) -> tuple[dict | None, str, str, str]:
    """An entry's place (``Summary.place``: its (field, value) pairs) as a dict, its JSON as
    ``dumps_text`` and ``dumps`` write it, and its :func:`place_key`."""
    if not place:
        return None, "null", "null", ""
    try:
        return _place_kept(*[x for pair in place for x in pair])
    except TypeError:
        d = dict(place)
        return (d, *both(d), place_key(d))


@lru_cache(maxsize=4096, typed=True)
def _place_kept(*items) -> tuple[dict, str, str, str]:
    d = dict(zip(items[::2], items[1::2]))
    return (d, *both(d), place_key(d))


def _state_side(d: dict) -> dict:
    if d["affiliation"] is None and d["party"] and d["kind"] in ("government", "military", "official"):
        d["affiliation"] = d["party"]  # a state's organ is on its state's side
    return d


_CLAIMANT_FIELDS = ("name", "affiliation", "kind", "person", "implied", "party")


def entry_victims(side: str, kind: str, text: str, sides, kinds, first_text: str) -> tuple[str, str, str]:
    """An entry's victims (side, kind, words) from its reports (the sides and kinds they state
    and their first victims' words: entry_summary.Summary): the side one report states when the
    entry had none (reports that leave it unsaid do not unset it), a kind narrower than
    "unspecified" when its reports agree on one."""
    if not side and len(sides) == 1:
        side = next(iter(sides))
    if kind == "unspecified" and len(kinds) == 1:
        kind = next(iter(kinds))
    return side, kind, text or first_text


def summarised(entry_id: str, s: Summary, row) -> tuple[dict, SimpleNamespace]:
    """An entry's refreshed columns from the summary of its reports and its row before; and
    the whole row as the database holds it once they are written."""
    doc_ids, outlets, via, independent = s.documents, s.outlets, s.via, s.independent
    speakers, scope, claim_ids = s.speakers, s.scope, s.claims
    # (its claimant and place with their JSON, each worked out once for the few a ledger has)
    claimant, claimant_json, claimant_text = _claimant_texts(s.claimant) if s.claims else _decoded_claimant(row.claimant)
    location, location_json, location_record, place = _place_texts(s.place)
    side, kind, victims_text = entry_victims(row.victims_affiliation or "", row.victims_kind, row.victims_text,
                                             s.sides, s.kinds, s.victims_text)
    as_of, first_as_of, period_start = s.as_of, s.first_as_of, s.period_start
    # Its claimant, place and lists, each encoded once for its own column and for the record
    # (the same text where it is ASCII); the record written out around them (record_text).
    (docs_json, docs_col), (outlets_json, outlets_col), (via_json, via_col), (claims_json, claims_col) = \
        both_strings(doc_ids), both_strings(outlets), both_strings(via), both_strings(claim_ids)
    try:
        record_text = entry_text(entry_id, row, _num(row.value), _num(row.low), _num(row.high),
                                 (victims_text, side or None, kind), claimant_json, location_json,
                                 (as_of, first_as_of, period_start),
                                 (docs_json, outlets_json, via_json, claims_json),
                                 independent, claimant.get("party"), scope, speakers)
    except TypeError:  # a value the template does not write: Entry(...).to_dict(), encoded
        record_text = dumps_text({
            "entry_id": entry_id, "metric": row.metric, "unit": row.unit, "value": _num(row.value),
            "low": _num(row.low), "high": _num(row.high), "qualifier": row.qualifier, "stance": row.stance,
            "victims": {"text": victims_text, "affiliation": side or None, "kind": kind},
            "claimant": claimant, "location": location, "as_of": as_of, "first_as_of": first_as_of,
            "period_start": period_start, "documents": doc_ids, "outlets": outlets, "via": via,
            "claims": claim_ids, "independent_reports": independent, "party": claimant.get("party"), "scope": scope,
            "speakers": [{"name": n, "person": p} for n, p in speakers],
        })
    if not location:
        location_record = None
    values = {
        "record": record_text, "n_claims": len(claim_ids), "n_documents": len(doc_ids), "independent_reports": independent,
        "documents": docs_col, "outlets": outlets_col, "via": via_col, "claims": claims_col,
        "as_of": as_of, "first_as_of": first_as_of, "period_start": period_start,
        "location": place, "location_record": location_record,
        "claimant": claimant_text, "scope": scope,
        "victims_affiliation": side, "victims_kind": kind, "victims_text": victims_text,
    }
    # the row as the database holds it once written (Float columns read back as floats)
    out = SimpleNamespace()  # (its dict filled in place: one copy of the row, not two)
    now = vars(out)
    # (a namespace, as the writer's rows are, without asking it for _asdict: a miss raises)
    now.update(vars(row) if type(row) is SimpleNamespace else row._asdict() if hasattr(row, "_asdict") else vars(row))
    now.update(values)
    for k in ("value", "low", "high"):
        if now[k] is not None:
            now[k] = float(now[k])
    return values, out
