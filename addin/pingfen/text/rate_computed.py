"""根据初三报考数和3年前初一学籍数计算学生巩固率,按其比率赋分: the rate computed, scored as rate × 分值.

A sentence that says how a rate is computed (根据/以…计算X率) and then scores by "its" rate (按其比率赋分, 按该比率计分)
says 得分=X率×分值: the evaluator enters the rate, worked from the numbers the sentence names. The rate is named by
the words just before 率 (初中3年学生巩固率 → 学生巩固率: a number inside a name is no level). Two rates computed
(巩固率和辍学率) leave 其 without one antecedent, and 按其比率扣分 does not say how much: both stay as written (refused).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .measure_sides import WHICH_WAY_UNSAID

# the whole sentence from its start (a rate computed 用A除以B would otherwise leave its numbers before 得分=)
_RATE_SCORED = lazy_compile(
    r"(?:^|(?<=[,，;；。:：、\n]))(?:(?:根据|依据|按照|以|用|由)[^,，;；。]*?)?计算(?:出)?(?P<name>[^,，;；。]*?率)[,，]?"
    r"按(?:其|该|此|这一)(?:比率|比例|率)(?:赋分|计分|得分|记分|打分)")
_NAME = lazy_compile(r"(?<!\d)[\u4e00-\u9fff]{1,10}率$")  # not 年学生巩固率 (of 3年)


def rate_computed(text: str) -> str:
    def scored(match: re.Match[str]) -> str:
        name = match.group("name")
        label = _NAME.search(name)
        if label is None or "率" in name[:-1]:
            return match.group(0)  # 计算巩固率和辍学率,按其比率赋分: whose rate?
        if WHICH_WAY_UNSAID.search(name):
            return match.group(0)  # 计算不合格率,按其比率赋分: in proportion to the worse, or to (1−率)? not said
        return f"得分={label.group(0)}×分值"
    return _RATE_SCORED.sub(scored, text)
