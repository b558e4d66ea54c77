"""A situation of two halves joined by 且 that a deduction needs both of: ``未完成上级下达的耕地保护目标任务,且未落实耕地
“进出平衡”的扣5分`` / ``未完成任务且未落实进出平衡的扣5分``. A reading that keeps one half and drops the other deducts where
the text does not (once ``且未落实耕地“进出平衡”的扣5分``, or ``完成率<目标值扣5分`` with the 进出平衡 lost): refused, naming
the two halves. Readings that keep both (each half's words in the 规范写法) are left as they are."""

from __future__ import annotations

from .errors import Unplaced
from .model import Rule
from ..text.lazy_regex import lazy_compile

# the two halves, each within its clause (a comma may stand before 且), then the deduction or the zeroing they lead to —
# once (a deduction counted, …且在登记中要素不规范的每一小点扣0.5分, counts what the second half names: the first is
# what they are found in)
_JOINED = lazy_compile(
    r"(?P<first>[^,，;；。\n]{2,60}?)[,，]?(?<!并)(?<!而)且(?P<second>[^,，;；。\n每]{2,60}?)的?[,，]?"
    r"(?=扣\d|(?:此项|该项|本项)?不得分)")
_MARKS = lazy_compile(r"[\s“”\"'《》()（）,，、的]")
_NEGATION = lazy_compile(r"^(?:\d+[、.)]|\(\d+\))?(?:如|若)?(?:未能|未|没有|无|不)?")


def _words(half: str) -> str:
    """The words that name the half: its marks and its leading negation left out (未落实 → 落实, as a 规范写法 may say)."""
    return _MARKS.sub("", _NEGATION.sub("", half.strip()))


def refuse_dropped_half(rule: Rule, text: str) -> None:
    if "且" not in text:
        return  # (the 规范写法 written only for a text that joins two halves)
    said: str | None = None
    for joined in _JOINED.finditer(text):
        said = _MARKS.sub("", rule.canonical()) if said is None else said
        first, second = _words(joined.group("first")), _words(joined.group("second"))
        lost = [half for half in (first[-6:], second[:6]) if half and half not in said]
        if lost:
            raise Unplaced(joined.group().strip(",，"),
                           "“且”连接的两项情形须同时具备才扣分（或不得分），其中一项没有读入评分方法，无法按原意计分，"
                           "请录入得分并写明理由",
                           certain=True)
