"""按任务完成比例得分，完成率≥100%得满分: a completion share said first, then the band that earns full marks.

Said first, 按…比例得分 reads like a heading naming the method the rest spells out (满意度赋分。如：满意度≥90%的得10分),
and was dropped as one — short of 100% the rate then scored 0 (85% → 0; the words give 85% × 6 = 5.1). When the
only points the rest prints are the band reached at 100% (and zero below a floor), the share is what the rate earns
below that band: the 否则 of 完成率≥100%得满分，未达到的按完成比例得分. Reached at another level (≥90%得满分), the
share could be of the rate itself or of the level (85% × 6 or 85%/90% × 6): refused, naming the share.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lexicon import COMPLETION_SHARE
from .clauses import Clause
from .errors import Unplaced

_WHOLE = Decimal(1)


def share_announced(scoring: list[Clause]) -> Clause | None:
    """The completion share said before the bands, as the 否则 of the band reached at 100%; None when no completion
    share is said first, or the bands below it leave no value to it (they tile down to the bottom: a heading)."""
    announced = [clause for clause in scoring if _completion_share_said(clause)]
    if len(announced) != 1:
        return None
    share = announced[0]
    if not all(_title(clause) for clause in scoring if clause.start < share.start):
        return None
    rest = [clause for clause in scoring if clause.start > share.start]
    if any(c.condition is not None and c.outcome is not None and c.outcome[0] in ("minus", "minus_span") for c in rest):
        # 按完成比例计分，完成率低于80%的扣2分: the share, then 2 off below 80%? or 2 off the full marks? (once the share
        # dropped as a heading: 70% scored 4)
        raise Unplaced(share, "“按完成比例”计分之后又写了低于某一水平的扣分，两者如何合并（按比例得分后再扣，还是"
                              "从满分扣）没有写明；请写明，如“得分=完成率×分值，低于80%的再扣2分”", certain=True)
    if not rest or not all(_band_with_points(c) for c in rest):
        return None
    reached = [c for c in rest if c.condition.interval.low is not None]  # type: ignore[union-attr]
    floors = [c for c in rest if c.condition.interval.low is None]  # type: ignore[union-attr]
    top = reached[0] if len(reached) == 1 else None
    if top is not None and _reached_at_whole(top) and all(c.outcome == ("points", Decimal(0)) for c in floors):
        return replace(share, otherwise=True)
    if _tiled_to_the_bottom(rest):
        return None  # 按比例得分：≥90%得6分，80%-90%得4分，低于80%不得分: every value has its band, the words a heading
    raise Unplaced(share, "“按完成比例”写在各档之前，而满分一档不是完成率达到100%：未达到满分一档时按完成率还是按"
                          "完成率占满分一档下限的比例计分，没有写明（请写明，如“未达到的按实际完成值/目标值×分值计分”）",
                   certain=True)


def _completion_share_said(clause: Clause) -> bool:
    return clause.announces_method and clause.outcome == ("prop", None) and clause.condition is None \
        and not clause.otherwise and clause.step is None \
        and any(token.kind == "PROP" and token.text in COMPLETION_SHARE for token in clause.tokens)


def _title(clause: Clause) -> bool:
    """筛查任务完成率(6分): the item's name and points before the share, scoring nothing of its own."""
    return clause.condition is None and [token.kind for token in clause.tokens][-3:] == ["OPEN", "PTS", "CLOSE"] \
        and all(token.kind == "WORD" for token in clause.tokens[:-3])


def _band_with_points(clause: Clause) -> bool:
    return clause.condition is not None and clause.condition.unit == "%" and clause.step is None \
        and not clause.otherwise and clause.outcome is not None and clause.outcome[0] == "points"


def _reached_at_whole(clause: Clause) -> bool:
    interval = clause.condition.interval  # type: ignore[union-attr]
    return interval.low == _WHOLE and interval.low_inclusive and interval.high is None


def _tiled_to_the_bottom(bands: list[Clause]) -> bool:
    """Each band begins where the one below it ends, the lowest open below."""
    intervals = sorted((c.condition.interval for c in bands),  # type: ignore[union-attr]
                       key=lambda interval: Decimal(-1) if interval.low is None else interval.low)
    if intervals[0].low is not None or any(not isinstance(i.low, (Decimal, type(None))) for i in intervals):
        return False
    return all(lower.high == upper.low and lower.high_inclusive != upper.low_inclusive
               for lower, upper in zip(intervals, intervals[1:]))
