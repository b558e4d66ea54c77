"""A cost's float about its standard named by the verb alone: ``与核定标准成本（8.5元/车公里）相比，上下浮动不超过5%的得3分；
浮动5%-10%（含）的得1.5分`` is the 浮动幅度 — how far the cost lies from the standard either way — and never the cost's
ratio to it (once read as 完成率≤5%: 7.9元 against 8.5元, a float of 7.06%, scored 0 instead of 1.5). Named 浮动幅度 it
is read as every deviation is (its size, either way; ±5% the same).

Only 浮动 right before its level (不超过 / 在 / 超过 / ± / a number), never 浮动率 / 浮动幅度 already, nor 浮动工资 or
a 浮动 that is no measure.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_FLOAT = lazy_compile(r"(?:上下)?浮动(?![幅率比])(?=不超过|不高于|不大于|控制在|在|超过|超出|大于|高于|±|\d)")


def float_named(text: str) -> str:
    """``上下浮动不超过5%的得3分;浮动5%-10%(含)的得1.5分`` → ``浮动幅度不超过5%的得3分;浮动幅度5%-10%(含)的得1.5分``."""
    return _FLOAT.sub("浮动幅度", text)
