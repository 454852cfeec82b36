"""Claimants as parties (resolve.party_of, data/parties.json)."""
import json

import pytest

from tollbook import lexicon, resolve
from tollbook.records import Claimant
from tollbook.resolve import party_of, resolve_claimant


@pytest.mark.parametrize("text,party", [
    ("Russia's Defence Ministry", "Russia"),
    ("the Russian military", "Russia"),
    ("Konashenkov", "Russia"),
    ("the Kremlin", "Russia"),
    ("Donetsk separatist leader Denis Pushilin", "Russia"),  # the DPR counts on Russia's side
    ("the Russian-installed head of the region", "Russia"),
    ("the Belgorod governor", "Russia"),  # a Russian province's official
    ("Ukraine's General Staff", "Ukraine"),
    ("Interior Minister Denys Monastyrskyi", "Ukraine"),
    ("the Odesa regional military administration", "Ukraine"),
    ("the Kharkiv governor", "Ukraine"),
    ("a Ukrainian official", "Ukraine"),
    ("OHCHR", "United Nations"),
    ("UNICEF", "United Nations"),
    ("the Pentagon", "United States"),
    ("British military intelligence", "United Kingdom"),
    ("Human Rights Watch", "Human Rights Watch"),
    ("a local resident", None),  # holds no office
    ("witnesses", None),
])
def test_party_of_a_claimant(text, party):
    assert party_of(resolve_claimant(text)) == party


@pytest.mark.parametrize("text,party", [
    # a person the tables name says whose he is, whatever place his title names
    ("Kirill Stremousov, who spoke for the occupation authority", "Russia"),
    ("Dmytro Kuleba, who spoke in Kherson", "Ukraine"),
    # ... only himself, named first: not one who met him or speaks against him
    ("Anna Petrenko, a critic of Putin living abroad", None),
    # an organ's words alone do not ("territorial defence" bodies are on both sides)
    ("the territorial defence headquarters", None),
    ("a local resident", None),
])
def test_the_party_of_a_person_named(text, party):
    from tollbook.resolve import person_party

    assert person_party(resolve_claimant(text)) == party


def test_media_and_implied_sides():
    assert party_of(Claimant("", "BBC", None, "media")) is None
    assert party_of(Claimant("", "Ukraine (implied)", "Ukraine", "unknown", None, True)) == "Ukraine"
    # a private person the report happens to place on a side speaks for no party
    assert party_of(Claimant("a neighbour", "Neighbour", "Ukraine", "unknown", None, True)) is None


def test_users_add_parties_and_organs(tmp_path, monkeypatch):
    extra = tmp_path / "aliases.json"
    extra.write_text(json.dumps({"parties": {"Freedonia": {"names": ["freedonia"], "organs": ["freedonian border command"],
                                                             "persons": ["rufus firefly"]},
                                             "Russia": {"persons": ["ivan example"]}}}))
    monkeypatch.setenv("TOLLBOOK_ALIASES", str(extra))
    for f in (lexicon.user_aliases, resolve.party_tables, resolve.claimant_tables):
        f.cache_clear()
    try:
        assert party_of(Claimant("the Freedonian Border Command", "Freedonian Border Command", None, "military")) == "Freedonia"
        assert party_of(Claimant("Prime Minister Rufus Firefly", "Prime Minister Rufus Firefly", None, "government")) == "Freedonia"
        assert party_of(Claimant("Ivan Example", "Ivan Example", None, "unknown")) == "Russia"
        assert party_of(resolve_claimant("the Kremlin")) == "Russia"  # the bundled ones stay
    finally:
        monkeypatch.delenv("TOLLBOOK_ALIASES")
        for f in (lexicon.user_aliases, resolve.party_tables, resolve.claimant_tables):
            f.cache_clear()


def test_crimeas_russian_installed_head_speaks_for_russia():
    # a report naming only the office, not the man, and no kind
    assert party_of(Claimant("Crimea's regional leader", "Crimea's regional leader", None, "unknown")) == "Russia"
    assert party_of(resolve_claimant("the head of Crimea")) == "Russia"


def test_a_state_outlet_s_party_is_its_state_and_an_independent_outlet_has_none():
    from tollbook.records import Claimant
    from tollbook.resolve import party_of
    assert party_of(Claimant("TASS", "TASS", "Russia", "media")) == "Russia"
    assert party_of(Claimant("", "Example Wire", None, "media")) is None


@pytest.mark.parametrize("text,want", [
    ("The  Defense Ministry", "defence ministry"),
    ("an\tofficial", "official"),
    (" “police”, ", "police"),
    ("Defenseless villages", "defenseless villages"),  # a whole word only
    ("the\u00a0army", "army"),
    ("Athens police", "athens police"),
])
def test_normalise(text, want):
    assert resolve.normalise(text) == want
    assert resolve.normalise(text) == want  # remembered, the same answer
    long = text + " x" * 150  # normalised afresh, the same way
    assert resolve.normalise(long).startswith(want) and resolve.normalise(long).endswith(" x x")
