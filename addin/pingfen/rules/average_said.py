"""A level said against an average (人均支出超过全省平均水平20%以上的扣2分 / 满意度高于全省平均水平5个百分点以上得3分):
the margin over a level nobody entered (the average alone, 达到全省平均水平以上, is the target entered). Read as the
measure's own level (完成率>20% / 满意度>5%) it scored a 92% satisfaction 3 whatever the province's average. A reading
that does not name the average is refused, naming the words."""

from __future__ import annotations

from .errors import Unplaced
from .model import Scorer
from .piecewise import Piecewise
from ..text.lazy_regex import lazy_compile

# (a margin: 超过平均水平20%以上 / 高于平均水平5个百分点; 达到全省平均水平以上 alone is the target, entered as such)
_AGAINST_AVERAGE = lazy_compile(r"(?:超过|高于|低于|超出|大于|小于|不低于|不高于)[^,，;；。\d]{0,10}?平均(?:水平|值|数|线)"
                                r"[^,，;；。\d的]{0,2}\d+(?:\.\d+)?(?:%|个百分点)")


def refuse_average_dropped(scorer: Scorer, text: str, label: str) -> None:
    said = _AGAINST_AVERAGE.search(text)
    if said is None or not isinstance(scorer, Piecewise) or "平均" in scorer.canonical(label):
        return
    raise Unplaced(said.group(), "这一水平是与平均水平（平均值）比较的，平均水平不在录入的数据中，暂不能按此计分"
                                 "（请写明具体数值，或作为评价要点由评价人判断）", certain=True)
