"""The fast paths give the results of the plain ones: formula templates (parsed once, references bound
per cell), the rubric loader's C YAML parser with line marks and its pure-Python fallback, the
prepared cell styles of the workbook writer. No timings here (benchmarks/speed_report.py has them)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from pingfen.workbook import formula_text
from pingfen.workbook.file_values import FileValues
from pingfen.workbook.sheet_xml import read_cells


def _book(path: Path, formulas: dict[str, str]) -> Path:
    workbook = openpyxl.Workbook()
    data = workbook.active
    data.title = "S"
    for row in range(1, 13):
        data.cell(row, 2, row)  # S!B1:B12 = 1 … 12
    sheet = workbook.create_sheet("T")
    for address, formula in formulas.items():
        sheet[address] = formula
    workbook.save(path)
    return path


def test_rows_sharing_a_template_with_other_offsets_are_each_computed_from_their_own_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # constants no other test writes, so each template is new to this process
    formulas = {
        "A1": "=S!B1+S!B2+0.4142135",  # template 1
        "A2": "=S!B4+S!B5+0.4142135",  # template 1, rows 3 further down on S
        "A3": "=SUM(S!B1:B3)*2+0.7320508",  # template 2 with a range
        "A4": "=SUM(S!B7:B9)*2+0.7320508",
        "A5": "=SUM(S!B10)*2+0.7320508",  # same text but a cell where the range was: its own template
        "A6": '="A1"&S!B2&"·2360679"',  # text that looks like a reference: never taken from a template
        "A7": '="A1"&S!B3&"·2360679"',
        "A8": "=S!$B$2*S!B3+0.6457513",  # absolute and relative mixed
        "A9": "=S!$B$2*S!B5+0.6457513",
        "B1": "=A1*10+0.3166248",  # references on the formula's own sheet
        "B2": "=A2*10+0.3166248",
    }
    path = _book(tmp_path / "templates.xlsx", formulas)
    parsed = []
    original = formula_text.tokens
    monkeypatch.setattr(formula_text, "tokens", lambda text, home: parsed.append(text) or original(text, home))
    values = FileValues(read_cells(path)).all()
    expected = {  # by hand from S!B1:B12 = 1 … 12
        "A1": Decimal("3.4142135"), "A2": Decimal("9.4142135"),
        "A3": Decimal("12.7320508"), "A4": Decimal("48.7320508"), "A5": Decimal("20.7320508"),
        "A6": "A12·2360679", "A7": "A13·2360679",
        "A8": Decimal("6.6457513"), "A9": Decimal("10.6457513"),
        "B1": Decimal("34.4587598"), "B2": Decimal("94.4587598"),
    }
    assert {address: values[("T", address)] for address in expected} == expected
    # one parse per template; the string that looks like a reference is parsed every time
    assert sorted(parsed) == sorted(["S!B1+S!B2+0.4142135", "SUM(S!B1:B3)*2+0.7320508", "SUM(S!B10)*2+0.7320508",
                                     '"A1"&S!B2&"·2360679"', '"A1"&S!B3&"·2360679"', "S!$B$2*S!B3+0.6457513", "A1*10+0.3166248"])


def test_a_template_bound_to_a_shared_formula_moves_with_the_cell() -> None:
    # a shared formula's text is written for its first cell (origin) and read in the cells below
    first, bound_first = formula_text.parse_bound("C1*2+0.1715729", (1, 4), (1, 4))
    tree, bound = formula_text.parse_bound("C1*2+0.1715729", (1, 4), (3, 4))
    assert tree is first and not bound_first
    assert list(bound.values()) == [formula_text.Ref(None, 3, 3)]


def test_every_cell_keeps_its_style_when_styles_are_prepared_once(tmp_path: Path) -> None:
    from pingfen.cli import main

    path = tmp_path / "book.xlsx"
    assert main(["build", str(Path(__file__).resolve().parents[1] / "rubrics" / "seed000_luohu_dangqun_2022.yaml"), "-o", str(path)]) == 0
    sheet = openpyxl.load_workbook(path)["评分表"]
    inputs = [cell for row in sheet.iter_rows() for cell in row if cell.fill.fgColor.rgb == "00FFF2CC"]
    assert len(inputs) >= 10  # the yellow input cells: 仿宋 10, thin box, unlocked
    for cell in inputs:
        assert (cell.font.name, cell.font.sz, cell.protection.locked) == ("仿宋", 10, False)
        assert {cell.border.left.style, cell.border.right.style, cell.border.top.style, cell.border.bottom.style} == {"thin"}
    percents = [cell for row in sheet.iter_rows() for cell in row if cell.number_format == "0.00%"]
    assert percents and all(cell.alignment.horizontal == "center" for cell in percents)
    headers = [cell for cell in sheet[3] if cell.value]  # the header row: 宋体 bold on blue-grey
    assert headers and all((cell.font.name, cell.font.b, cell.fill.fgColor.rgb) == ("宋体", True, "00D9E1F2") for cell in headers)
    merged = [r for r in sheet.merged_cells.ranges if r.max_row > r.min_row]
    assert len(merged) >= 3
    for cells in merged:  # a tall merged range is boxed on both sides all the way down, and at its foot
        for row in range(cells.min_row, cells.max_row + 1):
            assert sheet.cell(row, cells.min_col).border.left.style == "thin"
            assert sheet.cell(row, cells.max_col).border.right.style == "thin"
        assert sheet.cell(cells.max_row, cells.min_col).border.bottom.style == "thin"


def _marks(node: object) -> list[tuple[int, tuple[tuple[str, int], ...]]]:
    if isinstance(node, dict):
        return [(node.line, tuple(sorted(node.key_lines.items())))] + [mark for value in node.values() for mark in _marks(value)]
    if isinstance(node, list):
        return [mark for value in node for mark in _marks(value)]
    return []


def test_the_c_yaml_loader_reads_rubrics_with_the_same_values_and_lines_as_the_pure_one() -> None:
    import yaml

    from pingfen.rubric import source

    assert issubclass(source.LOADER, yaml.CSafeLoader) == bool(yaml.__with_libyaml__)
    rubric = Path(__file__).resolve().parents[1] / "rubrics" / "seed000_luohu_dangqun_2022.yaml"
    fast, pure = source.load_yaml(rubric), source.load_yaml(rubric, loader_class=source.PURE_LOADER)
    assert fast == pure and _marks(fast) == _marks(pure)
    # the line a reviewer is sent to: 2.1's weight is on line 8 of this text (counted by hand)
    text = "project: 测试\ntotal: 10\nindicators:\n  - code: '1'\n    name: 决策\n    weight: 10\n  - code: '2.1'\n    weight: 5\n"
    for loader in (source.LOADER, source.PURE_LOADER):
        document = source.load_yaml("t.yaml", text, loader_class=loader)
        assert document["indicators"][1].where("weight") == source.Where("t.yaml", 8)
        assert document["indicators"][0]["code"] == "1" and document["total"] == 10
    broken = text.replace("name: 决策", "name: [决策")  # an unclosed list on line 5
    for loader in (source.LOADER, source.PURE_LOADER):
        with pytest.raises(source.RubricError, match="YAML 格式错误") as raised:
            source.load_yaml("t.yaml", broken, loader_class=loader)
        assert isinstance(raised.value.where, source.Where) and raised.value.where.line in (5, 6)


def test_without_libyaml_the_pure_loader_is_used() -> None:
    import subprocess
    import sys

    # a Python whose PyYAML has no libyaml binding, as in Pyodide
    code = (
        "import sys; sys.modules['yaml._yaml'] = None\n"
        "import yaml; assert not yaml.__with_libyaml__\n"
        "from pingfen.rubric import source\n"
        "assert source.LOADER is source.PURE_LOADER\n"
        "print(source.load_yaml('t.yaml', 'project: 测试\\ntotal: 10\\n').where('total'))\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "t.yaml 第2行"


def _read(text: str, loader_class: type | None) -> tuple[str, object]:
    from pingfen.rubric import source

    try:
        document = source.load_yaml("t.yaml", text, loader_class=loader_class)
    except source.RubricError as error:
        return "error", str(error)
    return "read", (document, _marks(document), _kinds(document))


def _kinds(node: object) -> list[str]:
    if isinstance(node, dict):
        return [type(node).__name__] + [kind for value in node.values() for kind in _kinds(value)]
    if isinstance(node, list):
        return ["list"] + [kind for value in node for kind in _kinds(value)]
    return [type(node).__name__]


def test_a_rubric_read_from_the_parsers_events_is_the_one_built_from_nodes() -> None:
    import random

    from pingfen.rubric import source

    # load_yaml without a loader reads the events (source._from_events); an anchor, a tag, a merge key,
    # a repeated or non-text key, several documents or an error go the node path: the same values,
    # types, lines and messages either way
    root = Path(__file__).resolve().parents[1]
    texts = [path.read_text(encoding="utf-8") for path in sorted([*(root / "rubrics").glob("*.yaml"), *(root / "tests" / "data").glob("*.yaml")])]
    texts += [
        _YAML_SHAPES, "a: &x 1\nb: *x\n", "a: 1\na: 2\n", "1: x\ntrue: y\nnull: z\n1.5: w\n", "[1, 2]", "", "---\na: 1\n---\nb: 2\n",
        "a:\n  b: 1\n  c:\n    - d: 2\n      e: [3, 4]\n  f: 5\ng: 6\n", "? [1]\n: x\n", "a: !!int 3\n", "<<: {a: 1}\nb: 2\n",
        "a: 0b101\nb: 1:30\nc: 0x1F\nd: 1_000\ne: .inf\nf: ~\ng: yes\nh: 2024-05-31\n", "a: [1, {b: 2}]\nc: 1\nc: 2\n", "a: {b: 1\n",
    ]
    pieces = ["&a ", "*a", "!!str ", "<<: ", "= ", "? ", "- ", ": ", "\n", "  ", '"', "{", "[", ",", "#", "---\n", "null", "0x1F", "|\n  ", "\t"]
    chosen = random.Random(13)
    for _ in range(300):  # pieces of the rubrics with YAML's other forms (and damage) put in
        text = chosen.choice(texts[:10])
        start = chosen.randrange(max(1, len(text) - 1200))
        text = text[start:start + 1200].partition("\n")[2]
        for _ in range(chosen.randrange(4)):
            at = chosen.randrange(len(text) + 1)
            text = text[:at] + chosen.choice(pieces) + text[at:]
        texts.append(text)
    for text in texts:
        assert _read(text, None) == _read(text, source.LOADER)


def test_score_rate_over_a_column_compiles_its_rule_once_and_scores_each_row(monkeypatch: pytest.MonkeyPatch) -> None:
    from pingfen.excel.udfs import SCORE_RATE
    from pingfen.rules import score
    from pingfen.rules.model import Rule

    rule = "预算执行率≥98%的，得5分；预算执行率＜98%的，得分=预算执行率×5分"
    score.compiled.cache_clear()
    monkeypatch.setattr(score, "_BY_IDENTITY", {})
    compiles = []
    original = Rule.compile
    monkeypatch.setattr(Rule, "compile", lambda self, *args: compiles.append(self.text) or original(self, *args))
    # by hand: ≥98% full 5; below, rate × 5 (97.5% → 4.875 → 4.88, 90% → 4.5)
    assert [SCORE_RATE(actual, None, rule, 5) for actual in (0.995, 0.975, 0.9, "98.5%", 1)] == [5, 4.88, 4.5, 5, 5]
    assert compiles == [rule]
    # another target shape is another program; the same rule text is not read again
    assert SCORE_RATE("93万元", "100万元", rule, 5) == 4.65  # 93/100 = 93% < 98% → 0.93 × 5
    assert compiles == [rule, rule]


_YAML_SHAPES = """\
base: &base {weight: 5, unit: 人, ratio: 0.5, active: true, closed: no, none: ~, code: '1.1'}
leaves:
  - <<: *base
    name: 甲
  - <<: [*base]
    score: 7
    when: 2024-05-31
    tagged: !!str 42
    tuple: !!set {a, b}
  - *base
numbers: [1, -2, 3.5, 1e3, 0x1F, .inf, 1_000]
valued: {plain: text, =: 1, later: [a, 2]}
"""


def test_the_rubric_loader_builds_what_pyyaml_constructs() -> None:
    import yaml

    from pingfen.rubric import source

    class Reference(yaml.SafeLoader):  # PyYAML's own construction, dates kept as text as the rubric loader does
        yaml_implicit_resolvers = source.LOADER.yaml_implicit_resolvers

    rubrics = sorted((Path(__file__).resolve().parents[1] / "rubrics").glob("*.yaml"))
    for text in [_YAML_SHAPES] + [path.read_text(encoding="utf-8") for path in rubrics]:
        expected = yaml.load(text, Loader=Reference)
        for loader in (source.LOADER, source.PURE_LOADER):
            assert source.load_yaml("t.yaml", text, loader_class=loader) == expected
    document = source.load_yaml("t.yaml", _YAML_SHAPES)
    first, second, alias = document["leaves"]
    assert first == {"weight": 5, "unit": "人", "ratio": 0.5, "active": True, "closed": False, "none": None, "code": "1.1", "name": "甲"}
    assert second["score"] == 7 and second["weight"] == 5 and second["when"] == "2024-05-31" and second["tagged"] == "42" and second["tuple"] == {"a", "b"}
    assert alias is document["base"]  # an anchor used twice is one object, as PyYAML gives it
    assert (first.line, first.where("name"), second.where("score")) == (3, source.Where("t.yaml", 4), source.Where("t.yaml", 6))
    assert document["numbers"] == [1, -2, 3.5, "1e3", 31, float("inf"), 1000]  # YAML 1.1: 1e3 has no dot, so text
    with pytest.raises(source.RubricError, match="YAML 格式错误.*recursive"):
        source.load_yaml("t.yaml", "a: &a [1, *a]\n")


def test_a_leaf_binds_its_data_once_and_again_when_its_data_or_weight_change() -> None:
    from pingfen.rubric import load_rubric, score_rubric
    from pingfen.rubric.model import leaf_inputs

    rubric = load_rubric(Path(__file__).resolve().parents[1] / "rubrics" / "seed001_futian_shegong_2020.yaml")
    leaf = next(leaf for leaf in rubric.leaves() if leaf.name == "预算执行率")
    assert leaf_inputs(leaf) is leaf_inputs(leaf)  # read, scored and checked from one binding
    assert score_rubric(rubric)[leaf.code].value == Decimal("3.98")  # the report: 924.8/930 × 4
    leaf.data = {"actual": "837万元", "target": "930万元"}  # by hand: 837/930 = 90% → 0.9 × 4 = 3.6
    assert score_rubric(rubric)[leaf.code].value == Decimal("3.6")
    leaf.weight = Decimal(3)  # the rule says ×4 (3.6), but no score exceeds the weight: 3
    assert score_rubric(rubric)[leaf.code].value == Decimal("3")


# ---------------------------------------------------------------- building a workbook

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "rubrics").glob("*.yaml"))


def _layout(path: Path):  # type: ignore[no-untyped-def]
    from pingfen.rubric import load_rubric, score_rubric
    from pingfen.workbook.service import _inputs_from_rubric, build_layout, run_checks

    rubric = load_rubric(path)
    shapes, values = _inputs_from_rubric(rubric)
    return build_layout(rubric, shapes, values, run_checks(rubric, score_rubric(rubric))), values


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_formula_templates_write_every_formula_as_the_plain_writer_does(path: Path) -> None:
    from pingfen.workbook.plan import formula_text as plain, formula_texts

    layout, _ = _layout(path)
    assert formula_texts(layout.book) == {ref: plain(cell, ref[0]) for ref, cell in layout.book.formula_cells()}


def test_a_template_keeps_braces_and_a_formula_holding_its_mark_is_written_plainly() -> None:
    from pingfen.rules.expr import Text, Var, concat
    from pingfen.workbook.plan import Book, Cell, Sheet, formula_texts

    sheet, other = Sheet("评分表"), Sheet("数据")
    braces = concat(Text("{0}得分："), Var("s"), Text("}"))
    marked = concat(Text("a\x00s\x00b"), Var("s"))
    for row in (1, 2):
        sheet.cells[f"A{row}"] = Cell(expr=braces, env={"s": ("数据", f"B{row}")})
        sheet.cells[f"B{row}"] = Cell(expr=marked, env={"s": ("评分表", f"C{row}")})
    texts = formula_texts(Book([sheet, other]))
    assert texts[("评分表", "A2")] == '="{0}得分："&数据!B2&"}"'
    assert texts[("评分表", "B2")] == '="a\x00s\x00b"&C2'


def test_leaves_with_the_same_rule_and_inputs_share_one_program(monkeypatch: pytest.MonkeyPatch) -> None:
    from pingfen.rubric import load_rubric
    from pingfen.rules.model import Rule
    from pingfen.workbook.service import _inputs_from_rubric, build_layout

    leaves = "".join(
        f"          - {{code: '1.1.{n}', name: 指标{n}, weight: 5, criteria: 每下降1%扣0.5分，扣完为止, data: {{rate: {90 + n}%}}}}\n"
        for n in range(1, 7)
    )
    text = (
        "project: 共用规则\nindicators:\n  - code: '1'\n    name: 产出\n    weight: 30\n    children:\n"
        "      - code: '1.1'\n        name: 数量\n        weight: 30\n        children:\n" + leaves
    )
    rubric = load_rubric("shared.yaml", text)
    compiled = []
    original = Rule.compile
    monkeypatch.setattr(Rule, "compile", lambda self, *args: compiled.append(self) or original(self, *args))
    shapes, values = _inputs_from_rubric(rubric)
    layout = build_layout(rubric, shapes, values, [])
    assert len(compiled) == 1
    scores = [layout.book.sheet("评分表").cells[leaf.score[1]] for leaf in layout.leaves.values()]  # type: ignore[index]
    assert len(scores) == 6 and all(cell.expr is scores[0].expr for cell in scores)


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_compiled_cell_formulas_give_what_walking_their_trees_gives(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pingfen.workbook.plan import BookValues

    layout, _ = _layout(path)
    inputs = layout.input_values
    compiled = BookValues(layout.book, inputs).all()
    monkeypatch.setattr(BookValues, "_closure", lambda self, cell: None)  # every tree walked
    assert compiled == BookValues(layout.book, inputs).all()


def test_ranges_are_read_afresh_while_a_typed_formula_refers_to_itself() -> None:
    from pingfen.rules.evaluate import XlError
    from pingfen.rules.expr import Call, Var
    from pingfen.workbook.plan import Book, BookValues, Cell, Sheet

    sheet = Sheet("S")
    sheet.cells["A1"] = Cell(None, typed_formula="SUM(A1:A2)+B1")  # reads itself: #VALUE!, as Excel's circular reference
    sheet.cells["A2"] = Cell(2)
    sheet.cells["A3"] = Cell(None, typed_formula="A2*3")
    sheet.cells["B1"] = Cell(expr=Call("SUM", (Var("r"),)), env={"r": ("S", "A2:A3")})
    sheet.cells["C1"] = Cell(expr=Call("SUM", (Var("r"),)), env={"r": ("S", "A1:A3")})
    sheet.cells["C2"] = Cell(expr=Call("SUM", (Var("r"),)), env={"r": ("S", "A2:A3")})
    values = BookValues(Book([sheet]), {}).all()
    assert values == {  # by hand: A3 = 2×3, B1 = C2 = 2 + 6; A1 and the sum over it are errors
        ("S", "A1"): XlError("#VALUE!"), ("S", "A3"): Decimal(6), ("S", "B1"): Decimal(8),
        ("S", "C1"): XlError("#VALUE!"), ("S", "C2"): Decimal(8),
    }


def test_inputs_are_read_as_given_except_where_a_formula_was_typed() -> None:
    from pingfen.rules.expr import Var, add
    from pingfen.workbook.plan import Book, BookValues, Cell, Sheet

    sheet = Sheet("S")
    sheet.cells["A1"] = Cell(None, input=True)
    sheet.cells["A2"] = Cell(None, input=True, typed_formula="A1*2")  # its last value (99) is stale
    sheet.cells["B1"] = Cell(expr=add(Var("a"), Var("b")), env={"a": ("S", "A1"), "b": ("S", "A2")})
    inputs = {("S", "A1"): Decimal("1.5"), ("S", "A2"): Decimal(99), ("S", "Z9"): "text"}
    book = BookValues(Book([sheet]), inputs)
    assert book.all() == {("S", "A2"): Decimal(3), ("S", "B1"): Decimal("4.5")}  # by hand: 1.5×2, 1.5 + 3
    assert book.value(("S", "A1")) == Decimal("1.5") and book.value(("S", "Z9")) == "text"  # as given


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_checks_without_explanations_find_what_they_find_with_them(path: Path) -> None:
    from pingfen.rubric import load_rubric, score_rubric
    from pingfen.rubric.checks import run_checks

    rubric = load_rubric(path)
    full, brief = score_rubric(rubric), score_rubric(rubric, explain=False)
    assert run_checks(rubric, brief) == run_checks(rubric, full)
    for code, node in brief.nodes.items():
        assert (node.value, node.computed, node.source, node.problem) == (full[code].value, full[code].computed, full[code].source, full[code].problem)
        if node.source == "entered":  # ENTERED_MISMATCH quotes it
            assert node.explanation == full[code].explanation
        elif node.source == "rule":
            assert node.explanation == "" != full[code].explanation


def test_what_is_built_without_cycle_collection_is_old_afterwards_and_its_cycles_still_freed() -> None:
    import gc
    import weakref

    from pingfen.collection import without_cycle_collection

    class Node:
        pass

    assert gc.isenabled()
    with without_cycle_collection():
        assert not gc.isenabled()
        kept = [[index] for index in range(2000)]
        cycle = Node()
        cycle.itself = cycle  # type: ignore[attr-defined]
        gone = weakref.ref(cycle)
        del cycle
    assert gc.isenabled()
    oldest = {id(item) for item in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in kept)  # no young collection walks them
    gc.collect()
    assert gone() is None  # a cycle made meanwhile is freed all the same


QUOTED = '''project: 引号测试
total: 10
indicators:
  - code: "1"
    name: 产出
    weight: 10
    children:
      - code: "1.1"
        name: 完成"率" & <比例>
        weight: 10
        criteria: 预算执行率≥99%的，得10分；预算执行率＜99%的，得分=预算执行率×10分
        explanation: 见"附表" A&B <说明>
        data: {actual: 95万元, target: 100万元}
'''


def test_quotes_stand_as_they_are_in_formulas_and_texts_of_the_sheet_xml(tmp_path: Path) -> None:
    import re
    import zipfile

    from pingfen.cli import main
    from pingfen.workbook.sheet_xml import read_formulas

    rubric = tmp_path / "quoted.yaml"
    rubric.write_text(QUOTED, encoding="utf-8")
    book = tmp_path / "quoted.xlsx"
    assert main(["build", str(rubric), "-o", str(book)]) == 0
    with zipfile.ZipFile(book) as archive:
        assert archive.testzip() is None
        sheets = {name: archive.read(name).decode("utf-8") for name in archive.namelist() if name.startswith("xl/worksheets/sheet")}
    for xml in sheets.values():  # element content: quotes as Excel writes them, & < > escaped
        contents = re.findall(r"<(?:f|t|formula|formula1)(?: [^>]*)?>([^<]*)</", xml)
        assert contents and not any("&quot;" in text for text in contents)
    assert any('<f>IF(NOT((I4="")),' in xml for xml in sheets.values())
    # the texts read back as typed, the formulas the same through openpyxl and pingfen's own reader
    workbook = openpyxl.load_workbook(book)
    texts = {cell.value for sheet in workbook for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)}
    assert {'完成"率" & <比例>', '见"附表" A&B <说明>'} <= texts
    formulas = {(sheet.title, cell.coordinate): cell.value[1:] for sheet in workbook for row in sheet.iter_rows() for cell in row
                if isinstance(cell.value, str) and cell.value.startswith("=")}
    assert formulas and formulas == read_formulas(book)
    # by hand: 95/100 = 95% < 99%, so 95% × 10 = 9.5 points
    assert main(["recalc", str(book)]) == 0
    assert openpyxl.load_workbook(book, data_only=True)["评分表"]["K4"].value == 9.5


def test_big_sheets_deflated_on_a_second_thread_hold_the_same_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import zipfile

    from pingfen.rubric import load_rubric, score_rubric
    from pingfen.rubric.checks import run_checks
    from pingfen.workbook import service, xlsx
    from pingfen.workbook.layout import build_layout
    from pingfen.workbook.plan import BookValues

    rubric = load_rubric(ROOT / "rubrics" / "seed001_contracts_2020.yaml")
    shapes, values = service._inputs_from_rubric(rubric)
    layout = build_layout(rubric, shapes, values, run_checks(rubric, score_rubric(rubric, explain=False)))
    computed = BookValues(layout.book, layout.input_values).all()
    started = []
    in_background = xlsx.in_background
    monkeypatch.setattr(xlsx, "in_background", lambda write: started.append(write) or in_background(write))

    def parts(chunk: int) -> dict[str, bytes]:
        monkeypatch.setattr(xlsx, "_CHUNK", chunk)
        out = io.BytesIO()
        xlsx.write_book(layout.book, out, formulas=layout.formulas(), values=computed)
        with zipfile.ZipFile(out) as archive:
            assert archive.testzip() is None  # every part's CRC as written
            return {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}  # core: the time

    whole = parts(1 << 40)
    assert not started
    pieces = parts(1 << 10)  # every sheet of more than 1,024 characters: pieces deflated on a second thread
    assert len(started) >= 5
    assert pieces == whole


def test_the_references_a_parse_leaves_are_the_nodes_walking_its_tree_finds() -> None:
    from oracle_rows import load_rows

    formulas = [row.formula[1:] for row in load_rows()] + [
        '-S!B1%+IF(A1>2,"第1项"&B$2&C3:D4,)&IF(A2,B2)', "SUM(A:A,3:3,'表 2'!$B$1:B9)*-(1+2)^A1%", 'IF(AND(A1="",NOT(B1)),"",C1&"x"&D1)',
    ]
    compared = 0
    for text in formulas:
        try:
            tree = formula_text.parse_formula(text, (7, 3))
        except formula_text.FormulaError:
            continue
        walked: list = []
        formula_text._collect(tree, walked)
        seeded = formula_text.tree_references(tree)
        assert [id(node) for node in seeded] == [id(node) for node in walked], text
        compared += bool(walked)
    assert compared > 500
