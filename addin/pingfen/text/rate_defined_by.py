"""A rate defined by the formula it is computed with, said as an instruction: ``按实际值/目标值计算得分率，得分=得分率×分值`` /
``按照（基金实际支付额÷符合规定的护理费用总额）计算支付比例，支付比例达到70%得3分…``. The sentence says
``得分率=实际值/目标值`` — the definition the reader reads (``X率=A/B``) — and the rate named is what the rest scores.

Only a formula that divides (/ or ÷), right after 按 / 按照 / 根据 at a clause's start, then 计算 and a rate's name (…率 /
…比例, no number in it), then the clause's end: ``按实际完成数/计划数计算得分`` (a score, no rate) and ``计算本项得分`` are
left as written.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_DEFINED_BY = lazy_compile(
    r"(?:^|(?<=[,;。:\n]))(?:按照|按|根据|依据)(?P<formula>\([^()]*[/÷][^()]*\)|[^,;。()]*[/÷][^,;。()]*?)"
    r"计算(?:出)?(?P<name>[\u4e00-\u9fff]{1,10}?(?:率|比例))(?=[,;。]|$)")


def rate_defined_by(text: str) -> str:
    """``按实际值/目标值计算得分率,`` → ``得分率=实际值/目标值,``."""
    # (按照(A÷B)计算: the brackets only hold the formula together, 支付比例=A÷B)
    return _DEFINED_BY.sub(lambda found: f"{found.group('name')}={found.group('formula').removeprefix('(').removesuffix(')')}"
                           if found.group('formula').startswith("(") else f"{found.group('name')}={found.group('formula')}", text)
