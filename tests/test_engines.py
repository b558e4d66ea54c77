"""Both recalculation engines on the formulas 评分表 rely on (research/engines.md)."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from formulas.functions import get_functions
from openpyxl import Workbook, load_workbook

from pingfen.engines import Text, Value, formulas_engine, libreoffice, write_cells
from pingfen.engines.formulas_compat import patch, register_udf, xl_text

SHEET = "评分表"
INPUTS: dict[str, object] = {
    "A1": 0.7,  # 完成率
    "C1": 1, "C2": 2, "C3": 3,
    "D5": 5, "G5": 100, "H5": 70,  # 分值、目标值、实际值
    "E1": 0.7, "E2": 0.85, "E3": 0.95,
    "T1": Text("=1+1"),  # 用户输入的文字，不是公式
    "T2": "是",
}
# formula -> value expected in both engines (Excel's value where engines.md gives one)
CASES: dict[str, Value] = {
    "=CEILING(ROUND(MAX(0,1-0.7/1)/0.1,6),1)": 3.0,
    "=CEILING(MAX(0,1-0.7/1)/0.1,1)": 3.0,  # unguarded: 4 in formulas without the patch
    "=CEILING(MAX(0,1-A1/1)/0.1,1)": 3.0,
    "=MAX(0,D5-MIN(D5,CEILING(MAX(0,1-H5/G5)/0.1,1)*1))": 2.0,
    "=SUMPRODUCT(CEILING((1-E1:E3)/0.1,1))": 6.0,  # 3 + 2 + 1, element-wise on an array
    "=SUMPRODUCT(ROUND(C1:C3/3,2))": 2.0,
    "=FLOOR(0.3/0.1,1)": 3.0,
    "=FLOOR(0.3,0.1)": 0.3,
    "=INT(0.3/0.1)": 3.0,
    "=ROUNDDOWN(0.3/0.1,0)": 3.0,
    "=ROUNDUP(0.1*3,1)": 0.3,
    "=_xlfn.CEILING.MATH(-2.5)": -2.0,
    "=ROUND(0.285,2)": 0.29,
    "=ROUND(1.005,2)": 1.01,
    "=ROUND(-0.285,2)": -0.29,
    "=ROUND(1234.5,-2)": 1200.0,
    '="扣"&(5-3.3)&"分"': "扣1.7分",
    '=ROUND(0.5*100,2)&"%"': "50%",
    '="率"&(1-0.7)': "率0.3",
    '="得分"&99.44': "得分99.44",
    '=CONCATENATE("扣",5-3.3)': "扣1.7",
    "=1/0": "#DIV/0!",
    '=""': "",
    "=1>0": True,
    "=T1": "=1+1",
    "=ISTEXT(T1)": True,
    '=IF(T2="是",1,0)': 1.0,
}
FORMULA_COLUMN = "K"


def _case_cells() -> dict[str, object]:
    cells = dict(INPUTS)
    for row, formula in enumerate(CASES, start=1):
        cells[f"{FORMULA_COLUMN}{row}"] = formula
    return cells


ENGINES = [
    pytest.param("formulas", id="formulas"),
    pytest.param("libreoffice", id="libreoffice", marks=pytest.mark.libreoffice),
]
_results: dict[str, dict[str, Value]] = {}


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return request.param


def _module(engine: str) -> Any:
    return formulas_engine if engine == "formulas" else libreoffice


def _case_results(engine: str) -> dict[str, Value]:
    # One workbook per engine for all cases: LibreOffice takes about a second to start.
    if engine not in _results:
        _results[engine] = _module(engine).evaluate_cells(_case_cells(), SHEET)
    return _results[engine]


@pytest.mark.parametrize("row, formula", list(enumerate(CASES, start=1)), ids=list(CASES))
def test_formula_value(engine: str, row: int, formula: str) -> None:
    got = _case_results(engine)[f"{FORMULA_COLUMN}{row}"]
    want = CASES[formula]
    if isinstance(want, float):
        assert isinstance(got, float) and not isinstance(got, bool), got
        assert got == pytest.approx(want, abs=1e-12)
    else:
        assert got == want
        assert type(got) is type(want)


def test_only_formula_cells_are_returned(engine: str) -> None:
    assert set(_case_results(engine)) == {f"{FORMULA_COLUMN}{r}" for r in range(1, len(CASES) + 1)}


def test_plain_text_is_never_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_cells({"A1": Text("=HYPERLINK(\"http://x\",\"点我\")"), "A2": "=1+1", "A3": "="}, path)
    ws = load_workbook(path)["S"]
    assert ws["A1"].data_type == "s" and ws["A1"].value.startswith("=HYPERLINK")
    assert ws["A2"].data_type == "f"
    assert ws["A3"].data_type == "s"


def _two_sheet_book(path: Path) -> None:
    wb = Workbook()
    score = wb.active
    score.title = "评分表"
    bands = wb.create_sheet("档位 表")
    for row, (low, rate) in enumerate([(0, 0), (0.6, 0.6), (0.8, 0.8), (1, 1)], start=1):
        bands.cell(row, 1, low)
        bands.cell(row, 2, rate)
    score["A1"] = 0.85
    score["A2"] = 10
    score["B1"] = "=A2*VLOOKUP(A1,'档位 表'!$A$1:$B$4,2,TRUE)"
    score["B2"] = "='档位 表'!B3+1"
    score["B3"] = '=IF(B1>=8,"良","中")'
    bands["C1"] = "=评分表!A2*2"
    wb.save(path)


def test_evaluate_workbook_with_chinese_sheet_names(engine: str, tmp_path: Path) -> None:
    path = tmp_path / "两个工作表.xlsx"
    _two_sheet_book(path)
    assert _module(engine).evaluate_workbook(path) == {
        ("评分表", "B1"): 8.0,
        ("评分表", "B2"): 1.8,
        ("评分表", "B3"): "良",
        ("档位 表", "C1"): 20.0,
    }


def test_xl_text_uses_general_format() -> None:
    assert xl_text(50.0) == "50"
    assert xl_text(99.44) == "99.44"
    assert xl_text(1.7000000000000002) == "1.7"
    assert xl_text(-0.0) == "0"
    assert xl_text(True) == "TRUE" and xl_text(False) == "FALSE"
    assert xl_text(10.0**20) == "1E+20"
    assert xl_text("扣分") == "扣分"


def test_patch_is_idempotent() -> None:
    patch()
    before = {name: get_functions()[name] for name in ("ROUND", "CEILING", "INT")}
    patch()
    assert {name: get_functions()[name] for name in before} == before


def test_udf_gets_xlwings_like_arguments() -> None:
    seen: list[tuple[Any, ...]] = []

    def udf(values: Any, blank: Any, rule: Any) -> float:
        seen.append((values, blank, rule))
        return sum(v for row in values for v in row if v is not None) + (blank or 0)

    register_udf("PFTEST_RANGE_SUM", udf)
    register_udf("PFTEST_FAIL", lambda *args: 1 / 0)
    got = formulas_engine.evaluate_cells(
        {
            "A1": 1, "A2": 2.5, "B1": "x", "B2": True,
            "C1": "=pftest_range_sum(A1:A3,D1,\"每少10%扣1分\")",
            "C2": "=PFTEST_RANGE_SUM(A1:A2,1/0,\"\")",
            "C3": "=PFTEST_FAIL(A1)",
            "C4": '=IFERROR(PFTEST_FAIL(A1),"规则错误")',
        }
    )
    assert got == {"C1": 3.5, "C2": "#DIV/0!", "C3": "#VALUE!", "C4": "规则错误"}
    assert ([[1], [2.5], [None]], None, "每少10%扣1分") in seen


@pytest.mark.libreoffice
def test_evaluate_many_matches_formulas() -> None:
    formula = "=MAX(0,5-MIN(5,CEILING(MAX(0,1-A1/A2)/0.05,1)*1))"
    books: list[dict[str, object]] = [{"A1": pct, "A2": 100, "B1": formula} for pct in (70, 85, 95, 100, 30)]
    books.append({"A1": "甲", "B2": '=A1&"级"', "B3": "=A2+1"})
    got = libreoffice.evaluate_many(books)
    assert got[:5] == [{"B1": v} for v in (0.0, 2.0, 4.0, 5.0, 0.0)]
    assert got[5] == {"B2": "甲级", "B3": 1.0}
    assert got == [formulas_engine.evaluate_cells(cells) for cells in books]


@pytest.mark.libreoffice
def test_recalc_ignores_stale_cached_values(tmp_path: Path) -> None:
    source = tmp_path / "src" / "stale.xlsx"
    source.parent.mkdir()
    write_cells({"A1": 0.83, "B1": '=TEXT(A1,"0.00%")'}, source)
    (first,) = libreoffice.recalc([source], tmp_path / "first")
    # Change the input inside the saved file, leaving B1's cached "83.00%" in place.
    stale = tmp_path / "stale" / "stale.xlsx"
    stale.parent.mkdir()
    with zipfile.ZipFile(first) as zin, zipfile.ZipFile(stale, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data, n = re.subn(rb'(<c r="A1"[^>]*>)<v>0.83</v>', rb"\g<1><v>0.5</v>", data)
                assert n == 1
            zout.writestr(info, data)
    assert libreoffice.evaluate_workbook(stale) == {("S", "B1"): "50.00%"}


def test_recalc_refuses_colliding_outputs(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with pytest.raises(ValueError):
        libreoffice.recalc([tmp_path / "a" / "x.xlsx", tmp_path / "b" / "x.xlsx"], tmp_path / "out")
    with pytest.raises(ValueError):
        libreoffice.recalc([tmp_path / "a" / "x.xlsx"], tmp_path / "a")


def _sweep_cells() -> dict[str, object]:
    # Unguarded step deductions and roundings over every whole percentage (engines.md §2.3).
    cells: dict[str, object] = {}
    for i in range(101):
        row = i + 1
        cells[f"A{row}"] = i
        cells[f"B{row}"] = f"=CEILING(MAX(0,1-A{row}/100)/0.1,1)"
        cells[f"C{row}"] = f"=CEILING(MAX(0,1-A{row}/100)/0.05,1)"
        cells[f"D{row}"] = f"=FLOOR(A{row}/100/0.1,1)"
        cells[f"E{row}"] = f"=INT(A{row}/100/0.05)"
        cells[f"F{row}"] = f"=ROUND(A{row}/1000+0.005,2)"
        cells[f"G{row}"] = f"=ROUNDDOWN(A{row}*0.07,1)"
        cells[f"H{row}"] = f'="扣"&(A{row}/10-A{row}/100)&"分"'
    return cells


@pytest.mark.libreoffice
def test_patched_formulas_agrees_with_libreoffice_without_guards() -> None:
    cells = _sweep_cells()
    ours = formulas_engine.evaluate_cells(cells)
    theirs = libreoffice.evaluate_cells(cells)
    differing = {a: (ours[a], theirs[a]) for a in ours if ours[a] != theirs[a]}
    assert differing == {}
