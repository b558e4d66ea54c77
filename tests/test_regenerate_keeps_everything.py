"""``pingfen regenerate`` keeps what the evaluator put into the workbook beyond the values: cell
comments (批注) follow their cells, and a formula typed into an input of a deleted indicator goes to
未匹配数据 with its text and last value (issue 10, point 9)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment
from python_calamine import CalamineWorkbook

from pingfen.cli import main
from pingfen.workbook.cached import write_cached_values
from pingfen.workbook.comments import read_comments
from pingfen.workbook.read import read_book

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"
RUBRIC, UNMATCHED = "指标体系", "未匹配数据"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("regen") / "评分表.xlsx"
    assert main(["build", str(SEED), "-o", str(path)]) == 0
    return path


def _row_of(sheet: openpyxl.worksheet.worksheet.Worksheet, code: str) -> int:
    return next(row for row in range(1, sheet.max_row + 1) if sheet.cell(row, 1).value == code)


def test_comments_follow_their_cells_and_deleted_formulas_go_to_unmatched(pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "评分表.xlsx"
    shutil.copy(pristine, path)
    saved = read_book(path)
    kept_input = saved.inputs["2.1.2"]["actual"]  # 预算执行率的实际支出: stays
    kept_score = saved.scores["2.1.2"]
    deleted_input = saved.inputs["1.1.1"]  # 立项依据充分性: its row is deleted below
    deleted_name, deleted_ref = next(iter(deleted_input.items()))

    book = openpyxl.load_workbook(path)
    book[kept_input[0]][kept_input[1]].comment = Comment("实际支出取自财务决算表第3页", "张会计")
    book[kept_score[0]][kept_score[1]].comment = Comment("得分已与委托方核对", "李审核")
    rubric = book[RUBRIC]
    rubric.cell(_row_of(rubric, "3.1.1"), 5).comment = Comment("评分标准依合同附件二", "张会计")
    rubric["B2"].comment = Comment("项目名称以批复为准", "张会计")
    book["汇总"]["A1"].comment = Comment("汇总表标题的批注", "王经理")
    book[deleted_ref[0]][deleted_ref[1]] = "=286.54/288"
    book[deleted_ref[0]][deleted_ref[1]].comment = Comment("依据：批复文件", "张会计")
    rubric.delete_rows(_row_of(rubric, "1.1.1"))  # the evaluator deletes the indicator 1.1.1
    book.save(path)
    write_cached_values(path, path, {deleted_ref: Decimal("0.9949")})  # as Excel would have saved it
    assert len(read_comments(path)) == 6

    assert main(["regenerate", str(path)]) == 0
    assert "项录入数据找不到对应指标，已保留在“未匹配数据”工作表" in capsys.readouterr().out

    again = read_book(path)
    notes = read_comments(path)
    assert notes[again.inputs["2.1.2"]["actual"]].text == "实际支出取自财务决算表第3页"
    assert notes[again.inputs["2.1.2"]["actual"]].author == "张会计"
    assert notes[again.scores["2.1.2"]].text == "得分已与委托方核对"
    sheet = openpyxl.load_workbook(path)[RUBRIC]
    assert notes[(RUBRIC, f"E{_row_of(sheet, '3.1.1')}")].text == "评分标准依合同附件二"
    assert notes[(RUBRIC, "B2")].text == "项目名称以批复为准"

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(UNMATCHED).to_python(skip_empty_area=False)
    formula_rows = [row for row in rows[2:] if row[0] == "1.1.1" and "公式" in str(row[2])]
    assert len(formula_rows) == 1
    code, name, label, value = formula_rows[0][:4]
    assert name == "（指标已删除）" and label == "录入得分（原为公式 =286.54/288，右列为上次计算值）" and value == pytest.approx(0.9949)
    assert len([row for row in rows[2:] if row[0] == "1.1.1" and str(row[2]).startswith("评价要点")]) == 5  # its other values too
    row_of_value = 3 + rows[2:].index(formula_rows[0])
    assert notes[(UNMATCHED, f"D{row_of_value}")].text == "依据：批复文件"  # the note went with its value
    lost = [row for row in rows[2:] if str(row[2]).startswith("批注（原在 汇总!A1）")]
    assert lost and lost[0][3] == "王经理：汇总表标题的批注"
    assert len(notes) == 5  # four followed their cells, one on its value's new row; the 汇总 one is a row


def test_regenerating_twice_keeps_the_comments_and_the_rows(pristine: Path, tmp_path: Path) -> None:
    path = tmp_path / "评分表.xlsx"
    shutil.copy(pristine, path)
    before = read_book(path)
    ref = before.inputs["2.1.2"]["actual"]
    book = openpyxl.load_workbook(path)
    book[ref[0]][ref[1]].comment = Comment("第一次的批注", "张会计")
    book.save(path)
    assert main(["regenerate", str(path)]) == 0
    assert main(["regenerate", str(path)]) == 0
    notes = read_comments(path)
    assert [note.text for note in notes.values()] == ["第一次的批注"]
    assert read_book(path).values == before.values


def test_a_comment_on_a_per_entity_score_follows_it(tmp_path: Path) -> None:
    path = tmp_path / "合同.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "seed001_contracts_2020.yaml"), "-o", str(path)]) == 0
    saved = read_book(path)
    entity, cells = next(iter(saved.entity_inputs.items()))
    code, ref = next(iter(cells.items()))
    book = openpyxl.load_workbook(path)
    book[ref[0]][ref[1]].comment = Comment("该合同得分经复核", "李审核")
    book.save(path)
    assert main(["regenerate", str(path)]) == 0  # the sheets are rebuilt from the plan: comments must be carried
    again = read_book(path)
    notes = read_comments(path)
    assert list(notes) == [again.entity_inputs[entity][code]]
    assert notes[again.entity_inputs[entity][code]].text == "该合同得分经复核"
