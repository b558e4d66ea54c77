"""A level against a named reference, then its other side naming the reference again: ``保护面积不低于上级下达任务的得3分，
低于任务的不得分`` — ``低于任务的`` is ``低于的``, the level just stated missed (as ``未达到的`` is read). Only when the clause
just before states a level against the same word, the other way round (不低于 / 不少于 / ≥ / 达到 before 低于 / 少于 / 不足;
不超过 / 不高于 / ≤ before 超过 / 超出 / 高于); a reference the level did not name stays, for the reader to refuse.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# (only a side scoring nothing: 低于目标值的80% is a share of the target, 超过预算的每超5% a step past it)
_OTHER_SIDE = lazy_compile(r"(?<!每)(低于|少于|不足|超过|超出|高于)(任务|预算|目标|计划)(?:数|值)?的(?=[,，]?(?:本项|该项|此项)?(?:不得分|不计分|得0分|计0分))")
_AT_LEAST = ("不低于", "不少于", "≥", "达到", "完成")
_AT_MOST = ("不超过", "不高于", "≤", "控制在")


def reference_restated(text: str) -> str:
    def restated(found: re.Match[str]) -> str:
        before = re.split(r"[;；。]", text[:found.start()])[-1]
        level = re.search(rf"({'|'.join(_AT_LEAST + _AT_MOST)})[^,，;；。]*?{found.group(2)}[^,，;；。]*?的?[,，]?(?:得|计|记)(?:\d|满分)",
                          before)
        if level is None:
            return found.group()
        below = found.group(1) in ("低于", "少于", "不足")
        if below != (level.group(1) in _AT_LEAST):
            return found.group()  # (不低于任务的得3分，超过任务的…: the same side, not the level missed)
        return found.group(1) + "的"

    return _OTHER_SIDE.sub(restated, text)
