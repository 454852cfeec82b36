"""The side a claimant is shown to be on where its own words name none: a headline's figure
beside a side's words is that side's report ("Two Ukrainian servicemen killed - military
spokesman"), officials speaking of deaths in a country at war are that country's (or of the side
holding the place), never a service that fights anywhere, a body speaking from afar, or a bare
army telling of the other side's troops killing the place's soldiers (extract/implied.py reads
the words).
"""
from __future__ import annotations

from ..regexes import compiled
from ..lexicon import alternation, data_json
from ..records import Claimant, Victims, replace
from ..resolve import joins_countries, person_party, place_in_title
from .casualties import Mention
from .implied import adversaries, counts_others_dead, held_side, implied_side, is_state_service, names_insurgents, occupiers_body, speaks_from_afar
from .merging import outlet_voice
from .sides import from_a_side

_GOVERNOR = compiled(r"(?i)\bgovernor\b")
_LOCAL = compiled(r"(?i)\b(?:regional|local|city|governor|mayor|police)\b")
# words of an authority the occupier installed ("occupation governor", "Moscow-installed"): data/sides.json
_OCCUPIERS = compiled(r"(?i)(?:\b|-)(?:" + alternation(data_json("sides.json")["occupiers"]) + r")\b")




def claimant_side(claimant: Claimant, sentence: str, m: Mention, victims: Victims, country: str | None,
               attributed: bool = False, headline: bool = False, held: str | None = None,
               names_held: bool = True) -> Claimant:
    """The claimant, with the side the report shows when the text names none (extract/implied.py).
    ``names_held``: False where the sentence's document can name no held place (may_name_held)."""
    if claimant.affiliation or not (claimant.kind in ("unknown", "official", "military", "government") or outlet_voice(claimant)) \
            or joins_countries(claimant.text):
        return claimant  # (nor speakers of two sides named together: "Russian and Ukrainian officials")
    if (own := person_party(claimant)) in adversaries():
        return replace(claimant, affiliation=own)  # a person the tables know: his own side, not the place's
    # A source the text names is never replaced by an implied one; at most its side is read
    # from the place it speaks about (below).
    # Only a headline's unattributed figure is implied a source (wire headlines omit theirs);
    # in a story's body an unattributed figure is the outlet's own voice.
    side = None if attributed or not headline else implied_side(
        sentence, m.figure.start, m.figure.end, victims, m.metric, country, headline, m.figure.value)
    if not side and not attributed and claimant.kind != "media" and victims.affiliation in adversaries():
        # a headline's bare role counting a side's dead ("Two Ukrainian servicemen killed -
        # military spokesman"): the role of that side
        side = (victims.affiliation, claimant.text)
    if not side and claimant.kind != "media" and (claimant.kind != "unknown" or not attributed):
        # "…: officials" about deaths in a country at war: that country's officials, or the
        # officials of the side that holds the place ("in Donetsk republic - operations command",
        # "Crimean health authorities"). A named person of no known office is left alone.
        # (``held``: the side of the story's place so far, a held city's holder included)
        holder = held_side(claimant.text) or (held_side(sentence, m.figure.start, m.figure.end) if names_held else None)
        held = holder or held
        if not holder and claimant.kind in ("government", "official") and _GOVERNOR.search(claimant.text) \
                and not _OCCUPIERS.search(claimant.text) and (title := place_in_title(claimant.text)) is not None \
                and title.country in adversaries() and not _strikes(sentence.replace(claimant.text, " "), title.country):
            # "Kherson's governor": of the place the title names (a governor: an administration
            # or official of an occupied town may be the occupier's; "occupation", "installed",
            # "appointed" say so; and not where the sentence names the place's own side, as who
            # strikes: "the Zaporizhzhia governor said 12 were killed by Ukrainian shelling"); the
            # holder of a place the story named before is not his where his own place is held by
            # no one ("… Donetsk, the separatists said. The Lviv regional governor said five were
            # wounded": Lviv's); a held place's governor may be either side's, as before
            country, held = title.country, held if held_side(title.name) else None
        if not held and country not in adversaries():
            return claimant  # (no side below: asked before the words' patterns, the cheaper test)
        if held and held != country and country in adversaries() and is_state_service(claimant.text):
            # "… over Donetsk, the air force said": a service that fights anywhere, speaking of a
            # place one side holds and the other claims, may be of either
            return claimant
        if speaks_from_afar(claimant.text):
            return claimant  # "…, Seoul's intelligence agency said": no side from the place it reports on
        if victims.affiliation is not None and victims.affiliation == (held or country) \
                and counts_others_dead(claimant, sentence, m.figure.start, m.figure.end, victims, m.victims_text, m.unit):
            return claimant  # ("the national guard said its troops killed 40 Ukrainian soldiers near Kupiansk")
        if not holder and held in (None, country) and country in adversaries() and occupiers_body(claimant.text):
            # "the occupation authorities in Melitopol": the occupier's, the adversary of the
            # place's country (where no place the story names is held: its holder is the occupier)
            side = (adversaries()[country], claimant.text)
        elif victims.kind == "military" and victims.affiliation is None and attributed and not from_a_side(victims.text) \
                and place_in_title(claimant.text) is None and claimant.kind in ("official", "unknown") \
                and not _LOCAL.search(claimant.text):
            # "officials confirmed that a navy commander was killed in Mariupol": soldiers of no
            # side named die on either side's ground, and either side's officials tell of them
            # (not "our defenders", "enemy saboteurs", nor the Kharkiv governor's: his own place)
            return claimant
        elif held or country in adversaries():
            side = (held or country, claimant.text)
    if not side or names_insurgents(claimant.text):
        # ("…: rebels": no side from the place they fight the state of; asked only of a side found)
        return claimant
    if claimant.kind != "media":
        # "- operations command": a body the report shows to be of that side.
        return replace(claimant, affiliation=side[0], implied=not attributed)
    return Claimant(side[1], f"{side[0]} (implied)", side[0], "military" if victims.kind == "military" else "unknown",
                    None, implied=True)


def _strikes(sentence: str, country: str) -> bool:
    """Whether a sentence names ``country``'s side at all (its name's first letters, "Ukrain…",
    "Russia…"): as who strikes ("Ukrainian shelling") or whose dead ("3 Ukrainian saboteurs
    were killed"), the title's place then does not say whose its governor is."""
    return country[:6].lower() in sentence.lower()
