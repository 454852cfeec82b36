"""The fast part of benchmarks/adversarial.py: hostile shapes of text at 10 KB and 100 KB.

Time must grow with the length of the text, not faster: the time per KB at 100 KB may not be
more than a few times that at 10 KB (a quadratic pass makes it ten times, a cubic one a hundred).
Bounds are generous; the benchmark prints the figures."""
import importlib.util
from pathlib import Path

import pytest

from tollbook.extract import parse

_spec = importlib.util.spec_from_file_location("adversarial", Path(__file__).resolve().parents[1] / "benchmarks" / "adversarial.py")
adversarial = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(adversarial)

# shapes that once grew with the square or the cube of their length, and the size to try them
# at (the densest in figures, about 30 ms a KB, at 40 KB to keep the suite fast)
SHAPES = [("agent", 100_000), ("no_stops", 100_000), ("dates", 100_000), ("ones", 100_000), ("spaces", 100_000),
          # sentences naming casualties hundreds of times are not prose (claims.MAX_CUES): at
          # 100 KB they once took seconds, and a tenth of that at 10 KB
          ("killed_brackets", 100_000), ("counting", 100_000), ("huge_sentence", 100_000),
          ("repeated_clause", 100_000), ("numbers", 100_000),
          # ... and one just under that bound, read in full: every figure costs the same passes
          # (at 10 KB: past 1,000 casualty words a page that dense is refused, claims.DENSE_DOCUMENT_CUES)
          ("dense_sentences", 10_000),
          # a sentence of a thousand figures: scope and held side once read it whole for each
          ("ages", 100_000), ("cue_words", 100_000),
          # a new speaker for every toll: each once looked for among all heard before
          ("speakers", 100_000),
          # "the hostages" named again after every toll: each once read back through all of them
          ("hostages", 100_000)]
CAP = 30.0  # seconds: a case still running then has failed


@pytest.mark.parametrize("shape,size", SHAPES, ids=[s for s, _ in SHAPES])
def test_time_grows_linearly(shape, size):
    make = adversarial.SHAPES[shape][1]
    adversarial.time_one(make(1_000), CAP)  # patterns compiled outside the timing
    parse.available()  # ... and the parser's model loaded (~1 s, once a process: the first page needing it paid it)
    small = adversarial.time_one(make(size // 10), CAP)
    big = adversarial.time_one(make(size), CAP)
    assert small is not None and big is not None, f"{shape}: past {CAP} s"
    # per KB at the full size within 4x of per KB at a tenth of it (a floor of 20 ms absorbs timer noise)
    assert big <= 4 * 10 * max(small, 0.02), f"{shape}: {small:.3f} s at {size // 10} bytes, {big:.3f} s at {size}"


def test_a_giver_of_a_figure_is_read_in_linear_time():
    # a long word after "given by" with nothing to end the giver's words: each word is read one
    # way only (a pattern that could split it backtracked with the fifth power of its length)
    import time

    from tollbook.extract.named_claims import given_by

    text = "The figure of 300 dead given by " + "a" * 3000 + " zz (x"
    t = time.process_time()
    assert given_by(text, 14, 17) is None
    assert time.process_time() - t < 1.0


# Letters a caseless pattern matches as ASCII ones but lower() does not give back as them (the
# long s, the Turkish dotted and dotless i, the Kelvin sign), in the words the rules look up in
# their tables: the document is read as its ASCII spelling is, not failed (each row failed with
# a KeyError before)
FOLDED_LETTERS = [
    ("Gunmen ſhot dead 3 men in the market.", "Gunmen shot dead 3 men in the market."),
    ("On Frıday, 3 people were killed in shelling of Donetſk, the mayor said.",
     "On Friday, 3 people were killed in shelling of Donetsk, the mayor said."),
]


@pytest.mark.parametrize("text, ascii_text", FOLDED_LETTERS)
def test_letters_that_fold_to_ascii_do_not_fail_a_document(text, ascii_text):
    from tollbook.pipeline import process
    from tollbook.records import Source

    def read(t):
        p = process(Source("folded", t, None, "Example Wire", "2023-05-05"))
        assert hasattr(p, "claims"), p
        return [(c.value, c.low, c.metric, c.claimant.name, c.period) for c in p.claims]

    assert read(text) == read(ascii_text) != []


@pytest.mark.parametrize("text", ["Police said a trıple shooting left the block shaken.",
                                  "Dozenſ of people were killed in the raid, officials said."])
def test_letters_that_fold_to_ascii_leave_a_document_read(text):
    # (where a substring gate does not see the word, nothing is read of it: no claim, no failure)
    from tollbook.pipeline import process
    from tollbook.records import Source

    assert hasattr(process(Source("folded", text, None, "Example Wire")), "claims")
