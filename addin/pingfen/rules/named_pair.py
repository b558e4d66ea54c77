"""实际支出与预算偏差率 / 结算价与合同价偏差 with 实际支出 and 预算 (结算价 and 合同价) entered by name: the deviation of
the first amount the measure names from the second, (实际支出−预算)/预算 — as the 实际值 and 目标值 would be.

Only a measure that is a deviation named by its two amounts (A与B偏差率, A与B的偏差, A较B的偏离度) is taken, and only
when each noun names one entered amount of its own (实际储备量 → 实际储备量, 下达计划储备量 → 计划储备量) and no other
amount was entered: a third amount entered leaves it unsaid which two the deviation is between."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile

# A与B(的)偏差(率) / 偏离(度) / 差异(率): the deviation between two named amounts (never a change over last year,
# year_pair.py, nor a ratio A/B)
_PAIR = lazy_compile(r"^(?P<first>[\u4e00-\u9fff]{2,}?)(?:与|和|同|较|相对于?)(?P<second>[\u4e00-\u9fff]{2,}?)(?:相比)?的?"
                     r"(?:偏差|偏离|差异)(?:率|度|幅度)?$")


def named_pair(label: str, names: tuple[str, ...]) -> tuple[str, str] | None:
    """The names of the amount measured and of the amount it deviates from, among the variables entered, when the
    measure is a deviation between two amounts it names and exactly those two were entered; otherwise None."""
    from .definitions import resolve

    found = _PAIR.match(label)
    if found is None or len(names) != 2:
        return None
    first, second = (resolve(found.group(side), names) for side in ("first", "second"))
    if first is None or second is None or first == second:
        return None
    return first, second


__all__ = ["named_pair"]
