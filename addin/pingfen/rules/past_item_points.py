"""Limits that run past the item's own points, where the text does not say how the score stops.

``赛事经费控制（3分）：超预算的每超1%扣0.5分，最多扣5分``: a cap on the deductions above the 3 points they come off —
8% over is 3 − 4: below 0, or 0? Nothing says (扣完为止 would: the cap is then only the words' habit, and the score stops
at 0). ``培训合格率（3分）：合格率达到85%得3分，…，每高1个百分点加0.2分``: points added above a level that already
gives the item's full marks, with no limit — 95% is 5 of 3 points, or the additions are stopped at 3 and mean nothing.
Either is refused, naming the cap or the addition; a limit written (最多加1分, 加分后不超过分值, 上不封顶 said) is read.

The item's points are the heading's (…（3分）：) or the band's own, as the reader placed them in the steps' base.
"""

from __future__ import annotations

from decimal import Decimal
import unicodedata

from .errors import Unplaced
from .piecewise import Bonus, Deduction, Piecewise
from ..text.lazy_regex import lazy_compile

_FLOOR_SAID = lazy_compile(r"扣完为止|扣完即止|扣至0分为止|扣完本项分值为止|最低(?:为|不低于)?0分|直至扣完|不得分为止|得分不低于0")
_NO_LIMIT_SAID = lazy_compile(r"上不封顶|不封顶|不设上限|多超多得")
_CAP_WRITTEN = lazy_compile(r"(?:最多|最高|累计|合计)?扣(?:分)?(?:不超过|最多|最高|至多)?(\d+(?:\.\d+)?)分")
_HEADING_POINTS = lazy_compile(r"^[^,;。:()]{2,40}?\((\d+(?:\.\d+)?)分\)")
_ADDITION = lazy_compile(r"[^,;。]*加\d+(?:\.\d+)?分")


def refuse_limits_past_points(scorer: object, text: str, raw: str) -> None:
    if not isinstance(scorer, Piecewise):
        return
    written = unicodedata.normalize("NFKC", raw)  # (the clause named as written: 每高1个百分点, never the reader's 1%)
    heading = _HEADING_POINTS.search(text)
    points = Decimal(heading.group(1)) if heading else None
    outcomes = [scorer.otherwise, *(outcome for _, outcome in scorer.cases)]
    added_most = sum((o.cap for o in outcomes if isinstance(o, Bonus) and o.cap is not None), Decimal(0))
    # the steps that cost points on the worse side of the level (below it for 每高…加, above it for a limit's 每低…加)
    worse_steps = {o.direction for o in outcomes if isinstance(o, Deduction)}
    for outcome in outcomes:
        if isinstance(outcome, Deduction) and outcome.cap is not None and not _FLOOR_SAID.search(text):
            base = outcome.base if outcome.base is not None else points
            # (得1.5分…加分不超过0.5分…扣分不超过2分: the most the item can score, 2, is what the cap takes)
            if base is not None and outcome.cap > base + added_most:
                cap = next((found.group() for found in _CAP_WRITTEN.finditer(written)
                            if Decimal(found.group(1)) == outcome.cap), text)
                raise Unplaced(cap, f"最多扣{format(outcome.cap.normalize(), 'f')}分超过本项分值{format(base.normalize(), 'f')}分，"
                                    "扣到0分以下时得0分还是负分没有写明（如扣到0分为止，请写“扣完为止”）", certain=True)
        # 达到85%得3分，每低1个百分点扣0.2分，每高1个百分点加0.2分 under （3分）: the item's points are the level's, the
        # steps go both ways from it — and up past the points, or not? (达目标的计满分，不达目标不计分，每超目标两个百分点加1分,
        # a 考核's bonus with no steps down, adds past the 分值 as its hand-worked rows read it)
        if isinstance(outcome, Bonus) and outcome.cap is None and not outcome.at_most_full and not outcome.cap_at_base \
                and not _NO_LIMIT_SAID.search(text) and outcome.base is not None and outcome.base == points \
                and ({"above": "below", "below": "above"}[outcome.direction] in worse_steps):
            added = _ADDITION.search(written)
            raise Unplaced(added.group() if added else text,
                           f"达到这一水平已得本项分值{format(points.normalize(), 'f')}分，其上每步加分又没有写最多加几分："
                           "得分可超过分值，还是加到分值为止（加分不起作用），没有写明（请写明，如“最多加1分”“加分后不超过分值”）",
                           certain=True)
