"""A rate defined beside levels of another rate (完成率≥90%得3分，否则不得分。满意率=满意人数/总人数): the definition named
the measure, so the levels were read as the defined rate's (满意率≥90%得3分) and the rate the text scores was lost. A
definition whose rate the levels never name is refused, naming it."""

from __future__ import annotations

from .errors import Unplaced
from ..text.lazy_regex import lazy_compile

# 满意率=满意人数/总人数 (to the end of its sentence)
_DEFINITION = lazy_compile(r"([\u4e00-\u9fff]{2,20}?(?:率|占比|满意度))(?:\(%\))?=[^。;；\n]*")
# the rate a level is said of: 完成率≥90% / 满意度达到90% / 到位率低于80%
_RATE_AT_LEVEL = lazy_compile(r"([\u4e00-\u9fff]{1,12}?(?:率|占比|满意度))(?:[≥≤<>]|达到|不低于|不少于|不高于|不超过|低于|高于|超过|不足|在\d|\d)")


def refuse_other_rate_defined(text: str) -> None:
    defined = _DEFINITION.search(text)
    if defined is None:
        return
    name = defined.group(1)
    rest = text[:defined.start()] + text[defined.end():]
    levelled = [found.group(1) for found in _RATE_AT_LEVEL.finditer(rest)]
    if levelled and not any(name.endswith(other[-3:]) or other.endswith(name[-3:]) for other in levelled):
        raise Unplaced(defined.group(), f"这里定义的“{name}”不是各档计分的比率（{levelled[0]}），无法确定按哪一个比率计分",
                       certain=True)


def refuse_defined_twice(text: str) -> None:
    """带动比=社会投资额/财政投入资金…；带动比=社会投资额/项目总投资: one measure defined two ways, which the parts entered
    are worked by is not said (once the first taken, the second dropped)."""
    from .definitions import STATED_DEFINITION, stated_formula

    seen: dict[str, object] = {}
    for found in STATED_DEFINITION.finditer(text):
        name, formula = found.group(1), stated_formula(found.group(2).replace("×100%", ""))
        if formula is None:
            continue
        if name in seen and seen[name] != formula:  # (the same formula said again, ×100% or not, is one definition)
            raise Unplaced(found.group(), f"“{name}”写了两个不同的计算公式，无法确定按哪一个计算", certain=True)
        seen.setdefault(name, formula)
