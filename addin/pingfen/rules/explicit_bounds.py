"""80%以下记0分；80%(含)至90%记2分 / 5%以上不得分；3%-5%(含)得2分 / 60%以下…；60%及以上…: a later band that says in so many
words that it holds a bound (含 / 及以上 / 及以下 / 不低于 / ≥ …) which an earlier band holds only by the convention of 以上
and 以下. Bands otherwise apply in the order written (the earlier scores a point both hold); here the written mark gives
the point to the later band and the earlier one is opened there — as the same bands in the other order read (found by
reversing band lists, reader-probes: 80%以下不得分;80%(含)-90%得4分 once scored 80% as 0). When both bands mark it
(执行率≥90%得5分；80%≤执行率≤90%得3分 / 90%以上(含)…；80%-90%(含)…) the rule is refused: the point is written into two
bands. When the point lies inside the earlier band, the order decides as before — except where neither marks it and the earlier band
ends there by 以下 while the later one starts there and goes up (70%以下不得分；70%-90%得1分): the band going up takes it
(yielded_upward), as the same bands written from the top read.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .errors import Unplaced
from .piecewise import FromTarget, Interval

_INCLUDED = r"\(含(?:本数)?\)|（含(?:本数)?）"  # 90%(含): the number held, said right after it
_MARKED = rf"(?:{_INCLUDED}|及以上|及以下|以上\(含|以下\(含|\(含\)以上|\(含\)以下)"
# 443人≤服务人数 / 90%≥满意度: the number written before the measure, the comparison after it (and its unit)
_HELD_AFTER = lazy_compile(r"%?[\u4e00-\u9fff]{0,2}?(?:≤|≥)")
# (…以内(含0.9‰): the number held, said inside the bracket after 含; never the points a formula opens with: 5%-10%之间的,
# 得分=5-(增幅-5%)×100×0.5 writes 5 as points, not the band's 5% held)
# (不超过灾后12小时: a word of when or of what between the comparison and its number, the number still its bound)
_BEFORE = lazy_compile(r"(?:≥|≤|(?<!得分)(?<!分值)=|等于|(?:不低于|不少于|不高于|不超过)[\u4e00-\u9fff]{0,2}|大于等于|小于等于|大于或等于"
                       r"|小于或等于|达到|\(含|（含)$")


def _written(text: str, value: Decimal):  # type: ignore[no-untyped-def]
    """Where ``text`` writes ``value`` (or value% for a rate, value‰ for a rate in thousandths), as regex matches."""
    for number in {general_text(value), general_text(value * 100)}:
        yield from lazy_compile(rf"(?<![\d.]){number}(?![\d.])%?").finditer(text)
    yield from lazy_compile(rf"(?<![\d.]){general_text(value * 1000)}(?![\d.])‰").finditer(text)


def _included(text: str, value: Decimal) -> bool:
    """Whether ``text`` writes (含) right after ``value``: 90%(含)."""
    return any(lazy_compile(rf"^(?:{_INCLUDED})").match(text[found.end():]) for found in _written(text, value))


def _marked(text: str, value: Decimal) -> bool:
    """Whether ``text`` marks ``value`` (or value% for a rate) as held: 80%(含) / 60%及以上 / ≥80% / 30天(含)以上."""
    # (30天(含)以上 / 16-30天(含): the unit between the number and its mark — once unseen, 30 given to the range alone)
    return any(_UNIT_THEN_MARK.match(text[found.end():]) or _BEFORE.search(text[:found.start()])
               or _HELD_AFTER.match(text, found.end()) for found in _written(text, value))


def _score_at(outcome: object, value: Decimal) -> Decimal | None:
    """What a band's outcome scores where the measure is ``value``: the points of an award, or a curve of the measure
    worked out there (None: the 分值, a curve of its size or naming other values — not known as a number)."""
    from .piecewise import Award  # (piecewise imports this module's readers lazily)

    if isinstance(outcome, Award):
        return outcome.points
    tree, name = getattr(outcome, "tree", None), getattr(outcome, "name", None)
    if tree is None or not name or getattr(outcome, "size", False) or getattr(outcome, "highest", None) is not None:
        return None
    from .formula import worked_out

    return worked_out(tree, lambda named: value if named == name else None)


def _same_score_at(earlier: object, later: object, value: Decimal) -> bool:
    """Both bands score ``value`` alike, as numbers (to 6 places, as bands are compared)."""
    if earlier is None or later is None:
        return False
    first, second = _score_at(earlier, value), _score_at(later, value)
    return first is not None and second is not None and round(first, 6) == round(second, 6)


# 60%以下 / 60分以下 / 60万元以下: a bound written by 以下 (not 以内 / 内, which hold their number whatever follows)
_BELOW_AFTER = lazy_compile(r"[^\d，,；;。]{0,4}?以下")


def yielded_by_convention(earlier: Interval, earlier_clause: object, later_clause: object, value: Decimal,
                          outcomes: tuple[object, object] = (None, None)) -> Interval | None:
    """The earlier band opened at ``value`` when only the later band's words mark it as held; None when the order decides.
    Both marking it with 含 (80%-90%(含)得2分，90%(含)-100%得3分) is refused: 90% is written into two bands — unless the
    two bands' ``outcomes`` give the same score there (增幅≤5%得5分；增幅≥5%且<10%的，得分=5-(增幅-5%)×100×0.5 gives 5
    at 5% either way): then which holds it is no matter, and the order decides."""
    if not _marked(getattr(later_clause, "text", ""), value):
        return None
    if _marked(getattr(earlier_clause, "text", ""), value):
        if _same_score_at(*outcomes, value):
            return None
        written = next(_written(getattr(later_clause, "text", ""), value)).group()
        if _included(getattr(earlier_clause, "text", ""), value) and _included(getattr(later_clause, "text", ""), value):
            raise Unplaced(later_clause, f"{written}在相邻两档中都写了“含”，属于哪一档无法确定", certain=True)
        # 执行率≥90%得5分；80%≤执行率≤90%得3分: 90% held in so many words by both (once the earlier band's, 5)
        raise Unplaced(later_clause, f"{written}在相邻两档中都写明包含（≥、≤、及以上、及以下、不低于…），属于哪一档无法确定",
                       certain=True)
    if earlier.high == value and earlier.low != value:
        return replace(earlier, high_inclusive=False)
    if earlier.low == value and earlier.high != value:
        return replace(earlier, low_inclusive=False)
    return None


def yielded_upward(earlier: Interval, earlier_clause: object, later: Interval, later_clause: object) -> Interval | None:
    """The earlier band opened at its top when it ends where the later band starts and goes up, neither marking the
    point (70%以下…；70%-90%…): the band going up takes it, in whichever order the two are written. Only a 以下 band
    yields: a band written 以内 / 内 holds its number (逾期30天以内得2分，30天以上不得分 / 10分钟内到达得3分，10-20分钟到达得2分)."""
    value = later.low
    earlier_text, later_text = getattr(earlier_clause, "text", ""), getattr(later_clause, "text", "")
    if earlier.high != value or earlier.low == value or later.high == value or _marked(earlier_text, value) \
            or _marked(later_text, value) or not any(_BELOW_AFTER.match(earlier_text, found.start() + len(found.group().rstrip("%")))
                                                     for found in _written(earlier_text, value)):
        return None
    return replace(earlier, high_inclusive=False)


# 30天以内 / 10%以内 / 15日内: a band written 以内 holds its number, whatever is written before or after it
_WITHIN_AFTER = lazy_compile(r"[^\d,，;；。(（]{0,4}?(?:以内|之内)|(?<=[天日月年时钟周%])内(?!容)|[天日月年时钟周]内(?!容)")


def _numbers_written(bound: object) -> set[Decimal]:
    """The numbers a text writes for ``bound`` as ``_written`` finds them: the value (which it also tries as a rate's
    value%); for a bound set off from the target, the distance (超过目标值10%: 10)."""
    if isinstance(bound, Decimal):
        return {bound}
    if isinstance(bound, FromTarget):
        return {abs(bound.shift)} if bound.shift else {abs(bound.factor - 1) * 100}
    return set()


def yielded_to_within(earlier: Interval, earlier_clause: object, later: Interval, later_clause: object) -> Interval | None:
    """逾期30天以上不得分，逾期30天以内得2分 / 超过批复概算10%以上的不得分；超过批复概算10%以内的得3分 / 偏差率10%以上
    不得分；偏差率10%以内得3分 (± bands alike): the band written 以内 keeps its number, as it does when written first
    (30 days once scored 0 written this way round, 2 the other); the earlier band, going up from that number, is opened
    there. Where the earlier band marks the number too (30天及以上 / ≥10%), both hold it in so many words: refused."""
    value = later.high
    if value is None or not later.high_inclusive or later.low == value or earlier.low != value or not earlier.low_inclusive \
            or earlier.magnitude != later.magnitude:
        return None
    later_text, earlier_text = getattr(later_clause, "text", ""), getattr(earlier_clause, "text", "")
    numbers = _numbers_written(value)
    if not any(_WITHIN_AFTER.match(later_text, found.end()) for number in numbers for found in _written(later_text, number)):
        return None
    marked = next((found for number in numbers for found in _written(earlier_text, number)
                   if _UNIT_THEN_MARK.match(earlier_text[found.end():]) or _BEFORE.search(earlier_text[:found.start()])), None)
    if marked is not None:
        # 逾期30天及以上不得分，逾期30天以内得2分: both hold 30 in so many words (以内 holds its number)
        raise Unplaced(later_clause, f"{marked.group()}在相邻两档中都写明包含（及以上、以内…），属于哪一档无法确定", certain=True)
    return replace(earlier, low_inclusive=False)


# 30天及以上 / 10%(含)以上 / 8元/平方米(含)以下: the mark after the number's unit (8元/平方米(含)以下得3分 beside
# 8-10元/平方米(含8元)得2分 marks 8 in both bands — once 8 scored 2, the first band opened for the second's mark)
_UNIT_THEN_MARK = lazy_compile(rf"^[^\d，,；;。()（）]{{0,6}}?{_MARKED}")
