"""A dataset record's note of its own total ("Unknown fatalities coded as 10", "Fatalities are
split across 2 events (8)", "[1 fatality split among 12 events]"): the record's total, in its
outlet's voice."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..lexicon import Caseless, data_json
from ..records import Claimant, Evidence, Figure, Victims
from ..resolve import media_affiliation
from .casualties import Mention
from .dates import period
from .merging import Draft


@lru_cache(maxsize=1)
def _coded_regex() -> Caseless:
    # (read on the text lower-cased where that is the same test: twice as fast over a long page)
    return Caseless(data_json("cues.json")["coded"])


def coded_total(text: str, lower: str, sentences, outlet: Callable[[int], str | None], published) -> Draft | None:
    """"Unknown fatalities coded as 10": a dataset record's note of its own total, in the
    record's (the outlet's) voice. The last note wins."""
    m = None
    if "coded" not in lower and "split" not in lower and "rounded" not in lower:
        return None
    for m in _coded_regex().finditer(text, lower):
        pass
    if m is None:
        return None
    g = next(g for g in ("n", "m", "k") if m.group(g))
    n = m.group(g)
    s = next(x for x in sentences if x.start <= m.start() < x.end)
    start, end = m.start(g) - s.start, m.end(g) - s.start
    # (the words as written: the match may be of the text lower-cased, at the same offsets)
    fig = Figure(int(n), None, None, "exact", text[m.start():m.end()], start, end)
    name = outlet(s.start)
    return Draft(Mention(fig, "killed", "people", ""), Claimant("", name, media_affiliation(name), "media", None),
                  Victims("", None, "unspecified"), None, period(s.text, lower, published), "asserted",
                  [Evidence(s.text, s.start, s.end)])
