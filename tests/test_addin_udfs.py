"""The add-in's worksheet functions (pingfen.udfs) called the way Excel calls them through xlwings —
floats, None for empty cells, flat lists for one-row/one-column ranges, lists of lists for blocks
(ndim=2), "85%" texts, error cells as "#N/A" texts (err_to_str) — and through a workbook that uses
them, recalculated by the `formulas` engine after ``register_formulas_udfs()``."""
from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from openpyxl import Workbook

import pingfen.udfs as udfs
from pingfen import functions
from pingfen.engines import formulas_engine
from pingfen.excel import udfs as excel_udfs
from pingfen.excel.udfs import INTERNAL_ERROR, register_formulas_udfs

ITEMS_RULE = "每出现1个社区未按合同约定年度服务指标量完成的，扣0.5分，扣完为止"
COUNSELLING = [[28.0, 12.0], [23.0, 12.0], [25.0, 7.0], [18.0, 10.0], [17.0, 9.0], [17.0, 10.0]]


def test_the_module_the_config_names_exposes_six_functions() -> None:
    assert udfs.UDF_NAMES == ("SCORE_RATE", "SCORE_ITEMS", "SCORE_POINTS", "SURVEY_RATE", "SCORE_GRADE", "RULE_CHECK")
    for name in udfs.UDF_NAMES:
        fn = getattr(udfs, name)
        assert fn is getattr(excel_udfs, name)
        assert fn.__doc__ and any("\u4e00" <= ch <= "\u9fff" for ch in fn.__doc__), name  # Chinese description
        # classic xlwings turns type hints into converters: the wrappers must have none
        assert not inspect.signature(fn).parameters or all(
            p.annotation is inspect.Parameter.empty for p in inspect.signature(fn).parameters.values()
        )


@pytest.mark.parametrize(
    "args, expected",
    [
        ((924.8, 930.0, "得分为预算执行率*4分", 4.0), 3.98),  # numbers arrive as floats
        (("924.8万元", "930万元", "得分为预算执行率*4分", 4.0), 3.98),  # text with units
        (("99.44%", None, "得分为预算执行率*4分", 4.0), 3.98),  # "85%"-style text, empty target
        ((0.9944, None, "得分为预算执行率*4分", 4.0), 3.98),  # a percent-formatted cell
        ((6.0, 12.0, "每少10%扣1分", 9.0), 4.0),
        (([[6.0]], [[12.0]], "每少10%扣1分", [[9.0]]), 4.0),  # single cells as 1×1 ranges
        ((None, 930.0, "得分为预算执行率*4分", 4.0), ""),  # empty actual: blank result
    ],
)
def test_score_rate_as_excel_calls_it(args: tuple, expected: object) -> None:
    got = udfs.SCORE_RATE(*args)
    assert got == (pytest.approx(expected) if isinstance(expected, float) else expected)


def test_missing_optional_arguments_take_the_python_defaults() -> None:
    # xlwings replaces VBA's Missing with the Python default (None)
    assert udfs.SCORE_RATE(0.95, None, None, 10.0) == pytest.approx(9.5)
    assert udfs.SCORE_GRADE(88.51) == "良"
    assert udfs.SCORE_POINTS([True, False, True], None, 3.0) == pytest.approx(2)


def test_error_cells_and_bad_rules_give_chinese_text_not_tracebacks() -> None:
    got = udfs.SCORE_RATE("#N/A", 930.0, "得分为预算执行率*4分", 4.0)
    assert got.startswith(functions.DATA_ERROR) and "#N/A" in got
    got = udfs.SCORE_RATE(924.8, 930.0, "按照领导意见打分", 4.0)
    assert got.startswith(functions.RULE_ERROR)
    got = udfs.SCORE_RATE(924.8, 930.0, "得分为预算执行率*4分", [[1.0, 2.0]])
    assert got.startswith(functions.DATA_ERROR)
    assert udfs.SCORE_ITEMS([[1.0, None]], [[1.0, 1.0]], ITEMS_RULE, 3.0).startswith(functions.DATA_ERROR)
    assert "Traceback" not in got


def test_an_unexpected_exception_becomes_a_cell_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(functions, "SCORE_RATE", broken)
    got = udfs.SCORE_RATE(1.0, 2.0, None, 3.0)
    assert got.startswith(INTERNAL_ERROR) and "ZeroDivisionError" in got and "boom" in got


def test_ranges_as_lists_of_lists_and_flat_lists() -> None:
    # ndim=2: a block of communities × items, targets as one row
    assert udfs.SCORE_ITEMS(COUNSELLING, [[17.0, 10.0]], ITEMS_RULE, 3.0) == pytest.approx(2)
    # one unit with two items (a single row), ndim=2 keeps it a row
    assert udfs.SCORE_ITEMS([[28.0, 12.0]], [[17.0, 10.0]], ITEMS_RULE, 3.0) == pytest.approx(3)
    # a column range arrives flat
    assert udfs.SURVEY_RATE([15.0, 15.0, 10.0], ["100%", "80%", "50%"]) == pytest.approx(0.8)
    assert udfs.SURVEY_RATE([[15.0], [15.0], [10.0]], [[1.0], [0.8], [0.5]]) == pytest.approx(0.8)
    assert udfs.SCORE_POINTS([[True], [False], [True]], [[1.0], [0.5], [0.5]], 2.0) == pytest.approx(1.5)
    assert udfs.SCORE_POINTS(["是", "否", "是"], None, 3.0) == pytest.approx(2)
    assert udfs.SCORE_GRADE(178.5, [["优秀", 180.0], ["良好", 140.0], ["合格", None]]) == "良好"
    assert udfs.SCORE_GRADE(178.5, "优秀≥180,良好≥140,合格") == "良好"
    assert udfs.RULE_CHECK("每少10%扣1分").startswith("【阶梯扣分】")


def test_the_wrappers_return_what_the_engine_returns() -> None:
    cases = [
        ("SCORE_RATE", (286.54, 288.0, "预算执行率≥99%得5分；否则得分=预算执行率×5分", 5.0)),
        ("SCORE_POINTS", ([1.0, 0.0, 1.0], [1.0, 0.5, 0.5], 2.0)),
        ("SURVEY_RATE", ([10.0, 5.0], [1.0, 0.6])),
        ("SCORE_GRADE", (59.99, None)),
        ("RULE_CHECK", ("得分=满意度×10分",)),
    ]
    for name, args in cases:
        assert getattr(udfs, name)(*args) == functions.WORKSHEET_FUNCTIONS[name](*args)


def test_a_workbook_using_the_functions_recalculates_with_formulas(tmp_path: Path) -> None:
    register_formulas_udfs()
    wb = Workbook()
    ws = wb.active
    ws.title = "评分"
    ws.append(["得分", "实际值", "目标值", "分值"])
    ws.append([None, 924.8, 930, 4])
    ws.append([None, "99.44%", None, 4])
    ws.append([None, None, 930, 4])
    ws["A2"] = '=SCORE_RATE(B2,C2,"得分为预算执行率*4分",D2)'
    ws["A3"] = '=SCORE_RATE(B3,C3,"得分为预算执行率*4分",D3)'
    ws["A4"] = '=SCORE_RATE(B4,C4,"得分为预算执行率*4分",D4)'
    ws["A5"] = '=SCORE_RATE(NA(),C2,"得分为预算执行率*4分",D2)'
    ws["A6"] = '=SCORE_RATE(B2,C2,"按照领导意见打分",D2)'
    for row, (consult, tutor) in enumerate(COUNSELLING, start=11):
        ws.cell(row, 2, consult)
        ws.cell(row, 3, tutor)
    ws["B10"], ws["C10"] = 17, 10
    ws["A10"] = f'=SCORE_ITEMS(B11:C16,B10:C10,"{ITEMS_RULE}",3)'
    for row, (count, credit) in enumerate([(15, "100%"), (15, "80%"), (10, "50%")], start=20):
        ws.cell(row, 2, count)
        ws.cell(row, 3, credit)
    ws["A20"] = "=SURVEY_RATE(B20:B22,C20:C22)"
    ws["A21"] = '=SCORE_RATE(A20,"","得分=满意度×分值",10)'
    for row, (flag, points) in enumerate([(True, 1), (False, 0.5), (True, 0.5)], start=25):
        ws.cell(row, 2, flag)
        ws.cell(row, 3, points)
    ws["A25"] = "=SCORE_POINTS(B25:B27,C25:C27,2)"
    ws["A30"] = "=SCORE_GRADE(SUM(A2,A3))"
    ws["A31"] = '=SCORE_GRADE(178.5,"优秀≥180,良好≥140,合格")'
    ws["A32"] = '=RULE_CHECK("每少10%扣1分")'
    ws["A33"] = "=IF(ISNUMBER(A2),A2*2,0)"  # native formulas mixed with the functions
    path = tmp_path / "functions.xlsx"
    wb.save(path)

    got = {address: value for (sheet, address), value in formulas_engine.evaluate_workbook(path).items()}
    assert got["A2"] == pytest.approx(3.98)
    assert got["A3"] == pytest.approx(3.98)
    assert got["A4"] == ""
    assert got["A5"] == "#N/A"  # an error value propagates, as in Excel
    assert isinstance(got["A6"], str) and got["A6"].startswith(functions.RULE_ERROR)
    assert got["A10"] == pytest.approx(2)
    assert got["A20"] == pytest.approx(0.8)
    assert got["A21"] == pytest.approx(8)
    assert got["A25"] == pytest.approx(1.5)
    assert got["A30"] == "差"
    assert got["A31"] == "良好"
    assert got["A32"].startswith("【阶梯扣分】")
    assert got["A33"] == pytest.approx(7.96)


def test_lite_entry_imports_without_packages_pyodide_lacks() -> None:
    """xlwings Lite runs in Pyodide, which has no python-calamine, formulas or numpy; the wheel's
    dependency markers leave them out there, so the Lite entry must import without them."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "for name in ('python_calamine', 'formulas', 'numpy'): sys.modules[name] = None\n"
        "import pingfen.excel.lite as lite\n"
        "assert lite.SCORE_RATE(924.8, 930, '得分为预算执行率*4分', 4) == 3.98\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_repeated_udf_calls_parse_the_rule_once() -> None:
    """A sheet filled down with =SCORE_RATE(...) calls Python once per cell with the same rule text:
    the rule is parsed once (pingfen.rules.parse_rule) and the worksheet functions take it by its text
    afterwards (pingfen.functions._RULE_TEXTS), without asking the parser's cache again."""
    from pingfen.rules import parse_rule

    rule = "得分为预算执行率*7分"
    before = parse_rule.cache_info()
    results = {excel_udfs.SCORE_RATE(924.8, 930.0, rule, 7.0) for _ in range(1000)}
    after = parse_rule.cache_info()
    assert len(results) == 1 and float(results.pop()) == pytest.approx(6.96)  # 924.8 / 930 × 7 = 6.9608 → 6.96
    misses, hits = after.misses - before.misses, after.hits - before.hits
    assert misses <= 1 and misses + hits <= 1  # at most the first call reads it
