"""A rate measured in a count (按时报送月报,得2分,迟报1次扣0.5分;报表完整率达100%,得1分 read as 报表完整率≤0次得2分…；
报表完整率≥0次得1分): the late reports counted were given the rate's name, and the rate's own 100% was lost. A band
reading whose measure is named as a rate (…率) but counted in 次、个、项… is refused, naming the rate."""

from __future__ import annotations

import re

from .errors import Unplaced
from .model import Scorer
from .piecewise import Piecewise
from ..text.lexicon import COUNT_UNITS
from .item_heading import without_heading


def refuse_rate_counted(scorer: Scorer, text: str, label: str) -> None:
    if not (isinstance(scorer, Piecewise) and scorer.unit in COUNT_UNITS and label.endswith("率") and label in text):
        return
    if scorer.counts_lateness and label not in without_heading(text):
        return  # 票据核销及时率(2分):…按时核销的得2分,逾期未核销的不得分: the indicator's name, the days late its measure
    # (登记率为100%,每少一人扣0.1分: every one counted, the rate's 100% the target reached — not compared in 人)
    if re.search(re.escape(label) + r"[≤≥<>=]\d+(?:\.\d+)?" + re.escape(scorer.unit), scorer.canonical(label)):
        raise Unplaced(label, f"“{label}”是比率，这里却按{scorer.unit}数计分（可能把另一项计数当作了这一比率）；"
                              "请分别写明两部分的计分方法", certain=True)
