"""countries: the normal form of names and the country a phrase names."""
import pytest

from tollbook.countries import _normalise, country_in


@pytest.mark.parametrize("text,want", [
    ("The  Defense\tMinistry", "defence ministry"),
    ("  a\u00a0local official,", "local official"),
    ("An official", "official"),
    ("the", "the"),
    ("Athens police", "athens police"),
    ("The\x1cpolice", "police"),
    ("", ""),
])
def test_normalise_reads_any_whitespace_as_one_space(text, want):
    assert _normalise(text) == want


# (words, the country they name): curly apostrophes read as straight ones
CURLY = [
    ("the self-proclaimed Donetsk People’s Republic", "Russia"),
    ("Ukraine’s border guards", "Ukraine"),
    ("the Luhansk People‘s Republic", "Russia"),
    # a unit only one side has is that side's
    ("the nationalist Azov regiment", "Ukraine"),
    ("the Sea of Azov", None),
]


@pytest.mark.parametrize("words,country", CURLY)
def test_a_country_is_named_with_curly_apostrophes_too(words, country):
    assert country_in(words) == country
