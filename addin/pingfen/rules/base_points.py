"""Base points said first, then occurrences counted up and down from them: ``基础分3分，每新增1家国家级科技企业孵化器加0.5分，
最高不超过5分`` / ``基础分3分。加分项：被市级以上媒体正面报道的，每次加0.5分，最多加1分。减分项：被群众投诉且查实的，每次扣
0.5分，最多扣2分。本项最高4分``. The score is the base, plus what the additions add (each kind within its own cap, all within
theirs), less what the deductions take (the same), kept within 0 and the item's highest score when one is written
(最高不超过5分 after the base: the item's, as 本项最高4分 is — an addition's own limit says 加, 最多加1分).

Each sentence after the base must read as kinds counted, adding (counted_awards.py) or deducting (fault_kinds.py) per
occurrence; additions with no limit at all (neither theirs nor the item's) are refused, as bonus_on_top refuses them.
One kind of addition alone is counted as ``actual`` (新增2家); several kinds, or additions beside deductions, as
``failures``, one count per kind in the order written.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .clauses import Clause
from .counted_awards import Counted, CountedAwards
from .errors import Unplaced
from .expr import Cmp, Expr, Fmt, If, Text, add, clamp, concat, maximum, minimum, num, sub, total
from .fault_kinds import Fault, FaultKinds
from .inputs import Shape
from .model import FULL, SCORE, ZERO, Context, count_measure, kind_counts
from .per_unit import PerUnit

# 基础分3分， / 本项基础分为3分。 / 基本分3分：
_BASE = lazy_compile(r"^(?:本项|该项|本指标)?(?:基础分|基本分)(?:值)?(?:为)?(?P<points>\d+(?:\.\d+)?)分[。,;:]?")
# 最高不超过5分 / 本项最高4分 / 本项得分最高不超过4分 (never 最高加1分: the additions' own limit)
_TOP = lazy_compile(r"(?:^|[,;。])(?:本项|该项|本指标)?(?:得分)?最高(?:不超过|为)?(?P<top>\d+(?:\.\d+)?)分[。]?$")
_LABEL = lazy_compile(r"(?:^|(?<=[。;]))(?:加分项|减分项|扣分项|加分|减分|扣分)[:]")
_ADDS = lazy_compile(r"加\d")
_TAKES = lazy_compile(r"扣\d")


@dataclass(frozen=True)
class BasePoints:
    base: Decimal
    additions: tuple[Counted, ...]
    add_limit: Decimal | None  # 最多加1分 (all the additions' together)
    faults: tuple[Fault, ...] = ()
    deduct_limit: Decimal | None = None  # 最多扣2分 (all the deductions' together)
    top: Decimal | None = None  # 本项最高4分
    kind: str = "base_points"

    def canonical(self, label: str) -> str:
        # (one sentence for the additions, one for the deductions, each limit at its end: as each is read back; 基础分3分，
        # with a comma — 基础分3分。 would read as a heading)
        adds = "，".join(f"{k.label}的，每{k.unit}加{general_text(k.points)}分" + ("" if k.cap is None else f"，最多加{general_text(k.cap)}分")
                        for k in self.additions)
        said = [f"基础分{general_text(self.base)}分，{adds}" + ("" if self.add_limit is None else f"，最多加{general_text(self.add_limit)}分")]
        if self.faults:
            takes = "，".join(f"{f.what}的，每{f.unit}扣{general_text(f.per)}分" + ("" if f.cap is None else f"，最多扣{general_text(f.cap)}分")
                             for f in self.faults)
            said.append(takes + ("" if self.deduct_limit is None else f"，最多扣{general_text(self.deduct_limit)}分"))
        if self.top is not None:
            said.append(f"本项最高{general_text(self.top)}分")
        return "；".join(said)

    def implied_max(self) -> Decimal | None:
        if self.top is not None:
            return self.top
        return self.base + self.add_limit  # type: ignore[operator]

    def ceiling(self) -> Expr | None:
        # 基础分2分…最多加1分 (分值2分): the additions may lift the item above its 分值, as a 加分项 (bonus_on_top.WithBonus)
        return maximum(FULL, num(self.implied_max()))  # type: ignore[arg-type]

    def _counted_as_actual(self) -> bool:
        return len(self.additions) == 1 and not self.faults

    def default_shape(self, label: str) -> Shape:
        if self._counted_as_actual():
            return Shape(measure="actual")
        return Shape(failure_kinds=len(self.additions) + len(self.faults))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        if self._counted_as_actual():
            counts = [count_measure(ctx, self.additions[0].unit)[0]]
        else:
            counts = kind_counts(ctx, "加分、扣分情形", [k.label for k in self.additions] + [f.what for f in self.faults],
                                 [k.entered() for k in self.additions] + [f.entered() for f in self.faults])
        adding, taking = counts[:len(self.additions)], counts[len(self.additions):]
        added: Expr = total([k.amount(c) for k, c in zip(self.additions, adding)])
        if self.add_limit is not None:
            added = minimum(num(self.add_limit), added)
        added = ctx.define("added", added)
        taken: Expr = total([f.deduction(c) for f, c in zip(self.faults, taking)]) if self.faults else ZERO
        if self.deduct_limit is not None:
            taken = minimum(num(self.deduct_limit), taken)
        taken = ctx.define("taken", taken)
        top = num(self.implied_max())  # type: ignore[arg-type]
        score = clamp(sub(add(num(self.base), added), taken), ZERO, top)
        listed = concat(*(If(Cmp(">", c, ZERO), concat("；", k.label, Fmt(c), k.unit, "，每", k.unit, "加", general_text(k.points), "分"),
                             Text("")) for k, c in zip(self.additions, adding)),
                        *(If(Cmp(">", c, ZERO), concat("；", f.what, Fmt(c), f.unit, "，每", f.unit, "扣", general_text(f.per), "分"),
                             Text("")) for f, c in zip(self.faults, taking)))
        return score, concat(f"基础分{general_text(self.base)}分", listed, "；加", Fmt(added), "分，扣", Fmt(taken),
                             f"分（本项最高{general_text(self.implied_max())}分），得", Fmt(SCORE), "分")  # type: ignore[arg-type]


def compose_base_points(scoring: list[Clause], context: list[Clause], text: str) -> BasePoints | None:
    from .parser import read_scorer  # (each kind read as a rule of its own)

    opening = _BASE.match(text.strip())
    if opening is None:
        return None
    base = Decimal(opening.group("points"))
    rest = text.strip()[opening.end():]
    ceiling = _TOP.search(rest)
    top = Decimal(ceiling.group("top")) if ceiling is not None else None
    if ceiling is not None:
        rest = rest[:ceiling.start()]
    rest = _LABEL.sub("", rest)
    sentences = [s for s in re.split(r"[。;]", rest.strip(",")) if s.strip(", ")]
    if not sentences or not any(_ADDS.search(s) for s in sentences):
        return None  # (基础分3分，每发现1处扣0.5分: deductions alone, from the points — item_deductions reads them)
    additions: list[Counted] = []
    add_limit: Decimal | None = None
    faults: list[Fault] = []
    deduct_limit: Decimal | None = None
    for sentence in sentences:
        adds, takes = _ADDS.search(sentence) is not None, _TAKES.search(sentence) is not None
        if adds == takes:
            return None  # (a sentence both adding and deducting, or neither: not a kind counted)
        try:
            read = read_scorer(sentence.strip(", "), "完成率")
        except Exception:  # noqa: BLE001 — a kind unread: not this reading (the whole's own error stands)
            return None
        if adds:
            kinds, limit = _additions(read, sentence)
            if kinds is None or (limit is not None and add_limit is not None):
                return None
            additions.extend(kinds)
            add_limit = limit if limit is not None else add_limit
        else:
            if not isinstance(read, FaultKinds) or read.award is not None or read.items \
                    or any(f.zeroes or f.points is not None for f in read.faults) or deduct_limit is not None and read.cap is not None:
                return None
            faults.extend(read.faults)
            deduct_limit = read.cap if read.cap is not None else deduct_limit
    if top is None and add_limit is None and any(k.cap is None for k in additions):
        raise Unplaced(sentences[0].strip(", "), "加分没有写明上限（如“最多加2分”或“本项最高5分”），不知加分是否可使本项得分超过分值",
                       certain=True)
    if top is not None and (top <= base or add_limit is not None and top != base + add_limit):
        # 基础分3分…最多加1分，最高5分: the additions reach 4 at most — which limit holds is not written
        raise Unplaced(ceiling.group().strip(",;。"), f"写明的最高分{general_text(top)}分与基础分{general_text(base)}分及加分上限不一致，"
                                                      "无法确定本项最高可得几分", certain=True)  # type: ignore[union-attr]
    if len({k.label for k in additions} | {f.what for f in faults}) < len(additions) + len(faults):
        return None
    return BasePoints(base, tuple(additions), add_limit, tuple(faults), deduct_limit, top)


def _additions(read: object, sentence: str) -> tuple[list[Counted] | None, Decimal | None]:
    """The kinds a sentence adds per occurrence and their limit together: 每新增1家…加0.5分 (a count's points, named by
    its words) / 被…报道的，每次加0.5分，最多加1分."""
    if isinstance(read, PerUnit) and read.size == 1 and read.full_at is None and not read.uncapped and not read.required:
        from .bonus_on_top import _counted_words  # (only base points with a count's additions come here)

        adding = re.match(r".*?加\d+(?:\.\d+)?分", sentence.strip(", "))
        # 被…报道的，每次加0.5分: named before 每 / 每新增1家…孵化器加0.5分: named around the count
        named = "" if adding is None else re.split(r"每|(?<![\d.])1(?=[\u4e00-\u9fff])", adding.group())[0].strip("，,的 ") \
            or _counted_words(adding.group(), read.unit)
        if not named or re.search(r"\d", named):
            return None, None
        return [Counted(named, read.unit, read.per)], read.limit
    if isinstance(read, CountedAwards) and read.gate is None and not read.faults and not read.excluded and not read.uncapped:
        return list(read.kinds), read.limit
    return None, None
