"""A rate of change compared with a target: ``人口自然增长率(10分)。…在责任指标以内的得满分，突破责任指标的不得分``.

A 增长率 / 变动率 label makes the measure a change between two amounts ((本年−上年)/上年, ``model.change_of``), the
target entered being last year's amount. A band bounded by the target (在责任指标以内 / 达到目标值) then compares
that change with 100%, not the rate with the target the text names: 6.2‰ against a 6‰ 责任指标 once scored full. The
rate and its target are two values the text compares directly (and a natural growth rate may be negative, which a
ratio of the two cannot compare), so the reader refuses the text rather than score either way.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .errors import RuleError
from .model import change_of
from .piecewise import TARGET, Piecewise


# the target named as a level set for the rate (not 高于本区域平均增幅 / 比上年, where the change is the measure)
_SET_TARGET = lazy_compile(r"目标|指标|计划|任务")


def refuse_change_against_target(raw: str, scorer: object, label: str) -> None:
    """Raise when a change-rate label is scored by bands bounded by the entered target."""
    if not isinstance(scorer, Piecewise) or change_of(label) is None or scorer.unit not in ("%", "") or not _SET_TARGET.search(raw):
        return
    if any(TARGET in interval.bounds() for interval, _ in scorer.cases):
        raise RuleError(raw, label, f"“{label}”是变动率（按本年与上年计算），这里却与目标值（责任指标）比较："
                                    f"请把{label}本身与其目标值分别写明（如“{label}≤6‰得满分，否则不得分”）")
