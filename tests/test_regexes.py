"""Compiled patterns kept between processes: the same pattern as re.compile's, read back
instead of compiled, and a missing, damaged or unwritable file is no error."""
import marshal
import os
import re
import subprocess
import sys

import pytest

from tollbook import regexes

# (pattern, flags): groups by name and number, inline flags, look-around, possessive runs
PATTERNS = [
    (r"(?P<count>\d+)\s+(?:people|persons)\s+(?i:killed)", 0),
    (r"\b(?:dead|death|died)\b", re.I),
    (r"(?<![\w-])(?P<who>[A-Z][a-z]+)(?=,\s+a\s)", 0),
    (r"[.!?]*+\s++(?=[A-Z])", 0),
    (r"^(a|an|one)\s+(?-i:[A-Z])\w*", re.I | re.M),
    (r"", 0),
    # alternations read case-insensitively, their branches opening with a letter or a class
    (r"\b(?:killed|kidnapped|sank|injured|[a-c]x|[0-9A-F]+h)\s+(?:[a-z]+|Kyiv|(?-i:Kherson))", re.I),
    (r"(?:two|(?i:ships?|Isle|(?:kilns?|[sk]ink)))\b(?-i:[A-Z])?", 0),
    # searches that open with no letter of their own: a look-behind, a boundary, "\s+", a group,
    # an optional part, a start or a clause mark ("the characters a match can start with")
    (r"\s+(?:was|has been)\s+(?:killed|shot)\b", 0),
    (r"(?<![\w'’-])(?P<cue>killed|shot dead|wounded)\s+(?:two|\d+)", re.I),
    (r"\b(?:not|never)\b|n['’]t\b", 0),
    (r"(?:^|(?<=[,;:] ))(?P<name>[A-Z][a-z]+)\s+and\s+(?=his|two)", 0),
    (r"(?:[Aa]\s+)?(?:\d+-year-old\s+)?(?:man|Woman)", 0),
    (r"(?:[^a-z]|x)y", re.I),
    (r"(?:[^ab]|b)c", 0),
    # branches opening with a run of a class: "\\s+x" is read as "\\s\\s*x"
    (r"(?:\s+and|,\s*|\s{2,3}then|\s{1}two)\s+(\w+)", 0),
    (r"(?:[a-z]{2,}?x|[A-Z]++y|\d{1,2}z|K+i)", re.I),
    (r"(?:(?i:a)|[\d-]+|\()\s*(?:B|c)", 0),
]
TEXTS = ["12 people KILLED in the town", "Aabson, a local official, said", "Dead. Two died!  Then",
         "an Army post\none Navy ship", "",
         # what a letter matches beyond its two cases: "İ", "ı", the Kelvin sign, the long s
         "\u0130njured kyiv, \u212aIDNAPPED kherson, \u017fank Kherson, Bx two, ISLE \u0131sle \u212ailn \u017fink 7fh sinks SHIPSX"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh cache folder, and the module as a new process finds it (no table read yet)."""
    monkeypatch.setenv("TOLLBOOK_PATTERN_CACHE", str(tmp_path))
    monkeypatch.setattr(regexes, "_table", None)
    monkeypatch.setattr(regexes, "_used", set())
    monkeypatch.setattr(regexes, "_unsaved", False)
    return tmp_path


def _fresh_process(monkeypatch):
    """Forget what this process read or compiled, as the next process would start."""
    monkeypatch.setattr(regexes, "_table", None)
    monkeypatch.setattr(regexes, "_used", set())
    monkeypatch.setattr(regexes, "_unsaved", False)


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_a_pattern_read_back_is_the_pattern_re_compiles(cache, monkeypatch, pattern, flags):
    expected = re.compile(pattern, flags)
    first = regexes.compiled(pattern, flags)
    assert regexes.save()
    _fresh_process(monkeypatch)
    # the pattern comes from the file: parsing it again would fail
    monkeypatch.setattr(regexes._parser, "parse", lambda *a, **k: pytest.fail("compiled again"))
    again = regexes.compiled(pattern, flags)
    monkeypatch.undo()
    assert again == first  # same text, flags and engine code
    for rx in (first, again):
        assert (rx.groups, rx.groupindex, rx.flags) == (expected.groups, expected.groupindex, expected.flags)
        for text in TEXTS:
            assert [(m.span(), m.groups()) for m in rx.finditer(text)] == [(m.span(), m.groups()) for m in expected.finditer(text)]


def test_each_ascii_character_s_case_set_is_what_the_engine_matches_ignoring_case():
    """The sets an alternation's openings are rewritten to (regexes._exact_openings)."""
    every = "".join(map(chr, range(0x110000)))
    for c in map(chr, range(128)):
        assert sorted(map(ord, re.findall(f"[{re.escape(c)}]", every, re.I))) == regexes._CASE_SETS[c], c
        assert sorted(map(ord, re.findall(re.escape(c), every, re.I))) == regexes._CASE_SETS[c], c


def test_an_alternation_ignoring_case_opens_its_branches_with_exact_sets(cache):
    """The engine passes by a branch whose first character is matched exactly without entering it."""
    pattern = r"(?:killed|wounded|hurt)\s+\d+"
    assert regexes.compiled(pattern, re.I) != re.compile(pattern, re.I)  # (another code)
    assert regexes.compiled(pattern) == re.compile(pattern)  # case-sensitive: as written


def test_a_search_passes_by_what_no_match_can_start_with(cache):
    """Where the compiler finds no first character (a boundary, a look-behind, "\\s+" first), the
    pattern's information block holds the characters a match can start with (regexes._starts)."""
    for pattern, flags in ((r"\s+killed", 0), (r"(?<![\w])(?:killed|shot)\b", re.I), (r"\b(?:not|never)\b", 0), (r"\s*killed", 0)):
        regexes.compiled(pattern, flags)
        code = regexes._table[(pattern, flags)][1]
        assert regexes.array(regexes._WORDS, code)[2] & 4  # SRE_INFO_CHARSET
    for pattern, flags in ((r"^\s*killed", 0), (r"(?:[^ab]|b)c", 0), (r"(?:a|b?)", 0), (r".x", 0)):
        regexes.compiled(pattern, flags)  # anchored at the start, negated, empty, any character: none
        assert not regexes.array(regexes._WORDS, regexes._table[(pattern, flags)][1])[2] & 4


def test_patterns_rewritten_for_speed_find_what_re_finds_in_random_texts(cache):
    import random
    rng = random.Random(7)
    alphabet = "aAbBcCkKsSiIxXyYzZnN '’t-,;:()\n\t0123\u0130\u0131\u212a\u017f\u00a0\u2009\u00e9\u00df\u0663" + "killed was shot two his Kyiv Woman never and then "
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    texts += ["Two were killed; Khan and his son, 12-year-old man, were shot dead", "it isn't so, not now: Ann and two", "abc",
              # what "\\s" and "\\w" match beyond ASCII: a no-break space, a thin space, "é"
              "He\u00a0was\u2009killed", "caf\u00e9\u00a0not\u00a0never", "\u00e9killed two"]
    for pattern, flags in PATTERNS:
        ours, theirs = regexes.compiled(pattern, flags), re.compile(pattern, flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in ours.finditer(text)] == [(m.span(), m.groups()) for m in theirs.finditer(text)]


def test_nothing_new_is_not_written_again(cache):
    regexes.compiled(r"\bwounded\b")
    assert regexes.save()
    assert not regexes.save()


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", marshal.dumps([(("x", 0), (0, [1, 2, 3], 0, {}, ()))]),
                                    marshal.dumps({"a": 1})])
def test_a_damaged_file_is_compiled_around(cache, damage):
    path = regexes.cache_file()
    path.write_bytes(damage)  # truncated, foreign, code the engine refuses, another shape
    assert regexes.compiled("x") == re.compile("x")
    assert regexes.compiled(r"(?P<n>\d+) killed", re.I).search("3 KILLED").group("n") == "3"
    assert regexes.save()  # and the file is made whole again
    assert regexes._read(path)[("x", 0)][1] != [1, 2, 3]  # (the code written afresh)


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv("TOLLBOOK_PATTERN_CACHE", str(blocked / "below"))
    _fresh_process(monkeypatch)
    assert regexes.compiled(r"\bdied\b").search("she died") is not None
    assert not regexes.save()


def test_no_file_when_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("TOLLBOOK_PATTERN_CACHE", "0")
    _fresh_process(monkeypatch)
    assert regexes.cache_file() is None
    assert regexes.compiled(r"\bdied\b").search("she died") is not None
    assert not regexes.save()
    assert os.listdir(tmp_path) == []


def test_the_next_process_reads_the_extraction_patterns_instead_of_compiling_them(tmp_path):
    """A real process warms up and writes the file; the next one compiles nothing."""
    env = {**os.environ, "TOLLBOOK_PATTERN_CACHE": str(tmp_path), "PYTHONHASHSEED": "random"}
    count = ("import re._parser as p; n = [0]; parse = p.parse\n"
             "def counted(*a, **k):\n    n[0] += 1\n    return parse(*a, **k)\n"
             "p.parse = counted\n"
             "from tollbook.pipeline import warm_up; warm_up(); print(n[0])")
    runs = [int(subprocess.run([sys.executable, "-c", count], env=env, capture_output=True, text=True, check=True).stdout)
            for _ in range(2)]
    assert runs[0] > 100  # (every pattern of the extraction: a few hundred)
    # a pattern's text must not change from one process to the next (a set's order does)
    assert runs[1] < runs[0] // 10


def test_no_home_directory_means_no_file(monkeypatch):
    """A service account without a home (HOME unset, no entry in the user database)."""
    monkeypatch.delenv("TOLLBOOK_PATTERN_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(regexes.Path, "home", staticmethod(no_home))
    _fresh_process(monkeypatch)
    assert regexes.cache_file() is None
    assert regexes.compiled(r"\bkilled\b").search("two killed") is not None
    assert not regexes.save()


def test_a_file_too_large_to_be_ours_is_not_read(cache, monkeypatch):
    regexes.compiled(r"\bwounded\b")
    assert regexes.save()
    monkeypatch.setattr(regexes, "MAX_FILE_BYTES", 10)
    _fresh_process(monkeypatch)
    assert regexes._load() == {}
    assert regexes.compiled(r"\bwounded\b").search("two wounded") is not None


def test_a_lexicon_s_alternation_is_read_back_not_made_again(cache, monkeypatch):
    """An alternation of a whole lexicon (lexicon.alternation) is kept beside the patterns:
    the next process reads the same text; other words are another entry."""
    from tollbook import lexicon

    names = [f"Town{k} upon Sea" for k in range(200)] + ["Kyiv", "Kharkiv", "Kherson"]
    first = lexicon.alternation(names)
    assert first == lexicon._alternation(sorted(set(names), key=lambda w: (-len(w), w)))
    assert regexes.save()
    _fresh_process(monkeypatch)
    with monkeypatch.context() as m:
        m.setattr(lexicon, "_alternation", lambda parts: pytest.fail("made again"))
        assert lexicon.alternation(list(reversed(names))) == first  # (the order given does not matter)
    other = lexicon.alternation(names + ["Odesa"])
    assert other != first and re.fullmatch(other, "Odesa")


def test_a_damaged_kept_text_is_made_again(cache, monkeypatch):
    made = []
    regexes._load()[("alternation:" + "0" * 40, -1)] = (b"not text",)
    key = regexes.kept_text("alternation", "x", lambda: made.append(1) or "x")
    assert key == "x" and made == [1]
    damaged = next(k for k in regexes._load() if k[1] == -1 and k[0] != "alternation:" + "0" * 40)
    regexes._load()[damaged] = (12,)
    assert regexes.kept_text("alternation", "x", lambda: made.append(2) or "x") == "x" and made == [1, 2]


def test_the_cache_file_is_named_for_this_modules_code_and_pythons_release():
    # the rewrites are part of the code a pattern compiles to: an edit to regexes.py must not
    # read back the code of the old rewrites, nor a new patch release of Python its old code
    import hashlib
    import sys
    from pathlib import Path

    from tollbook import regexes

    source = Path(regexes.__file__).read_bytes()
    assert regexes._VERSION.endswith("-" + hashlib.blake2b(source, digest_size=4).hexdigest())
    assert f"py{sys.version_info[0]}{sys.version_info[1]}.{sys.version_info[2]}-" in regexes._VERSION
