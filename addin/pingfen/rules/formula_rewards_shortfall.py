"""A formula that scores more the less was done: ``得分=（目标签约率-实际签约率）/目标签约率×4`` gives 4 to signing nobody
and 0 to meeting the target — the shortfall's share where the writer meant the completion's (实际/目标×4). Refused, naming
the formula: the text gives one score, the meaning the opposite. Only a rate or degree measured as done (实际…率, 完成率,
满意度) is weighed; where less is better (偏差率, 投诉率, 支出, 成本: text/measure_sides.py) or the value is an amount, the
formula is read as written.

Its mirror: a cost measured (实际单位成本, 实际造价, 实际费用) over its standard or plan, where more cost scores more:
``单位养护成本应控制在核定标准以内。得分=实际单位成本/核定标准单位成本×5分`` gives full marks to spending the standard and
more to spending beyond it (capped), and less to saving — refused the same way. (Spending, 支出, is left as written:
实际支出/预算 is the 预算执行率, more of it better.)"""

from __future__ import annotations

import re
from decimal import Decimal

from .errors import Unplaced
from .formula import formula_names, worked_out
from .model import Formula
from ..text.lazy_regex import lazy_compile
from ..text.measure_sides import WHICH_WAY_UNSAID

_DONE_RATE = lazy_compile(r"^(?:实际|完成|实到|已)[\u4e00-\u9fff]*(?:率|度)$")
_TARGET = lazy_compile(r"^(?:目标|计划|应)[\u4e00-\u9fff]*$")
_AMOUNT = lazy_compile(r"支出|金额|资金|投资|经费|开支|预算")
_COST = lazy_compile(r"^实际[\u4e00-\u9fff]*(?:成本|单价|造价|费用)$")
_STANDARD = lazy_compile(r"^(?:目标|计划|应|核定|标准|预算|批复|定额|合同)[\u4e00-\u9fff]*$")


def refuse_shortfall_rewarded(scorer: object, text: str) -> None:
    if not isinstance(scorer, Formula):
        return
    names = formula_names(scorer.tree)
    done = [n for n in names if _DONE_RATE.match(n) and not WHICH_WAY_UNSAID.search(n) and not _AMOUNT.search(n)]
    if len(done) != 1 or not all(n == done[0] or _TARGET.match(n) or n in ("分值", "本项分值") for n in names):
        return
    measure = done[0]
    if _rises_with(scorer, measure, Decimal("0.5"), Decimal("0.9")) is False:
        raise Unplaced(_formula_said(scorer, text),
                       f"计分公式中{measure}越高得分越低（{measure}50%得分高于90%），与评价的方向相反；"
                       "请核对公式（如“得分=实际值/目标值×分值”）", certain=True)


def refuse_cost_rewarded(scorer: object, text: str) -> None:
    if not isinstance(scorer, Formula):
        return
    names = formula_names(scorer.tree)
    costs = [n for n in names if _COST.match(n)]
    if len(costs) != 1 or not all(n == costs[0] or _STANDARD.match(n) or n in ("分值", "本项分值") for n in names):
        return
    if _rises_with(scorer, costs[0], Decimal(1), Decimal("1.2")):  # (1-|实际单价-合同单价|/合同单价)×2 falls past it: read
        raise Unplaced(_formula_said(scorer, text),
                       f"计分公式中{costs[0]}越高得分越高，成本超出标准反而得分更高，与成本控制的方向相反；"
                       "请核对公式（如“得分=核定标准/实际成本×分值”，或按节约率、超支率分档）", certain=True)


def _formula_said(scorer: Formula, text: str) -> str:
    """The formula as the text writes it (its source may print the 分值 as a number: 实际成本/预算成本×3)."""
    if scorer.source in text:
        return scorer.source
    said = re.search(r"(?:得分|分数)=[^,;。]+", text)
    return said.group() if said else text


def _rises_with(scorer: Formula, measure: str, low_share: Decimal, high_share: Decimal) -> bool | None:
    """Whether the formula scores more with the measure at ``high_share`` of the others' value than at ``low_share``
    (None where it cannot be worked out, or scores the same)."""

    def at(share: Decimal) -> Decimal | None:
        return worked_out(scorer.tree, lambda n: share if n == measure else Decimal(1) if n != "分值" else Decimal(10))
    low, high = at(low_share), at(high_share)
    if low is None or high is None or low == high:
        return None
    return high > low


__all__ = ["refuse_cost_rewarded", "refuse_shortfall_rewarded"]
