"""Clauses of a 评分标准 and the grammar of one clause.

The token stream (``text/lexicon.py``) is cut into fragments at every separator (；。， : and list
markers). Each fragment is read by a small recursive-descent grammar into a ``Clause``: a condition on
the measure, an outcome (points, 满分, 不得分, a formula), a step deduction, a cap, 否则, a reference
(以100%为标准), a list marker. A fragment that only states a condition joins the outcome that follows
it (``低于90%；得分=…``, ``80%-90%，计4分``), and a step joins its deduction (``每少10%，扣1分``).

Conservation: every number in a clause that scores (points, conditions, steps) must be consumed by its
grammar, or the clause is unread and the rule refused naming it. Clauses with no scoring word are
context (definitions, descriptions, evidence requirements) and are kept as such.
"""

from __future__ import annotations

import re
from dataclasses import field, replace
from decimal import Decimal
from .. import TYPE_CHECKING

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.measure_sides import WHICH_WAY_UNSAID
from ..text.numbers import general_text
from ..text.lexicon import BASE_REFS, COMPLETION_SHARE, COUNT_UNITS, MONEY_SCALE, POINTS_OFF_TARGET, REDUCTIONS, TASK_QUANTITIES, Token, range_start_in_multiplier, tokenize
from .boundaries import band_after_points, bracketed_clauses, listed_band
from .highest_note import highest_note
from .measured_points import measured_points
from .piecewise import ONE, TARGET, FromTarget, Interval
from .signs import signed_condition

if TYPE_CHECKING:
    from typing import Any

SCORING_KINDS = frozenset(
    {"PTS", "FULL", "ZERO", "DEDUCT", "ADD", "ETC", "CAP", "CAP_ALL", "CLAMP", "SCORE_IS", "PROP", "MANUAL", "SCORING", "POLICY",
     "INTERP", "PROP_BOTH"}
)


@dataclass
class Condition:
    interval: Interval
    unit: str  # the unit written with its numbers ("" for bare numbers, which take the rule's unit)
    bare: tuple[bool, bool] = (False, False)  # which ends were written without a unit

    def bare_numbers(self) -> list[Decimal]:
        """The ends written as numbers without a unit (a bound at the target is none)."""
        return [value for value, unmarked in zip(self.interval.bounds(), self.bare) if unmarked and isinstance(value, Decimal)]


@dataclass
class Clause:
    """One clause of a 评分标准 (between ；。 and the like): its tokens and what it was read to say."""

    text: str
    start: int
    end: int
    tokens: list[Token]
    marker: str | None = None
    condition: Condition | None = None
    # ("points", Decimal|None) ("formula", text) ("prop", None) ("minus", Decimal) ("span", (low, high)) ("shortfall", None)
    # ("share", Decimal: 得80%分) ("interp", None: 按线性内插赋分) ("both", None: 未完成或超额完成按比例扣分或加分)
    outcome: tuple[str, Any] | None = None
    step: tuple[str, Decimal, str] | None = None  # direction, size, unit
    per: Decimal | None = None  # 扣N分 of a step or an occurrence
    per_of_full: bool = False  # 每降低1%扣分值的1%: ``per`` is a share of the 分值
    added: Decimal | None = None  # 加N分 of a step (每超过10个百分点加1分): points added, never deducted
    occurrence: tuple[Decimal, str, str] | None = None  # 每出现1个社区未…: count, unit, what
    # ("points", N) | ("all", None) | ("added", N): 最多加2分 | ("added_base", None): 加分至基本分值封顶 | ("total", N): 总分最高不超过16分
    cap: tuple[str, Decimal | None] | None = None
    clamp: bool = False
    otherwise: bool = False
    reference: tuple[Decimal, str] | None = None
    manual: bool = False
    policy: str | None = None  # exact (按比例扣分) | floor (不足一档不扣分)
    all_met: bool = False
    except_words: bool = False
    definition: bool = False  # 执行率=支出/预算×100%: names the measure, scores nothing
    stated_total: Decimal | None = None  # (本项5分): the points the whole rule gives
    tiers: list[Condition] = field(default_factory=list)  # 按分值区间100%-80%(含)、80%-60%(含)…合理确定
    negated: bool = False  # 不齐全的扣2分: a deduction under a negated situation
    unread: list[Token] = field(default_factory=list)  # numbers the grammar could not place
    label: str = ""  # the words before the condition (the subject: 满意度, 预算执行率)
    per_period: str = ""  # 至少每季度召开1次: the level is per period (每季度), not for the whole year
    deadline: str = ""  # 2024年12月31日前完成得满分 beside lateness: the planned date on time is by

    @property
    def total_only(self) -> bool:
        """共计10分 / (本项5分) / (满分5分) after the rule: the points in all, said again, and nothing else."""
        tokens = self.tokens
        return self.stated_total is not None and (len(tokens) == 2 or _bracketed_total(tokens) is not None)

    @property
    def scoring(self) -> bool:
        if self.total_only:
            return False  # 共计10分: the points in all, said again (scores nothing itself)
        if self.step is not None or self.reference is not None or self.cap is not None or (
                self.outcome is not None and self.outcome[0] in ("formula", "share")):
            return True
        # a scoring word (points and 满分 among them), or a score verb after a condition: 80%-90%得 (cut off)
        # (one loop: this is asked a dozen times a parse, and any() over generators cost more than the tests)
        # (…在7日内作出给予援助决定: 给予 before a word is what is done within the limit, never a score cut off)
        verb = False
        tokens = self.tokens
        for index, token in enumerate(tokens):
            kind = token.kind
            if kind in SCORING_KINDS:
                return True
            verb = verb or (kind == "VERB" and not (token.text == "给予" and index + 1 < len(tokens) and tokens[index + 1].kind == "WORD"))
        return verb and self.condition is not None

    @property
    def announces_method(self) -> bool:
        """满意度赋分 / 按区间进行赋分 / 按超过的比重赋分 / 计算公式为: names the kind of method that
        follows, scores nothing itself."""
        kinds = {token.kind for token in self.tokens}
        if self.tokens and self.outcome is not None and (
                (self.tokens[0].kind == "OTHER" and self.tokens[0].text.startswith(("否则", "其余")))
                or self.tokens[0].kind == "CMP"):  # (not 其他定量指标按比例赋分)
            # 否则按完成比例计分 / 未达到的，按完成比例计分 / 未达到目标值按实际完成比例计分: the other cases' method,
            # not a heading over the rest (with its condition too: once dropped as a heading, short of the target
            # scored 0)
            return False
        allowed = {"WORD", "SCORING", "PROP", "BY", "AND", "DE", "OTHER", "CMP", "REF"}  # (按完成时序目标进度得分)
        if "SCORING" in kinds and kinds <= allowed:
            return True
        # 应根据超计划时间占计划完成时间百分比扣分: how deductions are measured, their size said after
        return bool(self.tokens) and self.tokens[-1].kind == "DEDUCT" and kinds <= allowed | {"DEDUCT"} and \
            self.text.startswith(("根据", "应根据", "按照", "应按照", "按", "应按"))

    @property
    def has_outcome(self) -> bool:
        return self.outcome is not None or self.per is not None or self.added is not None or self.manual

    def words(self) -> str:
        return "".join(t.text for t in self.tokens if t.kind == "WORD")


# 20分为上限 / 20分为最高限: a number of points then the word of a limit, never a list number and a word
_SCORE_CEILING_WORDS = ("分为上限", "分为最高限")
_POINTS_LIMIT_WORDS = _SCORE_CEILING_WORDS + ("分为限",)
# whose ceiling the words before it say: the score's (nothing, 总分, 得分, 本项) or the points added or deducted
_CEILING_OF = {"": "total", "则": "total", "总分": "total", "得分": "total", "本项": "total", "该项": "total",
               "加分": "added", "扣分": "points"}


def fragments(text: str) -> list[Clause]:
    tokens = bracketed_clauses(tokenize(text))
    result: list[Clause] = []
    current: list[Token] = []
    marker: str | None = None
    marker_at = 0

    def close() -> None:
        nonlocal current, marker
        if current:
            start, end = current[0].start, current[-1].end
            result.append(Clause(text[start:end], start, end, measured_points(current), marker))
        elif marker is not None:
            result.append(Clause("", marker_at, marker_at, [], marker))
        current, marker = [], None

    depth = 0
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            not current and marker is None and token.kind == "NUM" and not token.unit and token.value is not None
            and token.value == int(token.value) and 0 < token.value <= 30 and following is not None
            and following.kind in ("WORD", "BY") and following.start == token.end
            and not following.text.startswith(_POINTS_LIMIT_WORDS)  # (20分为上限: the score's ceiling, no list number)
        ):
            marker, marker_at = token.text + "、", token.start  # 2按月报送工作月报1分: a list number that lost its 、
            continue
        depth += {"OPEN": 1, "CLOSE": -1}.get(token.kind, 0)
        if current and current[0].kind == "SCORE_IS" and token.kind in ("WORD", "CMP", "VERB", "ZERO") \
                and "\u4e00" <= token.text[0] <= "\u9fff" and current[-1].kind == "NUM" and not current[-1].unit and depth == 0:
            close()  # 得分=70×实际达标率-63粪大肠菌群不计入考核: the formula ends at its last number
        if depth == 0 and band_after_points(current, token, following):
            close()  # 0-10%,0.5分超过10%,1分 / ±30%(含)以内得3分 ±30%-±35%(含)以内得2分: the copy lost the separator
        if depth == 0 and listed_band(current, token, following, tokens[index + 2] if index + 2 < len(tokens) else None):
            close()  # 100%及以上记5分、90%（含）至100%记4分: bands listed with 、
            continue
        if depth == 0 and current and token.kind == "WORD" and _situation_starts(current, tokens, index):
            close()  # 满意度≥90%得5分弄虚作假的不得分 / …以上不得分弄虚作假的不得分 / ≥90%弄虚作假的不得分: a situation of its own
        if token.kind == "SEP" and token.value == "soft" and depth > 0:
            current.append(token)  # a comma inside a parenthesis does not end the clause
        elif token.kind == "SEP":
            depth = 0
            close()
        elif token.kind == "MARK":
            close()
            marker, marker_at = token.text, token.start
        else:
            current.append(token)
            # "(1分)" ends an item of a checklist written without separators: 设有制度(1分)制度执行(2分)
            if token.kind == "CLOSE" and len(current) >= 3 and current[-2].kind == "PTS" and (
                current[-3].kind == "OPEN" or _span_group(current[-5:])
            ):
                close()  # …(1分) / 优(12-15分): an item or a tier ends with its points
            elif token.kind == "CLOSE" and _bare_points(current) is not None:
                close()  # 完成50%及以上(5)完成30%及以上(4): a band ends with its points in brackets
    close()
    return result


class _Reader:
    """Reads one fragment's tokens left to right; each method consumes a construction or returns None."""

    def __init__(self, clause: Clause) -> None:
        self.clause = clause
        self.tokens = clause.tokens
        self.i = 0

    def peek(self, offset: int = 0) -> Token | None:
        index = self.i + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def kind(self, offset: int = 0) -> str:
        token = self.peek(offset)
        return token.kind if token else ""

    def skip_fillers(self) -> None:
        while self.kind() in ("DE",):
            self.i += 1

    def skip_counting_note(self) -> None:
        """典型信息5条(以《桐梓新农村动态》采用为标准)的计2.5分: how the count is taken, in words, between it and its award."""
        close = _group_end(self.tokens, self.i) if self.kind() == "OPEN" else None
        if close is None or close + 1 >= len(self.tokens) or self.tokens[close + 1].kind not in ("DE", "VERB") \
                or not all(t.kind in ("WORD", "DE", "BY", "STD_OPEN", "STD_CLOSE") for t in self.tokens[self.i + 1:close]):
            return
        self.i = close + 1
        self.skip_fillers()

    # ---------------------------------------------------------------- constructions

    def number(self) -> tuple[Token, bool | None] | None:
        """NUM [(含)|(不含)]"""
        if self.kind() != "NUM":
            return None
        token = self.tokens[self.i]
        self.i += 1
        inclusive = None
        if self.kind() == "INCL":
            inclusive = self.tokens[self.i].value
            self.i += 1
        else:
            inclusive = self.restated_inclusion(token)
        return token, inclusive

    def restated_inclusion(self, token: Token) -> bool | None:
        """(含10%) / (不含10%) naming ``token`` again: whether it is included; None when absent."""
        if (
            self.kind() == "OPEN" and self.kind(1) == "WORD" and self.peek(1).text in ("含", "不含")  # type: ignore[union-attr]
            and self.kind(2) == "NUM" and _restates(self.peek(2), token) and self.kind(3) == "CLOSE"  # type: ignore[union-attr]
        ):
            self.i += 4
            return self.tokens[self.i - 3].text == "含"
        return None

    def mark_after_suffix(self, token: Token) -> bool | None:
        """10%以内(含10%) / 90%以上(不含本数): the mark said after 以上/以下/以内 — whether ``token`` is included."""
        restated = self.restated_inclusion(token)
        if restated is None and self.kind() == "INCL":
            restated = self.tokens[self.i].value
            self.i += 1
        return restated

    def condition(self) -> Condition | None:
        start = self.i
        for attempt in (self._between, self._tolerance, self._compared, self._range, self._suffixed, self._reaches_target):
            self.i = start
            found = attempt()
            if found is not None:
                return found
        self.i = start
        return None

    def _between(self) -> Condition | None:
        """80%≤满意度<90% / 目标值的80%≤满意度<目标值"""
        shared_low = self._target_share_before()
        low = self.number()
        if low is None or self.kind() != "CMP" or self.peek().value not in ("<", "<="):  # type: ignore[union-attr]
            return None
        low_op = self.tokens[self.i].value
        self.i += 1
        subject = self.i
        while subject < len(self.tokens) and self.tokens[subject].kind in _NAMED_BETWEEN:
            subject += 1
        if "".join(t.text for t in self.tokens[self.i:subject]).endswith("占标准的比例"):
            self.i = subject  # 90%≤实际值占标准的比例<100% (the 规范写法 of a share of a standard): 标准 named in it
        while self.kind() in ("WORD", "STEPV"):  # 10%<偏差率≤20%: the subject between the bounds
            self.i += 1
        if self.kind() in _NAMED_BETWEEN and subject < len(self.tokens) and self.tokens[subject].kind == "CMP":
            # 70%≤…评查优良率<80% / 90%≤免费检查目标任务完成率<100% / 60%≤…使用时数<80% (the 规范写法 of a middle band):
            # words the lexicon reads otherwise (评, 目标任务, 时) inside the subject's name, between the bounds
            self.i = subject
        if self.kind() != "CMP" or self.peek().value not in ("<", "<="):  # type: ignore[union-attr]
            return None
        high_op = self.tokens[self.i].value
        self.i += 1
        shared_high = self.kind() == "REF" and self._share_of() == 2
        if shared_high:
            self.i += 2  # 满意度<目标值的90%
        elif self.kind() == "REF":  # 80%≤完成率<目标值: the rung below the target's (a 规范写法 writes it so)
            self.i += 1
            below = _make(low[0], low_op == "<=", None, False)
            below.interval = replace(below.interval, high=TARGET, high_inclusive=high_op == "<=")
            return self._shared(below, shared_low, False)
        high = self.number()
        if high is None:
            return None
        return self._shared(_make(low[0], low_op == "<=", high[0], high_op == "<="), shared_low, shared_high)

    def _target_share_before(self) -> bool:
        """目标值的80%≤…: the number just read is a share of the entered target, named before it (once the 目标值的
        was skipped and the rung compared with a rate of 80%: 75% against a target of 90%, 72% needed, scored 0)."""
        return self.i >= 2 and self.tokens[self.i - 2].kind == "REF" and self.tokens[self.i - 1].kind == "DE" \
            and self.kind() == "NUM" and self.peek().unit == "%"  # type: ignore[union-attr]

    @staticmethod
    def _shared(condition: Condition, low: bool, high: bool) -> Condition | None:
        """The bounds that are shares of the target (目标值的80%≤…<目标值的95%) as such."""
        interval = condition.interval
        for shared, side in ((low, "low"), (high, "high")):
            if shared:
                value = getattr(interval, side)
                if not isinstance(value, Decimal) or value <= 0:
                    return None
                interval = replace(interval, **{side: FromTarget(factor=value)})
        return replace(condition, interval=interval)

    def _tolerance(self) -> Condition | None:
        """±5%以内 / ±5-10%以内 / ±10%以外 / 在±5%(含)以内"""
        if self.kind() != "PM":
            return None
        self.i += 1
        first = self.number()
        if first is None:
            return None
        second = None
        if self.kind() == "RANGE":
            self.i += 1
            if self.kind() == "PM":
                self.i += 1
            second = self.number()
            if second is None:
                return None
        if self.kind() == "SUF" and self.peek().value in ("within", "outside"):  # type: ignore[union-attr]
            where = self.tokens[self.i].value
            self.i += 1
        elif second is not None:
            where = "within"  # ±5%至±10%(含)
        else:
            return None
        if second is not None:
            if where != "within":
                return None
            # ±a-b%以内 is (a, b]: a belongs to the tighter band (±a%以内), b is 以内 (included)
            condition = _make(first[0], bool(first[1]), second[0], second[1] is not False)
        elif where == "within":
            condition = _make(None, True, first[0], first[1] is not False)
        else:
            condition = _make(first[0], bool(first[1]), None, False)
        condition.interval = replace(condition.interval, magnitude=True)
        return condition

    def _share_of(self) -> int:
        """How many tokens name the base of a share before its percentage (可种面积的 / 可种面积(新增水田面积)的)."""
        kinds = [self.kind(k) for k in range(6)]
        for pattern in (["WORD", "DE", "NUM"], ["REF", "DE", "NUM"], ["WORD", "OPEN", "WORD", "CLOSE", "DE", "NUM"]):
            if kinds[:len(pattern)] == pattern and self.peek(len(pattern) - 1).unit == "%":  # type: ignore[union-attr]
                return len(pattern) - 1
        return 0

    def _compared(self) -> Condition | None:
        """≥90% / 达到95%(含)以上 / 不足50% / 达到目标值2910人 / ≥80%且<90% / 超过±10%"""
        if self.kind() != "CMP":
            return None
        op = self.tokens[self.i].value
        compared_at = self.i
        self.i += 1
        if self.kind() == "PM" and op in (">", ">=", "<", "<="):
            self.i += 1  # 超过±10%: the deviation's size beyond the tolerance
            value = self.number()
            if value is None:
                return None
            token, inclusive = value
            condition = _one_sided(op, token, inclusive)
            condition.interval = replace(condition.interval, magnitude=True)
            return condition
        named = False
        # ＜规定数的80% (a symbol; not 低于合同计划的20% in a grade's description, nor 超过目标值的10%: by how much)
        if op in (">=", "<", "<=") and self.kind() == "REF" and self._share_of():
            # 达到目标值的90% / 低于目标值的80%: a share of the entered target (a rate of 75% against a target of 80%
            # reaches 90% of it), not a rate of 90% (超过目标值的10% is by how much, and stays below)
            self.i += self._share_of()
            return self._share_of_target(op)
        share_of = self._share_of() if op == ">=" or (op in ("<", "<=") and self.tokens[self.i - 1].text in "<＜≤<=") else 0
        if share_of:
            self.i += share_of  # 达到可种面积(新增水田面积)的90%: a share of a base named in words
        refs = []
        while self.kind() in ("REF", "WORD") and self.kind(1) in ("NUM", "REF"):
            if self.kind() == "WORD" and EVERY_PERIOD.match(self.tokens[self.i].text) and self.kind(1) == "NUM":
                # 至少每季度召开1次: a level per period (4 a year), which a count for the year would misread
                self.clause.per_period = EVERY_PERIOD.match(self.tokens[self.i].text).group()  # type: ignore[union-attr]
                return None
            named = named or self.kind() == "REF"
            if self.kind() == "REF":
                refs.append(self.tokens[self.i].text)
            self.i += 1
        if self.kind() == "REF":
            self.i += 1
        marked = None
        if self.kind() == "INCL" and self.kind(1) == "NUM" and op in ("<", ">"):
            marked = self.tokens[self.i].value  # 低于(含)90%: the mark written before its number
            self.i += 1
        value = self.number()
        if value is None:
            return None
        token, inclusive = value
        if marked is not None:
            if inclusive is not None and inclusive != marked:
                return None  # 低于(含)90%(不含): contradictory
            inclusive = marked
        if named and op in ("<", ">"):
            # 超过年度计划目标10%以下 / 低于目标值35天: by how much it passes or misses the target (达到目标值2910人
            # names the target's own value)
            return self._off_target(op, token, inclusive)
        if op == "<=" and token.unit == "%" and token.value and any(ref in BASE_REFS for ref in refs):
            # 不超过预算10% / 不高于上年5%: by how much it may pass the budget or last year's value (至多其110%), never
            # a rate of 10% (a budget is an amount: read so, 105% of it scored 0) — when what is compared is that
            # amount itself (支出, 成本, 决算); 结余资金不超过预算10% / 管理费用不超过预算3% is a part within 10% of it
            if not self._measures_the_base(compared_at):
                self.clause.unread.append(token)
                return None
            if self.kind() == "SUF" and self.peek().value in ("<=", "within"):  # type: ignore[union-attr]
                self.i += 1  # 不超过预算10%以内: said twice
            return Condition(Interval(high=FromTarget(factor=ONE + token.value), high_inclusive=inclusive is not False),
                             token.unit, (False, False))
        if self.kind() == "SUF" and self.peek().value in (">=", "<="):  # type: ignore[union-attr]
            suffix = self.tokens[self.i].value
            self.i += 1
            if (suffix == ">=") != (op in (">=", ">", "=")):
                return None  # 低于90%以上: contradictory
            # 达到95%以上(不含) / 达到95%以上(不含95%): the mark after 以上 is the number's, as after a bare 95%以上
            # (it was dropped: 95% scored the band above it)
            marked = self.mark_after_suffix(token)
            if marked is not None:
                if inclusive is not None and inclusive != marked:
                    return None  # 达到95%(含)以上(不含): contradictory
                inclusive = marked
        condition = _one_sided(op, token, inclusive)
        if (self.kind() == "AND" and self.kind(1) == "CMP") or (self.kind() == "CMP" and self.kind(1) in ("NUM", "REF")):
            if self.kind() == "AND":
                self.i += 1
            other = self._compared()
            if other is None:
                return None
            return _intersect(condition, other)
        return condition

    def _measures_the_base(self, compared_at: int) -> bool:
        """支出不超过预算10% / 单位成本不高于上年5% / 不超过预算10% (nothing named): the amount the budget or last year
        sets, passing it by at most 10%; not 结余资金 / 管理费用 / 调整金额 (a part of the budget: within 10% of it)."""
        before = self.tokens[compared_at - 1] if compared_at else None
        if before is None or before.kind != "WORD":
            return before is None or before.kind in ("MARK", "DE")
        return before.text.endswith(_THE_BASE_ITSELF) and _PART_OF_THE_BASE.search(before.text) is None

    def _share_of_target(self, op: str) -> Condition | None:
        """达到目标值的90% → [目标值的90%, ∞) / 低于计划的80% → (−∞, 目标值的80%)."""
        value = self.number()
        if value is None:
            return None
        token, inclusive = value
        if self.kind() == "SUF" and self.peek().value in (">=", "<="):  # type: ignore[union-attr]
            if (self.peek().value == ">=") != (op == ">="):  # type: ignore[union-attr]
                return None  # 低于目标值的90%以上: contradictory
            self.i += 1
        return self._shared(_one_sided(op, token, inclusive), op == ">=", op != ">=")

    def _off_target(self, op: str, token: Token, inclusive: bool | None) -> Condition | None:
        """超过年度计划目标10%以下 → (目标值, 目标值的110%); 超过…20%以上 → [目标值的120%, ∞); 低于目标值35天 →
        (−∞, 目标值-35天]: the distance from the target, as a share of it (%) or in the target's own unit.
        Without 以上/以下 the distance written is where the band starts (低于目标值35天为0分)."""
        if token.value is None or token.value <= 0:
            self.clause.unread.append(token)
            return None
        above = op == ">"
        if self.kind() == "RANGE" and self.kind(1) == "NUM" and (in_points(token) or in_points(self.tokens[self.i + 1])):
            return self._points_range_off_target(above, token, inclusive)
        share = token.unit == "%" and not in_points(token)
        if not above and share and inclusive is None \
                and not (self.kind() == "SUF" and self.peek().value in (">=", "<=", "within")):  # type: ignore[union-attr]
            # 低于目标值80%的不得分: below 80% of the target, or 80% short of it (below its 20%)? Unmarked (no 的, no
            # 以上/以内, no (含)), both are written so — once read as the latter only, 75% of the target scoring full
            # marks (the 规范写法's 低于目标值20%(不含) marks its distance, and reads back)
            self.clause.unread.append(token)
            return None
        off = _set_off(token, above)
        suffix = None
        if self.kind() == "SUF" and self.peek().value in (">=", "<=", "within"):  # type: ignore[union-attr]
            suffix = self.tokens[self.i].value
            self.i += 1
        if suffix in ("<=", "within"):  # 超过目标10%以下: between the target and that distance
            if inclusive is None:
                inclusive = self.restated_inclusion(token)  # 超过目标10%以内(含10%)
            # unmarked, 以下/以内 take their number (10%以下 is ≤10%), as everywhere else: exactly 10% over is
            # in this band, not the next one
            interval = Interval(low=TARGET, low_inclusive=False, high=off, high_inclusive=inclusive is not False) if above else \
                Interval(low=off, low_inclusive=inclusive is not False, high=TARGET, high_inclusive=False)
        else:  # 超过目标20%以上 / 低于目标值35天: that distance or more
            closed = inclusive is not False
            interval = Interval(low=off, low_inclusive=closed) if above else Interval(high=off, high_inclusive=closed)
        return Condition(interval, token.unit, (not token.unit, not token.unit))

    def _points_range_off_target(self, above: bool, near: Token, near_inclusive: bool | None) -> Condition | None:
        """低于序时进度5至10个百分点: between two distances in the rate's points, neither end held unless marked: 5 is the
        band's before it (…5个百分点（含）以内), 10 the one of 10个百分点以上 (以上 keeps its number), in whichever order the
        bands are written; a range of shares (低于目标值5%至10%: of it, or that far short?) is not read."""
        self.i += 1
        second = self.number()
        if second is None or second[0].unit != "%":
            self.clause.unread.append(near)
            return None
        far, far_inclusive = second
        if not near.unit:
            near = replace(near, unit="%", value=_in_unit(near, far))
        if far.value is None or near.value is None or far.value <= near.value or near.value <= 0:
            self.clause.unread.append(near)
            return None
        near_bound, far_bound = _set_off(near, above, points=True), _set_off(far, above, points=True)
        near_closed, far_closed = near_inclusive is True, far_inclusive is True
        interval = Interval(low=near_bound, low_inclusive=near_closed, high=far_bound, high_inclusive=far_closed) if above \
            else Interval(low=far_bound, low_inclusive=far_closed, high=near_bound, high_inclusive=near_closed)
        return Condition(interval, "%", (False, False))

    def short_by(self) -> Condition | None:
        """比下达任务低5%以内(含5%) / 低5%-10% / 低超过10%: bands of how far the value falls below the target
        (of it, for %; in its unit otherwise), read as bands of the value against the target. A shortfall's
        range starts where the band before it (…以内, inclusive) ends, so 5% of 低5%-10% is that band's."""
        start = self.i
        self.i += 1
        if self.kind() == "CMP" and self.peek().value in (">", ">="):  # type: ignore[union-attr]  # 低超过10%
            closed = self.peek().value == ">="  # type: ignore[union-attr]
            self.i += 1
            value = self.number()
            if value is None or value[0].value is None or value[0].value <= 0:
                self.i = start
                return None
            token, inclusive = value
            if self.kind() == "SUF" and self.peek().value == ">=":  # type: ignore[union-attr]
                self.i += 1
            return Condition(Interval(high=_set_off(token, False), high_inclusive=closed or inclusive is True),
                             token.unit, (not token.unit, not token.unit))
        value = self.number()
        if value is None or value[0].value is None or value[0].value <= 0:
            self.i = start
            return None
        first, first_inclusive = value
        if self.kind() == "RANGE":
            self.i += 1
            second = self.number()
            if second is None or second[0].value is None or second[0].value == first.value:
                self.i = start
                return None
            last, last_inclusive = second
            if not first.unit:  # 低5-10%: the bare 5 is 5% (compared as 5 against 0.1, the two ends once swapped)
                first = replace(first, unit=last.unit, value=_in_unit(first, last))
            if last.value < first.value:  # type: ignore[operator]  # 比计划低5%-3%: the nearer one written last
                (first, first_inclusive), (last, last_inclusive) = (last, last_inclusive), (first, first_inclusive)
            if first.unit != last.unit:
                self.i = start
                return None
            points = in_points(first) or in_points(last)  # 低5-10个百分点: the unit said once, for both
            return Condition(Interval(low=_set_off(last, False, points), low_inclusive=last_inclusive is not False,
                                      high=_set_off(first, False, points), high_inclusive=first_inclusive is True),
                             last.unit, (not last.unit, not last.unit))
        if self.kind() == "SUF" and self.peek().value in ("<=", "within"):  # type: ignore[union-attr]  # 低5%以内
            self.i += 1
            if first_inclusive is None:
                first_inclusive = self.restated_inclusion(first)
            return Condition(Interval(low=_set_off(first, False), low_inclusive=first_inclusive is not False, high=TARGET),
                             first.unit, (not first.unit, not first.unit))
        if self.kind() == "SUF" and self.peek().value == ">=":  # type: ignore[union-attr]  # 低10%以上
            self.i += 1
            return Condition(Interval(high=_set_off(first, False), high_inclusive=first_inclusive is not False),
                             first.unit, (not first.unit, not first.unit))
        self.i = start
        return None

    def _range(self) -> Condition | None:
        """80%-90% / 85%(含)-95% / 0-5%(含) / 85%及以上95%以下 / 80%及以上100%以下"""
        first = self.number()
        if first is None:
            return None
        if self.kind() == "RANGE":
            self.i += 1
            second = self.number()
            if second is None:
                return None
            if first[1] is None and second[1] is None and first[0].value != second[0].value:
                # 12㎡-15㎡(不包括12㎡): the bracket after the range names its lower end; 提高2～5个百分点(不含5): its upper
                first = (first[0], self.restated_inclusion(first[0]))
                if first[1] is None:
                    second = (second[0], self.restated_inclusion(second[0]))
            if self.kind() == "SUF" and self.peek().value == "within":  # type: ignore[union-attr]
                self.i += 1
            first = (range_start_in_multiplier(first[0], second[0]), first[1])  # 15-20万人次: 15万 to 20万人次
            low, high = first, second
            if _in_unit(low[0], high[0]) > _in_unit(high[0], low[0]):
                # 100%-80%(含)、80%-60%(含)、60%-0%: written from the top, the lower end included unless marked,
                # the upper one only when marked or at 100% (it belongs to the tier above)
                top = low[1] is True or ("%" in (low[0].unit, high[0].unit) and _in_unit(low[0], high[0]) == 1)
                return _make(high[0], high[1] is not False, low[0], top)
            made = _make(low[0], low[1] is not False, high[0], bool(high[1]))
            if high[1] is None:
                made.interval = replace(made.interval, conventional_high=True)
            return made
        if self.kind() == "SUF" and self.peek().value == ">=":  # type: ignore[union-attr]
            self.i += 1
            if self.kind() == "RANGE" and self.kind(1) == "NUM":
                # 15分钟以上至20分钟(含) / 80%以上至90%: 以上 then 至 — the range's two ends, as 15至20分钟(含) (its lower
                # end the band below's when that one says it, as 15分钟以上20分钟以下 shares it)
                self.i += 1
                second = self.number()
                if second is None:
                    return None
                made = _make(range_start_in_multiplier(first[0], second[0]), True, second[0], bool(second[1]))
                if second[1] is None:
                    made.interval = replace(made.interval, conventional_high=True)
                return made
            if self.kind() == "NUM":
                second = self.number()
                if second is None or self.kind() != "SUF" or self.peek().value not in ("<=", "within"):  # type: ignore[union-attr]
                    return None
                within = self.peek().value == "within"  # type: ignore[union-attr]
                self.i += 1
                # 85%及以上95%以下: 以下 after 以上 closes the band below its number; 逾期3个月以上6个月以内: 以内 takes its
                # number, as 3个月以内 does in the band before (6个月 shared with 6个月以上 is then settled as 3个月 is);
                # a mark says otherwise (…3个月以内(含) / (含3个月))
                marked = second[1] if second[1] is not None else self.mark_after_suffix(second[0])
                return _make(first[0], True, second[0], within if marked is None else marked)
            if self.kind() == "CMP" and self.peek().value in ("<", "<="):  # type: ignore[union-attr]
                op = self.tokens[self.i].value
                self.i += 1
                second = self.number()
                if second is None:
                    return None
                return _make(first[0], True, second[0], op == "<=")
            self.i -= 1
        return None

    def _suffixed(self) -> Condition | None:
        """90%以上 / 80%以下 / 100%(a bare level before an outcome: 合格率100%得满分)"""
        value = self.number()
        if value is None:
            return None
        token, inclusive = value
        if self.kind() == "SUF" and self.peek().value in (">=", "<=", "within"):  # type: ignore[union-attr]
            op = {"within": "<="}.get(self.tokens[self.i].value, self.tokens[self.i].value)
            self.i += 1
            restated = self.mark_after_suffix(token)
            if restated is not None and inclusive is not None and restated != inclusive:
                return None  # 95%(含)以上(不含): contradictory
            return _one_sided(op, token, inclusive if restated is None else restated)
        self.skip_fillers()
        self.skip_counting_note()
        position = self.tokens.index(token)
        subject_before = position > 0 and self.tokens[position - 1].kind in ("WORD", "REF")
        # "100%" (or "100%符合") as its own clause, its points after a colon: 100%:5分
        rest = self.tokens[self.i:]
        alone = position == 0 and all(t.kind == "WORD" for t in rest) and sum(len(t.text) for t in rest) <= 3
        if position > 0 and self.tokens[position - 1].kind in ("TIMES", "OVER"):
            return None
        if subject_before and self.tokens[position - 1].text.endswith("于"):
            return None  # 公示时间不计于10天: a comparison damaged or unknown (…于), not 10天 exactly
        bracketed = self.kind() == "OPEN" and self.kind(1) == "PTS" and self.kind(2) == "CLOSE" and token.unit == "%" \
            and token.value == 1  # 资金到位100%(14分): reaching all of it (not 局限性50(40分), an OCR'd 不足50)
        if self.kind() in ("VERB", "FULL", "ZERO", "PTS", "DEDUCT") or (self.kind() == "" and subject_before) or alone or bracketed:
            self.i = len(self.tokens) if alone else self.i
            return _one_sided("=", token, inclusive)
        return None

    def _reaches_target(self) -> Condition | None:
        """达到指标值 / 未达到目标值 (the entered target is the bound)"""
        if self.kind() != "CMP":
            return None
        # 不低于市政府下达的基本农田保护面积考核指标: words naming the target before it
        ahead = 1
        while self.kind(ahead) in ("WORD", "DE", "OPEN", "CLOSE") and ahead < 8:  # (…农业(涵盖设施农业)任务: a note in words)
            ahead += 1
        assigned = self.kind(1) == "WORD" and self.tokens[self.i + 1].text.endswith("下达") and self.kind(2) == "DE" \
            and self.kind(3) == "WORD" and self.kind(4) in ("DE", "") and not any(c.isdigit() for c in self.tokens[self.i + 3].text)
        if assigned:  # 大于或等于规划下达的耕地保有量: a quantity as assigned is the target, whatever it is named
            ahead = 3
        elif self.kind(ahead) != "REF" or (ahead > 1 and self.tokens[self.i + ahead].text not in _NAMED_TARGETS):
            return None
        op = self.tokens[self.i].value
        self.i += ahead + 1
        if self.kind() == "NOTE":
            self.i += 1
        if self.kind() == "NUM":
            return None
        if op == "=":  # 完成值=目标值: at the target itself, neither over nor under it (not "达到", which is at least)
            return Condition(Interval(low=TARGET, low_inclusive=True, high=TARGET, high_inclusive=True), "")
        interval = Interval(low=TARGET, low_inclusive=op == ">=") if op in (">=", ">") else Interval(
            high=TARGET, high_inclusive=op == "<="
        )
        return Condition(interval, "")


_THIS_ITEM = frozenset({"该项", "此项", "本项", "该指标", "本指标"})  # 检查结果为合格，该项得20分: the item scoring
# (本款3分: the points of the numbered part — 款 — it is said in, as 本项3分 is the item's)
_TOTAL_WORDS = frozenset({"共计", "总计", "合计", "总分", "共", "本项共", "本项", "本款", "本指标", "本项合计"})
_POINTS_NAMED = frozenset({"分值", "指标分值", "本项分值", "该项分值"})  # 分值2分 (not 满分5分, which may award)
PERIODS = ("季度", "半年", "学期", "月", "季", "年", "周")  # (longest first: 季度 before 季)
EVERY_PERIOD = lazy_compile(rf"每({'|'.join(PERIODS)})")  # 每季度召开1次 / 每月未开展…扣0.5分: how often
_FLAGS = {"MANUAL": "manual", "ALL_MET": "all_met", "EXCEPT": "except_words"}
# targets named at length (市政府下达的…考核指标 / 省下达的目标任务), not a bare 目标 in passing
_NAMED_TARGETS = frozenset({"考核指标", "下达指标", "目标任务", "下达任务", "计划任务", "年度目标值", "年度指标值", "目标值", "指标值",
                            "计划值", "计划数", "目标数", "计划完成数", "任务", "计划", *TASK_QUANTITIES,
                            "进度目标", "计划目标", "年度计划目标", "控制目标", "年度控制目标", "考核目标", "目标要求",
                            "预期目标", "预期指标", "预期值", "责任指标", "年度责任指标", "责任目标", "年度责任目标"})


_SOME_OF = frozenset({"部分", "一定", "适当", "少量", "相当", "较少", "较多"})
_SHARE_OF = ("一半", "半数", "大半", "多半", "部分", "大部分", "小部分", "几分之", "二分之", "三分之", "四分之", "五分之")
_RATE_NAMED = lazy_compile(r"(?:实际)?[\u4e00-\u9fff]{0,8}(?:完成率|执行率|到位率|达标率|覆盖率)(?:计算|核定|折算)?")
_FORMULA_KINDS = frozenset({"WORD", "REF", "NUM", "PTS", "FULL", "OVER", "TIMES", "PLUS", "OPEN", "CLOSE"})


# (共2分) in brackets stays a part's own points: 1、…未建立组织机构的,扣0.5分;未…落实专人负责的,扣0.5分。(共2分) is two
# columns run together, never read from a total
_TOTAL_OF = frozenset({"本项", "本款", "该项", "本指标", "该指标", "此项", "总分"})


def _bracketed_total(tokens: list[Token]) -> Decimal | None:
    """The points in all, in brackets of their own: (满分5分) / (本项满分3分) / (该项分值3分) / (总分4分)."""
    inside = tokens[1:-1]
    if tokens[0].kind != "OPEN" or tokens[-1].kind != "CLOSE" or not 2 <= len(inside) <= 3 or inside[-1].kind != "PTS":
        return None
    words = inside[:-1]
    if [t.kind for t in words] not in (["FULL"], ["WORD"], ["WORD", "FULL"]) or (
            words[0].kind == "WORD" and words[0].text not in _TOTAL_OF):
        return None
    return inside[-1].value


def _bare_formula(tokens: list[Token]) -> bool:
    """实际完成值/目标值×指标分值 / (实际数/计划数)×10分: names and numbers joined by operators, ending in the
    points they scale."""
    kinds = [token.kind for token in tokens]
    # (实际下降率/目标下降率×6: the points without 分, as 好路率×120 writes them)
    bare = kinds[-2:] == ["TIMES", "NUM"] and not tokens[-1].unit
    return len(kinds) >= 5 and set(kinds) <= _FORMULA_KINDS | {"NUM"} and "OVER" in kinds and (kinds[-2:] in (
        ["TIMES", "FULL"], ["TIMES", "PTS"]
    ) or bare) and all(a not in ("OVER", "TIMES", "PLUS") or b not in ("OVER", "TIMES", "PLUS") for a, b in zip(kinds, kinds[1:]))


def _bare_points(tokens: list[Token]) -> tuple[Decimal, Decimal] | None:
    """完成50%及以上(5) / 完成10%以下(0-2): a condition, then its points in brackets without 分."""
    if not any(t.kind in ("CMP", "SUF") for t in tokens):
        return None
    kinds = [t.kind for t in tokens]
    if kinds[-3:] == ["OPEN", "NUM", "CLOSE"] and not tokens[-2].unit:
        return tokens[-2].value, tokens[-2].value
    if kinds[-5:] == ["OPEN", "NUM", "RANGE", "NUM", "CLOSE"] and not tokens[-4].unit and not tokens[-2].unit \
            and tokens[-4].value < tokens[-2].value:
        return tokens[-4].value, tokens[-2].value
    return None


def _span_group(tokens: list[Token]) -> bool:
    """(12-15分): points between brackets, the score range of a tier."""
    return len(tokens) == 5 and [t.kind for t in tokens] in (["OPEN", "NUM", "RANGE", "PTS", "CLOSE"], ["OPEN", "PTS", "RANGE", "PTS", "CLOSE"])


def _is_definition(tokens: list[Token]) -> bool:
    """率=(A/B)×100% / 完成及时率=[(计划-实际)/计划]×100%: a definition, whatever numbers it holds."""
    equals = next((i for i, t in enumerate(tokens) if t.kind == "CMP" and t.value == "="), None)
    if equals is None or equals == 0 or tokens[equals - 1].kind != "WORD":
        return False
    rest = tokens[equals + 1:]
    return any(t.kind == "OVER" for t in rest) and not any(t.kind in ("PTS", "FULL", "ZERO", "VERB", "SCORING") for t in rest)


def _until(tokens: list[Token], kinds: tuple[str, ...]) -> list[Token]:
    for index, token in enumerate(tokens):
        if token.kind in kinds:
            return tokens[:index]
    return tokens


def _only_deduction_follows(tokens: list[Token], start: int) -> bool:
    """No other number or comparison after ``start`` than the points of a deduction (扣1分)."""
    for index in range(start, len(tokens)):
        kind = tokens[index].kind
        if kind == "CMP" and index + 1 < len(tokens) and tokens[index + 1].kind in ("REF", "WORD", "EXCEPT", "DEDUCT", "DE"):
            continue  # 存在1家超过目标值的 / 有1项未达到扣1分: compared with each item's own target
        if kind in ("NUM", "CMP", "SUF", "RANGE") or (kind == "PTS" and tokens[index - 1].kind != "DEDUCT"):
            return False
    return True


def _group_end(tokens: list[Token], start: int) -> int | None:
    depth = 0
    for index in range(start, len(tokens)):
        if tokens[index].kind == "OPEN":
            depth += 1
        elif tokens[index].kind == "CLOSE":
            depth -= 1
            if depth == 0:
                return index
    return None


def _restates(restated: Token, token: Token) -> bool:
    """(不含5) after 5%: the number in the bracket, its unit left unsaid, is the end it follows."""
    if restated.value == token.value:
        return True
    return not restated.unit and token.unit == "%" and restated.value is not None and restated.value / 100 == token.value


def _in_unit(token: Token, other: Token) -> Decimal:
    """A bare number takes the unit of the other end of its range (5-10% is 5%-10%)."""
    if not token.unit and other.unit == "%":
        return token.value / 100
    return token.value


def _make(low: Token | None, low_inclusive: bool, high: Token | None, high_inclusive: bool) -> Condition:
    unit = (low.unit if low is not None else "") or (high.unit if high is not None else "")
    bare = (low is not None and not low.unit, high is not None and not high.unit)
    return Condition(
        Interval(
            None if low is None else low.value, low_inclusive, None if high is None else high.value, high_inclusive
        ),
        unit,
        bare,
    )


def _one_sided(op: str, token: Token, inclusive: bool | None) -> Condition:
    if op == "=":
        # 为100%: a rate at its maximum means reaching it (over-completion is no worse)
        if token.unit == "%" and token.value == 1:
            return _make(token, True, None, False)
        return _make(token, True, token, True)
    if op in (">=", ">"):
        return _make(token, op == ">=" if inclusive is None else inclusive, None, False)
    return _make(None, False, token, op == "<=" if inclusive is None else inclusive)


def _intersect(a: Condition, b: Condition) -> Condition | None:
    x, y = a.interval, b.interval
    if x.low is not None and y.high is not None and x.high is None and y.low is None:
        return Condition(Interval(x.low, x.low_inclusive, y.high, y.high_inclusive), a.unit or b.unit,
                         (a.bare[0], b.bare[1]))
    if y.low is not None and x.high is not None and y.high is None and x.low is None:
        return Condition(Interval(y.low, y.low_inclusive, x.high, x.high_inclusive), a.unit or b.unit,
                         (b.bare[0], a.bare[1]))
    return None


_PROPORTION_WORDS = frozenset({"WORD", "EXCEPT", "CMP", "BY", "FULL", "REF", "DE", "AND"})


_SHORT_BY = ("低", "少", "差")  # 比下达任务低5%以内: by how much it falls short (not 降低/减少: a reduction measured)


_NAMED_BETWEEN = ("WORD", "STEPV", "REF", "DE", "VERB")  # kinds of token a subject's name between two bounds may hold


def _set_off(token: Token, above: bool, points: bool = False) -> FromTarget:
    """超过目标值10% / 比目标值低5%: a share of the target (110%, 95%); 低5个百分点 (``points``, or the token's own
    words) / 低于目标值35天: the target plus or minus that amount."""
    sign = 1 if above else -1
    if token.unit == "%" and not points and not in_points(token):
        return FromTarget(factor=ONE + sign * token.value)
    return FromTarget(shift=sign * token.value)


def in_points(token: Token) -> bool:
    """5个百分点 off a target (kept so by normalisation): a distance in the rate's own points, never a share of it."""
    return token.text.endswith(POINTS_OFF_TARGET)


_TARGET_COLUMNS = frozenset({"指标值", "年度指标值", "目标值", "年度目标值"})
_VALUE_COLUMNS = frozenset({"完成值", "实际值", "实际完成值"})


def _target_column_at(tokens: list[Token], at: int) -> bool:
    """指标值≥95% at ``at``: a 自评表's target column with its level, no band's condition."""
    return [t.kind for t in tokens[at:at + 3]] == ["REF", "CMP", "NUM"] and tokens[at].text in _TARGET_COLUMNS


def _points_after_the_target(tokens: list[Token]) -> Token | None:
    """验收合格率 指标值≥95% 5分 (a 自评表 row's cells run together): the target's column, then the 分值 — never a band ≥95%
    scoring 5 (once read so, beside 达到指标值的得满分 from an unset target of 100%: 93% scored 0, not 3). The points, which
    may be either, for the clause to be refused naming them."""
    return next((tokens[at + 3] for at in range(len(tokens) - 3)
                 if _target_column_at(tokens, at) and tokens[at + 3].kind == "PTS"), None)


def _states_the_standard(clause: Clause) -> bool:
    """标准为12000人 alone in its clause, in a unit (the 规范写法 of a level a share is taken of): no condition of a score."""
    tokens = clause.tokens
    if clause.condition is None or clause.has_outcome or clause.step is not None or clause.unread \
            or [t.kind for t in tokens] != ["WORD", "CMP", "NUM"] or tokens[0].text != "标准" or tokens[1].text != "为":
        return False
    interval = clause.condition.interval
    return clause.condition.unit not in ("", "%") and isinstance(interval.low, Decimal) and interval.low == interval.high


def _names_target(word: str) -> bool:
    """目标值 / 年度目标 / 年度指标值 (a 自评表's target column): the word naming the target, not a level of its own.
    Not a bare 指标值: 指标值15万元：完成值达到指标值记满分… is the 自评表 frame's own 规范写法, read as that frame."""
    return "目标" in word or word == "年度指标值"


# 建设村级服务站点 / 新建… / 完成… / 培训…: the work a target counts, in words (no change, limit or comparison in it)
_TARGET_WORK = lazy_compile(r"(?!.*(?:减|降|提高|提升|增长|增加|增幅|压|缩|控制|不超过|以内|以下|以上|至少|不少于|不低于|率))[\u4e00-\u9fff]{2,16}")


def _states_the_target(clause: Clause) -> bool:
    """…目标…为61.3% alone in its clause: the value of the target, no condition of a score. So too 目标值60公里 / 年度目标
    10000人次 (the target named, then its number in a unit, and nothing else: a heading's 目标值 column, never a level
    reached — 完成目标得满分 after it names it again)."""
    kinds = [t.kind for t in clause.tokens]
    if clause.condition is None or clause.has_outcome or clause.step is not None or clause.unread or clause.reference is not None:
        return False
    interval = clause.condition.interval
    # 年度目标≥300家: the target, to reach (≥0 is none: no level to reach, nor a divisor)
    named = kinds[-3:] == ["REF", "CMP", "NUM"] and _names_target(clause.tokens[-3].text) and clause.tokens[-2].value == ">=" \
        and isinstance(interval.low, Decimal) and interval.low > 0 and interval.high is None
    if kinds[-2:] == ["REF", "NUM"] and _names_target(clause.tokens[-2].text) and clause.tokens[-1].unit \
            and interval.low == interval.high or named:
        # (…里程目标80公里: the measure named before it; not 投诉件数目标值5件 — a count of faults, whose target is a limit
        # that 完成目标 does not say is reached from below or above)
        return kinds[:-3 if named else -2] in ([], ["WORD"]) and not WHICH_WAY_UNSAID.search(clause.text)
    if kinds == ["REF", "WORD", "NUM"] and _names_target(clause.tokens[0].text) and clause.tokens[2].unit not in ("", "%") \
            and interval.low == interval.high and _TARGET_WORK.fullmatch(clause.tokens[1].text) and not WHICH_WAY_UNSAID.search(clause.text):
        # 年度目标建设村级服务站点120个: the target named first, then the work it counts and its number (as 建设村级服务站点
        # 年度目标120个) — not 目标减少事故5起 / 目标提高…2个 (a change, not the level), nor a rate
        return True
    if clause.condition is None or clause.has_outcome or clause.step is not None or clause.unread or clause.reference is not None \
            or "REF" not in kinds or "CMP" not in kinds or kinds[-1] != "NUM" or kinds.index("REF") > kinds.index("CMP"):
        return False
    compared = clause.tokens[kinds.index("CMP")]
    # (覆盖率目标值为100%: a rate said to be 100% reads as reaching it, ≥100%; as the target's value it is the point —
    # once joined to the formula after it as its band, 得分=实际覆盖率/目标值×4分 scoring 0 below 100%)
    whole = clause.condition.unit == "%" and interval.low == 1 and interval.low_inclusive and interval.high is None \
        and clause.tokens[-1].value == 1
    return compared.text in ("为", "是", "=", "等于") and isinstance(interval.low, Decimal) \
        and (interval.low == interval.high or whole) \
        and "目标" in clause.tokens[kinds.index("REF")].text and not WHICH_WAY_UNSAID.search(clause.text)


# what a budget, a plan or last year's value measures itself (its spending, cost, price), and words naming a part of it
_THE_BASE_ITSELF = ("支出", "支出数", "支出额", "成本", "投资", "投资额", "决算", "决算数", "造价", "结算", "结算额", "价格",
                    "单价", "收费", "收费标准", "费用")
_PART_OF_THE_BASE = lazy_compile(r"结余|结转|管理费|调整|占|比例|率|其中|部分|增加|追加|超支")
# 达不到标准 / 未达到上述标准: the level the clause before states, named by a word
THE_STANDARD = frozenset({"标准", "此标准", "该标准", "上述标准", "以上标准", "这一标准", "规定标准"})
# 超出偏差范围 / 超出该范围 / 超过上述范围: the range just stated (±8%以内) left, named by a word
_PAST_THE_RANGE = frozenset({"超出", "超过", "超"})
_THE_RANGE = lazy_compile(r"(?:该|此|上述|以上|这一|允许|规定)?范围")
# 达不到单产要求的 / 未达到单产指标的: the level just stated, named by what it requires (no number of its own)
_NOT_REACHING = lazy_compile(r"^(?:达不到|未达到|没有达到|未能达到|不能达到|未达)$")
_REQUIREMENT_NAMED = lazy_compile(r"^[\u4e00-\u9fff]{0,4}(?:要求|指标|标准)$")


EACH_PERIOD = frozenset({"每月", "每周", "每天", "每日", "每年", "每季度", "每个月"})
NOT_AWARDED = frozenset({"不", "不能", "不可", "不应", "不予", "不应当", "无法"})


def read_clause(clause: Clause, after_level: bool = False) -> Clause:
    """Fills a fragment's fields from its tokens; numbers the grammar cannot place go to ``unread``. ``after_level``: the
    clause before states a level in numbers (达到500公斤单产指标的记6分), which 达不到单产要求的 then names."""
    reader = _Reader(clause)
    tokens = clause.tokens
    label_words: list[str] = []
    if _is_definition(tokens):
        clause.definition = True
        return clause
    skipped: set[int] = set()
    signed: Token | None = None  # 正技巧 / 负技巧: the band above or below 0 (signs.py)
    both = next((i for i, t in enumerate(tokens) if t.kind == "PROP_BOTH"), None)
    if both is not None and {t.kind for t in tokens[:both]} <= _PROPORTION_WORDS and both == len(tokens) - 1:
        # 未完成或超额完成按分值与指导性目标之间的比例相应扣分或加分: what it is in proportion to, in words
        clause.outcome = ("both", None)
        return clause
    if tokens and tokens[0].kind == "OPEN" and _bare_formula(tokens):
        clause.outcome = ("formula", clause.text)  # (实际完成值/目标值)×指标分值
        return clause
    while reader.i < len(tokens):
        token = tokens[reader.i]
        kind = token.kind
        start = reader.i
        if kind == "WORD" and token.text in EACH_PERIOD and reader.kind(1) in ("DEDUCT", "ADD") and clause.condition is not None:
            clause.unread.append(token)  # 超过1个月每月扣1分: a step per month past the level (once one deduction of 1)
            reader.i += 1
            continue
        if kind == "SCORING" and start > 0 and tokens[start - 1].kind == "DE" and clause.outcome is None \
                and reader.kind(1) == "CMP" and tokens[start + 1].text in _SCORE_CEILINGS and reader.kind(2) == "PTS" \
                and start + 3 == len(tokens):
            # 基本完成的得分不超过3分: that level's score is the evaluator's, from 0 up to 3 (once 3 given, the ceiling taken
            # for the score) — a span, as 得0-3分 writes it; 本项得分不超过5分 (no level before 的) stays the item's cap
            clause.outcome = ("span", (Decimal(0), tokens[start + 2].value))
            reader.i += 3
            continue
        if kind == "WORD" and token.text in NOT_AWARDED and reader.kind(1) == "VERB" and reader.kind(2) == "FULL":
            clause.unread.append(token)  # 未达到的不得满分: less than full, how much not said (never the 满分 it denies)
            reader.i += 1
            continue
        if kind == "BY" and len(tokens) - start >= 3 and tokens[-1].kind == "SCORING" and clause.outcome is None \
                and [t.kind for t in tokens[start + 1:-1]] == ["WORD", "DE"] * ((len(tokens) - start - 3) // 2) + ["WORD"] \
                and _RATE_NAMED.fullmatch(tokens[-2].text):
            # 按实际完成率计算得分 / 根据项目资金的实际到位率计算得分: the rate × 分值 (what it is of, before 的)
            clause.outcome = ("prop", None)
            clause.label = re.sub(r"(?:计算|核定|折算)$", "", tokens[-2].text)
            reader.i = len(tokens)
            continue
        if start == 0 and len(tokens) == 2 and (kind == "WORD" and token.text in _TOTAL_WORDS or kind == "FULL"
                                                and token.text in _POINTS_NAMED) and reader.kind(1) == "PTS":
            # 每有一户…扣2分，共计10分，扣完为止 / …，最低0分。分值2分: the points in all, said again
            clause.stated_total = tokens[1].value
            reader.i += 2
            continue
        if (
            kind == "OPEN" and reader.kind(1) == "WORD" and tokens[start + 1].text in ("本项", "本款", "本指标", "共", "合计", "本项共")
            and reader.kind(2) == "PTS" and reader.kind(3) == "CLOSE"
        ):
            clause.stated_total = tokens[start + 2].value  # (本项5分)
            reader.i += 4
            continue
        if kind == "OPEN" and start == 0 and (total := _bracketed_total(tokens)) is not None:
            clause.stated_total = total  # (满分5分) / (本项分值2分) / (总分4分): the whole clause (text/closing_total.py)
            reader.i = len(tokens)
            continue
        if kind == "OPEN" and clause.outcome is None and clause.condition is not None \
                and _group_end(tokens, start) == len(tokens) - 1 and (points := _bare_points(tokens)) is not None:
            low, high = points
            clause.outcome = ("points", low) if low == high else ("span", (low, high))  # 完成10%以下(0-2)
            reader.i = len(tokens)
            continue
        if kind == "OPEN" and clause.outcome is None and _span_group(tokens[start:start + 5]):
            low, high = sorted((tokens[start + 1].value, tokens[start + 3].value))  # (6分到0分): from the top
            if low < high:
                clause.outcome = ("span", (low, high))  # 优(12-15分) / (10分到13分)
                reader.i += 5
                continue
        if kind == "OPEN":
            close = _group_end(tokens, start)
            inside = tokens[start:close] if close is not None else []
            # (完成×10): points per unit done, no definition to pass over — a product defines only a percentage (×100%)
            # (…,按实际完成值/指标值×分值计分,低于80%的不得分): a method in brackets, scoring words said — never a
            # definition to pass over (once read as ≥100%得10分, the formula and the 80% floor dropped)
            definition = not any(t.kind in ("PTS", "SCORE_IS", "SCORING", "ZERO", "DEDUCT", "FULL") for t in inside) and any(
                t.kind == "OVER" or t.kind == "TIMES" and i + 1 < len(inside) and inside[i + 1].kind == "NUM"
                and inside[i + 1].text == "100%" for i, t in enumerate(inside))
            # (按比例计分) scores: never a remark to pass over
            remark = bool(inside) and not any(t.kind in ("NUM", "PTS", "ZERO", "DEDUCT", "SCORE_IS", "POLICY", "PROP") for t in inside)
            # (按最高级别计分) after additions: how they combine, never a remark to pass over (once summed them)
            remark = remark and not any(highest_note(part) for part in re.split(r"[,;]", "".join(t.text for t in inside[1:])))
            if close is not None and (definition or remark):
                # 覆盖率[(标杆社区数/社区总数)×100%]: a definition in passing; (符合的要点得相应分值): a remark
                skipped.update(range(start, close + 1))
                reader.i = close + 1
                continue
        if kind == "SCORE_IS":
            if clause.outcome is not None:
                clause.unread.append(token)  # 完成得5分得分=3分: two scores in one clause
                reader.i += 1
                continue
            if [t.kind for t in tokens[start + 1:]] == ["PTS"]:
                # 执行率≥90%的，得分=10分 / 得分为10分: a score that is a number of points is those points awarded (once a
                # formula of no measure, which no reading placed)
                clause.outcome = ("points", tokens[start + 1].value)
                reader.i = len(tokens)
                break
            clause.outcome = ("formula", clause.text[token.end - clause.start:])
            reader.i = len(tokens)
            break
        if kind == "SCORING" and reader.kind(1) == "OPEN" and (close := _group_end(tokens, start + 1)) is not None and any(
            t.kind == "TIMES" for t in tokens[start + 1:close]
        ):
            inner = tokens[start + 2:close]
            if inner[0].kind == "SCORE_IS" and inner[0].text.rstrip("=").endswith("得分") and len(inner) > 1:
                inner = inner[1:]  # 按比例计算得分(得分=(务工月数-3)÷6×3): the bracket names the score it spells out
            if clause.outcome is not None and clause.outcome[0] == "points" and not any(
                t.kind == "PTS" and t.value == clause.outcome[1] for t in inner
            ):
                # 预算执行情况(20分)…得分(20分×执行率): the heading's points are the formula's, or unread
                clause.unread.append(next((t for t in tokens[:start] if t.kind == "PTS"), token))
            clause.outcome = ("formula", clause.text[inner[0].start - clause.start:inner[-1].end - clause.start])
            reader.i = close + 1  # 得分(10分×执行率)
            continue
        if kind == "BY" and any(t.kind in ("OVER", "TIMES") for t in tokens[start:]):
            end = next((j for j in range(start + 1, len(tokens)) if tokens[j].kind in ("SCORING", "VERB")), len(tokens))
            clause.outcome = ("formula", clause.text[tokens[start + 1].start - clause.start:tokens[end - 1].end - clause.start])
            reader.i = end + 1
            continue
        if kind in ("WORD", "REF", "OPEN") and clause.condition is None and clause.outcome is None and _bare_formula(tokens[start:]):
            # 实际完成值/目标值×指标分值: a formula of the score, without 得分=
            clause.outcome = ("formula", clause.text[token.start - clause.start:])
            reader.i = len(tokens)
            continue
        bare_points = reader.kind(2) == "NUM" and not tokens[start + 2].unit and start + 3 == len(tokens) \
            and token.text.endswith("率") if start + 2 < len(tokens) else False  # 好路率×120: the 分值 without 分
        if kind == "WORD" and reader.kind(1) == "TIMES" and (reader.kind(2) in ("FULL", "PTS") or bare_points) \
                and clause.condition is None and clause.outcome is None and "OVER" not in (t.kind for t in tokens[:start]):
            # (never the last name of a division passed over: 实际下降率/目标下降率×6 once read 得分=下降率×6, the
            # division dropped — 2.5% against 3% scored 0.15, not 5)
            # 完成率×该指标分值 / 完成率*10分: a rate times points, without 得分=
            clause.outcome = ("formula", clause.text[token.start - clause.start:tokens[start + 2].end - clause.start])
            reader.i = start + 3
            continue
        if kind == "OTHER":
            clause.otherwise = True
            reader.i += 1
            situation = _situation_after_otherwise(tokens, start + 1) if token.text.startswith("否则") else None
            if situation is not None:  # 否则弄虚作假的不得分: the otherwise, or a situation of its own? (its words once dropped)
                clause.unread.append(situation)
            continue
        # 以90%为基准 / 满意度90%为基准 (the 以 left off: the 90% once dropped, the steps then taken from 100%)
        opened = 1 if kind == "STD_OPEN" else 0
        if kind in ("STD_OPEN", "NUM") and reader.kind(opened) == "NUM" and reader.kind(opened + 1) == "STD_CLOSE":
            number = tokens[start + opened]
            if clause.reference is not None:
                clause.unread.append(number)  # 以10%为标准以100%为标准: which one?
            clause.reference = clause.reference or (number.value, number.unit)
            reader.i += opened + 2
            continue
        if kind == "EACH" or (kind == "STEPV" and reader.kind(1) == "NUM"):
            if _read_step(reader, clause):
                continue
            reader.i = start
            if kind == "STEPV" and token.text in _SHORT_BY and clause.condition is None and clause.outcome is None \
                    and (start == 0 or tokens[start - 1].kind != "EACH") and (short := reader.short_by()) is not None:
                clause.condition = short
                clause.label = "".join(label_words)
                continue
            if kind == "STEPV":
                label_words.append(token.text)  # 逾期 (30天以内): the subject of the band that follows
                reader.i += 1
                continue
            if any(t.kind in ("DEDUCT", "ADD") for t in tokens[start:]) and (
                reader.kind(1) == "NUM" or (reader.kind(1) == "WORD" and reader.kind(2) == "NUM")
            ):
                clause.unread.append(token)  # 每涨5%扣1分 with a step verb not known: never a band at 5%
                reader.i += 1
                continue
            if kind == "EACH" and clause.outcome is None and reader.kind(1) == "WORD" and reader.kind(2) in ("VERB", "PTS"):
                clause.unread.append(token)  # 不少于4次，每次得0.5分: points per time beside a level, never the level's points
                reader.i += 1
                continue
        if kind in ("CAP", "CAP_ALL") and clause.cap is not None:
            clause.unread.append(token)  # 最多扣3分，扣完为止: which cap?
            reader.i += 1
            continue
        if kind == "CAP" and _per_unit_cap(tokens, start):
            clause.unread.append(token)  # 每人最多扣3分 / 每次最多扣3分: a cap for each person or time, never the whole's
            reader.i += 1
            continue
        if kind in ("CAP", "CAP_ALL", "CLAMP"):
            if kind == "CAP" and token.value == "added_base":
                clause.cap = ("added_base", None)
                reader.i += 1
            elif kind == "CAP" and reader.kind(1) == "PTS":
                clause.cap = (token.value if token.value in ("added", "total") else "points", tokens[start + 1].value)
                reader.i += 2
            elif kind == "CAP" and not token.value and reader.kind(1) == "WORD" and reader.peek(1).text == "满" \
                    and reader.kind(2) == "PTS":  # type: ignore[union-attr]
                clause.cap = ("points", tokens[start + 2].value)  # 最多扣满5分: at most 5 points
                reader.i += 3
            elif kind == "CAP":
                clause.unread.append(token)
                reader.i += 1
            elif kind == "CAP_ALL":
                clause.cap = ("all", None)
                reader.i += 1
                if reader.kind() == "PTS" and reader.kind(1) == "WORD" and reader.peek(1).text.startswith(("为止", "止")):  # type: ignore[union-attr]
                    clause.cap = ("points", tokens[reader.i].value)  # 扣满15分为止 / 扣满10分止: at most 15 points
                    reader.i += 2
            else:
                clause.clamp = True
                reader.i += 1
            continue
        if kind == "ADD" and reader.kind(1) == "PTS":
            points = tokens[start + 1]
            if clause.step is not None and clause.added is None and clause.per is None and clause.outcome is None:
                clause.added = points.value  # 每超过10个百分点加1分
            elif clause.outcome is None and clause.step is None and clause.per is None:
                # 降低2%以上加4分: the bonus reached at that point; 加0.05分 alone: a step's bonus after a comma
                clause.outcome = ("added", points.value)
            else:
                clause.unread.append(points)
            reader.i += 2
            continue
        if kind == "PTS" and reader.kind(1) == "CAP_ALL" and clause.cap is None and clause.outcome is None and not clause.step \
                and clause.per is None:
            clause.cap = ("points", token.value)  # 每次扣2分，10分扣完为止: the deductions stop at 10 points
            reader.i += 2
            continue
        if kind == "PTS" and reader.kind(1) == "CLAMP" and tokens[start + 1].text == "封顶" and clause.cap is None \
                and clause.outcome is None:
            clause.cap = ("limit", token.value)  # 每超10%加2分，10分封顶: the points reach at most 10
            reader.i += 2
            continue
        ceiling = 1 if kind == "STD_OPEN" else 0
        if kind in ("STD_OPEN", "NUM") and reader.kind(ceiling) == "NUM" and not tokens[start + ceiling].unit \
                and reader.kind(ceiling + 1) == "WORD" and tokens[start + ceiling + 1].text in _SCORE_CEILING_WORDS \
                and clause.cap is None and clause.outcome is None:
            # 20分为上限 / 以20分为上限 / 20分为最高限: the score's ceiling (the page's column 上限20), base and additions
            # together (rules/piecewise_reading._bonus_limit: never at or below the points the additions start from); 加分以5分为上限
            # is the additions' (最多加5分), 扣分以10分为上限 the deductions' (最多扣10分); words of another make it unread
            said_of = "".join(t.text for t in tokens[:start])
            limit = tokens[start + ceiling].value
            clause.cap = (_CEILING_OF.get(said_of, "total"), limit)
            if said_of not in _CEILING_OF:  # 奖励以20分为上限: a limit of something the reader does not know
                clause.unread += [t for t in tokens[:start] if t not in clause.unread]
            reader.i += ceiling + 2
            continue
        if kind == "STD_OPEN" and reader.kind(1) == "NUM" and not tokens[start + 1].unit and reader.kind(2) == "WORD" \
                and tokens[start + 2].text.startswith("分为限") and clause.cap is None:
            # 以2分为限: of the bonus, or of the deduction — unless the words before say which (加分以2分为限: the additions',
            # once taken as 最多扣2分 beside deductions alone)
            said_of = "".join(t.text for t in tokens[:start])
            clause.cap = (_CEILING_OF[said_of] if said_of in ("加分", "扣分") else "limit", tokens[start + 1].value)
            reader.i += 3
            continue
        if kind == "DEDUCT" and reader.kind(1) == "PTS" and tokens[start + 1].value < 0:
            clause.unread.append(tokens[start + 1])  # 扣-1分
            reader.i += 2
            continue
        if kind == "DEDUCT" and reader.kind(1) == "FULL" and reader.kind(2) == "DE" and reader.kind(3) == "NUM" \
                and tokens[start + 3].unit == "%":
            if clause.per is None and clause.occurrence is None and clause.outcome is None and clause.condition is None \
                    and not clause.otherwise and 0 < tokens[start + 3].value <= 1:
                clause.per, clause.per_of_full = tokens[start + 3].value, True  # 每降低1%扣分值的1% (of a step only)
            else:
                clause.unread.append(tokens[start + 3])  # a share of the 分值 once, or per occurrence: not read
            reader.i += 4
            continue
        if kind == "DEDUCT" and reader.kind(1) in ("NUM", "PTS") and reader.kind(2) == "RANGE" and reader.kind(3) == "PTS" \
                and clause.outcome is None and clause.per is None and clause.step is None and clause.occurrence is None \
                and (clause.condition is None or clause.condition.unit in ("%", "‰")) \
                and tokens[start + 1].value is not None and 0 < tokens[start + 1].value < tokens[start + 3].value:
            # 未按要求编制应急预案扣1-5分: the evaluator sets the deduction, within the range written; 完成率达不到100%扣0.1-1分
            # keeps its rate's comparison (a situation with a level, which only the described faults' reading takes — once
            # the 扣 and the range's low were left unread, the high read as points). 迟到1次扣1-2分 (a count) stays unread
            clause.outcome = ("minus_span", (tokens[start + 1].value, tokens[start + 3].value))
            reader.i += 4
            continue
        if kind == "DEDUCT" and reader.kind(1) != "PTS" and not clause.manual and not (
            reader.i == len(tokens) - 1 and clause.text.startswith(("根据", "应根据", "按照", "应按照", "按", "应按"))
        ):
            clause.unread.append(token)  # 否则扣分: how many points?
            reader.i += 1
            continue
        if kind == "DEDUCT" and reader.kind(1) == "PTS":
            if (
                clause.step is None and clause.occurrence is None and clause.condition is None and not clause.otherwise
                and clause.outcome is None and clause.per is None and (
                    _NEGATION.search("".join(label_words)) or any(t.kind == "EXCEPT" for t in tokens[:start])
                )
            ):
                # 不齐全的扣2分 / 未得到有效执行扣1分: a deduction where the words hold; whether per
                # occurrence (with a cap: 最多扣3分) or once, the composer decides from the whole text
                clause.outcome = ("minus", tokens[start + 1].value)
                clause.negated = True
                reader.i += 2
                continue
            if clause.per is None and clause.step is None and clause.occurrence is None and clause.outcome is None:
                clause.per = tokens[start + 1].value
                if clause.condition is not None or clause.otherwise:
                    clause.outcome = ("minus", clause.per)
                    clause.per = None
            elif (clause.step is not None or clause.occurrence is not None) and clause.per is None and clause.added is None:
                clause.per = tokens[start + 1].value
            else:
                clause.unread.append(tokens[start + 1])
            reader.i += 2
            continue
        started = _started_step_counts_whole(tokens, start)
        if started is not None:
            # 不足1个百分点的按1个百分点计 / (不到0.1平方米按0.1计算): a started step is a whole one
            taken, size, bracketed = started
            clause.policy = "ceil"
            if bracketed and (clause.step is None or clause.step[1] != size.value):
                clause.unread.append(size)  # 每少80平方米…(不到0.1平方米按0.1计算): which step?
            reader.i += taken
            continue
        if kind == "ETC":
            clause.unread.append(token)  # 以此类推: which bands, scoring what?
            reader.i += 1
            continue
        if kind == "NOTE":
            reader.i += 1
            continue
        if kind == "TARGET_RATIO" and clause.outcome is None:
            clause.outcome = ("formula", "完成值/指标值×分值")
            reader.i += 1
            if reader.kind() in ("SCORING", "VERB"):
                reader.i += 1
            continue
        if kind == "PRECISION" and reader.kind(1) == "PTS":
            reader.i += 2  # 精确到0.01分: how the score is shown, not how it is computed
            continue
        if kind == "CMP" and token.text in _PAST_THE_RANGE and clause.condition is None and clause.outcome is None:
            skip = 2 if reader.kind(1) == "STEPV" and tokens[start + 1].text in ("偏差", "偏离") else 1
            if reader.kind(skip) == "WORD" and _THE_RANGE.fullmatch(tokens[start + skip].text) \
                    and reader.kind(skip + 1) in ("DE", "DEDUCT", "ZERO"):
                # 偏差在±8%以内得4分，超出偏差范围不得分: the range just stated left, as 超出的不得分
                clause.otherwise = True
                reader.i += skip + 1
                continue
        if (kind == "CMP" or kind == "EXCEPT" and token.text == "未达标") and reader.kind(1) == "WORD" \
                and reader.kind(2) in ("DE", "DEDUCT") and clause.condition is None and (
                    tokens[start + 1].text in THE_STANDARD or after_level and kind == "CMP" and _NOT_REACHING.match(token.text)
                    and _REQUIREMENT_NAMED.match(tokens[start + 1].text)):
            # 达不到标准扣2分 / 达不到单产要求的不得分: the standard just stated not reached, as 达不到的扣2分
            clause.otherwise = True
            reader.i += 2
            continue
        if (kind == "CMP" or kind == "EXCEPT" and token.text == "未达标") and reader.kind(1) in ("DE", "", "ZERO") \
                and clause.condition is None and not any(
            t.kind == "NUM" for t in _until(tokens[start + 1:], ("BY", "SCORE_IS"))
        ) and clause.outcome is None:
            # 未达到的，按…计分 / 达到的，按…计分: the other side of the condition just stated
            clause.otherwise = True
            reader.i += 1
            each = next((t for t in tokens[start + 1:] if t.kind == "EACH" or t.text in EACH_PERIOD), None)
            if each is not None and kind == "CMP" and clause.step is None:
                # 会议时间不少于2小时，不足的每次扣1分: short how often, or by how much? (once 否则扣1分, 每次 dropped;
                # the level's own unit and 每次会议… were made steps or faults in text/normalize.py)
                clause.unread.append(each)
            continue
        if kind == "PROP_BOTH":
            clause.unread.append(token)  # 达到90%的，按比例扣分或加分: a proportion of what, from where?
            reader.i += 1
            continue
        if kind == "INTERP":
            if clause.outcome is not None or clause.step is not None:
                clause.unread.append(token)  # 得5分…按线性内插: which one?
            else:
                clause.outcome = ("interp", None)
            reader.i += 1
            continue
        if kind in ("PROP", "POLICY") and clause.step is not None and start > 0 and tokens[start - 1].kind == "WORD" \
                and tokens[start - 1].text in ("或", "或者"):
            clause.unread.append(token)  # 每降低1%扣0.5分或按比例计分 / 或按比例扣减: another method offered, not partial steps
            reader.i += 1
            continue
        if kind == "PROP" and clause.step is not None:
            clause.policy = "exact"  # 每低1%扣0.2分(按比例计算)
            reader.i += 1
            continue
        if kind == "POLICY" and token.value == "exact" and (clause.condition is not None or clause.otherwise) \
                and clause.outcome is None and clause.step is None and start == len(tokens) - 1:
            clause.outcome = ("shortfall", None)  # 未达100%的，差额部分按比例扣减分值 / 否则按比例扣分
            reader.i += 1
            continue
        if kind == "POLICY":
            clause.policy = token.value
            reader.i += 1
            continue
        if kind == "FULL" and start > 0 and tokens[start - 1].kind == "WORD" and tokens[start - 1].text in _SOME_OF:
            clause.unread.append(token)  # 得部分分值: how much of it is not said
            reader.i += 1
            continue
        verb = 1 if kind == "VERB" and reader.kind(1) == "FULL" else 0
        if kind in ("VERB", "FULL") and reader.kind(verb) == "FULL" and reader.kind(verb + 1) == "DE" \
                and reader.kind(verb + 2) == "WORD" and tokens[start + verb + 2].text.startswith(_SHARE_OF):
            clause.unread.append(tokens[start + verb])  # (得)该项分值的一半(以上): a share of the points, never the points
            reader.i += verb + 1
            continue
        if kind in _FLAGS:
            setattr(clause, _FLAGS[kind], True)  # 酌情 / 均符合 / 不符合: marks the clause, consumes no number
            reader.i += 1
            continue
        if kind == "PROP":
            if clause.outcome is not None:
                clause.unread.append(token)  # 得满分…按比例计分 in one breath: which one?
            elif reader.kind(1) == "OPEN" and reader.kind(2) == "PTS" and reader.kind(3) == "CLOSE" and clause.condition is not None:
                # 80%以下的按比例得分(4分): the item's points restated beside a band below a level, whose proportion
                # (满意度/80% or 满意度 itself?) is as unsaid as without them (once 满意度×4, 70% → 2.8)
                clause.outcome, clause.stated_total = ("prop", None), tokens[start + 2].value
                reader.i += 4
                continue
            elif reader.kind(1) == "OPEN" and reader.kind(2) == "PTS" and reader.kind(3) == "CLOSE":
                # 按…的比重计算得分(3分): the proportion of 3 points
                clause.outcome = ("formula", f"完成率×{tokens[start + 2].text}")
                reader.i += 4
                continue
            elif reader.kind(1) == "OPEN" and reader.kind(2) == "SCORE_IS" and tokens[start + 2].text.rstrip("=").endswith("得分") \
                    and (close := _group_end(tokens, start + 1)) is not None and close > start + 3 \
                    and any(t.kind in ("TIMES", "OVER") for t in tokens[start + 3:close]):
                # 5-20天之间按比例计分(得分=(服务天数-5)÷15×3): the proportion spelled out by the score's formula
                inner = tokens[start + 3:close]
                clause.outcome = ("formula", clause.text[inner[0].start - clause.start:inner[-1].end - clause.start])
                reader.i = close + 1
                continue
            else:
                clause.outcome = ("prop", None)
            reader.i += 1
            continue
        if (
            kind == "NUM" and token.value == 1 and token.unit in COUNT_UNITS and clause.occurrence is None
            and clause.condition is None and reader.kind(1) in ("WORD", "EXCEPT", "CMP") and _only_deduction_follows(tokens, start + 1)
            and not any(t.kind == "NUM" for t in tokens[:start])  # (每少50、1项…: a number before it, unplaced)
        ):
            # 有1处未得到有效执行扣1分 / 1个不符合扣1分: an occurrence, counted per failing item
            reader.i += 1
            clause.occurrence = (token.value, token.unit, _occurrence_words(reader, clause))
            continue
        if (
            kind == "NUM" and token.value == 1 and token.unit in COUNT_UNITS and clause.occurrence is None
            and clause.condition is None and clause.step is None and reader.kind(1) == "DEDUCT" and reader.kind(2) == "PTS"
        ):
            # 未建立的，1项扣1.8分 / 发现1例扣3.6分: per occurrence, not a condition of exactly one
            # (缺报1项扣1分: the fault word 缺 is a flag, not a label word, but it is half of what is counted)
            clause.occurrence = (token.value, token.unit, situation_words(tokens[:start]))
            reader.i += 1
            continue
        # (not before points of the clause's own: 否则酌情扣0.5-2■.0分 is a damaged span, its numbers unread; fuzz)
        if kind == "NUM" and reader.kind(1) in ("RANGE", "INCL") and _tiered(clause) and not any(t.kind == "PTS" for t in tokens[start:]):
            tier = reader._range()
            if tier is not None:
                clause.tiers.append(tier)  # 分值区间100%-80%(含): a tier of the entered score
                continue
            reader.i = start
        if kind == "NUM" and token.unit == "%" and reader.kind(1) == "SUF" and reader.peek(1).value == "<=" \
                and _SHARE_TIER.match(clause.text) and not any(t.kind == "PTS" for t in tokens[start:]):
            # 成效较差的，得60%以下: the lowest tier of the entered score, from 0 (manual_reading._fraction_tiers
            # settles the shared end with the tier above)
            tier = reader._suffixed()
            if tier is not None:
                clause.tiers.append(tier)
                continue
            reader.i = start
        if kind == "CMP" and token.text == "为" and reader.kind(1) == "PTS" and start + 2 == len(tokens) and clause.outcome is None:
            clause.outcome = ("points", tokens[start + 1].value)  # 符合2项标准为2分: the score, not a value equal to it
            reader.i += 2
            continue
        if kind == "SIGN":
            if signed is None and clause.condition is None:
                signed = token
            else:
                clause.unread.append(token)  # two signs, or a sign after the level: which band is meant?
            reader.i += 1
            continue
        if kind == "CMP" and token.text == "完成" and clause.condition is None and reader.kind(1) == "REF" \
                and tokens[start + 1].text in _NAMED_TARGETS and _share_done(tokens[start + 2:start + 4]):
            # 完成计划任务99%-80% / 超额完成计划任务>100%: the share of the task done names the measure, its level follows
            label_words.append(token.text + tokens[start + 1].text)
            reader.i += 2
            continue
        if clause.condition is None and clause.outcome is None and kind in ("NUM", "CMP", "PM"):
            unread = len(clause.unread)
            condition = reader.condition()
            if condition is not None:
                clause.condition = condition
                clause.label = "".join(label_words)
                continue
            reader.i = start
            if len(clause.unread) > unread:  # a gap from the target: skip past its number
                reader.i = clause.tokens.index(clause.unread[-1]) + 1
                continue
        if kind == "FULL" and token.text == "满分" and reader.kind(1) == "WORD" and any(t.kind == "BY" for t in tokens[:start]) \
                and any(t.kind == "SCORING" for t in tokens[start:]):
            clause.unread.append(token)  # 按减排量占满分减排量的比率得分: 满分 names a quantity of the method, not the score
            reader.i += 1
            continue
        if kind == "ZERO" and clause.outcome is not None and clause.outcome != ("points", Decimal(0)):
            clause.unread.append(token)  # 3分×分散管理不得分: 不得分 after the clause's points is a second score (once dropped)
            reader.i += 1
            continue
        if kind in ("VERB", "FULL", "ZERO", "PTS") and clause.outcome is None:
            if _read_outcome(reader, clause):
                continue
            reader.i = start
            if kind == "VERB" and reader.kind(1) == "NUM" and reader.kind(2) == "RANGE" and not tokens[start + 1].unit:
                clause.unread.append(tokens[start + 1])  # 得10-1酌情5分: a score range damaged, not a band
                reader.i += 2
                continue
        if kind == "WORD" and token.text in _SHORT_BY and reader.kind(1) == "CMP" and clause.condition is None \
                and clause.outcome is None and (short := reader.short_by()) is not None:
            clause.condition = short  # 低超过10%
            clause.label = "".join(label_words)
            continue
        if kind == "WORD":
            label_words.append(token.text)
        if kind in ("NUM", "PTS"):
            clause.unread.append(token)
        reader.i += 1
    if signed is not None:
        condition = signed_condition(clause.condition, signed)
        if condition is None:
            clause.unread.append(signed)
        else:
            clause.condition = condition
    if not clause.label:
        clause.label = "".join(label_words)
    if _states_the_standard(clause):
        # 标准为12000人，实际值占标准的比例达到100%得3分 (the 规范写法 of a level): the standard the share is taken of
        clause.reference = (clause.condition.interval.low, clause.condition.unit)  # type: ignore[union-attr]
        clause.condition = None
    if _states_the_target(clause):
        # 全县预期目标增幅为61.3%。达到预期目标增幅的得20分…: the target printed, as 以61.3%为标准 prints it
        clause.reference = (clause.condition.interval.low, clause.condition.unit)  # type: ignore[union-attr]
        clause.condition = None
    either = next((i for i, t in enumerate(tokens) if t.kind == "WORD" and t.text.endswith("或")), None)
    if clause.condition is not None and either is not None and any(t.kind == "CMP" for t in tokens[:either]) \
            and any(t.kind == "CMP" for t in tokens[either + 1:]) and not clause.condition.interval.magnitude:
        # 未达到预期指标或超过预期指标30%以上的: two comparisons joined by 或, one band cannot hold both
        clause.unread.append(next(t for t in tokens[:either] if t.kind == "CMP"))
    if len(tokens) >= 2 and tokens[-1].kind == "OVER" and tokens[-2].kind == "PTS":
        clause.unread.append(tokens[-1])  # 扣1分/，扣完为止: per what the slash would say is lost (扣1分/次 is 每次扣1分)
    passed = _comparison_passed_over(clause, tokens)
    if passed is not None:
        clause.unread.append(passed)
    points = _points_after_the_target(tokens)
    if points is not None and clause.has_outcome:
        clause.unread.append(points)
    clause.tokens = [token for index, token in enumerate(tokens) if index not in skipped]
    return clause


def _comparison_passed_over(clause: Clause, tokens: list[Token]) -> Token | None:
    """中标价不高于控制价的90%得满分: a comparison the level is read without (a word between them), once read as
    exactly 90% (everything below the cap scored nothing); what the comparison bounds is not read, so refused."""
    condition = clause.condition
    if condition is None or not isinstance(condition.interval.low, Decimal) or condition.interval.low != condition.interval.high:
        return None
    at = next((i for i, t in enumerate(tokens) if t.kind == "NUM"), None)
    if at is None or at < 3:
        return None
    before = tokens[at - 3:at]
    if before[0].kind == "CMP" and before[0].text not in ("为", "=", "达到", "达", "完成") and before[1].kind == "WORD" \
            and before[2].kind == "DE":
        return before[0]
    return None


def _share_done(ahead: list[Token]) -> bool:
    """A rate right after 完成计划任务: 80%以下, 99%-80%, >100%, 达到100% (not 完成计划任务的, 完成计划任务2910人)."""
    if ahead and ahead[0].kind == "CMP" and ahead[0].text not in ("完成", "未完成", "完不成", "没有完成", "未能完成"):
        ahead = ahead[1:]
    return bool(ahead) and ahead[0].kind == "NUM" and ahead[0].unit == "%"


def _read_outcome(reader: _Reader, clause: Clause) -> bool:
    tokens = reader.tokens
    if reader.kind() == "VERB":
        reader.i += 1
    if reader.kind() == "FULL":
        reader.i += 1
        if reader.kind() == "OPEN" and reader.kind(1) == "PTS" and reader.kind(2) == "CLOSE":
            reader.i += 1  # 得满分(6分)
        if reader.kind() == "PTS":  # 得满分值2分
            clause.outcome = ("points", tokens[reader.i].value)
            reader.i += 1
            if reader.kind() == "CLOSE":
                reader.i += 1
        else:
            clause.outcome = ("points", None)
        return True
    if reader.kind() == "ZERO":
        reader.i += 1
        clause.outcome = ("points", Decimal(0))
        return True
    if reader.kind() in ("NUM", "PTS") and reader.kind(1) == "RANGE" and reader.kind(2) == "PTS":
        # 得10-15分 / 得7分-12分: a span the evaluator's score must lie in
        low, high = tokens[reader.i].value, tokens[reader.i + 2].value
        if low >= high:
            return False  # 得15-10分: written backwards, or a damaged cell
        clause.outcome = ("span", (low, high))
        reader.i += 3
        return True
    if reader.kind() == "PTS":
        clause.outcome = ("points", tokens[reader.i].value)
        reader.i += 1
        return True
    if reader.kind() == "NUM" and reader.peek().unit == "%" and 0 < reader.peek().value <= 1:  # type: ignore[union-attr]
        # 得100%分 / 得80%分 / 给予60%分值 / 得60%的分值: a share of the 分值 (100%: the 分值 itself)
        share = tokens[reader.i].value
        given = reader.i > 0 and tokens[reader.i - 1].kind == "VERB"  # (给予60%分值, never a share standing alone)
        if reader.kind(1) == "WORD" and reader.peek(1).text == "分":
            taken = 2
        elif reader.kind(1) == "FULL" and reader.peek(1).text == "分值" and given:
            taken = 2
        elif [reader.kind(1), reader.kind(2)] == ["DE", "FULL"] and reader.peek(2).text == "分值" and given:
            taken = 3
        else:
            return False
        clause.outcome = ("points", None) if share == 1 else ("share", share)
        reader.i += taken
        return True
    return False


_SCORE_CEILINGS = frozenset({"不超过", "不高于", "最高", "最多", "至多", "≤"})


def _tiered(clause: Clause) -> bool:
    """酌情…按分值区间100%-80%(含)… / …档…分值的…: ranges in the clause are tiers of the entered score."""
    return any(t.kind == "MANUAL" for t in clause.tokens) or ("档" in clause.text and "分值的" in clause.text) \
        or bool(_SHARE_TIER.match(clause.text))


# 达成年度指标的，按分值的100%-80%（含）计分 / 部分达成的按80%-60%（含）记分 / 得该指标分值的100%-80%（含）: a situation's
# tier of the 分值, the 10号 qualitative note written one tier per clause
# (差的按60%-0%计分: a one-character situation; 成效较差的，得60%以下: the lowest tier, said by its top alone)
_SHARE_TIER = lazy_compile(r"^(?:[\u4e00-\u9fff]{1,30}?的)?(?:按|得)(?:该指标|该项|本项|指标)?(?:分值的)?"
                           r"(?:\d+(?:\.\d+)?%[-~至—]+\d+(?:\.\d+)?%(?:\(含\))?|\d+(?:\.\d+)?%以下)(?:计分|记分|计|记|确定得分)?$")


def _started_step_counts_whole(tokens: list[Token], start: int) -> tuple[int, Token, bool] | None:
    """不足1个百分点的按1个百分点计 / (不到0.1平方米按0.1计算): the tokens it takes, the step's size, and whether
    it stands in brackets; None when the tokens at ``start`` say no such thing."""
    bracketed = start < len(tokens) and tokens[start].kind == "OPEN"
    at = start + 1 if bracketed else start
    kinds = [t.kind for t in tokens[at:at + 5]]
    if not kinds or kinds[0] != "CMP" or tokens[at].value != "<":
        return None
    def counted(at: int) -> bool:  # 按1个月计 / 按1个百分点计算: the words closing the idiom
        return at < len(tokens) and tokens[at].kind in ("WORD", "VERB") and (
            tokens[at].text in ("计算", "计", "算") if bracketed else tokens[at].text.startswith("计"))

    # (不足1个月按1个月计 without 的 or brackets: only with 计 after it, which says how the step counts)
    for shape in (["CMP", "NUM", "DE", "BY", "NUM"], ["CMP", "NUM", "BY", "NUM"] if bracketed or counted(at + 4) else None):
        if shape is not None and kinds[:len(shape)] == shape and tokens[at + 1].value == tokens[at + len(shape) - 1].value:
            end = at + len(shape)
            break
    else:
        return None
    if counted(end):
        end += 1
    if bracketed:
        if end >= len(tokens) or tokens[end].kind != "CLOSE":
            return None
        end += 1
    return end - start, tokens[at + 1], bracketed


_BEHIND = ("滞后", "延迟", "推迟", "延期", "延误", "落后")


def _read_step(reader: _Reader, clause: Clause) -> bool:
    """每少10%扣1分 / 少5个扣1分 / 每超过1个百分点扣0.5分 / 每出现1个社区未完成的扣0.5分 / 每延迟1个月扣1分"""
    tokens = reader.tokens
    start = reader.i
    if reader.kind() == "EACH":
        reader.i += 1
    verb = reader.peek()
    between = 1 if reader.kind(1) in ("WORD", "REF") and reader.kind(2) == "NUM" and tokens[start].kind == "EACH" else 0
    if verb is not None and verb.kind == "STEPV" and not between and reader.kind(2) in ("SUF", "RANGE", "INCL") \
            and tokens[start].kind != "EACH":
        reader.i = start
        return False  # 逾期30天以内 / 逾期30-60天: a band of the lateness, not a step
    more_done = verb is not None and verb.kind == "STEPV" and verb.text == "多完成" \
        and any(t.kind == "ADD" for t in tokens[start:])  # 多完成1%加1分 beside 少完成1%扣1分
    if tokens[start].kind != "EACH" and not any(t.kind == "DEDUCT" for t in tokens[start:]) and not more_done:
        reader.i = start
        return False  # 新增1家…得0.5分: without 每 a step is one only when a deduction follows (少5个扣1分)
    if verb is not None and verb.kind in ("STEPV", "CMP") and reader.kind(1 + between) == "NUM":
        # 每超过预算1%扣0.5分 / 每高于标准5%扣1分: what the step is measured against, in words
        direction = verb.value if verb.kind == "STEPV" else ("below" if verb.value in ("<", "<=") else "above")
        size = tokens[reader.i + 1 + between]
        reader.i += 2 + between
        reader.skip_fillers()
        if reader.kind() == "WORD" and reader.kind(1) in ("DEDUCT", "DE"):
            # 每超1个工作日的 / 每少1%的 … : a trailing word that only says what is counted
            if not size.unit and _MEASURE_WORD.match(tokens[reader.i].text):
                clause.unread.append(size)  # 每缺1层扣1分: a measure word not known as a unit (once read as 1%)
            if _TIER_NOUN.match(tokens[reader.i].text) and size.unit in ("", "个"):
                clause.unread.append(size)  # 每低一个档次扣1分: tiers nowhere defined (once read as 每少1个)
            reader.i += 1
            reader.skip_fillers()
        if clause.step is not None:
            clause.unread.append(size)  # 低90%的每低1%: two steps in one clause, one of them a lost condition
            return True
        if verb.text in _BEHIND and size.unit == "%":
            direction = "below"  # 支出进度每滞后10个百分点: progress behind the reference, not days late
        clause.step = (direction, size.value, size.unit)
        return True
    # an occurrence: 每(出现|有|存在)?1个<what>…扣N分
    reader.i = start + (1 if tokens[start].kind == "EACH" else 0)
    if tokens[start].kind != "EACH":
        return False
    while reader.kind() == "WORD" and reader.kind(1) == "NUM":
        reader.i += 1
    if reader.kind() == "NUM" and reader.peek().value == 1 and reader.peek().unit in COUNT_UNITS:  # type: ignore[union-attr]
        count = tokens[reader.i]
        reader.i += 1
        if clause.occurrence is not None or clause.per is not None:
            clause.unread.append(count)  # 每项扣0.5分未按时报送的每次扣50分: two kinds run together
        clause.occurrence = clause.occurrence or (count.value, count.unit or "项", _occurrence_words(reader, clause))
        return True
    reader.i = start
    return False


_MEASURE_WORD = lazy_compile(r"[\u4e00-\u9fff](?![\u4e00-\u9fff])")  # 层 alone after a number: what it counts
_TIER_NOUN = lazy_compile(r"(?:档次?|等级|等次|级别|级)(?![\u4e00-\u9fff])")

# 每缺失1项内容 / 缺少1项资料: what is wrong is the verb before the count (not 有/出现/发现, which only say it happened)
_MISSING_VERB = lazy_compile(r"(?:缺少|缺失|遗漏|漏报|漏填|漏登|少报|缺报|缺)")


def _occurrence_words(reader: _Reader, clause: Clause) -> str:
    """What each occurrence is (社区年度运营经费超过50万元), up to the deduction; a number in it other than
    a compared amount (运营经50、费超过…) is not understood."""
    tokens, words = reader.tokens, []
    before = tokens[reader.i - 2] if reader.i >= 2 else None
    if before is not None and before.kind in ("WORD", "STEPV") and tokens[reader.i - 1].kind == "NUM" and _MISSING_VERB.fullmatch(before.text):
        words.append(before.text)  # 每有1项缺失内容: the 规范写法 keeps what is missing
    while reader.kind() not in ("DEDUCT", "", "PTS", "ZERO"):
        either = reader.kind() == "NUM" and _either_one(tokens, reader.i)  # (…或重复部分: each one, as the first)
        sized = reader.kind(1) == "SUF"  # 每检查到1处连片5亩以上的: the size of each one counted, kept in its words
        if reader.kind() == "NUM" and tokens[reader.i - 1].kind != "CMP" and not either and not sized:
            clause.unread.append(tokens[reader.i])
        if not either:
            words.append(tokens[reader.i].text)
        reader.i += 1
    return "".join(words)


# tokens a situation's words may go on from (少于2次会议的 / 未完成任务的 / 每发现1处…的): any other before words, 的 and an
# outcome ends a clause whose separator was lost
_HOLDS_WORDS = frozenset({"WORD", "DE", "EXCEPT", "OPEN", "CMP", "NUM", "EACH", "STEPV", "AND", "BY", "REF", "OTHER", "INCL", "MARK"})
_OUTCOME_KINDS = frozenset({"PTS", "FULL", "ZERO", "SCORING", "VERB", "DEDUCT"})
# ≥50个资料不齐全的扣1分: words saying what is wrong, after a count — a fault of its own, not the thing counted (2次会议)
_FAULT_WORDS = lazy_compile(r"不齐|不全|不完整|缺失|未|没有|弄虚|虚假|违规|违纪|事故")


def _situation_starts(current: list[Token], tokens: list[Token], index: int) -> bool:
    """Whether the word at ``index`` opens a situation of its own after the last token of ``current`` (an outcome, a level),
    its separator lost:
    words, 的 and an outcome (…得5分弄虚作假的不得分, ≥90%弄虚作假的不得分); a longer word and straight away an outcome
    (…不得分发生安全事故不得分); after a count, a word saying what is wrong (≥50个资料不齐全的扣1分 — never the thing
    counted: 少于2次会议的扣1分, nor what a count of occurrences counts: 每发现1处防火隔离带未清理扣1分)."""
    last = current[-1]
    with_de = [t.kind for t in tokens[index + 1:index + 3]] in (["DE", "ZERO"], ["DE", "DEDUCT"])
    if last.kind == "SUF" and not last.text.endswith(("上", "下")):
        return False  # (学校周边500米范围内有网吧的扣1分: what lies within the range)
    if last.kind == "SUF" and len(current) > 1 and current[-2].kind == "WORD" and "\u4e00" <= current[-2].text[-1] <= "\u9fff":
        return False  # (发生较大及以上事故的不得分: a named degree and above, of the word it qualifies)
    if with_de and last.kind == "SUF" and _FAULT_WORDS.search(tokens[index].text) is None \
            and not any(t.kind in _OUTCOME_KINDS for t in current):
        return False  # (4个月以上兑付的不得分: how the level is reached, said after it — no outcome before to close)
    if with_de and last.kind not in _HOLDS_WORDS:
        return True  # …按比例计分弄虚作假的不得分 / 不及时扣分弄虚作假的… / …(每少1次扣0.2分)弄虚作假的不得分
    if last.kind in ("PTS", "FULL", "ZERO", "SUF", "SCORING") or last.kind == "NUM" and last.unit == "%":
        if with_de:
            return True
        if last.kind != "SCORING" and len(tokens[index].text) >= (2 if last.kind in ("PTS", "FULL", "ZERO") else 4) \
                and not tokens[index].text.startswith(_AGAIN) and _outcome_follows(tokens, index + 1):
            return True
    return last.kind == "NUM" and _FAULT_WORDS.search(tokens[index].text) is not None \
        and any(t.kind == "CMP" for t in current) and not any(t.kind in ("EACH", "STEPV") for t in current) \
        and (with_de or _outcome_follows(tokens, index + 1))


# 迟到扣1分再次迟到扣3分: a second rung of the same fault, never a fault of its own (text/fault_runs.py)
_AGAIN = ("再", "又", "第", "重复", "多次", "累计", "连续")


def _outcome_follows(tokens: list[Token], index: int) -> bool:
    """…不得分发生安全事故不得分 / …得5分资料不齐全扣1分 / ≥90%发生安全事故不得分: after an outcome or a rate's level, a
    word and straight away an outcome of its own — the next clause, its separator lost where the table's cells ran
    together (a short word after a level is the level's: 5%-10%之间扣3分, 20分钟以上到达不得分)."""
    kinds = [t.kind for t in tokens[index:index + 2]]
    return kinds[:1] == ["ZERO"] or kinds == ["DEDUCT", "PTS"]


def _situation_after_otherwise(tokens: list[Token], index: int) -> Token | None:
    """否则资料不全的不得分: words and 的 between 否则 and its outcome name a situation of their own — the first word."""
    kinds = [t.kind for t in tokens[index:]]
    if len(kinds) >= 3 and kinds[0] == "WORD" and "DE" in kinds[1:3] and any(
            kind in ("ZERO", "DEDUCT", "VERB", "PTS") for kind in kinds[kinds.index("DE"):]) \
            and tokens[index].text not in _CARRIERS and not tokens[index].text.startswith(_NEGATED_START):
        return tokens[index]
    return None


def _either_one(tokens: list[Token], index: int) -> bool:
    """缺失1项内容或重复1个部分: one more way of the same occurrence, counted alike (1 of it, after 或)."""
    token, before = tokens[index], tokens[index - 1]
    return token.value == 1 and token.unit in COUNT_UNITS and before.kind == "WORD" and "或" in before.text \
        and tokens[index + 1:index + 2] != [] and tokens[index + 1].kind == "WORD"


def _per_unit_cap(tokens: list[Token], at: int) -> bool:
    """每人最多扣3分 / 每人每月最多扣2分: 每 and its unit right before the cap, no deduction between — the cap of each
    person (time, month) counted, which a cap of the whole would misplace."""
    i = at - 1
    while i >= 0 and tokens[i].kind in ("WORD", "EACH"):
        if tokens[i].kind == "EACH" or tokens[i].text.startswith("每"):  # (每月 / 每学期 are one word)
            return True
        i -= 1
    return False


def clauses(text: str) -> list[Clause]:
    """Fragments read and joined: a condition waiting for its outcome, a step waiting for its deduction."""
    from .sentence_apart import kept_apart

    read: list[Clause] = []
    for fragment in _steps_rejoined(fragments(text), text):
        level = read[-1].condition.interval if read and read[-1].condition is not None else None
        numbered = level is not None and any(isinstance(end, Decimal) for end in (level.low, level.high))
        read.append(read_clause(fragment, after_level=numbered and read[-1].outcome is not None))
    _over_the_same_target(read)
    _fallen_from_the_level(read)
    _task_before_its_formula(read)
    joined: list[Clause] = []
    for clause in read:
        if joined and _joins(joined[-1], clause) and not kept_apart(text, joined[-1], clause):
            joined[-1] = _join(joined[-1], clause)
        else:
            joined.append(clause)
    return joined


_OVER = ("超过", "超出", "高于")


# 按完成比例得分 / 按比例计分: the share of the plan done announced as the method (its formula after it)
SHARE_ANNOUNCED = lazy_compile(r"按(?:完成|实际完成)?比例(?:得分|计分|赋分|计算)")


def _task_before_its_formula(read: list[Clause]) -> None:
    """新建社区健身路径50处，得分=实际建成数/50×5: a task stated in a count, then a formula dividing by that number — the
    task's count is the target the formula names (its unit, 处, the formula's bare 50 leaves unsaid), as 目标值50处 is
    (_states_the_target). Only right before such a formula: alone, 新建50处 is a level reached."""
    # (计划新建健身路径60条，按完成比例得分，得分=完成数/60×4: the share announced between them, then spelled out)
    announced = [(task, formula) for task, between, formula in zip(read, read[1:], read[2:])
                 if SHARE_ANNOUNCED.fullmatch(between.text)]
    for task, formula in list(zip(read, read[1:])) + announced:
        kinds = [t.kind for t in task.tokens]
        if kinds != ["WORD", "NUM"] or WHICH_WAY_UNSAID.search(task.text) or task.condition is None or task.has_outcome or task.unread or task.step is not None \
                or task.tokens[1].unit in ("", "%") or task.tokens[1].unit in MONEY_SCALE \
                or formula.outcome is None or formula.outcome[0] != "formula" \
                or formula.condition is not None or formula.otherwise:
            continue
        number = task.tokens[1].value
        if task.condition.interval.low != task.condition.interval.high or task.condition.interval.low != number:
            continue
        named = _plan_named(task, formula.outcome[1])
        if named is not None:  # 计划培训1200人次，按实际完成人次/计划人次×3分计分: the plan's name is its number
            formula.outcome = ("formula", formula.outcome[1].replace(named, general_text(number)))
        if re.search(rf"[/÷]{re.escape(general_text(number))}(?![\d.%])", formula.outcome[1]):
            task.reference, task.condition = (number, task.tokens[1].unit), None


def _plan_named(task: Clause, source: str) -> str | None:
    """计划人次 / 计划培训人次 / 计划处数 / 计划数 in a formula after 计划培训1200人次 (计划新建健身路径30处): the plan the task
    states, named by 计划 and what it counts (its unit, or the words of the task ending in it) — the name, else None.
    Only a task that says 计划 itself, one such name in the formula, as its divisor."""
    said = task.tokens[0].text
    found = _OVER_THE_PLAN.findall(source)
    if not said.startswith("计划") or len(found) != 1 or source.count(found[0][1:]) != 1:
        return None
    name, unit = found[0][1:], task.tokens[1].unit
    counted = name.removeprefix("年度").removeprefix("计划").removesuffix("数")  # 培训人次 / 处 / "" (计划数)
    # (计划培训人次 after 计划培训基层干部500人次: the unit, after words of the task's own; 计划场次 after
    # 计划参与接待场次48场: the thing counted named right before the number, of two characters at least)
    return name if not counted or counted.endswith(unit) and counted.removesuffix(unit) in said \
        or len(counted) >= 2 and said.endswith(counted) else None


def _over_the_same_target(read: list[Clause]) -> None:
    """超过预算10%以内的得2分，超过10%的不得分: a bare share over, after a band over the target by a share, is over that
    target too (once read as the value above 10%, and explained as 完成率>10%)."""
    over_target = False
    for clause in read:
        condition = clause.condition
        if condition is None:
            continue
        interval = condition.interval
        if any(isinstance(end, FromTarget) and end.factor > ONE for end in (interval.low, interval.high)):
            over_target = True
            continue
        if over_target and condition.unit == "%" and isinstance(interval.low, Decimal) and interval.high is None \
                and 0 < interval.low < ONE and clause.tokens and clause.tokens[0].kind == "CMP" \
                and clause.tokens[0].text in _OVER:
            clause.condition = Condition(replace(interval, low=FromTarget(factor=ONE + interval.low)), "%", condition.bare)


def _fallen_by(clause: Clause) -> bool:
    """降低6个百分点以上 / 低于6个百分点以上 (below a level, and 以上: by how much, not where)."""
    kinds = [t.kind for t in clause.tokens[:3]]
    first = clause.tokens[0] if clause.tokens else None
    return first is not None and (first.kind == "STEPV" and first.text in REDUCTIONS
                                  or first.kind == "CMP" and first.text == "低于" and kinds[1:] == ["NUM", "SUF"]
                                  and clause.tokens[2].value == ">=")


def _fallen_from_the_level(read: list[Clause]) -> None:
    """满足率达到100%得6分；每降低1个百分点扣1分；降低6个百分点以上的，记0分: after steps down from a printed level, the
    same verb before a number is how far the value has fallen from that level (at most 94%), never the value itself
    (once read as 6%≤满足率≤100% 不得分: 97% scored 0)."""
    level: Clause | None = None
    falling = False
    for clause in read:
        condition = clause.condition
        fallen = _fallen_by(clause)
        if level is None and condition is not None and not fallen and condition.unit == "%" and clause.step is None \
                and isinstance(condition.interval.low, Decimal) and condition.interval.high is None:
            level = clause
            continue
        if level is not None and clause.step is not None and clause.step[0] == "below" and clause.step[2] == "%" \
                and any(t.kind == "STEPV" and t.text in REDUCTIONS + ("低",) for t in clause.tokens):
            falling = True
            continue
        if not falling or condition is None or not fallen or condition.unit != "%":
            continue
        interval, top = condition.interval, level.condition.interval.low  # type: ignore[union-attr]
        if isinstance(interval.low, Decimal) and interval.high is None and 0 < interval.low < top:  # type: ignore[operator]
            clause.condition = Condition(Interval(high=top - interval.low, high_inclusive=interval.low_inclusive), "%",
                                         condition.bare)
            clause.label = level.label


def _steps_rejoined(parts: list[Clause], text: str) -> list[Clause]:
    """少一项，扣0.25分 / 每少1项，扣1分: a step cut from its deduction by a comma is read as one fragment (少1项扣0.25分)."""
    result: list[Clause] = []
    for part in parts:
        before = result[-1] if result else None
        if before is not None and part.marker is None and [t.kind for t in part.tokens] == ["DEDUCT", "PTS"] \
                and [t.kind for t in before.tokens] in (["STEPV", "NUM"], ["EACH", "STEPV", "NUM"]) \
                and text[before.end:part.start].strip() in (",", "，"):
            result[-1] = Clause(text[before.start:part.end], before.start, part.end, before.tokens + part.tokens, before.marker)
        else:
            result.append(part)
    return result


def _joins(first: Clause, second: Clause) -> bool:
    if first.marker is not None and second.marker is not None:
        return False
    if _target_column_at(first.tokens, 0) and not first.has_outcome \
            and ([t.kind for t in second.tokens] == ["PTS"] or second.text in _VALUE_COLUMNS):
        # 指标值≥95%｜完成值：｜5分｜… (a 自评表 row's cells): the target's column, never a band waiting for the points of the
        # cells after it (once ≥95% scoring 5 beside 达到指标值的得满分 from an unset 100%: 93% scored 0, not 3)
        return False
    if second.marker is not None:
        return False
    if first.marker is not None and [t.kind for t in second.tokens] == ["OPEN", "PTS", "CLOSE"] and not first.has_outcome \
            and first.tokens and all(t.kind in ("WORD", "DE") for t in first.tokens):
        return True  # (2)采用自助借还设备。\n(3分): a page break between a point and its points
    if second.tokens and second.tokens[0].kind == "EACH" and (second.tokens[0] in second.unread or (
            second.occurrence is not None and second.outcome is not None and second.outcome[0] == "points")):
        return False  # 全年开展检查不少于4次，每(开展1)次得0.5分: points per time, never the points of the level before
    waiting_outcome = (first.condition is not None or first.otherwise) and not first.has_outcome and not first.unread
    if waiting_outcome and _steps_of_the_plan(first, second):
        return False  # 计划新建健身步道25公里，完成率每降低10%扣1分: the plan, then steps of its 完成率 (never at 25公里)
    if waiting_outcome and _share_of_the_plan(first, second):
        return False  # 计划新建健身路径30处，按完成比例计分: the plan, then the share of it done (never a level at 30处)
    if waiting_outcome and second.condition is None and not second.has_outcome and (
        second.announces_method or (second.tokens and all(t.kind == "WORD" for t in second.tokens))
    ):
        return True  # 大于等于60%的，按超过的比重赋分，计算公式为：得分=…
    if waiting_outcome and second.condition is None and (second.has_outcome or second.step is not None) and not second.otherwise \
            and not own_situation(second) and not named_situation(second):
        return True
    if _bounds_one_band(first, second):
        return True  # ≥规定数的80%，＜规定数的90%，得0.5分: one band, bounded on both sides
    if waiting_outcome and _floor_met(first, second):
        return True  # 核查比例不低于5%，达到的得2分: the floor just required, reached
    if waiting_outcome and first.step is None and first.condition is not None and _proportional_deduction(second):
        return True  # 不达90%的，按比例扣分
    described = first.tokens and first.tokens[-1].kind == "DE" and not first.has_outcome and first.step is None \
        and not first.unread and first.condition is None
    if described and second.outcome is not None and second.condition is None and not second.otherwise and \
            second.step is None and len(second.tokens) <= 3 and not own_situation(second):
        return True
    if described and first.text.startswith(_NEGATED_START) and second.outcome is not None and second.outcome[0] == "formula" \
            and second.tokens[0].kind in ("SCORE_IS", "BY") and second.condition is None and not second.otherwise:
        # 覆盖率100%，得2分；未全覆盖的，得分=覆盖率×2: the level missed, then its formula (未完成的，按实际下降率/3.5%×6计分:
        # as 未完成的按… without the comma)
        return True
    if described and _bare_deduction(second):
        return True  # 资金未落实的，扣2分: as 资金未落实的扣2分
    words_only = situation_in_words(first) or _points_met(first)
    if words_only and situation_in_words(second) and second.text.startswith(("但", "且", "并", "而", "或")):
        return True  # 有结余，但不超过上年结转，2分
    if words_only and second.outcome is not None and second.outcome[0] in ("points", "span") and second.condition is None \
            and not second.otherwise and all(t.kind in ("VERB", "PTS", "ZERO", "FULL", "NUM", "RANGE", "OPEN", "CLOSE")
                                             or (i == 0 and t.text in _THIS_ITEM)
                                             or (i == 0 and t.text == "得分" and len(second.tokens) == 2)  # …符合要求,得分10分
                                             for i, t in enumerate(second.tokens)) \
            and (second.outcome[0] == "span" or not any(t.kind in ("NUM", "RANGE") for t in second.tokens)):
        return True
    if first.step is not None and first.per is None and first.added is None and second.per is not None and second.step is None:
        return True
    if first.step is not None and first.per is None and first.added is None and second.outcome is not None \
            and second.outcome[0] == "added" and second.step is None and second.condition is None:
        return True
    if first.occurrence is not None and first.per is None and second.per is not None:
        return True
    if first.occurrence is not None and first.per is None and not first.has_outcome and not first.unread \
            and [t.kind for t in second.tokens] == ["ZERO"]:
        return True  # 有1项不符合，不得分: as 有1项不符合不得分 (…，该项不得分 stays the situation's own, rules/item_deductions.py)
    return False


def _steps_of_the_plan(first: Clause, second: Clause) -> bool:
    """A plan's quantity stated (计划新建…25公里 / 应发放12000张), then steps in % of a rate named at their start
    (完成率每降低10% / 发放率每低1%), or steps short of it in its own unit (计划建设500张，每少建10张): the steps count
    from the plan, which stated_plan.py takes as the standard — never a deduction made only at exactly 500张."""
    if second.step is None or first.condition is None or first.condition.unit in ("", "%") or not second.tokens:
        return False
    from .stated_plan import plan_stated, rate_of_the_plan  # (only a quantity's clause before steps comes here)

    if second.step[2] == first.condition.unit and second.step[0] == "below" and second.condition is None:
        return plan_stated(first)
    return second.step[2] == "%" and second.tokens[0].kind == "WORD" and second.tokens[0].text.endswith("率") \
        and rate_of_the_plan(first, second.tokens[0].text)


# 实际完成人次/计划人次 / 实际建成处数/计划数: a formula dividing by the plan, named (计划…) rather than its number
_OVER_THE_PLAN = lazy_compile(r"[/÷](?:年度)?计划[\u4e00-\u9fff]{0,8}(?![\u4e00-\u9fff\d])")


def _share_of_the_plan(first: Clause, second: Clause) -> bool:
    """A plan's quantity stated (计划培训1200人次 / 计划新建健身路径30处), then the score by the share of it done, with no
    level of its own: 按完成比例计分, or a formula over the plan by name (按实际完成人次/计划人次×3分计分). The plan is the
    standard the share is of (stated_plan.py), never a level reached at exactly 1200人次."""
    if first.condition is None or first.condition.unit in ("", "%") or second.condition is not None or second.otherwise \
            or second.outcome is None or second.step is not None:
        return False
    if second.outcome == ("prop", None):
        shared = any(t.kind == "PROP" and t.text in COMPLETION_SHARE for t in second.tokens)
    else:
        shared = second.outcome[0] == "formula" and bool(_OVER_THE_PLAN.search(second.outcome[1]))
    if not shared:
        return False
    from .stated_plan import plan_stated

    return plan_stated(first)


def _floor_met(first: Clause, second: Clause) -> bool:
    """核查比例不低于5%，达到的得2分 / …不低于80%，达到的得2分，每低1个百分点扣0.1分: 达到的 after a floor required (no
    outcome of its own) is that floor reached — the level's own side, never the 否则 that 未达到的 is (once two 否则).
    Only a floor: after a ceiling (控制在5%以内，达到的…) 达到 could name the ceiling reached, the other side."""
    if first.condition is None or first.has_outcome or first.otherwise or first.step is not None or first.unread \
            or not second.otherwise or second.condition is None and not second.has_outcome or second.step is not None:
        return False
    interval = first.condition.interval
    kinds = [t.kind for t in second.tokens[:2]]
    return kinds == ["CMP", "DE"] and second.tokens[0].text in ("达到", "达") and second.condition is None \
        and isinstance(interval.low, Decimal) and (interval.high is None or _quantity_stated(first))


def _quantity_stated(clause: Clause) -> bool:
    """新增馆藏图书2万册，达到的得3分: a quantity stated bare (the measure's words, then its number in a unit) is the
    level the next clause's 达到的 reaches — at least that much, as 达到2万册的得3分 says (once read as the level
    alone earning full marks and 达到的得3分 as its 否则: 2万册 or more scoring the full 5, less scoring 3). Not a
    quantity whose direction is open (投诉件数5件，达到的…: reached from below or above?)."""
    interval = clause.condition.interval if clause.condition is not None else None
    return interval is not None and isinstance(interval.low, Decimal) and interval.low == interval.high \
        and interval.low > 0 and not interval.magnitude and [t.kind for t in clause.tokens] in (["WORD", "NUM"], ["NUM"]) \
        and clause.tokens[-1].unit not in ("", "%") and not WHICH_WAY_UNSAID.search(clause.text)


# 未开展的 / 没有 / 达不到的: words that say the requirement before them was not met, no situation of their own
_NEGATED_START = ("未", "没有", "不", "无", "达不到")


def own_situation(clause: Clause) -> bool:
    """弄虚作假的不得分 / 发生安全事故的扣5分: a situation of its own (words, then 的) before the outcome — never the outcome a
    level before it waits for (90%。弄虚作假的不得分 once read as 90%不得分, otherwise full marks)."""
    kinds = [t.kind for t in clause.tokens]
    first = next((i for i, kind in enumerate(kinds) if kind != "SUF"), len(kinds))  # (a level's 及以上 cut off before it)
    if first == len(kinds) or kinds[first] != "WORD" or clause.tokens[first].text.startswith(_NEGATED_START):
        return False  # (每年至少开展2次演练,未开展的扣1分 / 按要求完成的得4分: the level's own requirement, met or not)
    outcome = next((i for i, kind in enumerate(kinds) if kind in ("VERB", "PTS", "ZERO", "FULL", "DEDUCT", "ADD")), len(kinds))
    return "DE" in kinds[first + 1:outcome]


# 满意度≥90%，则得满分 / …，该项不得分: words that only carry the outcome to the level before them
_CARRIERS = _THIS_ITEM | {"则", "即", "可", "均", "全部", "方可", "给予", "视为", "按", "就", "才", "的"}


# 全年不少于4次会议…，按要求完成的得4分: the level met, said in words
# (达到任务得3分: the task, the level's own) / …比值大于100部分，作为基数100分的减值: the level's amount as the outcome
_LEVEL_MET = lazy_compile(r"(?:要求|规定|标准|计划)?(?:完成|达到|达标|符合|满足|做到|实现)?(?:要求|规定|标准|任务|目标|计划|指标)?"
                          r"|(?:作为|做为)[\u4e00-\u9fff]*")


def named_situation(clause: Clause) -> bool:
    """满意度≥90%，资料不全不得分 / 每年召开会议不少于2次，缺项不得分 / …，弄虚作假不得分: words of a situation (no 的
    needed) before the outcome name what it is for — never the level before it (once read as ≥90%不得分; 不符合的不得分
    and 未完成的扣2分 as ≥90%扣2分 too). A step (村张贴海报每少1张扣0.5分) still joins, and so does the level's own
    failure said as a comparison (未达到的 / 低于的: read as the level missed)."""
    zero_or_minus = clause.outcome == ("points", Decimal(0)) or (clause.outcome is not None and clause.outcome[0] == "minus")
    if clause.step is not None or clause.per is not None or clause.occurrence is not None or not zero_or_minus:
        return False  # (低于90%：得分=实际占比/90%×2分: the formula's own words; ②每年至少召开2次会议，研究部署工作（5分）: a point's)
    kinds = [t.kind for t in clause.tokens]
    outcome = next((i for i, kind in enumerate(kinds) if kind in ("VERB", "PTS", "ZERO", "FULL", "DEDUCT", "ADD", "SCORING")), len(kinds))
    words = [t for t in clause.tokens[:outcome] if t.kind in ("WORD", "EXCEPT")]
    return any(t.text not in _CARRIERS and not _LEVEL_MET.fullmatch(t.text) for t in words)


def situation_in_words(clause: Clause) -> bool:
    """A situation described in words only (有结余 / 资料齐全的 / 但不超过上年结转): no number, no score."""
    return bool(clause.tokens) and not clause.unread and clause.outcome is None and all(
        t.kind in ("WORD", "EXCEPT", "ALL_MET", "OPEN", "CLOSE", "DE", "CMP", "REF", "AND", "BY") for t in clause.tokens
    ) and clause.tokens[-1].kind != "BY"


def _bounds_one_band(first: Clause, second: Clause) -> bool:
    if first.condition is None or first.has_outcome or first.unread or first.step is not None or first.otherwise \
            or second.condition is None or second.step is not None or second.otherwise \
            or first.condition.unit != second.condition.unit:
        return False
    if any(t.kind == "STEPV" for t in second.tokens):
        return False  # 上年度执行率低于90%的，本年度需提高5%以上: a rise from last year's, no bound of the same rate
    both = _intersect(first.condition, second.condition)
    return both is not None and isinstance(both.interval.low, Decimal) and isinstance(both.interval.high, Decimal) \
        and both.interval.low < both.interval.high


def _points_met(clause: Clause) -> bool:
    """2项培训均满足 / 1项满足: how many points are met, said before the score."""
    counts = [t for t in clause.tokens if t.kind == "NUM"]
    return len(counts) == 1 and counts[0].unit == "项" and clause.unread in ([], counts) and clause.outcome is None \
        and clause.condition is None and all(t.kind in ("NUM", "WORD", "ALL_MET", "DE") for t in clause.tokens) \
        and bool(re.search(r"满足|符合|具备|完成", clause.text))


def _join(first: Clause, second: Clause) -> Clause:
    merged = Clause(
        first.text + "，" + second.text, first.start, second.end, first.tokens + second.tokens, first.marker,
    )
    merged.tiers = first.tiers + second.tiers
    stepped = first.step is not None and second.outcome is not None and second.outcome[0] in ("minus", "added")
    clash = False
    band = _bounds_one_band(first, second)
    for name in ("condition", "outcome", "step", "per", "added", "occurrence", "cap", "reference", "policy", "stated_total"):
        mine, theirs = getattr(first, name), getattr(second, name)
        if name == "condition" and band:
            merged.condition = _intersect(mine, theirs)
            continue
        if mine is not None and theirs is not None and mine != theirs and not (name == "outcome" and stepped):
            clash = True  # 减0.1分低于30%不得分 run into a clause that has its own condition and score
        setattr(merged, name, mine if mine is not None else theirs)
    merged.clamp = first.clamp or second.clamp
    merged.otherwise = first.otherwise or (second.otherwise and not _floor_met(first, second))
    if merged.condition is not None and second.otherwise and _floor_met(first, second) and _quantity_stated(first):
        # (2万册，达到的: at least 2万册 — the quantity stated is a floor once reached)
        merged.condition = replace(merged.condition, interval=replace(merged.condition.interval, high=None, high_inclusive=False))
    merged.manual = first.manual or second.manual
    merged.all_met = first.all_met or second.all_met
    merged.except_words = first.except_words or second.except_words
    merged.unread = first.unread + second.unread
    if clash:
        merged.unread += [token for token in second.tokens if token.kind in ("NUM", "PTS")][:1] or second.tokens[:1]
    merged.definition = first.definition and second.definition
    merged.negated = first.negated or second.negated
    merged.per_of_full = first.per_of_full or second.per_of_full
    merged.label = first.label or second.label
    merged.per_period = first.per_period or second.per_period
    # 每少10%，扣1分 / 每增加1000亩，加0.05分: the points of the step, and whatever outcome the first part had
    if second.outcome and second.outcome[0] == "minus" and first.step is not None:
        merged.outcome, merged.per = first.outcome, second.outcome[1]
    if second.outcome and second.outcome[0] == "added" and first.step is not None:
        merged.outcome, merged.added = first.outcome, second.outcome[1]
    if _proportional_deduction(second):
        merged.outcome, merged.policy = ("shortfall", None), None
    if first.otherwise and first.outcome is None and first.per is None and second.per is not None and second.step is None \
            and second.occurrence is None and second.outcome is None and not second.per_of_full:
        merged.outcome, merged.per = ("minus", second.per), None  # 未达到的，扣1分: as 未达到的扣1分
    elif first.outcome is None and first.per is None and first.step is None and first.occurrence is None and first.condition is None \
            and _bare_deduction(second) and (
            _NEGATION.search(first.text) or any(t.kind == "EXCEPT" for t in first.tokens)):
        merged.outcome, merged.per, merged.negated = ("minus", second.per), None, True  # 资金未落实的，扣2分: as 资金未落实的扣2分
    elif _level_waiting_deduction(first) and _bare_deduction(second):
        merged.outcome, merged.per = ("minus", second.per), None  # 会议全年少于2次的，扣3分: as 少于2次的扣3分
    elif _one_counted(first) and _bare_deduction(second):
        # 信息预报少报1次,扣2分: as 少报1次扣2分, each time (never a condition of exactly one, deducted once)
        count = first.tokens[-1]
        merged.condition, merged.occurrence = None, (count.value, count.unit, situation_words(first.tokens[:-1]))
    return merged


# the words of a situation as written: 不能按要求完成…任务 keeps its 按 (BY), 完成 (CMP), 任务 (REF) and inner 的 — once
# only WORD tokens were joined, and the fault was printed 不能要求完成…
_SITUATION_WORD_KINDS = frozenset({"WORD", "EXCEPT", "BY", "CMP", "REF", "DE", "AND", "OPEN", "CLOSE"})


def situation_words(tokens: list[Token]) -> str:
    """The situation said before a count (不能按要求完成上级交办任务的|1次扣2分), every word of it, its last 的 off."""
    words = "".join(t.text for t in tokens if t.kind in _SITUATION_WORD_KINDS).removesuffix("的")
    # 火灾隐患检查不到位的发现|1处: what is found, not the finding (发生|1起 alone keeps its verb, the only name it has)
    return re.sub(rf"的?{_FINDING}$", "", words) or words


# 年度检查发现1处… / 日常检查每发现1处…: where or when it is found, said before the count — part of the fault's name
_FINDING = r"(?:发现|出现|发生|存在|查出|查实|查到|检查到|核实|有|见)"
_FINDING_EACH = lazy_compile(rf"{_FINDING}?|[\u4e00-\u9fff]{{0,2}}")  # 每发现|1处 / 每漏报|1次: 每 opens the count itself
_FOUND_AT_ENDS = lazy_compile(rf"^(?:若|如果|如|其中|凡)?(?:{_FINDING}(?:或|、)?)*|(?:{_FINDING}(?:或|、)?)*{_FINDING}$")


def said_before_count(clause: Clause) -> str:
    """The words before an occurrence's count (年度检查|发现1处未及时调整的扣2分 → 年度检查), its finding verb off; nothing
    where anything but words stands there (a number, a level, points: not a situation's name)."""
    if clause.occurrence is None:
        return ""
    count = next((i for i, t in enumerate(clause.tokens) if t.kind == "NUM" and t.value == clause.occurrence[0]
                  and (t.unit or "项") == clause.occurrence[1]), None)
    if count is None or any(t.kind == "EACH" and not _FINDING_EACH.fullmatch("".join(u.text for u in clause.tokens[i + 1:count]))
                            for i, t in enumerate(clause.tokens[:count])):
        return ""  # 每次检查发现1处问题: 每 opens a period or a round of checks (次检查), no name of where it is found
    before = [t for t in clause.tokens[:count] if t.kind not in ("EACH", "STEPV")]
    if any(t.kind not in _SITUATION_WORD_KINDS for t in before):
        return ""
    said = _FOUND_AT_ENDS.sub("", situation_words(before)).strip("，,、")
    return "" if "每" in said else said  # (每月检查发现1处问题: a period, counted apart — never a name with 每 in it)


def _one_counted(clause: Clause) -> bool:
    """少报1次 / 发现1处: a clause ending in one of a count, with no comparison — the occurrence a deduction counts."""
    last = clause.tokens[-1] if clause.tokens else None
    return last is not None and last.kind == "NUM" and last.value == 1 and last.unit in COUNT_UNITS and clause.condition is not None \
        and clause.condition.interval.low == clause.condition.interval.high == 1 and clause.outcome is None and clause.per is None \
        and clause.step is None and clause.occurrence is None and not clause.unread \
        and not any(t.kind in ("CMP", "SUF", "NUM", "RANGE") for t in clause.tokens[:-1])


_NEGATION = lazy_compile(r"未|没有|不|缺|无")  # 不齐全的扣2分: a deduction where the words hold


def _level_waiting_deduction(clause: Clause) -> bool:
    """会议全年少于2次的 / 检查不足4次 / 参训率低于80%的: a count short of a required number, or a rate named alone beside
    its level, waiting for its deduction — read as the same words without the comma (参训率低于80%的扣1分)."""
    condition = clause.condition
    if condition is None or clause.outcome is not None or clause.per is not None or clause.step is not None \
            or clause.occurrence is not None or clause.unread:
        return False
    kinds = [t.kind for t in clause.tokens]
    if kinds[-1] != "DE":
        # 95%≤亮灯率<98%，扣1分 / 亮灯率<90%，扣3分: a band of a rate written as a comparison, and nothing else — the
        # band's deduction, as in a list of bands (never a situation: its words would stand beside the rate)
        named = next((t.text for t in clause.tokens if t.kind == "WORD"), "")
        return condition.unit == "%" and kinds in (["NUM", "CMP", "WORD", "CMP", "NUM"], ["WORD", "CMP", "NUM"]) \
            and named.endswith(("率", "度")) and all(t.text in ("≤", "<", "≥", ">") for t in clause.tokens if t.kind == "CMP")
    if condition.interval.low is None and isinstance(condition.interval.high, Decimal) and condition.unit in _TIMES:
        return True
    # (导致资金沉淀超过10%的 / 500米范围内有网吧的: a situation around a number, not a measure's level)
    return condition.unit == "%" and kinds[:3] == ["WORD", "CMP", "NUM"] and set(kinds[3:-1]) <= {"SUF"} \
        and clause.tokens[0].text.endswith(("率", "度"))


_TIMES = frozenset({"次", "场", "期", "篇", "条", "件", "份", "人", "名", "个", "项"})  # things counted (not 50米, 10%)


def _bare_deduction(clause: Clause) -> bool:
    """扣2分 alone after a comma: the deduction of the situation before it."""
    return [t.kind for t in clause.tokens] == ["DEDUCT", "PTS"] and clause.per is not None and clause.marker is None


def _proportional_deduction(clause: Clause) -> bool:
    """按比例扣分 on its own: the points lost in proportion to the shortfall from the condition's bound."""
    return clause.policy == "exact" and [t.kind for t in clause.tokens] == ["POLICY"] and clause.condition is None
