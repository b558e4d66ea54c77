"""A full-mark statement that describes the requirement with its own numbers, ahead of deductions for
each way it is missed: ``收到上级批复文件后在15个工作日内通知各村的，得2分，有一项未达要求扣1分`` /
``开展5次以上…并提交总结报告得2分，少开展或提交报告质量不符要求的一次扣1分`` / ``服务厅面积不低于40平方米，
…设施齐全(1分)。每有一项不达标扣0.5分``. The numbers (15个工作日, 5次, 40平方米) say what meeting the
requirement is; the evaluator counts the shortfalls the deductions name. So the deduction must name a
shortfall of the requirement (未达要求, 不达标, 少开展, 缺), and the numbers must count or measure things
(次, 个工作日, 平方米): a rate or an amount in the award (达到95%得2分) is a measure of its own, whose
shortfall the text would not have scored.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import COUNT_UNITS
from .clauses import Clause

_SHORT_OF = lazy_compile(r"未达|不达|不符|达不到|少|缺|未按|不合格|不满足|不齐全")
_WORDS = frozenset({"WORD", "DE", "CMP", "SUF", "NUM", "AND", "NOUN", "BY", "REF"})


def described_requirement(award: Clause, occurrence: Clause, context: list[Clause]) -> str | None:
    """The requirement as written (with the context clauses just before it that describe it too), when
    ``award`` states it with numbers and earns its points, and ``occurrence`` counts its shortfalls."""
    if award.unread or award.step is not None or award.per is not None or award.otherwise \
            or award.outcome is None or award.outcome[0] != "points" \
            or not award.outcome[1] or occurrence.occurrence is None or not _SHORT_OF.search(occurrence.occurrence[2]):
        return None
    kinds = [token.kind for token in award.tokens]
    end = next((i for i, kind in enumerate(kinds) if kind in ("VERB", "OPEN")), None)
    if end is None or kinds[end:] not in (["VERB", "PTS"], ["OPEN", "PTS", "CLOSE"]) \
            or any(kind not in _WORDS for kind in kinds[:end]):
        return None
    words = award.text[: award.tokens[end].start - award.start].rstrip("，,的 ")
    before = []
    for clause in sorted((c for c in context if c.end <= award.start), key=lambda c: -c.start):
        if clause.end + 2 < (before[0].start if before else award.start) or clause.marker or clause.unread \
                or any(token.kind not in _WORDS for token in clause.tokens):
            break
        before.insert(0, clause)  # 社区服务中心建筑面积不低于1000平方米，设有…，文体活动广场不低于…(2分)
    conditions = [c.condition for c in before + [award] if c.condition is not None]
    if not conditions or any(condition.unit not in COUNT_UNITS for condition in conditions):
        return None  # no number in the requirement (资料齐全得3分): the award alone; a rate or amount: a measure
    return "，".join([clause.text for clause in before] + [words])


# 每月10日前 / 每季度首月15日前: the day of each period a duty falls due — a date, no level of any measure (每季度终了后15日内
# / 每月结束后5个工作日内: the days after each period ends it falls due within)
_DUE_DAY = lazy_compile(r"每(?:个)?(?:月|季度|季|周|年)(?:(?:首月|末月)?(?P<day>\d+)(?:日|号)(?:前|之前|以前)"
                        r"|(?:终了|结束|末)后(?P<within>\d+)(?:日|天|个工作日|工作日)(?:内|以内|之内))")
_DAYS = ("日", "天", "个工作日", "工作日")
# 延迟发放 / 未按时发放 / 逾期拨付: what falls past the due day
_PAST_DUE = lazy_compile(r"延迟|延期|推迟|逾期|超期|未按时|未按期|不按时|未及时|不及时")


def due_day_requirement(award: Clause, occurrence: Clause) -> str | None:
    """每月10日前发放到位的得2分；每发现1个月延迟发放扣0.5分: the points for a duty done by its day each period, and
    each period it was late deducted — the day (10日) is what late means, never a number scored. The requirement as
    written, when ``award`` earns its points with the due day its only number and ``occurrence`` counts the times late."""
    if award.step is not None or award.per is not None or award.cap is not None \
            or award.otherwise or award.outcome is None or award.outcome[0] != "points" or award.outcome[1] == 0 \
            or occurrence.occurrence is None or not _PAST_DUE.search(occurrence.occurrence[2]):
        return None  # (得满分 its points too: the 分值)
    due = _DUE_DAY.search(award.text)
    numbers = [token for token in award.tokens if token.kind == "NUM"]
    if due is None or len(numbers) != 1 or numbers[0].value != int(due.group("day") or due.group("within")):
        return None
    # (每月10日前: the day a number left unread; 每季度终了后15日内: the days read as a limit of ≤15日 — each the due day's)
    within = award.condition is not None and due.group("within") is not None and not award.unread \
        and award.condition.interval.low is None and award.condition.interval.high == numbers[0].value \
        and award.condition.interval.high_inclusive and award.condition.unit in _DAYS
    if not within and (award.condition is not None or award.unread != numbers):
        return None
    kinds = [token.kind for token in award.tokens]
    end = kinds.index("VERB") if "VERB" in kinds else None
    if end is None or any(kind not in _WORDS for kind in kinds[:end]):
        return None
    return award.text[: award.tokens[end].start - award.start].rstrip("，,的 ")


# 按照不低于每人每月1500元(集中供养)标准 / 按每生每天5元标准: the standard an amount is paid at, named 标准 right after it
_STANDARD_PAID = lazy_compile(r"(?:按照|按)(?:不低于)?(?:每[\u4e00-\u9fff]{1,4}?)?\d+(?:\.\d+)?(?:万元|元)(?:\([^()]{1,12}\))?的?标准")
# 未按时足额发放 / 未足额 / 未按标准 / 低于标准: a payment short of that standard (or late as well), counted each time
_SHORT_OF_STANDARD = lazy_compile(r"足额|按标准|低于标准|未达标准")
_PAID_WORDS = _WORDS | {"EACH", "OPEN", "CLOSE"}


def standard_requirement(award: Clause, occurrence: Clause) -> str | None:
    """孤儿基本生活费按照不低于每人每月1500元标准按时足额发放的得3分；有1次未按时足额发放的扣1分: the points for paying at a
    standard amount, and each payment short of it (or late) deducted — the amount (1500元) is what 足额 means, never a
    level the indicator measures. The requirement as written, when ``award`` earns its points with that standard its
    only number and ``occurrence`` counts the payments short of it; else None."""
    if award.condition is not None or award.step is not None or award.per is not None or award.cap is not None \
            or award.otherwise or award.outcome is None or award.outcome[0] != "points" or not award.outcome[1] \
            or occurrence.occurrence is None or not _SHORT_OF_STANDARD.search(occurrence.occurrence[2]):
        return None
    numbers = [token for token in award.tokens if token.kind == "NUM"]
    if len(numbers) != 1 or award.unread != numbers or numbers[0].unit not in ("元", "万元") \
            or _STANDARD_PAID.search(award.text) is None:
        return None
    kinds = [token.kind for token in award.tokens]
    end = len(kinds) - 2
    if kinds[end:] != ["VERB", "PTS"] or any(kind not in _PAID_WORDS for kind in kinds[:end]):
        return None
    return award.text[: award.tokens[end].start - award.start].rstrip("，,的 ")
