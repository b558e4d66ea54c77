"""救助金发放及时率（应于审批后15日内发放）：及时率每低1个百分点扣0.2分 / 诉求应在2个工作日内办结，按时办结率每低1个百分点
扣0.2分: the time limit says what counts as on time — the rate (及时率, 按时办结率) is the share done within it — and is no
level of the measure; the rule is the rate's, in %. Read so (the limit dropped from the clause's reading, kept in the
text) only when, in one clause, the limit (N日内 / N个工作日内, and the work it holds: 发放, 办结) is followed at once by a
rate whose name says timeliness and then by what that rate scores in % — never a limit beside a count or a rate of
another kind (合格率 counts no time).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import Token
from .clauses import Clause

# 15日 / 2个工作日 / 3个月 / 24小时: a time the work is held to
_TIME_UNIT = lazy_compile(r"(?:个)?(?:工作)?[日天]|个?月|周|个?小时")
# 及时率 / 按时办结率 / 按期完成率 / 时效达标率: a rate of what was done in time (never 未按时办结率 / 不及时率, the
# share late: the steps then go up from 0, not down from 100%); the work it names is in the groups around the word
_TIMELY_RATE = lazy_compile(r"([\u4e00-\u9fff]{0,8}?)(?<![未不非没无])(?:及时|按时|按期|准时|时效)([\u4e00-\u9fff]{0,6}?)率")
_WITHIN = ("内", "以内")


def limit_defines_rate(scoring: list[Clause]) -> list[Clause]:
    """``scoring`` with each such clause read as its rate's (the time limit no condition)."""
    return [_rate_of(clause) or clause for clause in scoring]


def defining_limit(clause: Clause) -> Token | None:
    """The time limit a clause's rate is read through (2个工作日 in …2个工作日内办结，按时办结率每低1个百分点…): no level
    of the rule, the number the rate's own definition holds."""
    if _rate_of(clause) is None:
        return None
    return next(t for t in clause.tokens if t.kind == "NUM" and t.unit == clause.condition.unit)  # type: ignore[union-attr]


def _rate_of(clause: Clause) -> Clause | None:
    condition = clause.condition
    if condition is None or not _TIME_UNIT.fullmatch(condition.unit) or condition.interval.low is not None:
        return None
    tokens = clause.tokens
    limit = next((i for i, t in enumerate(tokens) if t.kind == "NUM" and t.unit == condition.unit), None)
    if limit is None or limit + 1 >= len(tokens) or tokens[limit + 1].text not in _WITHIN:
        return None
    rest = tokens[limit + 2:]
    at = next((i for i, t in enumerate(rest) if t.kind == "WORD" and _TIMELY_RATE.fullmatch(t.text)), None)
    # (the work the limit holds, in words or brackets, between the limit and the rate: 发放) / 办结,)
    if at is None or any(t.kind not in ("WORD", "CLOSE") for t in rest[:at]) or at > 2:
        return None
    if not _same_work(_TIMELY_RATE.fullmatch(rest[at].text), "".join(t.text for t in rest[:at])):
        return None
    scored = rest[at + 1:]
    if not scored or scored[0].kind not in ("EACH", "CMP") or any(
            t.kind == "NUM" and t.unit != "%" for t in scored) or not any(t.kind == "NUM" for t in scored):
        return None
    rate = rest[at]
    return replace(clause, condition=None, label=rate.text, tokens=[rate, *scored])


def _same_work(rate: re.Match[str], held: str) -> bool:
    """The rate counts the work the limit holds: 按时办结率 after …2个工作日内办结, 拨付及时率 after …20日内拨付到户, a
    bare 及时率 after any. Not 按时办结率 after 应在5个工作日内受理 (the days to take a complaint in are no measure of
    closing it in time) nor 资金拨付及时率 after 资料应在5个工作日内报送 — a second requirement the rate's reading
    would drop unsaid."""
    work = re.sub(r"^(?:资金|项目|补贴|资助|救助)", "", rate.group(1) + rate.group(2))
    return not work or any(work[i:i + 2] in held for i in range(len(work) - 1))
