"""Points earned per counted occurrence, kind by kind: ``党委政府主要领导作出批示的,每次得0.5分;党委政府其他领导作出批示的,
每次得0.2分`` / ``要情采用每条10分,被市委办采用每条10分…`` / ``县级综合性刊物采纳1篇计5分,市级综合性报刊采纳1篇计7分`` /
``档案齐全者每起积1分,最高积3分`` / ``每开工1个项目1分,最多10分`` / ``党委主要领导批示的，加0.5分/次``.

Each kind is what is counted (its words), its unit and its points per occurrence (每次得/每条/1篇计/每起积N分/N分/次).
A kind whose words name a fault (未/没有/违…) with no 得/加 before its points (未按时报送的0.5分/次) is not read here:
deducted or earned is not written. The evaluator enters how often each kind happened, in text order (``failures: [2, 1]``, as for kinds of fault; one kind:
``actual: 3次`` or ``failures: 3``). The score is the sum, each kind within its own cap where one follows it
(…每次得0.5分，最多得1分；…), the whole within the cap written after the last kind (最高/最多/以N分为限/满分为止), and
always within the 分值 unless the text says the sum may pass it (上不封顶).

Beside the kinds the text may say:
- 未召开政府常务会议，不得分: a gate — a kind that must have happened at least once, or the whole scores 0;
- 无新增不得分: nothing done scores nothing (what the sum of no counts is anyway);
- 重大前期项目…转化为新开工项目的，不加分: what is not counted (the evaluator leaves it out of the count);
- 学术刊物上发表的调研文章按相应级别综合性刊物减半计分: every kind again, at half (加倍: double) its points.

Beside kinds counted per occurrence, a situation adding its points once (``…推广的，每次加0.5分；获得省级及以上表彰的，
加1分`` / ``获评省级示范片区的加2分，获评市级示范小区的每个加0.5分``: 加N分 with no 每 and no number) is a kind too,
entered as how often it happened and adding its points once however often (as a fault deducted once does in
fault_kinds.py); a list of such situations alone is bonus_list.py's.

An award said of one (有1次…的得1分 / 采纳1篇计5分) without 每 could be per occurrence or once: it is read per
occurrence only where the text makes that certain — a cap above its points (最多得2分), or a tariff of kinds each
priced per one (县级1篇计5分，市级1篇计7分); 有1次…得N分 otherwise is refused, naming it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.lexicon import HONOUR_LEVELS
from ..text.numbers import general_text
from .clauses import Clause
from .errors import Unplaced
from .expr import Cmp, Expr, Fmt, If, Text, concat, maximum, minimum, mul, num, sub, total
from .fault_kinds import Fault
from .highest_note import highest_note
from .inputs import InputError, Shape
from .model import FULL, SCORE, ZERO, Context, Scorer, count_measure, kind_counts

_UNIT = r"(?:人次|次|条|篇|起|例|件|个|项|家|场|期|批|份|人|名|台|座|处|部|首|幅)"
# 每季度召开1次会议得1分: a level per period (a quarter with a meeting earns 1), never each meeting counted
_PERIOD = r"(?:季|月|年|周|半年|学期|天|日|旬|期|届)"
_HOW = r"(?:得|加|计|记|积|奖励|奖|可得|加计)"
_POINTS = r"(?P<points>\d+(?:\.\d+)?)分"
# words naming what is counted: no number, no deduction, no step on a measure
_WORDS = r"(?:(?!扣|减|每)[^\d%])"
# (含国防专利): a note in brackets within the words, with no number and no 每 or deduction; (每人最多加3分: a cap for
# each person, never a kind 最多 counted per person)
_WHAT = r"(?P<what>(?:(?!扣|减|少|低|超|差|缺|最多|最高|至多|累计|合计|上限)[\u4e00-\u9fff、“”《》]|\((?!扣|减|每)[\u4e00-\u9fff、“”《》]+\))*?)"
# 其他领导出席的，每次得0.3分 / 每开工1个项目1分 / 每新增1个省级平台得2分 / 档案齐全者每起积1分 / 要情采用每条10分
_EACH = lazy_compile(
    rf"(?P<name>{_WORDS}*?)(?:的|者)?[，,]?每(?!{_PERIOD})(?:(?P<verb>(?:(?!超|少|低|下降|减少|缺|差|增长|提高|多|扣)[\u4e00-\u9fff]){{0,4}}?)1)?"
    rf"(?P<unit>{_UNIT}){_WHAT}(?:的)?[，,]?(?P<how>{_HOW})?{_POINTS}"
)
# 党委主要领导批示的，加0.5分/次 / 省级媒体报道1.5分/篇: points per unit, written as a rate
_RATE = lazy_compile(rf"(?P<name>{_WORDS}*?)(?:的)?[，,]?(?P<how>{_HOW})?{_POINTS}/(?P<unit>{_UNIT})(?P<what>)")
# 县级综合性刊物采纳1篇计5分 / 有1次节能工作会议纪要或记录的得1分: one and its points, no 每
_ONE = lazy_compile(
    rf"(?P<name>{_WORDS}*?)(?<![\d.])1(?P<unit>{_UNIT}){_WHAT}(?:的)?[，,]?(?P<how>{_HOW}){_POINTS}"
)
# 获得省级及以上表彰的，加1分 / 获评省级示范片区的加2分: a situation adding its points once (no 每, no number)
_ONCE = lazy_compile(rf"(?P<name>{_WORDS}*?)(?:的)?[，,]?另?加{_POINTS}")
# 加分累计不超过2分 / 累计加分最多2分 / 合计最多得5分: the sum's cap (加分 and 累计 may both be said)
_CAP = lazy_compile(
    r"(?:本项|该项|此项|本指标)?(?:(?:加分|得分|积分)(?:合计|累计|总计|共计)?|(?:合计|累计|总计|共计)(?:加分|得分|积分)?|总分)?(?:最高|最多|最高不超过|最多不超过|不超过|上限为?)(?:得|加|积|计|记|可得|奖励)?"
    r"(?P<points>\d+(?:\.\d+)?)分(?:为限|封顶|为止)?"
    r"|以?(?P<limit>\d+(?:\.\d+)?)分为(?:上|最高)?限|(?P<top>\d+(?:\.\d+)?)分封顶"
    r"|(?:合计|累计|总计|共计)?(?:加|得|积|计|记)?至(?P<upto>\d+(?:\.\d+)?)分(?:为)?止"  # 至12分止 / 加至10分为止
)
# 获得1件发明专利得1分(累计不超过7分): a cap in brackets right after an award's points
_BRACKETED_CAP = lazy_compile(r"(?P<award>.+分)\((?P<cap>[^()]+)\)")
_FULL_CAP = lazy_compile(r"(?:加满|得满|计满|积满|满分|加至满分)为止|以(?:本项)?(?:满分|分值)为限|最高不超过(?:本项)?(?:分值|满分)")
# 明显违背政策的，发现1次扣2分 / …的，每次扣2分: a fault deducted per occurrence from the points earned
_FAULT = lazy_compile(rf"(?P<what>{_WORDS}*?)(?:的)?[，,]?(?:每|(?:发现|出现|查出|有)1?)(?P<unit>{_UNIT})扣(?P<per>\d+(?:\.\d+)?)分")
_TOTAL = lazy_compile(r"合计|累计|总计|共计|总分|加分|得分|积分")
_SUM = lazy_compile(r"(?:本项|该项|此项|本指标)?(?:合计|总计|共计|总分)")  # said of all the kinds, never 累计 alone
_UNCAPPED = lazy_compile(r"(?:加分|积分|得分)?(?:上不封顶|不封顶|不设上限)")
_NONE = lazy_compile(r"(?:如|若)?(?:未|没有|无)(?P<what>[^\d，,]*?)(?:的)?[，,]?(?:则)?(?:本项|该项|此项|本指标)?(?:不得分|不计分|不加分|得0分|计0分|记0分)")
_CAPPED_NONE = lazy_compile(r"(?P<none>[^()]+)\((?P<cap>[^()]+)\)")
_EXCLUDED = lazy_compile(r"(?P<what>(?![未没无如若])[^\d%，,]+?)的[，,]?(?:不加分|不予加分)")
_SCALED = lazy_compile(r"(?P<subject>[^\d%，,]+?)按(?:相应|对应)(?:级别|等级|层级)?(?P<ref>[^\d%，,]*?)(?P<how>减半|加倍)(?:计分|计算|加分|得分|记分|计)")
_NAME_ONLY = lazy_compile(r"(?P<name>[^\d%，,]+?)(?:的|者)")
_DISCRETION = lazy_compile(r"[^\d%，,]*?(?:视情况|酌情|视情)(?:得分|加分|计分|给分|赋分|记分)")
_FAULTY = lazy_compile(r"未|没有|不|无|违|错|漏|迟|差|缺")
_LEADING = lazy_compile(r"^[×*＊\s]+")
_EXISTENCE = lazy_compile(r"有$")


@dataclass(frozen=True)
class Counted:
    """One kind: what is counted, its unit, its points per occurrence and its own cap (None: none)."""

    label: str  # 党委政府主要领导作出批示
    unit: str  # 次
    points: Decimal  # 0.5
    cap: Decimal | None = None
    once: bool = False  # 获得省级及以上表彰的，加1分: its points once, however often it happened

    def written(self) -> str:
        if self.once:
            return f"{self.label}的，加{general_text(self.points)}分"
        cap = "" if self.cap is None else f"，最多得{general_text(self.cap)}分"
        return f"{self.label}的，每{self.unit}得{general_text(self.points)}分{cap}"

    def entered(self) -> str:
        if self.once:
            return f"{self.label}（加{general_text(self.points)}分，只加一次）：出现的次数（未出现填0）"
        cap = "" if self.cap is None else f"，最多{general_text(self.cap)}分"
        return f"{self.label}（每{self.unit}{general_text(self.points)}分{cap}）的{self.unit}数"

    def amount(self, count: Expr) -> Expr:
        if self.once:
            return If(Cmp(">", count, ZERO), num(self.points), ZERO)
        earned = mul(count, num(self.points))
        return earned if self.cap is None else minimum(num(self.cap), earned)


@dataclass(frozen=True)
class CountedAwards:
    kinds: tuple[Counted, ...]
    limit: Decimal | None = None  # 最多得2分 after the last kind; None: the 分值
    uncapped: bool = False  # 上不封顶: the sum may pass the 分值
    gate: int | None = None  # 未召开政府常务会议，不得分: the kind that must have happened (its index)
    gate_text: str = ""  # 召开政府常务会议
    excluded: tuple[str, ...] = ()  # 重大前期项目…转化为新开工项目 (的，不加分): not counted
    faults: tuple[Fault, ...] = ()  # 明显违背政策的，发现1次扣2分: deducted from what is earned (one kind earned only)
    kind: str = "counted_awards"

    def canonical(self, label: str) -> str:
        parts = [kind.written() for kind in self.kinds]
        text = "；".join(parts)
        if self.limit is not None:
            text += f"；合计最多得{general_text(self.limit)}分"
        if self.uncapped:
            text += "；上不封顶"
        elif self.limit is None and len(self.kinds) == 1 and self.kinds[0].unit in ("项", "个", "条") and self.kinds[0].cap is None:
            text += "；以分值为限"  # (每条得1分 alone: the 评价要点 met)
        if self.gate is not None:
            text += f"；未{self.gate_text}的，不得分"
        text += "".join(f"；{fault.written()}" for fault in self.faults)
        return text + "".join(f"；{what}的，不加分" for what in self.excluded)

    def implied_max(self) -> Decimal | None:
        return self.limit

    def ceiling(self) -> Expr | None:
        return None if self.uncapped else FULL

    def default_shape(self, label: str) -> Shape:
        if self.faults:
            return Shape(measure="actual", has_failures=True)
        return Shape(measure="actual") if len(self.kinds) == 1 else Shape(failure_kinds=len(self.kinds))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        if self.faults and ctx.shape.measure not in ("actual", "ratio"):
            raise InputError(f"“{self.kinds[0].label}”的{self.kinds[0].unit}数需要实际数（actual），扣分情形的次数填在 failures")
        if len(self.kinds) == 1:
            count, _ = count_measure(ctx, self.kinds[0].unit)
            counts = [count]
        else:
            counts = kind_counts(ctx, "加分情形", [k.label for k in self.kinds], [k.entered() for k in self.kinds])
        added = ctx.define("added", total([kind.amount(count) for kind, count in zip(self.kinds, counts)]))
        if self.uncapped:
            score: Expr = added
            shown_limit = "（上不封顶）"
        elif self.limit is None:
            score, shown_limit = minimum(FULL, added), ""
        else:
            score, shown_limit = minimum(FULL, num(self.limit), added), f"（最多得{general_text(self.limit)}分）"
        listed = concat(*(
            If(Cmp(">", count, ZERO), concat(kind.label, "，加", general_text(kind.points), "分；") if kind.once else
               concat(kind.label, Fmt(count), kind.unit, "，每", kind.unit, general_text(kind.points), "分，计", Fmt(kind.amount(count)), "分；"),
               Text(""))
            for count, kind in zip(counts, self.kinds)
        ))
        text: Expr = If(Cmp(">", added, ZERO), concat(listed, "共", Fmt(added), "分", shown_limit, "，得", Fmt(SCORE), "分"),
                        Text("没有可得分的情形，得0分"))
        if self.faults:
            score, text = self._less_faults(ctx, score, text)
        if self.gate is not None:
            missing = Cmp("=", counts[self.gate], ZERO)
            score = If(missing, ZERO, score)
            text = If(missing, Text(f"未{self.gate_text}，不得分，得0分"), text)
        return score, text


    def _less_faults(self, ctx: Context, earned: Expr, text: Expr) -> tuple[Expr, Expr]:
        """提供1例得1分，最高8分；明显违背政策的，发现1次扣2分: what is earned (within its cap), less every fault."""
        faulted = kind_counts(ctx, "扣分情形", [f.what for f in self.faults], [f.entered() for f in self.faults])
        points = ctx.define("earned", earned)
        deducted = ctx.define("deduction", total([fault.deduction(count) for fault, count in zip(self.faults, faulted)]))
        listed = concat(*(
            If(Cmp(">", count, ZERO), concat("；", fault.what, Fmt(count), fault.unit, "，扣", Fmt(fault.deduction(count)), "分"),
               Text("")) for fault, count in zip(self.faults, faulted)
        ))
        shown = concat("按次计", Fmt(points), "分", listed, "；共扣", Fmt(deducted), "分，得", Fmt(SCORE), "分")
        return maximum(ZERO, sub(points, deducted)), If(Cmp(">", deducted, ZERO), shown, text)


@dataclass(frozen=True)
class _Found:
    clause: Clause
    label: str
    unit: str
    points: Decimal
    each: bool  # 每…: per occurrence as written
    existence: bool  # 有1次…的得1分: once or each?
    cap: Decimal | None = None
    once: bool = False  # 获得省级及以上表彰的，加1分: said once, with no count


def _label(*words: str) -> str:
    text = "".join(words)
    text = _LEADING.sub("", text).strip("，,、 ")
    return re.sub(r"(?:的|者)$", "", text)


def _award(clause: Clause, name: str) -> _Found | None:
    matched = _EACH.fullmatch(clause.text) or _RATE.fullmatch(clause.text)
    each = matched is not None
    if matched is None:
        matched = _ONE.fullmatch(clause.text)
        if matched is None:
            return None
    points = Decimal(matched.group("points"))
    if points <= 0 or clause.step is not None or clause.per is not None or clause.added is not None \
            or (clause.occurrence is not None and clause.occurrence[0] != 1) or not _one_or_none(clause, matched.group("unit")):
        return None  # (每开工1个项目 is read as an occurrence, 采纳1篇 as a level of one: the count here)
    own = matched.group("name")
    verb = matched.groupdict().get("verb") or ""
    what = matched.group("what")
    existence = not each and _EXISTENCE.search(own) is not None
    if existence:
        own = own[:-1]
    name = re.sub(r"(?:的|者)$", "", name)  # 严格执行…采购政策的，提供1例: 严格执行…采购政策提供
    label = _label(name, own) if verb + what and verb + what in own else _label(name, own, verb, what)  # 新开工项目每开工1个项目
    if not label or (not matched.group("how") and _FAULTY.search(label)):
        return None  # 未按时报送的0.5分/次: points per fault, deducted or earned? (no 得/加/扣 says)
    return _Found(clause, label, matched.group("unit"), points, each, existence)


def _once_award(clause: Clause, name: str) -> _Found | None:
    """获得省级及以上表彰的，加1分 / 获评省级示范片区的加2分 (or 加1分 after its situation 获得表彰的): a situation in words
    adding its points once — no 每, no count, no level, nothing unread."""
    matched = _ONCE.fullmatch(clause.text)
    if matched is None or clause.outcome is None or clause.outcome[0] != "added" or clause.step is not None \
            or clause.per is not None or clause.occurrence is not None or clause.condition is not None or clause.unread \
            or clause.cap is not None or clause.otherwise or any(t.kind in ("NUM", "EACH") for t in clause.tokens):
        return None
    label = _label(re.sub(r"(?:的|者)$", "", name), matched.group("name"))
    if not label or re.search(r"\d", label):
        return None
    return _Found(clause, label, "次", Decimal(matched.group("points")), each=False, existence=False, once=True)


def _one_or_none(clause: Clause, unit: str) -> bool:
    if clause.condition is None:
        return True
    interval = clause.condition.interval
    return clause.condition.unit == unit and interval.low == interval.high == 1 and interval.low_inclusive and interval.high_inclusive


_POINT_MARKS = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def _heading(clause: Clause) -> Decimal | None:
    """研究部署节能工作(2分): the item's name and its points, before its method."""
    kinds = [t.kind for t in clause.tokens]
    if kinds[-3:] != ["OPEN", "PTS", "CLOSE"] or any(k not in ("WORD", "DE") for k in kinds[:-3]) or clause.unread:
        return None
    if clause.marker is not None and clause.marker[:1] in _POINT_MARKS:
        return None  # 评价要点：①建立制度（1分）；…每个加0.5分，最多加1分: a point to tick, not the item's name (once dropped)
    return clause.outcome[1] if clause.outcome and clause.outcome[0] == "points" else None


def compose_counted_awards(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """召开政府常务会议的，每次得0.5分。…每次得0.3分；…每次得0.2分。未召开政府常务会议，不得分: kinds counted, each its
    points per occurrence, within a cap."""
    ordered, caps_in_brackets = _caps_apart(sorted(scoring + context, key=lambda c: c.start))
    found: list[_Found] = []
    limit: Decimal | None = None
    limit_clause: Clause | None = None
    full_cap = uncapped = False
    nones: list[tuple[Clause, str]] = []
    excluded: list[str] = []
    scaled: list[tuple[Clause, str, Decimal]] = []
    name = ""
    heading: Decimal | None = None
    skip: Clause | None = None
    faulty: Clause | None = None
    faults: list[Fault] = []
    for index, clause in enumerate(ordered):
        if not found and heading is None and _heading(clause) is not None:
            heading = _heading(clause)  # 研究部署节能工作(2分): the 分值, which a cap written after it must be
            continue
        award = _award(clause, name) or _once_award(clause, name)
        named_before = name
        name = ""
        if award is not None:
            if scaled or nones or excluded or faults or faulty or limit_clause is not None or full_cap or uncapped:
                return None  # a kind after the cap or the gate: not a shape read here
            found.append(award)
            continue
        if named_before:
            return None  # 召开…的 not followed by its points
        nxt = ordered[index + 1] if index + 1 < len(ordered) else None
        only_name = _NAME_ONLY.fullmatch(clause.text)
        adjacent = nxt is not None and text[clause.end:nxt.start].strip() in (",", "，", "")
        if only_name is not None and clause in context and not clause.unread and adjacent and not faults \
                and (_EACH.fullmatch(nxt.text) or _RATE.fullmatch(nxt.text) or _ONE.fullmatch(nxt.text)
                     or _ONCE.fullmatch(nxt.text)):  # type: ignore[union-attr]
            name = clause.text
            continue
        fault = _FAULT.fullmatch(clause.text)
        if fault is not None and found and clause.per is not None and clause.step is None and clause.condition is None:
            what = _label(fault.group("what")) or (_label(ordered[index - 1].text) if index and ordered[index - 1] is faulty else "")
            if not what:
                return None
            faults.append(Fault(what, Decimal(fault.group("per")), fault.group("unit")))
            continue
        if only_name is not None and found and clause in context and not clause.unread and adjacent \
                and _FAULT.fullmatch(nxt.text) and nxt.text.startswith(("每", "发现", "出现", "查出", "有")):  # type: ignore[union-attr]
            faulty = clause  # 明显违背政策的，(发现1次扣2分)
            continue
        if only_name is not None and found and clause in context and not clause.unread and adjacent \
                and re.fullmatch(r"(?:不加分|不予加分)", nxt.text):  # type: ignore[union-attr]
            excluded.append(only_name.group("name"))  # 重大前期项目…转化为新开工项目的，不加分: not counted
            skip = nxt
            continue
        if skip is clause:
            continue
        capped = _CAP.fullmatch(clause.text)
        if capped is not None and found:
            value = _cap_value(capped)
            between = limit_clause is None and not excluded and not scaled and not faults  # (…没有承担不得分,最多得5分)
            if not between:
                return None
            # 专利每件得1分，累计不超过7分；商标每件得0.5分，累计不超过3分: 累计 said of a kind before is each kind's own
            # (…加0.2分,至12分止;…加0.1分,至3分止: so is 至N分止 after each)
            own_again = any(f.cap is not None for f in found[:-1]) and (clause.text.startswith("累计") or capped.group("upto") is not None)
            # 一等奖得5分；二等奖得3分(最多得5分) / 商标每件得0.5分(累计不超过3分) / 电话访视每1人次加0.1分,至3分止: that
            # kind's own cap, or all of theirs? Not said (累计 accumulates that kind's occurrences as well as all kinds')
            in_brackets = id(clause) in caps_in_brackets
            own_words = in_brackets or (capped.group("upto") is not None
                                        and text[ordered[index - 1].end:clause.start].strip() in (",", "，"))
            if own_words and len(found) > 1 and not own_again and not _SUM.match(clause.text) and not _later_award(ordered, index):
                said = f"{ordered[index - 1].text}({clause.text})" if in_brackets else f"{ordered[index - 1].text},{clause.text}"
                raise Unplaced(said, f"{'括号中的' if in_brackets else '紧跟在最后一项之后的'}上限“{clause.text}”没有写明是这一项的上限"
                                     f"还是各项合计的上限（请写明，如“合计最多得{general_text(value)}分”）", certain=True)
            parallel = own_again or (any(f.cap is not None for f in found[:-1]) and not _TOTAL.match(clause.text)
                                     and text[ordered[index - 1].end:clause.start].strip() in (",", "，"))
            if _later_award(ordered, index) or parallel:  # (…最多得1.5分；…每次得1分，最多得2分: the last kind's own, as each)
                if found[-1].cap is not None:
                    return None
                found[-1] = replace(found[-1], cap=value)  # …每次得0.5分，最多得1分；…: this kind's own
                continue
            limit, limit_clause = value, clause
            continue
        if faults and re.fullmatch(r"扣完为止|扣完即止|扣至0分为止|扣完本项分值为止", clause.text):
            continue  # (never below 0, as the score is)
        if found and _FULL_CAP.fullmatch(clause.text):
            full_cap = True
            continue
        if found and _UNCAPPED.fullmatch(clause.text):
            uncapped = True
            continue
        bracketed = _CAPPED_NONE.fullmatch(clause.text)
        none = _NONE.fullmatch(bracketed.group("none")) if bracketed else None
        cap_said = _CAP.fullmatch(bracketed.group("cap")) if bracketed else None
        if none is not None and cap_said is not None and found and limit_clause is None:
            # 没有承担不得分(累计不超过5分): nothing done scores nothing, and the sum's cap in brackets after it
            nones.append((clause, _label(none.group("what"))))
            limit = _cap_value(cap_said)
            limit_clause = clause
            continue
        none = _NONE.fullmatch(clause.text)
        if none is not None and found:
            nones.append((clause, _label(none.group("what"))))
            continue
        left_out = _EXCLUDED.fullmatch(clause.text)
        if left_out is not None and found:
            excluded.append(left_out.group("what"))
            continue
        half = _SCALED.fullmatch(clause.text)
        if half is not None and found:
            scaled.append((clause, _label(half.group("subject")), Decimal("0.5") if half.group("how") == "减半" else Decimal(2)))
            continue
        if found and _DISCRETION.fullmatch(clause.text):
            raise Unplaced(clause, "视情况（酌情）计分的部分没有写明分值或计分方法，无法与按次计分合并", certain=True)
        if any(f.once for f in found) and any(not f.once for f in found) and highest_note(clause.text):
            # 企业获评国家级…的加1.5分，获评省级…的每家加0.5分，同一企业按最高等级计: units counted at their highest level —
            # so is the addition without 每 per unit too, or once? (kinds all counted per unit take the note as how to count)
            raise Unplaced(clause, f"“{clause.text.strip('，,。')}”说明按单位逐个计分，而有的加分没有写“每”，"
                                   "是只加一次还是每个都加没有写明", certain=True)
        if clause in context and not clause.unread and clause.condition is None and not clause.scoring \
                and not any(t.kind in ("NUM", "PTS") for t in clause.tokens):
            continue  # 查看政府研究部署节能工作的会议纪要、记录: what the evaluator looks at
        return None
    if not found or (limit is not None and (uncapped or full_cap)):
        return None
    if heading is not None and (uncapped or (limit is not None and limit != heading)):
        return None
    if faults and (len(found) != 1 or scaled or uncapped):
        return None  # (the faults' counts and several kinds' counts would share one list)
    composed = _composed(found, limit, uncapped, nones, excluded, scaled, full_cap)
    if heading is not None and limit is None and isinstance(composed, CountedAwards):
        composed = replace(composed, limit=heading)  # …工作(2分)…每次得1分: at most the points its heading gives (never proof of 每)
    return replace(composed, faults=tuple(faults)) if faults and isinstance(composed, CountedAwards) else composed


def _cap_value(capped: re.Match[str]) -> Decimal:
    """最多得5分 / 以5分为限 / 5分封顶: the points of a cap (_CAP), however it is said."""
    return Decimal(next(g for g in (capped.group("points"), capped.group("limit"), capped.group("top"), capped.group("upto")) if g))


def _caps_apart(ordered: list[Clause]) -> tuple[list[Clause], set[int]]:
    """获得1件发明专利得1分(累计不超过7分): the award and the cap in its brackets as two clauses, as if a comma stood
    between them (…得1分，累计不超过7分); the ids of the caps so taken out of brackets."""
    result: list[Clause] = []
    bracketed: set[int] = set()
    for clause in ordered:
        split = _BRACKETED_CAP.fullmatch(clause.text)
        if split is None or _CAP.fullmatch(split.group("cap")) is None:
            result.append(clause)
            continue
        from .clauses import clauses

        award = clauses(split.group("award"))
        if len(award) != 1 or _award(award[0], "") is None:
            result.append(clause)
            continue
        cap_start = clause.start + split.start("cap")
        result.append(replace(award[0], start=clause.start, end=clause.start + split.end("award")))
        cap = Clause(split.group("cap"), cap_start, cap_start + len(split.group("cap")), [])
        bracketed.add(id(cap))
        result.append(cap)
    return result, bracketed


def _later_award(ordered: list[Clause], index: int) -> bool:
    later = ordered[index + 1:]
    return any(_award(c, "") is not None or (_NAME_ONLY.fullmatch(c.text) and i + 1 < len(later) and later[i + 1].text.startswith("每")
                                             and _award(later[i + 1], c.text) is not None) for i, c in enumerate(later))


def _levels_of_one(once: _Found, counted: list[_Found]) -> bool:
    """获评省级示范片区 / 获评市级示范小区: a level word in each, a different one (省级及以上 in both is one level: two
    matters, 推广 and 表彰)."""
    level = HONOUR_LEVELS.findall(once.label)
    return len(level) == 1 and any((found := HONOUR_LEVELS.findall(other.label)) and found != level for other in counted)


def _common_ending(labels: list[str]) -> str:
    ending = labels[0]
    for label in labels[1:]:
        while ending and not label.endswith(ending):
            ending = ending[1:]
    return ending


def _composed(found: list[_Found], limit: Decimal | None, uncapped: bool, nones: list[tuple[Clause, str]],
              excluded: list[str], scaled: list[tuple[Clause, str, Decimal]], full_cap: bool = False) -> Scorer | None:
    # 县级…采纳1篇计5分，市级…采纳1篇计7分: levels of one thing done (their words end alike), each priced per one — not
    # 提交1份报告得2分，提交1份总结得1分 (different things, each perhaps once)
    tariff = len(found) > 1 and all(not f.each and not f.existence and f.unit == found[0].unit for f in found) \
        and len(_common_ending([f.label for f in found])) >= 2
    if any(f.once for f in found) and not any(f.each for f in found):
        return None  # situations each adding once, and nothing counted: a bonus list (bonus_list.py)
    for f in found:
        if f.once and (limit is None or f.points < limit) and _levels_of_one(f, [other for other in found if other.each]):
            # 获评国家级示范工厂的加1.5分，获评省级数字化车间的每家加0.5分: levels of one matter, the lesser priced per unit —
            # the higher once, or per unit too with its 每 left out? (once the first reaches the cap, either way the same)
            raise Unplaced(f.clause, f"“{f.clause.text}”与按个计分的“{next(o.label for o in found if o.each)}”是同一事项的不同级别，"
                                     f"没有写明是只加一次还是每个都加（每个都加的，请写明“每个加{general_text(f.points)}分”）", certain=True)
    for f in found:
        if f.each or f.once:
            continue
        bound = f.cap if f.cap is not None else limit
        if bound is not None and bound > f.points:
            continue  # 有1次…的得1分，最多得2分: more than one counts
        if tariff:
            continue  # 县级1篇计5分，市级1篇计7分: a price per one of each kind
        if f.existence:
            raise Unplaced(f.clause, f"“有1{f.unit}…得{general_text(f.points)}分”没有写明是每{f.unit}都得分还是只得一次"
                                     f"（请写明“每{f.unit}得{general_text(f.points)}分”，或写明最多得几分）", certain=True)
        return None
    if len(found) == 1 and not found[0].each and limit is None and found[0].cap is None:
        return None
    if len(found) == 1 and found[0].unit in ("项", "个", "条") and found[0].each and limit is None and found[0].cap is None \
            and not nones and not full_cap:
        return None  # 每项得1分: the 评价要点 met, each its points (read as such elsewhere)
    kinds = [Counted(f.label, f.unit, f.points, f.cap, f.once) for f in found]
    for clause, subject, factor in scaled:
        if len(scaled) > 1 or not subject:
            raise Unplaced(clause, "按相应级别折算的计分无法确定对应哪些计分情形", certain=True)
        kinds += [Counted(f"{subject}({k.label})", k.unit, k.points * factor,
                          None if k.cap is None else k.cap * factor) for k in kinds[:len(found)]]
    gate = None
    gate_text = ""
    for clause, what in nones:
        matched = [i for i, k in enumerate(kinds) if what and (what in k.label or k.label in what)]
        if not what or len(matched) == len(kinds):
            continue  # 无新增不得分: nothing done scores nothing, as the sum of no counts does
        if len(matched) != 1 or gate is not None:
            raise Unplaced(clause, "不得分的情形无法对应到某一种计分情形（请写明哪一种未发生时不得分）", certain=True)
        gate, gate_text = matched[0], what
    return CountedAwards(tuple(kinds), limit, uncapped, gate, gate_text, tuple(excluded))

