"""Full points when every unit reaches a level, less some for each unit that does not: ``各监测站数据完整率均≥95%的得3分；
每有1个监测站低于95%扣1分，扣完为止`` / ``以乡镇卫生院为单位分别计算，签约率均达到75%的得5分；每有1个卫生院未达到扣1分``.

That is the requirement each unit is held to and a deduction per unit failing it, as ``各监测站数据完整率均应≥95%，每有1个
监测站未达到扣1分，扣完为止（3分）`` writes it — the form the reader scores unit by unit from the items entered (each
row's value against its level; one unit's surplus never covers another's shortfall). The points all units reaching it
score are kept as the rule's total, said after it.

Only when the unit counted is the unit named (卫生院 of 乡镇卫生院: the same noun, or its head), the failing unit is said
to fall short of that same level (未达到 / 未达标 / 低于95% with the 95% of the requirement), and the level is one to reach
(达到 / ≥ / 不低于 / 不少于). Any other shape is left as written.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_NUMBER = r"\d+(?:\.\d+)?"
_REACHED = (rf"均(?:应|须|需)?(?P<cmp>达到|≥|不低于|不少于)(?P<level>{_NUMBER}(?:%|[\u4e00-\u9fff]{{1,3}}?)?)(?:以上)?"
            rf"的?(?:得|计)(?P<points>{_NUMBER})分[;,]每有1个(?P<counted>[\u4e00-\u9fff]{{1,6}}?)"
            rf"(?:未达到(?:(?P=level))?|达不到|未达标|不达标|低于(?P=level))的?,?扣(?P<each>{_NUMBER})分(?P<tail>(?:,扣完为止)?)(?P<end>。?)$")
# 各监测站数据完整率均≥95%的得3分;…: the units named with 各, then their measure (split where the counted unit ends)
_NAMED = lazy_compile(rf"^(?P<head>(?:[^;。:]*:)?)各(?P<named>[\u4e00-\u9fffA-Za-z]{{2,20}}?){_REACHED}")
# 以乡镇卫生院为单位分别计算,签约率均达到75%的得5分;… / 对各乡镇分别考核,…: the units assessed apart, then the measure
_FRAMED = lazy_compile(rf"^(?P<head>(?:[^;。:]*:)?)(?:以|对各|按各?)(?P<noun>[\u4e00-\u9fff]{{2,8}}?)(?:为单位)?分别(?:计算|考核|计分|评价|统计),"
                       rf"(?P<measure>[\u4e00-\u9fffA-Za-z]{{2,16}}?){_REACHED}")


def all_units_reach(text: str) -> str:
    found = _FRAMED.match(text)
    if found is not None:
        noun, measure = found.group("noun"), found.group("measure")
        if not noun.endswith(found.group("counted")):
            return text
    else:
        found = _NAMED.match(text)
        if found is None:
            return text
        named, counted = found.group("named"), found.group("counted")
        at = named.find(counted)
        if at < 0 or at + len(counted) >= len(named):
            return text  # (监测站 … 每有1个站点: another word for the unit, perhaps another unit)
        noun, measure = named[: at + len(counted)], named[at + len(counted):]
    if float(found.group("each")) > float(found.group("points")):
        return text
    points = found.group("points")
    said = "" if f"({points}分)" in found.group("head") else f"({points}分)"  # (the heading's points already said)
    unit = found.group("counted")  # (乡镇卫生院 … 每有1个卫生院: the unit by the name it is counted in)
    return (f"{found.group('head')}各{unit}{measure}均应{found.group('cmp')}{found.group('level')},"
            f"每有1个{unit}未达到扣{found.group('each')}分{found.group('tail')}{said}{found.group('end')}")
