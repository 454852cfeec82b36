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
    # one shot and one dead told in other words are one person: a tie and an age, a name and a
    # noun beside a place, "the victim"
    ("A 17-year-old girl told officers she accidentally shot her cousin on Sunday. The victim died on Tuesday.", 1, 0),
    ("Officers said a girl told them she shot her classmate on Monday. The 13-year-old died at the hospital.", 1, 0),
    ("Luisa Marsh was shot at her home on Elm Street. Deputies said the shooting death of the Dover girl was an accident.", 1, 0),
    ("Witnesses said the boy was shot a second time as he ran. The victim died at the hospital.", 1, 0),
    # ... but not one told as hit besides the dead, nor a grown person's tie and a young person
    ("A man was shot and killed outside a bar on Elm Street. Another man, also 30, was shot in the leg.", 1, 1),
    ("A man was shot and killed outside a bar on Elm Street. A woman was also shot.", 1, 1),
    ("Officers said the father killed two of his daughters and shot their grandmother.", 2, 1),
    ("Police said he shot his aunt on Friday. The teenager died at the scene.", 1, 1),
    # ... nor someone's tie told after one shot ("his" may be the shot one's)
    ("Police said a teen was shot on Friday. His friend died at the scene.", 1, 1),
    ("A man was shot in the leg, but his brother died.", 1, 1),
    ("A teen was shot in the shoulder near the school on Monday. Police said a cousin of his was shot and killed in the same ambush.", 1, 1),
    ("A man was killed in the shooting. His nephew was rushed to a hospital with gunshot wounds.", 1, 1),
    # ... nor two places beside one noun, a job, another incident, one hit "also" far from the victim
    ("A Salem woman was shot in the foot on Friday evening. On Saturday, a Newport woman was shot and killed outside a diner.", 1, 1),
    ("A woman was shot in the knee outside a pharmacy. A driver was shot and killed at a car wash three streets away later that day.", 1, 1),
    ("A teen was shot in the thigh on Pine Road on Thursday. Later that night another shooting left one person dead on Birch Lane.", 1, 1),
    ("A boy was shot in the neck, and deputies said the shooter also fired at a parked truck. The boy died at the hospital.", 1, 0),
    # (but the killer's own tie is the one killed: "charged with killing his sister")
    ("Deputies said a girl was shot in the chest at her home. Her brother, 15, was charged with killing his sister.", 1, 0),
]


@pytest.mark.parametrize("text,killed,wounded", WOUNDED_FROM_SHOT, ids=[t[:40] for t, _, _ in WOUNDED_FROM_SHOT])
def test_wounded_from_shot(text, killed, wounded):
    assert (total(text, "killed"), total(text, "wounded")) == (killed, wounded)


# (report, killed, wounded): one found wounded, or taken to hospital in critical condition, and
# one dead told elsewhere who may be that person: the wound was the fatal one
WOUND_WAS_FATAL = [
    ("Officers found a 12-year-old girl shot in the yard on Sunday. The girl died that night.", 1, 0),
    ("A woman was rushed to a hospital in critical condition after a shooting on Elm Street. "
     "Maria Lopez died there on Sunday, police said.", 1, 0),
    # ... one told as someone new ("a teen") where both are young; one found without a name ("the victim")
    ("A 15-year-old boy died after a shooting on Friday. Officers found a teen with a gunshot wound near the school "
     "and rushed him to a hospital.", 1, 0),
    ("A woman was shot dead on Maple Drive. Officers found the victim with a gunshot wound and rushed her to a hospital.", 1, 0),
    # ... someone's tie of the dead's own noun ("his son" and "a farmer's son")
    ("Farmer's 5-year-old son killed in accident\n\nDeputies found his son with a gunshot wound in the barn and flew him to a hospital.", 1, 0),
    ("Man killed at farm\n\nDeputies found his brother with a gunshot wound in the barn and flew him to a hospital.", 1, 1),
    # ... not another age, one told as a second, one who lives, one wounded beside a death
    ("A 15-year-old was killed on Elm Street. Officers found a 14-year-old with a gunshot wound nearby.", 1, 1),
    ("A man was shot dead on Elm Street. Officers found a second man with a gunshot wound nearby.", 1, 1),
    ("A teen died on Elm Street on Friday. Officers also found a teen with a gunshot wound; he is in stable condition.", 1, 1),
    ("A teen was killed and his friend was critically wounded on Elm Street.", 1, 1),
    # ... nor one named by someone's tie, one in good or fair condition, a dead told as someone new
    # ("a woman"), in another incident, or the shooter dead by his own hand
    ("A woman was shot dead on Maple Drive. Her cousin was found with a gunshot wound and flown to a trauma center.", 1, 1),
    ("A woman was shot and killed in the alley. Her coworker was found shot in the hip and taken to a hospital, "
     "where she is in fair condition.", 1, 1),
    ("A woman was shot dead on Maple Drive early Friday. Hours later, deputies found a woman with a gunshot wound on Cedar Road "
     "and took her to a hospital.", 1, 1),
    ("A robber killed a man inside the pharmacy. Deputies found a man wounded near the back door and rushed him to a hospital.", 1, 1),
    ("Deputies found a girl with a gunshot wound near the park and took her to a hospital. "
     "Separately, a girl was killed in a crash on the interstate.", 1, 1),
    ("A woman was shot in the neck on Thursday and taken to a hospital in critical condition. "
     "On Friday, a woman died after being stabbed in a fight across town.", 1, 1),
    ("Deputies found a woman with a gunshot wound in the garage and took her to a hospital. "
     "The shooter, 52, then shot and killed himself in the kitchen.", 1, 1),
]


@pytest.mark.parametrize("text,killed,wounded", WOUND_WAS_FATAL, ids=[t[:40] for t, _, _ in WOUND_WAS_FATAL])
def test_wound_was_fatal(text, killed, wounded):
    assert (total(text, "killed"), total(text, "wounded")) == (killed, wounded)
