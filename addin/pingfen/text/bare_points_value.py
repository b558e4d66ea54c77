"""0-6岁儿童健康管理率≥85%　分值：3　每降低1个百分点扣0.3分 / …目标=210个村　分值2　每少10个村扣0.5: a 自评表's row
copied cell by cell, its 分值 column a bare number right before the steps taken from it. The number after the 分值
label is the item's points (a 分值 is never a share or a count), so it is N分; and in a row that writes its 分值 so, a
deduction with no unit is in the same points (扣0.5 ending the row or a clause, as the 分值 it is taken from). A bare
扣N in a row whose 分值 carries its 分 stays as written (a copy cut off, for the reader to refuse). Only before 每: a
bare 分值 before the row's other cells (实际完成值…, 评分：…) is the 自评表 readers' (self_assessment_row.py and the
band readers after it), which weigh it with the target's cell — read here, …≥40%	分值5分	… was a band of 40%.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

# the 分值 label, a bare number, then the cell's end (a space) and the steps
_BARE_VALUE = lazy_compile(r"(?<![\u4e00-\u9fff])分值[:：]?\s*(\d+(?:\.\d+)?)(?=[ \t]+每)")
_BARE_DEDUCTION = lazy_compile(r"扣(\d+(?:\.\d+)?)(?=\s*(?:[,;。\n]|$))")


def bare_points_value(text: str) -> str:
    text, bare = _BARE_VALUE.subn(r"分值\1分", text)
    return _BARE_DEDUCTION.sub(r"扣\1分", text) if bare else text
