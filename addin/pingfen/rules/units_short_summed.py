"""A level each unit is held to, and a deduction per unit short: ``每个社区至少配备5名专职人员，人员不足的，每差1人扣0.2分，
扣完为止``. The level holds in each 社区, so the persons short are summed over them: one completion value against 5名
would let one 社区's surplus hide another's shortfall (piecewise_reading refuses that reading). Counted whole — one
person (one session, one day) at a time, the level an 至少 / 不少于 in the step's own unit — the shortfall of each
unit adds up to the same number however the units are grouped, so the evaluator enters the sum (the persons short
over all 社区) and each is deducted, as a fault is counted.

Left to the refusal: a step of more than one (每班每超5人: per unit, a partial step of each class counts or not, and
the classes' steps cannot be summed from their persons), a period in the text (每站每月不少于4次…全年每少1次: short
in each month, or over the year against 48?), an average (按平均…计: one value, as piecewise_reading reads it), two
levels (各区…不少于10人；各开发区…不少于4人: each kind of unit its own level), a level's band or bonus beside it.
"""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import COUNT_UNITS
from .clauses import Clause, Condition
from .fault_kinds import Fault, FaultKinds
from .piecewise import Award

# 人 / 名 / 位: one person counted, whichever measure word the level and the step use
_PERSONS = frozenset({"人", "名", "位"})
# 每月 / 全年 / 年度 / 每学期 / 平均 / 人均: a period or an average the shortfall may be taken over instead
_OVER_TIME = lazy_compile(r"每(?:个)?(?:月|周|天|日|年|季度?|学期|半年)|全年|年度|年内|本年|当年|学期|平均|人均|均值")
# the unit the level holds in: 每个社区 / 每一所学校 / 各乡镇 / 每村 (the words before the level's verb)
_UNIT_NOUN = lazy_compile(r"^(?:每一?|各)(?:个|所|家|座|位|名|条|处)?([\u4e00-\u9fff]{1,8}?)"
                          r"(?=至少|不少于|不低于|均|都|应|须|必须|要|需|配备|配置|设置|设立|建立|建成|组建|开展|举办|召开|组织|张贴|发放|聘用|有)")
# the requirement up to where it is priced or its deduction starts: (3分) / ，每少1人扣0.2分
_REQUIREMENT_END = lazy_compile(r"[，,；;（(]")
_NUMBER = lazy_compile(r"\d+(?:\.\d+)?")


def _same_unit(level: str, step: str) -> bool:
    return level == step or (level in _PERSONS and step in _PERSONS)


def summed_shortfall(distributed: Clause, cases: list[tuple[Condition, object, Clause]], otherwise: object,
                     deductions: list[tuple[Clause, Condition | None]], bonuses: list[Clause], caps: list[Clause],
                     text: str) -> FaultKinds | None:
    """每个社区至少配备5名专职人员(3分)…每差1人扣0.2分，扣完为止: the persons short in every 社区, summed, each deducted
    (a fault counted, its count entered); None when the text says more than that one level and its step."""
    level = distributed.condition
    if level is None or len(deductions) != 1 or bonuses or otherwise is not None or _OVER_TIME.search(text):
        return None
    clause, condition = deductions[0]
    step = clause.step
    if step is None or step[0] != "below" or step[1] != 1 or step[2] not in COUNT_UNITS or clause.per is None \
            or clause.added is not None or clause.outcome is not None or clause.unread:
        return None
    held = level.interval
    if held.low is None or not held.low_inclusive or held.high is not None or held.magnitude \
            or not _same_unit(level.unit, step[2]) or (condition is not None and condition != level):
        return None
    award: tuple[str, Decimal | None] | None = None
    for case_condition, outcome, case_clause in cases:
        # 每个社区至少配备5名专职人员(3分): the item's points said with the level, not a band of its own
        if case_clause is not distributed or case_condition != level or not isinstance(outcome, Award) or outcome.points is None:
            return None
        award = ("", outcome.points)
    said_caps = [c.cap for c in caps if c.cap is not None] + ([clause.cap] if clause.cap is not None else [])
    if len(cases) > 1 or any(c.cap is None or c.per is not None or c.condition is not None or c.outcome is not None
                             for c in caps) or any(cap != ("all", None) and cap[0] != "points" for cap in said_caps):
        return None
    in_points = {cap[1] for cap in said_caps if cap[0] == "points"}
    if len(in_points) > 1:
        return None  # (最多扣2分…最多扣3分: which?)
    requirement = _REQUIREMENT_END.split(distributed.text, maxsplit=1)[0].strip()
    if len(_NUMBER.findall(requirement)) != 1 or not any(t.text in requirement for t in distributed.tokens if t.kind == "NUM"):
        return None  # (每个村5户，每户…: the level is one number, said in the requirement)
    rest = clause.text[len(requirement):] if clause is distributed else clause.text
    said = [Decimal(n) for n in _NUMBER.findall(rest)]
    if said != [Decimal(1), clause.per]:
        return None  # (…不足的，3人以下的每差1人: no other number than the step's 1 and its points)
    noun = _UNIT_NOUN.match(requirement)
    units = f"各{noun.group(1)}" if noun is not None else "各单位"
    fault = Fault(what=f"{requirement}，{units}合计缺", per=clause.per, unit=step[2])
    return FaultKinds((fault,), cap=next(iter(in_points), None), award=award)  # 最多扣2分: at most that in all

