"""A 自评表's target column copied with its label before the indicator's name: ``年度指标值：申请发明专利≥20件。评分标准：达到
指标值得3分，每少1件扣0.3分``. The label names the number that follows the name (the target, 年度指标值≥20件), not a
clause of its own; the row is ``申请发明专利年度指标值≥20件。达到指标值得3分…``, the target named where the rule's 指标值
finds it (≥3500套(间): the unit's other name in brackets kept with it). Only at the start of the text, the name in words (no number, no comparison inside it, but an age: 65岁及以上老年人…, a group's name) and the target with a
comparison and its unit, then the end of that sentence.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_LABELLED = lazy_compile(r"^((?:年度)?(?:指标值|目标值)):((?:[\u4e00-\u9fff“”]|\d+周?岁){2,20}?)(≥|≤|=)(\d+(?:\.\d+)?[\u4e00-\u9fff%]{1,3}(?:\([\u4e00-\u9fff]\))?)(?=[。;,])")


def target_after_name(text: str) -> str:
    """``年度指标值:申请发明专利≥20件。…`` → ``申请发明专利年度指标值≥20件。…``."""
    return _LABELLED.sub(r"\2\1\3\4", text, count=1)
