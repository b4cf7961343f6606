"""Records made in bulk (``domain.bulk_records.made_in_bulk``) are the dataclass's own records, made faster."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import InitVar, dataclass, field

import pytest

from dialogue_planner.domain import roster
from dialogue_planner.domain.bulk_records import made_in_bulk
from dialogue_planner.services.roster_import import records

BULK = [
    (roster.RosterRow, (3, {"family_name": "Zhang"})),
    (roster.RosterEntry, (3, 7, {"family_name": "Zhang"})),
    (
        roster.ExistingDelegate,
        (1, 5, "Gao", "Tao", "高涛", "Director", "t@a.example", "", None, False, 3, ""),
    ),
    (roster.ExistingDelegate, (1, 5, "Gao")),
    (roster.PlannedChange, (roster.ChangeKind.NEW, 4, None, {"family_name": "Gao"})),
    (roster.RowIssue, (4, "Email", "Malformed.", "email")),
    (roster.RowIssue, (4, "Email", "Malformed.")),
    (records.FieldDifference, ("title", "a", "b")),
    (records.PreviewRow, (4, roster.ChangeKind.NEW, None, "CN", "MPS", "Gao Tao", (), ("x",))),
]


@pytest.mark.parametrize(("cls", "args"), BULK, ids=lambda v: getattr(v, "__name__", ""))
def test_a_record_made_in_bulk_is_the_dataclass_record(cls, args):
    plain = _plain(cls)
    made, expected = cls(*args), plain(*args)
    names = [f.name for f in dataclasses.fields(cls)]
    assert [getattr(made, n) for n in names] == [getattr(expected, n) for n in names]
    assert vars(made) == vars(expected) and list(vars(made)) == names
    assert repr(made) == repr(expected).replace(plain.__qualname__, cls.__qualname__, 1)
    assert made == cls(*args) and made != expected
    if not any(isinstance(a, dict) for a in args):  # a record holding a dict has no hash, as before
        assert hash(made) == hash(cls(*args)) == hash(expected)
    assert cls(**dict(zip(names, args, strict=False))) == made
    assert dataclasses.replace(made) == made and copy.deepcopy(made) == made
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(names[0], None)
    with pytest.raises(TypeError):
        cls(*vars(made).values(), "one too many")


def _plain(cls):
    """The same dataclass with the dataclass's own __init__."""
    namespace = {"__annotations__": dict(cls.__annotations__), "__qualname__": f"Plain{cls.__name__}"}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            namespace[f.name] = f.default
    return dataclass(frozen=True)(type(f"Plain{cls.__name__}", (), namespace))


def test_a_class_whose_init_does_more_is_refused():
    @dataclass(frozen=True)
    class Later:
        a: int
        b: list = field(default_factory=list)

    @dataclass(frozen=True)
    class Checked:
        a: int

        def __post_init__(self):
            pass

    @dataclass(frozen=True)
    class InitOnly:
        a: int
        b: InitVar[int] = 0

    @dataclass(frozen=True, kw_only=True)
    class KeywordOnly:
        a: int

    @dataclass(frozen=True, slots=True)
    class Slotted:
        a: int

    @dataclass
    class Mutable:
        a: int

    for cls in (Later, Checked, InitOnly, KeywordOnly, Slotted, Mutable):
        with pytest.raises(TypeError):
            made_in_bulk(cls)
