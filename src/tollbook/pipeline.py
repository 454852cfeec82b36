"""The stages in order: source -> (1) HTML to text -> (2) clean -> (3) extract claims."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Iterable, Iterator

from . import regexes
from .clean import clean
from .collector import no_collections
from .extract import NotProse, extract_claims
from .extract.attributions import find_attributions, as_printed
from .html import article_from_html
from .limits import OverBudget, limits, time_budget
from .records import Attribution, Claim, Document, Source, Span, _quick_init
from .sources import InputError, read_sources, storable


@_quick_init
@dataclass(frozen=True)
class Processed:
    source: Source
    document: Document
    claims: tuple[Claim, ...]


def to_document(source: Source) -> Document | InputError:
    source = storable(source)
    if source.html:
        art = article_from_html(source.raw, source.url)
        if art is None:
            return InputError(source.origin or source.doc_id, "HTML page has no article text")
        src = Source(source.doc_id, source.raw, source.url or art.url, source.outlet or art.outlet,
                     source.published or art.published, True, source.origin)
        return clean(src, text=art.text, title=art.title)
    return clean(source)


def process(source: Source) -> Processed | InputError:
    """One source through every stage; an unexpected failure becomes an error for that source only."""
    with no_collections():
        return _process(source)


def _process(source: Source) -> Processed | InputError:
    try:
        doc = to_document(source)
        if isinstance(doc, InputError):
            return doc
        if not doc.text.strip():
            why = "HTML page has no article text" if source.html else "no text left after cleaning"
            return InputError(source.origin or source.doc_id, why)
        return Processed(source, doc, tuple(extract_claims(doc)))
    except NotProse as e:
        return InputError(source.origin or source.doc_id, str(e))
    except Exception as e:  # one bad document must not stop the batch
        return InputError(source.origin or source.doc_id, f"failed: {e.__class__.__name__}: {e}")


@dataclass(frozen=True)
class Attributed:
    """A document's attribution relations, with offsets into the input text as read."""

    source: Source
    document: Document
    attributions: tuple[Attribution, ...]

    def records(self) -> Iterator[dict]:
        raw = self.document.raw
        for a in self.attributions:
            yield _in_raw(a, self.document).to_dict(self.document.doc_id, raw)


def _in_raw(a: Attribution, doc: Document) -> Attribution:
    def span(s: Span) -> Span:
        return Span(doc.raw_offset(s.start), doc.raw_offset(s.end - 1) + 1 if s.end > s.start else doc.raw_offset(s.end))
    return Attribution(span(a.cue), span(a.source) if a.source else None, tuple(span(s) for s in a.content))


def attribute(source: Source) -> Attributed | InputError:
    """Stages 1-2, then the attribution relations (who says what) of the whole document."""
    with no_collections():
        return _attribute(source)


def _attribute(source: Source) -> Attributed | InputError:
    try:
        doc = to_document(source)
        if isinstance(doc, InputError):
            return doc
        found = find_attributions(doc.text, parser=True, unsourced=True)
        return Attributed(source, doc, tuple(as_printed(doc.text, a) for a in found))
    except Exception as e:  # one bad document must not stop the batch
        return InputError(source.origin or source.doc_id, f"failed: {e.__class__.__name__}: {e}")


@lru_cache(maxsize=1)
def warm_up() -> None:
    """One short document through every stage: the patterns compiled and the lexicons loaded
    (~0.3–0.8 s, once a process), so no document's time budget pays for them."""
    process(Source("warm", "Two people were killed and 3 wounded in shelling by Russian forces, police said."))
    regexes.save()  # the next process reads the compiled patterns instead (regexes.py)


def process_within_budget(source: Source, seconds: float | None = None) -> Processed | InputError:
    """:func:`process`, stopped past the time budget (``seconds``, else TOLLBOOK_DOCUMENT_SECONDS)
    where this process can keep one (limits.time_budget): an error naming the document."""
    warm_up()
    try:
        with time_budget(seconds or limits().document_seconds):
            return process(source)
    except OverBudget as e:
        return InputError(source.origin or source.doc_id, str(e))


def run(sources: Iterable, stdin: IO[str] | None = None) -> Iterator[Processed | InputError]:
    """Process paths (str) or already-read sources, in order, each within the time budget."""
    for item in _sources(sources, stdin):
        yield item if isinstance(item, InputError) else process_within_budget(item)


def _sources(items: Iterable, stdin) -> Iterator[Source | InputError]:
    paths = []
    for item in items:
        if isinstance(item, str):
            paths.append(item)
            continue
        if paths:
            yield from read_sources(paths, stdin)
            paths = []
        yield item
    if paths:
        yield from read_sources(paths, stdin)


def ingest_one(ledger, source: Source):
    """Process one source and store it: (IngestResult, claims), or the InputError."""
    item = process_within_budget(source)
    if isinstance(item, InputError):
        return item
    return ledger.add(item.document, item.claims), item.claims
