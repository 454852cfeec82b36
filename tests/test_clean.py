import pytest

from tollbook.clean import clean, junk_reason
from tollbook.records import Source


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
