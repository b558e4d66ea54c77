"""较好(5-8分,不含8分) / 良(4-5.5分,不含5.5) / 二级养护标准(良):5-7分(不含7分): a tier's range of points the evaluator
chooses within, its upper end left to the tier above (好(8-10分) starts there). Which tier owns the shared end names no
other score: the evaluator enters the score either way, so the range is read as the plain 5-8分 the tiers chain by. Only
the range's own upper end may be excluded (不含5 after 2-4分 names another number, and stays for the reader to refuse);
its lower end may be marked included (得5(含)-6分 / 得4分(含)至6分(不含)), never excluded.

A tier whose range is said as a bound — 差(5分以下), 较好(6分≤得分<8分), 好(≥8分) under 示范社运营质量(10分): — is the range
it bounds, 0-5分, 6-8分, 8-10分 (the heading's points the top), chained as the ranges are; only inside brackets right after
a tier's name, beside another tier in brackets (never a band's own points).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_NUMBER = r"\d+(?:\.\d+)?"
# the exclusion inside the range's bracket: (5-8分,不含8分) → (5-8分)
_INSIDE = lazy_compile(rf"\(({_NUMBER})-({_NUMBER})分[,，]\s*不含\s*\2分?\)")
# the exclusion in a bracket of its own after the range: 5-7分(不含7分) → 5-7分
_AFTER = lazy_compile(rf"(?<![\d.])({_NUMBER})-({_NUMBER})分\(不含\s*\2分?\)")
# the ends marked after each number of an awarded range: 得5(含)-6分 / 得3(含)-5分(不含) / 得4分(含)至6分(不含) → 得5-6分, 得3-5分,
# 得4-6分 (the lower end its own, the upper left to the tier above, as the plain range chains; 得4分(不含)… stays)
_MARKED = lazy_compile(rf"(?<=[得计记])({_NUMBER})分?(?:\(含\)(?:-|至)({_NUMBER})分(?:\(不含\))?|(?:-|至)({_NUMBER})分\(不含\))")


# 差(5分以下) / 差(<5分) → (0-5分); 较好(6分≤得分<8分) → (6-8分); 好(≥8分) / 好(8分以上) → (8-N分) under a heading of N分
_TIER = r"(?<=[\u4e00-\u9fff])\("
_BELOW = lazy_compile(rf"{_TIER}(?:({_NUMBER})分以下|<({_NUMBER})分)\)")
_BETWEEN = lazy_compile(rf"{_TIER}({_NUMBER})分?≤得分<({_NUMBER})分\)")
_ABOVE = lazy_compile(rf"{_TIER}(?:≥({_NUMBER})分|({_NUMBER})分以上)\)")
_HEADING = lazy_compile(rf"^[^:()]{{2,30}}\(({_NUMBER})分\):")
_OTHER_TIER = lazy_compile(rf"{_TIER}{_NUMBER}-{_NUMBER}分\)|{_TIER}{_NUMBER}分?≤得分<")


def tier_upper_open(text: str) -> str:
    text = _AFTER.sub(r"\1-\2分", _INSIDE.sub(r"(\1-\2分)", text))
    text = _MARKED.sub(lambda found: f"{found.group(1)}-{found.group(2) or found.group(3)}分", text)
    if _OTHER_TIER.search(text) is None:
        return text
    text = _BETWEEN.sub(r"(\1-\2分)", _BELOW.sub(lambda found: f"(0-{found.group(1) or found.group(2)}分)", text))
    heading = _HEADING.match(text)
    if heading is not None:
        text = _ABOVE.sub(lambda found: f"({found.group(1) or found.group(2)}-{heading.group(1)}分)", text)
    return text
