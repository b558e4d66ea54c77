"""A printed form's tick boxes, each option followed by its points: ``口开立独立银行账户5 口未开立独立很行账户0``
(口 is how a scanned □ comes out). The evaluator ticks the option that applies: a choice of grades, each with
its points. Only a text made wholly of boxes is read so; an option holding a number is left to the reader
(it may be a band of a measure).

A form copied from a PDF interleaves its other columns with the options, each option's points in brackets:
``□名称牌匾悬挂于办公场所外或门厅处(5分)\n名称牌匾\n1□名称牌匾悬挂于办公场所内(3分)\n(5分)\n□未悬挂名称牌匾(0分)``. Between one
option's points and the next box there may only be the indicator's name (words) — the row's number and its 分值 in
brackets (the highest option's points) go in the text layer (text/form_columns.py); before the first box only the
name."""

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
        return _bracketed_options(text)
    options = [(match.group(1), Decimal(match.group(2))) for match in _OPTION.finditer(text)]
    if len({name for name, _ in options}) < len(options):
        return None  # the same option twice: not a choice
    return GradeMap(grades=tuple(options))


# □名称牌匾悬挂于办公场所内(3分), then the indicator's name the copy put after it (名称牌匾), before the next box (the form's
# 序号 and 分值 columns went in the text layer, text/form_columns.py)
_NAME = r"[^\d{box}()\n,;。:]{{0,12}}".format(box=_BOX)
_BRACKETED = lazy_compile(rf"[{_BOX}]([^\d{_BOX},;。:()\n]{{2,40}}?)\((\d+(?:\.\d+)?)分\)\s*{_NAME}\s*(?=[{_BOX}]|$)")
_LEAD = lazy_compile(rf"^\s*{_NAME}\s*(?=[{_BOX}])")


def _bracketed_options(text: str) -> GradeMap | None:
    lead = _LEAD.match(text)
    if lead is None:
        return None
    options, at = [], lead.end()
    for match in _BRACKETED.finditer(text, lead.end()):
        if match.start() != at:
            return None
        options.append((match.group(1).strip(), Decimal(match.group(2))))
        at = match.end()
    if at != len(text) or len(options) < 2 or len({name for name, _ in options}) < len(options):
        return None
    return GradeMap(grades=tuple(options))
