"""The full amount in words, then the share of it: ``按政策全额征收上交记15分。降低比例的按比例记分`` / ``按期足额缴纳…资金，
得5分；未足额缴纳的，按比例扣分``. 全额/足额 is the whole of what is due (100% of it); short of it, the points follow the
share done (得分 = 比例 × 分), as ``征收率达到100%记15分，低于100%的按比例记分`` reads.

Only this shape is read: the award names the full amount (全额/足额) and nothing else scores but one proportional clause
that says the amount fell short (降低比例的 / 未足额缴纳的 / 不足额的).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause, Condition
from .model import Scorer
from .piecewise import Interval, Piecewise

_FULL_AMOUNT = lazy_compile(r"全额|足额")
_SHORT_OF_IT = lazy_compile(r"^(?:如|若)?(?:降低比例|比例降低|未足额|不足额|未全额|未能足额|没有足额)[\u4e00-\u9fff]{0,8}?的?[,，]?按(?:实际)?比例(?:计分|记分|得分|扣分|计算得分)$")


def compose_full_amount(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    from .piecewise_reading import compose_piecewise

    if len(scoring) != 2:
        return None
    award, share = scoring
    if award.condition is not None or award.unread or award.otherwise or award.step is not None or award.per is not None \
            or award.outcome is None or award.outcome[0] != "points" or not award.outcome[1] \
            or not _FULL_AMOUNT.search(award.text) or any(t.kind == "NUM" for t in award.tokens):
        return None
    # 未足额缴纳的，按比例扣分: the shortfall said in words just before the clause that scores it
    said = next((c for c in context if c.end < share.start and share.start - c.end <= 1), None)
    words = (said.text + "，" if said is not None and said.start > award.end else "") + share.text
    if share.condition is not None or share.unread or share.otherwise or not _SHORT_OF_IT.match(words):
        return None
    whole = Condition(Interval(low=Decimal(1), low_inclusive=True), "%")
    short = Condition(Interval(high=Decimal(1), high_inclusive=False), "%")
    scorer = compose_piecewise([replace(award, condition=whole), replace(share, condition=short, outcome=("prop", None), policy=None)],
                               [c for c in context if c is not said], text)
    return scorer if isinstance(scorer, Piecewise) and scorer.implied_max() == award.outcome[1] else None
