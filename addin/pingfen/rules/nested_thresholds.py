"""Thresholds of one measure, each beyond the last and costing more: ``考核权重低于3%的扣0.25分,低于2%的扣0.5分`` /
``满意度90分以下扣1分;80分以下扣5分``. Each rung alone holds every value past its threshold, so the rungs overlap
(1.5% is below 3% and below 2%); but a rung further out that costs more is the measure's next tier, not a second
deduction on top: 1.5% loses 0.5, not 0.25 + 0.5. Read as levels, each rung holds the values up to the next
threshold, the last one is open.

Only this shape is read: two or more one-sided deductions in a row, all on the same side (低于/以下 or 超过/以上),
of the same unit and the same measure (later rungs name none or the first's), their thresholds strictly further
out and their deductions strictly larger; the last rung may take every point (低于70%不得分). Equal or shrinking
deductions (低于90%扣3分,低于80%扣1分) could only be added up: they stay refused as overlapping bands. A rung said to
come on top (低于90%的再扣1分 / 另扣 / 又扣 / 加扣) is added up by its own words: its tier costs the deduction before it and
its own (完好率低于95%的扣1分；低于90%的再扣1分: 88% loses 2), a rung further out all the same. Thresholds set off from the target by a
distance in its own unit (低于序时进度3个百分点 / 6个百分点) are rungs of their own run; shares of it keep their own reading.

再扣 settles only that shape. Beside another rung of the measure but on top of none closer in (低于80%的再扣2分，低于90%的扣1分 /
低于90%的扣1分，低于95%的再扣1分), or a plain rung after one said on top (低于90%的扣1分，低于80%的再扣2分，低于70%的扣4分: 4 in
all, or on top?), what the tier loses is not said: refused (once read as plain tiers, 75% losing 2 instead of 3)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause, Condition
from .errors import Unplaced
from .piecewise import target_shift

# 低于80%再扣2分 / 另扣 / 加扣 / 累计扣 / 并扣: a rung said to come on top of the one before, never its tier
_ON_TOP = lazy_compile(r"再|另|加扣|累计|并扣|又扣|追加")
# 低于90%的再扣1分: on top, said right before the deduction (its tier the sum; 累计扣分 is a cap, never read so)
_ADDED_ON_TOP = lazy_compile(r"的?[,，]?(?:再|另|又|追加)扣\d+(?:\.\d+)?分$")
_NO_MEASURE = frozenset({"再", "另", "又", "追加", "本项", "该项", "此项", "本指标", "该指标"})
_ALL = Decimal("Infinity")  # 不得分: the whole 分值, more than any deduction


def _one_sided(clause: Clause, on_top: bool = False) -> str | None:
    """below / above: the side of the clause's only threshold, when it is a plain deduction past it (``on_top``: or one
    said to come on top of the rung before, 低于90%的再扣1分)."""
    condition = clause.condition
    if condition is None or _cost(clause) is None or clause.step is not None \
            or (_ON_TOP.search(clause.text) and not (on_top and _ADDED_ON_TOP.search(clause.text))) \
            or clause.per is not None or clause.occurrence is not None or clause.cap is not None or clause.unread \
            or clause.otherwise or clause.added is not None or condition.interval.magnitude:
        return None
    low, high = condition.interval.low, condition.interval.high
    if low is None and isinstance(high, Decimal):
        return "below"
    if high is None and isinstance(low, Decimal):
        return "above"
    # 低于序时进度3个百分点的扣1分，低于序时进度6个百分点的扣2分: distances off the target in its own unit are rungs too
    # (a rung of their own side: never in one run with a plain threshold, whose order the target decides)
    if low is None and target_shift(high) is not None:
        return "below the target"
    if high is None and target_shift(low) is not None:
        return "above the target"
    return None



def _cost(clause: Clause) -> Decimal | None:
    """扣5分 → 5; 不得分 → more than any deduction; None for any other outcome."""
    if clause.outcome is None:
        return None
    if clause.outcome[0] == "minus":
        return clause.outcome[1]
    return _ALL if clause.outcome == ("points", Decimal(0)) else None


def _threshold(clause: Clause, side: str) -> Decimal:
    interval = clause.condition.interval  # type: ignore[union-attr]
    bound = interval.high if side.startswith("below") else interval.low
    return target_shift(bound) if side.endswith("target") else bound  # type: ignore[return-value]


def _tier(clause: Clause, side: str, beyond: Clause) -> Clause:
    """``clause`` held back to the values short of the next rung's threshold (which that rung takes)."""
    interval = clause.condition.interval  # type: ignore[union-attr]
    outer = beyond.condition.interval  # type: ignore[union-attr]
    if side.startswith("below"):
        held = replace(interval, low=outer.high, low_inclusive=not outer.high_inclusive)
    else:
        held = replace(interval, high=outer.low, high_inclusive=not outer.low_inclusive)
    return replace(clause, condition=Condition(held, clause.condition.unit, clause.condition.bare))  # type: ignore[union-attr]


def _run(scoring: list[Clause], start: int) -> list[Clause]:
    first = scoring[start]
    side = _one_sided(first)
    if side is None:
        return []
    run = [first]
    for clause in scoring[start + 1:]:
        previous = run[-1]
        added = _ADDED_ON_TOP.search(clause.text) is not None
        # (低于90%的再扣1分 / 低于85%的本项不得分: 再 and 本项 name no measure)
        label = "" if clause.label in _NO_MEASURE else clause.label
        if _one_sided(clause, on_top=True) != side or clause.condition.unit != first.condition.unit \
                or (label and label != first.label):  # type: ignore[union-attr]
            break
        if added:
            if _cost(clause) == _ALL or _cost(previous) == _ALL:
                break
            # (低于90%的再扣1分 after 低于95%的扣1分: its tier loses both, 2)
            clause = replace(clause, outcome=("minus", _cost(previous) + _cost(clause)), label=first.label)  # type: ignore[operator]
        elif _cost(clause) != _ALL and any(_ADDED_ON_TOP.search(rung.text) for rung in run[1:]):
            # 低于90%的扣1分，低于80%的再扣2分，低于70%的扣4分: 4 in all, or 4 on top of the 3 before?
            raise Unplaced(clause, "前面一档写了“再扣”，这一档只写了扣几分，是在前面各档之上再扣，还是这一档共扣这些分，没有写明",
                           certain=True)
        further = _threshold(clause, side) < _threshold(previous, side) if side.startswith("below") \
            else _threshold(clause, side) > _threshold(previous, side)
        if not further or _cost(previous) == _ALL or _cost(clause) <= _cost(previous):  # type: ignore[operator]
            break
        run.append(clause)
    return run if len(run) > 1 else []


def _refuse_on_top_unplaced(scoring: list[Clause]) -> None:
    """A rung said to come on top (再扣) that no run placed on a rung closer in, beside another rung of its measure:
    低于80%的再扣2分，低于90%的扣1分 / 低于90%的扣1分，低于95%的再扣1分 — on top of which rung is not said."""
    placed = {rung.start for start in range(len(scoring)) for rung in _run(scoring, start)[1:]}
    for index, clause in enumerate(scoring):
        side = _one_sided(clause, on_top=True)
        if side is None or not _ADDED_ON_TOP.search(clause.text) or clause.start in placed:
            continue
        for other in scoring[max(0, index - 1):index] + scoring[index + 1:index + 2]:
            label = "" if other.label in _NO_MEASURE else other.label
            own = "" if clause.label in _NO_MEASURE else clause.label
            if _one_sided(other, on_top=True) == side and other.condition.unit == clause.condition.unit \
                    and (not label or not own or label == own):  # type: ignore[union-attr]
                raise Unplaced(clause, "这一档写了“再扣”，但前面没有它可以叠加的更宽一档（如“低于95%的扣1分；低于90%的再扣1分”），"
                                       "在哪一档的基础上再扣无法确定", certain=True)


def thresholds_as_tiers(scoring: list[Clause]) -> list[Clause]:
    """``scoring`` with each run of such rungs read as tiers (the last rung open, each other up to the next)."""
    _refuse_on_top_unplaced(scoring)
    for start in range(len(scoring)):
        run = _run(scoring, start)
        if run:
            side = _one_sided(run[0])
            tiers = [_tier(clause, side, beyond) for clause, beyond in zip(run, run[1:])] + [run[-1]]  # type: ignore[arg-type]
            rest = thresholds_as_tiers(scoring[start + len(run):])
            return scoring[:start] + tiers + rest
    return scoring
