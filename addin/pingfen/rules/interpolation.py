"""线性内插: between a band that scores nothing and a band that scores the 分值 (or N分), a straight line.

防洪达标率达到100%的，得100%分；小于等于75%的得0分；介于75-100%之间按线性内插赋分 is the line through the
two anchors, (防洪达标率 − 75%)/(100% − 75%) × 分值: the ``Scaled`` outcome between them, which the Python
score, the Excel formula and the 规范写法 already render (the 101号 pass-mark shape). Nothing else may stand
beside the anchors and the line: a third band, a line whose range is not the gap between the anchors, or
an anchor at the top that scores nothing is refused naming the clause.

Only the lower anchor written (低于(含)90%不得分；高于90%的，按线性内插赋分): a share reaches its 分值 at 100%,
the one upper end a rate has, so the line runs from the anchor to 100%; for any other measure the top is
not said and the text is refused.
"""

from __future__ import annotations

from decimal import Decimal

from .clauses import Clause
from .errors import Unplaced
from .piecewise import ONE, Award, Interval, Outcome, Scaled

REMARK_KINDS = frozenset({"BY", "CMP", "REF", "DE", "WORD", "SCORING"})


def method_remarks(scoring: list[Clause]) -> list[Clause]:
    """按达到防洪标准的堤防长度占评价堤防总长度的比例赋分 before 按线性内插赋分: a sentence naming what is measured,
    with no number of its own, which the line then scores (dropped only beside a line)."""
    if not any(c.outcome == ("interp", None) for c in scoring):
        return []
    return [
        c for c in scoring
        if c.outcome is None and c.condition is None and c.step is None and c.cap is None and not c.clamp and c.tokens
        and c.tokens[0].kind == "BY" and c.tokens[-1].kind == "SCORING" and {t.kind for t in c.tokens} <= REMARK_KINDS
    ]


def interpolate(intervals: list, line: Clause, span: Interval | None, otherwise: Outcome | None,
                unit: str) -> tuple[list, Scaled]:
    """The anchor bands kept, and the line between them as what the rest scores. ``intervals`` are the
    (interval, outcome, clause) bands read; ``span`` the range the line is written for (介于75-100%之间)."""
    if otherwise is not None:
        raise Unplaced(line, "线性内插之外又写了其余情形的得分")
    intervals = _points_as_ends(intervals)
    falling = _falling(intervals, span)
    if "递增" in line.text if falling is not None else "递减" in line.text:
        raise Unplaced(line, "写明的线性递增（递减）与两端的得分方向相反")
    if falling is not None:
        _ends_said(line, [item[0] for item in falling[0]], unit)
        return falling
    tops = [item for item in intervals if _one_sided_low(item[0]) and isinstance(item[1], Award) and item[1].points != 0]
    zeros = [item for item in intervals if _one_sided_high(item[0]) and item[1] == Award(Decimal(0))]
    others = [item for item in intervals if item not in tops and item not in zeros]
    if others or len(tops) > 1 or len(zeros) != 1:
        clause = others[0][2] if others else line
        raise Unplaced(clause, "线性内插只能写在不得分的一档与得分的一档之间（如“≥100%得满分；≤75%不得分；其余按线性内插赋分”）")
    low = zeros[0][0].high
    if tops:
        high, points = tops[0][0].low, tops[0][1].points
    elif unit == "%":
        high, points = ONE, None  # a share's 分值 at 100%: the one end a rate has
    else:
        raise Unplaced(line, "线性内插没有写明得满分的一端（如“达到100个得满分”）")
    if not isinstance(low, Decimal) or not isinstance(high, Decimal) or high <= low:
        raise Unplaced(line, "线性内插的两端无法确定（得分的一端应高于不得分的一端）")
    if span is not None and (
        span.magnitude or (span.low is not None and span.low != low) or (span.high is not None and span.high != high)
        or (span.high is not None and not tops)
    ):
        raise Unplaced(line, "线性内插的区间与不得分、得分两档的界限不一致")
    _ends_said(line, [zeros[0][0]] + [item[0] for item in tops], unit)
    return [item for item in intervals if item in tops or item in zeros], Scaled(low=low, high=high, points=points)


def _ends_said(line: Clause, anchors: list[Interval], unit: str) -> None:
    """中间按插值计算, the line named by its method alone (lexicon "bare"): each anchor must hold its own end (≤70%不得分,
    ≥95%得5分), so that the line's points at both ends are said; beside 低于80%不得分 the points at 80% are not, and the
    line could as well run as the share of the top (85/90×3)."""
    if not any(t.kind == "INTERP" and t.value == "bare" for t in line.tokens):
        return
    for anchor in anchors:
        held = anchor.high_inclusive if anchor.low is None else anchor.low_inclusive
        if not held:
            end = anchor.high if anchor.low is None else anchor.low
            raise Unplaced(line, f"按插值计算没有写明端点（{_shown(end, unit)}）的得分（如“≤70%不得分，≥95%得满分，中间按插值计算”）")


def _shown(end, unit: str) -> str:
    if not isinstance(end, Decimal):
        return str(end)
    return f"{(end * 100).normalize():f}%" if unit == "%" else f"{end.normalize():f}{unit}"


def _one_sided_low(interval: Interval) -> bool:
    return interval.low is not None and interval.high is None and not interval.magnitude


def _one_sided_high(interval: Interval) -> bool:
    return interval.high is not None and interval.low is None and not interval.magnitude


def _falling(intervals: list, span: Interval | None) -> tuple[list, Scaled] | None:
    """≤25个工作日得满分6分，>50个工作日为0分，25-50个工作日按比例减分: the points at the low end, nothing at the high end,
    the line falling between them (the span written must be the gap between the anchors)."""
    tops = [item for item in intervals if _one_sided_high(item[0]) and isinstance(item[1], Award) and item[1].points != 0]
    zeros = [item for item in intervals if _one_sided_low(item[0]) and item[1] == Award(Decimal(0))]
    # (介于两者之间的按插值法计分: no span written, the line is the gap between the two anchors)
    if len(tops) != 1 or len(zeros) != 1 or len(intervals) != 2:
        return None
    if span is None:
        span = Interval(low=tops[0][0].high, high=zeros[0][0].low)
    low, high = tops[0][0].high, zeros[0][0].low
    if not isinstance(low, Decimal) or not isinstance(high, Decimal) or high <= low or span.magnitude \
            or span.low != low or span.high != high:
        return None
    return [tops[0], zeros[0]], Scaled(low=low, high=high, points=tops[0][1].points, falling=True)


def _points_as_ends(intervals: list) -> list:
    """收缴率为60%得0分 / 成本在3000元/亩时得满分: an anchor written at one value is the end of the line there, and
    beyond it the line runs on past nothing or past the points — which the score, held between 0 and the points,
    never does — so the anchor holds everything beyond it (≤60% → 0; ≤3000元/亩 → 满分 on a falling line). Which side is
    beyond is told by the other anchor: only a pair of one point and one band, or two points, of 0 and of points."""
    if len(intervals) != 2:
        return intervals
    ends = [_at(interval) for interval, _, _ in intervals]
    if not any(interval.low == interval.high and interval.low is not None for interval, _, _ in intervals) or None in ends:
        return intervals
    zero = [i for i, (_, outcome, _) in enumerate(intervals) if outcome == Award(Decimal(0))]
    top = [i for i, (_, outcome, _) in enumerate(intervals) if isinstance(outcome, Award) and outcome.points != 0]
    if len(zero) != 1 or len(top) != 1 or ends[zero[0]] == ends[top[0]]:
        return intervals
    rising = ends[zero[0]] < ends[top[0]]
    read = []
    for (interval, outcome, clause), end in zip(intervals, ends):
        if interval.low == interval.high:
            beyond_up = (outcome == Award(Decimal(0))) != rising  # (rising: 0 below its end, the points above theirs)
            interval = Interval(low=end, low_inclusive=True) if beyond_up else Interval(high=end, high_inclusive=True)
        read.append((interval, outcome, clause))
    return read


def _at(interval: Interval) -> Decimal | None:
    """Where an anchor stands: its one value, or the end of its one-sided band."""
    if interval.magnitude:
        return None
    if interval.low is not None and interval.high is not None:
        return interval.low if interval.low == interval.high and isinstance(interval.low, Decimal) else None
    end = interval.low if interval.low is not None else interval.high
    return end if isinstance(end, Decimal) else None
