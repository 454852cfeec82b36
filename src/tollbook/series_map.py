"""How to read a party's series files: the mapping (which party and claimant published it,
whose losses it counts, which column holds the date and which metric and unit each figure column
states) from command-line flags or a JSON/TOML file, and the rule of which news claimants speak
for the party. Used by series.py."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable

from .records import Claimant, Victims
from .resolve import normalise
from .sources import well_formed_tree

_METRICS = {"killed", "wounded", "casualties", "captured", "missing", "displaced", "destroyed", "shot_down"}
_QUALIFIERS = {"exact", "about", "at_least", "at_most"}


class MappingError(ValueError):
    """A mapping that cannot be used (one line saying what is wrong)."""


@dataclass(frozen=True)
class ColumnMap:
    """One figure column: the metric and unit it states. ``metrics`` lists the metrics news use
    for the same figure (the first is the series' own: ``killed|casualties`` for personnel
    losses, which the news call "losses" as often as "killed")."""

    column: str
    metrics: tuple[str, ...]
    unit: str
    qualifier_column: str | None = None

    @property
    def metric(self) -> str:
        return self.metrics[0]


@dataclass(frozen=True)
class Speakers:
    """Which news claimants speak for the series' party: one named in ``names``, or one of the
    party's side and of one of ``kinds`` (officials, not a town's residents). The side is the
    claimant's canonical ``party`` (once claims carry it) among ``parties``; until then its
    ``affiliation`` among ``affiliations``."""

    parties: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ("military", "government", "official")

    def speaks_for(self, claimant) -> bool:
        if claimant is None:
            return False
        name = getattr(claimant, "name", None)
        if name and _norm(name) in self._names:
            return True
        party = getattr(claimant, "party", None)
        side = (_norm(party) in self._parties) if party is not None \
            else getattr(claimant, "affiliation", None) in self.affiliations
        return side and getattr(claimant, "kind", None) in self.kinds

    @cached_property
    def _names(self) -> frozenset[str]:
        return frozenset(_norm(n) for n in self.names)

    @cached_property
    def _parties(self) -> frozenset[str]:
        return frozenset(_norm(p) for p in self.parties)

    def to_dict(self) -> dict:
        return {"parties": list(self.parties), "names": list(self.names), "affiliations": list(self.affiliations),
                "kinds": list(self.kinds)}

    @classmethod
    def from_dict(cls, d: dict) -> "Speakers":
        return cls(**{k: tuple(d.get(k) or ()) for k in ("parties", "names", "affiliations", "kinds") if k in d})


@dataclass(frozen=True)
class Mapping:
    """How to read one party's series files."""

    party: str  # the canonical party ("Ukraine")
    claimant: Claimant  # who publishes it (name, affiliation, kind)
    victims: Victims  # whose losses it counts
    columns: tuple[ColumnMap, ...]
    date_column: str = "date"
    victim_kinds: tuple[str, ...] = ()  # claim victim kinds that count (default: the victims' kind and "unspecified")
    # Units for which the party's claims that name no side count as the series' victims (a general
    # staff "shot down two aircraft": the enemy's, it reports no losses of its own).
    unnamed_victims: tuple[str, ...] = ()
    speakers: Speakers = field(default_factory=Speakers)
    since: str | None = None  # the day the tally counts from
    corrections: bool = False  # the file holds announced corrections (changes), not running totals
    qualifiers: dict = field(default_factory=lambda: {"about": "about", "more": "at_least", "exact": "exact"})

    def kinds(self) -> tuple[str, ...]:
        return self.victim_kinds or tuple(dict.fromkeys((self.victims.kind, "unspecified")))


def _norm(text: str) -> str:
    return normalise(text)


# --- mappings ----------------------------------------------------------------------------

def parse_map(spec: str) -> ColumnMap:
    """``COLUMN=METRIC[|METRIC…]:UNIT`` (``personnel=killed|casualties:people``), optionally
    ``@QUALIFIER_COLUMN`` at the end (``personnel=killed:people@personnel*``)."""
    column, sep, rest = spec.partition("=")
    rest, _, qcol = rest.partition("@")
    metrics, sep2, unit = rest.partition(":")
    if not sep or not sep2 or not column.strip() or not unit.strip():
        raise MappingError(f"{spec!r}: expected COLUMN=METRIC:UNIT, e.g. tank=destroyed:tanks")
    return _column(column.strip(), [m.strip() for m in metrics.split("|")], unit.strip(), qcol.strip() or None, spec)


def _column(column: str, metrics: list[str], unit: str, qcol: str | None, where: str) -> ColumnMap:
    bad = [m for m in metrics if m not in _METRICS]
    if not metrics or bad:
        raise MappingError(f"{where}: unknown metric {', '.join(bad) or '(none)'}; use one of {', '.join(sorted(_METRICS))}")
    if not re.fullmatch(r"[a-z_]{1,32}", unit):
        raise MappingError(f"{where}: unit {unit!r} should be a word such as people, tanks, aircraft")
    return ColumnMap(column, tuple(metrics), unit, qcol)


def parse_victims(spec: str) -> Victims:
    """``Russia/military`` (affiliation/kind), ``Ukraine/civilian``, just ``Russia`` or just ``civilian``."""
    aff, _, kind = spec.partition("/")
    if not kind and aff.strip() in ("military", "civilian", "mixed"):
        aff, kind = "", aff  # "civilian": civilians of any side
    kind = kind.strip() or "unspecified"
    if kind not in ("military", "civilian", "mixed", "unspecified"):
        raise MappingError(f"{spec!r}: victims kind must be military, civilian, mixed or unspecified")
    aff = aff.strip() or None
    return Victims(text=" ".join(x for x in (aff, kind if kind != "unspecified" else "") if x) or "people",
                   affiliation=aff, kind=kind)


def mapping_from_flags(party: str, victims: str, maps: Iterable[str], date_column: str = "date",
                       affiliation: str | None = None, kind: str = "official", since: str | None = None,
                       corrections: bool = False) -> Mapping:
    """The mapping the command line builds: ``--party``, ``--victims``, ``--map`` …. The party
    name is the claimant; news claimants with that name, or of its affiliation and an official
    kind, speak for it."""
    cols = tuple(parse_map(m) for m in maps)
    if not cols:
        raise MappingError("give at least one --map COLUMN=METRIC:UNIT (or a --mapping file)")
    aff = affiliation or party
    return Mapping(party=aff, claimant=Claimant(text=party, name=party, affiliation=aff, kind=kind),
                   victims=parse_victims(victims), columns=cols, date_column=date_column,
                   speakers=Speakers(parties=(aff,), names=(party,), affiliations=(aff,),
                                     kinds=tuple(dict.fromkeys(Speakers.kinds + (kind,)))), since=since,
                   corrections=corrections)


def load_mapping(path: str | Path) -> Mapping:
    """A mapping file, JSON or TOML (see the README for its keys)."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix.lower() == ".toml":
            import tomllib

            d = tomllib.loads(text)
        else:
            d = json.loads(text)
    except ValueError as e:
        raise MappingError(f"{path}: not valid {'TOML' if path.suffix.lower() == '.toml' else 'JSON'}: {e}") from None
    return mapping_from_dict(well_formed_tree(d), str(path))  # (no store holds a lone surrogate or NUL)


def mapping_from_dict(d: dict, where: str = "mapping") -> Mapping:
    try:
        c = d["claimant"]
        claimant = Claimant(text=c.get("text") or c["name"], name=c["name"], affiliation=c.get("affiliation"),
                            kind=c.get("kind", "official"))
        party = d.get("party") or claimant.affiliation or claimant.name
        victims = parse_victims(d["victims"]) if isinstance(d["victims"], str) else \
            Victims(text=d["victims"].get("text") or d["victims"].get("affiliation") or "people",
                    affiliation=d["victims"].get("affiliation"), kind=d["victims"].get("kind", "unspecified"))
        cols = []
        for col, spec in d["columns"].items():
            if isinstance(spec, str):
                cols.append(parse_map(f"{col}={spec}"))
            else:
                metrics = spec["metric"] if isinstance(spec["metric"], list) else spec["metric"].split("|")
                cols.append(_column(col, metrics, spec["unit"], spec.get("qualifier_column"), f"{where}: column {col!r}"))
        speakers = Speakers.from_dict(d.get("speakers") or {"parties": [party], "names": [claimant.name],
                                                              "affiliations": [claimant.affiliation] if claimant.affiliation else []})
        return Mapping(party=party, claimant=claimant, victims=victims, columns=tuple(cols),
                       date_column=d.get("date_column", "date"), victim_kinds=tuple(d.get("victim_kinds") or ()),
                       unnamed_victims=tuple(d.get("unnamed_victims") or ()),
                       speakers=speakers, since=d.get("since"), corrections=d.get("corrections") is True,
                       qualifiers={**Mapping.__dataclass_fields__["qualifiers"].default_factory(), **(d.get("qualifiers") or {})})
    except (KeyError, TypeError, AttributeError) as e:
        raise MappingError(f"{where}: missing or malformed key {e}; see the README's series mapping") from None


def mapping_files(path: str | Path) -> list[tuple[Path, Mapping]]:
    """The files a mapping file lists (``files``: running totals; ``corrections``: announced
    corrections), beside it, each with the mapping to read it by."""
    path = Path(path)
    m = load_mapping(path)
    d = json.loads(path.read_text(encoding="utf-8")) if path.suffix.lower() != ".toml" else \
        __import__("tomllib").loads(path.read_text(encoding="utf-8"))
    from dataclasses import replace

    out = [(path.parent / f, m) for f in d.get("files") or ()]
    out += [(path.parent / f, replace(m, corrections=True)) for f in d.get("corrections") or ()]
    return out


def bundled_general_staff() -> Path:
    """The mapping of the bundled General Staff series (its files and licence beside it)."""
    from importlib import resources

    return Path(str(resources.files("tollbook").joinpath("data", "series", "general_staff", "mapping.json")))
