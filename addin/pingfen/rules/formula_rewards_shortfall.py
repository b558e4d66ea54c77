"""A formula that scores more the less was done: ``得分=（目标签约率-实际签约率）/目标签约率×4`` gives 4 to signing nobody
and 0 to meeting the target — the shortfall's share where the writer meant the completion's (实际/目标×4). Refused, naming
the formula: the text gives one score, the meaning the opposite. Only a rate or degree measured as done (实际…率, 完成率,
满意度) is weighed; where less is better (偏差率, 投诉率, 支出, 成本: text/measure_sides.py) or the value is an amount, the
formula is read as written."""

from __future__ import annotations

from decimal import Decimal

from .errors import Unplaced
from .formula import formula_names, worked_out
from .model import Formula
from ..text.lazy_regex import lazy_compile
from ..text.measure_sides import WHICH_WAY_UNSAID

_DONE_RATE = lazy_compile(r"^(?:实际|完成|实到|已)[\u4e00-\u9fff]*(?:率|度)$")
_TARGET = lazy_compile(r"^(?:目标|计划|应)[\u4e00-\u9fff]*$")
_AMOUNT = lazy_compile(r"支出|金额|资金|投资|经费|开支|预算")


def refuse_shortfall_rewarded(scorer: object, text: str) -> None:
    if not isinstance(scorer, Formula):
        return
    names = formula_names(scorer.tree)
    done = [n for n in names if _DONE_RATE.match(n) and not WHICH_WAY_UNSAID.search(n) and not _AMOUNT.search(n)]
    if len(done) != 1 or not all(n == done[0] or _TARGET.match(n) or n in ("分值", "本项分值") for n in names):
        return
    measure = done[0]

    def at(share: Decimal) -> Decimal | None:
        return worked_out(scorer.tree, lambda n: share if n == measure else Decimal(1) if n != "分值" else Decimal(10))
    low, high = at(Decimal("0.5")), at(Decimal("0.9"))
    if low is None or high is None or low <= high:
        return
    raise Unplaced(scorer.source if scorer.source in text else text,
                   f"计分公式中{measure}越高得分越低（{measure}50%得分高于90%），与评价的方向相反；"
                   "请核对公式（如“得分=实际值/目标值×分值”）", certain=True)


__all__ = ["refuse_shortfall_rewarded"]
