"""Done by the deadline, else nothing (按期完成得满分，逾期不得分 / 2023年12月31日前完成，未按时完成不得分): days late.

The two halves of one deadline were read as a 评价要点 with no name (按时完成得满分，未按时完成不得分 / 2023年12月31日前
完成，… — the date and the work lost from the 规范写法) or as two grades to pick from. What is scored is when the work
was done: on or before the planned date (printed in the rule, or entered as planned_end) scores the on-time points, any
day later nothing — the bands of lateness 按期完成得4分；逾期30天以内得2分 already read, with one band. The requirement
may carry its points (…前完成得3分) or leave the 分值 unsaid (…前完成，未按时完成不得分: the zero names the deadline's
failure, so meeting it is full marks).

Only a completion (完成 / 完工 / 竣工 / 办结) is read so: 按时上报 may be many reports, each on time or not, which a date
cannot say.
"""

from __future__ import annotations

from decimal import Decimal
import re

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .piecewise_reading import _DEADLINE, _ON_TIME
from .clause_words import _option_label
from .piecewise import Award, Interval, Piecewise

_DONE = lazy_compile(r"完成|完工|竣工|办结")
_DATE_SAID = r"(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?(?:底)?(?:前|之前|以前)"
# 未按时完成 / 逾期完成的 / 未在规定时限内完成 / 未在2023年12月31日前完成: the deadline missed (the verb may be left off)
_STATED_VERB = r"(?:完成|完工|竣工|办结|验收|报批|报送|上报|提交|拨付|发放|兑付|下达|开工|上线|交付)"
_MISSED = lazy_compile(
    r"(?:如|若)?(?:(?:未能?|没有|不能)(?:按时|按期|如期|按计划(?:时间)?|在规定时[间限]内|在(?:计划|合同约定的?)(?:完成)?(?:时间|工期|期限)内|在"
    + _DATE_SAID + r")|逾期|超期|延期|延迟|推迟|拖期|延误)" + _STATED_VERB + r"?(?:到位)?(?:的)?"
)


def compose_on_time_only(scoring: list[Clause], context: list[Clause], text: str) -> Piecewise | None:
    if not scoring or len(scoring) > 2 or any(c.condition is not None or c.step or c.per is not None for c in scoring):
        return None
    zero = scoring[-1]
    if zero.outcome != ("points", Decimal(0)) or zero.unread or not (zero.otherwise or _MISSED.fullmatch(_option_label(zero))):
        return None
    # (指标值：按时；按时完成得满分…: the target restated in the table's words stands beside its own rule)
    stated = [c for c in context if c.tokens and not c.definition and not _HEADING.fullmatch(c.text.strip(":：。;；"))
              and not (len(scoring) == 2 and _ON_TIME_SAID.fullmatch(c.text.strip(":：。;；"))) and not _title(c, text)]
    stated = [c for c in stated if not c.total_only]  # (分值5分) after the rule: its points, said again
    if len(scoring) == 2:
        said = scoring[0]
        if said.outcome is None or said.outcome[0] != "points" or said.unread or said.otherwise:
            return None
        points = said.outcome[1]
        if stated:
            # 项目应于2023年12月31日前完成竣工验收，按期完成得3分: the deadline 按期 refers to, said before it; any other
            # requirement (资金使用规范。按期完成得满分，否则不得分) stands besides the deadline and is never dropped
            deadline = _required_by(stated[0], said) if len(stated) == 1 and stated[0].end <= said.start else None
            return None if deadline is None else _on_time_points(points, deadline)
    else:
        # 2023年12月31日前完成，未按时完成不得分: the requirement said alone (a heading such as 年度指标值 may stand
        # before it), the zero its failure — meeting it is the 分值
        if len(stated) != 1 or not zero.start > stated[0].start or zero.otherwise:
            return None
        said, points = stated[0], None
    deadline = _deadline(said)
    if deadline is None and points is not None:
        # 补贴资金在次年一季度末前兑付到位的得2分，延迟兑付的不得分: the deadline in words, its date entered
        deadline = _limit(_option_label(said))
    return None if deadline is None else _on_time_points(points, deadline)


def _on_time_points(points: Decimal | None, deadline: str) -> Piecewise:
    on_time = Interval(low=None, high=Decimal(0), high_inclusive=True)
    return Piecewise(cases=((on_time, Award(points)),), otherwise=Award(Decimal(0)), unit="天", stated_otherwise=True,
                     deadline=deadline or None)


# 自评报告应于2024年3月31日前报送 / 资助资金应于开学后2个月内（10月31日前）发放到位: one act required by a time, which
# 按时报送 / 按时发放 then scores. A single report or payment, so the verbs of one deliverable count too (按时报送 alone
# may be many reports; 每月10日前报送 is: refused below).
_REQUIRED_BY = lazy_compile(
    r"[\u4e00-\u9fff“”]{0,20}?(?:应当|应|须|需|必须)?(?:于|在)?[^，,；;。]{1,30}?(?:前|之前|以前|内|以内|之内)\)?(?:全部|全面)?"
    r"(?P<verb>" + _STATED_VERB + r")[\u4e00-\u9fff]{0,6}"
)
_FULL_DATE = lazy_compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")


def _required_by(stated: Clause, said: Clause) -> str | None:
    """The deadline a requirement said before 按时/按期 names, None when it is no deadline of the act the points are for."""
    match = _REQUIRED_BY.fullmatch(_words(stated.text))
    if match is None or not _ON_TIME.match(_option_label(said)) or match.group("verb") not in _option_label(said):
        return None  # (按时报送 after …前完成: the deadline of another act)
    return _limit(stated.text)


def _limit(text: str) -> str | None:
    """A deadline said in words (在次年一季度末前兑付到位): its date printed with the year, "" for one the evaluator
    enters (planned_end: 开学后2个月内), None for no single deadline."""
    words = _words(text)
    if _REQUIRED_BY.fullmatch(words) is None or "每" in words:
        return None
    dates = _FULL_DATE.findall(words)
    return None if len(dates) > 1 else (dates[0] if dates else "")


def _words(text: str) -> str:
    return re.sub(r"[。;；,，]+$", "", text)


# 年度指标值：2023年12月31日前完成: the table's column named before the requirement
_HEADING = lazy_compile(r"(?:年度)?(?:指标值|目标值|绩效目标|指标|目标|要求)")
_ON_TIME_SAID = lazy_compile(r"按时|按期|如期|准时|按时完成|按期完成|如期完成")
_OUGHT = lazy_compile(r"^((?:项目|工程)?)(?:应当|应|须|需|必须)(?=在|于|按)")


def _title(clause: Clause, text: str) -> bool:
    """数据迁移：系统迁移按期完成得2分: the indicator's name before a colon at the start, not a requirement of its own."""
    return clause.start == 0 and all(t.kind == "WORD" for t in clause.tokens) and text[clause.end:clause.end + 1] in (":", "：")


def _deadline(clause: Clause) -> str | None:
    """The date printed for a completion (2023年12月31日前完成), "" for one on time by the plan (按期完成: planned_end
    entered), None for anything else."""
    words = re.sub(r"[。;；,，]+$", "", _option_label(clause) if clause.outcome else clause.text)
    words = _OUGHT.sub(r"\1", words)  # 项目应于2024年6月30日前完成: the requirement, said as one
    dated = _DEADLINE.fullmatch(words)
    if dated is not None:
        return dated.group(1)
    if _ON_TIME.match(words) and _DONE.search(words):
        return ""
    return None
