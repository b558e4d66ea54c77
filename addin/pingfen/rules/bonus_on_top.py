"""Points earned by the rule's own method, then points added per counted occurrence up to a written limit:
``纳入县级重点工作部署,得1分;党政领导对财政奖补工作有正面批示的,一个加1分,最多加2分``.

The text before the first clause that adds (加N分) is read as a rule of its own (a 评价要点, a threshold …: the
base); the rest must read as kinds counted, each adding its points per occurrence (counted_awards.py), with a
limit written on what they add (最多加2分). The score is the base (within its own points) plus the points added
(within their limit): the additions may lift the item above the 分值 (a 加分项, as 每超过…加1分，最多加2分 does);
if the 分值 already counts them, the score is the same. Additions with no limit written are not read here (where
would they stop?), nor a base that reads the same input as the count (both would be ``actual``).

The evaluator enters the base's own inputs (met for a 评价要点) and, for one kind of addition, its count as
``actual`` (several kinds: ``failures``, one count per kind in text order).
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .clauses import Clause
from .errors import Unplaced
from .counted_awards import Counted, CountedAwards
from .expr import Cmp, Expr, Fmt, If, Text, add, clamp, concat, maximum, minimum, num, renamed, total
from .inputs import Shape
from .model import FULL, SCORE, ZERO, Context, Scorer, count_measure, kind_counts
from .parts import inputs_of
from .per_unit import PerUnit
from .piecewise import Piecewise

_ADDS = lazy_compile(r"加\d+(?:\.\d+)?分")
_NAMED = lazy_compile(r"[^\d%]+?的")  # 党政领导…有正面批示的, (一个加1分): what the next clause counts
_UNIT_ALONE = lazy_compile(r"每(?:一|1)?[\u4e00-\u9fff]加\d")  # 每个加1分 / 每件加2分: a unit, no words of what is counted


@dataclass(frozen=True)
class WithBonus:
    base: Scorer
    bonus: CountedAwards  # its limit: the most the additions add
    base_label: str | None = None  # 实际值: a count or an amount the base measures (not the indicator's 完成率)
    kind: str = "with_bonus"

    def _limit(self) -> Decimal:
        return self.bonus.limit  # type: ignore[return-value]

    def canonical(self, label: str) -> str:
        kinds = "；".join(f"{k.label}的，每{k.unit}加{general_text(k.points)}分"
                         + ("" if k.cap is None else f"，最多加{general_text(k.cap)}分") for k in self.bonus.kinds)
        return f"{self.base.canonical(self.base_label or label)}；{kinds}，最多加{general_text(self._limit())}分"

    def implied_max(self) -> Decimal | None:
        base = self.base.implied_max()
        return None if base is None else base + self._limit()

    def without_bonus(self) -> Scorer:
        return self.base

    def ceiling(self) -> Expr | None:
        top = self.base.implied_max()  # (None: the base scores from the 分值, 每少1次扣1.25分)
        return maximum(FULL, add(FULL if top is None else minimum(FULL, num(top)), num(self._limit())))

    def _counted_as_failures(self) -> bool:
        """One kind's count is ``actual`` unless the base measures something itself (then ``failures``)."""
        return len(self.bonus.kinds) > 1 or "measure" in inputs_of(self.base.default_shape(""))

    def default_shape(self, label: str) -> Shape:
        base = self.base.default_shape(label)
        kinds = len(self.bonus.kinds)
        counted = Shape(failure_kinds=kinds) if kinds > 1 else Shape(has_failures=True) if self._counted_as_failures() \
            else Shape(measure="actual")
        return replace(base, **{f.name: getattr(counted, f.name) for f in fields(counted)
                                if getattr(counted, f.name) != getattr(Shape(), f.name)})

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        base, text = build_base(self.base, self.base_label, ctx)
        kinds = self.bonus.kinds
        if not self._counted_as_failures():
            counts = [count_measure(ctx, kinds[0].unit)[0]]
        else:
            counts = kind_counts(ctx, "加分情形", [k.label for k in kinds], [k.entered() for k in kinds])
        added = ctx.define("added", minimum(num(self._limit()), total([k.amount(c) for k, c in zip(kinds, counts)])))
        listed = concat(*(
            If(Cmp(">", count, ZERO), concat("；", k.label, Fmt(count), k.unit, "，每", k.unit, "加", general_text(k.points), "分"),
               Text("")) for count, k in zip(counts, kinds)
        ))
        shown = concat(text, listed, "；共加", Fmt(added), f"分（最多加{general_text(self._limit())}分），得",
                       Fmt(SCORE), "分")
        return add(base, added), shown


def _counted_words(clause: str, unit: str) -> str:
    """每开展1次培训加0.5分 → 开展培训 / 每达成1个维度目标加0.2分 → 达成维度目标: what each addition counts, its words
    around the count (once the verb and the unit alone: 开展次, 个)."""
    return re.sub(rf"^每|(?<![\d.])1{re.escape(unit)}|[,，]?(?:加|得|计|记)\d+(?:\.\d+)?分$", "", clause).strip("，,的 ")


# 注:该项设有加分项(最多加5分)…。加分项:…加2.5分: the limit of the additions announced before the rule, their
# clauses named 加分项 after it — read as the limit written after the additions
_ANNOUNCED = lazy_compile(r"^(?:注[:：])?(?:该项|本项|此项|本指标)?设有加分项[,，]?\((?:最多|最高)加(?P<limit>\d+(?:\.\d+)?)分\)[,，:：]?")
_BONUS_NAMED = lazy_compile(r"(?<=[;。,，\n])加分项[:：]")


def compose_bonus_on_top(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    from .parser import read_scorer  # (the parser reads the base as a rule of its own)

    announced = _ANNOUNCED.match(text)
    if announced is not None:
        rest = text[announced.end():]
        if len(_BONUS_NAMED.findall(rest)) != 1 or re.search(r"(?:最多|最高)加\d", rest):
            return None
        rest = _BONUS_NAMED.sub("", rest).rstrip(";。，, ") + f",最多加{announced.group('limit')}分"
        try:
            return read_scorer(rest, "完成率")  # type: ignore[return-value]
        except Exception:  # noqa: BLE001 — unread as rewritten: the whole's own error stands
            return None

    ordered = sorted(scoring + context, key=lambda c: c.start)
    first = next((i for i, c in enumerate(ordered) if _ADDS.search(c.text)), None)
    if not first:
        return None  # no addition, or nothing before it
    if first > 1 and ordered[first - 1] in context and (_NAMED.fullmatch(ordered[first - 1].text) or (
            _UNIT_ALONE.match(ordered[first].text) and not re.search(r"[\d%]", ordered[first - 1].text))):
        first -= 1  # 党政领导…有正面批示的, 一个加1分 / 主动上报的问题,每个加1分: the kind's words before its points (the
        # clause that adds says no more than its unit: once the kind was named 个)
    cut = ordered[first].start
    base_text, added_text = text[:cut].strip(",;。，； \n"), text[cut:]
    if not base_text or _ADDS.search(base_text):
        return None
    try:
        bonus = read_scorer(added_text, "完成率")
        base = read_scorer(base_text, "完成率")
    except Exception:  # noqa: BLE001 — either part unread: not this reading (the whole's own error stands)
        return None
    if isinstance(bonus, PerUnit) and bonus.size == 1 and bonus.full_at is None and bonus.limit is not None:
        named = ordered[first].text if ordered[first] in context else \
            re.split(r"每|(?<![\d.])1(?=[\u4e00-\u9fff])", ordered[first].text)[0].strip("，,的 ") or _counted_words(ordered[first].text, bonus.unit)
        bonus = CountedAwards((Counted(re.sub(r"的$", "", named), bonus.unit, bonus.per),), bonus.limit)
    added_each = all(re.search(r"加\d", c.text) for c in ordered[first:] if c.scoring)
    unlimited = (isinstance(bonus, PerUnit) and bonus.limit is None) or (isinstance(bonus, CountedAwards) and bonus.limit is None)
    if unlimited and added_each and hasattr(base, "build") and not isinstance(base, (CountedAwards, WithBonus)):
        # 参加论坛会4分…;论坛材料发表的每篇加1分: within the 分值, or on top of it without end? Not written
        raise Unplaced(added_text.strip("。;，, "), "加分没有写明上限（如“最多加2分”），不知加分是否可使本项得分超过分值", certain=True)
    if not isinstance(bonus, CountedAwards) or bonus.limit is None or bonus.uncapped or bonus.gate is not None \
            or bonus.faults or bonus.excluded or not all(re.search(r"加", c.text) for c in ordered[first:] if c.scoring):
        return None
    if not hasattr(base, "build") or isinstance(base, (CountedAwards, WithBonus)):
        return None
    counted_base = isinstance(base, Piecewise) and base.unit not in ("%", "")  # 不少于4次,每少1次扣1.25分
    scorer = WithBonus(base, bonus, "实际值" if counted_base else None)
    counted = {"failures"} if scorer._counted_as_failures() else {"measure"}
    if inputs_of(base.default_shape("完成率")) & counted:
        return None  # (the base's faults and the count would be one input)
    return scorer


def build_base(base: Scorer, base_label: str, ctx: Context) -> tuple[Expr, Expr]:
    """The rule additions are made on top of, scored under its own label inside ``ctx``: its score (within its own top)
    defined as base_score, and its text."""
    own = Context(ctx.shape, base_label or ctx.label, definition=ctx.definition, printed_credits=ctx.printed_credits)
    raw, text = base.build(own)
    names = {name: "base_" + name for name in own.defs} | {SCORE.name: "base_score"}
    ctx.absorb(own, names)
    top = base.implied_max()
    return ctx.define("base_score", clamp(renamed(raw, names), ZERO, FULL if top is None else minimum(FULL, num(top)))), \
        renamed(text, names)
