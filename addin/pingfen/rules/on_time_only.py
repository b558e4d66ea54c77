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
_MISSED = lazy_compile(
    r"(?:如|若)?(?:(?:未能?|没有|不能)(?:按时|按期|如期|按计划(?:时间)?|在规定时[间限]内|在(?:计划|合同约定的?)(?:完成)?(?:时间|工期|期限)内|在"
    + _DATE_SAID + r")|逾期|超期|延期|拖期|延误)(?:完成|完工|竣工|办结)?(?:的)?"
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
    if len(scoring) == 2:
        if stated:
            return None  # 资金使用规范。按期完成得满分，否则不得分: a requirement besides the deadline, never dropped
        said = scoring[0]
        if said.outcome is None or said.outcome[0] != "points" or said.unread or said.otherwise:
            return None
        points = said.outcome[1]
    else:
        # 2023年12月31日前完成，未按时完成不得分: the requirement said alone (a heading such as 年度指标值 may stand
        # before it), the zero its failure — meeting it is the 分值
        if len(stated) != 1 or not zero.start > stated[0].start or zero.otherwise:
            return None
        said, points = stated[0], None
    deadline = _deadline(said)
    if deadline is None:
        return None
    on_time = Interval(low=None, high=Decimal(0), high_inclusive=True)
    return Piecewise(cases=((on_time, Award(points)),), otherwise=Award(Decimal(0)), unit="天", stated_otherwise=True,
                     deadline=deadline or None)


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
