"""较好(5-8分,不含8分) / 良(4-5.5分,不含5.5) / 二级养护标准(良):5-7分(不含7分): a tier's range of points the evaluator
chooses within, its upper end left to the tier above (好(8-10分) starts there). Which tier owns the shared end names no
other score: the evaluator enters the score either way, so the range is read as the plain 5-8分 the tiers chain by. Only
the range's own upper end may be excluded (不含5 after 2-4分 names another number, and stays for the reader to refuse).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_NUMBER = r"\d+(?:\.\d+)?"
# the exclusion inside the range's bracket: (5-8分,不含8分) → (5-8分)
_INSIDE = lazy_compile(rf"\(({_NUMBER})-({_NUMBER})分[,，]\s*不含\s*\2分?\)")
# the exclusion in a bracket of its own after the range: 5-7分(不含7分) → 5-7分
_AFTER = lazy_compile(rf"(?<![\d.])({_NUMBER})-({_NUMBER})分\(不含\s*\2分?\)")


def tier_upper_open(text: str) -> str:
    return _AFTER.sub(r"\1-\2分", _INSIDE.sub(r"(\1-\2分)", text))
