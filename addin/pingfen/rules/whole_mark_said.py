"""A case that decides the whole mark, not this item's points: ``请假次数达到或者超过学期上课总次数的1/3,学期总成绩不及格;
…1/2,没有学期总成绩`` beside 全勤得10分;请假一次扣3分 was read as the deductions alone, the cases dropped — a student
with that many absences scored by the deductions as any other. What the item (or the total it feeds) is then recorded
as — 0, 59, the mark flagged — is not written: refused, naming the case. Left as read when the reading says it."""

from __future__ import annotations

from .errors import Unplaced
from .model import Rule
from ..text.lazy_regex import lazy_compile

_WHOLE_MARK = lazy_compile(r"[^,，;；。\n]*(?:总成绩|学期成绩|考核成绩|总评)(?:为|记为|按)?(?:不及格|不合格|无效|作废)"
                           r"|[^,，;；。\n]*(?:没有|取消|不予评定)[^,，;；。\n]{0,4}(?:总成绩|学期成绩)")


def refuse_whole_mark(rule: Rule, text: str) -> None:
    found = _WHOLE_MARK.search(text)
    if found is None or found.group().strip() in rule.canonical():
        return
    raise Unplaced(found.group().strip(), f"“{found.group().strip()}”是对总成绩的处理，没有写明本项得分如何计算（记0分？"
                                          "按扣分计？），请录入得分并写明理由", certain=True)
