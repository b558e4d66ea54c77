"""Equal to the reference between above it and below it: ``本年完成重点任务数多于上年完成重点任务数的得3分，相等得2分，少于上年的
得1分`` / ``本地增速高于全省平均增速的得5分，等于全省平均增速的得3分，低于的不得分``. 相等 (相同, or 等于 the reference named
again) is level with what the clause before compared with — 持平, as 与上年持平的得2分 / 与全省平均增速持平的得3分 say it, the
way the readers of above / level / below know it (both_years_named.py, change_direction.py, rules/situations.py).

Only between a clause above the reference and a clause below it, each scored at once: 高于(多于) X…的得N分, then the
equal, then 低于(少于)…, scored — the three ways of one comparison, nothing else 相等 could be equal to. 等于 only with the
reference named again (等于X), never bare (等于 what?) nor joined to another way (等于或低于X: that clause says it)."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_SCORED = r"(?:(?:得|计|记|给)(?:满分|\d+(?:\.\d+)?分)|不(?:得|计|记)分)"
_ABOVE = r"(?:高于|多于|大于)"
_BELOW = r"(?:低于|少于|小于)"
_EQUAL = lazy_compile(
    rf"(?P<first>(?P<way>{_ABOVE}|{_BELOW})(?P<reference>[^,;。:=]{{1,20}}?)的?[,;]?{_SCORED}[,;])"
    # 相等 / 相同 / 两者相等 / 与X相等 / 等于X: the clause level with the reference, scored at once after it
    rf"(?P<equal>(?:两者)?(?:相等|相同)|与(?P=reference)(?:相等|相同)|等于(?P=reference))"
    rf"(?=的?[,;]?{_SCORED}[,;](?:{_ABOVE}|{_BELOW}))"
)


def equal_as_level(text: str) -> str:
    """``text`` with equal to the reference, between above it and below it each scored, as 持平 (与X持平)."""

    def level(found: re.Match[str]) -> str:
        after = text[found.end():]
        other = re.match(r"的?[,;]?" + _SCORED + r"[,;](?P<way>" + _ABOVE + "|" + _BELOW + ")", after)
        if other is None or (re.fullmatch(_ABOVE, found.group("way")) is None) == (re.fullmatch(_ABOVE, other.group("way")) is None):
            return found.group()  # (高于…,相等…,高于…: one way twice, the other unsaid)
        equal = found.group("equal")
        said = "持平" if equal.endswith(("相等", "相同")) and not equal.startswith("与") else f"与{found.group('reference')}持平"
        return found.group("first") + said

    return _EQUAL.sub(level, text)
