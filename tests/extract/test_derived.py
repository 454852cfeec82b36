"""Derived claims (extract/derived.py): the wounded a document states without a figure of their
own, read as document totals on short reports written for these tests."""
import pytest

from helpers import total


# (report, killed, wounded)
WOUNDED_FROM_SHOT = [
    # a group told as wounded, some of them dead later: those killed outright in its sentence
    # are a group of their own, not among the wounded
    ("Three guards were killed and six wounded, one of them mortally.", 4, 5),
    ("Four hikers were wounded, two of them fatally, and one ranger was killed.", 3, 2),
    ("Eight people were hurt, one fatally, and deputies killed the attacker.", 2, 7),
    # others hit beyond the dead keep their own dead: those are not alive and wounded
    ("Two porters were killed and three others were shot, one fatally.", 3, 2),
    ("A deputy died at the scene. Four other people were wounded, two of them fatally.", 3, 2),
    ("One driver killed, 3 others shot near the depot", 1, 3),
    # its own dead are of it
    ("Six passengers were wounded, two of them fatally.", 2, 4),
    # a group told as shot holds the dead counted before it
    ("2 dead in triple shooting downtown", 2, 1),
    ("Nine men were shot outside a club, three of them fatally.", 3, 6),
]


@pytest.mark.parametrize("text,killed,wounded", WOUNDED_FROM_SHOT, ids=[t[:40] for t, _, _ in WOUNDED_FROM_SHOT])
def test_wounded_from_shot(text, killed, wounded):
    assert (total(text, "killed"), total(text, "wounded")) == (killed, wounded)
