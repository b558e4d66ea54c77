"""Two requirements judged together, each option saying which of them is met:
``年度计划和五年平均削减目标均完成的，得4分；年度计划或五年平均削减目标中仅有一项完成的，得2分；…均未完成的，得0分`` /
``完成年度计划目标及累计降低进度目标。(35分)未完成年度计划目标，但完成累计降低进度目标。(20分)…`` /
``完成当年年度节能目标,且累计降低进度达到年均20%以上累计进度目标。(60分)未完成…,但累计降低进度达到…。(55分)…``.

An option is read by a small grammar over its situation: ``A和B均(未)完成`` (both met, or neither), ``完成A及B`` /
``未完成A及B``, ``(A或B中)仅有一项完成`` (exactly one), or two parts ``(未)完成A，但(未)完成B`` — where a part may name what is measured before its verb
(``累计降低进度(未)达到…目标``), and the two parts may have verbs of their own (完成 the one, 达到 the other). The options must
name the same two requirements (numbers inside the names are consumed by being said identically in every option)
and give each of the four combinations exactly once, meeting more never scoring less; otherwise this is not the
construction and the text is left to the other composers. The evaluator enters whether each requirement is met
(``met: [是, 否]``, in the order the text names them).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .clauses import Clause
from .expr import Expr, Fmt, If, Text, concat, num
from .inputs import InputError, Shape
from .model import SCORE, Context, met_inputs

_VERB = r"(?:完成|达到|实现|符合|满足|落实|达标)"
_NEG = r"(?:未|没有|不)"
# 年度计划和五年平均削减目标均完成 / 均未完成 (the names said in another option)
_ALL = lazy_compile(rf"^(?:(?P<names>.+?))?(?:均|都|全部)(?P<neg>{_NEG})?(?P<verb>{_VERB})$")
# (年度计划或五年平均削减目标中)仅有1项完成 / 仅完成其中1项
_ONE = lazy_compile(rf"^(?:(?P<names>.+?)中)?(?:仅有|仅|只有|只)(?:1项(?P<neg>{_NEG})?(?P<verb>{_VERB})|(?P<verb2>{_VERB})(?:其中)?1项)$")
# 完成年度计划目标 / 未完成年度计划目标及累计降低进度目标 / 年度计划目标未完成
_VERB_FIRST = lazy_compile(rf"^(?P<neg>{_NEG})?(?P<verb>{_VERB})(?P<names>[^，,]+)$")
_VERB_LAST = lazy_compile(rf"^(?P<names>[^，,]+?)(?P<neg>{_NEG})?(?P<verb>{_VERB})$")
# 累计降低进度(未)达到年均20%以上累计进度目标: what is measured, then the verb and the requirement
_VERB_MIDDLE = lazy_compile(rf"^(?P<subject>[^，,]+?)(?P<neg>{_NEG})?(?P<verb>{_VERB})(?P<names>[^，,]+)$")
_BUT = lazy_compile(r"[，,]?(?:并且|但|而|且)")
_JOINED = lazy_compile(r"和|及|与|、|或")
# the option's points: …，(35分) / …的，得4分 / …得0分 / …的，不得分
_POINTS = lazy_compile(r"^(?P<situation>.*?)[，,]?(?:(?:得|计|记|给)\d+(?:\.\d+)?分|\(\d+(?:\.\d+)?分\)|不得分|不计分)$")

Combination = tuple[bool, bool]
COMBINATIONS: tuple[Combination, ...] = ((True, True), (False, True), (True, False), (False, False))


@dataclass(frozen=True)
class TwoRequirements:
    names: tuple[str, str]
    points: tuple[Decimal, Decimal, Decimal, Decimal]  # for COMBINATIONS: both, only the second, only the first, neither
    verb: str = "完成"
    kind: str = "two_requirements"
    # (累计降低进度, 达到) beside (, 完成): each requirement's subject and verb, when they are not the one verb before
    # both names
    parts: tuple[tuple[str, str], tuple[str, str]] | None = None

    def _said(self, index: int, met: bool) -> str:
        subject, verb = self.parts[index] if self.parts else ("", self.verb)
        return f"{subject}{'' if met else '未'}{verb}{self.names[index]}"

    def canonical(self, label: str) -> str:
        first, second = self.names
        if self.parts:  # 完成A，且B达到C的 / 未完成A，但B达到C的 …: each requirement said with its own verb
            said = tuple(f"{self._said(0, a)}，{'且' if a == b else '但'}{self._said(1, b)}的" for a, b in COMBINATIONS)
            return "；".join(f"{words}，得{general_text(points)}分" for words, points in zip(said, self.points))
        # 两项 kept: the count the text gives stays in the reading
        said = (f"{first}和{second}两项均{self.verb}的", f"未{self.verb}{first}，但{self.verb}{second}的",
                f"{self.verb}{first}，但未{self.verb}{second}的", f"{first}和{second}两项均未{self.verb}的")
        return "；".join(f"{words}，得{general_text(points)}分" for words, points in zip(said, self.points))

    def implied_max(self) -> Decimal | None:
        return max(self.points)

    def default_shape(self, label: str) -> Shape:
        return Shape(points=2)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        if ctx.shape.points != 2:
            raise InputError(f"评分标准按两项要求（{'、'.join(self.names)}）是否{self.verb or '达到'}计分，数据 met 应给2个，实际给了{ctx.shape.points}个")
        _, (first, second) = met_inputs(ctx, 2)
        both, only_second, only_first, neither = (num(points) for points in self.points)
        raw = If(first, If(second, both, only_first), If(second, only_second, neither))
        said = [If(test, Text(f"{name}{self.verb}"), Text(f"{name}未{self.verb}")) for name, test in zip(self.names, (first, second))]
        if self.parts:
            said = [If(test, Text(self._said(index, True)), Text(self._said(index, False))) for index, test in enumerate((first, second))]
        return raw, concat(said[0], "，", said[1], "，得", Fmt(SCORE), "分")


def compose_two_requirements(scoring: list[Clause], context: list[Clause], text: str) -> TwoRequirements | None:
    if len(scoring) < 3 or any(
        c.outcome is None or c.outcome[0] != "points" or c.outcome[1] is None or c.step is not None or c.per is not None
        or c.cap is not None or c.manual or c.marker for c in scoring
    ):
        return None
    awards: list[Decimal] = []
    read: list[tuple[tuple[Requirement, ...], list[Combination], str]] = []
    used: set[int] = set()
    last = -1
    for clause in scoring:
        own = _POINTS.match(clause.text)
        if own is None:
            return None
        between = [c for c in context if last <= c.start and c.end <= clause.start]
        said = [c.text for c in between] + ([own.group("situation")] if own.group("situation") else [])
        # 同时考核A和B。A和B均完成的，得4分: words before the first option may be a preface, not its situation
        for skip in range(len(between) + 1 if last < 0 else 1):
            found = _combinations("，".join(said[skip:]).rstrip("的，,"))
            if found is not None:
                break
        else:
            return None
        used |= {id(c) for c in between[skip:]}
        read.append(found)
        awards.append(clause.outcome[1])  # type: ignore[index]
        last = clause.end
    if any(c.start >= last for c in context):
        return None  # words after the last option, which no option reads
    names = next((r[0] for r in read if len(r[0]) == 2), None)
    if names is None:
        return None
    points: dict[Combination, Decimal] = {}
    verbs = set()
    for (found, combinations, verb), award in zip(read, awards):
        if found and set(found) != set(names):
            return None  # another requirement named (or the same with another verb)
        verbs.add(verb)
        for combination in combinations:
            if len(found) == 2 and found != names:
                combination = combination[::-1]  # 完成B，但未完成A: the text's own order
            if combination in points:
                return None
            points[combination] = award
    if len(points) != 4 or len(verbs) != 1:
        return None
    said = [name for _, _, name in names]
    if points[(True, True)] < max(points[(True, False)], points[(False, True)]) or \
            points[(False, False)] > min(points[(True, False)], points[(False, True)]):
        return None  # meeting more scoring less: a negation misread, never a rule
    if re.search(r"\d", "".join(said)) and sum(len(found) == 2 for found, _, _ in read) < 2:
        return None  # a number in a requirement said once is no name repeated: it may be a level to compare
    preface = [c for c in context if id(c) not in used]
    if any(not all(name in c.text for name in said) or re.search(r"\d", c.text.replace(said[0], "").replace(said[1], ""))
           for c in preface):
        return None  # 同时考核年度计划和五年平均削减目标: only a preface naming the two requirements, nothing more
    verb = verbs.pop()
    parts = tuple((subject, own) for subject, own, _ in names)
    return TwoRequirements((said[0], said[1]), tuple(points[c] for c in COMBINATIONS), verb,  # type: ignore[arg-type]
                           parts=None if parts == (("", verb), ("", verb)) else parts)  # type: ignore[arg-type]


def _combinations(words: str) -> tuple[tuple[Requirement, ...], list[Combination], str] | None:
    """The requirements an option names (in its order) and the combinations of met it covers."""
    words = re.sub(r"(?:两|二|2)项(?=均|都|全部)", "", re.sub(r"^(?:如|若|如果)", "", words))  # 两项均完成: the two, counted
    one = _ONE.match(words)
    if one is not None:
        verb = one.group("verb") or one.group("verb2")
        names = _pair(one.group("names"), verb) if one.group("names") else ()
        return (names, [(True, False), (False, True)], verb) if names is not None else None
    every = _ALL.match(words)
    if every is not None:
        names = _pair(every.group("names"), every.group("verb")) if every.group("names") else ()
        met = every.group("neg") is None
        return (names, [(met, met)], every.group("verb")) if names is not None else None
    parts = _BUT.split(words)
    if len(parts) == 2:
        read = [_part(part) for part in parts]
        if any(r is None for r in read) or read[0][0] == read[1][0]:  # type: ignore[index]
            return None
        # 完成A，但B达到C: verbs of their own, each a part of its requirement (the option's verb is then none)
        verb = read[0][0][1] if read[0][0][1] == read[1][0][1] else ""  # type: ignore[index]
        return (read[0][0], read[1][0]), [(read[0][1], read[1][1])], verb  # type: ignore[index]
    if len(parts) != 1:
        return None
    said = _VERB_FIRST.match(words) or _VERB_LAST.match(words)
    if said is None:
        return None
    names = _pair(said.group("names"), said.group("verb"))
    met = said.group("neg") is None
    return (names, [(met, met)], said.group("verb")) if names is not None else None


Requirement = tuple[str, str, str]  # (what is measured, said before the verb, or ""; the verb; the requirement)


def _part(words: str) -> tuple[Requirement, bool] | None:
    said = _VERB_FIRST.match(words) or _VERB_LAST.match(words)
    subject = ""
    if said is None and (said := _VERB_MIDDLE.match(words)) is not None:
        subject = said.group("subject")
    if said is None or _JOINED.search(said.group("names")) or _JOINED.search(subject):
        return None
    return (subject, said.group("verb"), said.group("names")), said.group("neg") is None


def _pair(names: str, verb: str) -> tuple[Requirement, Requirement] | None:
    split = [name for name in _JOINED.split(names) if name]
    if len(split) != 2 or split[0] == split[1] or any(not re.search(r"[\u4e00-\u9fff]{2}", name) for name in split):
        return None
    return ("", verb, split[0]), ("", verb, split[1])
