"""The JSON records the writer stores for every claim and every entry it touches, written out
field by field: exactly the text ``jsontext.dumps_text`` gives of ``Claim.to_dict()`` and of
``ledger.Entry.to_dict()``.

The standard encoder walks a record as a tree of dicts and lists, each dict's items listed
and each key encoded again at every call: for these records of ~40 small values that walk
cost more than the values' text. Here the keys and separators are written once in the
template; only the values are encoded (a string by the C encoder's own function). Measured on
the claims of 2,000 GVA articles: ``to_dict`` and ``dumps_text`` 8.7 us a claim, the claim's
text here 5.5 us (and the writer no longer makes the dict: a claim's report is read off the
claim, entry_summary.claim_report). An entry's claimant, place and lists are encoded once, for
their own columns and the record both. The writer's instructions storing those articles
(callgrind): -3.8% for the entries' records, -4.6% for the claims'.

A value of a type the template does not expect (an id that is not a string) raises inside
it, and the record is then written the standard way (``text_of``): the text never differs.
"""
from __future__ import annotations

from json import encoder as _json_encoder
from typing import Any, Callable

from .jsontext import dumps_text

_string = _json_encoder.c_encode_basestring or _json_encoder.py_encode_basestring


def value(v: Any) -> str:
    """``dumps_text(v)`` (quick for a string, None or an int; a bool is not an int here)."""
    if v is None:
        return "null"
    t = type(v)
    if t is str:
        return _string(v)
    if t is int:
        return int.__repr__(v)
    return dumps_text(v)


def strings(items) -> str:
    """``dumps_text(list(items))`` for a sequence of strings (anything else raises TypeError)."""
    return "[" + ", ".join(map(_string, items)) + "]" if items else "[]"


def text_of(quick: Callable[..., str], standard: Callable[[], Any], *args) -> str:
    """``quick(*args)``, or ``dumps_text(standard())`` when a value is not of a type it writes."""
    try:
        return quick(*args)
    except TypeError:
        return dumps_text(standard())


def claim_text(c) -> str:
    """``dumps_text(c.to_dict())`` for a ``records.Claim`` (raises TypeError for a field of a
    type the template does not write: see :func:`text_of`)."""
    if type(c.claimant.implied) is not bool:  # (written as JSON's true or false only when it is one)
        raise TypeError("implied")
    # (a field that is a string or None written inline, not through value(): ~40 a claim)
    s, v, k, loc, p = _string, c.victims, c.claimant, c.location, c.period
    where = "null" if loc is None else \
        f'{{"text": {s(loc.text)}, "name": {s(loc.name)}, "country": {"null" if loc.country is None else s(loc.country)}}}'
    evidence = ", ".join([f'{{"sentence": {s(e.sentence)}, "start": {value(e.start)}, "end": {value(e.end)}}}'
                          for e in c.evidence])
    return (f'{{"doc_id": {s(c.doc_id)}, "claim_id": {s(c.claim_id)}, "metric": {s(c.metric)}, "unit": {s(c.unit)}, '
            f'"value": {value(c.value)}, "low": {value(c.low)}, "high": {value(c.high)}, '
            f'"qualifier": {s(c.qualifier)}, "count_text": {s(c.count_text)}, '
            f'"victims": {{"text": {s(v.text)}, "affiliation": {"null" if v.affiliation is None else s(v.affiliation)}, '
            f'"kind": {s(v.kind)}}}, '
            f'"claimant": {{"text": {s(k.text)}, "name": {"null" if k.name is None else s(k.name)}, '
            f'"affiliation": {"null" if k.affiliation is None else s(k.affiliation)}, "kind": {s(k.kind)}, '
            f'"person": {"null" if k.person is None else s(k.person)}, "implied": {"true" if k.implied else "false"}, '
            f'"party": {"null" if k.party is None else s(k.party)}}}, '
            f'"via": {strings(c.via)}, "location": {where}, '
            f'"period": {{"start": {"null" if p.start is None else s(p.start)}, "end": {"null" if p.end is None else s(p.end)}}}, '
            f'"stance": {s(c.stance)}, "part_of": {"null" if c.part_of is None else s(c.part_of)}, '
            f'"evidence": [{evidence}], "derived_from": {strings(c.derived_from)}, '
            f'"scope": {"null" if c.scope is None else s(c.scope)}}}')


def entry_text(entry_id: str, row, value_: Any, low: Any, high: Any, victims: tuple[str, str | None, str],
               claimant: str, location: str, dates: tuple, lists: tuple[str, str, str, str], independent: int,
               party: Any, scope: Any, speakers: list[tuple]) -> str:
    """An entry's record, as ``dumps_text`` writes ``ledger.Entry.to_dict()``: its row's
    metric, unit, qualifier and stance; its figures (``value_``, ``low``, ``high`` as
    ``ledger._num`` gives them); ``victims`` (text, side or None, kind); the JSON text (as
    ``dumps_text`` writes it) of its claimant, place and lists (documents, outlets, via,
    claims); ``dates`` (as_of, first_as_of, period_start); and its speakers ((name, person))."""
    s = _string
    text, side, kind = victims
    as_of, first_as_of, period_start = dates
    documents, outlets, via, claims = lists
    said = ", ".join([f'{{"name": {"null" if n is None else s(n)}, "person": {"null" if p is None else s(p)}}}'
                      for n, p in speakers])
    return (f'{{"entry_id": {s(entry_id)}, "metric": {s(row.metric)}, "unit": {s(row.unit)}, '
            f'"value": {value(value_)}, "low": {value(low)}, "high": {value(high)}, '
            f'"qualifier": {s(row.qualifier)}, "stance": {s(row.stance)}, '
            f'"victims": {{"text": {s(text)}, "affiliation": {"null" if side is None else s(side)}, "kind": {s(kind)}}}, '
            f'"claimant": {claimant}, "location": {location}, '
            f'"as_of": {"null" if as_of is None else s(as_of)}, '
            f'"first_as_of": {"null" if first_as_of is None else s(first_as_of)}, '
            f'"period_start": {"null" if period_start is None else s(period_start)}, '
            f'"documents": {documents}, "outlets": {outlets}, "via": {via}, "claims": {claims}, '
            f'"independent_reports": {value(independent)}, "party": {"null" if party is None else s(party)}, '
            f'"scope": {"null" if scope is None else s(scope)}, "speakers": [{said}]}}')
