"""Points added per thing done, up to a limit: per unit of work (``每完成1000亩，加0.1分，以3分为限``; only
whole units count, 2,500亩 is two thousands, as 每完成 reads), or per achievement of each kind
(``获市级以上先进集体和个人分别加2分、1分``). The limit is the one written, or the indicator's 分值 — or none, where the
text says the more done the more scored (``每完成牵线落实1个项目得10分,基本分50分,多超多得`` / ``上不封顶``).
"""

from __future__ import annotations

from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lexicon import COUNT_UNITS
from ..text.numbers import general_text
from .expr import Cmp, Expr, Fmt, If, Text, concat, div, floor, maximum, minimum, mul, num, total
from .inputs import Shape
from .model import FULL, SCORE, ZERO, Context, count_measure, kind_counts, rate_measure


@dataclass(frozen=True)
class PerUnit:
    verb: str  # 完成 / 增加 / 新增
    size: Decimal  # 1000
    unit: str  # 亩
    per: Decimal  # 0.1
    limit: Decimal | None = None  # 以3分为限; None: the 分值
    kind: str = "per_unit"
    full_at: Decimal | None = None  # 5个满分: the count that scores the limit (full_at_count.py)
    required: str = ""  # 全年开展检查不少于4次: how often the work is required (each time done still scores)
    uncapped: bool = False  # 多超多得 / 上不封顶: the sum may pass the 分值

    def canonical(self, label: str) -> str:
        limit = f"，以{general_text(self.limit)}分为限" if self.limit is not None else ""  # (no limit written: the 分值)
        if self.uncapped:
            limit = "，上不封顶"
        if self.full_at is not None:
            limit = f"，{general_text(self.full_at)}{self.unit}满分"
        # 每1次加1分 / 每制定1项加2分 stay one clause (a count of one is an occurrence on its own)
        comma = "，" if self.verb and not (self.size == 1 and self.unit in COUNT_UNITS) else ""
        required = f"{self.required}，" if self.required else ""
        return f"{required}每{self.verb}{general_text(self.size)}{self.unit}{comma}加{general_text(self.per)}分{limit}"

    def implied_max(self) -> Decimal | None:
        return self.limit

    def ceiling(self) -> Expr | None:
        return None if self.uncapped else FULL

    def default_shape(self, label: str) -> Shape:
        return Shape(measure="rate" if self.unit == "%" else "actual")

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        if self.unit == "%":
            return self._per_point(ctx)
        done, _ = count_measure(ctx, self.unit)
        units = ctx.define("whole_units", floor(div(done, num(self.size))))
        limit = FULL if self.limit is None else minimum(FULL, num(self.limit))
        earned = mul(units, num(self.per))
        counted = concat("，计", Fmt(units), self.unit) if self.size == 1 else \
            concat("，计", Fmt(units), "个", general_text(self.size), self.unit)  # 计2个1000亩 / 计3项
        required = f"（要求：{self.required}）" if self.required else ""
        return earned if self.uncapped else minimum(limit, earned), concat(
            self.verb, Fmt(done), self.unit, required, "，每", self.verb, general_text(self.size), self.unit, "加", general_text(self.per), "分",
            counted, "（上不封顶）" if self.uncapped else "", "，得", Fmt(SCORE), "分",
        )

    def _per_point(self, ctx: Context) -> tuple[Expr, Expr]:
        """每完成任务1%得0.1分，共10分: whole percentage points of the rate, as whole units of work count."""
        if not any(word in ctx.label for word in ("率", "比例", "占比")):
            ctx.label = "完成率"  # (…以上年人数为基数…每完成任务1%: the task's completion, not the base named before)
        rate, measured = rate_measure(ctx)
        points = ctx.define("whole_units", floor(div(mul(rate, num(100)), num(self.size))))
        limit = FULL if self.limit is None else minimum(FULL, num(self.limit))
        earned = mul(points, num(self.per))
        return maximum(ZERO, earned if self.uncapped else minimum(limit, earned)), concat(
            measured, "，每", self.verb, general_text(self.size), "%加", general_text(self.per), "分（按整百分点计）", "，得", Fmt(SCORE), "分",
        )


@dataclass(frozen=True)
class AwardKinds:
    """获市级以上先进集体和个人分别加2分、1分 / 在省、市级刊物发表1篇分别加1分和0.5分，最多不超过5分: kinds of
    achievement, each adding its own points per occurrence. The evaluator enters how often each kind
    happened (``failures: [2, 3]``, one count per kind, as for kinds of fault); the sum stops at the limit
    written, or at the 分值."""

    subject: str  # 在省、市级刊物发表1篇(项)
    kinds: tuple[tuple[str, Decimal], ...]  # (省级, 1), (市级, 0.5)
    unit: str = "次"
    limit: Decimal | None = None
    kind: str = "award_kinds"

    def canonical(self, label: str) -> str:
        points = "、".join(f"{general_text(points)}分" for _, points in self.kinds)
        limit = "" if self.limit is None else f"，最多不超过{general_text(self.limit)}分"
        return f"{self.subject}分别加{points}{limit}"

    def implied_max(self) -> Decimal | None:
        return self.limit

    def default_shape(self, label: str) -> Shape:
        return Shape(failure_kinds=len(self.kinds))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        counts = kind_counts(ctx, "加分情形", [name for name, _ in self.kinds], [
            f"{name}（每{self.unit}加{general_text(points)}分）的{self.unit}数" for name, points in self.kinds
        ])
        added = ctx.define("added", total([mul(count, num(points)) for count, (_, points) in zip(counts, self.kinds)]))
        limit = FULL if self.limit is None else minimum(FULL, num(self.limit))
        listed = concat(*(
            If(Cmp(">", count, ZERO), concat(name, Fmt(count), self.unit, "加", Fmt(mul(count, num(points))), "分；"), Text(""))
            for count, (name, points) in zip(counts, self.kinds)
        ))
        shown = "" if self.limit is None else f"（最多不超过{general_text(self.limit)}分）"
        return minimum(limit, added), If(
            Cmp(">", added, ZERO),
            concat(listed, "共加", Fmt(added), "分", shown, "，得", Fmt(SCORE), "分"),
            Text("没有可加分的情形，得0分"),
        )
