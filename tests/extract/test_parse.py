"""The parser's pass: sentences whose words or tags leave no reporting verb to read are not parsed."""
import pytest

from tollbook.extract import parse
from tollbook.records import Span

pytestmark = pytest.mark.skipif(not parse.available(), reason="spaCy's model is not installed")


class _Counting:
    """The loaded pipeline, counting which of its components run."""

    def __init__(self, nlp):
        self.nlp, self.ran = nlp, []

    def make_doc(self, text):
        return self.nlp.make_doc(text)

    def get_pipe(self, name):
        return self.nlp.get_pipe(name)

    @property
    def pipeline(self):
        def counted(name, component):
            def run(doc):
                self.ran.append(name)
                return component(doc)
            return run
        return [(name, counted(name, c)) for name, c in self.nlp.pipeline]


# (sentence, the words the rules already read as cues, (cue, source) found, whether the parser ran)
CASES = [
    ("The regional governor said two soldiers died.", [], [("said", "The regional governor")], True),
    # the only reporting verb is a cue the rules read: nothing is tagged or parsed
    ("The regional governor said two soldiers died.", ["said"], [], False),
    # no reporting verb among the words at all
    ("Two soldiers died near the river.", [], [], False),
    # "blast" is a reporting verb's form, tagged a noun here: tagged, not parsed
    ("Initial reports of the blast were wrong on Monday.", [], [], False),
    # a subject the rules cannot see the edge of
    ("Large majorities of voters in six states said they backed him.", [],
     [("said", "Large majorities of voters in six states")], True),
]


@pytest.mark.parametrize("sentence,read,expected,parsed", CASES)
def test_the_parser_runs_only_where_its_parse_is_read(monkeypatch, sentence, read, expected, parsed):
    counting = _Counting(parse._nlp())
    monkeypatch.setattr(parse, "_nlp", lambda: counting)
    skip = [Span(sentence.index(w), sentence.index(w) + len(w)) for w in read]
    found = parse.parsed_attributions(sentence, skip)
    assert [(sentence[c.start:c.end], sentence[s.start:s.end]) for c, s, _ in found] == expected
    assert ("parser" in counting.ran) is parsed


# (sentence, (cue, source) the parser reads): verbs of calling, thinking, showing, talking,
# pledging, naming and seeking introduce what their subject holds or says; a modal or a passive
# without its agent names no one who spoke
PARSED = [
    ("The senator called the plan a disgrace to the state.", [("called", "The senator")]),
    ("Her campaign manager thinks the race will tighten.", [("thinks", "Her campaign manager")]),
    ("A new survey of likely voters shows the governor well ahead.", [("shows", "A new survey of likely voters")]),
    ("The mayor talked about the budget for an hour.", [("talked", "The mayor")]),
    ("The union pledged to back the challenger in the fall.", [("pledged", "The union")]),
    ("The committee named the treasurer as its next chair.", [("named", "The committee")]),
    ("The challenger sought to tie the mayor to the scandal.", [("sought", "The challenger")]),
    ("Officials will call the meeting to order at noon.", []),
    ("The bridge was named after a local teacher.", []),
    # "found" with a clause after it says what was found; with an object alone it says nothing
    ("A survey of county clerks found that most ballots arrived late.", [("found", "A survey of county clerks")]),
    ("Rescuers found the missing hikers near the ridge.", []),
    ("The auditors learned that the ledger had been altered.", [("learned", "The auditors")]),
    ("The auditors learned the trade in a small firm.", []),
    # a headline's "X revealed:" is passive (X is what was revealed), as in the rules
    ("Full horror of the mine flood revealed: Death toll hits 9, including two boys", []),
]


@pytest.mark.parametrize("sentence,expected", PARSED)
def test_the_parser_reads_the_subject_of_a_reporting_verb(sentence, expected):
    found = parse.parsed_attributions(sentence, [])
    assert [(sentence[c.start:c.end], sentence[s.start:s.end]) for c, s, _ in found] == expected
