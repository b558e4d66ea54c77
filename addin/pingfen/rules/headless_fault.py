"""A fault whose words open with the unit of what is counted and no count before it: ``處不合格,扣 1分`` (a page that
opens inside the rule: 每处? 一处?), ``(3)项不规范的扣2分`` (the 项 of the item's number), ``一些次未关扣10分`` (a garbled
count). Whether the points go once or each time, and for what, is not said: refused, naming the fault (once read as the
fault 处不合格 / 项不规范 / 一些次未关 deducted once). 项目未完成 / 人员不足 / 个别未落实 open with a word, not a unit."""

from __future__ import annotations

from .errors import Unplaced
from ..text.lazy_regex import lazy_compile

# the unit, then at once the failure (不/未/没/缺/漏/无): no noun between them that the unit could be part of
_HEADLESS = lazy_compile(r"^(?:一些|有些|若干)?[处项次条个件例户][不未没缺漏无]")


def refuse_headless_fault(what: str) -> None:
    if _HEADLESS.match(what):
        raise Unplaced(what, f"“{what}”前面没有写明计数（如“每处”“1处”），无法确定是每处都扣还是只扣一次，请核对原文",
                       certain=True)
