"""隐患排查完成率(3分)=已完成排查单位数÷重点监管单位总数×100% / 补贴资金使用率(分值5分)=已结算补贴资金/到位补贴资金×100%:
the indicator's name with its points, then its definition — the heading the reader reads (名称(3分):) and the rate defined
under that name, written apart: 隐患排查完成率(3分):隐患排查完成率=… (once refused, or the definition lost and the rate to
enter). Only a rate's name (…率 / 比例 / 占比 / 满意度) opening a sentence, the bracket holding nothing but its points.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_HEADED_DEFINITION = lazy_compile(
    r"(?:^|(?<=[。;\n]))(?P<name>[\u4e00-\u9fff]{2,30}?(?:率|比例|占比|满意度))\((?:分值|本项|满分)?(?P<points>\d+(?:\.\d+)?)分\)=")


def heading_apart(text: str) -> str:
    return _HEADED_DEFINITION.sub(lambda said: f"{said.group('name')}({said.group('points')}分):{said.group('name')}=", text)
