"""pingfen for xlwings Lite: the worksheet functions and the ribbon's actions as Lite scripts.

The workbook's main.py in the Lite editor only does ``from pingfen.excel.lite import *`` (see
addin/excel/lite/main.py), so a new pingfen version brings new code without editing workbooks. Lite
registers every function of main.py's namespace that carries the ``func``/``script`` metadata;
the decorators come from xlwings, which in Lite are its Office.js implementations.

Lite cannot save files on the computer, so 导出 is not offered; conditional-format highlights,
charts, print setup and sheet protection are not written (Lite's object model lacks most of them);
the scores are still native Excel formulas.
"""

import xlwings as xw
from xlwings import script

from .actions import dispatch
from .udfs import RULE_CHECK, SCORE_GRADE, SCORE_ITEMS, SCORE_POINTS, SCORE_RATE, SURVEY_RATE

__all__ = [
    "SCORE_RATE", "SCORE_ITEMS", "SCORE_POINTS", "SURVEY_RATE", "SCORE_GRADE", "RULE_CHECK",
    "generate", "regenerate", "recalculate", "validate", "about",
]


@script(name="生成评分表")
def generate(book: xw.Book):
    """按“指标体系”工作表生成评分表、数据、汇总、校验工作表；已录入的数据按指标编码保留。"""
    dispatch("generate", book, lite=True)


@script(name="重新生成")
def regenerate(book: xw.Book):
    """修改“指标体系”后重建评分表，已录入的数据按指标编码保留。"""
    dispatch("regenerate", book, lite=True)


@script(name="重新计算")
def recalculate(book: xw.Book):
    """用 pingfen 规则引擎复核 Excel 的计算结果，写入“校验”工作表。"""
    dispatch("recalculate", book, lite=True)


@script(name="校验")
def validate(book: xw.Book):
    """检查分值、规则满分、录入得分、理由、缺少的数据与公布得分，写入“校验”工作表。"""
    dispatch("validate", book, lite=True)


@script(name="关于")
def about(book: xw.Book):
    """显示 pingfen 与 xlwings 的版本。"""
    dispatch("about", book, lite=True)
