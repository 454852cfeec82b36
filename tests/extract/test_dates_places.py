import datetime as dt

import pytest

from tollbook.extract.dates import as_of, infer_published, period
from tollbook.resolve import find_location
from helpers import claims_of

THU = dt.date(2022, 3, 3)


@pytest.mark.parametrize("sentence,want", [
    ("Five people were killed on Thursday.", "2022-03-03"),  # same weekday as the article: that day
    ("Five people were killed on Tuesday.", "2022-03-01"),
    ("Five people were killed yesterday.", "2022-03-02"),
    ("On March 2, the toll rose to 40.", "2022-03-02"),
    ("By 28 February, 352 civilians had died.", "2022-02-28"),
    ("Twelve were hurt.", "2022-03-03"),
])
def test_as_of(sentence, want):
    assert as_of(sentence, THU).isoformat() == want


def test_since_the_invasion_starts_the_period():
    p = period("498 soldiers died since the invasion began.", "russia invaded ukraine", THU)
    assert (p.start, p.end) == ("2022-02-24", "2022-03-03")
    assert period("498 soldiers died since the invasion began.", "an unrelated war", THU).start is None


def test_dateline_weekday_with_month_and_day():
    assert infer_published("Kyiv, Thursday (3/3), officials said") == THU


@pytest.mark.parametrize("sentence,name,country", [
    ("Shelling of Kharkov killed 4.", "Kharkiv", "Ukraine"),
    ("Fighting near Kiev left 10 dead.", "Kyiv", "Ukraine"),
    ("A blast in Kunduz province killed two.", "Kunduz", "Afghanistan"),
    ("Three died in Ukraine.", "Ukraine", "Ukraine"),
    ("Three died, the Police said.", None, None),
])
def test_places(sentence, name, country):
    loc = find_location(sentence)
    assert (loc.name if loc else None, loc.country if loc else None) == (name, country)


@pytest.mark.parametrize("text,stance", [
    ("The ministry denied reports that 300 soldiers were killed.", "denied"),
    ("As many as 40 people may have died in the fire.", "hedged"),
    ("Forty people died in the fire, officials said.", "asserted"),
])
def test_stance(text, stance):
    assert claims_of(text)[0].stance == stance


def test_same_claim_twice_is_one_record():
    text = ("Nine miners were killed in the collapse, the company said.\n\n"
            "Rescuers worked through the night.\n\nThe company said nine miners were killed.")
    (c,) = claims_of(text)
    assert c.value == 9 and len(c.evidence) == 2


def test_different_victims_with_the_same_figure_stay_apart():
    text = "A man was killed in the first attack. Hours later a woman was killed in a second attack."
    assert [c.victims.text for c in claims_of(text)] == ["man", "woman"]


def test_two_parties_figures_are_never_one_inside_the_other():
    from helpers import claims_of
    text = ("Ukraine's General Staff said 7,000 Russian soldiers had been killed.\n\n"
            "The Russian Defence Ministry said 498 Russian soldiers had been killed.")
    claims = claims_of(text)
    assert [c.value for c in claims] == [7000, 498]
    assert all(c.part_of is None for c in claims)


@pytest.mark.parametrize("written", ["on March 3, 2022", "the 3rd of March", "2022-03-03", "3/3/2022", "Sept. 30"])
def test_every_written_date_holds_a_digit(written):
    # a sentence without a digit is not searched for dates: every date pattern needs one
    from tollbook.extract.dates import _DATE_PATTERNS

    assert any(rx.search(written) for rx in _DATE_PATTERNS)
    spelled = written.translate(str.maketrans("0123456789", "oizeasbtgn"))
    assert not any(rx.search(spelled) for rx in _DATE_PATTERNS)
