"""Progress checkpoints (节点), each earning its points when reached: ``资金支出进度（4分）：第一季度末支出达到30%、第二季度末
达到60%、第三季度末达到90%，每个季度节点达到要求得1分，未达到的该节点不得分；年底前全部支出完毕得1分`` — four points, the
three quarters and the year's end, each ticked by the evaluator (``met``) as a 评价要点 whose requirement is the checkpoint.

The checkpoints are listed first, each a time and a level (第一季度末…30% / 6月底前完成40% / 12月底前全部建成运营), or several
works done by their respective dates (春防、秋防集中免疫分别于5月31日、11月30日前完成); then the points of each (每个节点…得1分 /
三个节点各1分 / 每季按时完成得1.5分 / 每个季度末…得0.5分, which prices the quarters only), or the points lost for each one missed
(每个节点未达到扣1分: the 分值 less 1 a checkpoint, read where the 分值 is as many points as there are checkpoints). A year's end priced apart (年底全部完成得1分) is the checkpoint listed for
the year's end, or one more when none is. A checkpoint unreached scoring nothing may be said again (未达到的该节点不得分).

Everything else is left to the other readings: a checkpoint no award prices, a count of checkpoints (三个节点) that is not
the count listed, an award of 每季度 over checkpoints that are no quarters, any other scoring sentence.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced
from .model import Checklist, Scorer

_QUARTER = r"第[一二三四1-4]季度末?"
_WHEN = rf"(?:{_QUARTER}|(?:1[0-2]|[1-9])月(?:底|末|(?:[12]\d|3[01]|[1-9])日)前?|年底前?|年末前?)"
# 第一季度末支出达到30% / 6月底前完成40% / 12月底前全部建成运营 / 年底全部完成: a time and the level reached by it
_NODE = lazy_compile(rf"(?P<when>{_WHEN})(?P<what>[\u4e00-\u9fff]{{0,6}}?(?:达到|完成)?(?:\d+(?:\.\d+)?%|全部[\u4e00-\u9fff]{{1,8}}))")
# 春防、秋防集中免疫分别于5月31日、11月30日前完成: works done by their respective dates
_RESPECTIVE = lazy_compile(r"(?P<names>[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+)分别于(?P<dates>(?:\d+月\d+日、)+\d+月\d+日)(?:前|之前)"
                           r"(?P<verb>完成|完工|建成|开展)")
_POINTS = r"(?P<points>\d+(?:\.\d+)?)分"
# 每个季度节点达到要求得1分 / 每个季度末实际进度达到要求得0.5分 / 每季按时完成得1.5分 / 每个节点完成得1分
_EACH = lazy_compile(rf"每个?(?P<scope>季度|季|节点)(?:末|节点)?[\u4e00-\u9fff]{{0,10}}?(?:达到要求|按时完成|完成|达到)(?:的)?(?:得|计){_POINTS}")
_COUNTED_EACH = lazy_compile(rf"(?P<count>\d+)个节点各(?:得|计)?{_POINTS}")  # 三个节点各1分
_EACH_MISSED = lazy_compile(rf"每个?节点未(?:达到|完成)(?:要求)?(?:的)?扣{_POINTS}")  # 每个节点未达到扣1分
# 年底前全部支出完毕得1分 / 年底完成100%得1分 (全部完成, as the clauses write it)
_YEAR_END = lazy_compile(rf"(?P<when>年底前?|年末前?)(?P<what>全部[\u4e00-\u9fff]{{1,8}}|完成100%)(?:的)?(?:得|计){_POINTS}")
_UNREACHED_ZERO = lazy_compile(r"(?:节点)?未(?:按时)?(?:达到|完成)(?:要求)?(?:的)?(?:该节点|该季度|该季)?不得(?:该节点|该季度|该季)?分")
_HEADING_POINTS = lazy_compile(rf"[\u4e00-\u9fff“”\"]*\({_POINTS}\)")  # (3分) / 资金支出进度(4分): the item's points
_TITLE = lazy_compile(r"[\u4e00-\u9fff“”\"]+")  # 社区老年助餐点建设进度: the item's name, no number in it


def compose_milestones(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    nodes: list[tuple[str, bool]] = []  # (the checkpoint as written, a quarter's)
    respective = False
    each: tuple[str, Decimal] | None = None  # (scope, points)
    counted: tuple[int, Decimal] | None = None
    missed: Decimal | None = None
    year_end: tuple[str, Decimal] | None = None
    heading: Decimal | None = None
    for clause in sorted(scoring + context, key=lambda c: c.start):
        said = clause.text.strip("，,。；;：:")
        is_scoring = any(clause is c for c in scoring)
        if (found := _EACH.fullmatch(said)) is not None and each is None:
            each = (found.group("scope"), Decimal(found.group("points")))
        elif (found := _COUNTED_EACH.fullmatch(said)) is not None and counted is None:
            counted = (int(found.group("count")), Decimal(found.group("points")))
        elif (found := _EACH_MISSED.fullmatch(said)) is not None and missed is None:
            missed = Decimal(found.group("points"))
        elif (found := _YEAR_END.fullmatch(said)) is not None and year_end is None and nodes:
            year_end = (found.group("when") + found.group("what"), Decimal(found.group("points")))
        elif _UNREACHED_ZERO.fullmatch(said) and nodes:
            continue  # 未达到的该节点不得分: said again
        elif (found := _HEADING_POINTS.fullmatch(said)) is not None and is_scoring and heading is None:
            heading = Decimal(found.group("points"))
        elif (found := _RESPECTIVE.fullmatch(said)) is not None and not nodes and not is_scoring:
            dates = found.group("dates").split("、")
            names = found.group("names").split("、")
            if len(names) != len(dates):
                return None
            nodes = [(f"{name}：{date}前{found.group('verb')}", False) for name, date in zip(names, dates)]
            respective = True
        elif not is_scoring and not respective and all(_NODE.fullmatch(part) for part in said.split("、")):
            nodes += [(part, bool(re.match(_QUARTER, part))) for part in said.split("、")]
        elif not is_scoring and not nodes and _TITLE.fullmatch(said):
            continue  # the item's name before its checkpoints
        else:
            return None
    if len(nodes) < 2 or sum(x is not None for x in (each, counted, missed)) != 1:
        return None
    if missed is not None:
        # 每个节点未达到扣1分 under (4分) with four checkpoints: each reached keeps its 1 — the points met; under another
        # 分值 the deductions start from it, a sum of points no longer
        if year_end is not None or heading != missed * len(nodes):
            return None
        return Checklist(points=(missed,) * len(nodes), requirements=tuple(node for node, _ in nodes))
    ending = year_end is not None and next((i for i, (node, _) in enumerate(nodes) if re.match(r"年底|年末", node)), None)
    priced: list[Decimal | None] = [None] * len(nodes)
    if counted is not None:
        if counted[0] != len(nodes) or year_end is not None:
            return None
        priced = [counted[1]] * len(nodes)
    elif each is not None:
        scope, points = each
        for i, (_, quarter) in enumerate(nodes):
            if scope == "节点" or (scope in ("季度", "季") and (quarter or respective)):
                priced[i] = points
        if scope in ("季度", "季") and not any(quarter for _, quarter in nodes) and not respective:
            return None  # 每季度…得1分 over checkpoints that are no quarters
    names = [node for node, _ in nodes]
    if year_end is not None:
        if isinstance(ending, int) and priced[ending] is None:
            priced[ending] = year_end[1]  # 年底全部完成 listed, priced apart
        elif ending is None or ending is False:
            names.append(year_end[0])
            priced.append(year_end[1])
        else:
            return None
    unpriced = next((name for name, points in zip(names, priced) if points is None), None)
    if unpriced is not None:
        raise Unplaced(unpriced, "这一节点没有写明得分")
    points = tuple(p for p in priced if p is not None)
    if heading is not None and heading != sum(points, Decimal(0)):
        return None
    return Checklist(points=points, requirements=tuple(names))
