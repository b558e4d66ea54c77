"""A rate's change on last year (达标率较上年提高2个百分点以上得3分 / 比上年提高2%): the difference of two rates (or, for
2%, maybe their ratio), never the rate's own level — once read as 达标率≥2% (92% against 91% last year scored 3).
A reading that drops the comparison with last year is refused, naming it; one that keeps it (较上年增长率≥5%) stands."""

from __future__ import annotations

from .errors import Unplaced
from .model import Scorer
from ..text.lazy_regex import lazy_compile

_RATE_CHANGED = lazy_compile(r"率(?:较|比|与)(?:上年|去年|上一年|上年度|上期|基期)(?:同期)?(?:相比)?"
                             r"(?:提高|增长|上升|提升|下降|降低|减少|增加)\d")


def refuse_rate_change_as_level(scorer: Scorer, text: str, label: str) -> None:
    said = _RATE_CHANGED.search(text)
    if said is None:
        return
    if any(word in scorer.canonical(label) for word in ("较上年", "比上年", "较基期", "较上期", "同比")):
        return
    raise Unplaced(said.group()[:-1], "“较上年提高（增长）…”是本年与上年比率的差（或增幅），不是比率本身的水平；暂不能按此计分"
                                      "（请写明按什么计分，如“达标率较上年提高的百分点数≥2得3分”由评价人录入）", certain=True)
