"""Points by how many points are not met: 全部达标得5分，1项不达标得3分，2项及以上不达标不得分 / 三项全部满足得3分；一项不满足得1分；
两项及以上不满足得0分. The sentence about all of them met is the band for none unmet, each later one names a count of points
not met (the same requirement negated: 达标 / 不达标, 完成 / 未完成, 满足 / 不满足 …) and its points; the last may hold from
its count up (及以上), or be every point unmet when the points are counted (三项…；三项均不满足不得分).

Read as anything else these were refused (the count 1项 was a number nothing placed). What the text leaves unwritten is
refused naming it: a count skipped (全部达标得5分，2项不达标得3分 — what does one unmet score?), a last count with nothing
said beyond it while the points are not counted (…，1项不达标得3分 — and two?), more unmet scoring more, a count beyond the
points listed, or a requirement the bands do not negate (全部完成得6分，1项不合格得3分: done, or up to standard?)."""

from __future__ import annotations

from decimal import Decimal

from .clauses import Clause
from .errors import Unplaced
from .model import ByUnmetCount, Scorer
from ..text.lazy_regex import lazy_compile

# each requirement met, and the words that say a point falls short of it
_FAMILIES = {
    "达标": ("达标", "达到标准", "达到要求", "合格"),
    "完成": ("完成",),
    "符合": ("符合", "符合要求"),
    "满足": ("满足", "满足要求"),
    "落实": ("落实", "落实到位"),
    "到位": ("到位",),
}
_NEGATED = {
    "达标": ("不达标", "未达标", "未达到", "未达到标准", "未达到要求", "达不到", "达不到标准", "达不到要求", "不合格"),
    "完成": ("未完成", "没有完成", "未能完成", "完不成"),
    "符合": ("不符合", "不符合要求"),
    "满足": ("不满足", "不满足要求"),
    "落实": ("未落实", "未落实到位", "落实不到位"),
    "到位": ("不到位", "未到位"),
}
_MET_WORDS = "|".join(sorted((w for words in _FAMILIES.values() for w in words), key=len, reverse=True))
_UNMET_WORDS = "|".join(sorted((w for words in _NEGATED.values() for w in words), key=len, reverse=True))
_POINTS = r"[,，]?(?:(?:得|计|记)(?P<points>\d+(?:\.\d+)?)分|(?P<zero>不得分|不计分|不记分))"
_POINT_NOUN = r"(?:评价要点|要点|指标|任务|要求|标准)?"
_COUNTED = r"(?:项|个)" + _POINT_NOUN  # 1项 / 1个指标: the points counted
_ALL_MET = lazy_compile(
    r"(?:以下|上述|以上|所列)?(?P<named>[\u4e00-\u9fff、]{0,16}?)(?:(?P<count>\d+)(?:项|个))?(?P<subject>[\u4e00-\u9fff、]{0,16}?)"
    rf"(?:全部|均|都)(?P<met>{_MET_WORDS})的?{_POINTS}"
)
_SOME_UNMET = lazy_compile(
    r"(?:如|若)?(?:其中)?(?:有)?(?:(?P<count>\d+)" + _COUNTED + r"(?P<up>及以上|以上)?" + _POINT_NOUN + r"(?P<unmet>" + _UNMET_WORDS + r")?"
    r"|(?P<unmet2>" + _UNMET_WORDS + r")(?P<count2>\d+)" + _COUNTED + r"(?P<up2>及以上|以上)?)的?" + _POINTS
)
_NONE_MET = lazy_compile(rf"(?:(?P<count>\d+){_COUNTED})?(?:均|全部|都)(?P<unmet>{_UNMET_WORDS})的?{_POINTS}")
_NEGATION = lazy_compile(r"[未不没无非]")
_REST = lazy_compile(r"(?:否则|其余|其他情况|其他)的?" + _POINTS)
_COUNT_CUT = lazy_compile(r"\d+" + _COUNTED + r"(?:及以上|以上)")  # 2项及以上|不达标的不得分: a rung the clauses split


def _family(words: str, table: dict[str, tuple[str, ...]]) -> str:
    return next(name for name, said in table.items() if words in said)


def _points(found) -> Decimal:  # type: ignore[no-untyped-def]
    return Decimal(0) if found.group("zero") else Decimal(found.group("points"))


def _lines(scoring: list[Clause], context: list[Clause], text: str) -> tuple[list[tuple[Clause, str]], list[Clause]]:
    """Each scoring clause's words, with a count the clauses cut off before it put back (2项及以上|不达标的不得分), and the
    context clauses left over."""
    cut = {c.end: c for c in context if _COUNT_CUT.fullmatch(c.text)}
    lines, used = [], set()
    for clause in scoring:
        before = cut.get(clause.start)
        if before is not None and before.start > scoring[0].start:
            used.add(id(before))
            lines.append((clause, before.text + clause.text))
        else:
            lines.append((clause, clause.text))
    return lines, [c for c in context if id(c) not in used]


def compose_unmet_counts(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    if len(scoring) < 2:
        return None
    lines, context = _lines(scoring, context, text)
    head = _ALL_MET.fullmatch(lines[0][1])
    second = _SOME_UNMET.fullmatch(lines[1][1])
    if head is None or second is None or not (second.group("unmet") or second.group("unmet2")) \
            or _NEGATION.search(head.group("named") + head.group("subject")):
        return None  # (…，每有1项不满足扣1分: a deduction per point, read as a checklist; 未整改的问题全部…: not the points)
    numbered = next((c for c in context if not c.marker and (c.condition is not None or any(t.kind == "NUM" for t in c.tokens))), None)
    if numbered is not None:  # …不得分。共5项指标 / 补贴每人每月不低于80元…；均达到标准得3分，1项未达到得1.5分: a number the bands leave
        raise Unplaced(numbered, "这一句中的数值与按不符合项数分档的得分如何合并没有写明", certain=True)
    family = _family(head.group("met"), _FAMILIES)
    stated = int(head.group("count")) if head.group("count") else None
    listed = sum(1 for c in context if c.marker)
    if stated is not None and listed and stated != listed:
        raise Unplaced(scoring[0], f"写明{stated}项，实际列出{listed}项", certain=True)
    count = stated or listed or None
    points = [_points(head)]
    open_top = False
    for clause, words in lines[1:]:
        rest, none, some = _REST.fullmatch(words), _NONE_MET.fullmatch(words), _SOME_UNMET.fullmatch(words)
        if rest is None and none is None and some is None:
            # …，2项及以上不达标不得分，扣完为止 / 最多扣5分: what it adds to the bands is not written
            raise Unplaced(clause, "这一句与按不符合项数分档的得分如何合并没有写明", certain=True)
        if open_top:
            raise Unplaced(clause, "“及以上”一档之后又写了一档，项数范围重叠", certain=True)
        if rest is not None:
            points.append(_points(rest))
            open_top = True
            continue
        found = none or some
        unmet = found.group("unmet") or (some is not None and some.group("unmet2"))
        if unmet and _family(unmet, _NEGATED) != family:  # (3项及以上不得分 after 1项不达标得3分: the same count)
            raise Unplaced(clause, f"“{unmet}”与“{head.group('met')}”说的不是同一要求，按哪一项计数没有写明", certain=True)
        if none is not None:
            said = int(none.group("count")) if none.group("count") else None
            count = count or said  # 两项均未达到不得分: the points counted where all are unmet
            if count is None or (said is not None and said != count):
                raise Unplaced(clause, "“均不符合”所说的项数与所列评价要点的个数不一致或没有写明", certain=True)
            if len(points) != count:
                raise Unplaced(clause, f"{len(points)}项不符合时得几分没有写明", certain=True)
            points.append(_points(none))
            open_top = True
            continue
        said = int(some.group("count") or some.group("count2"))
        if said != len(points):
            raise Unplaced(clause, f"{len(points)}项不符合时得几分没有写明", certain=True)
        if count is not None and said > count:
            raise Unplaced(clause, f"不符合的项数（{said}项）多于评价要点的个数（{count}项）", certain=True)
        points.append(_points(some))
        open_top = bool(some.group("up") or some.group("up2"))
    if not open_top and (count is None or len(points) - 1 < count):
        raise Unplaced(scoring[-1], f"{len(points)}项及以上不符合时得几分没有写明", certain=True)
    if any(later > earlier for earlier, later in zip(points, points[1:])) or points[-1] >= points[0]:
        raise Unplaced(scoring[-1], "不符合的项数越多得分越高（或不减少），请核对各档得分", certain=True)
    return ByUnmetCount(tuple(points), count)
