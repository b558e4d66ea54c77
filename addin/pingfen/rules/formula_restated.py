"""Sentences beside a formula that say only what the formula itself gives: 得分=(1-结余率)×3，结余率为0的得满分;
得分=完成面积/合同面积×分值，最高为分值; 按实际吸纳人数/计划吸纳人数×2分计算，超过计划的按满分计;
得分=(1-|实际完成值-年度指标值|/年度指标值)×分值，结果小于0的计0分.

Every formula's score is kept within 0 and the 分值 (model.Formula; MAX(0,MIN(分值,…)) in Excel), so a sentence that
caps it at the 分值, floors it at 0, or gives full marks exactly where the formula reaches its full points anyway adds
nothing: the rule is the formula alone. Each sentence is checked, never assumed — the formula is worked out where the
sentence applies (the named part at 0; the actual at and above its plan) and must give its full points there whatever
the other parts are. A sentence that scores anything else (结余率为0的得2分 beside ×3; 达到计划90%的按满分计, where the
formula gives less) leaves the text refused, as two readings would score it differently.
"""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced
from .formula import FULL_NAMES, FBin, FName, FNode, formula_names, full_multiplied, points_multiplied, worked_out

# 最高为分值 / 最高得满分 / 最高不超过本项分值 / 以分值为限: the formula's cap, which is the 分值 every formula has
_CAP_AT_FULL = lazy_compile(r"(?:得分)?(?:最高(?:为|得|可得|不超过|不高于)?|不超过|不高于)(?:本项|该项|本指标|该指标)?(?:分值|满分)"
                            r"|以(?:本项|该项)?分值为限")
# 结果小于0的计0分 (normalised to 不得分) / 计算结果为负的按0分计: the floor every formula has
_RESULT = lazy_compile(r"(?:其中)?(?:若|如|当)?(?:计算)?(?:结果|得分)")
# 超过计划的 / 达到目标的 / 完成计划的: the actual at or above the plan the formula divides by
_PLAN_REACHED = lazy_compile(r"(?:超过|超出|超额完成|达到|完成|不低于)([\u4e00-\u9fff]{1,8}?)(?:的|者)?(?:按|得|计|记)?(?:满分|\d+(?:\.\d+)?分)(?:计|计算)?")

_TRIALS = ((Decimal(7), Decimal(3)), (Decimal(11), Decimal(5)))  # (the 分值, every other part): the parts must not matter
# 最低0分 / 最低为0分 / 扣完为止 after a formula: the floor every formula has
_FLOOR_SAID = lazy_compile(r"最低(?:为)?0分?|最低不低于0分?|扣完为止")
# 实际成本不高于标准成本的得4分 / 实际单价不超过合同单价的得满分: the actual within the standard it is divided by
_WITHIN = ("<=", "<")


def restated_cap(formula: Clause, tree: FNode, scoring: list[Clause], heading: str = "") -> Decimal | None | bool:
    """The formula's cap (its own points when a sentence gives them where it reaches them; None when none is needed)
    when every other scoring clause only restates the formula, else False. A formula said as the other side of a level
    (本年培训人次不低于上年的得2分；低于上年的，得分=本年培训人次/上年培训人次×2) is the whole rule only when that level
    is where the formula reaches its points. A sentence about the formula's own part or plan that scores otherwise
    (结余率为0的得2分 beside ×3) is named: two readings would score it differently."""
    others = [c for c in scoring if c is not formula]
    if not others or formula.condition is not None:
        return False
    full = _full_points(tree)
    if full is False:
        return False
    cap: Decimal | None = None
    reached = 0
    for clause in others:
        if clause.unread or clause.step is not None or clause.per is not None or clause.occurrence is not None:
            return False
        if _caps_at_full(clause) or _floors_at_zero(clause) or _FLOOR_SAID.fullmatch(clause.text):
            continue
        within = _full_within_standard(clause, tree, full)
        if within is False:
            raise Unplaced(clause, _SAID_OTHERWISE)
        if within:
            cap = full
            continue
        at_plan = _full_where_plan_is_reached(clause, tree, full)
        if at_plan is None:
            at_plan = _full_where_rate_is_whole(clause, tree, full, heading)
        at_zero = None if formula.otherwise else _full_where_part_is_zero(clause, tree, full)
        if at_plan is False or at_zero is False:
            raise Unplaced(clause, _SAID_OTHERWISE)
        if at_plan is None and at_zero is None:
            return False
        reached += bool(at_plan)
        cap = full  # (满分 said where ×3 gives 3: the formula's 3 is its highest score, which 校验 holds to the 分值)
    if formula.otherwise and reached != 1:
        return False
    return cap


_SAID_OTHERWISE = "这一情形写明的得分与计分公式在这一情形下算得的得分不同，按哪一个计分没有写明（若公式之外另有得分，请写明各自的适用范围）"


def _full_points(tree: FNode) -> Decimal | None | bool:
    """The formula's full points: None for ×分值, N for ×N, False when it multiplies by neither."""
    if full_multiplied(tree):
        return None
    points = points_multiplied(tree)
    return False if points is None else points


def _caps_at_full(clause: Clause) -> bool:
    return clause.condition is None and _CAP_AT_FULL.fullmatch(clause.text) is not None


def _floors_at_zero(clause: Clause) -> bool:
    """结果小于0的不得分: the result below (or at) 0 scores 0."""
    condition = clause.condition
    if clause.outcome != ("points", Decimal(0)) or condition is None or condition.unit not in ("", "分"):
        return False
    interval = condition.interval
    below_zero = interval.low is None and interval.high == 0 and not interval.magnitude
    subject = "".join(t.text for t in clause.tokens[: next((i for i, t in enumerate(clause.tokens) if t.kind == "CMP"), 0)])
    return below_zero and _RESULT.fullmatch(subject) is not None


def _value(tree: FNode, value_of) -> Decimal | None:
    return worked_out(tree, value_of)


def _gives_full(value: Decimal | None, trial_full: Decimal, full: Decimal | None) -> bool:
    return value is not None and value >= (trial_full if full is None else full)


def _full_where_part_is_zero(clause: Clause, tree: FNode, full: Decimal | None) -> bool | None:
    """结余率为0的得满分 beside 得分=(1-结余率)×3: the named part at 0 gives the formula's full points (True); points
    said there that the formula does not give (False); None when the clause is no level of a part at 0."""
    condition = clause.condition
    if clause.outcome is None or clause.outcome[0] != "points" or condition is None or condition.unit != "":
        return None
    interval = condition.interval
    if not (interval.high == 0 and interval.low in (0, None)) or interval.magnitude:
        return None
    part = "".join(t.text for t in clause.tokens[: next((i for i, t in enumerate(clause.tokens) if t.kind == "CMP"), 0)])
    if part not in formula_names(tree):
        return None
    if clause.outcome[1] is not None and clause.outcome[1] != full:
        return False
    return all(_gives_full(_value(tree, lambda name: Decimal(0) if name == part else f if name in FULL_NAMES else other), f, full)
               for f, other in _TRIALS)


def _full_where_plan_is_reached(clause: Clause, tree: FNode, full: Decimal | None) -> bool | None:
    """超过计划的按满分计 beside 按实际吸纳人数/计划吸纳人数×2分计算, 本年培训人次不低于上年的得2分 beside 本年培训人次/
    上年培训人次×2: with the actual at or above the one name the formula divides by that holds the plan's word (计划吸纳
    人数, 上年培训人次), the formula gives the points said (满分, or its own ×2 → 2), and below it less (True); other
    points said there (False); None when the clause is no level of the formula's plan."""
    said = _plan_word(clause)
    if said is None:
        return None
    plan_word, subject = said
    divisors = [name for name in _divisors(tree) if plan_word in name]
    if len(divisors) != 1:
        return None
    plan = divisors[0]
    tops = [name for name in formula_names(tree) if name != plan and name not in FULL_NAMES]
    if len(tops) != 1 or subject not in ("", tops[0]):
        return None
    if clause.outcome is None or clause.outcome[0] != "points" or clause.outcome[1] not in (None, full):
        return False
    top = tops[0]
    for f, other in _TRIALS:
        for share in (Decimal("0.5"), Decimal("0.9"), Decimal(1), Decimal("1.5")):
            value = _value(tree, lambda name: other * share if name == top else other if name == plan else f)
            if value is None or _gives_full(value, f, full) != (share >= 1):
                return False
    return True


def _full_where_rate_is_whole(clause: Clause, tree: FNode, full: Decimal | None, heading: str) -> bool | None:
    """到位率100%的得满分 beside 资助资金发放到位率（6分）：得分=实际发放金额÷应发放金额×6: the item's own rate (the
    heading's, said shortened or whole) at 100% is its formula's one quotient whole, where the formula gives its full
    points (True); other points said there (False); None when the clause is no level of the item's rate at 100% — a
    rate the heading does not name (满意率100%的得满分 beside the amounts) is another measure, never restated."""
    condition = clause.condition
    if condition is None or condition.unit != "%" or clause.outcome is None or not clause.label.endswith("率") \
            or not heading.endswith(clause.label):
        return None
    interval = condition.interval
    if interval.low != 1 or not interval.low_inclusive or interval.high not in (None, 1) or interval.magnitude:
        return None
    quotients = [side for side in (tree.left, tree.right) if isinstance(side, FBin) and side.op in ("/", "÷")] \
        if isinstance(tree, FBin) and tree.op == "×" else []
    if len(quotients) != 1 or not isinstance(quotients[0].left, FName) or not isinstance(quotients[0].right, FName):
        return None
    if clause.outcome[0] != "points" or clause.outcome[1] not in (None, full):
        return False
    top, bottom = quotients[0].left.name, quotients[0].right.name
    for f, other in _TRIALS:
        for share in (Decimal("0.5"), Decimal("0.9"), Decimal(1)):
            value = _value(tree, lambda name: other * share if name == top else other if name == bottom else f)
            if value is None or _gives_full(value, f, full) != (share >= 1):
                return False
    return True


def _full_within_standard(clause: Clause, tree: FNode, full: Decimal | None) -> bool | None:
    """实际成本不高于标准成本的得4分 beside 得分=4×(1-(实际单批次成本-标准成本)/标准成本): with the one other part (the
    actual, named whole or by its first and last words: 实际成本 for 实际单批次成本) at or below the name the formula
    divides by, the formula gives the points said, and above it less (True); other points said there (False); None when
    the clause is no such level."""
    kinds = [t.kind for t in clause.tokens]
    if clause.condition is not None or kinds[:3] != ["WORD", "CMP", "WORD"] or clause.tokens[1].value not in _WITHIN \
            or kinds[3:] not in (["DE", "VERB", "PTS"], ["VERB", "PTS"], ["DE", "FULL"], ["FULL"], ["DE", "VERB", "FULL"], ["VERB", "FULL"]):
        return None
    subject, standard = clause.tokens[0].text, clause.tokens[2].text
    if standard not in _divisors(tree):
        return None
    tops = [name for name in formula_names(tree) if name != standard and name not in FULL_NAMES]
    if len(tops) != 1:
        return None
    top = tops[0]
    if subject != top and not (len(subject) >= 4 and top.startswith(subject[:2]) and top.endswith(subject[-2:])):
        return None
    if clause.outcome is None or clause.outcome[0] != "points" or clause.outcome[1] not in (None, full):
        return False
    inclusive = clause.tokens[1].value == "<="
    for f, other in _TRIALS:
        for share in (Decimal("0.5"), Decimal("0.9"), Decimal(1), Decimal("1.1"), Decimal("1.5")):
            if share == 1 and not inclusive:
                continue
            value = _value(tree, lambda name: other * share if name == top else other if name == standard else f)
            if value is None or _gives_full(value, f, full) != (share <= 1):
                return False
    return True


def _plan_word(clause: Clause) -> tuple[str, str] | None:
    """The plan a level is of, and what it says reaches it: 超过计划的按满分计 → (计划, ''); 本年培训人次不低于上年的得2分
    → (上年, 本年培训人次)."""
    said = _PLAN_REACHED.fullmatch(clause.text)
    if said is not None:
        return said.group(1), ""
    condition = clause.condition
    if condition is None:
        return None
    interval = condition.interval
    refs = [t.text for t in clause.tokens if t.kind == "REF"]
    if interval.low != "target" or interval.high is not None or len(refs) != 1:
        return None
    return refs[0], clause.label


def _divisors(node: FNode) -> list[str]:
    """The names a formula divides by (实际/计划×2 → 计划)."""
    if isinstance(node, FBin):
        below = [node.right.name] if node.op in ("/", "÷") and isinstance(node.right, FName) else []
        return below + _divisors(node.left) + _divisors(node.right)
    inner = getattr(node, "inner", None)
    return [] if inner is None else _divisors(inner)


# 本年城乡持证残疾人就业率 beside 上年城乡持证残疾人就业率: the year's own measure and last year's, named alike
_THIS_YEAR = ("本年度", "本年", "今年", "当年")


def restated_floor(clause: Clause, tree: FNode) -> bool | None:
    """低于上年的不得分 beside 得分=(本年…就业率-上年…就业率)÷2%×4: where the one part named this year's is below the part
    the reference (上年) names, the formula gives 0 or less, which every formula's floor makes 0 (True: the clause adds
    nothing); points 0 said where the formula gives more there (False); None when the clause is no such level."""
    condition = clause.condition
    refs = [t for t in clause.tokens if t.kind == "REF"]
    if clause.outcome != ("points", Decimal(0)) or condition is None or condition.unit != "" or len(refs) != 1 \
            or [t.kind for t in clause.tokens][:2] != ["CMP", "REF"] or clause.unread or clause.step is not None:
        return None
    interval = condition.interval
    if interval.high != "target" or interval.low is not None or interval.magnitude:
        return None
    said = refs[0].text
    parts = sorted(name for name in formula_names(tree) if name not in FULL_NAMES)
    references = [name for name in parts if said in name]
    if len(parts) != 2 or len(references) != 1:
        return None
    reference = references[0]
    (measured,) = [name for name in parts if name != reference]
    if not any(measured == reference.replace(said, year, 1) for year in _THIS_YEAR):
        return None
    # (the gaps below the reference from a hundredth of a point up: …+1个百分点 inside the formula scores above 0 just below)
    gaps = (Decimal("0.0001"), Decimal("0.001"), Decimal("0.01"), Decimal("0.1"), Decimal("0.4")) + \
        ((Decimal(0),) if interval.high_inclusive else ())
    for f, level in ((Decimal(7), Decimal("0.5")), (Decimal(11), Decimal("0.9")), (Decimal(7), Decimal(3))):
        for gap in gaps:
            value = _value(tree, lambda name: level - gap if name == measured else level if name == reference else f)
            if value is None or value > 0:
                return False
    return True
