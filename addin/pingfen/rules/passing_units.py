"""Points for each unit that reaches its standard: ``各辖区视频点位在线率目标98%，每个辖区达标得1分，本项4分`` /
``抽查5个社区分类投放准确率，达到80%的社区每个得0.5分，本项最高2分`` / ``各康复服务点全年服务人次达到3000人次的，每个服务点得1分（3分）``.

The units (乡镇, 社区, 服务点 …) are assessed one by one (各乡镇 / 每乡镇 / 抽查5个社区 / 按乡镇分别考核), each against the
standard the text states; the score is the points of one unit times the units that reach it, up to the limit written
(本项最高2分 / 本项4分 / （3分）) or the 分值. The evaluator enters the items table (each unit's value and its target),
or the count of units that reached the standard.

Read only when the standard is one to reach (达到 / 不低于 / 不少于 / 目标); a standard not to pass (不高于 / 不超过) is left
to the other readings. Refused here, naming the clause: a strict standard (超过90%: a unit at exactly 90 fails, which the
items table, reaching each target, cannot say), either of two standards (…达到90%或…达到95%: the table wants each column
reached), and points added per passing unit beside points taken per failing one (from 0 or from the 分值?); at scoring,
fewer units than the written limit needs. ``每个不达标乡镇扣1分`` alone (a deduction per unit) is ``ItemFailures``; where
a unit short of the standard still scores its share (未达到的按比例计分) nothing here reads it.
"""

from __future__ import annotations

from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .clauses import Clause
import re

from .expr import Cmp, Expr, Fmt, If, Var, concat, minimum, mul, num, sub
from .errors import Unplaced
from .inputs import InputError, Shape
from .model import FULL, SCORE, ZERO, Context, ItemFailures, after_first

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?P<unit>[\u4e00-\u9fff]{1,4}?)"
_REACHED = r"(?:达标|达到目标|达到标准|完成目标|完成任务)"
_GIVE = r"(?:得|计|记|加)"
# 每个达标乡镇得1分 / 每个乡镇达标得0.5分 / 每个服务点得1分 (the standard said before) / 达到80%的社区每个得0.5分
_AWARDS = (
    lazy_compile(rf"每个{_REACHED}的?{_UNIT}{_GIVE}(?P<per>{_NUM})分(?:\((?P<total>{_NUM})分\))?"),
    lazy_compile(rf"每个{_UNIT}{_REACHED}的?,?{_GIVE}(?P<per>{_NUM})分(?:\((?P<total>{_NUM})分\))?"),
    lazy_compile(rf"(?P<standard>[\u4e00-\u9fff]*?(?:达到|不低于|不少于|超过|高于|大于)[^,;。]*?)的{_UNIT}每个{_GIVE}(?P<per>{_NUM})分(?:\((?P<total>{_NUM})分\))?"),
    lazy_compile(rf"每个{_UNIT}{_GIVE}(?P<per>{_NUM})分(?:\((?P<total>{_NUM})分\))?"),
)
# units, never a count of times or of 评价要点 (每个项目 / 每项 / 每次 are read elsewhere)
_NOT_UNITS = frozenset({"项", "次", "条", "篇", "人", "人次", "件", "处", "个", "项目", "问题", "百分点", "月", "季度"})
# the limit of the sum: 本项最高2分 / 本项4分 / (本项3分) / 共4分 / 最多得3分
_LIMIT = lazy_compile(rf"\(?(?:本项|该项|此项)?(?:最高|最多|共|满分|合计)?(?:得|计)?(?P<limit>{_NUM})分\)?")
# 按乡镇分别考核 / 按乡镇分别计分: the units assessed one by one, no number
_APART = lazy_compile(r"按[\u4e00-\u9fff]{1,6}分别(?:考核|计分|评分|考评)")
# 抽查5个社区分类投放准确率: how many units are sampled (the items table lists them)
_SAMPLED = lazy_compile(r"(?:随机)?(?:抽查|抽取|抽检)(?P<size>\d+)个(?P<rest>[\u4e00-\u9fff]+)")
# 各乡镇公共文化服务活动场次(4分): the item's name and points
_HEADING = lazy_compile(rf"[\u4e00-\u9fff]*\((?P<points>{_NUM})分\)")
# a strict standard (超过90%): a unit exactly at it fails, which the items table (reaching the target) cannot say
_STRICT = lazy_compile(r"超过|超出|(?<!不)(?:高于|大于)")
# 每个乡镇未达标扣1分 beside 每个乡镇达标得1分
_UNIT_DEDUCTED = lazy_compile(r"每(?:个|有1个|出现1个)?[\u4e00-\u9fff]{0,4}?(?:未达标|不达标|未达到|达不到)[\u4e00-\u9fff]{0,4}?的?,?(?:扣|减)\d+(?:\.\d+)?分")
# 运行率达到90%或出水达标率达到95%: either standard is enough, while each row of the items table must reach every target
_EITHER = lazy_compile(r"或|之一|任一|其中一项")
# a standard to reach, never one not to pass or a strict one
_UPPER_OR_STRICT = lazy_compile(r"(?<!不)(?:低于|少于|高于|大于)|超过|超出|不高于|不大于|以内|以下|未达到|不足")
# 各辖区视频点位在线率目标为98%: the target each unit is to reach, no comparison word
_TARGET_SAID = lazy_compile(rf"[\u4e00-\u9fff%]*目标(?:值)?(?:为|是)?{_NUM}(?:%|[\u4e00-\u9fff]{{1,2}})?")


@dataclass(frozen=True)
class PassingUnits:
    """``per`` points for each ``unit`` whose value reaches its target (the items table), up to ``limit``
    (None: the 分值); ``standard`` is the standard as the text states it (each unit's target is in the table)."""

    unit: str  # 乡镇
    per: Decimal  # 1
    standard: str  # 各乡镇村村响终端在线率不低于90%
    limit: Decimal | None = None
    kind: str = "passing_units"

    def canonical(self, label: str) -> str:
        limit = f"，本项最高{general_text(self.limit)}分" if self.limit is not None else ""
        return f"{self.standard}，按{self.unit}分别考核，每个{self.unit}达标得{general_text(self.per)}分{limit}"

    def implied_max(self) -> Decimal | None:
        return self.limit

    def default_shape(self, label: str) -> Shape:
        return Shape(measure="actual")  # the count of units that reached the standard, when no table is kept

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        shape = ctx.shape
        if shape.item_rows:
            most = len(shape.item_rows) * self.per
            if self.limit is not None and most < self.limit:  # 5个村每个0.2分（本项2分）: what the other 1分 scores is not written
                raise InputError(f"逐个{self.unit}共{len(shape.item_rows)}个，每个{general_text(self.per)}分，全部达标也只得"
                                 f"{general_text(most)}分，少于本项{general_text(self.limit)}分：其余分数如何得分没有写明，"
                                 f"请核对{self.unit}个数或每个{self.unit}的分数")
            failing, listed = ItemFailures(per=None, what="个")._table(ctx, "未达标")
            passed = ctx.define("passed", sub(num(len(shape.item_rows)), failing))
            found: Expr = concat(Fmt(passed), "个", self.unit, "达标，未达标：", after_first(listed), "；")
            found = If(Cmp(">", failing, ZERO), found, concat(Fmt(passed), "个", self.unit, "均达标；"))
        elif shape.measure in ("actual", "ratio") and not shape.has_target:
            if shape.units[0] == "%":
                raise InputError(f"“{ctx.label}”需要达标的{self.unit}个数（actual）或逐个{self.unit}的实际值与目标值（items），"
                                 "而不是比率")
            ctx.need("actual")
            passed = Var("actual")
            found = concat("达标", self.unit, Fmt(passed), "个；")
        else:
            raise InputError(f"“{ctx.label}”需要逐个{self.unit}的实际值与目标值（items），或达标的{self.unit}个数（actual）")
        earned = ctx.define("earned", mul(passed, num(self.per)))
        limit = FULL if self.limit is None else minimum(FULL, num(self.limit))
        shown = "" if self.limit is None else f"（本项最高{general_text(self.limit)}分）"
        return minimum(limit, earned), concat(
            found, "每个", self.unit, "达标得", general_text(self.per), "分，计", Fmt(earned), "分", shown, "，得", Fmt(SCORE), "分")


def compose_passing_units(scoring: list[Clause], context: list[Clause], text: str) -> PassingUnits | None:
    clauses = sorted(scoring + context, key=lambda c: c.start)
    award, found = None, None
    for clause in clauses:
        for pattern in _AWARDS:
            matched = pattern.fullmatch(clause.text)
            if matched is not None:
                if award is not None:
                    return None  # two awards per unit: kinds of unit, not read here
                award, found = clause, matched
                break
    if award is None or found is None:
        return None
    unit, per = found.group("unit"), Decimal(found.group("per"))
    if unit in _NOT_UNITS or per <= 0:
        return None
    limits: list[Decimal] = [Decimal(found.group("total"))] if found.group("total") else []
    standard = f"各{unit}{found.group('standard')}" if "standard" in found.re.groupindex and found.group("standard") else ""
    if standard and _STRICT.search(standard):
        raise _strict(award)
    if standard and (award.condition is None or not _reached(award, standard)):
        return None
    apart = False
    sampled, title = "", ""
    said = award  # the clause that states the standard
    for clause in clauses:
        if clause is award:
            continue
        bare = clause.text.strip("。")
        limit = _LIMIT.fullmatch(bare)
        if limit is not None and clause.condition is None and clause.step is None:
            limits.append(Decimal(limit.group("limit")))
            continue
        heading = _heading_points(clause, unit)
        if heading is not None and not title:
            limits.append(heading)
            title = clause.text.split("(")[0]  # (its points are the limit, said again in the 规范写法)
            continue
        if [t.kind for t in clause.tokens] == ["WORD"] and unit in clause.text and not title and clause.start < award.start:
            title = clause.text  # 各乡镇公共文化服务活动场次: the item's name (as the 规范写法 writes it)
            continue
        if _APART.fullmatch(bare) and unit in bare:
            apart = True
            continue
        sample = _SAMPLED.fullmatch(bare)
        if sample is not None and sample.group("rest").startswith(unit) and clause.condition is None and not clause.has_outcome:
            sampled = bare
            continue
        if _UNIT_DEDUCTED.fullmatch(bare):  # 每个乡镇达标得1分，每个乡镇未达标扣1分: added from 0, or taken from the 分值?
            raise Unplaced(clause, f"写了每个达标的{unit}得分，又写了每个未达标的{unit}扣分，没有写明从多少分起算"
                                   f"（从0分起加减，还是从满分扣），请只写一种（如“每个{unit}达标得1分”或“每个{unit}未达标扣1分”）",
                           certain=True)
        if clause.has_outcome or clause.step is not None or clause.per is not None or standard:
            return None  # a clause that scores otherwise, or a second standard
        if unit in clause.text and clause.condition is not None and _STRICT.search(clause.text):
            raise _strict(clause)
        if unit not in clause.text or not (_reached(clause, clause.text) or _target_said(clause)):
            return None
        standard, said = bare.removesuffix("的"), clause
    if not standard or len(set(limits)) > 1:
        return None
    either = _EITHER.search(standard)
    if either is not None:  # 运行率达到90%或出水达标率达到95%的，每个乡镇得0.5分: one of them is enough
        raise Unplaced(said,
                       f"各单位的标准写作“{either.group()}”（达到其中之一即可），而逐个{unit}按每一项都达到目标值判定达标；"
                       f"请写明一项标准，或分项写明得分", certain=True)
    if not (apart or sampled or re.search(rf"[各每][\u4e00-\u9fff]{{0,4}}{unit}", text.replace(award.text, ""))):
        return None  # the units assessed one by one must be said (各乡镇 / 每乡镇 / 各康复服务点 / 按乡镇分别考核 / 抽查5个社区)
    if title:
        standard = f"{title}：{standard}"
    if sampled:
        standard = f"{sampled}，{standard}"
    return PassingUnits(unit, per, standard, limits[0] if limits else None)


def _reached(clause: Clause, words: str) -> bool:
    """达到80% / 不低于90% / 目标为98% / 年度目标24场: a standard each unit reaches (at it or above it)."""
    condition = clause.condition
    if condition is None or _UPPER_OR_STRICT.search(words):
        return False
    interval = condition.interval
    if interval.low is None or not interval.low_inclusive:
        return False
    return interval.high is None or (interval.high == interval.low and "目标" in words)


def _strict(clause: Clause) -> Unplaced:
    return Unplaced(clause, "各单位的标准写作“超过”（恰好等于标准的不算达标），而逐个单位按“实际值不低于目标值”判定达标，"
                            "两者在恰好等于标准时不同；请改写为“达到（不低于）…”，或写明恰好等于时是否得分", certain=True)


def _target_said(clause: Clause) -> bool:
    """各辖区视频点位在线率目标为98%: the target named, which each unit is to reach."""
    return clause.condition is None and not clause.unread and bool(_TARGET_SAID.fullmatch(clause.text)) \
        and not _UPPER_OR_STRICT.search(clause.text)


def _heading_points(clause: Clause, unit: str) -> Decimal | None:
    """各乡镇公共文化服务活动场次(4分): the item's name and points before the method."""
    found = _HEADING.fullmatch(clause.text.rstrip(":"))
    if found is None or clause.condition is not None or unit not in clause.text:
        return None
    if [t.kind for t in clause.tokens] not in (["WORD", "OPEN", "PTS", "CLOSE"], ["WORD", "OPEN", "PTS", "CLOSE", "SEP"]):
        return None
    return Decimal(found.group("points"))
