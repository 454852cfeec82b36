"""A document's results as a worker process hands them to the writer's (parallel.py), and back.

Pickled as it is, a :class:`Processed` goes back with its source and the document's raw text,
which the writer's process sent and still holds, and with the cleaned text again where cleaning
left the raw text as it was (three quarters of 2,000 GVA articles). :func:`pack` gives instead
the document's fields without them and the claims as they are, and no source; :func:`unpack`
rebuilds the same result with the source the writer's process sent. Anything else (an error, a
document of another class or with other fields) is handed over as it is.

Measured on the results of 2,000 GVA articles in chunks as ``ingest`` sends them (pickled and
unpickled, CPU a document): 5,088 -> 1,646 bytes, the worker's side 0.0245 -> 0.0205 ms, the
writer's 0.019 -> 0.015 ms. Each claim's fields as one flat list (its parts' fields read in C)
cut the worker's side to 0.0175 ms but rebuilding the records from them cost the writer's 0.023.
"""
from __future__ import annotations

import dataclasses
from operator import itemgetter

from .pipeline import Processed
from .records import Document, Source

_DOC = itemgetter(*(f.name for f in dataclasses.fields(Document)))
_N_DOC = len(dataclasses.fields(Document))
_RAW_SENT, _TEXT_IS_RAW = 1, 2  # the raw text is the source's; the text is the raw text


def pack(result):
    """``result`` (a worker's :class:`Processed`, else anything) as it is handed over."""
    if type(result) is not Processed:
        return result
    d = result.document
    fields = d.__dict__
    if type(d) is not Document or len(fields) != _N_DOC:
        return result
    doc = list(_DOC(fields))
    flags = 0
    raw = doc[1]
    if doc[2] == raw:
        flags |= _TEXT_IS_RAW
        doc[2] = None
    if raw is result.source.raw:
        flags |= _RAW_SENT
        doc[1] = None
    return flags, doc, result.claims


def unpack(packed, source: Source):
    """What :func:`pack` gave, for ``source`` (the one the worker was sent), as it was."""
    if type(packed) is not tuple:
        return packed
    flags, doc, claims = packed
    if flags & _RAW_SENT:
        doc[1] = source.raw
    if flags & _TEXT_IS_RAW:
        doc[2] = doc[1]
    return Processed(source, Document(*doc), claims)
