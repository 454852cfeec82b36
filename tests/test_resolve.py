"""resolve: the fast scan for the parties a document names finds what the one pattern finds."""
import json

import pytest

from tollbook.records import Claimant
from tollbook.resolve import mention_regex, mention_spans, role_kind

# (text, the words found, in order)
MENTIONS = [
    ("The Russian Defense Ministry said; the UN and AFP agreed.", ["The Russian Defense Ministry", "UN", "AFP"]),
    # at the very start, a short one right after a name, and upper case only for the short ones
    ("Reuters AFP reported, un and afp did not", ["Reuters", "AFP"]),
    # not inside a word; curly apostrophes; "the" kept with the name
    ("Preuters said the Ukraine’s armed forces, not U.N. staff", ["the Ukraine’s armed forces", "U.N"]),
    # the name first when a short one would start at the same place, none overlapping
    ("UNICEF staff and UN High Commissioner for Human Rights", ["UNICEF", "UN High Commissioner for Human Rights"]),
    # letters whose lower case is not what case-insensitivity matches: the plain pattern reads the text
    ("İstanbul: the Pentagon and NATO said", ["the Pentagon", "NATO"]),
    ("", []),
]


@pytest.mark.parametrize("text,words", MENTIONS)
def test_mentions_are_found_as_the_pattern_finds_them(text, words):
    spans = list(mention_spans(text))
    assert spans == [m.span() for m in mention_regex().finditer(text)]
    assert [text[a:b] for a, b in spans] == words


# (claimant words, the document's country, (name, affiliation, kind), whether the country is asked)
CLAIMANTS_IN_CONTEXT = [
    ("the Defence Ministry", "Russia", ("Russian Ministry of Defence", "Russia", "military"), True),
    ("the Defence Ministry", "Ukraine", ("Ukrainian Ministry of Defence", "Ukraine", "military"), True),
    ("the General Staff", "Ukraine", ("General Staff of the Armed Forces of Ukraine", "Ukraine", "military"), True),
    ("the General Staff", "Russia", ("General Staff", "Russia", "military"), True),
    ("the army", None, ("Army", None, "military"), True),
    # words that name their country, a known party, or no body of a state: the document is not asked
    ("the Russian Defence Ministry", "Ukraine", ("Russian Ministry of Defence", "Russia", "military"), False),
    ("Defence Ministry spokesman Igor Konashenkov", "Ukraine", ("Russian Ministry of Defence", "Russia", "military"), False),
    ("police", "Ukraine", ("Police", None, "official"), False),
    ("a local official", "Ukraine", ("Local official (unnamed)", None, "official"), False),
    # the officials of the war's early years, by name as either alphabet's spelling gives it
    ("President Petro Poroshenko", None, ("Ukrainian government", "Ukraine", "government"), False),
    ("Kharkiv governor Oleg Sinegubov", None, ("Ukrainian regional military administration", "Ukraine", "government"), False),
    ("military spokesman Vladislav Seleznev", None, ("General Staff of the Armed Forces of Ukraine", "Ukraine", "military"), False),
    ("rebel leader Valery Bolotov", None, ("Luhansk People's Republic", "Russia", "government"), False),
    # ... but not by a surname alone, which others bear ("Yulia Poroshenko", "Roman Seleznev")
    ("Yulia Poroshenko", None, ("Yulia Poroshenko", None, "unknown"), False),
    ("Roman Seleznev", None, ("Roman Seleznev", None, "unknown"), False),
    # where a body sits is not whom it speaks for: read without it
    ("the Vienna-based Danube Policy Institute", None, ("Danube Policy Institute", None, "unknown"), False),
    ("a Tbilisi-based think tank", None, ("Think tank", None, "unknown"), False),
    ("the U.S.-based Institute for the Study of War", None,
     ("Institute for the Study of War", "Institute for the Study of War", "ngo"), False),
    # ... but a state's body is of the place it sits in, and an owner named before the place stays
    ("the Kyiv-based military command", None, ("Kyiv-based military command", "Ukraine", "military"), False),
    ("Moldova's Chisinau-based navy", None, ("Moldova's Chisinau-based navy", "Moldova", "military"), False),
    # an envoy is not of the country they are sent to (but of the one that sends them)
    ("the special envoy to Sudan", None, ("Special envoy to Sudan", None, "unknown"), False),
    ("the French ambassador to Sudan", None, ("French ambassador to Sudan", "France", "unknown"), False),
    # a group named for a country speaks for itself, not for that country's state; one only
    # described by it keeps its country
    ("the Georgian Observatory for Civil Liberties", None, ("Georgian Observatory for Civil Liberties", None, "ngo"), False),
    ("a Georgian rights monitor", None, ("Georgian rights monitor (unnamed)", "Georgia", "ngo"), False),
    ("the Moldovan American Medical Society", None, ("Moldovan American Medical Society", None, "unknown"), False),
    ("the Coalition to Free Moldovan Hostages", None, ("Coalition to Free Moldovan Hostages", None, "unknown"), False),
    ("the Moldovan Justice and Accountability Centre", None, ("Moldovan Justice and Accountability Centre", None, "unknown"), False),
    ("the Moldovan Foundation for Road Safety", None, ("Moldovan Foundation for Road Safety", None, "unknown"), False),
    ("the Moldovan University of Chisinau", None, ("Moldovan University of Chisinau", None, "unknown"), False),
    # the countries of the wars in Myanmar and the Congo, and their neighbours', by name and people
    ("the South African army", None, ("South African army", "South Africa", "military"), False),
    ("Myanmar's military", None, ("Myanmar's military", "Myanmar", "military"), False),
    ("a Rwandan officer", None, ("Rwandan officer", "Rwanda", "unknown"), False),
    # words the tables do not know name their own country only in their head, not in what an
    # "of" says about them ("survivors of a Russian strike" are no Russians); a place after "in"
    # still counts
    ("survivors of a Russian strike", None, ("Survivors of a Russian strike", None, "unknown"), False),
    ("witnesses of a Moldovan air strike", None, ("Witnesses of a Moldovan air strike", None, "unknown"), False),
    # ... not where the "of" names a person or a body, whose country it is
    ("relatives of a Moldovan pilot", None, ("Relatives of a Moldovan pilot", "Moldova", "unknown"), False),
    ("a member of the Moldovan parliament", None, ("Member of the Moldovan parliament", "Moldova", "unknown"), False),
    ("Moldovan relatives of the pilot", None, ("Moldovan relatives of the pilot", "Moldova", "unknown"), False),
    # two sides at war named together speak for neither; allies for the first; one named inside
    # the other's words keeps it
    ("Russian and Ukrainian officials", None, ("Russian and Ukrainian officials", None, "official"), False),
    ("officials in Kyiv and Moscow", None, ("Officials in Kyiv and Moscow", None, "official"), False),
    ("Ukrainian and Polish officials", None, ("Ukrainian and Polish officials", "Ukraine", "official"), False),
    ("a Ukrainian official in Russian-held Melitopol", None, ("Ukrainian official in Russian-held Melitopol (unnamed)", "Ukraine", "official"), False),
    # a role inside a body the tables know is of that body's side; not inside an outlet
    ("a source in the FSB", None, ("Source in the FSB (unnamed)", "Russia", "official"), False),
    ("the head of the SBU", None, ("Head of the SBU", "Ukraine", "unknown"), False),
    # a known person at the end of the words speaks for his body; not one the words before tell of
    ("an aide to Zelensky", None, ("Ukrainian government", "Ukraine", "government"), False),
    ("a reporter who once interviewed Kadyrov", None, ("Reporter who once interviewed Kadyrov", None, "unknown"), False),
    ("a longtime critic of Putin", None, ("Longtime critic of Putin", None, "unknown"), False),
    # an army known by its initials
    ("the IDF", None, ("Israel Defense Forces", "Israel", "military"), False),
    ("an IDF spokesperson", None, ("Israel Defense Forces", "Israel", "military"), False),
    # a country's people who speak against or apart from its state speak for no side; its state media for it
    ("independent Russian media", None, ("Independent Russian media", None, "media"), False),
    ("exiled Belarusian journalists", None, ("Exiled Belarusian journalists", None, "unknown"), False),
    ("the anti-Kremlin Russian media", None, ("Anti-Kremlin Russian media", None, "media"), False),
    ("Russian state media", None, ("Russian state media", "Russia", "media"), False),
    # a known body or outlet after words describing it is that body; not after a preposition or "former"
    ("the notorious Wagner group", None, ("Wagner Group", "Russia", "military"), False),
    ("The nationalist Azov regiment", None, ("Azov Regiment", "Ukraine", "military"), False),
    ("the state-run TASS", None, ("TASS", None, "media"), False),
    ("a defector from the FSB", None, ("Defector from the FSB", None, "unknown"), False),
    ("a former Wagner group", None, ("Former Wagner group (unnamed)", None, "ngo"), False),
    # ... nor after a verb's "-ing": the body is the verb's object
    ("relatives suing Sky News", None, ("Relatives suing Sky News", None, "unknown"), False),
    # ... but an outlet's own people named by their job before or after its name speak as the
    # outlet (not for the place their job is named for)
    ("a reporter at the BBC", None, ("BBC", None, "media"), False),
    ("a Reuters witness", None, ("Reuters", None, "media"), False),
    ("an AFP correspondent", None, ("AFP", None, "media"), False),
    ("a Kyiv correspondent for Sky News", None, ("Sky News", None, "media"), False),
    ("a photographer with Deutsche Welle", None, ("Deutsche Welle", None, "media"), False),
    ("a witness for the defence", None, ("Witness for the defence", None, "unknown"), False),
    # ... not one who left it
    ("a former correspondent for Sky News", None, ("Former correspondent for Sky News", None, "unknown"), False),
    # ... but a state's own centre or institute is the state's
    ("the Russian Reconciliation Centre", None, ("Russian Reconciliation Centre", "Russia", "unknown"), False),
    ("the Moldovan Institute of National Memory", None, ("Moldovan Institute of National Memory", "Moldova", "unknown"), False),
    # ... not a grouping of a state's forces, nor one its owner names
    ("Moldova's Prut Group", None, ("Moldova's Prut Group", "Moldova", "ngo"), False),
    ("the Special Representative To Moldova", None, ("Special Representative To Moldova", None, "unknown"), False),
    # a state's agency or watchdog is a state body; the UN's, the UN's
    ("Moldova's state relief agency", None, ("Moldova's state relief agency", "Moldova", "government"), False),
    ("the UN nuclear watchdog", None, ("UN nuclear watchdog", "United Nations", "international"), False),
    # watchdogs, charities and aid agencies are groups, not news agencies
    ("the watchdog", None, ("Watchdog", None, "ngo"), False),
    ("an aid agency", None, ("Aid agency (unnamed)", None, "ngo"), False),
    ("the UN refugee agency", None, ("United Nations", "United Nations", "international"), False),
]


@pytest.mark.parametrize("words,country,want,asked", CLAIMANTS_IN_CONTEXT, ids=[f"{c[0]}-{c[1]}" for c in CLAIMANTS_IN_CONTEXT])
def test_a_claimant_is_read_the_same_each_time_and_asks_the_document_only_for_a_body_of_no_country(words, country, want, asked):
    # what the words alone say is remembered; what the document's country decides is not
    from tollbook.resolve import resolve_claimant

    for _ in range(3):
        calls = []
        c = resolve_claimant(words, lambda: calls.append(1) or country)
        assert (c.name, c.affiliation, c.kind) == want
        assert bool(calls) is asked
        c = resolve_claimant(words, country)
        assert (c.name, c.affiliation, c.kind) == want


def test_a_claimant_read_before_the_users_aliases_is_read_again_with_them(tmp_path, monkeypatch):
    import json

    from tollbook import lexicon, resolve

    words = "the Freedonian Border Command"
    assert resolve.resolve_claimant(words).affiliation is None
    extra = tmp_path / "aliases.json"
    extra.write_text(json.dumps({"entities": [{"name": "Freedonian Border Command", "affiliation": "Freedonia",
                                               "kind": "military", "aliases": [words]}]}))
    monkeypatch.setenv("TOLLBOOK_ALIASES", str(extra))
    try:
        for f in (lexicon.user_aliases, resolve.claimant_tables):
            f.cache_clear()
        assert resolve.resolve_claimant(words).affiliation == "Freedonia"
    finally:
        monkeypatch.delenv("TOLLBOOK_ALIASES")
        for f in (lexicon.user_aliases, resolve.claimant_tables):
            f.cache_clear()
    assert resolve.resolve_claimant(words).affiliation is None


def test_what_is_read_with_the_tables_is_forgotten_with_them(tmp_path, monkeypatch):
    # party_of and the claimant stage's reading of a source phrase are remembered, and
    # forgotten when a user's aliases change the tables they were read with
    from tollbook import lexicon, resolve
    from tollbook.extract.claimants import _phrase

    organ = Claimant("the Frobnia Border Watch", "Frobnia Border Watch", None, "military")
    assert (resolve.party_of(organ), _phrase("the frobnicator")) == (None, None)
    extra = tmp_path / "aliases.json"
    extra.write_text(json.dumps({"parties": {"Frobnia": {"organs": ["frobnia border watch"]}},
                                 "entities": [{"name": "Frobnicator", "kind": "official", "aliases": ["frobnicator"]}]}))
    monkeypatch.setenv("TOLLBOOK_ALIASES", str(extra))
    try:
        for f in (lexicon.user_aliases, resolve.claimant_tables, resolve.party_tables):
            f.cache_clear()
        assert resolve.party_of(organ) == "Frobnia"
        assert _phrase("the frobnicator").parts == ("the frobnicator",)
    finally:
        monkeypatch.delenv("TOLLBOOK_ALIASES")
        for f in (lexicon.user_aliases, resolve.claimant_tables, resolve.party_tables):
            f.cache_clear()
    assert (resolve.party_of(organ), _phrase("the frobnicator")) == (None, None)


# a role written as news agencies abbreviate it ("Gov." before a name) is the role
@pytest.mark.parametrize("words,kind", [
    ("Kherson region Gov. Oleksandr Prokudin", "government"),
    ("Odesa Gov. Oleh Kiper", "government"),
    ("the regional governor", "government"),
])
def test_a_role_abbreviated_before_a_name(words, kind):
    from tollbook.resolve import role_kind

    assert role_kind(words) == kind


# "open source" work is no source inside a state: no official's kind, so no side from the place
@pytest.mark.parametrize("words,kind", [
    ("open source estimates", "unknown"),
    ("open-source analysts", "unknown"),
    ("sources in the ministry", "government"),
    ("military sources", "military"),
])
def test_open_source_is_no_official_source(words, kind):
    from tollbook.resolve import role_kind

    assert role_kind(words) == kind


def test_words_longer_than_any_name_give_no_name():
    # hostile text can make one "word" of any length; a phrase of ordinary words keeps its name
    from tollbook.resolve import NAME_CHARS, resolve_claimant

    assert resolve_claimant("Qx" + "q" * NAME_CHARS).name is None
    assert resolve_claimant("the harbour master").name == "Harbour master"


def test_roles_are_found_as_the_flat_list_of_roles_finds_them():
    """The roles' pattern (a trie) finds at each position the role the plain list of roles,
    longest first, finds there: every role alone, inside longer words, after another, run
    together and spaced out; role_kind reads the longest of them."""
    import re

    from tollbook.lexicon import data_json
    from tollbook.resolve import _roles, normalise, role_kind

    roles = data_json("claimants.json")["roles"]  # role -> kind
    names = list(roles)
    flat = re.compile(r"(?=\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b)")
    texts = names + [f"the regional {r} said" for r in names] + [f"{r}s and {r}-led" for r in names]
    texts += [" ".join(names[i:i + 3]) for i in range(0, len(names), 2)] + ["".join(names[:4]), "Aabson", "a local official",
                                                                          "Interior Minister Denys Monastyrskyi", ""]
    for t in texts:
        n = normalise(t)
        assert [m.group(1) for m in _roles().finditer(n)] == [m.group(1) for m in flat.finditer(n)], t
    assert role_kind("the regional police") == roles["police"]


# a body's own press office is the body's role, not media
@pytest.mark.parametrize("words, kind", [("the navy's media office", "military"), ("local media", "media")])
def test_a_press_office_is_its_body_s(words, kind):
    assert role_kind(words) == kind


# (claimant words, the person they name): a name after a role is a person; a body's or a place's
# name after "the", "of" or "in" is not, unless a title opens it; nor is a body's last word a surname
PERSONS = [
    ("police spokeswoman Ana Diaz", "Ana Diaz"),
    ("the office of Mayor Ana Diaz", "Mayor Ana Diaz"),
    ("the Springfield Fire Department", None),
    ("officials in Orange County", None),
    ("the press office of the self-proclaimed Freedonian Republic", None),
    ("the district Territorial Defense", None),
]


@pytest.mark.parametrize("words,person", PERSONS)
def test_a_person_is_named_after_a_role_not_a_body_after_of(words, person):
    from tollbook.resolve import resolve_claimant

    assert resolve_claimant(words).person == person
