"""Each unit scored on its own share of its target, the units' points added: ``各标段分别考核工程进度，形象进度达到计划的得
满分，未达到的按实际进度/计划进度计分，各标段分值均为2分`` / ``按服务组织分别考核，…每个服务组织达到约定面积的计1分，未达到
的按实际托管面积/约定面积计分，本项满分3分`` / ``按各站点完成率分别计分，每个站点分值2.5分，得分=站点完成量/站点目标量×2.5``.

The units (标段, 站点, 服务组织 …) are assessed one by one (…分别考核 / 分别计分), each worth the same points; a unit that
reaches its target scores them all, one short of it the share it reached (实际/目标 × its points, never more than them);
the item's score is the units' scores added, up to the 分值. Each unit's value and target are entered as the items table
(one column), which the workbook scores row by row (按完成比例得分: the share of each unit's own target). Where one unit's score is any other method (bands: 完成80%以上得1分)
nothing here reads it.

Read so only when every clause is one of these: the units assessed apart, the points of one unit (每个站点分值2.5分 /
各标段分值均为2分 / 单站点最高2.5分), the target reached scoring them, the share short of it (按A/B计分 / 得分=A/B×N, the
target below the line), the units counted and their targets said (东、南…4个转运站年度目标均为1200车次 / 共3个标段), the
item's total and a heading. Refused, naming the clause: a total that is not the units' points added (3个…每个1分，本项
满分4分: what the other point scores is not written).
"""

from __future__ import annotations

from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .errors import Unplaced
from .expr import Call, Expr, Fmt, Var, concat, div, minimum, mul, num
from .inputs import InputError, Shape
from .model import FULL, SCORE, Context

_NUM = r"\d+(?:\.\d+)?"
_AMOUNT_UNIT = r"(?:万元|亿元|元|公里|万亩|亩|吨|平方米)"
_NAME = r"[\u4e00-\u9fff]"
# 按各站点完成率分别计分 / 农业生产托管服务面积按服务组织分别考核 / 各标段分别考核工程进度 / 各项目分别计分
# (按3个乡镇分别考核 / 按3所学校分别考核: the units counted, the count the items table is checked against)
_APART = lazy_compile(rf"(?P<title>{_NAME}{{0,16}}?)(?:按各?|各|按(?P<count>\d+)(?:个|所|座|家|条)){_NAME}{{0,4}}?"
                      rf"(?P<unit>{_NAME}{{1,5}}?)(?:完成率|完成情况)?分别(?:考核|计分|评分|考评){_NAME}{{0,8}}")
# 每个站点分值2.5分 / 各标段分值均为2分 / 每个项目满分2分 / 单站点最高2.5分 / 每所2分
_POINTS = lazy_compile(rf"(?:每个|各|单|每)(?P<unit>{_NAME}{{1,5}}?)的?(?:(?:分值|满分|最高)(?:均为|为|均)?(?:得)?)?(?P<per>{_NUM})分")
# 形象进度达到计划的得满分 / 每个服务组织达到约定面积的计1分 / 完成快检500批次的得2分 (the amount each unit's target,
# entered as the items' targets; no level of its own: 完成80%以上 is a band)
_REACHED = lazy_compile(rf"(?:每个(?P<unit>{_NAME}{{1,5}}?))?{_NAME}{{0,12}}?(?:达到|完成)(?!\d)(?:{_NAME}|{_NUM}(?!%)){{0,12}}?的?"
                        rf"(?:计|得)(?:满分|(?P<per>{_NUM})分)")
# 未达到的按实际托管面积/约定面积计分 / 得分=站点完成量/站点目标量×2.5
_SHARE = (
    lazy_compile(rf"(?:未达到|未完成|达不到|没有达到)的?,?按(?P<actual>{_NAME}{{2,12}})/(?P<target>{_NAME}{{2,12}})"
                 rf"(?:×(?:分值|(?P<per>{_NUM})分?))?(?:计分|得分|计算)"),
    lazy_compile(rf"(?:(?:未达到|未完成|达不到|没有达到)的?,?)?得分=(?P<actual>{_NAME}{{2,12}})/(?P<target>{_NAME}{{2,12}})"
                 rf"×(?:分值|(?P<per>{_NUM})分?)"),
    # 未完成的按完成面积/400×2计分: the share over the target each unit is said to have (每校改造任务400平方米)
    # (按实际收益/5万元×2分计: the target in its unit, as the units' targets are said — 每村5万元)
    lazy_compile(rf"(?:未达到|未完成|达不到|没有达到)的?,?按(?P<actual>{_NAME}{{2,12}})/(?P<number>{_NUM})(?P<number_unit>{_AMOUNT_UNIT})?"
                 rf"×(?P<per>{_NUM})分?(?:计分|得分|计算)"),
    # 未完成的按完成比例得分: the share of its own target, as the two above write it out
    lazy_compile(r"(?:未达到|未完成|达不到|没有达到)的?,?按(?:完成|实际完成)?比例(?:得分|计分)"),
)
_TARGET_WORDS = lazy_compile(r"目标|计划|约定|任务|应")
# 东、南、西、北4个垃圾转运站年度目标均为1200车次 / 共3个标段 / 计划形象进度均为100%
_COUNTED = lazy_compile(rf"(?:{_NAME}|、){{0,16}}?(?P<count>\d+)个(?P<unit>{_NAME}{{1,8}}?)(?:{_NAME}{{0,12}}均为{_NUM}(?:%|{_NAME}{{1,2}}))?")
# …年度目标均为1200车次 / (每标段40公里): each unit's target, said once for all (not 每所2分, its points)
_TARGETS_SAID = lazy_compile(rf"{_NAME}{{0,12}}均为{_NUM}(?:%|{_NAME}{{1,2}})|每个?{_NAME}{{1,20}}?{_NUM}(?!分)(?:{_NAME}{{1,3}})")
# (完成数/6×2) after 按完成比例计分: the share restated with the target said and one unit's points
_SHARE_RESTATED = lazy_compile(rf"{_NAME}{{2,8}}/(?P<target>{_NUM})×(?P<per>{_NUM})分?")
# 本项满分6分 / 共5分 / 分值为4分: the item's points, as both per-unit readings (this one and unit_frame.py) take them
ITEM_TOTAL = lazy_compile(rf"(?:本项|该项|此项)?(?:满分|分值|共)(?:为)?(?P<total>{_NUM})分")
_HEADING = lazy_compile(rf"(?:\d*[A-Za-z][A-Za-z\d]*)?{_NAME}{{2,12}}")  # (5G基站开通: a code of a number and a letter in the name)
_CLAUSE = lazy_compile(r"[,;。:()]")
_HEADED = lazy_compile(rf"(?:\d*[A-Za-z][A-Za-z\d]*)?{_NAME}{{2,16}}\((?P<total>{_NUM})分\):")
_NUMBER = lazy_compile(_NUM)
_BRACKET = lazy_compile(r"\(([^()]{1,30})\)")


@dataclass(frozen=True)
class UnitShares:
    """``per`` points for each ``unit``, scored on its share of its target (capped at 100%), added up to the 分值;
    ``count`` the units the text counts (None: not said), ``said`` the clauses counting them and saying their targets."""

    unit: str  # 标段
    per: Decimal  # 2
    count: int | None = None
    said: tuple[str, ...] = ()  # the units counted and their targets, as written (3个服务组织合同约定托管面积均为5000亩)
    total: Decimal | None = None  # the item's points as written (本项满分3分 / a heading's (6分))
    kind: str = "unit_shares"

    def canonical(self, label: str) -> str:
        said = "".join(f"{clause}，" for clause in self.said)
        total = f"，本项满分{general_text(self.total)}分" if self.total is not None else ""
        return (f"{said}按{self.unit}分别计分，每个{self.unit}分值{general_text(self.per)}分，达到目标值的得满分，"
                f"未达到的按实际值/目标值计分{total}")

    def implied_max(self) -> Decimal | None:
        return self.per * self.count if self.count is not None else self.total

    def default_shape(self, label: str) -> Shape:
        # each unit a row of the items table, its value against its target (one row when the units are not counted)
        units = self.count or (int(self.total / self.per) if self.total is not None else 1)
        rows = tuple(f"{self.unit}{n}" for n in range(1, units + 1))
        return Shape(item_rows=rows, item_columns=("实际值",))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        rows = unit_rows(ctx, self.unit, self.count)
        if self.count is None and self.total is not None and rows * self.per != self.total:
            raise InputError(f"每个{self.unit}{general_text(self.per)}分、本项{general_text(self.total)}分，items 却列了{rows}个"
                             f"{self.unit}（合计{general_text(rows * self.per)}分），请核对{self.unit}个数")
        ctx.need_rows([[f"item_{r}_actual_1", f"item_{r}_target_1"] for r in range(1, rows + 1)])
        shares = [minimum(num(1), div(Var(f"item_{r}_actual_1"), Var(f"item_{r}_target_1"))) for r in range(1, rows + 1)]
        points = ctx.column("unit_points", f"各{self.unit}得分", [mul(share, num(self.per)) for share in shares])
        lines: list[Expr] = []
        for r in range(1, rows + 1):
            actual, target = Var(f"item_{r}_actual_1"), Var(f"item_{r}_target_1")
            lines.append(concat("；" if r > 1 else "", Var(f"item_{r}_name"), Fmt(actual), "/", Fmt(target), "→",
                                Fmt(Var(f"{points.name}_{r}")), "分"))
        earned = ctx.define("earned", Call("SUM", (points,)))
        return minimum(FULL, earned), concat(
            "每个", self.unit, general_text(self.per), "分，达到目标值得满分，未达到按实际值/目标值计：", *lines,
            "；合计", Fmt(earned), "分，得", Fmt(SCORE), "分")


def read_unit_shares(text: str) -> UnitShares | None:
    """The units' shares added, when every clause of ``text`` is one of the module's; None otherwise."""
    from .unit_frame import names_out  # (the units named as unit_frame.py reads them; it imports this module)

    total: tuple[Decimal, str] | None = None
    headed = _HEADED.match(text)
    if headed is not None:  # 5G基站开通(6分): a heading and the item's points before the rule (the whole text read here)
        total, text = (Decimal(headed.group("total")), headed.group(0).rstrip(":")), text[headed.end():]
    # 完成合同约定养护里程(每标段40公里)的得2分: the targets' bracket said apart, the clause it interrupts read whole
    bracketed = [said for said in _BRACKET.findall(text) if _TARGETS_SAID.fullmatch(said)]
    for said in bracketed:
        text = text.replace(f"({said})", "", 1)
    clauses = [c for c in _CLAUSE.split(text) if c.strip()] + bracketed
    unit = ""
    pers: list[Decimal] = []
    count: int | None = None
    stated: list[str] = []  # the clauses counting the units and saying their targets
    restated_targets: list[Decimal] = []  # the targets a restated share divides by, each one the text says for all units
    restated_units: list[str] = []  # those written with their unit (5万元), each said so of every unit (每村5万元)
    apart = share = False
    for index, written in enumerate(clauses):
        clause = names_out(written)  # 按A村、B村、C村分别考核 / 按甲、乙、丙3所学校分别考核: the units named, counted
        said = _APART.fullmatch(clause)
        if said is not None and not apart:
            apart, unit = True, unit or said.group("unit")
            if not (said.group("unit") in unit or unit in said.group("unit")):
                return None
            if said.group("count"):
                if count is not None:
                    return None
                count = int(said.group("count"))
                stated.append(f"共{count}个{unit}")  # (the count the 规范写法 says, as 共3个标段 would)
            continue
        points = _POINTS.fullmatch(clause)
        if points is not None:
            pers.append(Decimal(points.group("per")))
            unit = unit or points.group("unit")
            continue
        found = next((found for pattern in _SHARE if (found := pattern.fullmatch(clause))), None)
        if found is not None and not share:
            named = "actual" in found.re.groupindex
            if "number" in found.re.groupindex:
                if _TARGET_WORDS.search(found.group("actual")):
                    return None
                restated_targets.append(Decimal(found.group("number")))  # (a target the text says for every unit)
                if found.group("number_unit"):
                    restated_units.append(found.group("number") + found.group("number_unit"))
            elif named and (_TARGET_WORDS.search(found.group("actual")) or not _TARGET_WORDS.search(found.group("target"))):
                return None  # (计划/实际: the target over the actual, a limit kept — not a share reached)
            share = True
            if named and found.group("per"):
                pers.append(Decimal(found.group("per")))
            continue
        reached = _REACHED.fullmatch(clause)
        if reached is not None:
            if reached.group("per"):
                pers.append(Decimal(reached.group("per")))
            continue
        restated = _SHARE_RESTATED.fullmatch(clause)
        if restated is not None and share:
            restated_targets.append(Decimal(restated.group("target")))
            pers.append(Decimal(restated.group("per")))
            continue
        counted = _COUNTED.fullmatch(clause)
        if counted is not None and count is None:
            count = int(counted.group("count"))
            stated.append(written)  # (the units' names kept as written: 东、南、西、北4个垃圾转运站…)
            continue
        if _TARGETS_SAID.fullmatch(clause):
            stated.append(clause)
            continue
        said_total = ITEM_TOTAL.fullmatch(clause)
        if said_total is not None and total is None:
            total = Decimal(said_total.group("total")), clause
            continue
        if index == 0 and _HEADING.fullmatch(clause):
            continue
        return None
    if not (apart and share and pers and unit) or len(set(pers)) != 1:
        return None
    said_numbers = {Decimal(n) for clause in stated for n in _NUMBER.findall(clause)}
    if any(target not in said_numbers for target in restated_targets):
        return None  # (完成数/8×2 beside 每个乡镇计划6处: which target?)
    if any(not any(amount in clause for clause in stated) for amount in restated_units):
        return None  # (收益/5万元 beside 每村50000元: the same amount in another unit, left to the reading that converts)
    per = pers[0]
    if total is not None and count is not None and per * count != total[0]:
        raise Unplaced(total[1], f"{count}个{unit}每个{general_text(per)}分，合计{general_text(per * count)}分，"
                       f"与本项{general_text(total[0])}分不符：其余分数如何得分没有写明", certain=True)
    return UnitShares(unit, per, count, tuple(stated), total[0] if total is not None else None)


def unit_rows(ctx: Context, unit: str, count: int | None) -> int:
    """How many units the items table lists, each with one value: checked against the count the text states."""
    shape = ctx.shape
    if not shape.item_rows:
        raise InputError(f"“{ctx.label}”按{unit}分别计分：需要逐个{unit}的实际值与目标值（items）")
    if len(shape.item_columns) != 1:
        raise InputError(f"逐个{unit}只按一项数值计分，items 却有{len(shape.item_columns)}列（{'、'.join(shape.item_columns)}）")
    rows = len(shape.item_rows)
    if count is not None and rows != count:
        raise InputError(f"评分标准写明共{count}个{unit}，items 列了{rows}个，请核对")
    return rows
