"""JSON text exactly as ``json.dumps`` writes it, for the write path's many small values.

``json.dumps`` sets up a new encoder on every call (its options, a table for circular
references, the C encoder object): for the ledger's short lists and records that set-up cost
about as much as the encoding. The encoders here are made once. They skip the check for
circular references (the write path only encodes trees of dicts, lists and scalars it has just
built). Where the C encoder is missing or its signature differs, ``json.dumps`` itself is used.
"""
from __future__ import annotations

import json
from json import encoder as _json_encoder
from typing import Any, Callable


def _fast(ensure_ascii: bool, sort_keys: bool) -> Callable[[Any], str]:
    def slow(obj: Any) -> str:
        return json.dumps(obj, ensure_ascii=ensure_ascii, sort_keys=sort_keys)

    make = getattr(_json_encoder, "c_make_encoder", None)
    if make is None:
        return slow
    strings = _json_encoder.c_encode_basestring_ascii if ensure_ascii else _json_encoder.c_encode_basestring
    try:
        enc = make(None, json.JSONEncoder().default, strings, None, ": ", ", ", sort_keys, False, True)
    except TypeError:
        return slow
    join = "".join

    def fast(obj: Any) -> str:
        return join(enc(obj, 0))

    sample = {"b": [1, 2.5, None, True, "é\n\"x\""], "a": {"z": -0.0, "y": 1e100}, "c": []}
    try:
        if fast(sample) != slow(sample) or fast("x") != slow("x"):
            return slow
    except Exception:  # noqa: BLE001 - an encoder this module does not know: the standard one
        return slow
    return fast


dumps = _fast(ensure_ascii=True, sort_keys=False)
"""``json.dumps(obj)``"""
dumps_text = _fast(ensure_ascii=False, sort_keys=False)
"""``json.dumps(obj, ensure_ascii=False)``"""
dumps_sorted = _fast(ensure_ascii=True, sort_keys=True)
"""``json.dumps(obj, sort_keys=True)``"""


def dumps_text_with(obj: dict, encoded: dict[str, str]) -> str:
    """``dumps_text(obj)`` for a dict some of whose values (those of the keys of ``encoded``)
    are JSON text already (``dumps_text`` of them): long lists written once for two uses."""
    if not obj:
        return "{}"
    return "{" + ", ".join(f"{dumps_text(k)}: {encoded[k] if k in encoded else dumps_text(v)}" for k, v in obj.items()) + "}"


def both(value: Any) -> tuple[str, str]:
    """``(dumps_text(value), dumps(value))``, written once where the two are one text (as
    :func:`written_twice`)."""
    return _with_ascii(dumps_text(value), value)


def _with_ascii(text: str, value: Any) -> tuple[str, str]:
    """``text`` (``dumps_text(value)``) and ``dumps(value)``: the same text where it is ASCII
    and holds no DEL (which ``dumps`` escapes)."""
    return text, text if text.isascii() and "\x7f" not in text else dumps(value)


_string = getattr(_json_encoder, "c_encode_basestring", None) or _json_encoder.py_encode_basestring


def both_strings(items: list) -> tuple[str, str]:
    """:func:`both` of a list of strings (an entry's documents, outlets, relays, claims: most
    hold one), written with the string encoder alone, not through the encoder of trees;
    anything else as :func:`both` writes it."""
    try:
        if len(items) == 1:
            text = "[" + _string(items[0]) + "]"
        else:
            text = "[" + ", ".join(map(_string, items)) + "]" if items else "[]"
    except TypeError:  # (not a string: a subclass is one, and written as one by both encoders)
        return both(items)
    return _with_ascii(text, items)


def written_twice(values: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Each value's JSON as ``dumps_text`` writes it (for :func:`dumps_text_with`) and as
    ``dumps`` does, written once where the two are one text: ASCII, DEL aside (``dumps``
    escapes it, ``dumps_text`` does not)."""
    text = {k: dumps_text(v) for k, v in values.items()}
    return text, {k: t if t.isascii() and "\x7f" not in t else dumps(values[k]) for k, t in text.items()}
