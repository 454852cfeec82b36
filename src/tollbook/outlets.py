"""A document's outlet: its own metadata, else a known web domain (data/outlets.json and the
user's ``outlets`` in TOLLBOOK_ALIASES), else the host of its URL."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlparse

from .lexicon import data_json, user_aliases


@lru_cache(maxsize=1)
def known_domains() -> dict[str, str]:
    """Web domain -> outlet name: the bundled table and the user's (TOLLBOOK_ALIASES, key ``outlets``)."""
    return {**data_json("outlets.json")["domains"], **user_aliases().get("outlets", {})}


def outlet_of(outlet: str | None, url: str | None, doc_id: str) -> str:
    """A document's outlet: its metadata, a known domain, the URL's host, else 'unknown (doc)'."""
    if outlet:
        return outlet
    if url:
        # The write path asks for the same documents' outlets for every entry it refreshes: a
        # URL's outlet is kept, for the table of known domains it was found with.
        global _url_outlets
        known = known_domains()
        if _url_outlets[0] is not known or len(_url_outlets[1]) >= 4096:
            _url_outlets = (known, {})
        outlets = _url_outlets[1]
        found = outlets[url] if url in outlets else outlets.setdefault(url, _url_outlet(url, known))
        if found is not None:
            return found
    return f"unknown ({doc_id})"


_url_outlets: tuple[dict | None, dict[str, str | None]] = (None, {})


def _url_outlet(url: str, known: dict[str, str]) -> str | None:
    """The outlet a URL names: a known domain (as the table says it, even empty), else its
    host; None when it has none."""
    host = (urlparse(url).hostname or "").removeprefix("www.")
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if ".".join(parts[i:]) in known:
            return known[".".join(parts[i:])]
    return host or None
