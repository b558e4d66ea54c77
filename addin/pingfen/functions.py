"""The worksheet functions, as plain Python taking what Excel hands a UDF: floats, None for empty
cells, lists (of lists) for ranges, text such as "85%". They never raise: a bad rule or bad data
returns a Chinese error text for the cell. ``pingfen.udfs`` registers them with xlwings and
``formulas``; the CLI and tests call them directly.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from . import TYPE_CHECKING

from .quantities import PERCENT_POINTS_ABOVE, QuantityError, as_number, parse_quantity
from .rules import InputError, RuleError, bind, evaluate_rule, parse_rule
from .rules.inputs import NO_WORDS, YES_WORDS, bind_data
from .rules.measure import measured_rate
from .rules.model import Checklist, Rule, TargetDefault
from .rules.piecewise import Piecewise, Scaled
from .rules.score import compiled_by_identity, program_for
from .rules.names import KIND_NAMES

if TYPE_CHECKING:
    from typing import Any, Callable

RULE_ERROR = "【规则错误】"
DATA_ERROR = "【数据错误】"


def _guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any) -> Any:
        try:
            return fn(*args)
        except RuleError as error:
            return RULE_ERROR + str(error)
        except (InputError, QuantityError) as error:
            return DATA_ERROR + str(error)

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _error_value(value: Any) -> bool:
    return isinstance(value, str) and value.strip().startswith("#") and value.strip().upper() in (
        "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!",
    )


def _scalar(value: Any, what: str) -> Any:
    if value is None or value.__class__ in (float, int):  # what most cells hold
        return value
    if isinstance(value, list):
        flat = _flatten(value)
        if len(flat) != 1:
            raise InputError(f"{what}应为单个单元格，实际为{len(flat)}个单元格")
        value = flat[0]
    if _error_value(value):
        raise InputError(f"{what}是错误值 {value}")
    return value


def _flatten(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [item for part in value for item in _flatten(part)]
    return [value]


def _rows(value: Any) -> list[list[Any]]:
    if not isinstance(value, list):
        return [[value]]
    if value and all(isinstance(row, list) for row in value):
        return [list(row) for row in value]
    return [[item] for item in value]  # a column range arrives as a flat list


def _to_float(value: Decimal | None) -> float | str:
    return "" if value is None else float(value)


def _full(full: Any) -> Decimal:
    if full.__class__ in (int, float):  # the same 分值 down a column: read once per number
        points = _FULL_NUMBERS.get(full)
        if points is not None and points[0] is full.__class__:
            return points[1]
    full = _scalar(full, "分值")
    if _blank(full):
        raise InputError("缺少分值")
    value = as_number(full, where="分值")
    if value < 0:
        raise InputError(f"分值不能为负数：{full}")
    if full.__class__ in (int, float) and value:  # not 0: -0.0 and 0.0 are one key but not one Decimal
        if len(_FULL_NUMBERS) >= 1024:
            _FULL_NUMBERS.clear()
        _FULL_NUMBERS[full] = (full.__class__, value)  # 5 and 5.0 are one key: the class tells them apart
    return value


_FULL_NUMBERS: dict[int | float, tuple[type, Decimal]] = {}


def _rule(rule: Any, default: Rule) -> Rule:
    if rule.__class__ is str:  # the same 评分标准 down a column: a text read once is neither an error value nor blank
        parsed = _RULE_TEXTS.get(rule)
        if parsed is not None:
            return parsed
    rule = _scalar(rule, "评分规则")
    if _blank(rule):
        return default
    parsed = parse_rule(str(rule))
    if rule.__class__ is str:
        if len(_RULE_TEXTS) >= 1024:
            _RULE_TEXTS.clear()
        _RULE_TEXTS[rule] = parsed
    return parsed


_RULE_TEXTS: dict[str, Rule] = {}


@_guarded
def SCORE_RATE(actual: Any, target: Any = None, rule: Any = None, full: Any = None) -> float | str:
    """按评分规则计算一个指标的得分。actual：实际值或实际比率；target：目标值（可写“≥90%”“≤202.6万元”），
    留空表示 actual 本身即比率；target 为比率时以其为基准衡量差距；rule：评分标准原文，留空按单位自评
    口径（达到指标值记满分，未达到按比例计分）；full：分值。"""
    actual, target = _scalar(actual, "实际值"), _scalar(target, "目标值")
    points = _full(full)
    if _blank(actual):
        return ""
    if _blank(target):
        default = _scaled_default()
    else:
        default = _target_default(parse_quantity(target, where="目标值").op or "≥")
    parsed = _rule(rule, default)
    data = measure_data(actual, target, parsed)
    # evaluate_rule without an entered score: the keys of measure_data are rule inputs, no need to check them twice
    bound = bind_data(data, points)
    return _to_float(program_for(parsed, bound).score(bound.values))


@functools.lru_cache(maxsize=None)
def _scaled_default() -> Rule:
    """Without a rule or a target: the rate × 分值 (rules are immutable: one serves every call)."""
    return Rule(Piecewise((), Scaled()))


@functools.lru_cache(maxsize=None)
def _target_default(op: str) -> Rule:
    """Without a rule: the 单位自评 reading of a target with comparison ``op``."""
    return Rule(TargetDefault(op=op))


# 年度指标值“按时” / “是” / “完成”, 实际完成值“按时” or “未按时”: the point met or not (财预〔2021〕101号: 定性指标)
_QUALITATIVE = {**dict.fromkeys(YES_WORDS + ("按时", "及时", "完成", "已完成", "达到", "达标", "合格"), True),
                **dict.fromkeys(NO_WORDS + ("未按时", "不按时", "不及时", "未及时", "未完成", "未达到", "未达标", "不合格", "逾期"), False)}


def measure_data(actual: Any, target: Any, rule: Rule | None = None) -> dict[str, Any]:
    """Rule inputs from one measured value and an optional target, read the way evaluators mean them:
    without a target a percentage (or a number up to 1.5) is the rate itself, and so is a bare number
    up to 150 such as 99.44 (percentage points) when ``rule`` scores a rate; anything else is a count;
    two rates make the target the reference level; otherwise rate = actual/target. A qualitative value (是 / 否 /
    按时 / 未完成 …) against a qualitative target (按时 / 是 / 完成) or none says whether the one point is met."""
    met = _QUALITATIVE.get(actual.strip()) if isinstance(actual, str) else None
    if met is not None and (_blank(target) or (isinstance(target, str) and target.strip() in _QUALITATIVE)) \
            and rule is not None and _scores(rule, "met") and not _scores(rule, "actual") and not _scores(rule, "rate"):
        return {"met": [met]}  # (是 against ≥95%, a rule that measures, stays a restated target: a data error)
    if _blank(target):
        if actual.__class__ in (float, int) and 0 <= actual <= PERCENT_POINTS_ABOVE and (rule is None or _scores(rule, "rate")):
            # a rate typed as a fraction: no unit to read
            return {"rate": actual}
        quantity = parse_quantity(actual, where="实际值")
        if quantity.is_percent or (not quantity.unit and quantity.value <= PERCENT_POINTS_ABOVE and (rule is None or _scores(rule, "rate"))):
            return {"rate": actual}  # (至少2种宣传方式 scores no rate: 1 is one 种)
        if rule is not None and not quantity.unit and quantity.value <= 150 and not _scores(rule, "actual"):
            return {"rate": actual}
        return {"actual": actual}
    if isinstance(target, (int, float)) and isinstance(actual, (int, float)) and 0 < target <= PERCENT_POINTS_ABOVE and actual <= PERCENT_POINTS_ABOVE:
        target = f"{Decimal(str(target)) * 100}%"
    return {"actual": actual, "target": target}


def _scores(rule: Rule, key: str) -> bool:
    """Whether the rule can score a bare count (``actual``: 服务人数 2730), a rate (``rate``) or one point met (``met``) alone (the
    program is the one the call then runs, found by identity: no second compile); asked once per rule
    (the entry keeps the rule alive, so its id cannot be reused while it is there)."""
    entry = _SCORES.get((id(rule), key))
    if entry is not None and entry[0] is rule:
        return entry[1]
    try:
        compiled_by_identity(rule, bind({key: [True] if key == "met" else 1}, Decimal(1)).shape, 2)
        scores = True
    except InputError:
        scores = False
    if len(_SCORES) >= 4096:
        _SCORES.clear()
    _SCORES[(id(rule), key)] = (rule, scores)
    return scores


_SCORES: dict[tuple[int, str], tuple[Rule, bool]] = {}


@_guarded
def SCORE_ITEMS(actuals: Any, targets: Any, rule: Any, full: Any) -> float | str:
    """逐项（逐个社区、逐份合同）对比实际值与目标值，按“每出现1个未达标扣N分”类规则计分。actuals：各单位
    实际值区域（每行一个单位，每列一项指标）；targets：同形状的目标值区域，或一行（每列一个目标）。"""
    points = _full(full)
    rows = [row for row in _rows(actuals) if not all(_blank(cell) for cell in row)]
    if not rows:
        return ""
    width = len(rows[0])
    target_rows = _rows(targets)
    if isinstance(targets, list) and len(targets) == width > 1 and not any(isinstance(t, list) for t in targets):
        target_rows = [list(targets)]  # xlwings hands a one-row range (a target per column) as a flat list
    if len(target_rows) == 1 and len(target_rows[0]) == width:
        target_rows = target_rows * len(rows)
    elif len(target_rows) == 1 and width == 1 and len(target_rows[0]) == 1:
        target_rows = target_rows * len(rows)
    if len(target_rows) != len(rows) or any(len(row) != width for row in target_rows):
        raise InputError(f"目标值区域应与实际值区域同形状（{len(rows)}行×{width}列），或为一行{width}列")
    items = {
        "columns": [f"第{c}项" for c in range(1, width + 1)],
        "rows": {f"第{r}行": {"actual": row, "target": target_rows[r - 1]} for r, row in enumerate(rows, start=1)},
    }
    for row in rows + target_rows:
        for cell in row:
            if _blank(cell) or _error_value(cell):
                raise InputError("实际值或目标值区域中有空单元格或错误值")
    parsed = _rule(rule, Rule(Piecewise((), Scaled())))
    if parsed.kind != "items":
        raise InputError(f"SCORE_ITEMS 需要逐项扣分规则（如“每出现1个未达标的扣0.5分，扣完为止”），而“{parsed.canonical()}”是{KIND_NAMES[parsed.kind]}")
    return _to_float(evaluate_rule(parsed, {"items": items}, points).value)


@_guarded
def SCORE_POINTS(met: Any, points: Any = None, full: Any = None) -> float | str:
    """评价要点计分。met：各要点是否符合（是/否、TRUE/FALSE、1/0）；points：各要点分值（同长度），留空
    表示各要点平均分配分值；full：指标分值（得分不超过分值）。"""
    flags = _flatten(met)
    if not flags or all(_blank(flag) for flag in flags):
        return ""
    weights = [] if points is None else [p for p in _flatten(points)]
    if weights and all(_blank(p) for p in weights):
        weights = []
    if weights and len(weights) != len(flags):
        raise InputError(f"要点个数（{len(flags)}）与分值个数（{len(weights)}）不一致")
    values = tuple(as_number(p, where=f"第{i}个要点的分值") for i, p in enumerate(weights, start=1))
    if full is None or _blank(_scalar(full, "分值")):
        limit = sum(values, Decimal(0)) if values else None
        if limit is None:
            raise InputError("各要点未给分值时须给出指标分值")
    else:
        limit = _full(full)
    rule = Rule(Checklist(points=values) if values else Checklist(count=len(flags), equal=True), label="评价要点")
    return _to_float(evaluate_rule(rule, {"met": flags}, limit).value)


@_guarded
def SURVEY_RATE(counts: Any, credits: Any) -> float | str:
    """问卷得分率=Σ(各选项人数×该选项赋分)/总人数。counts：各选项人数；credits：各选项赋分（100%、80%…）。"""
    count_list, credit_list = _flatten(counts), _flatten(credits)
    if all(_blank(c) for c in count_list):
        return ""
    rate, _ = measured_rate({"counts": count_list, "credits": credit_list}, "得分率")
    return float(rate)


@_guarded
def SCORE_GRADE(total: Any, bands: Any = None) -> str:
    """按总分评定等级。bands 留空为 优≥90、良≥80、中≥60、差；也可为文字“优秀≥180,良好≥140,合格”或两列区域
    （等级名称、下限）。"""
    from .grading import DEFAULT_BANDS, GradeError, grade_for, make_bands, parse_bands  # not needed by pingfen rule

    total = _scalar(total, "总分")
    if _blank(total):
        return ""
    value = as_number(total, where="总分")
    try:
        if bands is None or (not isinstance(bands, list) and _blank(bands)):
            chosen = DEFAULT_BANDS
        elif isinstance(bands, list):
            chosen = make_bands((row[0], row[1] if len(row) > 1 and not _blank(row[1]) else 0) for row in _rows(bands) if row and not _blank(row[0]))
        else:
            chosen = parse_bands(str(bands))
        return grade_for(value, chosen)
    except GradeError as error:
        raise InputError(str(error)) from None


def RULE_CHECK(rule: Any) -> str:
    """显示系统对评分标准的理解（规范写法），或无法识别时的原因与可参考写法。"""
    try:
        parsed = parse_rule(str(_scalar(rule, "评分规则") or ""))
    except RuleError as error:
        return RULE_ERROR + str(error)
    except InputError as error:
        return DATA_ERROR + str(error)
    return f"【{KIND_NAMES[parsed.kind]}】{parsed.canonical()}"


WORKSHEET_FUNCTIONS = {
    fn.__name__: fn for fn in (SCORE_RATE, SCORE_ITEMS, SCORE_POINTS, SURVEY_RATE, SCORE_GRADE, RULE_CHECK)
}
