"""A target printed in brackets where the rule first names it: ``达到考核目标（≥83.3%）的得5分；低于目标但不低于75%的得3分；
低于75%的不得分``. The target is that number, here and wherever the bands name the target again (低于目标): the bands
``达到83.3%的得5分；低于83.3%但不低于75%的得3分``, which the reader reads as any bands of the measure. Only a text that
prints one such target; the target named again only right after a comparison (低于 / 达到 / 高于 / 超过 / 未达到) and
before the clause goes on (但 / 的 / a comma), never inside another word (目标任务数).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_TARGET = r"(?:考核|年度)?目标(?:值)?"
_PRINTED = lazy_compile(rf"{_TARGET}\((?:≥|不低于|为)?(\d+(?:\.\d+)?%)\)")
_NAMED_AGAIN = lazy_compile(rf"(低于|未达到|达到|高于|超过){_TARGET}(?=[但且的,;。]|$)")


def printed_target(text: str) -> str:
    """``达到考核目标(≥83.3%)的…;低于目标但…`` → ``达到83.3%的…;低于83.3%但…``."""
    printed = _PRINTED.findall(text)
    if len(printed) != 1:
        return text
    level = printed[0]
    return _NAMED_AGAIN.sub(lambda found: found.group(1) + level, _PRINTED.sub(level, text))
