"""A value built from the 得分要素 met, which the rule's bands or steps then score.

具备要素1得20%，具备要素2得40%…业绩值为100%得满分，每降低1%扣权重分的1%: each element met adds its own
share to the 业绩值; 具备一个得分要素业绩值加0.5…业绩值为2得满分: each adds the same amount. The evaluator
marks which elements are met (met); the 业绩值 is their sum, and the rest of the text scores it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from .. import TYPE_CHECKING

from ..lazy_dataclass import dataclass
from .expr import Cmp, Expr, Fmt, If, Text, Var, concat, num, total
from .errors import Unplaced
from .inputs import YES, InputError
from .model import ZERO, Context, marker, show
from ..text.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from .clauses import Clause


@dataclass(frozen=True)
class ElementValue:
    name: str  # 业绩值
    weights: tuple[Decimal, ...]  # what each element met adds, in ``unit``
    unit: str  # % (具备要素1得20%) or "" (业绩值加0.5)

    def canonical(self) -> str:
        if self.unit == "":
            return f"具备1个得分要素{self.name}加{show(self.weights[0], self.unit)}（共{len(self.weights)}个要素）"
        return "，".join(f"具备要素{i}得{show(w, self.unit)}" for i, w in enumerate(self.weights, start=1))

    def measure(self, ctx: Context) -> tuple[Expr, Expr]:
        count = len(self.weights)
        if ctx.shape.points != count:
            raise InputError(f"评分标准有{count}个得分要素，需要逐项录入是否具备（met，{count}项）")
        names = [f"met_{i}" for i in range(1, count + 1)]
        ctx.need(*names)
        met = [Cmp("=", Var(name), Text(YES)) for name in names]
        value = ctx.define("element_value", total([If(m, num(w), ZERO) for m, w in zip(met, self.weights)]))
        listed = concat(*(If(m, Text(marker(i)), Text("")) for i, m in enumerate(met)))
        shown_value = Fmt(value, "pct") if self.unit == "%" else Fmt(value)
        return value, concat(
            "具备的得分要素：", If(Cmp("=", value, ZERO), Text("无"), listed), "，", self.name, "为", shown_value,
        )


def read_elements(scoring: list[Clause], context: list[Clause]) -> tuple[ElementValue, list[Clause]] | None:
    """The element clauses and the clauses left to score the value, or None when the text has none."""
    shares = {id(c): share for c in scoring if (share := _element_share(c)) is not None}
    if shares:
        if [number for number, _ in shares.values()] != list(range(1, len(shares) + 1)):
            return None  # 具备要素1…要素3 with 2 missing: not a list of every element
        rest = [c for c in scoring if id(c) not in shares]
        name = _value_name(rest)
        if name is None:
            first = next(c for c in scoring if id(c) in shares)
            raise Unplaced(first, "写明了各得分要素计多少，但没有写明由此如何计分（如“业绩值为100%得满分”）")
        return ElementValue(name, tuple(share for _, share in shares.values()), "%"), rest
    for clause in scoring:
        each = _EACH_ELEMENT.fullmatch(clause.text)
        if each is None:
            continue
        listed = len([c for c in context + scoring if c.marker and c.start < clause.start])
        count = int(each.group("count")) if each.group("count") else listed
        if count < 2 or (listed and count != listed):
            return None  # how many elements there are is not written, or not as many as listed
        amount = Decimal(each.group("amount"))
        return ElementValue(each.group("name"), (amount,) * count, ""), [c for c in scoring if c is not clause]
    return None


def _element_share(clause: Clause) -> tuple[int, Decimal] | None:
    """具备要素1得20%: (1, 0.2)."""
    kinds = [t.kind for t in clause.tokens]
    if kinds != ["WORD", "NUM", "VERB", "NUM"] or not _ELEMENT.fullmatch(clause.tokens[0].text):
        return None
    number, share = clause.tokens[1], clause.tokens[3]
    if number.unit or number.value != int(number.value) or share.unit != "%":
        return None
    return int(number.value), share.value


def _value_name(rest: list[Clause]) -> str | None:
    """业绩值为100%得满分: the value the other clauses score, named in their first words."""
    for clause in rest:
        if clause.tokens and clause.tokens[0].kind == "WORD" and clause.condition is not None:
            name = clause.tokens[0].text
            return name if re.fullmatch(r"[\u4e00-\u9fff]{1,6}值", name) else None
    return None


_ELEMENT = lazy_compile(r"(?:具备|符合|满足)(?:得分)?要素")
_EACH_ELEMENT = lazy_compile(
    r"(?:具备|符合|满足)1[个项](?:得分)?要素(?P<name>[\u4e00-\u9fff]{1,6}值)加(?P<amount>\d+(?:\.\d+)?)(?:\(共(?P<count>\d+)个(?:得分)?要素\))?"
)
