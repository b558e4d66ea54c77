"""Standards written for kinds of unit, one sentence each: ``人口在5万以上的乡镇,完成率95%以上得5分,否则不得分;人口在5万
以下的乡镇,完成率90%以上得5分,…`` / ``一类地区,…98%…;二类地区,…95%…`` / ``城区学校…;农村学校…``. Read as one list of
bands they gave a big town at 92% full marks (95%-98% was the other kind's band). Which kind the evaluated unit is
decides the standard; only the wording of chosen_standards.py (…以上的单位/…以下的单位) is read so. Any other such text
read as bands is refused, naming the second kind."""

from __future__ import annotations

from .errors import Unplaced
from .model import Scorer
from .piecewise import Piecewise
from ..text.lazy_regex import lazy_compile

# a sentence opening with a kind of unit, then a comma or the rate it is measured by (省级示范单位完成率98%以上…)
_KIND = lazy_compile(r"(?:^|(?<=[;；。\n]))\s*(?P<who>[^,，;；。:：\n%<>≤≥=]{1,16}?(?:单位|地区|县区|县|乡镇|街道|村|部门|企业|学校|医院|社区))"
                     r"(?=[,，:：]|[\u4e00-\u9fff]{1,8}率)")


def refuse_bands_of_unit_kinds(scorer: Scorer, text: str) -> None:
    if not isinstance(scorer, Piecewise) or len(scorer.cases) < 2:
        return
    kinds = [found.group("who") for found in _KIND.finditer(text)]
    if len(set(kinds)) >= 2:
        raise Unplaced(kinds[1], "分别对不同类别的单位规定了标准，需先确定被评价单位属于哪一类，不能合并为一组分档", certain=True)
