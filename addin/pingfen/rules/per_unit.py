"""Points per unit of work done, up to a limit: ``每完成1000亩，加0.1分，以3分为限``. Only whole units count
(2,500亩 is two thousands), as 每完成 reads; the limit is the one written, or the indicator's 分值.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..text.numbers import general_text
from .expr import Expr, Fmt, concat, div, floor, minimum, mul, num
from .inputs import Shape
from .model import FULL, SCORE, Context, count_measure


@dataclass(frozen=True)
class PerUnit:
    verb: str  # 完成 / 增加 / 新增
    size: Decimal  # 1000
    unit: str  # 亩
    per: Decimal  # 0.1
    limit: Decimal | None = None  # 以3分为限; None: the 分值
    kind: str = "per_unit"

    def canonical(self, label: str) -> str:
        limit = f"，以{general_text(self.limit)}分为限" if self.limit is not None else "，以分值为限"
        return f"每{self.verb}{general_text(self.size)}{self.unit}，加{general_text(self.per)}分{limit}"

    def implied_max(self) -> Decimal | None:
        return self.limit

    def default_shape(self, label: str) -> Shape:
        return Shape(measure="actual")

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        done, _ = count_measure(ctx, self.unit)
        units = ctx.define("whole_units", floor(div(done, num(self.size))))
        limit = FULL if self.limit is None else minimum(FULL, num(self.limit))
        return minimum(limit, mul(units, num(self.per))), concat(
            self.verb, Fmt(done), self.unit, "，每", self.verb, general_text(self.size), self.unit, "加", general_text(self.per), "分，计",
            Fmt(units), "个", general_text(self.size), self.unit, "，得", Fmt(SCORE), "分",
        )
