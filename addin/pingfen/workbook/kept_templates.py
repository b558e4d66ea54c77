"""The parsed trees of formula templates, kept between runs as Python keeps bytecode (pingfen.kept).

A new process parses each template of a workbook's formulas again (``formula_text.template``: the
formula with its references blanked out; a generated 评分表 has a few dozen, some thousands of
characters long). The tree depends only on that text and on the code that reads it, so it is kept by
the template's text in ``__pycache__`` beside this module's bytecode
(``kept_templates.cpython-311.templates``), stamped with the size and modification time of this module,
the formula reader and the expression model: a change to any of them, a file whose checksum does not
match, a tree this code cannot rebuild or whose references are not the formula's, and the formula is
parsed as before. Nothing is written where Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``), so
there every run parses, as the first run does everywhere."""

from __future__ import annotations

import os
from decimal import Decimal
from types import CodeType
from typing import Any

from ..kept import Kept
from ..rules import expr
from ..rules.expr import Area, Bool, Call, Cmp, Concat, ErrorValue, Expr, If, Logic, Neg, Not, Num, Op, Percent, Ref, Text

_HERE = os.path.dirname(__file__)
_KEPT = Kept(__file__, "templates", also=(os.path.join(_HERE, "formula_text.py"), expr.__file__))
# how the formulas of a template read their cells from their digits (compiled._Plan), by the formula
# text with its digit runs masked: a first formula of a known shape finds its cells without the
# reference pattern run over its text (the plans depend on the compiler's code too)
_PLANS = Kept(__file__, "plans", also=(os.path.join(_HERE, "formula_text.py"), os.path.join(_HERE, "compiled.py"), expr.__file__))
# templates kept at most: the whole file is read by every run (about 2 KB and 15 µs a template), so
# when it is full the templates this run did not use make room (a generated 评分表 has a few dozen)
_LIMIT = 200
_USED: set[str] = set()  # the templates read or kept in this run
_CLASSES: dict[str, type] = {cls.__name__: cls for cls in (Area, Bool, Call, Cmp, Concat, ErrorValue, If, Logic, Neg, Not, Num, Op, Percent, Ref, Text)}
_REFERENCE = "@"  # (_REFERENCE, its place among the tree's references, the node)
_DECIMAL = "Decimal"  # (_DECIMAL, its text): no expression class has this name


def kept_tree(key: str, found: list[tuple[str, str]]) -> tuple[Expr, tuple[Ref | Area, ...]] | None:
    """The tree kept for the template ``key`` and its reference nodes in source order, when there is
    one with as many references as ``found`` (a formula's (sheet, reference) texts), each a range
    where the formula's is one; None otherwise."""
    encoded = _KEPT.get(key)
    if encoded is None:
        return None
    _USED.add(key)
    references: list[Any] = [None] * len(found)
    try:
        tree = _decoded(encoded, references) if type(encoded) is tuple else None
    except (KeyError, TypeError, ValueError, IndexError, ArithmeticError, RecursionError):  # not a tree this code writes
        return None
    if tree is None:
        return None
    for node, (_, reference) in zip(references, found):
        if type(node) is not (Area if ":" in reference else Ref):
            return None
    return tree, tuple(references)


def keep_tree(key: str, tree: Expr, references: list[Ref | Area]) -> None:
    """Keeps ``tree`` (its reference nodes in source order) for the template ``key``: written by ``keep``."""
    if not _room(_KEPT, _USED, key):
        return
    places = {id(node): index for index, node in enumerate(references)}
    encoded = _encoded(tree, places)
    if encoded is not None and len(places) == len(references):
        _KEPT.put(key, encoded)
        _USED.add(key)


def kept_plans(mask: bytes) -> list[Any] | None:
    """The plans kept for formulas whose masked text is ``mask`` (as ``keep_plan`` was given them)."""
    plans = _PLANS.get(mask)  # type: ignore[arg-type]
    if plans is not None:
        _USED_PLANS.add(mask)
    return plans if type(plans) is list else None


def keep_plan(mask: bytes, plan: tuple[Any, ...]) -> None:
    """Keeps ``plan`` (values marshal writes) among those of ``mask``: written by ``keep``."""
    if not _room(_PLANS, _USED_PLANS, mask):
        return
    plans = _PLANS.values().get(mask)
    _PLANS.put(mask, [*(plans if type(plans) is list else ()), plan])  # type: ignore[arg-type]
    _USED_PLANS.add(mask)


_USED_PLANS: set[bytes] = set()
# the code of the functions written for plans that serve many formulas (compiled._Plan._specialised),
# by their source text: it depends on nothing else
_CODE = Kept(__file__, "plan_code")
# the straight-line code of the shapes that served many cells (straight_shapes), by template: it depends
# on the template's tree (the reader), on the writer and on the closures it calls for some nodes
_SHAPE_CODE = Kept(__file__, "shape_code", also=tuple(os.path.join(_HERE, name) for name in ("formula_text.py", "compiled.py", "straight_shapes.py")) + (expr.__file__,))
_USED_CODE: dict[Kept, set[str]] = {}


def kept_code(source: str, shape: bool = False) -> CodeType | None:
    """The code compiled from ``source`` in an earlier run (``shape``: the code written for the shape
    of the template ``source``), or None."""
    store = _SHAPE_CODE if shape else _CODE
    code = store.get(source)
    if type(code) is not CodeType:
        return None
    _USED_CODE.setdefault(store, set()).add(source)
    return code


def keep_code(source: str, code: CodeType, shape: bool = False) -> None:
    """Keeps ``code`` (compiled from ``source``, or written for the shape of its template): written by ``keep``."""
    store = _SHAPE_CODE if shape else _CODE
    used = _USED_CODE.setdefault(store, set())
    if not _room(store, used, source):
        return
    store.put(source, code)
    used.add(source)


def _room(store: Kept, used: set[Any], key: Any) -> bool:
    """Whether ``store`` can take ``key``: when it is full, what this run did not use makes room."""
    kept = store.values()
    if key in kept or len(kept) < _LIMIT:
        return True
    for unused in [known for known in kept if known not in used]:
        del kept[unused]
    return len(kept) < _LIMIT


def keep() -> None:
    """Writes the trees, plans, plan code and shape code kept in this run, where Python writes bytecode."""
    _KEPT.keep()
    _PLANS.keep()
    _CODE.keep()
    _SHAPE_CODE.keep()


def _encoded(node: Any, places: dict[int, int]) -> Any:
    """``node`` as marshal writes it; None for anything else than the formula reader makes."""
    kind = type(node)
    if kind is tuple:
        items = [_encoded(item, places) for item in node]
        return None if None in items else items
    if kind is Decimal:
        return (_DECIMAL, str(node))
    if kind in (str, int, bool) or node is None:
        return node
    if _CLASSES.get(kind.__name__) is not kind:
        return None
    fields = []
    for name, value in vars(node).items():
        encoded = _encoded(value, places)
        if encoded is None and value is not None:
            return None
        fields += (name, encoded)
    whole = (kind.__name__, *fields)
    place = places.get(id(node))
    return whole if place is None else (_REFERENCE, place, whole)


def _decoded(value: Any, references: list[Any]) -> Any:
    """What ``_encoded`` wrote (a list or a tuple) made again; plain values are read as they are."""
    if type(value) is list:
        return tuple([_decoded(item, references) if type(item) in _ENCODED else item for item in value])
    name = value[0]
    if name == _REFERENCE:
        node = _decoded(value[2], references)
        if references[value[1]] is not None:
            raise ValueError("a reference placed twice")
        references[value[1]] = node
        return node
    if name == _DECIMAL:
        return Decimal(value[1])
    # the instance as a copy or pickle makes it, its fields set directly: no __init__ (which would make
    # each lazy dataclass of the expression model now, pingfen.lazy_dataclass, for trees that are only read)
    node = _new(_CLASSES[name])
    fields = node.__dict__
    for index in range(1, len(value), 2):
        item = value[index + 1]
        fields[value[index]] = _decoded(item, references) if type(item) in _ENCODED else item
    return node


_ENCODED = {list, tuple}
_new = object.__new__
