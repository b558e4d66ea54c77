"""The share of units that reach a standard, times the points: ``各河段保洁考核得分≥85分的为达标，得分=达标河段数/河段总数×4`` /
``对辖区中小学逐校考核禁毒教育课时，每学期不少于2课时的为达标，得分=达标学校数÷考核学校数×4`` / ``抽查5个行政村，…达到80分的村
为合格，得分=合格村数/抽查村数×4分`` / ``…覆盖率达到80%的为达标乡镇，达标乡镇占比×4为本项得分``.

The units (河段, 学校, 村 …) are assessed one by one against the standard the text states; the score is the units that reach
it over all the units assessed, times the points the formula names. The evaluator enters the items table (each unit's value
and its target, one column); the denominator is the table's rows — the units assessed (河段总数 / 考核学校数 / 抽查村数).
Unlike PassingUnits (每个达标乡镇得1分) no points are given per unit: 3 of 4 河段 reaching the standard score 3/4 × 4 = 3.

Read only when every sentence is one of these: the standard reached (达到 / 不低于 / 不少于 / ≥ … 的为达标 / 为合格), the
formula of the reaching units' share, the units assessed one by one or sampled (逐校考核… / 按乡镇逐一评价 / 抽查5个行政村),
how each unit's value is found (按…检查表打分(百分制)), and the item's name and points (the formula's points when said).
Refused, naming the clause: a strict standard (超过 / 高于: a unit exactly at it fails, which the table's 实际≥目标 cannot
say) and a heading whose points are not the formula's. Any other sentence (本学年教学日按200天计: a number the formula does
not use) leaves the text to the other readings.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .clauses import Clause
from .errors import Unplaced
from .expr import Cmp, Expr, Fmt, If, concat, div, mul, num, sub
from .inputs import InputError, Shape
from .model import FULL, SCORE, ZERO, Context, ItemFailures, after_first

_NUM = r"\d+(?:\.\d+)?"
_CJK = r"[\u4e00-\u9fff]"
_PASSED = r"(?:达标|合格)"
# 得分=达标河段数/河段总数×4 / 本项得分=合格村数/抽查村数×4分 / 得分=达标学校数÷考核学校数×4: the reaching units over the
# units assessed (the same unit named twice), times the points
_SHARE = lazy_compile(rf"(?:本项)?得分={_PASSED}(?P<unit>{_CJK}{{1,4}}?)数[/÷]{_CJK}{{0,4}}?(?P=unit)(?:总)?数×(?P<points>{_NUM})分?")
# 达标乡镇占比×4为本项得分
_SHARE_SAID = lazy_compile(rf"{_PASSED}(?P<unit>{_CJK}{{1,4}}?)(?:占比|比例|比重)×(?P<points>{_NUM})分?为(?:本项)?得分")
# 各河段保洁考核得分≥85分的为达标 / 学校供餐覆盖率达到100%的计为达标 / 达到80分的村为合格 / …达到80%的为达标乡镇
_STANDARD = lazy_compile(
    rf"(?P<standard>[^,;。:]*?(?:达到|不低于|不少于|≥|超过|高于|大于|>)[^,;。:]*?)的(?P<named>{_CJK}{{0,4}}?)(?:计)?为{_PASSED}(?P<after>{_CJK}{{0,4}})")
_STRICT = lazy_compile(r"超过|高于|大于|>")
# 禁毒宣传覆盖(4分): / 村庄清洁行动成效: — the item's name, and its points
_HEADING = lazy_compile(rf"(?P<title>[^():,;。\d]{{2,30}}?)(?:\((?P<points>{_NUM})分\))?:")
# 对辖区中小学逐校考核禁毒教育课时 / 按乡镇逐一评价 / 对抽查学校逐校评价 / 分别考核: the units assessed one by one, no number
_APART = lazy_compile(r"(?:对|按)[^\d,;。]*?(?:逐校|逐个|逐一|逐村|分别)[^\d,;。]*")
# 抽查5个行政村: how many units are sampled (the items table lists them)
_SAMPLED = lazy_compile(rf"(?:随机)?(?:抽查|抽取|抽检)(?P<size>\d+)个{_CJK}+")
# 按村庄清洁检查表打分(百分制): how each unit's value is found
_MARKED = lazy_compile(r"按[^\d,;。]*?(?:打分|评分)(?:\(百分制\))?")


@dataclass(frozen=True)
class PassingShare:
    """``points`` times the share of ``unit`` rows in the items table that reach their targets; ``standard`` is the standard
    as the text states it (each unit's target is in the table)."""

    unit: str  # 河段
    points: Decimal  # 4
    standard: str  # 各河段保洁考核得分≥85分
    count: int = 1  # the units sampled, when said (抽查5个行政村): the items table's rows to fill
    kind: str = "passing_share"

    def canonical(self, label: str) -> str:
        return f"{self.standard}的{self.unit}为达标，得分=达标{self.unit}数/{self.unit}总数×{general_text(self.points)}分"

    def implied_max(self) -> Decimal | None:
        return self.points

    def default_shape(self, label: str) -> Shape:
        # each unit a row of the items table, its value against its target: the only input (the units assessed and those
        # reaching the standard both counted from it)
        return Shape(item_rows=tuple(f"{self.unit}{n}" for n in range(1, self.count + 1)), item_columns=("实际值",))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        shape = ctx.shape
        if not shape.item_rows:
            raise InputError(f"“{ctx.label}”需要逐个{self.unit}的实际值与目标值（items）：得分按达标{self.unit}数占{self.unit}总数"
                             "的比例计算")
        rows = len(shape.item_rows)
        failing, listed = ItemFailures(per=None, what="个")._table(ctx, "未达标")
        passed = ctx.define("passed", sub(num(rows), failing))
        found: Expr = concat(Fmt(passed), "个", self.unit, "达标，未达标：", after_first(listed), "；")
        found = If(Cmp(">", failing, ZERO), found, concat(Fmt(passed), "个", self.unit, "均达标；"))
        earned = mul(div(passed, num(rows)), num(self.points))
        return earned, concat(found, "得分=", Fmt(passed), "/", str(rows), "×", general_text(self.points), "=", Fmt(SCORE), "分")


def compose_passing_share(scoring: list[Clause], context: list[Clause], text: str) -> PassingShare | None:
    """The whole text read sentence by sentence (the clauses split 每学期不少于2课时的为达标，得分=… unevenly)."""
    body = text.strip().rstrip("。")
    heading = _HEADING.match(body)
    heading_points = None
    if heading is not None:
        heading_points = Decimal(heading.group("points")) if heading.group("points") else None
        body = body[heading.end():]
    share, standard, said, count = None, None, None, 1
    for part in re.split(r"[,;。]", body):
        part = part.strip()
        found = _SHARE.fullmatch(part) or _SHARE_SAID.fullmatch(part)
        if found is not None and share is None:
            share = found
            continue
        level = _STANDARD.fullmatch(part)
        if level is not None and standard is None:
            standard, said = level, part
            continue
        sampled = _SAMPLED.fullmatch(part)
        if sampled is not None:
            count = int(sampled.group("size"))
            continue
        if part and not (_APART.fullmatch(part) or _MARKED.fullmatch(part)):
            return None  # a sentence that says something else (a number the share does not use, a second standard)
    if share is None or standard is None:
        return None
    unit = share.group("unit")
    named = standard.group("named") or standard.group("after")
    if named and named != unit and not unit.endswith(named) and not named.endswith(unit):
        return None  # (达标的村 … 达标学校数: two kinds of unit)
    points = Decimal(share.group("points"))
    if _STRICT.search(standard.group("standard")):
        raise Unplaced(said or text, "各单位的标准写作“超过”（恰好等于标准的不算达标），而逐个单位按“实际值不低于目标值”"
                                                "判定达标，两者在恰好等于标准时不同；请改写为“达到（不低于）…”", certain=True)
    if heading_points is not None and heading_points != points:
        raise Unplaced(share.group(), f"标题写明本项{general_text(heading_points)}分，计分公式却乘以{general_text(points)}，"
                                      "不知按哪一个计分", certain=True)
    return PassingShare(unit, points, standard.group("standard"), count)
