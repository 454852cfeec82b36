"""Lexicon helpers: the trie alternation matches what the flat list of phrases matches."""
import re
import subprocess
import sys

import pytest

from paths import FIXTURES
from tollbook.lexicon import Caseless, WordStarts, alternation, by_first_letter, data_json, holds_any, lowerable, lowers_alike, may_hold, needles, table_key


def _flat(words):
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(words), key=len, reverse=True))


CASES = [
    # prefixes of one another: at one position the longest first, then shorter on backtracking
    (["kill", "killed", "killing", "kills"], "he kills, killed, was killing; kill"),
    (["armed forces", "army", "forces", "air force"], "the armed  forces and the army; air\tforce forces"),
    # special characters are literal
    (["u.s.", "u.s", "a+b", "(c)"], "u.s. u.s a+b (c) uxs"),
    # phrases that differ only in case keep the flat list (whichever the flags make match)
    (["US", "us", "u"], "US us u"),
]


@pytest.mark.parametrize("words,text", CASES)
def test_trie_matches_like_the_flat_list(words, text):
    for flags in (0, re.I):
        for shape in (r"\b(?:{})\b", r"(?:{})", r"^(?:{})$"):
            trie, flat = re.compile(shape.format(alternation(words)), flags), re.compile(shape.format(_flat(words)), flags)
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_a_prefix_then_backtracking_finds_the_shorter_phrase():
    # "killing" fails before "s", so "kill" must still be found
    assert re.match(rf"(?:{alternation(['kill', 'killing'])})ings", "killings")
    assert re.match(rf"(?:{alternation(['kill', 'killing'])})\b", "kill it").group() == "kill"


def test_every_shipped_word_list_matches_like_the_flat_list():
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seeds").glob("*.txt")))
    lists = []
    for name in ("victims.json", "cues.json", "implied.json", "numbers.json"):
        def walk(x):
            if isinstance(x, dict):
                if x and all(isinstance(k, str) for k in x) and len(x) > 2:
                    lists.append(list(x))
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                if len(x) > 2 and all(isinstance(w, str) for w in x):
                    lists.append(x)
                for v in x:
                    walk(v)
        walk(data_json(name))
    assert len(lists) > 20
    for words in lists:
        words = [w for w in words if w]
        # plus the same words as the text itself, so each has something to match
        sample = text + " " + " ".join(words) + " " + " ".join(w.upper() for w in words)
        trie = re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w])", re.I)
        flat = re.compile(rf"(?<![\w-])(?:{_flat(words)})(?![\w])", re.I)
        assert [m.span() for m in trie.finditer(sample)] == [m.span() for m in flat.finditer(sample)], words[:5]



# (alternation, text): alternatives sharing a first letter, in any order, with groups, classes
# and escapes inside them
FIRST_LETTER = [
    (r"kill|dead|die[ds]?\b|death|kia\b", "killed, dead, died, dies, death, kia, kiat"),
    # the first listed wins at a position, however the letters are grouped
    (r"shot|shoot(?:ing|s)|sho|s[h|]oo", "shoot shooting shots sho s|oo"),
    (r"no (?:tanks|jets)|n[o|]|x\||y[)(]|z\(?:", "no tanks, n|, x|, y), y(, z(:"),
]


@pytest.mark.parametrize("pattern,text", FIRST_LETTER)
def test_grouped_by_first_letter_matches_like_the_flat_alternation(pattern, text):
    grouped, flat = re.compile(by_first_letter(pattern)), re.compile(pattern)
    assert grouped.pattern != flat.pattern
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_a_word_boundary_after_the_first_letter_matches_like_one_before_it():
    text = "killed, overkill, dead; undead kill-dead k dead"
    grouped = re.compile(by_first_letter("kill|dead|k", after_first=r"(?<!\w.)"))
    flat = re.compile(r"\b(?:kill|dead|k)")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


@pytest.mark.parametrize("pattern", [r"kill|\bdead", r"kill|(?:dead)", r"kill|d?ead", r"kill|Dead"])
def test_grouping_by_first_letter_refuses_what_it_cannot_group(pattern):
    with pytest.raises(ValueError):
        by_first_letter(pattern)



@pytest.mark.parametrize("pattern,expected", [
    (r"^(see also|related)\b[:\s-]", True),
    (r"all rights reserved\.?\s*$", True),
    (r"^\d{1,2}:\d{2}\s+[A-Z]", False),  # an upper-case class
    (r"\x41", False),  # a letter by its code
    (r"(?-i:abc)", False),  # a flag
    (r"\\S", False),  # a backslash, then an upper-case S
    (r"\S+", True),
    (r"ſo far", False),  # "ſ" matches "s" case-insensitively
    ("\u212aill", False),  # the Kelvin sign matches "k"
    (r"“quoted”|—", True),  # marks without case
    (r"прес", False),  # letters beyond ASCII: "σ" matches "ς" case-insensitively, not lower-cased
])
def test_which_patterns_are_tested_lower_cased(pattern, expected):
    assert lowerable(pattern) is expected


@pytest.mark.parametrize("pattern,texts", [
    (r"(?<![\w-])(?:since the war|so far)(?![\w-])", ["Since the War began", "SO FAR", "so-far", "ſo far", "Since the war"]),
    (r"^\d{1,2}:\d{2}\s+[A-Z]", ["2:14 Ferry", "2:14 ferry", "2:14 FERRY"]),
])
def test_caseless_finds_what_the_case_insensitive_regex_finds(pattern, texts):
    c = Caseless(pattern)
    for t in texts:
        assert c.found(t) == (re.search(pattern, t, re.I) is not None), t


def test_the_command_starts_without_the_database_and_http_layers():
    code = "import sys, tollbook.cli; print(sorted(m for m in ('sqlalchemy', 'httpx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("text,alike", [
    ("Plain text", True),
    ("“Curly” quotes — dashes, Kyïv, Ελλάδα, Київ", True),
    ("İstanbul", False),  # lower-cased to one more character
    ("Bakı", False),  # "ı" is matched as "i" case-insensitively
    ("ſtreet", False),
    ("“Curly” quotes, Київ, then a long s at the end: ſ", False),  # among other letters beyond ASCII
])
def test_which_texts_lower_alike(text, alike):
    assert lowers_alike(text) is alike
    c = Caseless(r"\b(?:istanbul|baki|street|kyiv|curly)\b")
    assert c.found(text) == (re.search(c.rx.pattern, text, re.I) is not None)


@pytest.mark.parametrize("pattern,rewritten", [
    (r"\b(we use cookies|privacy policy|terms of (use|service))\b", True),
    (r"\b(?:so far|to date)", True),
    (r"\b(?:(?:so\s+far|t(?:o\s+date|erms)))\s", True),  # one group inside: an alternation's trie
    (r"\b(?:a|b)+x", False),  # a repeated group: the boundary is read once, not per repetition
    (r"\b(?:a|\dx)", False),  # an alternative that opens with no letter
    (r"\b(?P<n>a|b)", False),
    (r"\bfoo", False),
])
def test_a_leading_boundary_moves_after_the_first_letter(pattern, rewritten):
    from tollbook.lexicon import _boundary_after_first

    assert (_boundary_after_first(pattern) != pattern) is rewritten
    c = Caseless(pattern)
    for text in ("We use cookies here", "awe use cookies", "the Terms of Service", "so far, to date", "aaab x",
                 "sofar", "a\u0131 to date"):
        assert c.found(text) == (re.search(pattern, text, re.I) is not None), text


@pytest.mark.parametrize("phrases,words", [
    (["number", "toll", "death toll"], ("number", "toll")),  # a phrase's word that is a phrase of its own
    (["the same", "these"], ("same", "these")),  # else its longest word
    (["Covid-19", "flu"], ("covid-19", "flu")),
])
def test_the_words_a_list_of_phrases_is_looked_for_by(phrases, words):
    assert needles(phrases) == words


def test_an_empty_phrase_has_no_word_to_look_for():
    with pytest.raises(ValueError):
        needles(["toll", " "])


@pytest.mark.parametrize("text", [
    "the DEATH\nTOLL rose", "Death  Toll: 12", "the tally was 4", "no figure here", "the number", "nothing at all",
    # lower case is not what case-insensitivity matches: always looked at
    "the to\u0131l", "the tall\u0131", "ſame total", "\u0130stanbul toll",
])
def test_a_text_without_the_words_cannot_match_the_phrases(text):
    phrases = ["number", "figure", "toll", "tally", "count", "total", "death toll"]
    rx = re.compile(rf"\b(?:{alternation(phrases)})\b", re.I)
    if rx.search(text):
        assert may_hold(text, needles(phrases))
    assert may_hold(text, needles(phrases)) == (not lowers_alike(text) or any(w in text.lower() for w in needles(phrases)))


@pytest.mark.parametrize("text, words, held", [
    ("they tried to kill him", ("kill", "stab"), True),
    ("they tried to stab him", ("kill", "stab"), True),
    ("a skill", ("kill",), True),  # (a substring test: inside a word too)
    ("nobody was hurt", ("kill", "stab"), False),
    ("", ("kill",), False),
    ("anything", (), False),
    ("", ("",), True),
])
def test_holds_any_is_a_substring_test_of_each_word(text, words, held):
    assert holds_any(text, words) is held
    assert holds_any(text, words) == any(w in text for w in words)


# (pattern, before, flags, texts): WordStarts finds what the pattern behind its look-behind finds
WORD_START_CASES = [
    # at the start, after spaces, after marks; never inside a word
    (r"(?:ap|un|the\s+un)\b", r"\w", 0, ["un ap", "the un", "xun un", "un", "", "ap-un.un", "theun the  un"]),
    # one match right after another ("u.n." ends on a mark, "ap" starts after it), and overlaps refused
    (r"(?:u\.n\.|ap|n\.ap)", r"\w", 0, ["u.n.ap", "u.n.n.ap", "(u.n.) ap"]),
    # case-insensitive, groups named
    (r"(?P<cue>said|says)\s+(?P<who>\w+)", r"\w", re.I, ["He SAID Smith; says Jones", "unsaid x", "Says Lee"]),
    # a wider class before: no match after an apostrophe either
    (r"said(?![\w'’-])", r"\w'’", 0, ["'said", "’said it", " said", "said", "x-said"]),
]


@pytest.mark.parametrize("pattern,before,flags,texts", WORD_START_CASES)
def test_word_starts_match_like_the_look_behind(pattern, before, flags, texts):
    w = WordStarts(pattern, flags, before)
    plain = re.compile(f"(?<![{before}])(?:{pattern})", flags)
    for t in texts:
        assert [m.span("word") for m in w.finditer(t)] == [m.span() for m in plain.finditer(t)], t
        assert [m.groupdict() for m in w.finditer(t)] == [{"word": m.group(0), **m.groupdict()} for m in plain.finditer(t)], t
        for pos in range(len(t) + 1):
            for endpos in (pos, len(t)):
                got, want = w.search(t, pos, endpos), plain.search(t, pos, endpos)
                assert (got and got.span("word")) == (want and want.span()), (t, pos, endpos)


def test_an_alternation_has_one_text_whatever_the_order_of_its_phrases():
    """A set of phrases comes out in another order in every process (the hash seed): the
    pattern's text must not, or a pattern compiled by one process is a stranger to the next."""
    phrases = ["dead", "died", "kill", "killed", "shot dead", "Shot", "hurt", "lost", "wounded", "toll"]
    texts = {alternation(order) for order in (phrases, phrases[::-1], sorted(phrases), sorted(phrases, key=len))}
    assert len(texts) == 1


@pytest.mark.parametrize("pattern,heads", [
    ("reports?|told|according to", ("according to", "report", "told")),
    (r"kill(?:ed|ing)?|dead\b", ("dead", "kill")),
    (r"a\s+b|ab*c", ("a",)),  # "b*": the b may be missing
])
def test_the_literal_text_each_alternative_opens_with(pattern, heads):
    from tollbook.lexicon import literal_heads

    assert literal_heads(pattern) == heads


@pytest.mark.parametrize("pattern", [r"\bsaid", "(?:a|b)c", "x?y", "[ab]c"])
def test_no_literal_head_is_refused(pattern):
    from tollbook.lexicon import literal_heads

    with pytest.raises(ValueError):
        literal_heads(pattern)


@pytest.mark.parametrize("pattern,text", [
    (r"r(?<!\w.)(?:eports?)\s+(?P<m>tass|reuters)\b", "reports tass, reported reuters; preports tass. reports  reuters"),
    (r"told(?: the)?\s+\w+|tol", "he told the ap, told afp, toldx told"),
    (r"aa|a", "aaaaa aaa"),  # heads overlapping one another: one match after another, as finditer
    (r"ab|b", "abababbb"),
    # the same where heads are sparse (read where they occur; the dense ones by the engine's scan)
    (r"aa|a", "x" * 200 + "aaaaa aaa" + "y" * 200),
    (r"ab|b", "x" * 300 + "abababbb" + "y" * 300),
    (r"told(?: the)?\s+\w+|tol", "he told the ap, told afp, toldx told" + " ." * 300),
    (r"via\s+\w+", ""),
])
def test_matches_tried_where_a_head_occurs_are_finditers(pattern, text):
    from tollbook.lexicon import finditer_at, literal_heads

    rx = re.compile(pattern)
    assert [m.span() for m in finditer_at(rx, text, literal_heads(pattern))] == [m.span() for m in rx.finditer(text)]


def test_the_relays_of_every_seed_text_are_found_where_their_cues_occur():
    from tollbook.extract.attribution import _RELAY_HEADS, _via_lowered
    from tollbook.lexicon import finditer_at

    rx = _via_lowered()
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted(FIXTURES.rglob("*.txt"))]
    found = 0
    for text in texts:
        expected = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in finditer_at(rx, text, _RELAY_HEADS)] == expected
        found += len(expected)
    assert texts and found


def test_dense_heads_are_left_to_the_engine_s_scan_in_linear_time():
    # a hostile page of "via via via …" (a head every four characters): no list of a
    # quarter of a million places is built, and the relays are what the pattern finds
    import time

    from tollbook.extract.attribution import relays

    text = "via " * 250_000
    t = time.process_time()
    assert relays(text) == ()
    assert time.process_time() - t < 5  # (~0.04 s; generous: a shared machine)


# (words, before, after, text, the words found as whole words)
WORDS_SCANNED = [
    # a word of the lexicon where no letter precedes it, and no letter follows it (after)
    (["said", "says", "told"], "a-z", "(?![a-z])", "he said; unsaid, she says, told-off", ["said", "says", "told"]),
    # without the look-ahead a word's start is enough: "saidx" is found
    (["said", "says"], "a-z", "", "saidx sayso", ["said", "says"]),
    # a wider class before: nothing after an apostrophe or a digit
    (["kill", "killed"], r"\w'’", "", "'killed 2killed killed", ["killed"]),
    (["said"], "a-z", "", "nothing to find", []),
]


@pytest.mark.parametrize("words,before,after,text,found", WORDS_SCANNED)
def test_a_lexicon_scan_finds_its_words_where_a_word_starts(words, before, after, text, found):
    scan = WordStarts.of_words(words, before=before, after=after)
    assert [m.group("word") for m in scan.finditer(text)] == found
    # (its pattern is the alternation of the words behind the look-behind, the look-ahead after)
    plain = re.compile(f"(?<![{before}])(?:(?:{alternation(words)}){after})")
    assert [m.group() for m in plain.finditer(text)] == found


def test_a_scan_of_no_words_finds_nothing():
    # (an empty alternation matches the empty text everywhere: a scan must not loop on it)
    assert list(WordStarts.of_words([], before="a-z").finditer("any text at all")) == []


@pytest.mark.parametrize("words, key", [
    ("ſhot dead", "shot dead"),      # the long s
    ("KİLLED", "killed"),            # a capital dotted i, which lower() makes i and a dot
    ("trıple", "triple"),            # the dotless i
    ("\u212aILLED", "killed"),       # the Kelvin sign
    ("Killed", "killed"),
])
def test_table_key_gives_the_ascii_words_a_caseless_pattern_matched(words, key):
    assert table_key(words) == key
