"""以实际集中供养率除以目标值40%再乘以分值计算 / 按实际值除以目标值乘以分值计算: a formula said in words, 得分=A/B×分值.

Once read as a level with no method (the 40% a target, the item scored full above it and 0 below: 30% scored 0 where the
words give 30%/40%×3 = 2.25), or as a formula over one name 实际值除以目标值 that no input could fill. The measure is the
name just before 除以 (a rate, a value, a count); the divisor is a printed level (目标值40% → 40%) or the target itself;
the factor is the 分值 or its points. Any other division in words (各科成绩之和再除以总学分数) stays as written."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_DIVIDED_THEN_TIMES = lazy_compile(
    r"(?:^|(?<=[,，;；。:：\n]))(?:以|按|用|按照)?(?P<measure>[\u4e00-\u9fff]{1,12}?(?:率|值|数|量))除以"
    r"(?:(?:年度)?(?:目标值|指标值|计划值)(?=\d))?(?P<divisor>\d+(?:\.\d+)?%|(?:年度)?(?:目标值|指标值|计划值))"
    r"(?:再|后|之后)?(?:乘以|×)(?P<factor>(?:本项|该项|本指标|该指标)?分值|\d+(?:\.\d+)?分?)"
    r"(?:计算|计分|得分|赋分|记分)?(?:得分)?")


def divided_then_times(text: str) -> str:
    def said(match: re.Match[str]) -> str:
        divisor = re.sub(r"^年度", "", match.group("divisor"))
        factor = match.group("factor")
        factor = "分值" if factor.endswith("分值") else factor
        return f"得分={match.group('measure')}/{divisor}×{factor}"
    return _DIVIDED_THEN_TIMES.sub(said, text)


__all__ = ["divided_then_times"]
