"""The records' quick constructor (records._quick_init) makes what dataclass's own would."""
import dataclasses

import pytest

from tollbook import records as R

# (record, positional arguments, keyword arguments)
BUILT = [
    (R.Span, (3, 9), {}),
    (R.Sentence, ("Two were killed.", 0, 16, 0, 1), {}),
    (R.Figure, (12, None, None, "exact", "12", 4, 6), {}),
    (R.Claimant, ("police", "Police", None, "official"), {}),
    (R.Claimant, ("Kyiv", "Ukraine", "Ukraine", "government"), {"implied": True, "party": "Ukraine"}),
    (R.Period, (), {}),
    (R.Period, ("2022-02-24",), {"end": "2022-03-01"}),
    (R.Attribution, (R.Span(0, 4),), {"source": None}),
    (R.Claim, ("d1", "c1", "killed", "people", 3, None, None, "exact", "three",
               R.Victims("people", None, "unspecified"), R.Claimant("", "Wire", None, "media")), {"scope": "event"}),
]


# the extraction stages' own records, made for every figure read, are made the same way
from tollbook.extract.casualties.shapes import Mention  # noqa: E402
from tollbook.extract.speakers import InSentence  # noqa: E402

BUILT += [
    (Mention, (R.Figure(2, None, None, "exact", "two", 0, 3), "killed", "people", "soldiers"), {"owner": "the army"}),
    (InSentence, (R.Span(5, 9), R.Span(0, 4), None), {"content_before": True}),
]


def _reference(cls):
    """The same fields through dataclass's own constructor."""
    return dataclasses.make_dataclass(
        cls.__name__ + "Reference",
        [(f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory))
         for f in dataclasses.fields(cls)], frozen=True)


@pytest.mark.parametrize("cls,args,kwargs", BUILT)
def test_quick_constructor_matches_dataclass(cls, args, kwargs):
    made = cls(*args, **kwargs)
    assert vars(made) == vars(_reference(cls)(*args, **kwargs))
    assert made == cls(*args, **kwargs) and hash(made) == hash(cls(*args, **kwargs))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(dataclasses.fields(cls)[0].name, None)
    assert dataclasses.replace(made) == made


@pytest.mark.parametrize("cls,args,kwargs", BUILT)
def test_replace_makes_what_dataclasses_replace_makes(cls, args, kwargs):
    """records.replace copies a record's fields and sets the changed ones: field for field, in
    order, what dataclasses.replace would make; the record itself untouched."""
    rec = cls(*args, **kwargs)
    names = [f.name for f in dataclasses.fields(cls)]
    for name in names:
        changed = R.replace(rec, **{name: "changed"})
        expected = dataclasses.replace(rec, **{name: "changed"})
        assert type(changed) is cls and changed == expected and list(vars(changed).items()) == list(vars(expected).items())
        with pytest.raises(dataclasses.FrozenInstanceError):
            changed.__setattr__(name, None)
    assert R.replace(rec) == rec and R.replace(rec) is not rec
    assert vars(rec) == vars(cls(*args, **kwargs))
    with pytest.raises(TypeError):  # a field the record has not: refused, as by dataclasses.replace
        R.replace(rec, no_such_field=1)


def test_replace_of_another_dataclass_is_dataclasses_replace():
    """A record type built on ours (its own fields) and a plain dataclass go through dataclasses.replace."""
    noted = _Noted(1, 2, "a note")
    assert R.replace(noted, end=5) == _Noted(1, 5, "a note") and type(R.replace(noted, end=5)) is _Noted
    plain = dataclasses.make_dataclass("Plain", [("x", int), ("y", int)])(1, 2)
    assert R.replace(plain, y=3) == type(plain)(1, 3)


def test_default_factory_gives_each_record_its_own():
    a, b = (R.Claim("d", "c", "killed", "people", 1, None, None, "exact", "1",
                    R.Victims("", None, "unspecified"), R.Claimant("", "W", None, "media")) for _ in range(2))
    assert a.period == R.Period() and a.period is not b.period


def test_quick_constructor_refuses_what_it_cannot_copy():
    with pytest.raises(TypeError):
        R._quick_init(dataclasses.dataclass(frozen=True)(type("Late", (), {"__annotations__": {"x": int}, "__post_init__": lambda self: None})))
    with pytest.raises(TypeError):
        R._quick_init(dataclasses.make_dataclass("Hidden", [("x", int, dataclasses.field(init=False, default=0))], frozen=True))
    with pytest.raises(TypeError):  # missing and unknown arguments, as ever
        R.Span(1)


@pytest.mark.parametrize("cls, args, kwargs", BUILT)
def test_a_record_sent_to_a_worker_and_back_is_the_same(cls, args, kwargs):
    """Records cross to worker processes and back pickled as their fields in order: what comes
    back equals what was sent, field for field, nested records, defaults and all; a copy too."""
    import copy
    import pickle

    from multiprocessing.reduction import ForkingPickler

    rec = cls(*args, **kwargs)
    back = pickle.loads(ForkingPickler.dumps(rec))
    assert back == rec and type(back) is cls and vars(back) == vars(rec)
    assert copy.deepcopy(rec) == rec and copy.copy(rec) == rec
    with pytest.raises(dataclasses.FrozenInstanceError):
        back.__setattr__(dataclasses.fields(cls)[0].name if dataclasses.fields(cls) else "x", None)


@dataclasses.dataclass(frozen=True)
class _Noted(R.Span):
    """A record type built on one of ours, with a field of its own."""

    note: str = ""


def test_a_record_type_built_on_ours_keeps_its_own_fields_when_pickled():
    import pickle

    back = pickle.loads(pickle.dumps(_Noted(1, 4, "shelling")))
    assert back == _Noted(1, 4, "shelling") and type(back) is _Noted


def test_a_document_and_its_claims_pickle_smaller_by_position():
    """The whole hand-off of a document: field names are not repeated in every record."""
    import pickle

    doc = R.Document("d1", "raw", "text", (R.Segment(0, 0, 4),), (R.Removed(5, 9, "Ad", "boilerplate"),), published="2022-03-01")
    claim = R.Claim("d1", "c1", "killed", "people", 3, None, None, "exact", "three",
                    R.Victims("people", None, "unspecified"), R.Claimant("", "Wire", None, "media"),
                    evidence=(R.Evidence("Three were killed.", 0, 18),), period=R.Period(None, "2022-03-01"))
    data = pickle.dumps((doc, (claim,)), protocol=pickle.HIGHEST_PROTOCOL)
    assert pickle.loads(data) == (doc, (claim,))
    assert b"count_text" not in data and b"clean_start" not in data
