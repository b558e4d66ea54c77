"""A list of situations each adding its points once: ``受财政部和省委、省政府表彰的加10分，受市委、市政府、省财政厅表彰的
加5分，本部位的工作经验在省以上(含省)范围内推广的，加5分``.

Every scoring clause is a situation in words and 加N分 (no 每: each counts once, met or not — per occurrence is
counted_awards.py); what may follow the list says how the additions combine:
- ``以上加分中只取最高一档`` / ``不累计，取最高一项``: the highest addition met, not their sum;
- ``加分最多N分`` / ``最高加N分``: the sum, at most N;
- ``以上加分累计计算`` or nothing: the sum of the additions met. Nothing written caps it, so the score is the
  additions as written (at most all of them), which may pass the 分值 (a 加分项); the 得分计算过程 says so.

The evaluator enters whether each situation happened (``met``, in text order) — or, where one addition alone counts
(只取最高一档, or a cap no higher than the largest addition, so that two met add no more than the larger), the one
situation reached as a grade (``grade: 获市级表彰``, the levels of one matter: 省级 / 市级 推广), a situation not listed
(未获表彰, 其他) adding nothing.
"""

from __future__ import annotations

import re
from dataclasses import field
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .clauses import Clause
from .errors import Unplaced
from .highest_note import highest_note, only_highest
from .expr import Cmp, Expr, Fmt, If, Text, concat, maximum, minimum, num, total
from .inputs import InputError, Shape
from .model import FULL, SCORE, ZERO, Context, Scorer, met_inputs

_HIGHEST = lazy_compile(r"(?:以上|上述)?(?:各项)?加分(?:中|项目中|事项中)?(?:不累计[,，]?)?(?:只取|只计|取|按)(?:其中)?最高(?:[一1]档|[一1]项|分|的[一1]项)?(?:计分|计算|加分)?"
                        r"|(?:以上|上述)?(?:各项)?加分不累计[,，]?(?:只取|取|按)(?:其中)?最高(?:[一1]档|[一1]项|分|的[一1]项)?(?:计分|计算|加分)?")
_SUMMED = lazy_compile(r"(?:以上|上述)?(?:各项)?加分(?:可)?累计(?:计算|计分)?|(?:以上|上述)?(?:各项)?(?:加分)?(?:可|可以)(?:累计|累加|叠加)(?:计算|计分|加分)?")
# (加分累计不超过1分 / 累计加分不超过2分 / 加分合计最多2分: the sum's cap, 累计 said after 加分)
_LIMIT = lazy_compile(r"(?:以上|上述)?(?:各项)?(?:加分|累计加分|合计加分)(?:累计|合计)?(?:最多|最高|(?=不超过))(?:加|不超过)?(?P<limit>\d+(?:\.\d+)?)分"
                      r"|(?:本项)?(?:最多|最高)加?(?P<most>\d+(?:\.\d+)?)分")  # (可累加，最多3分: the sum's cap, 加 unsaid)
_LEADING = lazy_compile(r"^(?:[一二三四五六七八九十]+、[^\n]*\n+)?\s*(?:\d{1,2}[、.]|\(\d{1,2}\))?\s*")
# 未获表彰的不加分 / 其他情形不加分: the situation adding nothing
_NONE_ADDED = lazy_compile(r"(?P<what>(?:未|没有|无)[\u4e00-\u9fff“”]{1,16}?|其他|其余|其他情形)的?(?:不加分|不予加分|不得加分)")
_BRACKETED_NOTE = lazy_compile(r"(?P<item>.+加\d+(?:\.\d+)?分)\((?P<note>[^()]+)\)")
_HEADING = lazy_compile(r"^\s*(?:[一二三四五六七八九十]+、)?(?:加分(?:事项|项目|项|标准)?|奖励加分)[:：]?\s*$")


@dataclass(frozen=True)
class BonusList:
    items: tuple[tuple[str, Decimal], ...]  # (受财政部和省委、省政府表彰, 10)
    highest: bool = False  # 只取最高一档
    limit: Decimal | None = None  # 加分最多N分
    none: str = ""  # 未获表彰的不加分: the situation adding nothing, said after the list (a grade it may be typed as)
    lead: str = field(default="", repr=False)  # 在衔接资金使用管理方面探索形成经验做法: what the additions are for, said first
    kind: str = "bonus_list"

    def canonical(self, label: str) -> str:
        listed = (f"{self.lead}，" if self.lead else "") + "；".join(f"{what}的，加{general_text(points)}分" for what, points in self.items)
        if self.highest:
            return f"{listed}；以上加分中只取最高一档"
        if self.limit is not None:
            return f"{listed}；加分最多{general_text(self.limit)}分"
        return f"{listed}；以上加分累计计算"

    def implied_max(self) -> Decimal | None:
        points = [p for _, p in self.items]
        if self.highest:
            return max(points)
        summed = sum(points, Decimal(0))
        return summed if self.limit is None else min(summed, self.limit)

    def ceiling(self) -> Expr | None:
        return maximum(FULL, num(self.implied_max()))  # type: ignore[arg-type]

    def default_shape(self, label: str) -> Shape:
        return Shape(points=len(self.items))

    def one_counts(self) -> bool:
        """Only one addition counts: the highest alone, or two additions under a cap of the larger (both met add
        no more than it)."""
        return self.highest or (self.limit is not None and len(self.items) == 2
                                and self.limit == max(points for _, points in self.items))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        if ctx.shape.has_grade and not ctx.shape.points:
            if not self.one_counts():
                raise InputError(f"评分标准列了{len(self.items)}种加分情形，可同时加分，数据 met 应逐项给出是否发生，而不是一个等级（grade）")
            from .model import GradeMap  # (the situation reached, typed as a grade: its addition, 0 for any other)

            options = self.items + (((self.none, Decimal(0)),) if self.none else ())
            return GradeMap(options, otherwise_zero=True).build(ctx)
        if ctx.shape.points != len(self.items):
            raise InputError(f"评分标准列了{len(self.items)}种加分情形，数据 met 应逐项给出是否发生（{len(self.items)}个）")
        _, tests = met_inputs(ctx, len(self.items))
        amounts = [If(test, num(points), ZERO) for test, (_, points) in zip(tests, self.items)]
        if self.highest:
            added: Expr = maximum(ZERO, *amounts)
            how = "，只取最高一档"
        elif self.limit is not None:
            added = minimum(num(self.limit), total(amounts))
            how = f"，最多加{general_text(self.limit)}分"
        else:
            added = total(amounts)
            how = "，各项加分相加（未写明加分上限）"
        added = ctx.define("added", added)
        listed = concat(*(If(test, Text(f"{what}，加{general_text(points)}分；"), Text(""))
                          for test, (what, points) in zip(tests, self.items)))
        return added, If(Cmp(">", added, ZERO), concat(listed, "共加", Fmt(added), "分", how, "，得", Fmt(SCORE), "分"),
                         Text("没有可加分的情形，得0分"))


def compose_bonus_list(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    ordered = sorted(scoring + context, key=lambda c: c.start)
    items: list[tuple[str, Decimal]] = []
    highest, limit, none, lead = False, None, "", ""
    tail: list[str] = []
    noted: list[Clause] = []
    for clause in ordered:
        body = clause.text.strip()
        if items and not none and (nothing := _NONE_ADDED.fullmatch(body.strip("。"))) is not None:
            none = nothing.group("what")  # 未获表彰的不加分: nothing added for it, as for any situation not listed
            continue
        if tail:
            tail.append(body.strip("。"))  # 以上加分不累计,取最高一项: the note over one clause or two
            noted.append(clause)
            continue
        bracketed = _BRACKETED_NOTE.fullmatch(body.rstrip("。"))
        note = bracketed.group("note") if bracketed is not None and _combining(bracketed.group("note")) else ""
        if clause.outcome is not None and clause.outcome[0] == "added" and clause.outcome[1] and _once(clause, bool(note)):
            said = bracketed.group("item") if note else body  # type: ignore[union-attr]
            what = _LEADING.sub("", said[: said.rfind("加")]).strip("，,的 \n")
            if not what or re.search(r"\d", what) or "每" in said:
                return None
            items.append((what, clause.outcome[1]))
            if note:  # 被市级推广的加1分（按最高一项计，不累加）: how the additions combine, said in brackets after the last
                tail.append(note)
                noted.append(clause)
            continue
        if not items:
            if clause in context and (_HEADING.fullmatch(body) or [t.kind for t in clause.tokens] == ["WORD", "OPEN", "PTS", "CLOSE"]):
                continue  # 四、加分事项 / 创新加分(2分): the item's name (its points checked against the list's by the heading's reader)
            if clause in context and not lead and _lead_in(clause, ordered, text):
                lead = body  # 在衔接资金使用管理方面探索形成经验做法,被国家层面推广的加2分…: what the additions are for
                continue
            return None
        tail.append(body.strip("。"))
        noted.append(clause)
    note = "，".join(tail)
    parts = [part for part in re.split(r"[,，;；]", note) if part.strip()]
    caps = [part for part in parts if _LIMIT.fullmatch(part.strip())]
    rest = "，".join(part for part in parts if part not in caps)
    if len(caps) == 1 and rest and (_HIGHEST.fullmatch(rest) or only_highest(rest)):
        # 同一事项按最高级别计，不重复加分，最多加2分: the highest alone, the cap above none of the additions saying nothing more
        if _cap_points(caps[0]) != max(points for _, points in items):
            # (a cap below the highest addition: both said, which the 规范写法 cannot say; above it — 加分项（3分） over 2
            # and 1, the highest alone — the points the item names are never reached: the sum meant, or the highest?)
            return None
        note = rest
    elif len(caps) == 1 and rest and _SUMMED.fullmatch(rest):
        note = caps[0].strip()  # 可累加，最多3分: the sum, capped
    elif len(caps) == 1 and rest and all(highest_note(part) for part in parts if part not in caps):
        # 被省级推广的加2分，被市级推广的加1分，不重复计分，最多加2分: nothing counted twice, capped at the largest addition —
        # the larger alone or the sum capped, the same score; a cap above it would add both (3) or not, unsaid
        if len(items) != 2 or _cap_points(caps[0]) != max(points for _, points in items):
            # (国家级3分、省级2分、市级1分，不重复计分，最高3分: 省级 and 市级 both met are 2 or 3)
            # (the note is a clause of its own, or in brackets after the last addition: 加1分（不重复加分，最高2分）)
            said = next((clause for clause in noted if any(highest_note(part) for part in re.split(r"[,，;；()（）]", clause.text))),
                        noted[-1])
            raise Unplaced(said, "“不重复计分”没有写明是只取最高一项，还是各项相加（在加分上限以内），两种读法得分不同", certain=True)
        note = caps[0].strip()
    if note:
        if _HIGHEST.fullmatch(note) or only_highest(note):  # (按最高级别计分: the highest level's addition alone)
            highest = True
        elif (cap := _cap_points(note)) is not None:
            limit = cap
        elif not _SUMMED.fullmatch(note):
            if len(items) > 1 and "加分" in note and not any(c.scoring or re.search(r"\d", c.text) for c in noted):
                # 以上加分按相应级别折算: how the additions combine, in words no reading gives
                raise Unplaced(noted[0], "加分如何合计（相加、只取最高一项或最多加几分）无法识别", certain=True)
            return None
    if len(items) < 2 and not (items and limit == items[0][1] and not none and not lead):
        # one addition alone: no list (and its base is not said) — unless capped at it (加分项(1分):获得省级以上表彰的加1分, the
        # heading's points its cap): the item adds that or nothing
        return None
    if lead and not (highest or limit is not None and BonusList(tuple(items), limit=limit).one_counts()):
        return None  # (在…探索形成经验做法，被国家层面推广的加2分，被省级推广的加1分: degrees of one matter — both met add 3, or 2?)
    if none and not (highest or limit is not None):
        return None  # (未获表彰的不加分 beside additions that add up: which of them it denies is not said)
    return BonusList(tuple(items), highest, limit, none, lead)


def _once(clause: Clause, noted: bool) -> bool:
    """受…表彰的加10分: a situation in words adding once (no count, no step, no level, nothing unread) — ``noted``: with a
    bracketed note after it, which the rest of the clause's tokens are."""
    tokens = clause.tokens[: next((i for i, t in enumerate(clause.tokens) if t.kind == "OPEN"), None)] if noted else clause.tokens
    said = {id(t) for t in tokens}
    return clause.step is None and clause.per is None and clause.occurrence is None and clause.condition is None \
        and not any(id(t) in said for t in clause.unread) and clause.cap is None and not clause.otherwise \
        and not any(t.kind == "NUM" for t in tokens) and len(tokens) >= 2 and tokens[-2].kind == "ADD"


def _cap_points(said: str) -> Decimal | None:
    """最多加2分 / 加分累计不超过1分: the points a cap on the additions allows, or None when ``said`` is no cap."""
    found = _LIMIT.fullmatch(said.strip())
    return None if found is None else Decimal(found.group("limit") or found.group("most"))


def _combining(note: str) -> bool:
    """按最高一项计，不累加 / 可累加 / 最多加3分: every part of a note says how additions combine."""
    parts = [part.strip() for part in re.split(r"[,，;；]", note) if part.strip()]
    return bool(parts) and all(highest_note(part) or _SUMMED.fullmatch(part) or _LIMIT.fullmatch(part) for part in parts)


def _lead_in(clause: Clause, ordered: list[Clause], text: str) -> bool:
    """在衔接资金使用管理方面探索形成经验做法, before 被国家层面推广的加2分: words with no number, no level and no score, in the
    first addition's sentence right before it (only a comma between) — what is rewarded, the additions its degrees."""
    following = ordered[ordered.index(clause) + 1:]
    return bool(following) and not clause.scoring and clause.condition is None and not re.search(r"\d", clause.text) \
        and text[clause.end:following[0].start].strip() in (",", "，") and following[0].outcome is not None \
        and following[0].outcome[0] == "added" and not _NONE_ADDED.search(clause.text) \
        and not re.search(r"未|不|没有|无|扣|否则|如|若", clause.text)
