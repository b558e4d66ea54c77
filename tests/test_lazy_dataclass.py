"""pingfen.lazy_dataclass: a class declared with it behaves as ``dataclasses.dataclass`` makes it, whatever
is asked of it first; and `pingfen rule` leaves the rule classes it does not use unmade (issue 13: start-up)."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import subprocess
import sys

import pytest

from pingfen.lazy_dataclass import dataclass


def _declare() -> dict[str, type]:
    """Fresh classes for each test: what is asked first differs from test to test."""

    @dataclass(frozen=True)
    class Point:
        """A frozen record with a default."""

        x: int
        y: int = 0

        @property
        def norm(self) -> int:
            return abs(self.x) + abs(self.y)

    @dataclass(frozen=True)
    class Labelled(Point):
        """A subclass adding a field with a factory."""

        tags: list[str] = dataclasses.field(default_factory=list)

    @dataclass
    class Box:
        """Mutable, hence unhashable."""

        items: list[int] = dataclasses.field(default_factory=list)
        label: str = "box"

        def __post_init__(self) -> None:
            self.label = self.label.upper()

    @dataclass(frozen=True)
    class Own:
        """A class with its own __repr__: kept."""

        value: int

        def __repr__(self) -> str:
            return f"Own<{self.value}>"

    return {"Point": Point, "Labelled": Labelled, "Box": Box, "Own": Own}


def test_instances_behave_as_dataclasses_make_them() -> None:
    c = _declare()
    Point, Labelled, Box, Own = c["Point"], c["Labelled"], c["Box"], c["Own"]
    p = Point(1, y=-2)
    assert (p.x, p.y, p.norm, repr(p)) == (1, -2, 3, f"{Point.__qualname__}(x=1, y=-2)")
    assert p == Point(1, -2) and p != Point(1) and hash(p) == hash(Point(1, -2)) and Point(3).y == 0
    assert (p == (1, -2)) is False  # another class: NotImplemented, then identity
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 5  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del p.y  # type: ignore[misc]
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]
    first, second = Labelled(1), Labelled(1)
    first.tags.append("a")
    assert second.tags == [] and repr(first) == f"{Labelled.__qualname__}(x=1, y=0, tags=['a'])"
    assert Labelled(1, 2) != Point(1, 2)  # eq compares the exact class, as dataclasses do
    box = Box()
    assert box.label == "BOX" and box == Box([], "box")
    with pytest.raises(TypeError, match="unhashable"):
        hash(box)
    box.items.append(1)
    assert repr(Own(4)) == "Own<4>" and Own(4) == Own(4)


def test_the_dataclass_functions_see_the_fields_before_any_instance() -> None:
    c = _declare()
    Point, Labelled = c["Point"], c["Labelled"]
    assert dataclasses.is_dataclass(Labelled)  # a subclass first: its base is made on the way
    assert [f.name for f in dataclasses.fields(Labelled)] == ["x", "y", "tags"]
    assert Point.__match_args__ == ("x", "y")
    assert Point.__dataclass_params__.frozen
    moved = dataclasses.replace(Point(1, 2), y=5)
    assert moved == Point(1, 5) and dataclasses.asdict(Labelled(1, tags=["t"])) == {"x": 1, "y": 0, "tags": ["t"]}
    match Point(7, 8):
        case Point(a, b):
            assert (a, b) == (7, 8)


def test_a_subclass_declared_with_the_standard_decorator_makes_its_base_first() -> None:
    Point = _declare()["Point"]

    @dataclasses.dataclass(frozen=True)
    class Weighted(Point):
        weight: float = 1.0

    assert Weighted(1, 2, 0.5) == Weighted(1, 2, 0.5) and repr(Weighted(1)) == f"{Weighted.__qualname__}(x=1, y=0, weight=1.0)"
    assert Point(1, 2) == Point(1, 2)


@dataclass(frozen=True)
class Pickled:
    """Module level: pickle finds classes by module and name."""

    x: int
    y: int = 0


def test_copies_and_pickles_of_instances() -> None:
    p = Pickled(2, 3)
    assert pickle.loads(pickle.dumps(p)) == p and copy.deepcopy(p) == p and copy.copy(p) is not p


def test_an_instance_made_without_init_makes_its_class_when_compared() -> None:
    Point = _declare()["Point"]
    bare = object.__new__(Point)
    object.__setattr__(bare, "x", 1)
    object.__setattr__(bare, "y", 2)
    assert bare == Point(1, 2)
    fresh = _declare()["Point"]
    unmade = object.__new__(fresh)
    object.__setattr__(unmade, "x", 1)
    object.__setattr__(unmade, "y", 2)
    assert hash(unmade) == hash((1, 2)) and repr(unmade) == f"{fresh.__qualname__}(x=1, y=2)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        unmade.x = 3


def test_slots_are_made_at_once() -> None:
    @dataclass(frozen=True, slots=True)
    class Slotted:
        value: int

    assert "__dataclass_fields__" in vars(Slotted) and not hasattr(Slotted(1), "__dict__")


_UNMADE_AFTER_RULE = """
import contextlib, io, json, sys, dataclasses
from pingfen.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    main(sys.argv[1:])
declared = made = 0
for name, module in list(sys.modules.items()):
    if not name.startswith("pingfen."):
        continue
    for value in list(vars(module).values()):
        if isinstance(value, type) and value.__module__ == name and "__dataclass_fields__" in vars(value):
            declared += 1
            made += isinstance(vars(value)["__dataclass_fields__"], dict)
print(json.dumps([out.getvalue(), declared, made]))
"""


def test_pingfen_rule_makes_only_the_classes_it_uses() -> None:
    done = subprocess.run([sys.executable, "-c", _UNMADE_AFTER_RULE, "rule", "每下降1%扣0.1分，扣完为止", "--actual", "85%",
                           "--target", "90%", "--full", "5"], capture_output=True, text=True, encoding="utf-8", check=True)
    output, declared, made = json.loads(done.stdout.strip().splitlines()[-1])
    # the rule's own arithmetic: 90% - 85% = 5 steps of 1%, 0.1 each
    assert "得分：4.5" in output and "扣0.5分" in output
    assert declared >= 60 and made <= declared // 2, (declared, made)


_INSPECT_AFTER_RULE = """
import contextlib, io, json, sys, types
from pingfen.cli import main
with contextlib.redirect_stdout(io.StringIO()) as output:
    main(sys.argv[1:])
unrun = type(sys.modules["inspect"]) is not types.ModuleType
from pingfen.lazy_dataclass import dataclass

@dataclass
class Undocumented:
    x: int
    y: str = "a"

made = Undocumented(1)  # dataclasses now writes its signature as __doc__: inspect runs on this first use
import inspect
print(json.dumps([output.getvalue(), unrun, Undocumented.__doc__, str(inspect.signature(Undocumented)), repr(made),
                  type(sys.modules["inspect"]) is types.ModuleType, sys.modules["inspect"] is inspect]))
"""


def test_pingfen_rule_leaves_inspect_unrun_until_a_name_of_it_is_used() -> None:
    done = subprocess.run([sys.executable, "-c", _INSPECT_AFTER_RULE, "rule", "每下降1%扣0.1分，扣完为止", "--actual", "85%",
                           "--target", "90%", "--full", "5"], capture_output=True, text=True, encoding="utf-8", check=True)
    output, unrun, doc, signature, shown, plain, same = json.loads(done.stdout.strip().splitlines()[-1])
    assert "得分：4.5" in output
    assert unrun  # dataclasses imported it, nothing used it: the rule classes it made have docstrings
    # then the standard behaviour: the class's __doc__ is its signature, as dataclasses writes it without inspect deferred
    assert doc == "Undocumented(x: int, y: str = 'a')" and signature == "(x: int, y: str = 'a') -> None"
    assert shown == "Undocumented(x=1, y='a')" and plain and same
