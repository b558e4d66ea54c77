"""Every level a 评分标准 states, and every occurrence it counts, must be used by its reading.

``全年开展培训不少于7次，满意度≥90%得10分…`` / ``参训人数达到370人以上，提供就业岗位数达到目标值2910人得8分…``: a
level stated outside the scoring clauses (a requirement, a second measure) that the reading neither prints nor counts
against is a requirement the score would silently ignore (the 7 or the 370 dropped). It is refused, naming the clause,
as every number of the text must be used. What is not a level scored: a date or a period (a deadline), an instruction
for the form or how the check samples (未达到90%的需说明原因 / 随机抽查10%), a bracket saying which ones (对规模种植户(10亩以上)
发放公告), the standard the scored measure is taken against (标准为120元/人，实际值占标准的比例…), the standard a 达标率 counts
the units meeting (每个社区至少配备5名专职人员；人员配备达标率100%得3分), and the level whose
shortfall or breach the next deduction counts (村张贴海报不少于5张…每少1张扣0.5分 / …2项。…不满足要求的，扣1分). A
reading the evaluator scores reads every word. A last 每发现一处 whose points were lost is refused likewise, and so is an
addition whose amount is not written (超额完成的加分), unless a step after it says how much.
"""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced
from .lazy_composers import Deferred
from .model import MANUAL_KINDS, Scorer
from .zero_situations import ZeroSituations

standard_met = Deferred("rate_standards", "standard_met")

# …需说明原因 / 随机抽查10%的学校: an instruction for the form or how the check is sampled, not a level scored
# (按不低于5%的比例抽检: how many the check takes, as 抽查 says it)
_FORM_NOTE = lazy_compile(r"说明|备注|注明|填写|填报|附件|佐证|抽查|抽检|抽取|抽样|随机")
_NOT_LEVELS = frozenset({"年", "月", "个月", "日", "号", "时", "小时", "分钟", "天", "周", "季度", "工作日", "个工作日"})
_REFERENCE_NOUN = lazy_compile(r"(?:标准|基数|基准|计划|预算)$")
_SHORT = lazy_compile(r"(?:每)?(?:少|缺(?!席|勤)|差|未达)")  # (缺席 1次 is an absence, not a training short)
_NOTHING_ADDED = ("不", "无", "免", "未", "没有")
_NUMBER = lazy_compile(r"\d+(?:\.\d+)?")
# a number the reading prints, other than points (扣2分 does not use the 2 of 发现故障2次以上)
_NOT_POINTS = lazy_compile(r"\d+(?:\.\d+)?(?![\d.]|分(?!钟))")


def levels_used(scorer: Scorer | ZeroSituations, read: list[Clause], label: str) -> Scorer | ZeroSituations:
    """The reading, once every level stated outside its scoring clauses is found in what it prints or counts."""
    inner = scorer.scorer if isinstance(scorer, ZeroSituations) else scorer
    if inner.kind in MANUAL_KINDS:
        return scorer  # the evaluator enters the score (or picks the tier), reading every word
    printed: set[Decimal] | None = None
    printed_levels: set[Decimal] = set()
    words = ""
    for index, clause in enumerate(read):
        if clause.occurrence is not None and not clause.scoring and clause.per is None and clause.outcome is None \
                and clause.tokens[0].kind == "EACH" and index + 1 == len(read):
            # 未及时清扫扣5分, 每发现一处 分: what each occurrence costs was lost (once read as the first fault alone)
            raise Unplaced(clause, "这一情形按次（按处、按项）计，但没有写明每次扣几分（可能有数字缺失）", certain=True)
        if _addition_unpriced(clause) and not any(c.added is not None for c in read[index + 1:]):
            # 完成任务的得10分，未完成的按比例扣分，超额完成的加分: how much is added is not said (once dropped as words;
            # 超额完成的加分，每超1%加0.1分 says it next)
            raise Unplaced(clause, "“加分”没有写明加多少分（如“每超过1%加0.5分”），无法计分", certain=True)
        _weighting_used(clause, scorer, label)
        levels = _stated_levels(clause)
        if not levels or taken_against(clause, read[index + 1:]) or _breach_counted(clause, read[index + 1:]) \
                or any(standard_met(clause, after) for after in read[index + 1:] if after.scoring):
            continue
        if printed is None:
            words = _reading_words(scorer, label)
            printed = {Decimal(n).normalize() for n in _NUMBER.findall(words)}
            printed_levels = {Decimal(n).normalize() for n in _NOT_POINTS.findall(words)}
        for level in levels:
            if not _written_ways(level) & (printed if level.unit == "分" else printed_levels) \
                    and not _target_reached(level, clause, words) \
                    and not _shortfall_counted(level.unit, read[index + 1:]):  # type: ignore[union-attr]
                raise Unplaced(clause, f"这一要求中的“{level.text}”没有用于计分（计分方法只按其他数值计算），无法确定它如何影响得分"
                                       "（请写明未达到时如何扣分，或作为评价要点由评价人判断）", certain=True)
    return scorer


# 其中基本满意按满意人数的一半计算 / 基本满意按60%计: a part counted at a share, said apart from the scoring clauses
_WEIGHTING = lazy_compile(r"按(?:[\u4e00-\u9fff]{0,10}?的)?(?P<share>一半|半数|\d+(?:\.\d+)?%)(?:计算|计|折算|核算)")


def _reading_words(scorer: Scorer | ZeroSituations, label: str) -> str:
    """What the reading prints: its 规范写法 and the situations zeroing it."""
    inner = scorer.scorer if isinstance(scorer, ZeroSituations) else scorer
    return inner.canonical(label) + "".join(getattr(scorer, "situations", ()))


def _weighting_used(clause: Clause, scorer: Scorer | ZeroSituations, label: str) -> None:
    """满意度=（满意人数+基本满意人数）/调查总人数；…其中基本满意按满意人数的一半计算: the share a part counts at must be
    in the reading (a survey's credits print it); a reading without it scores every 基本满意 whole (95% once, not 82.5%)."""
    if clause.scoring or clause.has_outcome or clause.definition:
        return
    weighting = _WEIGHTING.search(clause.text)
    if weighting is None:
        return
    share = weighting.group("share")
    ways = {Decimal(50), Decimal("0.5")} if share in ("一半", "半数") else _written_ways_of(share)
    if not ways & {Decimal(n).normalize() for n in _NUMBER.findall(_reading_words(scorer, label))}:
        raise Unplaced(clause, f"“{weighting.group()}”没有用于计分（计分方法没有按这一比例折算），无法确定如何折算"
                               "（请在计算公式中写明，如“满意度=（满意人数+基本满意人数×0.5）/调查总人数”）", certain=True)


def _written_ways_of(percent: str) -> set[Decimal]:
    value = Decimal(percent.rstrip("%"))
    return {value.normalize(), (value / 100).normalize()}


def _addition_unpriced(clause: Clause) -> bool:
    """超额完成的加分 / 表现突出的加分 / …按超额比例的一半加分: a situation, then 加分 with no amount, no step and nothing
    scored (not 未完成的不加分: nothing added)."""
    tokens = clause.tokens
    if len(tokens) < 3:
        return False
    last = tokens[-1]
    return last.kind == "WORD" and last.text.endswith("加分") and not last.text.startswith(_NOTHING_ADDED) \
        and tokens[-2].kind == "DE" and not clause.scoring and clause.outcome is None and clause.added is None and clause.step is None


# (目标值90%) / (计划80人) / (年度目标:95%): a target noted in brackets after the scoring, no comparison word
_NOTED_TARGET = lazy_compile(r"^\((?:年度|全年|考核)?(?:目标值?|指标值|计划数?|任务数?)(?::|为|是)?\d+(?:\.\d+)?[^()\d]{0,4}\)[。;]?$")


def _stated_levels(clause: Clause) -> list:
    """The level tokens of a clause that states a level and scores nothing but deductions (全年开展培训不少于7次)."""
    if clause.condition is None and not clause.scoring and clause.outcome is None and _NOTED_TARGET.match(clause.text):
        # 执行率≥95%得满分…（目标值90%）: the note's level must be the reading's (once dropped, the 95% alone scored)
        return [t for t in clause.tokens if t.kind == "NUM" and t.unit and t.unit not in _NOT_LEVELS]
    # (a fault's clause may carry a level run into it: 覆盖率达到93%，未建立网格的扣2分)
    faulted = clause.outcome is not None and clause.outcome[0] == "minus" or clause.per is not None
    if (clause.scoring or clause.has_outcome) and not faulted or clause.condition is None or clause.definition \
            or clause.step is not None or _FORM_NOTE.search(clause.text):
        return []
    if [t.kind for t in clause.tokens] == ["NUM", "SUF"] and not clause.tokens[0].unit:
        return [clause.tokens[0]]  # 培训人数100以上得5分,50以上: a bare level alone, its points lost (a count has no unit)
    depth, levels = 0, []
    for token in clause.tokens:  # (对规模种植户(10亩以上)发放公告: a bracket saying which ones, not a level scored)
        depth += (token.kind == "OPEN") - (token.kind == "CLOSE")
        if depth <= 0 and token.kind == "NUM" and token.unit and token.unit not in _NOT_LEVELS and _NUMBER.match(token.text) \
                and Decimal(_NUMBER.match(token.text).group()) not in ((0,) if token.unit == "%" else (0, 1)):  # (1次, 1人: one)
            levels.append(token)
    return levels


def _target_reached(level, clause: Clause, printed: str) -> bool:
    """节能量目标累计完成情况应不低于100% … 达到节能量进度目标的,得40分: 100% of a 目标 is the reading's 目标值 reached."""
    return level.unit == "%" and level.value is not None and Decimal(level.value) == 1 and "目标" in clause.text \
        and "目标值" in printed


def _written_ways(level) -> set[Decimal]:
    """0.5万人 printed as 0.5万人 or 5000人, 93% as 93% or 0.93."""
    ways = {Decimal(_NUMBER.search(level.text).group())}  # (search: a level printed with its sign, —0以上, is -0)
    if level.value is not None:
        ways |= {Decimal(level.value), Decimal(level.value) * 100}
    return {way.normalize() for way in ways}


# 每出现1个社区所开展活动类型不满足要求的，扣1分: what falls short of the requirement stated is what is counted
# (按不低于5%的比例进行实地核查…未按规定比例开展核查的扣2分: the share the requirement names, not kept)
# (…应不少于72学时。…每发现1名教师学时不达标 / …村级林长每月不少于1次，每发现一名林长未达到巡林要求的 / 补助标准为每生
# 每天5元，发现超标准发放…的: the standard said before, each one found short of it — or past it — counted)
# (the requirement named by a word of its own, 未达到巡林要求, is the level's only when its clause says the word: not
# 未满足频次要求 after 覆盖率达到7%; 不达标, one level's only, of what its clause says — 教师学时不达标 after 培训学时应不少于
# 72学时, not 体检不达标 after it, nor 每项未达标 of two levels, each its own)
_BREACH = lazy_compile(r"(?:不满足|未满足|不符合|未达到|达不到|未达|不达)(?:上述)?(?P<named>[\u4e00-\u9fff]{2})?(?:要求|标准|规定)"
                       r"|未按(?:规定|要求)?的?比例|(?P<bare>(?:不|未)达标)|(?P<past>超(?:过|出)?标准)")


def _breach_counted(clause: Clause, later: list[Clause]) -> bool:
    """应服务内容涵盖8大项…外部合作类项目2项。…每出现1个社区…不满足要求的，扣1分: the requirement is the level each
    counted breach falls short of (seed 000, 服务内容全面性). Past the standard (超标准) breaches only a standard with a
    top (标准为5元 / 不超过5元): of a floor (不低于2万元) it leaves a payment short of it unpriced."""
    for index, after in enumerate(later):
        breach = _BREACH.search(after.text)
        if breach and (breach.group("past") and (clause.condition is None or clause.condition.interval.high is None)
                       or breach.group("named") and breach.group("named") not in clause.text
                       or breach.group("bare") and (len(_stated_levels(clause)) != 1
                                                    or after.text[max(0, breach.start() - 2):breach.start()] not in clause.text)):
            return False
        if after.scoring and breach:
            return True
        if not after.scoring and breach and index + 1 < len(later) and _deducts(later[index + 1]):
            return True  # 发现超标准发放或挪作他用的，每校扣1分: the breach said as the situation, its deduction next
        if after.condition is not None or after.reference is not None:
            return False  # 以60%为标准,…未达到标准的: the breach of the standard said after the level, not of the level
    return False


def _deducts(clause: Clause) -> bool:
    """每校扣1分 / 扣2分: a deduction with no level of its own."""
    return clause.scoring and clause.condition is None and (clause.per is not None or (
        clause.outcome is not None and clause.outcome[0] == "minus"))


def taken_against(clause: Clause, later: list[Clause]) -> bool:
    """标准为120元/人，实际值占标准的比例≤100%得4分: the measure scored is taken against the level named (a standard, a
    base, a plan — not 覆盖率达到93% before 宣传覆盖率低于90%的, a second level of the same measure)."""
    label = clause.label or ""
    return bool(_REFERENCE_NOUN.search(label)) and any(label in after.text for after in later if after.scoring)


def _shortfall_counted(unit: str, later: list[Clause]) -> bool:
    """不少于5张 … 每少1张扣0.5分: the next deduction in the level's unit counts what falls short of it."""
    for after in later:
        if after.condition is not None and after.condition.unit == unit:
            return False  # another level of the same unit comes first: the shortfall is counted against that one
        if after.step is not None and after.step[0] == "below" and after.step[2] == unit != "%" \
                or after.occurrence is not None and after.occurrence[1] == unit and _SHORT.match(after.occurrence[2] or ""):
            return True
    return False
