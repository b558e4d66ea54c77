"""pingfen's evaluator against LibreOffice (zh-CN, forced recalculation) on what accountants type:
numbers and dates typed as text, blanks, error values, comparisons across types, typed formulas.
Every expected value is Excel's documented behaviour worked out by hand; LibreOffice must agree,
except where engines/divergences.yaml says Excel and LibreOffice differ."""

from __future__ import annotations

from pathlib import Path

import pytest

from pingfen.engines import Text, libreoffice, write_cells
from pingfen.engines.differential import divergences, pingfen_workbook_values, same

TEXTS = {  # typed or pasted as text → what Excel reads in arithmetic (zh-CN)
    "924.8": 924.8, " 924.8 ": 924.8, "1,234": 1234.0, "99%": 0.99, "9.248E+2": 924.8, "(12)": -12.0,
    "2024/7/31": 45504.0, "2024-7-31": 45504.0, "2024年7月31日": 45504.0, "20240731": 20240731.0,
    "07/31/2024": "#VALUE!", "abc": "#VALUE!", "12:30": 0.520833333333333, "2024/7/31 12:00": 45504.5,
    "TRUE": "#VALUE!", "": "#VALUE!", "1,2345": "#VALUE!", ".5": 0.5,
}

FORMULAS = {  # formula → Excel's value; A1 holds the text "924.8", B1 is =1/0, C1 is empty
    "=A1*1": 924.8,
    "=SUM(A1)": 0.0,  # a reference: text is skipped
    "=SUM(A1,1)": 1.0,
    '=SUM("3",1)': 4.0,  # a direct argument: text is read as a number
    "=ROUND(A1,0)": 925.0,
    "=MIN(A1,5)": 5.0,
    "=MIN(C1,5)": 5.0,  # a blank reference is skipped, not 0
    "=MAX(A1,C1)": 0.0,
    "=A1>5": True,  # text ranks above every number
    '="abc">5': True,
    "=TRUE>1": True,  # logicals rank above text
    '=TRUE>"z"': True,
    '="a"="A"': True,
    "=C1=0": True,
    '=C1=""': True,
    "=C1+1": 1.0,
    '=A1&""': "924.8",
    '=1/3&""': "0.333333333333333",
    "=OR(B1=\"\",TRUE)": "#DIV/0!",  # errors pass through OR, AND, IF and SUM
    "=AND(FALSE,B1)": "#DIV/0!",
    '=IF(B1="",1,2)': "#DIV/0!",
    "=SUM(B1,1)": "#DIV/0!",
    "=IFERROR(B1,7)": 7.0,
    "=ISNUMBER(B1)": False,
    "=COUNT(A1,B1,C1,1)": 1.0,
    "=286.54/288": 0.994930555555556,
    "=-2^2": 4.0,
    "=2^3^2": 64.0,
    "=50%*2": 1.0,
    '="1"+"2"': 3.0,
    '=" "+1': "#VALUE!",
    "=ROUND(2.5,0)": 3.0,
    "=ROUND(-2.5,0)": -3.0,
    "=ROUND(2.675,2)": 2.68,
    "=ROUNDDOWN(-2.57,1)": -2.5,
    "=ROUNDUP(2.01,0)": 3.0,
    "=INT(-2.5)": -3.0,
    "=TRUNC(-2.7)": -2.0,
    "=MOD(-3,2)": 1.0,
    "=CEILING(2.1,1)": 3.0,
    "=FLOOR(2.9,1)": 2.0,
    "=CEILING(ROUND(0.3/0.1,6),1)": 3.0,
    "=DATE(2024,13,1)": 45658.0,
    '=YEAR("2024年7月31日")': 2024.0,
    '=MONTH("2024/7/31")': 7.0,
    "=DAY(45504)": 31.0,
    '="2024/7/31"-"2024/7/1"': 30.0,
    '=MID("abcdef",2,3)': "bcd",
    '=LEN("中文")': 2.0,
    '=LEFT("abc",2)&RIGHT("abc",1)': "abc",
    '=AVERAGE(1,2,"3")': 2.0,
    "=NOT(C1)": True,
    "=IF(C1,1,2)": 2.0,
    '=IF(1>2,"x")': False,
    "=ABS(-1.5)+SIGN(-3)": 0.5,
}


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict[str, object], dict[tuple[str, str], object], dict[tuple[str, str], object]]]:
    """(cells, pingfen's values, LibreOffice's values) for the text book and the formula book."""
    text_book: dict[str, object] = {}
    for row, text in enumerate(TEXTS, start=1):
        text_book[f"A{row}"] = Text(text)
        text_book[f"B{row}"] = f"=A{row}*1"
        text_book[f"C{row}"] = f"=A{row}+0"
    formula_book: dict[str, object] = {"A1": Text("924.8"), "B1": "=1/0"}
    for row, formula in enumerate(FORMULAS, start=2):
        formula_book[f"D{row}"] = formula
    folder = tmp_path_factory.mktemp("semantics")
    results = []
    theirs_all = libreoffice.evaluate_many([text_book, formula_book])
    for index, (cells, theirs) in enumerate(zip((text_book, formula_book), theirs_all)):
        path = folder / f"book{index}.xlsx"
        write_cells(cells, path)
        mine = pingfen_workbook_values(path)
        results.append((cells, mine, {("S", address): value for address, value in theirs.items()}))
    return results


def test_text_typed_numbers_and_dates_are_read_as_excel_reads_them(books) -> None:  # type: ignore[no-untyped-def]
    cells, mine, theirs = books[0]
    excused = {text for entry in divergences() for text in entry.get("texts", ())}
    agreed = 0
    for row, (text, expected) in enumerate(TEXTS.items(), start=1):
        for column in "BC":
            ref = ("S", f"{column}{row}")
            assert same(mine[ref], expected), f"{text!r}: pingfen {mine[ref]!r}, Excel {expected!r}"
            if text in excused:
                assert not same(theirs[ref], expected), f"{text!r} is listed in divergences.yaml but LibreOffice agrees now"
            else:
                assert same(theirs[ref], mine[ref]), f"{text!r}: pingfen {mine[ref]!r}, LibreOffice {theirs[ref]!r}"
                agreed += 1
    assert agreed == 2 * len([text for text in TEXTS if text not in excused])


def test_formulas_follow_excel_and_agree_with_libreoffice(books) -> None:  # type: ignore[no-untyped-def]
    cells, mine, theirs = books[1]
    excused = {formula for entry in divergences() for formula in entry.get("formulas", ())}
    wrong, disagreeing = [], []
    for row, (formula, expected) in enumerate(FORMULAS.items(), start=2):
        ref = ("S", f"D{row}")
        if not same(mine[ref], expected):
            wrong.append(f"{formula}: pingfen {mine[ref]!r}, Excel {expected!r}")
        if formula in excused:
            assert not same(theirs[ref], mine[ref]), f"{formula} is listed in divergences.yaml but LibreOffice agrees now"
        elif not same(theirs[ref], mine[ref]):
            disagreeing.append(f"{formula}: pingfen {mine[ref]!r}, LibreOffice {theirs[ref]!r}")
    assert not wrong and not disagreeing, "\n".join(wrong + disagreeing)


def test_divergences_file_explains_each_entry() -> None:
    for entry in divergences():
        assert {"id", "formula", "excel", "libreoffice", "reason"} <= set(entry), entry
        assert len(entry["reason"]) > 40
