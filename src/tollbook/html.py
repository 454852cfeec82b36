"""Article text, title and date out of an HTML page (trafilatura, htmldate)."""
from __future__ import annotations

from dataclasses import dataclass

from .limits import outside_budget


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None


def article_from_html(html: str, url: str | None = None) -> Article | None:
    """The article in a page, or ``None`` when the page has no article text."""
    with outside_budget():  # (imported once a process, on its first page: no document's time)
        import trafilatura
        from htmldate import find_date

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        return None
    meta = trafilatura.extract_metadata(html, default_url=url)
    published = (meta.date if meta else None) or find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    title = meta.title if meta else None
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    return Article(body, title, published, meta.sitename if meta else None, (meta.url if meta else None) or url)
