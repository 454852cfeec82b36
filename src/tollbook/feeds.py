"""RSS and Atom feeds: their items, and a watcher that ingests only what it has not seen."""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Callable, Iterable

from lxml import etree
from sqlalchemy import select

from .fetch import Fetcher, FetchError, fetch_source
from .sources import InputError
from .tables import seen_items

ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass(frozen=True)
class FeedItem:
    key: str  # guid / id, else the link
    link: str
    title: str | None
    published: str | None


def _date(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return parsedate_to_datetime(text.strip()).date().isoformat()
    except (TypeError, ValueError):
        return text.strip()[:10] or None


def parse_feed(body: bytes) -> list[FeedItem]:
    """Items of an RSS 2.0 or Atom document (raises ValueError when it is neither)."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False, no_network=True, recover=True))
    except etree.XMLSyntaxError as e:
        raise ValueError(f"not a feed: {e}") from e
    if root is None:
        raise ValueError("not a feed: empty document")
    items = []
    for it in root.iter("item"):
        link = (it.findtext("link") or "").strip()
        if link:
            items.append(FeedItem((it.findtext("guid") or link).strip(), link, it.findtext("title"), _date(it.findtext("pubDate"))))
    for it in root.iter(f"{ATOM}entry"):
        links = it.findall(f"{ATOM}link")
        link = next((l.get("href") for l in links if l.get("rel") in (None, "alternate")), None)
        if link:
            items.append(FeedItem((it.findtext(f"{ATOM}id") or link).strip(), link.strip(), it.findtext(f"{ATOM}title"),
                                  _date(it.findtext(f"{ATOM}published") or it.findtext(f"{ATOM}updated"))))
    if not items and root.tag not in ("rss", f"{ATOM}feed") and root.find("channel") is None:
        raise ValueError(f"not an RSS or Atom feed (root element {root.tag!r})")
    return items


@dataclass
class PollResult:
    feed: str
    new_items: int = 0
    stored: int = 0
    errors: int = 0


def poll(ledger, fetcher: Fetcher, feed_url: str, on_error: Callable[[InputError], None] = lambda e: None) -> PollResult:
    """Fetch a feed, ingest the items not seen before, remember them (only once stored or
    failed for good, so a crash mid-poll retries the rest next time)."""
    from .pipeline import ingest_one

    res = PollResult(feed_url)
    try:
        _, body, _ = fetcher.get(feed_url)
        items = parse_feed(body)
    except (FetchError, ValueError) as e:
        on_error(InputError(feed_url, str(e)))
        res.errors += 1
        return res
    with ledger.engine.connect() as conn:
        seen = set(conn.execute(select(seen_items.c.item_key).where(seen_items.c.feed == feed_url)).scalars())
    for item in items:
        if item.key in seen:
            continue
        res.new_items += 1
        src = fetch_source(fetcher, item.link)
        if isinstance(src, InputError):
            on_error(src)
            res.errors += 1
        else:
            if item.published and not src.published:
                src = type(src)(**{**src.__dict__, "published": item.published})
            out = ingest_one(ledger, src)
            if isinstance(out, InputError):
                on_error(out)
                res.errors += 1
            else:
                res.stored += 1
        with ledger.engine.begin() as conn:
            conn.execute(seen_items.insert(), {"feed": feed_url, "item_key": item.key, "link": item.link,
                                               "seen_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")})
    return res


def watch(ledger, fetcher: Fetcher, feeds: Iterable[str], every_s: float, rounds: int | None = None,
          on_poll: Callable[[PollResult], None] = lambda r: None,
          on_error: Callable[[InputError], None] = lambda e: None) -> None:
    """Poll every feed, then wait ``every_s`` seconds; ``rounds`` limits the loop (None: forever)."""
    n = 0
    while rounds is None or n < rounds:
        for f in feeds:
            on_poll(poll(ledger, fetcher, f, on_error))
        n += 1
        if rounds is None or n < rounds:
            time.sleep(every_s)
