"""A printed form's tick boxes, each option followed by its points: ``口开立独立银行账户5 口未开立独立很行账户0``
(口 is how a scanned □ comes out). The evaluator ticks the option that applies: a choice of grades, each with
its points. Only a text made wholly of boxes is read so; an option holding a number is left to the reader
(it may be a band of a measure)."""

from __future__ import annotations

from decimal import Decimal

from .model import GradeMap
from ..text.lazy_regex import lazy_compile

_BOX = "口□☐"
_OPTION = lazy_compile(rf"[{_BOX}]([^\d{_BOX},;。:()]{{2,40}}?)(\d+(?:\.\d+)?)分?")
_BOXES = lazy_compile(rf"(?:[{_BOX}][^\d{_BOX},;。:()]{{2,40}}?\d+(?:\.\d+)?分?){{2,}}")


def read_tick_boxes(text: str) -> GradeMap | None:
    """The options and their points when ``text`` (normalised) is a row of tick boxes; None otherwise."""
    if not _BOXES.fullmatch(text):
        return None
    options = [(match.group(1), Decimal(match.group(2))) for match in _OPTION.finditer(text)]
    if len({name for name, _ in options}) < len(options):
        return None  # the same option twice: not a choice
    return GradeMap(grades=tuple(options))
