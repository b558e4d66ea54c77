"""pingfen in xlwings Lite (Excel 365 / Excel 2021+ on Windows and macOS, Excel on the web).

Paste this file into the xlwings Lite editor's main.py and requirements.txt into its requirements.txt
tab (see addin/excel/README-addin.md). It exposes

- the six worksheet functions, =SCORE_RATE(...) and so on, the same functions as the desktop add-in
  (pingfen.excel.udfs, thin wrappers over pingfen.functions);
- the ribbon's actions as scripts (run them from the Lite task pane): they call the same dispatcher
  as the desktop ribbon, writing through the object model in blocks (Lite batches the writes).

Lite cannot save files on the computer, so 导出 is not offered here; use the desktop add-in or
`pingfen export`. Conditional-format highlights, charts, print setup and sheet protection are not
written by Lite either; all scores are still native Excel formulas.
"""

import sys
import types

import xlwings as xw
from xlwings import script

# python-calamine reads workbook files for the command line; it has no Pyodide build and is never
# used here, so a stand-in lets pingfen.workbook import.
try:
    import python_calamine  # noqa: F401
except ImportError:
    sys.modules["python_calamine"] = types.SimpleNamespace(CalamineWorkbook=None)

from pingfen.excel.actions import dispatch  # noqa: E402
from pingfen.excel.udfs import (  # noqa: E402,F401 - registered as custom functions by Lite
    RULE_CHECK, SCORE_GRADE, SCORE_ITEMS, SCORE_POINTS, SCORE_RATE, SURVEY_RATE,
)


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
