"""The item's highest score said again after a rule that adds points on top (加分): ``…每超5个百分点加0.5分，加分最多1分
（本项最高5分）`` / ``…加分封顶1分（计入本项后本项最高4分）`` / ``…每项加1分，加分不超过2分，本指标最高6分`` /
``…最高5分；…扣完为止（满分5分）``.

The statement names no method of its own: it is the base's points plus the most the additions add (4 + 1), which
the rest, read alone, must give as its highest — from a base the text prints (达到目标得满分，…最多加1分 has 分值 + 1,
which the statement would only say if the 分值 were known). A rest that gives another highest, or adds nothing, leaves
the statement unread (the whole is refused as before).
"""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .model import Rule, Scorer
from .zero_situations import ZeroSituations

_ITEM = r"(?:本项|本指标|该项|此项|该指标)"
_AFTER = r"(?:计入本项后|加分后)?"
# (本项最高5分) / (计入本项后本项最高4分) / (满分5分) anywhere; 本指标最高6分 / 本项最高4分 as a sentence of its own
_HIGHEST = lazy_compile(
    rf"\({_AFTER}{_ITEM}?(?:最高|满分)(?:为|可得)?(?P<bracketed>\d+(?:\.\d+)?)分\)"
    rf"|(?<=[,;。]){_AFTER}{_ITEM}(?:最高|满分)(?:为|可得)?(?P<said>\d+(?:\.\d+)?)分(?=[。;]|$)"
)


def split_highest(text: str) -> tuple[str, str, Decimal] | None:
    """(the text without the statement, the statement, its points), or None when there is not exactly one."""
    found = list(_HIGHEST.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    rest = (text[: match.start()] + text[match.end():]).strip(",;。 ")
    return rest, match.group(), Decimal(match.group("bracketed") or match.group("said"))


def highest_is(scorer: Scorer | ZeroSituations, points: Decimal) -> bool:
    """Whether the reading adds points on top of a base it prints and its highest is ``points``, the 分值 being the
    base's points or that highest."""
    rule = Rule(scorer.scorer if isinstance(scorer, ZeroSituations) else scorer)
    base = rule.implied_base()
    if base is None or base >= points:
        return False
    # (the 分值 the row gives: the base's points, or the highest with the additions counted in it)
    return all(rule.highest(full) == points for full in (base, points))
