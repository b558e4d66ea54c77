"""Two rates, each held to its own level, scored by how many reach it: ``覆盖率≥95%且满意度≥90%的，得4分；两项中仅一项
达标的，得2分；两项均未达标的，不得分`` / ``应免畜禽免疫密度常年保持在90%以上，群体免疫抗体合格率达到70%以上。两项均达标
得4分，其中一项未达标得2分，两项均未达标不得分`` / ``储备粮质量达标率、储存品质宜存率均达到100%的得5分；任一项未达到的
扣2分，两项均未达到的不得分``. Both reached, one, none: three scores, each said (任一项未达到的扣2分 beside the others:
the both-reached points less 2 — once, the none-reached being said apart). Each rate is entered under the name the text
gives it (vars), and compared with its own level; nothing else may be left in the text.

Not this reading: a rule naming which rate falls short (主干道≥95%、次干道≥90%的得2分 — tiers of two levels each), or
levels in counts or amounts (削减1200吨), which are requirements judged (two_requirements.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .clauses import Clause
from .entered_rate import variable_as_rate
from .errors import Unplaced
from .expr import Cmp, Expr, Fmt, If, Logic, Text, Var, concat, num
from .inputs import InputError, Shape
from .model import SCORE, Context

_NAME = r"[\u4e00-\u9fff]{2,16}?"


def _level(n: str) -> str:
    """覆盖率≥95% / 免疫密度常年保持在90%以上 / 抗体合格率达到70%以上 (以上: the level itself reached, as bands read it)."""
    return (rf"(?P<{n}>{_NAME})(?:常年)?(?:(?P<{n}_op>≥|>|≤|<|不低于|不高于|不超过|达到|达|保持在|控制在|在)?(?P<{n}_num>\d+(?:\.\d+)?)%"
            rf"(?P<{n}_above>及以上|以上|及以下|以下|以内)?)")


def _points_said(n: str) -> str:
    return rf"[,]?(?:得(?P<{n}>\d+(?:\.\d+)?)分|(?P<{n}_zero>不得分|得0分))"


_REACHED = r"(?:达标|达到|完成)"
_END = r"(?=$|[;。,])"
_START = r"(?:^|(?<=[;。,]))"
# the both-reached option said with the two levels: A≥x且B≥y的,得P分
_BOTH_SAID = lazy_compile("^" + _level("a") + "(?:且|,且|并且|同时)" + _level("b") + "的?" + _points_said("both") + "[;。,]")
# the levels said first, each a requirement of its own, then the options: A…90%以上,B达到70%以上。
_LEVELS_FIRST = lazy_compile("^" + _level("a") + "[,;]" + _level("b") + "[。;]")
# one level for both: A、B均达到100%的得5分
_SHARED = lazy_compile(rf"^(?P<a>{_NAME})、(?P<b>{_NAME})(?:均|都)(?P<a_op>达到|不低于|≥)(?P<a_num>\d+(?:\.\d+)?)%(?P<a_above>及以上|以上)?的?"
                       + _points_said("both") + "[;。,]")
_BOTH = lazy_compile(rf"{_START}(?:2|两)项(?:均|都){_REACHED}的?" + _points_said("points") + _END)
_ONE = lazy_compile(rf"{_START}(?:(?:2|两)项中)?(?:仅有?|只有?)(?:1|一)项{_REACHED}的?" + _points_said("points") + _END
                    + rf"|{_START}其中(?:1|一)项未{_REACHED}的?" + _points_said("points2") + _END)
_ONE_DEDUCTED = lazy_compile(rf"{_START}任(?:1|一)项未{_REACHED}的?[,]?扣(?P<points>\d+(?:\.\d+)?)分{_END}")
_NONE = lazy_compile(rf"{_START}(?:(?:2|两)项)?(?:均|都)未{_REACHED}的?" + _points_said("points") + _END)
# a scoring word or a number inside a name: the name is no rate's (得分 / 每 / 扣 …)
_NOT_A_NAME = lazy_compile(r"得|扣|分|每|项|且|均|或|未|\d")


@dataclass(frozen=True)
class LevelsCounted:
    names: tuple[str, str]
    levels: tuple[tuple[str, Decimal], tuple[str, Decimal]]  # each rate's comparison and level (a fraction: 0.95)
    points: tuple[Decimal, Decimal, Decimal]  # both reached, one, none
    kind: str = "levels_counted"

    def _level(self, index: int) -> str:
        op, level = self.levels[index]
        return f"{self.names[index]}{op}{general_text(level * 100)}%"

    def canonical(self, label: str) -> str:
        both, one, none = (f"得{general_text(points)}分" if points else "不得分" for points in self.points)
        return f"{self._level(0)}且{self._level(1)}的，{both}；两项中仅一项达标的，{one}；两项均未达标的，{none}"

    def implied_max(self) -> Decimal | None:
        return self.points[0]

    def default_shape(self, label: str) -> Shape:
        return Shape(variables=self.names)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        missing = [name for name in self.names if name not in ctx.shape.variables]
        if missing:
            raise InputError(f"按{'、'.join(self.names)}各自是否达标计分，需要按名称录入这两个比率（vars 中的“{'”“'.join(missing)}”）")
        values = [variable_as_rate(ctx.shape, name) for name in self.names]  # (90 entered for 90%)
        ctx.need(*(f"v:{name}" for name in self.names))
        compared = {"≥": ">=", ">": ">", "≤": "<=", "<": "<"}
        reached = [ctx.define(f"reached_{index}", Cmp(compared[op], value, num(level)))
                   for index, ((op, level), value) in enumerate(zip(self.levels, values))]
        both, one, none = (num(points) for points in self.points)
        raw = If(Logic("AND", tuple(reached)), both, If(Logic("OR", tuple(reached)), one, none))
        said = [concat(name, "=", Fmt(value, "pct"), If(test, Text("（达标）"), Text("（未达标）")))
                for name, value, test in zip(self.names, values, reached)]
        return raw, concat(said[0], "，", said[1], "，得", Fmt(SCORE), "分")


_UPWARD = {"≥": "≥", ">": ">", "不低于": "≥", "达到": "≥", "达": "≥"}
_DOWNWARD = {"≤": "≤", "<": "<", "不高于": "≤", "不超过": "≤"}


def _level_of(found: re.Match[str], n: str) -> tuple[str, Decimal] | None:
    """The comparison and level a rate is held to (辍学率≤1% / 控制在1%以内: at most), or None when the text leaves
    its side unsaid (保持在90%: held at it, above or below?)."""
    op, side = found.group(f"{n}_op"), found.group(f"{n}_above")
    level = Decimal(found.group(f"{n}_num")) / 100
    if side in ("及以上", "以上"):
        return ("≥", level) if op in (None, "不低于", "达到", "达", "保持在", "在") else None
    if side in ("及以下", "以下", "以内"):
        return ("≤", level) if op in (None, "不高于", "不超过", "保持在", "控制在", "在") else None
    if op in _UPWARD:
        return _UPWARD[op], level
    if op in _DOWNWARD:
        return _DOWNWARD[op], level
    return None


def _points(found: re.Match[str], n: str = "points") -> Decimal:
    return Decimal(0) if found.group(f"{n}_zero") else Decimal(found.group(n))


def compose_levels_counted(scoring: list[Clause], context: list[Clause], text: str) -> LevelsCounted | None:
    body = re.sub(r"[。;,\s]+$", "", text.strip()) + "。"
    for pattern, how in ((_BOTH_SAID, "both"), (_LEVELS_FIRST, "first"), (_SHARED, "shared")):
        opening = pattern.match(body)
        if opening is not None:
            break
    else:
        return None
    names = (opening.group("a"), opening.group("b"))
    if names[0] == names[1] or any(_NOT_A_NAME.search(name) for name in names):
        return None
    first = _level_of(opening, "a")
    second = first if how == "shared" else _level_of(opening, "b")
    if first is None or second is None:
        return None
    rest = body[opening.end():]
    both: Decimal | None = _points(opening, "both") if how != "first" else None
    taken: list[tuple[int, int]] = []
    said = _BOTH.search(rest)
    if said is not None:
        if both is not None:
            return None  # (both reached said twice)
        both = _points(said)
        taken.append(said.span())
    if both is None:
        return None
    one: Decimal | None = None
    for found in _ONE.finditer(rest):
        if one is not None:
            return None
        one = _points(found) if found.group("points") or found.group("points_zero") else _points(found, "points2")
        taken.append(found.span())
    for found in _ONE_DEDUCTED.finditer(rest):
        if one is not None:
            return None
        one = both - Decimal(found.group("points"))
        taken.append(found.span())
    nothing = list(_NONE.finditer(rest))
    if one is not None and not nothing:
        # 覆盖率≥95%且满意度≥90%的得4分；仅一项达标的得2分: neither reached left unsaid (once 评价要点 of 4 and 2, both ticked)
        raise Unplaced(rest.strip(";。,") or body, "按两项比率达标的项数计分，但两项均未达标时得几分没有写明"
                                                   "（请写明，如“两项均未达标的，不得分”）", certain=True)
    if one is None or len(nothing) != 1:
        return None  # each of the three scores said once (任一项未达到的扣2分 alone: once, or per rate short?)
    none = _points(nothing[0])
    taken.append(nothing[0].span())
    left = list(rest)
    for start, end in taken:
        left[start:end] = [""] * (end - start)
    if re.sub(r"[;。,\s]", "", "".join(left)):
        return None  # words no option reads: another requirement, a fault, a note
    if not both >= one >= none >= 0:
        return None  # reaching more never scores less
    return LevelsCounted(names, (first, second), (both, one, none))
