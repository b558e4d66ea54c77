"""A formula's divisor named with its value printed in brackets: ``得分=实际签约率/目标签约率（45%）×5`` / ``得分=已储备品种数/
规定储备品种数（25种）×3`` / ``开工率=已开工小区数/计划改造小区数（32个）×100%``. The name is the number's, said once: the
formula divides by that number (``实际签约率/45%×5``, ``已储备品种数/25×3``). A count keeps no unit (the formula's numbers
are bare; the value entered for the dividend carries its own); a rate keeps its % or ‰. Only a name of a quantity (…数, …率,
…值, …量, …额, …人次, …比例: 得分=实际比例/目标比例(40%)×6) right after the division sign, the bracket holding nothing but the number, and an operator, a bracket or
the clause's end right after it (never …/目标值(≥45%)得5分, a level, nor a note in words)."""

from __future__ import annotations

from .lazy_regex import lazy_compile

# (…/目标值(3分): the indicator's points after the formula, never its divisor; nor 目标值(2023年), a year)
# (…/合同约定页数(120万页): a count in 万 is 1,200,000, never the bare 120 — left unrewritten for the reader to refuse)
_DIVISOR = lazy_compile(r"(?<=[/÷])[\u4e00-\u9fff]{1,14}?(?:数|率|值|量|额|次|比例)\((\d+(?:\.\d+)?)(%|‰|(?![分年月日号万千亿])[\u4e00-\u9fff]{1,2})\)"
                        r"(?=[×*)]|[,;。]|$)")


# 得分=5×(实际增长率/目标增长率15%): the divisor's rate written straight after its name, no bracket
_RATE_RUN_IN = lazy_compile(r"(?<=[/÷])[\u4e00-\u9fff]{1,14}?率(\d+(?:\.\d+)?[%‰])(?=[×*)]|[,;。]|$)")


def printed_divisor(text: str) -> str:
    """``…/目标签约率(45%)×5`` → ``…/45%×5``; ``…/规定储备品种数(25种)×3`` → ``…/25×3``; ``…/目标增长率15%)`` → ``…/15%)``."""
    text = _RATE_RUN_IN.sub(r"\1", text)
    return _DIVISOR.sub(lambda found: found.group(1) + (found.group(2) if found.group(2) in ("%", "‰") else ""), text)
