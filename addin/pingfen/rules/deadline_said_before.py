"""The planned date said in a sentence of its own before 按期 and the bands or steps of lateness:

    桥梁改造项目应于2024年10月31日前完工。按期完工的得4分；逾期1个月以内（含）的得2分；逾期超过1个月的不得分
    应于2024年9月30日前完成修复施工。按期完成得3分，每推迟15日扣1分，扣完为止
    合同工期2024年3月1日至2024年8月31日。按合同工期完工的得3分；逾期完工的，每逾期7天扣0.5分
    合同工期至2023年8月31日，按期完工得6分，逾期15天以内（含）得4分，逾期16-30天得2分，逾期30天以上不得分
    按合同约定2024年6月30日上线试运行，按期上线得4分；逾期30日以内（含）得3分
    非遗展示馆计划2023年5月1日开馆，按期开馆得2分，推迟1个月以内得1分
    计划竣工时间2023年8月25日（开学前）。按期完工得3分；逾期1-15天（含）得2分

The lateness was read, but counted from a planned_end to be entered, though the text prints it: 按期 is by the date the
sentence before it sets. That date is the deadline printed (as in 2024年12月31日前完成得满分，每逾期1个月扣1分), so only
the day the thing was done is entered.

Only when the sentence is nothing but that deadline — a subject, 应/须/计划/按合同约定, one date with its year, then the
deed — and the deed is the one 按期 keeps (完工 and 按期完工; 完成修复施工 and 按期完成; 上线试运行 and 按期上线), or a
工期 from one date to another before 按合同工期/按期 finishing. Any other sentence (两个日期, 每月10日前报送, a deadline of
another act: 应于6月30日前开工 before 按期完工) leaves the date to be entered as before.
"""

from __future__ import annotations

import re

from ..text.lazy_regex import lazy_compile
from .clause_words import _option_label
from .clauses import Clause

_DATE = r"(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日|底|末)"
# 桥梁“三年消危”改造项目应于2024年10月31日前完工 / 按合同约定2024年6月30日上线试运行 / 非遗展示馆计划2023年5月1日开馆
_BY_DATE = lazy_compile(r"(?:[\u4e00-\u9fff“”\"]{0,20}?)(?:应当|应|须|需|必须|要求|计划|预计|按合同约定|合同约定|按照合同约定|约定)"
                        rf"(?:于|在)?(?P<date>{_DATE})(?:前|之前|以前)?(?:全部|全面)?(?P<deed>[\u4e00-\u9fff]{{2,16}})")
# 合同工期2024年3月1日至2024年8月31日: the works' term, which finishing ends (合同工期至2023年8月31日: its last day alone)
_TERM = lazy_compile(rf"(?:合同|计划|约定|项目)?工期(?:为)?(?:(?:{_DATE})(?:至|到|-|—|~)|至|截至)(?P<date>{_DATE})")
# 计划竣工时间2023年8月25日（开学前） / 合同约定完工日期为2024年6月30日: the deed's planned day, named before it (a note
# in brackets after it says why, no second date)
_DAY_NAMED = lazy_compile(rf"(?:[\u4e00-\u9fff“”\"]{{0,20}}?)(?:计划|合同约定的?|约定的?|按合同约定的?)(?P<deed>[\u4e00-\u9fff]{{2,6}}?)"
                          rf"(?:时间|日期)(?:为|是|:)?(?P<date>{_DATE})(?:\([^()\d]*\))?")
# 计划竣工时间 / 合同约定完工日期: the label alone, its date after a colon in a clause of its own
_LABEL = lazy_compile(r"(?:计划|合同约定的?|约定的?|按合同约定的?)[\u4e00-\u9fff]{2,6}?(?:时间|日期)")
# 按期完工的 / 按时上线 / 按合同工期完工的: the deed kept on time
_ON_TIME = lazy_compile(r"(?:按期|按时|如期|准时|按(?:照)?合同(?:约定)?(?:的)?工期)(?P<deed>[\u4e00-\u9fff]{2,10}?)(?:的)?")
_FINISHED = ("完成", "完工", "竣工", "建成")


def deadline_said_before(on_time: Clause, context: list[Clause]) -> str | None:
    """The date the one sentence before ``on_time`` sets for its deed (2024年10月31日), None when there is none or it may
    be another act's."""
    kept = _ON_TIME.fullmatch(_option_label(on_time))
    if kept is None:
        return None
    deed = kept.group("deed")
    dated = [c for c in context if c.end <= on_time.start and re.search(_DATE, c.text)]
    if len(dated) != 1 or len(re.findall(_DATE, dated[0].text)) > 2 or "每" in dated[0].text:
        return None
    said = re.sub(r"[。;；,，]+$", "", dated[0].text)
    label = next((c for c in context if c.end <= dated[0].start and c.end >= dated[0].start - 1), None)
    if label is not None and _LABEL.fullmatch(label.text) and re.fullmatch(_DATE, said):
        said = f"{label.text}{said}"  # 计划竣工时间：2024年10月31日: the label and its date, cut apart at the colon
    term = _TERM.fullmatch(said)
    if term is not None:
        return _day(term.group("date")) if deed in _FINISHED else None
    by_date = _BY_DATE.fullmatch(said) or _DAY_NAMED.fullmatch(said)
    if by_date is None or len(re.findall(_DATE, said)) != 1:
        return None
    planned = by_date.group("deed")
    same = planned.startswith(deed) or (deed in _FINISHED and planned[:2] in _FINISHED)
    return _day(by_date.group("date")) if same else None


def _day(written: str) -> str:
    """2024年11月底 → 2024年11月30日 (the month's last day); a day written out stays as it is."""
    end = re.fullmatch(r"((?:19|20)\d{2})年(\d{1,2})月(?:底|末)", written)
    if end is None:
        return written
    import calendar  # (datetime with it: only for a month's end said, not at every rule's start)

    year, month = int(end.group(1)), int(end.group(2))
    return f"{year}年{month}月{calendar.monthrange(year, month)[1]}日"
