"""The records every stage speaks: frozen, typed, in the words of the domain.

A :class:`Claim` serialises to exactly the record of ``shared/claim-schema.md``.
"""
from __future__ import annotations

import copyreg
import dataclasses
import hashlib
from dataclasses import dataclass, field


def _quick_init(cls: type) -> type:
    """A frozen dataclass whose ``__init__`` writes its fields straight into the instance's
    ``__dict__``: the same arguments, defaults and result as the one ``dataclass`` writes,
    which sets each field through ``object.__setattr__`` (three times slower; records are
    made hundreds of thousands of times a run). Frozen as before: setting a field raises.
    It is pickled as its fields in order (see ``__reduce__`` below)."""
    params, body, env = [], [], {"_MISSING": dataclasses.MISSING}
    for f in dataclasses.fields(cls):
        if not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields")
        if f.default is not dataclasses.MISSING:
            env[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            env[f"_f_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            body.append(f" if {f.name} is _MISSING: {f.name} = _f_{f.name}()")
        else:
            params.append(f.name)
        body.append(f" d[{f.name!r}] = {f.name}")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: no __post_init__")
    src = f"def __init__(self, {', '.join(params)}):\n d = self.__dict__\n" + "\n".join(body) + "\n"
    # Pickled (records go to and from worker processes) as the class and its fields in order,
    # rebuilt by this __init__: ~25% less time each way than the default (a dict of the fields
    # and the instance's __dict__ filled from it).
    names = [f.name for f in dataclasses.fields(cls)]
    # (a subclass, whose fields this class does not know, pickles its __dict__ as by default)
    src += (f"def __reduce__(self):\n d = self.__dict__\n if type(self) is not _cls: return (_newobj, (type(self),), d)\n"
            f" return (_cls, ({''.join(f'd[{n!r}], ' for n in names)}))\n")
    env["_cls"], env["_newobj"] = cls, copyreg.__newobj__
    exec(src, env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init
    reduce = env["__reduce__"]
    reduce.__qualname__ = f"{cls.__qualname__}.__reduce__"
    cls.__reduce__ = reduce
    _QUICK.add(cls)
    return cls


_QUICK: set[type] = set()  # the classes _quick_init made: their instances' __dict__ is their fields


def replace(record, /, **changes):
    """``dataclasses.replace(record, **changes)``, for a record of :func:`_quick_init` made
    directly: its fields copied from its ``__dict__``, the changed ones set (the same record,
    field for field and in order; a third of the time: claims are built with a few changes
    each). Any other dataclass: ``dataclasses.replace``."""
    cls = type(record)
    if cls not in _QUICK:
        return dataclasses.replace(record, **changes)
    fields = record.__dict__
    if not changes.keys() <= fields.keys():
        return dataclasses.replace(record, **changes)  # (which names the unknown field)
    new = object.__new__(cls)
    d = new.__dict__
    d.update(fields)
    d.update(changes)
    return new


@_quick_init
@dataclass(frozen=True)
class Span:
    """A stretch of the cleaned text: offsets are ``[start, end)``."""

    start: int
    end: int


@_quick_init
@dataclass(frozen=True)
class Segment:
    """A run of cleaned text copied from ``raw[raw_start:raw_start + length]``."""

    clean_start: int
    raw_start: int
    length: int


@_quick_init
@dataclass(frozen=True)
class Removed:
    """A line cleaning took out of the raw text, and why (shown greyed in the UI)."""

    raw_start: int
    raw_end: int
    text: str
    reason: str


@_quick_init
@dataclass(frozen=True)
class Source:
    """One input article as read, before cleaning."""

    doc_id: str
    raw: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    html: bool = False
    origin: str = ""  # "path" or "path:line" for error messages


@_quick_init
@dataclass(frozen=True)
class Document:
    """A cleaned article: ``text`` is what extraction reads; ``segments`` map it back to ``raw``."""

    doc_id: str
    raw: str
    text: str
    segments: tuple[Segment, ...] = ()
    removed: tuple[Removed, ...] = ()
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def raw_offset(self, clean_offset: int) -> int:
        """Map an offset in ``text`` back to ``raw``."""
        for seg in self.segments:
            if seg.clean_start <= clean_offset <= seg.clean_start + seg.length:
                return seg.raw_start + clean_offset - seg.clean_start
        return clean_offset


@_quick_init
@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    index: int
    paragraph: int


@_quick_init
@dataclass(frozen=True)
class Attribution:
    """Who says what: the ``cue`` ("said", "according to"), the ``source`` that speaks (``None``
    when the rules cannot see its edges) and the ``content`` attributed (one span, or several
    when a quotation runs over sentences). Offsets are into the cleaned text."""

    cue: Span
    source: Span | None
    content: tuple[Span, ...] = ()

    def covers(self, start: int, end: int) -> bool:
        """Whether the content holds the stretch ``[start, end)``."""
        for s in self.content:  # (a plain loop: any() over a generator costs a frame a call)
            if s.start <= start and end <= s.end:
                return True
        return False

    def to_dict(self, doc_id: str, text: str) -> dict:
        def one(s: Span) -> dict:
            return {"start": s.start, "end": s.end, "text": text[s.start:s.end]}
        content = None
        if self.content:
            content = {"start": self.content[0].start, "end": self.content[-1].end,
                       "text": " ".join(text[s.start:s.end] for s in self.content)}
            if len(self.content) > 1:
                content["spans"] = [[s.start, s.end] for s in self.content]
        return {"doc_id": doc_id, "cue": one(self.cue), "source": one(self.source) if self.source else None,
                "content": content}


@_quick_init
@dataclass(frozen=True)
class Figure:
    """A count as written: ``value`` is what a careful reader quotes; bounds where known."""

    value: int | None
    low: int | None
    high: int | None
    qualifier: str  # exact | about | at_least | at_most | range | vague
    count_text: str
    start: int  # offsets inside the sentence
    end: int


@_quick_init
@dataclass(frozen=True)
class Victims:
    text: str
    affiliation: str | None
    kind: str  # military | civilian | mixed | unspecified


@_quick_init
@dataclass(frozen=True)
class Claimant:
    text: str
    name: str | None
    affiliation: str | None
    kind: str  # government | military | official | international | ngo | media | unknown
    person: str | None = None
    # Not named in the text but shown by what the outlet reports (see extract/implied.py).
    implied: bool = False
    # The party it speaks for ("Russia", "United Nations"; resolve.party_of): the ledger's key.
    party: str | None = None


@_quick_init
@dataclass(frozen=True)
class Location:
    text: str
    name: str
    country: str | None


@_quick_init
@dataclass(frozen=True)
class Period:
    start: str | None = None
    end: str | None = None


@_quick_init
@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int
    end: int


@_quick_init
@dataclass(frozen=True)
class Claim:
    doc_id: str
    claim_id: str
    metric: str
    unit: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    count_text: str
    victims: Victims
    claimant: Claimant
    via: tuple[str, ...] = ()
    location: Location | None = None
    period: Period = field(default_factory=Period)
    stance: str = "asserted"
    part_of: str | None = None
    evidence: tuple[Evidence, ...] = ()
    derived_from: tuple[str, ...] = ()  # claim_ids this figure is inferred from (shot minus killed)
    # What the figure counts over: "cumulative" (a running total), "interval" (a day, a week),
    # "event" (one attack), or None when the sentence does not say (extract/scope.py).
    scope: str | None = None

    def to_dict(self) -> dict:
        # Written out rather than dataclasses.asdict: this runs for every claim stored.
        v, c, loc, p = self.victims, self.claimant, self.location, self.period
        return {
            "doc_id": self.doc_id, "claim_id": self.claim_id, "metric": self.metric, "unit": self.unit,
            "value": self.value, "low": self.low, "high": self.high, "qualifier": self.qualifier,
            "count_text": self.count_text,
            "victims": {"text": v.text, "affiliation": v.affiliation, "kind": v.kind},
            "claimant": {"text": c.text, "name": c.name, "affiliation": c.affiliation, "kind": c.kind, "person": c.person,
                         "implied": c.implied, "party": c.party},
            "via": list(self.via),
            "location": {"text": loc.text, "name": loc.name, "country": loc.country} if loc else None,
            "period": {"start": p.start, "end": p.end}, "stance": self.stance, "part_of": self.part_of,
            "evidence": [{"sentence": e.sentence, "start": e.start, "end": e.end} for e in self.evidence],
            "derived_from": list(self.derived_from), "scope": self.scope,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Claim":
        loc = d.get("location")
        return cls(
            doc_id=d["doc_id"], claim_id=d["claim_id"], metric=d["metric"], unit=d["unit"],
            value=d.get("value"), low=d.get("low"), high=d.get("high"),
            qualifier=d["qualifier"], count_text=d.get("count_text", ""),
            victims=Victims(**d["victims"]), claimant=Claimant(**d["claimant"]),
            via=tuple(d.get("via") or ()), location=Location(**loc) if loc else None,
            period=Period(**(d.get("period") or {})), stance=d.get("stance", "asserted"),
            part_of=d.get("part_of"), evidence=tuple(Evidence(**e) for e in d.get("evidence", ())),
            derived_from=tuple(d.get("derived_from") or ()), scope=d.get("scope"),
        )


def stable_id(*parts: object) -> str:
    """A short, stable id from the parts that make a record what it is."""
    h = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:16]
