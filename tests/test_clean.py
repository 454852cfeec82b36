import pytest

from tollbook.clean import clean, junk_reason
from tollbook.records import Source

from helpers import claims_of


@pytest.mark.parametrize("line,reason", [
    ("See also  Mayor opens new bridge after 3 years of works", "see-also"),
    ("Similar Posts", "similar-posts"),
    ("Leave a Reply", "comments"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("For the latest news, sign up for our newsletter by clicking here.", "newsletter"),
    ("Share this article", "share"),
    ("Facebook | Twitter | Email", "share"),
    ("Copyright 2022 Example Media. All rights reserved.", "copyright"),
    ("[RELATED: Fire crews battle blaze that left 2 hurt]", "see-also"),
    # a label of another story's link ("MORE: ", "PREVIOUS STORY: ") opening a line
    ("MORE: Cyclist hurt in crash on Harbor Road", "see-also"),
    ("PREVIOUS COVERAGE: Deputy wounded during chase in Milford", "see-also"),
    ("Previously: Clerk shot in gas station holdup", "see-also"),
    ("EARLIER: Two hurt as bus overturns on Route 4", "see-also"),
    ("ALSO: Ferry worker hurt in fall at the dock", "see-also"),
    # a video playlist's item: duration, then another story's title
    ("2:14 Ferry passenger rescues two swimmers near the pier Pause", "video-playlist"),
    ("0:48 Store clerk shoots, kills armed robber", "video-playlist"),
])
def test_junk_lines(line, reason):
    assert junk_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Some 498 Russian troops have been killed in Ukraine, the ministry said.",
    "See the full list of victims below, officials said, as the toll rose to 12.",
    "Share prices fell after the attack killed 3 people.",
    # a paragraph a link's label opens (a full stop after it) is the story's
    "PREVIOUS STORY: A second hiker who was hurt in the rockslide has died, the park service said.",
    "10:45 p.m. Officers found two men shot in the parking lot",
    "9:15 Police say two people were shot near the station.",
])
def test_article_lines_are_kept(line):
    assert junk_reason(line) is None


def test_offsets_map_back_to_raw_text():
    raw = "Title\n\nSee also  Other story\n\nTwelve people died.\n\nLeave a Reply\n"
    doc = clean(Source("d", raw))
    assert "Other story" not in doc.text and "Leave a Reply" not in doc.text
    i = doc.text.index("Twelve")
    assert raw[doc.raw_offset(i):].startswith("Twelve people died.")
    assert [r.reason for r in doc.removed] == ["see-also", "comments"]
    assert raw[doc.removed[0].raw_start:doc.removed[0].raw_end].startswith("See also")


def test_an_accent_typed_for_an_apostrophe_becomes_one():
    doc = clean(Source("d", "The separatists\u00b4 health service said two died."))
    assert "separatists\u2019 health" in doc.text and len(doc.text) == len(doc.raw)


# any space but " " is a space, any line end but "\n" a line break, one character for one:
# extraction tests a sentence for " and " or "he " before its patterns read it
@pytest.mark.parametrize("space", ["\t", "\u2009", "\u202f", "\u3000", "\u2002", "\u1680"])
def test_any_space_is_read_as_a_space(space):
    from helpers import claims_of

    words = "Gunmen fired on a bus near the market, police said. A mother and son were killed."
    spaced = [(c.metric, c.value, c.victims.text) for c in claims_of(words)]
    assert spaced == [("killed", 1, "mother"), ("killed", 1, "son")]
    assert [(c.metric, c.value, c.victims.text) for c in claims_of(words.replace(" ", space))] == spaced
    doc = clean(Source("d", words.replace(" ", space)))
    assert doc.text == words and len(doc.raw) == len(words)


def test_every_space_the_patterns_read_as_one_is_normalised():
    from tollbook.clean import normalise_whitespace

    spaces = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    out = normalise_whitespace("a" + spaces + "b")
    assert set(out[1:-1]) == {" ", "\n"} and len(out) == len(spaces) + 2
    assert normalise_whitespace("x\u2009y\u00e9") == "x y\u00e9"  # (not ASCII: every space looked for)


def test_any_line_end_is_read_as_a_line_break():
    for end in ("\x0b", "\x0c", "\u2028", "\u2029", "\x1c"):
        doc = clean(Source("d", f"Two killed in blast{end}Police said two people were killed."))
        assert doc.text == "Two killed in blast\nPolice said two people were killed."


def test_a_next_line_character_is_read_as_a_space():
    # U+0085 in a news text is nearly always cp1252's ellipsis read as Latin-1: mid-sentence
    doc = clean(Source("d", "Police said 9 people\x85 were killed in the crash."))
    assert doc.text == "Police said 9 people  were killed in the crash."
    assert [(c.metric, c.value) for c in claims_of("Police said 9 people\x85 were killed in the crash.")] == [("killed", 9)]


def _plain_reason(line):
    s = line.strip()
    if not s or len(s) > 300:
        return None
    from tollbook.clean import boilerplate_rules

    return next((reason for reason, rx in boilerplate_rules() if rx.search(s)), None)


def test_ascii_lines_are_judged_as_the_rules_read_them():
    # an ASCII line is searched lower-cased where that is the same test: the same reasons, in
    # every case, as each rule searched case-insensitively
    from paths import FIXTURES

    lines = [l for p in sorted((FIXTURES / "seeds").glob("*.txt")) for l in p.read_text(encoding="utf-8").splitlines()]
    lines += ["See also: X", "SIMILAR POSTS", "sign UP for our daily NEWSLETTER", "2:14 ferry rescue Pause",
              "2:14 Ferry rescue Pause", "We use Cookies", "© 2021 Example", "Home", "loading...", "3 Comments"]
    for line in lines:
        for variant in (line, line.upper(), line.lower(), line.title()):
            assert junk_reason(variant) == _plain_reason(variant), variant


# (raw text, the segments: (clean_start, raw_start, length) for each run of kept lines)
SEGMENTS = [
    ("", []),
    ("One line.", [(0, 0, 9)]),
    ("A.\nB.\nC.\n", [(0, 0, 9)]),  # kept lines run on: one segment
    ("A.\nShare this\nB.\n", [(0, 0, 3), (3, 14, 3)]),
    ("Share this\nA.\nB.\nAll rights reserved\n", [(0, 11, 6)]),
    ("Share this\nAdvertisement\n", []),
    ("A.\nShare\nB.\nTweet\nC.", [(0, 0, 3), (3, 9, 3), (6, 18, 2)]),
]


@pytest.mark.parametrize("raw,expected", SEGMENTS)
def test_kept_runs_are_one_segment_each(raw, expected):
    doc = clean(Source("s", raw))
    assert [(s.clean_start, s.raw_start, s.length) for s in doc.segments] == expected
    for s in doc.segments:
        assert doc.text[s.clean_start:s.clean_start + s.length] == raw[s.raw_start:s.raw_start + s.length]


# pages whose lines the rules judge one by one: the page is first asked for the words of the
# rules not tied to a line's start (most pages hold none), then each line for its own
PAGES = [
    "Two men were hurt in a crash.\nRead our Privacy Policy\nMore news later.",
    "TWO MEN WERE HURT.\nWE USE COOKIES TO IMPROVE THIS SITE\n",
    "İstanbul: three people were injured.\nTerms of Use\n",
    "ΣΟΦΙΑ ΣΣ: two killed.\nAll rights reserved.\nSign up for our weekly newsletter today\n",
    "A fire killed one.\nShare this story\nAdvertisement\nWatch: the scene\n",
    "Nothing here is junk.\nPrivacy is a right, the lawyer said.\n",
]


@pytest.mark.parametrize("raw", PAGES)
def test_page_lines_are_judged_as_each_rule_reads_them(raw):
    for variant in (raw, raw.upper(), raw.lower(), raw.title()):
        doc = clean(Source("p", variant))
        expected = [(line.rstrip("\n"), _plain_reason(line)) for line in variant.splitlines(keepends=True)
                    if _plain_reason(line)]
        assert [(r.text, r.reason) for r in doc.removed] == expected, variant
