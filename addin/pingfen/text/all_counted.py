"""登记率为100%,该项分值为0.5分每少一人扣0.1分 / 参保率100%,每少1户扣0.5分: a rate of 100% said beside a deduction per
person (户、个…) short is every one of them counted — the target reached, each one missing a step below it — never a
rate and a count of two measures (once refused: 既有百分比又有数量单位).

Only 100% is so (a rate of 95% beside 每少1人 would leave open how many persons 95% is), said as the level with no
points of its own (率为100% / 率达到100% / 率100%) and followed, but for the item's points (该项分值为N分), by the
deduction per one unit short (每少/每缺/每差1人…).

The mirror holds for a ceiling: 控制率≤100%的得2分，每超编1人扣0.5分 is every one within the establishment — the target
not passed, each one over it a step above (超编 is over the 编制, the target). Only ≤100% (不超过/不高于) of the rate
(said after it, or after its definition: 控制率=在职人员数/编制数×100%，≤100%得满分) with its points, then the deduction
per one unit over (每超编/每超过/每超出/每多1人…).
The same 100% with its own points, then a deduction per one found (每发现1户…扣), is every one found short of it.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_ALL_COUNTED = lazy_compile(
    r"(?<=[率例])(?:为|达到|达|应达到|要达到)?100%(?=[,，;；]?(?:(?:该|本|此)项分值为\d+(?:\.\d+)?分)?[,，]?"
    # (覆盖率应达到100%，每少检查1家扣0.1分: the work's verb said again after 少, as 每少完成1座 says it)
    r"每(?:少|缺|差)(?:[\u4e00-\u9fff]{2})?1(?:人|户|个|名|家|所|村|项)(?:扣|减))")


# 低保对象认定准确率100%得4分，每发现1户不符合条件的扣0.5分: the rate's points at 100%, then each one found short of it
# counted — every one right is none found, so the points are those the deductions are taken from (as 全部符合得4分,
# 每有1户不符合条件的扣0.5分 reads), never a rate and a count of two measures
_ALL_FOUND = lazy_compile(
    r"(?<=[率例])(?:为|达到|达)?100%(?=的?[,;]?(?:得|计|记)(?:\d+(?:\.\d+)?分|满分)[,;]?"
    r"每(?:发现|查出|抽查发现|核查发现)1(?:人|户|个|名|家|所|村|项|例|件|份))")


# (每发现1人次未按时发放…，每发现1人次少发、错发…: several kinds found, each named by what the rate's words name failing —
# read by the composer, which checks each kind's name against the rate, never as the target reached; so with a kind
# priced per one after its name, 发现冒领的每人次扣1分 / 虚报的每户扣2分: the rate's own failing and another fault)
_FOUND_EACH = lazy_compile(r"每(?:发现|查出|抽查发现|核查发现|出现)1|的每(?:人次|人|户|个|名|家|所|项|例|件|份|笔|起|次|处)(?:扣|减)")


def all_counted(text: str) -> str:
    text = _ALL_COUNTED.sub("达到目标值", text)
    return _ALL_FOUND.sub("达到目标值", text) if len(_FOUND_EACH.findall(text)) == 1 else text


_NONE_OVER = lazy_compile(
    r"(?:(?<=[率例])|(?<=×100%[,，]))(?:≤|不超过|不高于|小于等于|小于或等于)100%"
    r"(?P<points>的?[,，]?(?:得|计|记)(?:\d+(?:\.\d+)?分|满分)[,，;；]?)"
    r"每(?:超编|超过|超出|超|多)(?=1(?:人|户|个|名|家|所|村|项|辆|台)(?:扣|减))")


def none_over(text: str) -> str:
    """控制率≤100%的得2分，每超编1人扣0.5分 → 控制率不超过目标值的得2分，每超过1人扣0.5分."""
    return _NONE_OVER.sub(r"不超过目标值\g<points>每超过", text)
