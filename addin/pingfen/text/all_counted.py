"""登记率为100%,该项分值为0.5分每少一人扣0.1分 / 参保率100%,每少1户扣0.5分: a rate of 100% said beside a deduction per
person (户、个…) short is every one of them counted — the target reached, each one missing a step below it — never a
rate and a count of two measures (once refused: 既有百分比又有数量单位).

Only 100% is so (a rate of 95% beside 每少1人 would leave open how many persons 95% is), said as the level with no
points of its own (率为100% / 率达到100% / 率100%) and followed, but for the item's points (该项分值为N分), by the
deduction per one unit short (每少/每缺/每差1人…).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_ALL_COUNTED = lazy_compile(
    r"(?<=[率例])(?:为|达到|达|应达到|要达到)?100%(?=[,，;；]?(?:(?:该|本|此)项分值为\d+(?:\.\d+)?分)?[,，]?"
    r"每(?:少|缺|差)1(?:人|户|个|名|家|所|村|项)(?:扣|减))")


def all_counted(text: str) -> str:
    return _ALL_COUNTED.sub("达到目标值", text)
