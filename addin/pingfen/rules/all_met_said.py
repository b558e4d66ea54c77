"""Requirements listed, then 全部达到的得N分 beside levels of how many are met (建立制度,开展培训,全部达到的得2分,达到一项的
得1分): all of them met is the top of the count, never what the rest scores. Read as 实际值≥1项得1分；否则得2分 it gave
both met 1 and none met 2. A reading that leaves 全部… to 否则 beside count levels is refused, naming it."""

from __future__ import annotations

from decimal import Decimal

from .errors import Unplaced
from .model import Scorer
from .piecewise import Award, Piecewise
from ..text.lazy_regex import lazy_compile

_ALL_MET = lazy_compile(r"(?:全部|均|都)(?:达到|完成|做到|符合|满足|落实)(?:要求)?的?[,，]?(?:得|计|记|给)\d+(?:\.\d+)?分")


def refuse_all_met_as_otherwise(scorer: Scorer, text: str) -> None:
    said = _ALL_MET.search(text)
    if said is None or not isinstance(scorer, Piecewise) or not scorer.cases or not isinstance(scorer.otherwise, Award):
        return
    rest, top = scorer.otherwise.points, scorer.cases[0][0]
    awards = [outcome.points for _, outcome in scorer.cases if isinstance(outcome, Award)]
    reached = isinstance(top.low, Decimal) and top.high is None  # 实际值≥1项得1分: a level of how many are met
    if reached and rest is not None and rest > 0 and awards and all(points is not None and points < rest for points in awards):
        raise Unplaced(said.group(), "“全部达到”是所列各项都达到的最高一档，不是其余情形的得分；请按达到的项数逐档写明"
                                     "（如“达到2项得2分，达到1项得1分，均未达到不得分”）", certain=True)
