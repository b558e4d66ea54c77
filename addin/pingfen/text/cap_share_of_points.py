"""每发现1例违规结算医保费用的扣0.5分，扣分不超过该项分值的一半（4分）: a cap said as a share of the item's points,
where the text states those points once — the cap is that share of them (最多扣2分), as 扣分不超过该项分值 is all of
them (扣完为止). Only where the item's points are said once in the text (（4分） / 本项4分 / 满分4分 / 分值4分): an award
(100%得6分) may be less than the item's points, and a share of points never said is left as written (refused).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile
from .numbers import general_text

_SHARES = {"一半": Decimal("0.5"), "1/2": Decimal("0.5"), "二分之一": Decimal("0.5")}
# 扣分不超过该项分值的一半 / 累计扣分不超过本项分值的50% / 最多扣该项分值的30%
_CAP_SHARE = lazy_compile(r"(?:(?:累计|合计|总)?扣分(?:最多)?(?:不超过|不得超过|不高于|以)|最多扣(?:除)?)"
                          r"(?:该项|本项|此项|该指标|本指标)?(?:分值|满分)的(?P<share>一半|1/2|二分之一|\d+(?:\.\d+)?%)(?:为限)?")
# the item's points, said in brackets or after 本项/满分/分值 (not 得4分: an award)
_ITEM_POINTS = lazy_compile(r"\((?:本项|该项|此项|本指标|该指标)?(?:分值|满分)?为?(\d+(?:\.\d+)?)分\)"
                            r"|(?:本项|该项|此项|本指标|该指标)(?:分值|满分)?为?(\d+(?:\.\d+)?)分|(?:满分|分值)为?(\d+(?:\.\d+)?)分")


def cap_share_of_points(text: str) -> str:
    found = _CAP_SHARE.search(text)
    if found is None:
        return text
    points = {Decimal(next(g for g in m.groups() if g)) for m in _ITEM_POINTS.finditer(text)}
    share = found.group("share")
    fraction = _SHARES.get(share) or Decimal(share[:-1]) / 100
    if len(points) != 1 or not 0 < fraction < 1:
        # (扣分不超过该项分值的一半 with no points said: left for the reader to refuse — never 扣分不超过该项分值, whose
        # 扣完为止 once swallowed it and the 的一半 was lost: the cap silently the whole item's)
        return text[:found.start()] + f"扣分不超过分值的{share}" + text[found.end():]
    return text[:found.start()] + f"最多扣{general_text(points.pop() * fraction)}分" + text[found.end():]
