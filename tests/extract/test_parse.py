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
