"""每 before a period (每日 / 每周 / 每学期) says how often a requirement is done — 卫生间每日保洁不少于4次，得3分 is one
requirement with its points — never 每个村…得1分 / 每完成1个得1分, where 每 may count the units each earning points,
nor 每天增加积分最高限度为80分, the most a day may add."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile

_PERIOD_WORD = lazy_compile(r"(?:日|天|周|星期|月|季度|季|年|学期|半年)(?![\d])")
_LIMIT = lazy_compile(r"最高|最多|上限|限度|封顶")


def how_often_only(tokens: list, text: str) -> bool:
    """Every 每 among the tokens opens a period, none a unit counted, and the text with one sets no limit (True when
    there is no 每)."""
    each = [i for i, t in enumerate(tokens) if t.kind == "EACH"]
    return not each or (all(i + 1 < len(tokens) and tokens[i + 1].kind == "WORD" and _PERIOD_WORD.match(tokens[i + 1].text)
                            for i in each) and _LIMIT.search(text) is None)
