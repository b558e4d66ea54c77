"""A ratio of two named amounts where the second is the first one's target: ``投资额分值=当年省域外签约项目投资额/
当年省域外签约项目目标任务金额×50，最高得50分``. The two names share their opening words (what is counted) and only the
divisor names a target (目标任务, 计划), so the ratio is 实际值/目标值: the actual amount and its target are entered.
``最高得50分`` equal to the formula's points caps the ratio at 100% (the target met). Beside a level, so do 实际X数 over 计划X数 (or 计划数). Names that do not share their
opening words, or a divisor that is not a target, stay with the bare formula reading (entered by name).
"""

from __future__ import annotations

import os
import re
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .piecewise import TARGET, Scaled

_TARGET_WORD = lazy_compile(r"目标|计划|任务")
_NOT_ACTUAL = lazy_compile(r"目标|计划|任务|预算|应|标准|上年|平均")


# 实际上线数/计划数 / 实际培训人数/计划培训人数: the actual amount and its plan, named by what is counted after
# 实际 and 计划 (or 目标); the plan's name may leave out what the actual's says before its noun (上线数 / 数)
# (实际里程/计划里程, 实际面积/计划面积: an amount named by what it measures)
_AMOUNT_NOUN = r"(?:[数量额]|里程|面积|长度|规模|人次)"
_ACTUAL_SAID = lazy_compile(rf"实际(?:完成)?([\u4e00-\u9fff]*?{_AMOUNT_NOUN})")
_PLAN_SAID = lazy_compile(rf"(?:年度)?(?:计划|目标)(?:完成)?([\u4e00-\u9fff]*?{_AMOUNT_NOUN})")


def names_actual_and_plan(top: str, bottom: str) -> bool:
    """True when ``top`` is the actual amount and ``bottom`` its plan: 实际上线数 / 计划数, 实际培训人数 / 计划培训人数.
    (Only beside the level the plan sets — 达到计划数的记满分，未达到的按实际上线数/计划数×分值: a formula alone with
    such names is entered by its names, as the corpus has it.)"""
    actual, plan = _ACTUAL_SAID.fullmatch(top), _PLAN_SAID.fullmatch(bottom)
    return actual is not None and plan is not None and actual.group(1).endswith(plan.group(1))


def names_own_target(top: str, bottom: str) -> bool:
    """True when ``bottom`` names the target of ``top``: 对接行业龙头企业数量 / 对接行业龙头企业数量目标任务."""
    shared = os.path.commonprefix([top, bottom])
    if len(shared) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", top + bottom):
        return False
    return bool(_TARGET_WORD.search(bottom[len(shared):])) and not _NOT_ACTUAL.search(top)


def capped_at_points(outcome: object, highest: Decimal) -> bool:
    """``最高得50分`` after 实际值/目标值×50 / ``最高不超过4分`` after 覆盖率÷80%×4 / ``最高8分`` after 完成率×8分:
    the measure counts at most up to the formula's divisor (the target, 80%, 100%), where its points are the
    highest. Any other highest score (最高得40分 after ×50) is not read here."""
    return isinstance(outcome, Scaled) and not outcome.low and not outcome.inverse and not outcome.falling \
        and not outcome.capped and outcome.points is not None and outcome.points == highest
