"""The six worksheet functions for Excel, as xlwings UDFs and as `formulas` functions.

Every function is a thin wrapper over ``pingfen.functions``: the arguments arrive the way xlwings hands
them over (floats, None for empty cells, lists of lists for ranges, error cells as text such as
"#N/A"), the result is a number, a text, or a Chinese error text — never a Python traceback.

The decorators come from ``xlwings`` itself, so this one module serves all runtimes: classic xlwings on
Windows (VBA wrappers in pingfen.xlam call ``pingfen.udfs``), xlwings Lite (``addin/excel/lite/main.py``
imports these functions) and plain Python, where the decorators do nothing. Keep ``@func`` outermost and
give the functions no type hints: classic xlwings would take a hint as a converter.
"""

from __future__ import annotations

import functools

from xlwings import arg, func

from .. import functions as _functions

CATEGORY = "绩效评分"
INTERNAL_ERROR = "【内部错误】"

__all__ = ["SCORE_RATE", "SCORE_ITEMS", "SCORE_POINTS", "SURVEY_RATE", "SCORE_GRADE", "RULE_CHECK", "register_formulas_udfs", "UDF_NAMES"]


def _safe(fn):
    """Turns an unexpected exception into a Chinese text for the cell (the engine's own errors are
    already returned as 【规则错误】/【数据错误】 texts by ``pingfen.functions``)."""

    @functools.wraps(fn)
    def wrapper(*args):
        try:
            return fn(*args)
        except Exception as error:  # noqa: BLE001 - a cell must never show a traceback
            return f"{INTERNAL_ERROR}{type(error).__name__}：{error}（请把公式与数据发给维护人员）"

    return wrapper


@func(category=CATEGORY)
@arg("actual", err_to_str=True, doc="实际值或实际比率，如 924.8、“924.8万元”、“99.44%”；单元格或数值")
@arg("target", err_to_str=True, doc="目标值，可写“≥90%”“≤202.6万元”；留空表示实际值本身即比率")
@arg("rule", err_to_str=True, doc="评分标准原文，如“每少10%扣1分”；留空按单位自评口径计分")
@arg("full", err_to_str=True, doc="指标分值（满分）")
@_safe
def SCORE_RATE(actual, target=None, rule=None, full=None):
    """按评分标准计算一个指标的得分：比率计分、阶梯扣分、区间得分、达标得满分等（SCORE_RATE(实际值,目标值,评分标准,分值)）。"""
    return _functions.SCORE_RATE(actual, target, rule, full)


@func(category=CATEGORY)
@arg("actuals", ndim=2, err_to_str=True, doc="各单位实际值区域：每行一个单位（社区、合同），每列一项指标")
@arg("targets", ndim=2, err_to_str=True, doc="目标值区域：与实际值同形状，或一行（每列一个目标）")
@arg("rule", err_to_str=True, doc="逐项扣分规则，如“每出现1个社区未完成的，扣0.5分，扣完为止”")
@arg("full", err_to_str=True, doc="指标分值（满分）")
@_safe
def SCORE_ITEMS(actuals, targets, rule, full):
    """逐项对比实际值与目标值，按“每出现1个未达标扣N分”类规则计分（SCORE_ITEMS(实际值区域,目标值区域,评分规则,分值)）。"""
    return _functions.SCORE_ITEMS(actuals, targets, rule, full)


@func(category=CATEGORY)
@arg("met", err_to_str=True, doc="各评价要点是否符合：是/否、TRUE/FALSE 或 1/0 的区域")
@arg("points", err_to_str=True, doc="各要点分值区域（与要点同长度）；留空表示平均分配")
@arg("full", err_to_str=True, doc="指标分值；得分不超过分值")
@_safe
def SCORE_POINTS(met, points=None, full=None):
    """评价要点计分：符合的要点得该要点分值（SCORE_POINTS(是否符合区域,要点分值区域,分值)）。"""
    return _functions.SCORE_POINTS(met, points, full)


@func(category=CATEGORY)
@arg("counts", err_to_str=True, doc="问卷各选项人数区域")
@arg("credits", err_to_str=True, doc="各选项赋分区域，如 100%、80%、60%")
@_safe
def SURVEY_RATE(counts, credits):
    """问卷得分率 = Σ(各选项人数×该选项赋分)/总人数（SURVEY_RATE(人数区域,赋分区域)）。"""
    return _functions.SURVEY_RATE(counts, credits)


@func(category=CATEGORY)
@arg("total", err_to_str=True, doc="总分")
@arg("bands", err_to_str=True, doc="等级划分：留空为 优≥90、良≥80、中≥60、差；或文字“优秀≥180,良好≥140,合格”；或两列区域（等级、下限）")
@_safe
def SCORE_GRADE(total, bands=None):
    """按总分评定等级（SCORE_GRADE(总分,等级划分)）。"""
    return _functions.SCORE_GRADE(total, bands)


@func(category=CATEGORY)
@arg("rule", err_to_str=True, doc="评分标准原文")
@_safe
def RULE_CHECK(rule):
    """显示系统对评分标准的理解（规则类型与规范写法），或无法识别的原因与可参考写法（RULE_CHECK(评分标准)）。"""
    return _functions.RULE_CHECK(rule)


UDFS = {fn.__name__: fn for fn in (SCORE_RATE, SCORE_ITEMS, SCORE_POINTS, SURVEY_RATE, SCORE_GRADE, RULE_CHECK)}
UDF_NAMES = tuple(UDFS)


def register_formulas_udfs() -> None:
    """Registers the six functions with the `formulas` engine, so that workbooks using them
    recalculate headlessly. Call before ``formulas.ExcelModel().loads()``."""
    from ..engines.formulas_compat import register_udf  # heavy import, only when needed

    for name, fn in UDFS.items():
        register_udf(name, fn)
