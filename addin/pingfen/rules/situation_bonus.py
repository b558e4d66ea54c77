"""A rule of its own, then situations each adding their points once, the item's total capped:
``开展文化志愿服务活动不少于24次的得4分，每少2次扣0.5分，扣完为止；加分项：志愿服务项目获市级及以上表彰的加1分，本项总分不超过5分``
/ ``完成市级青少年锦标赛项目8项的得4分，每少1项扣0.5分；承办省级以上青少年赛事的加1分，本项最高5分``.

The text before the first clause that adds (加N分) is read as a rule of its own (the base); every clause after it is a
situation in words adding its points once (no 每, no count, no level: bonus_list.py's reading of one addition), and a
last clause caps the item's total (本项最高5分 / 本项总分不超过5分 / 本项得分最多5分). The score is the base (within its
own points) plus the additions of the situations that happened, at most the cap. The cap must be said: without it,
whether the additions may lift the item above its 分值 is not written (bonus_on_top.py refuses so for counted ones).

The evaluator enters the base's own inputs and whether each situation happened (``met``, in text order) — so the base
may take no ``met`` or grade of its own (two answers in one list), and scores by degrees (steps, bands, a formula): a
base of one threshold (完成年度创新任务的得2分；创新做法被推广的，加1分) leaves unsaid whether the addition is earned
without the task done.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .bonus_list import BonusList, _once
from .clauses import Clause
from .errors import Unplaced
from .expr import Expr, add, concat, maximum, minimum, num
from .inputs import Shape
from .model import FULL, Context, Scorer
from .parts import inputs_of
from .piecewise import Piecewise

_ADDS = lazy_compile(r"加\d+(?:\.\d+)?分")
# 本项最高5分 / 本项总分不超过5分 / 本项得分最多5分 / 本指标最高得5分: the item's total capped (not 最多加N分, the additions')
_ITEM_CAP = lazy_compile(r"(?:本项|本指标|该项|此项)(?:总分|得分|合计得分|合计)?(?:最高|最多|不超过|不得超过|不高于)(?:得|为)?"
                         r"(?P<cap>\d+(?:\.\d+)?)分")
_BARE_ADDITION = lazy_compile(r"加\d+(?:\.\d+)?分")  # (加1分 alone: its situation said in the clause before)
_BONUS_HEADING = lazy_compile(r"^(?:加分项|加分项目|加分事项|加分)[:：]")


@dataclass(frozen=True)
class WithSituations:
    base: Scorer
    bonus: BonusList  # each situation once, summed
    cap: Decimal  # 本项最高5分: the item's total at most this
    base_label: str | None = None  # 实际值: a count the base measures (not the indicator's 完成率)
    kind: str = "with_situations"

    def canonical(self, label: str) -> str:
        listed = "；".join(f"{what}的，加{general_text(points)}分" for what, points in self.bonus.items)
        return f"{self.base.canonical(self.base_label or label)}；{listed}；本项最高{general_text(self.cap)}分"

    def implied_max(self) -> Decimal | None:
        return self.cap

    def ceiling(self) -> Expr | None:
        return maximum(FULL, num(self.cap))

    def without_bonus(self) -> Scorer:
        return self.base

    def default_shape(self, label: str) -> Shape:
        base = self.base.default_shape(label)
        return replace(base, points=len(self.bonus.items))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        from .bonus_on_top import build_base

        base, text = build_base(self.base, self.base_label, ctx)
        added, shown = self.bonus.build(ctx)
        return minimum(num(self.cap), add(base, added)), concat(text, "；", shown, f"（本项最高{general_text(self.cap)}分）")


def compose_situation_bonus(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    from .parser import read_scorer  # (the parser reads the base as a rule of its own)

    ordered = sorted(scoring + context, key=lambda c: c.start)
    first = next((i for i, c in enumerate(ordered) if _ADDS.search(c.text)), None)
    if not first or not ordered[-1].text.strip() or not _ITEM_CAP.fullmatch(ordered[-1].text.strip(" 。;；,，")):
        return None  # no addition, nothing before it, or no cap on the item's total said last
    cap = Decimal(_ITEM_CAP.fullmatch(ordered[-1].text.strip(" 。;；,，")).group("cap"))  # type: ignore[union-attr]
    if _BARE_ADDITION.fullmatch(ordered[first].text.strip(" 。;；,，")) and ordered[first - 1] in context:
        first -= 1  # 引进项目被列为省重点项目的，加1分: the situation's words a clause of their own before its points
    items: list[tuple[str, Decimal]] = []
    words = ""
    for clause in ordered[first:-1]:
        body = _BONUS_HEADING.sub("", clause.text.strip(" 。;；,，"))
        if clause in context and not words and body.endswith("的") and not re.search(r"[\d%]", body):
            words = body  # (its points in the next clause)
            continue
        if clause.outcome is None or clause.outcome[0] != "added" or not clause.outcome[1] or not _once(clause, False):
            return None
        # (获省级通报表扬的另加1分: 另 / 再 / 可 the addition's own, never the situation's words)
        what = (words + re.sub(r"(?:另|再|可)$", "", body[: body.rfind("加")])).strip("，,的 ")
        if not what or re.search(r"[\d%]", what) or "每" in body or _ADDS.search(what) or words and not _BARE_ADDITION.fullmatch(body):
            return None
        items.append((what, clause.outcome[1]))
        words = ""
    if words:
        return None
    base_text = text[: ordered[first].start].strip(",;。，； \n")
    base_text = re.sub(r"[;；。,，]?(?:加分项|加分项目|加分事项)[:：]?$", "", base_text).strip(",;。，； \n")
    if not items or not base_text or _ADDS.search(base_text) or "加分" in base_text:
        return None
    try:
        base = read_scorer(base_text, "完成率")
    except Exception:  # noqa: BLE001 — the base unread: not this reading (the whole's own error stands)
        return None
    if not hasattr(base, "build") or base.kind in ("bonus_list", "counted_awards", "with_bonus", "with_situations"):
        return None
    shape = base.default_shape("完成率")
    if "met" in inputs_of(shape) or shape.has_grade:
        return None  # (the base's own answers and the situations' would be one list)
    if base.kind == "threshold":
        raise Unplaced(ordered[first], "基础得分只有达到与不达到两种情形，加分是否以达到为前提没有写明，两种读法得分不同", certain=True)
        # (完成年度创新任务的得2分；创新做法被推广的，加1分: a task done or not — is the addition earned without
        # it? Unsaid; a base of degrees — steps, bands, a formula — scores apart from the situations)
    top = base.implied_max()
    if top is None or top + sum(points for _, points in items) < cap or top > cap:
        return None  # (a cap the additions never reach, or one the base reaches alone: what the cap is of is not plain)
    counted_base = isinstance(base, Piecewise) and base.unit not in ("%", "")  # 不少于24次,每少2次扣0.5分
    return WithSituations(base, BonusList(tuple(items)), cap, "实际值" if counted_base else None)
