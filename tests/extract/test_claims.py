"""Claims assembled from a document (extract/claims.py): what a sentence's words alone say is
read once for each text, and a line a page repeats says the same each time."""
import pytest

from helpers import claims_of, total


def test_a_repeated_line_keeps_its_place_period_and_stance():
    # the same line twice, each time after a different count it takes its figure from: both
    # claims of the line are of its own place and day, hedged as its words are
    line = "The hostages were reportedly killed on 4 May 2021 in Kherson, a neighbour added."
    text = f"Officials said 3 hostages were killed in Odesa. {line} Officials said 5 hostages were killed in Sumy. {line}"
    got = [(c.value, c.location.name if c.location else None, c.period.end, c.stance)
           for c in claims_of(text, published="2021-05-09") if c.evidence[0].sentence == line]
    assert got == [(3, "Kherson", "2021-05-04", "hedged"), (5, "Kherson", "2021-05-04", "hedged")]


def test_each_claim_restated_by_a_repeated_line_takes_its_scope_from_it():
    # two counts, each restated by the same line naming the event: both are the event's
    line = "The hostages were killed in the raid, a resident added."
    text = f"Officials said 3 hostages were killed. {line} Officials said 5 hostages were killed. {line}"
    got = [(c.value, c.scope, len(c.evidence)) for c in claims_of(text)]
    assert got == [(3, "event", 2), (5, "event", 2)]


def test_captives_who_come_back_hurt_are_as_many_wounded():
    # "The workers were wounded and later freed": the group the document counted last
    text = "Kidnappers seized 12 road workers near the border. The workers were wounded and later freed."
    assert [(c.metric, c.value) for c in claims_of(text)] == [("captured", 12), ("wounded", 12)]
    freed = "Kidnappers seized 12 road workers near the border. The workers were later freed."
    assert [(c.metric, c.value) for c in claims_of(freed)] == [("captured", 12)]


@pytest.mark.parametrize("text,killed,wounded", [
    # a labelled headline on the story's first line is read as one
    ("Sheriff: Woman killed in driveway dispute\n\nDeputies are looking for a gray pickup.", 1, 0),
    # ... but a link's label ("MORE: ", "PREVIOUSLY: ") before a headline: another story's
    ("A cyclist was hurt on Harbor Road on Friday, police said.\n\nPREVIOUSLY: Teen killed in crash near the mill\n\n"
     "Police have made no arrests.", 0, 1),
    ("A cyclist was hurt on Harbor Road on Friday, police said.\n\nMORE: Deputy shot in Milford chase\n\n"
     "Police have made no arrests.", 0, 1),
])
def test_a_label_opens_a_headline_but_a_link_label_another_story(text, killed, wounded):
    assert (total(text, "killed"), total(text, "wounded")) == (killed, wounded)
