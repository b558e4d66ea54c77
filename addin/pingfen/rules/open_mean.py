"""评价得分=(专家1+专家2+…)/专家人数 / 得分=(B1+B2+B3+...Bn)×(1/n): the mean of scores entered one by one, as many as
there are (the experts who scored, the projects checked).

The list is open: its terms are numbered from 1 and the text says …, so the evaluator enters each score by name
(vars 专家1, 专家2, 专家3 …, numbered 1 to n without a gap) and the mean divides by how many were entered. A list
with a closed number of terms (专家1+专家2+专家3)/3 is an ordinary formula (formula.py); a mean divided by anything
else than the count of its terms is not this reading.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from .expr import Expr, Fmt, Var, concat, div, num, total
from .inputs import InputError, Shape
from .model import Context, worked_to_score

_ELLIPSIS = r"(?:\.{2,}|…+|⋯+)"
# (专家1+专家2+…)/专家人数 / (B1+B2+B3+...Bn)×(1/n): the terms 1, 2 (3), then …, then the n-th or nothing
OPEN_MEAN = lazy_compile(
    rf"^(?:[\u4e00-\u9fff]{{0,8}}得分|[A-Z])=\((?P<p>[\u4e00-\u9fff]{{1,6}}?|[A-Z])1\+(?P=p)2(?:\+(?P=p)3)?\+?{_ELLIPSIS}\+?(?:(?P=p)n)?\)"
    rf"(?:[/÷](?P<count>(?P=p)(?:人数|个数|数量|数)|n)|×\(1/n\))$")


@dataclass(frozen=True)
class OpenMean:
    prefix: str  # 专家 / B
    count: str = "n"  # 专家人数: how the text names the number of terms
    kind: str = "open_mean"

    def canonical(self, label: str) -> str:
        return f"得分=({self.prefix}1+{self.prefix}2+…)/{self.count}"

    def implied_max(self) -> Decimal | None:
        return None  # (each score within the 分值, and so their mean)

    def default_shape(self, label: str) -> Shape:
        return Shape(variables=(f"{self.prefix}1", f"{self.prefix}2"))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        numbered = {int(name[len(self.prefix):]): name for name in ctx.shape.variables
                    if re.fullmatch(re.escape(self.prefix) + r"[1-9]\d*", name)}
        if not numbered or sorted(numbered) != list(range(1, len(numbered) + 1)):
            raise InputError(f"请按名称逐个录入各项得分（vars 中的“{self.prefix}1”“{self.prefix}2”…，从1起连续编号）")
        terms = [Var(f"v:{numbered[index]}") for index in sorted(numbered)]
        ctx.need(*(f"v:{numbered[index]}" for index in sorted(numbered)))
        mean = div(total(terms), num(len(terms)))
        shown = [part for index, term in enumerate(terms) for part in (("+" if index else ""), Fmt(term))]
        return mean, concat("得分=(", *shown, f")/{len(terms)}", worked_to_score(mean))


def read_open_mean(text: str) -> OpenMean | None:
    found = OPEN_MEAN.fullmatch(text.strip("。;,， "))
    if found is None:
        return None
    return OpenMean(found.group("p"), found.group("count") or "n")
