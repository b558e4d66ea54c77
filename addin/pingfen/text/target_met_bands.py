"""A target stated on its own, then bands of the count that name it as 完成目标: ``目标值：≥200人　…完成目标的得3分；完成150人
（含）以上的得2分；100人（含）以上的得1分；100人以下0分`` / ``年度目标3000万元。完成目标得3分；完成2000万元（含）以上得2分…``.
Reaching the target is the count reaching 200人 — the top band of the same count the others are written in — so the
band is ``完成200人(含)以上的得3分`` and the target's own cell, now said by that band, goes: the bands the reader reads as
any bands of a count.

Only one target stated (目标值 / 指标值 / 年度目标, ≥ or bare — never a limit ≤), in a unit of a count or an amount (never
%, a share whose bands would be shares of it), 完成目标 said once right before its award (得), and every other band's number
in the target's own unit and below it. A row laid out as 自评表 cells, the name then ``分值:3分,评分:``, is that name
with its points: ``非遗工坊带动就业人数(3分):…``.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_NUMBER = r"\d+(?:\.\d+)?"
# 目标值:≥200人 / 年度目标3000万元 / 目标值:≥1.5万人次: the cell, ended by the sentence, the next cell's label or the rule
_STATED = lazy_compile(rf"(?:年度)?(?:目标值|指标值|目标):?≥?(?P<level>{_NUMBER})(?P<unit>万?[\u4e00-\u9fff]{{1,3}}?)"
                       r"(?P<end>[。;,]|(?=分值|评分|完成目标))")
_MET = lazy_compile(r"完成(?:年度)?(?:目标值|目标|指标值)(?=的?得)")
_ROW_POINTS = lazy_compile(rf"^(?P<name>[^:;,。()\d]{{2,30}}?)分值:(?P<points>{_NUMBER})分?,?评分(?:标准|方法|规则)?:")


def target_met_bands(text: str) -> str:
    stated = list(_STATED.finditer(text))
    met = list(_MET.finditer(text))
    if len(stated) != 1 or len(met) != 1 or stated[0].start() > met[0].start():
        return text
    cell = stated[0]
    level, unit = cell.group("level"), cell.group("unit")
    if unit in ("分",) or unit.endswith(("分", "年", "月", "日")):
        return text
    rest = text[met[0].end():]
    others = [float(found) for found in re.findall(rf"({_NUMBER}){re.escape(unit)}", rest)]
    if not others or any(value >= float(level) for value in others) or re.search(rf"{_NUMBER}%", rest):
        return text  # (bands in shares, or a band above the target: 完成目标 is no top band of theirs)
    text = text[:met[0].start()] + f"完成{level}{unit}(含)以上" + rest
    text = text[:cell.start()] + text[cell.end():]
    return _ROW_POINTS.sub(r"\g<name>(\g<points>分):", text, count=1)
