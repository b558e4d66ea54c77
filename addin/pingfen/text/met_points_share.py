"""评价要点：①…；②…；③…；④…。得分=满足的要点数/4×分值: the 分值 shared equally among the points listed, each point
met earning its share — the checklist's own equal sharing (各要点平均分配分值，符合的要点得相应分值), which the reader
reads. Only when the count divided by is the number of points listed (①… up to it, each once); a formula dividing by
another count is handed back as written, for the reader to refuse.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_SHARE_OF_MET = lazy_compile(r"[。;,]?(?:本项)?得分=(?:满足|符合|达到|完成|落实)(?:的|了)?(?:评价)?要点(?:个)?数/(\d+)×(?:分值|满分|该项分值)[。;]?$")
EQUAL_SHARES = "(各要点平均分配分值,符合的要点得相应分值)"


def met_points_share(text: str) -> str:
    formula = _SHARE_OF_MET.search(text)
    if formula is None:
        return text
    count = int(formula.group(1))
    listed = [c for c in text[:formula.start()] if c in CIRCLED]
    if not 1 < count <= len(CIRCLED) or listed != list(CIRCLED[:count]):
        return text
    return text[:formula.start()].rstrip("。;,") + EQUAL_SHARES
