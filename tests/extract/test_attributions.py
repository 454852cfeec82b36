"""Attribution relations: (sentence, [(cue, source, content)]) in our own words, including
sentences with no attribution and sources whose edges the rules must not guess."""
import json

import pytest
from click.testing import CliRunner

from tollbook.cli import main
from tollbook.extract.attributions import as_printed, find_attributions


def triples(text, printed=False):
    out = []
    for a in find_attributions(text):
        a = as_printed(text, a) if printed else a
        src = text[a.source.start:a.source.end] if a.source else None
        out.append((text[a.cue.start:a.cue.end], src, " ".join(text[s.start:s.end] for s in a.content)))
    return out


CASES = [
    ("The ministry said 12 soldiers were killed.", [("said", "The ministry", "12 soldiers were killed")]),
    # apposition belongs to the source
    ("Olena Kovalenko, a spokeswoman for the regional administration, said six people died.",
     [("said", "Olena Kovalenko, a spokeswoman for the regional administration", "six people died")]),
    # what the speaker was doing when they spoke is no part of the source; a description is
    ("Mayor Ivan Petrenko, speaking at a rally in the capital, said nine people died.",
     [("said", "Mayor Ivan Petrenko", "nine people died")]),
    ("Governor Ana Lis, at a later briefing, said nine people died.", [("said", "Governor Ana Lis", "nine people died")]),
    ("Ana Lis, the regional governor, said nine people died.", [("said", "Ana Lis, the regional governor", "nine people died")]),
    # initials and "Del." do not end a sentence
    ("Del. A.B. Morrow said nine people died.", [("said", "Del. A.B. Morrow", "nine people died")]),
    # a belief inside a statement is part of it; a report named as a thing is no cue
    ("The mayor says he believes 40 died.", [("says", "The mayor", "he believes 40 died")]),
    ("Officials scrutinized reports of a second blast.", []),
    # the two who speak, not the quantifier; the speaker without a glued auxiliary; "you" is the reader
    ("Both Ms. Ray and Mr. Ode say the count is low.", [("say", "Ms. Ray and Mr. Ode", "the count is low")]),
    ("Officials, I've suggested, undercount the dead.", [("suggested", "I", "Officials")]),
    ("As you say, the toll is higher.", []),
    # a year after the agent of a passive is no part of it
    ("The claim was rejected by the council in 2015.", [("rejected", "the council", "")]),
    # inverted: the content comes first
    ("Six people died in the strike, the governor said.", [("said", "the governor", "Six people died in the strike")]),
    ("“We lost four men,” said Colonel Petro Shevchenko.", [("said", "Colonel Petro Shevchenko", "We lost four men")]),
    # according to, before and after
    ("According to the city council, 300 people were killed.", [("According to", "the city council", "300 people were killed")]),
    ("At least 21 civilians died, according to regional officials.", [("according to", "regional officials", "At least 21 civilians died")]),
    # an adjunct after the cue is no content: the content is before it
    ("Nine were wounded, the mayor said in a statement.", [("said", "the mayor", "Nine were wounded")]),
    # "warns of" opens what is warned of; "said of" names a topic
    ("The president warns of terror as two were killed in clashes.",
     [("warns", "The president", "of terror as two were killed in clashes")]),
    # "with X suggesting that": X, whatever words describe it
    ("Reports grew, with independent news outlet SOTA suggesting that 22 soldiers had died.",
     [("suggesting", "independent news outlet SOTA", "22 soldiers had died")]),
    # the clause a cue interrupts goes on after it
    ("The toll rose to 18, the minister told reporters, with 60 others injured.",
     [("told", "the minister", "The toll rose to 18 with 60 others injured")]),
    # "at least" opens what is said, not an adjunct
    ("Officials said at least 25 people were killed.", [("said", "Officials", "at least 25 people were killed")]),
    # "puts … at N" states an estimate; "put on" states nothing
    ("Kyiv puts the enemy's deaths at almost 20,000.", [("puts", "Kyiv", "the enemy's deaths at almost 20,000")]),
    ("The army put its reserves on alert.", []),
    # a passive names its source after "by"
    ("The figure was first reported by the Kyiv Independent.", [("reported", "the Kyiv Independent", "")]),
    # a relay and a claimant: each its own attribution, the inner content smaller
    ("According to Reuters, the defence ministry acknowledged that 498 soldiers had died.",
     [("According to", "Reuters", "the defence ministry acknowledged that 498 soldiers had died"),
      ("acknowledged", "the defence ministry", "498 soldiers had died")]),
    # a modal "will say" has said nothing yet; a progressive without a subject of its own is none
    ("The president will say that the war is over.", []),
    ("Residents telling their stories gathered outside.", []),
    ("I shouldn't say anything about the vote yet.", []),
    # "residents who say": a kind of people, no speaker; but ", who said" after a name speaks
    ("Residents who say the water is unsafe have stopped drinking it.", []),
    ("The mayor met Olena Bilyk, who said the water was unsafe.", [("said", "who", "the water was unsafe")]),
    # no cue at all: the outlet's own voice
    ("Twelve people were killed in the attack on Tuesday.", []),
    # "with the UN estimating that": a gerund after "with" attributes
    ("The war goes on, with the UN estimating that 7,000 soldiers have died.",
     [("estimating", "the UN", "7,000 soldiers have died")]),
    # two parties joined by "and" at the start of the sentence both speak
    ("The port authority and the coast guard said two crew members were missing.",
     [("said", "The port authority and the coast guard", "two crew members were missing")]),
    # but a clause before "and" is not part of the source
    ("The shelling stopped and the governor said nine people had died.",
     [("said", "the governor", "nine people had died")]),
    # descriptions in a row after an inverted cue, up to the end of the sentence
    ("“The figures are too low,” said Ivan Petrenko, co-chair of the monitoring group, a volunteer network.",
     [("said", "Ivan Petrenko, co-chair of the monitoring group, a volunteer network", "The figures are too low")]),
    # a description opening with a possessive name; a place after "of"; an adjunct after the descriptions
    ("“The line held,” said Marta Lind, the agency's chief of operations in the north.",
     [("said", "Marta Lind, the agency's chief of operations in the north", "The line held")]),
    ("“The line held,” said Marta Lind, Frontex's chief of operations.",
     [("said", "Marta Lind, Frontex's chief of operations", "The line held")]),
    ("“We stayed,” says Oleh Bilyk, 52, of Kharkiv, a retired teacher.",
     [("says", "Oleh Bilyk, 52, of Kharkiv, a retired teacher", "We stayed")]),
    ("“We stayed,” said Oleh Bilyk, a retired teacher, in an interview last week.",
     [("said", "Oleh Bilyk, a retired teacher", "We stayed")]),
    # "according to" reads over "and" inside its source
    ("According to surveys for the regional networks and the wire service, most voters backed the plan.",
     [("According to", "surveys for the regional networks and the wire service", "most voters backed the plan")]),
    ("The bridge was closed for a week, according to local press reports.",
     [("according to", "local press reports", "The bridge was closed for a week")]),
    # an age in a row of descriptions after an inverted cue
    ("“We will rebuild,” said Anna Moroz, 41, a teacher from the village.",
     [("said", "Anna Moroz, 41, a teacher from the village", "We will rebuild")]),
    # a first clause whose verb the rules cannot see gives no subject to a later "and said"
    ("Petrenko called both parties reckless and said the vote was lost.", []),
    # a doubled apostrophe opens a quotation too: the speaker quoted inside is no attribution of its own
    ("''When the army says, 'we are winning,' nobody listens,'' the mayor said.",
     [("said", "the mayor", "When the army says, 'we are winning,' nobody listens")]),
]

# the cue as a reader marks it: with the auxiliaries, negation and adverbs between its source and
# its verb (but not the words of an inverted cue's source, nor a time named between them)
AUXILIARY_CASES = [
    ("The ministry has also said that the bridge is closed.", [("has also said", "The ministry")]),
    ("The mayor did not say when the road would open.", [("did not say", "The mayor")]),
    ("Officials have repeatedly warned that the dam is weak.", [("have repeatedly warned", "Officials")]),
    ("“It is closed,” said the ministry.", [("said", "the ministry")]),
    ("The road is shut, the ministry has said.", [("has said", "the ministry")]),
    ("Nobody was hurt in the fire.", []),
]

# and the particle a phrasal cue takes, out of what is said; not a time after the verb, nor a
# particle the verb does not take
PARTICLE_CASES = [
    ("The union has warned against a strike in winter.", [("has warned against", "The union", "a strike in winter")]),
    ("The minister agreed with the mayor's plan.", [("agreed with", "The minister", "the mayor's plan")]),
    ("The governor said on Friday that the dam held.", [("said", "The governor", "the dam held")]),
]


@pytest.mark.parametrize("text,want", PARTICLE_CASES, ids=[c[0][:50] for c in PARTICLE_CASES])
def test_a_cue_takes_in_the_particle_its_verb_takes(text, want):
    assert triples(text, printed=True) == want


@pytest.mark.parametrize("text,want", AUXILIARY_CASES, ids=[c[0][:50] for c in AUXILIARY_CASES])
def test_a_cue_takes_in_the_auxiliaries_before_its_verb(text, want):
    assert [(c, s) for c, s, _ in triples(text, printed=True)] == want


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:50] for c in CASES])
def test_attributions(text, want):
    assert triples(text) == want


def test_attributions_command_prints_offsets_into_the_input(tmp_path):
    p = tmp_path / "a.txt"
    text = "Strike on a market\n\nAt least 21 civilians died, the governor said on Tuesday.\n"
    p.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(main, ["attributions", str(p), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    (rec,) = [json.loads(line) for line in r.output.splitlines()]
    assert text[rec["source"]["start"]:rec["source"]["end"]] == "the governor"
    assert text[rec["cue"]["start"]:rec["cue"]["end"]] == "said"
    assert rec["content"]["text"] == "At least 21 civilians died"


def test_the_parser_reads_a_subject_the_rules_cannot_bound():
    from tollbook.extract import parse

    if not parse.available():
        pytest.skip("spaCy's English model is not installed")
    # (a relative clause too long for the rules: a short one they read, "Voters who went to
    # the polls said")
    text = "Voters who went to the polls in six southern states on a rainy Tuesday said they backed the plan."
    assert triples(text) == []  # the rules cannot see where such a subject starts
    (a,) = find_attributions(text, parser=True)
    assert (text[a.cue.start:a.cue.end], text[a.source.start:a.source.end]) == (
        "said", "Voters who went to the polls in six southern states on a rainy Tuesday")
    assert text[a.content[0].start:a.content[0].end] == "they backed the plan"


def test_a_speaker_quoting_someone_is_one_attribution():
    text = "“He told me, ‘we lost 40 men,’ and I believed him,” the soldier said."
    assert [(cue, src) for cue, src, _ in triples(text)] == [("said", "the soldier")]


PARSER_CASES = [
    # a relative clause that says something itself is not part of the speaker
    ("The survey of the three valley towns, which was paid for by the council, suggested that most voters stayed home.",
     "suggested", "The survey of the three valley towns"),
    ("The mayor of the small lakeside town, who says the count was rigged, argued that the vote was unfair.",
     "argued", "The mayor of the small lakeside town"),
    # an age after a comma is part of the speaker, and where they are from after it
    ("Mara Tellen, 54, of the northern valley road near the river bridge, argued that the plan would fail.",
     "argued", "Mara Tellen, 54, of the northern valley road near the river bridge"),
    ("Mara Tellen, 54, a retired nurse from the northern valley road near the bridge, argued that the plan would fail.",
     "argued", "Mara Tellen, 54, a retired nurse from the northern valley road near the bridge"),
    # an ordinary relative clause stays in the source
    ("Farmers who lost their crops to the early frost argued that the aid came too late.",
     "argued", "Farmers who lost their crops to the early frost"),
    # a dateline before the subject is no part of the speaker
    ("WASHINGTON — Voters who went to the polls in six southern states argued that the plan had failed.",
     "argued", "Voters who went to the polls in six southern states"),
    ("ODESA, Ukraine - Voters who went to the polls in six southern states argued that the plan had failed.",
     "argued", "Voters who went to the polls in six southern states"),
    # "seem" is no cue; an inner verb of what is said is none either
    ("Voters from the three valley towns with the newest roads seemed tired of the campaign.", "seemed", None),
]


@pytest.mark.parametrize("text,cue,source", PARSER_CASES, ids=[c[0][:50] for c in PARSER_CASES])
def test_parser_sources(text, cue, source):
    from tollbook.extract import parse

    if not parse.available():
        pytest.skip("spaCy's English model is not installed")
    got = {text[a.cue.start:a.cue.end]: (text[a.source.start:a.source.end] if a.source else None)
           for a in find_attributions(text, parser=True)}
    assert got.get(cue) == source


def test_the_parser_leaves_a_pronoun_borrowed_by_a_coordinated_verb():
    from tollbook.extract import parse

    if not parse.available():
        pytest.skip("spaCy's English model is not installed")
    text = "Across the three valley towns that week he toured the farms and hoped for rain."
    assert [text[a.cue.start:a.cue.end] for a in find_attributions(text, parser=True)] == []


def test_the_parser_leaves_a_restrictive_who():
    from tollbook.extract import parse

    if not parse.available():
        pytest.skip("spaCy's English model is not installed")
    text = "Farmers in the three valley towns who argue that the dam failed have stopped planting."
    assert [text[a.cue.start:a.cue.end] for a in find_attributions(text, parser=True)] == []


def _seed_texts():
    from paths import FIXTURES

    return [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seeds").glob("*.txt"))] + [
        # a quotation over several sentences, closed in the one that names its speaker
        "Shelling went on. “We lost four men. Two more died later. The rest were wounded” in the shelling, the colonel said.",
        # nothing before the cue: the sentence before is what is said
        "Twelve soldiers were killed. That is what the governor said.",
        # cue words at a sentence's very end and start, glued to punctuation
        "Nobody else said.Said the mayor: nine were hurt; according to police, two died",
        "Unsaid, re-said and SAID'S aside, Told: they TOLD us. ADDED-value; he added",
    ]


def test_a_sentence_holds_a_cue_as_the_document_scan_finds():
    from bisect import bisect_left

    from tollbook.extract.attributions import _cue_words, holds_cue
    from tollbook.lexicon import lowers_alike
    from tollbook.extract.sentences import split_sentences

    for text in _seed_texts():
        hits = [m.start() for m in _cue_words(False).finditer(text)]
        for s in split_sentences(text):
            k = bisect_left(hits, s.start)
            want = k < len(hits) and hits[k] < s.end
            assert holds_cue(text, s) == want, s.text
            if lowers_alike(text):  # searched lower-cased, the same
                assert holds_cue(text, s, text.lower()) == want, s.text


def _seed_attributions():
    """(sentences, index of the cue's sentence, attribution) over the seed texts, by the rules
    alone and with the parser."""
    from bisect import bisect_right

    from tollbook.extract.sentences import split_sentences

    for text in _seed_texts():
        sentences = split_sentences(text)
        starts = [s.start for s in sentences]
        for parser in (False, True):
            for a in find_attributions(text, sentences, parser=parser):
                yield sentences, bisect_right(starts, a.cue.start) - 1, a


def test_what_is_said_lies_no_further_back_than_may_hold_before():
    # claim extraction reads a sentence's attributions from its own and the few after it that
    # may reach back to it, told from their first characters alone
    from bisect import bisect_right

    from tollbook.extract.attributions import MAX_REACH_BACK, may_hold_before

    reached = 0
    for sentences, j, a in _seed_attributions():
        starts = [s.start for s in sentences]
        for span in a.content:
            k = bisect_right(starts, span.start) - 1
            assert k <= j <= k + MAX_REACH_BACK
            assert k == j or may_hold_before(sentences, j, k), (sentences[k].text, sentences[j].text)
            reached = max(reached, j - k)
    assert reached >= 2  # the quotation above is followed back


# (sentences, the cue's sentence j, the sentences k before it its content may hold): one
# sentence back always (", she said."); further only back to where a quotation closed in j opened
_REACH = [
    (["Two died.", "He said.", "Three died."], 1, {0}),
    (["“We lost two men.", "It was hard.", "Nobody came,” he said."], 2, {0, 1}),
    (["“We lost two men.", "“It was hard.", "Nobody came,” he said."], 2, {1}),
    (["We lost two men.", "It was hard.", "Nobody came,” he said."], 2, {1}),  # no quotation opened
    (["“We lost two men.", "It was hard.", "Nobody came, he said."], 2, {1}),  # none closed in j
    (["“We lost two men.", "It was hard.", "“Nobody came,” he said."], 2, {1}),  # j opens its own
    (["“A.", "B.", "C.", "D.", "E.", "F.", "G,” he said."], 6, {0, 1, 2, 3, 4, 5}),
    (["“A.", "B.", "C.", "D.", "E.", "F.", "G.", "H,” he said."], 7, {6}),  # opened too far back
]


@pytest.mark.parametrize("texts,j,expected", _REACH)
def test_may_hold_before(texts, j, expected):
    from tollbook.extract.attributions import may_hold_before
    from tollbook.records import Sentence

    sentences, pos = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(t, pos, pos + len(t), i, 0))
        pos += len(t) + 1
    assert {k for k in range(j) if may_hold_before(sentences, j, k)} == expected


def test_what_a_later_cue_reaches_back_to_it_holds_whole():
    # claims read a later sentence's attributions only where the figure's own give none with
    # content shorter than its sentence (claimants._Sources._innermost): one cued later that
    # reaches back holds each earlier sentence whole, so it is never the innermost before those
    reached = 0
    for sentences, j, a in _seed_attributions():
        for s in sentences[:j]:
            if any(sp.start < s.end and s.start < sp.end for sp in a.content):
                assert any(sp.start <= s.start and s.end <= sp.end for sp in a.content), (s.text, a)
                reached += 1
    assert reached >= 2


def test_claims_read_attributions_lazily_as_the_whole_document_gives_them():
    # extraction reads a sentence's attributions on first need, in whatever order figures ask:
    # the same ones, in the same order, as reading the whole document first
    import random
    from bisect import bisect_right

    from tollbook.extract.claimants import _Sources
    from tollbook.extract.sentences import split_sentences

    for text in _seed_texts():
        sentences = split_sentences(text)
        starts = [s.start for s in sentences]
        every = find_attributions(text, sentences)
        order = list(range(len(sentences)))
        random.Random(7).shuffle(order)
        lazy = _Sources(text, sentences)
        for k in order:
            covering = [a for a in every if a.source is not None and a.content
                        and bisect_right(starts, a.content[0].start) - 1 <= k <= bisect_right(starts, a.content[-1].end - 1) - 1]
            cued = [a for a in every if a.source is not None and bisect_right(starts, a.cue.start) - 1 == k]
            assert lazy._sentence(k) == covering
            assert lazy.cued(k) == cued


# (text, whether each of its sentences holds a word a cue can start with)
CUE_WORD_CASES = [
    ("Said the mayor: five died.", [True]),  # at the very start of the text
    ("Five died. Police said so.", [False, True]),
    ("The unsaid toll. It’s 'said' often.", [False, False]),  # inside a word; after an apostrophe
    ("Unsaid and said-so. Ukraine’s claims were denied.", [False, True]),  # a hyphen after it; "claims"
    ("Nothing here. ACCORDING TO POLICE, two died.", [False, True]),  # any case
]


@pytest.mark.parametrize("text,expected", CUE_WORD_CASES)
def test_a_sentence_holds_a_cue_word_lower_cased_or_not(text, expected):
    from tollbook.extract.attributions import holds_cue
    from tollbook.extract.sentences import split_sentences

    sentences = split_sentences(text)
    assert [holds_cue(text, s) for s in sentences] == expected
    assert [holds_cue(text, s, text.lower()) for s in sentences] == expected


_FILLER = "and the road was closed for the night " * 20  # 760 characters, no marks


# (text before a cue, whether the cue stands inside a quotation opened before it)
QUOTED = [
    ("“We lost forty men, ", True),
    ("“We lost forty men,” ", False),
    ('"We lost forty men, ', True),
    ('"We lost forty men," ', False),
    ("The men ''were lost, ", True),
    # marks mixed up close a quotation: a straight mark opens, a curly one closes; or an
    # opening mark stands where the closing one belongs (after the words, a space after it)
    ('"We lost forty men,” ', False),
    ("“We lost forty men,“ ", False),
    ("“We lost forty men, “the best of us, ", True),
    # a quotation opened in an earlier paragraph is closed by the paragraph's end
    ("“We lost forty men.\nThe mayor ", False),
    # a quotation opened further back than the reach is page junk, on one line or not
    ("“We lost forty men, " + _FILLER, False),
    ("Intro.\n“We lost forty men, " + _FILLER, False),
    (_FILLER + "\n“We lost forty men, ", True),
    (_FILLER * 40 + "“We lost forty men, ", True),
]


@pytest.mark.parametrize("before,quoted", QUOTED, ids=[f"{q[0][:24]}-{len(q[0])}" for q in QUOTED])
def test_a_cue_is_quoted_inside_a_quotation_opened_in_its_paragraph_and_reach(before, quoted):
    from tollbook.extract.attributions import _quoted

    text = before + "he said."
    assert _quoted(text, len(before)) is quoted


def test_a_cue_is_looked_up_in_quotation_no_further_back_than_the_reach():
    # a page of one line was searched back to its start for its paragraph's start, for every
    # cue: a page of ten thousand cues read back whole ten thousand times
    from tollbook.extract.attributions import _QUOTE_REACH, _quoted

    class Watched(str):
        read: list[int] = []

        def rfind(self, sub, start=0, end=None):
            end = len(self) if end is None else end
            Watched.read.append(end - start)
            return super().rfind(sub, start, end)

    before = "“We lost forty men, " + _FILLER * 1000
    text = Watched(before + "he said.")
    assert _quoted(text, len(before)) is False
    assert Watched.read and max(Watched.read) <= _QUOTE_REACH


# (sentence, whether it holds a form of the parser's reporting verbs): each form a whole run of
# the letters a-z once lower-cased; the parser reads no sentence without one
CUE_FORMS = [
    ("The regional governor said two soldiers died.", True),
    ("SAID the governor", True),
    ("Two soldiers died near the river.", False),
    ("It was left unsaid.", False),  # inside a longer run of letters
    ("the said2 report", True),  # a digit ends the run
    ("re-said, twice", True),
    ("Saïd Ali died.", False),  # a letter outside a-z splits the word: "sa", "d"
    ("", False),
]


@pytest.mark.parametrize("sentence,expected", CUE_FORMS)
def test_a_sentence_holds_a_reporting_verb_form(sentence, expected):
    from tollbook.extract.attributions import has_cue_form

    assert has_cue_form(sentence) is expected


# what tollbook attributions prints besides: the cues whose speaker no one names, with no source
UNSOURCED = [
    ("Asked about the flood, the mayor said the dam held.",
     [("Asked about", None, "the flood"), ("said", "the mayor", "the dam held")]),
    ("The mayor has been asked to name the engineers.", [("has been asked", None, "to name the engineers")]),
    ("The vote is widely expected to pass on Friday.", [("is widely expected", None, "to pass on Friday")]),
    # a question whose asker is named is the asker's; "if asked" asks nothing yet; an expected toll is no cue
    ("He asked whether the dam held.", [("asked", "He", "whether the dam held")]),
    ("The mayor will help if asked.", []),
    ("The expected toll was lower.", []),
]


@pytest.mark.parametrize("text,want", UNSOURCED, ids=[c[0][:50] for c in UNSOURCED])
def test_cues_whose_speaker_no_one_names_are_printed_without_a_source(text, want):
    got = []
    for a in find_attributions(text, unsourced=True):
        a = as_printed(text, a)
        got.append((text[a.cue.start:a.cue.end], text[a.source.start:a.source.end] if a.source else None,
                    " ".join(text[s.start:s.end] for s in a.content)))
    assert got == want
    # the claims never read them: without the flag, none is found
    assert all(a.source is not None for a in find_attributions(text))


def test_a_request_is_no_question_put():
    assert find_attributions("The mayor was asked for the plans.", unsourced=True) == []
