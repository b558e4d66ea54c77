"""The six worksheet functions, called the way Excel/xlwings calls them (floats, None for empty cells,
lists of lists for 2-D ranges, flat lists for 1-D ranges, text with units and symbols, TRUE/FALSE,
error values), and through the `formulas` engine from cells of a real workbook."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from pingfen.engines import formulas_engine
from pingfen.engines.formulas_compat import register_udf
from pingfen.functions import (
    DATA_ERROR, RULE_ERROR, RULE_CHECK, SCORE_GRADE, SCORE_ITEMS, SCORE_POINTS, SCORE_RATE, SURVEY_RATE,
    WORKSHEET_FUNCTIONS,
)

# Seed 000 表1-1 / 表1-2: 个案咨询 and 个案辅导 per community, targets 17 and 10.
COUNSELLING = [[28, 12], [23, 12], [25, 7], [18, 10], [17, 9], [17, 10]]  # 湖景 田贝 笋西 北站 笋岗 田心
COUNSELLING_RULE = "每出现1个社区未按合同约定年度服务指标量完成的，扣0.5分，扣完为止"
SEED003_STEPS = "实际完成率为100%的，得满分，每少10%，扣1分，实际完成率不足50%，不得分"
SEED000_THRESHOLD = "①预算执行率≥99%的，得 5分；②预算执行率＜99%的，得分=预算执行率×5分"
SEED000_BANDS = "①满意度≥90%的，得 7分；②80%≤满意度＜90%的，得 5分；③75%≤满意度＜80%的，得 3分；④满意度＜75%的，得 0分"
SEED004_SHARE = "问卷调查中明确表示“满意”和“比较满意”占比≥90%,得满分值3分;低于90%;得分=实际占比/90%×3分"
GENERIC_TARGET = "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。"


def is_data_error(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(DATA_ERROR)


def is_rule_error(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(RULE_ERROR)


# ---------------------------------------------------------------- SCORE_RATE


@pytest.mark.parametrize(
    "args, expected",
    [
        # 001 资金到位率: 924.8/930 = 99.44% × 4 = 3.98
        ((924.8, 930, "得分为预算执行率*4分", 4), 3.98),
        ((924.8, 930.0, "资金到位率=(实际到位资金/预算资金)×100%。得分为资金到位率*4分", 4.0), 3.98),
        (("924.8万元", "930万元", "得分为预算执行率*4分", 4), 3.98),
        # the rate itself, however it is typed; no target
        (("99.44%", None, "得分为预算执行率*4分", 4), 3.98),
        ((0.9944, None, "得分为预算执行率*4分", 4), 3.98),
        ((99.44, None, "得分为预算执行率*4分", 4), 3.98),
        ((99.44, "", "得分为预算执行率*4分", 4), 3.98),
        # 002 满意度 89.78% of 10
        (("89.78%", None, "得分=满意度×10分", 10), 8.98),
        # 003 实际完成率 6/12 = 50%: 9 − 5 = 4, not zero (不足50% is strict)
        ((6, 12, SEED003_STEPS, 9), 4),
        ((5.9, 12, SEED003_STEPS, 9), 0),
        ((12, 12, SEED003_STEPS, 9), 9),
        ((6, 12, "每少10%扣1分", 9), 4),
        # 000 预算执行率 286.54/288 = 99.49% ≥ 99%
        (("286.54万元", "288万元", SEED000_THRESHOLD, 5), 5),
        (("270万元", "300万元", SEED000_THRESHOLD, 5), 4.5),
        # 000 满意度 bands
        (("92%", None, SEED000_BANDS, 7), 7),
        (("90%", None, SEED000_BANDS, 7), 7),
        (("89.99%", None, SEED000_BANDS, 7), 5),
        (("75%", None, SEED000_BANDS, 7), 3),
        (("74.99%", None, SEED000_BANDS, 7), 0),
        # 004: 31/38 = 81.58% → 81.58/90 × 3 = 2.72 (the report rounds to 2.7)
        ((31, 38, SEED004_SHARE, 3), 2.72),
        ((35, 38, SEED004_SHARE, 3), 3),
        # 004 资金下达及时率 6273/6579.53 = 95.34%: 4.66% short, a started 3% step counts → 扣2 → 3
        ((6273, 6579.53, "资金下达及时率达到100%得5分,少3%扣1分,最多扣5分", 5), 3),
        (("95%", None, "达到100%得5分，少3%扣1分，最多扣5分", 5), 3),
        (("50%", None, "达到100%得5分，少1%扣1分，最多扣5分", 5), 0),
        # 004 counts: 2935 ≥ 2910 → 8 points promised, capped at the weight 7
        ((2935, 2910, "提供就业岗位数达到目标值2910人得8分,少5个扣1分,最多扣7分", 7), 7),
        (("2900人", None, "提供就业岗位数达到目标值2910人得8分,少5个扣1分,最多扣7分", 7), 6),
        # 003: shortfall from the target 90%: 85% → 5.5 of 6; 83% against 90%以上 → 6.3 of 7
        (("85%", "90%", "每下降5%扣0.5分", 6), 5.5),
        (("83%", None, "满意度90%以上满分，每下降1%，扣0.1分", 7), 6.3),
        # 单位自评 default (blank rule): 完成值/指标值, or 指标值/完成值 for an upper bound
        ((924.8, 930, None, 10), 9.94),
        (("85%", "≥90%", None, 10), 9.44),
        (("95%", "≥90%", "", 10), 10),
        (("22000人", "≥21933人", None, 15), 15),
        (("20000人", "≥21933人", None, 15), 13.68),
        (("190万元", "≤202.6万元", None, 10), 10),
        (("210万元", "≤202.6万元", None, 10), 9.65),
        # the generic 单位自评 wording takes the bound's direction from the target as entered
        (("210万元", "≤202.6万元", GENERIC_TARGET, 10), 9.65),
        (("20000人", "≥21933人", GENERIC_TARGET, 15), 13.68),
        # a level stated in the rule: the measured rate is actual/target (45%), not the raw 45
        ((45, 100, "指标值≥90%：完成值达到指标值记满分，未达到按完成值/指标值×分值记分", 10), 5),
        # zero, full-width digits and symbols
        ((0, 930, "得分为预算执行率*4分", 4), 0),
        (("９２４．８", "９３０", "得分为预算执行率＊４分", "４"), 3.98),
    ],
)
def test_score_rate(args: tuple[Any, ...], expected: float) -> None:
    got = SCORE_RATE(*args)
    assert isinstance(got, float), got
    assert got == pytest.approx(expected, abs=1e-9)


def test_score_rate_empty_actual_is_empty() -> None:
    assert SCORE_RATE(None, 930, "得分为预算执行率*4分", 4) == ""
    assert SCORE_RATE("", 930, "得分为预算执行率*4分", 4) == ""
    assert SCORE_RATE("  ", 930, "得分为预算执行率*4分", 4) == ""
    assert SCORE_RATE([[None]], [[930]], "得分为预算执行率*4分", [[4]]) == ""


def test_score_rate_takes_single_cell_ranges() -> None:
    assert SCORE_RATE([[924.8]], [[930]], [["得分为预算执行率*4分"]], [[4]]) == pytest.approx(3.98)
    assert SCORE_RATE([924.8], [930], "得分为预算执行率*4分", [4]) == pytest.approx(3.98)


def test_score_rate_never_exceeds_the_weight_nor_goes_below_zero() -> None:
    assert SCORE_RATE(1200, 930, "得分为预算执行率*4分", 4) == 4
    assert SCORE_RATE(-5, 930, "得分为预算执行率*4分", 4) == 0
    assert SCORE_RATE("120%", None, "得分=质量达标率×5分", 8) == 6


@pytest.mark.parametrize(
    "args, fragment",
    [
        (("#N/A", 930, "得分为预算执行率*4分", 4), "#N/A"),
        ((924.8, "#DIV/0!", "得分为预算执行率*4分", 4), "#DIV/0!"),
        ((924.8, 930, "得分为预算执行率*4分", "#VALUE!"), "#VALUE!"),
        ((924.8, 930, "#REF!", 4), "#REF!"),
        ((924.8, 0, "得分为预算执行率*4分", 4), "#DIV/0!"),
        ((1, 1, "得分=完成率×分值", -3), "负数"),
        ((1, 1, "得分=完成率×分值", None), "分值"),
        (([1, 2], 930, "得分为预算执行率*4分", 4), "单个单元格"),
        (([[924.8, 1]], 930, "得分为预算执行率*4分", 4), "单个单元格"),
        (("九百", 930, "得分为预算执行率*4分", 4), "九百"),
        (("是", None, "得分=完成率×分值", 5), "是"),
        ((True, 1, "得分=完成率×分值", 5), "True"),
        ((1, 1, "得分=完成率×分值", True), "True"),
        (("12.5kg", 100, "得分=完成率×分值", 5), "kg"),
        ((2730, None, "得分=完成率×分值", 7), "完成率"),  # a count cannot be a rate
    ],
)
def test_score_rate_data_errors(args: tuple[Any, ...], fragment: str) -> None:
    got = SCORE_RATE(*args)
    assert is_data_error(got), got
    assert fragment in got


def test_score_rate_reads_a_repeated_weight_the_same_each_time_whatever_its_type() -> None:
    # 分值 is read once per number (a column repeats it); 4, 4.0 and an error must stay what they are
    rule = "得分为预算执行率*4分"
    for _ in range(2):
        assert SCORE_RATE(924.8, 930, rule, 4) == pytest.approx(3.98)  # 924.8/930×4 = 3.977… → 3.98
        assert SCORE_RATE(924.8, 930, rule, 4.0) == pytest.approx(3.98)
        assert SCORE_RATE(465, 930, "得分=完成率×分值", 2) == pytest.approx(1)  # 50% × 2
        assert "负数" in SCORE_RATE(465, 930, "得分=完成率×分值", -2)
        assert "True" in SCORE_RATE(465, 930, "得分=完成率×分值", True)  # a TRUE cell is not the number 1
    assert SCORE_RATE(465, 930, "得分=完成率×分值", 1) == pytest.approx(0.5)


def test_score_rate_reads_a_repeated_number_the_same_each_time_whatever_its_type() -> None:
    # numbers are read once per number and type: 930 and 930.0, 0.0 and -0.0, and errors stay what they are
    rule = "得分=完成率×分值"
    for _ in range(2):
        assert SCORE_RATE(465, 930, rule, 2) == pytest.approx(1)  # 465/930 = 50% × 2
        assert SCORE_RATE(465.0, 930.0, rule, 2) == pytest.approx(1)
        assert SCORE_RATE(0.0, 930, rule, 2) == 0 and SCORE_RATE(-0.0, 930, rule, 2) == 0
        assert "nan" in SCORE_RATE(465, float("nan"), rule, 2) and "True" in SCORE_RATE(465, True, rule, 2)
        assert SCORE_RATE(1, 1, rule, 2) == pytest.approx(2)  # 1 after True: the number, not TRUE


def test_score_rate_rule_error_quotes_the_rule() -> None:
    got = SCORE_RATE(924.8, 930, "按照领导意见打分", 4)
    assert is_rule_error(got)
    assert "“按照领导意见打分”" in got


# The worksheet path's shortcuts — plain numbers bound without looking for other data (inputs._plain_numbers),
# the score by the straight-line code written for a program (rules/straight.py, after 16 runs of one set of
# input classes) without the 得分计算过程, the rule text read once per text — give what SCORE_RATE gives with
# every one of them switched off: bind_data's general reading, evaluate_rule's closures with the explanation.

_PLAIN_ACTUALS = (60, 95.5, 0, 0.0, -0.0, 1, 0.95, 1.2, 1.5, 1.51, 99.44, 150, 151, 2730, -12, -0.3, 0.1 + 0.2, 1e300, 1e-300,
                  123456789012345678, 2.5e-10, 1e20)
_PLAIN_TARGETS = (None, 100, 930.0, 1, 0.9, 1.5, 0, -5, 1e300, 2730, 0.5, 60)
_OTHER_ARGUMENTS = (
    ("85%", None), ("924.8万元", "930万元"), ("12", "≥90%"), (96, "≥90%"), ("210万元", "≤202.6万元"), ("", 100), (None, 100),
    ("#N/A", 100), (60, "#DIV/0!"), ("abc", 100), (True, 100), ([[60]], [[100]]), ([[1, 2]], 100), (0.95, "90%"), (3, "≥5人"),
    (float("nan"), 100), (60, float("inf")), ("达标", 100), ("≥95%", None), (" 60 ", "100"),
)
_FULLS = (5, 10.0, 0, 2.5, 100)


def _score_rate_cases(rng: Any, count: int) -> list[tuple[Any, Any, Any]]:
    """Plain numbers first (enough of one kind for the code of the score to be written), then the rest."""
    plain = [(rng.choice(_PLAIN_ACTUALS) + (rng.random() * 10 if rng.random() < 0.3 else 0), rng.choice(_PLAIN_TARGETS),
              rng.choice(_FULLS)) for _ in range(count)]
    others = [(*rng.choice(_OTHER_ARGUMENTS), rng.choice((*_FULLS, -1, "5", None, "#N/A"))) for _ in range(count // 3)]
    return [(actual, target, 5) for actual, target, _ in plain[:20]] + plain[20:] + others


@pytest.fixture
def without_shortcuts(monkeypatch: pytest.MonkeyPatch) -> Any:
    """SCORE_RATE with every shortcut of the worksheet path switched off, as a function."""
    from pingfen import functions
    from pingfen.rules import inputs
    from pingfen.rules.score import Compiled

    def general(*args: Any) -> Any:
        with monkeypatch.context() as patch:
            patch.setattr(inputs, "_plain_numbers", lambda data, full: None)
            patch.setattr(Compiled, "score", lambda self, values: self.run(values).value)  # the closures, explained
            patch.setattr(functions, "_RULE_TEXTS", {})
            patch.setattr(functions, "_SCORES", {})
            return SCORE_RATE(*args)
    return general


def _score_rate_disagreements(texts: list[str], general: Any, count: int) -> list[str]:
    import random

    rng = random.Random(13)
    found = []
    for text in texts:
        for actual, target, full in _score_rate_cases(rng, count):
            expected, got = general(actual, target, text, full), SCORE_RATE(actual, target, text, full)
            if expected != got or type(expected) is not type(got):
                found.append(f"{text[:40]!r} {actual!r} {target!r} {full!r}: {expected!r} ≠ {got!r}")
    return found


def test_score_rate_shortcuts_change_nothing_on_the_corpus(without_shortcuts: Any) -> None:
    from corpus_judge import load
    from corpus_sample import WHOLE, sampled
    from pingfen.rules import RuleError, parse_rule

    texts = []
    for row in sampled(load("wordings.yaml")):  # (CI: a sixth; corpus_consistency.py: all)
        try:
            parse_rule(row["text"])
        except RuleError:
            continue
        texts.append(row["text"])
    assert len(texts) > (1000 if WHOLE else 250)
    found = _score_rate_disagreements(texts, without_shortcuts, 30)
    assert not found, "\n".join(found[:20])


def test_score_rate_shortcuts_change_nothing_on_mutated_texts(without_shortcuts: Any) -> None:
    from rule_mutations import mutations

    from pingfen.rules import RuleError, parse_rule

    texts = []
    for text in mutations(1, 600):
        try:
            parse_rule(text)
        except RuleError:
            continue
        texts.append(text)
    assert len(texts) > 200
    found = _score_rate_disagreements(texts, without_shortcuts, 24)
    assert not found, "\n".join(found[:20])


def test_plain_numbers_are_bound_as_bind_data_binds_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """The values (as written: 1E+20 and 100000000000000000000 are one number, not one text), the shape
    (the very object: programs are found by its identity) and the errors."""
    from decimal import Decimal

    from pingfen.rules import InputError, inputs

    def bound(data: dict[str, Any]) -> Any:
        try:
            got = inputs.bind_data(data, Decimal(5))
        except InputError as error:
            return "error", str(error)
        return id(got.shape), [(key, repr(value)) for key, value in got.values.items()]

    numbers = [*_PLAIN_ACTUALS, 7.25, 1e-7, -1e300, float("nan"), float("inf"), 10**30, 2**53 + 1]
    forms = [{"actual": a, "target": t} for a in numbers for t in numbers] + [{"actual": a} for a in numbers]
    forms += [{"rate": a} for a in numbers] + [{"actual": 1, "target": True}, {"rate": True}, {"actual": 1, "rate": 2}]
    fast = [bound(data) for data in forms]
    monkeypatch.setattr(inputs, "_plain_numbers", lambda data, full: None)
    assert fast == [bound(data) for data in forms]


# ---------------------------------------------------------------- SCORE_ITEMS


def test_score_items_seed000_counselling() -> None:
    # 笋西 (个案辅导 7 < 10) and 笋岗 (9 < 10) fail → 3 − 2×0.5 = 2
    assert SCORE_ITEMS(COUNSELLING, [[17, 10]], COUNSELLING_RULE, 3) == 2
    assert SCORE_ITEMS(COUNSELLING, [17, 10], COUNSELLING_RULE, 3.0) == 2  # a 1-row range as a flat list
    per_row = [[17, 10]] * len(COUNSELLING)
    assert SCORE_ITEMS(COUNSELLING, per_row, COUNSELLING_RULE, 3) == 2
    # floats as Excel delivers them, and a blank row under the table
    as_floats = [[float(a), float(b)] for a, b in COUNSELLING] + [[None, None]]
    assert SCORE_ITEMS(as_floats, [[17.0, 10.0]], COUNSELLING_RULE, 3) == 2


def test_score_items_upper_limit_seed000_cost() -> None:
    rule = "每存在1个社区年度运营经费超过50万元的，扣2分，扣完为止"
    costs = [["46.85万元"], ["48.73万元"], ["47.69万元"]]
    assert SCORE_ITEMS(costs, [["50万元"]], rule, 4) == 4
    assert SCORE_ITEMS(costs + [["51万元"]], [["50万元"]], rule, 4) == 2
    assert SCORE_ITEMS([46.85, 48.73, 50.01], 50, rule, 4) == 2  # a column as a flat list, one target


def test_score_items_any_failure_zeroes() -> None:
    rule = "存在社区党群服务中心没有覆盖的，不得分"
    assert SCORE_ITEMS([[1], [1], [1]], [[1]], rule, 2) == 2
    assert SCORE_ITEMS([[1], [0], [1]], [[1]], rule, 2) == 0


def test_score_items_cap() -> None:
    rule = "全部符合得3分，每有1处未达到目标值的，扣1分，最多扣2分"
    assert SCORE_ITEMS([[0], [0], [0], [0]], [[1]], rule, 3) == 1


@pytest.mark.parametrize(
    "actuals, targets, rule, full, fragment",
    [
        (COUNSELLING, [[17, 10], [17, 10]], COUNSELLING_RULE, 3, "同形状"),  # 2 target rows for 6
        (COUNSELLING, [[17, 10, 5]], COUNSELLING_RULE, 3, "同形状"),
        (COUNSELLING[:2] + [[25, "#N/A"]], [[17, 10]], COUNSELLING_RULE, 3, "错误值"),
        (COUNSELLING[:2] + [[25, None]], [[17, 10]], COUNSELLING_RULE, 3, "空单元格"),
        (COUNSELLING, [[17, "#DIV/0!"]], COUNSELLING_RULE, 3, "错误值"),
        (COUNSELLING, [[17, 10]], COUNSELLING_RULE, -3, "负数"),
        (COUNSELLING, [[17, 10]], "得分=完成率×分值", 3, "逐项扣分"),
        (COUNSELLING, [[17, 10]], COUNSELLING_RULE, "#N/A", "#N/A"),
        ([["多", 1]], [[17, 10]], COUNSELLING_RULE, 3, "多"),
    ],
)
def test_score_items_data_errors(actuals: Any, targets: Any, rule: str, full: Any, fragment: str) -> None:
    got = SCORE_ITEMS(actuals, targets, rule, full)
    assert is_data_error(got), got
    assert fragment in got


def test_score_items_blank_range_is_empty() -> None:
    assert SCORE_ITEMS([[None, None], [None, None]], [[17, 10]], COUNSELLING_RULE, 3) == ""


# ---------------------------------------------------------------- SCORE_POINTS


@pytest.mark.parametrize(
    "met, points, full, expected",
    [
        # 000 绩效目标合理性: ④ not met → 3 of 4
        ([[True], [True], [True], [False]], [[1], [1], [1], [1]], 4, 3),
        ([True, True, True, False], [1, 1, 1, 1], None, 3),
        ([["是"], ["是"], ["是"], ["否"]], [[1], [1], [1], [1]], 4, 3),
        ([[1], [1], [0]], [[1], [0.5], [0.5]], 2, 1.5),
        ([["符合"], ["不符合"], ["符合"]], [[1], [0.5], [0.5]], 2, 1.5),
        ([["√"], ["×"]], [[1.5], [1.5]], 3, 1.5),
        # 003: equal shares — 4 要点 on 2 分 with one unmet → 1.5; 5 on 6 with one unmet → 4.8
        ([True, True, True, False], None, 2, 1.5),
        ([[True], [True], [True], [False]], [[None], [None], [None], [None]], 2, 1.5),
        ([True, False, True, True, True], None, 6, 4.8),
        # the weight caps the sum of the points
        ([True, True], [3, 3], 5, 5),
    ],
)
def test_score_points(met: Any, points: Any, full: Any, expected: float) -> None:
    got = SCORE_POINTS(met, points, full)
    assert isinstance(got, float), got
    assert got == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(
    "met, points, full, fragment",
    [
        ([True, True, False], [1, 1], 3, "不一致"),
        ([True, "也许"], [1, 1], 2, "也许"),
        ([True, None], [1, 1], 2, "是/否"),
        ([True, "#N/A"], [1, 1], 2, "#N/A"),
        ([True, False], None, None, "分值"),
        ([True, False], [1, 1], -2, "负数"),
        ([True, False], ["很多", 1], 2, "很多"),
    ],
)
def test_score_points_data_errors(met: Any, points: Any, full: Any, fragment: str) -> None:
    got = SCORE_POINTS(met, points, full)
    assert is_data_error(got), got
    assert fragment in got


def test_score_points_blank_is_empty() -> None:
    assert SCORE_POINTS([[None], [None]], [[1], [1]], 2) == ""


# ---------------------------------------------------------------- SURVEY_RATE


def test_survey_rate() -> None:
    # 003: (15×100%+15×80%+10×50%)/40 = 80%
    assert SURVEY_RATE([[15], [15], [10]], [["100%"], ["80%"], ["50%"]]) == pytest.approx(0.8)
    assert SURVEY_RATE([15, 15, 10], [1, 0.8, 0.5]) == pytest.approx(0.8)
    assert SURVEY_RATE([[15, 15, 10]], [[100, 80, 50]]) == pytest.approx(0.8)  # a row; credits as points
    # 004 appendix: 满意 15, 比较满意 16, 一般 4, 不满意 3 of 38
    assert SURVEY_RATE([[15.0], [16.0], [4.0], [3.0]], [[1.0], [0.8], [0.6], [0.0]]) == pytest.approx(30.2 / 38)
    assert SURVEY_RATE([[None], [None]], [["100%"], ["0%"]]) == ""


@pytest.mark.parametrize(
    "counts, credits, fragment",
    [
        ([[15], ["#N/A"]], [[1], [0.8]], "#N/A"),
        ([[15], [15], [10]], [["100%"], ["80%"]], "不一致"),
        ([[0], [0]], [[1], [0.8]], "#DIV/0!"),
        ([[15], [10]], [["满意"], [0.8]], "满意"),
    ],
)
def test_survey_rate_data_errors(counts: Any, credits: Any, fragment: str) -> None:
    got = SURVEY_RATE(counts, credits)
    assert is_data_error(got), got
    assert fragment in got


# ---------------------------------------------------------------- SCORE_GRADE


@pytest.mark.parametrize(
    "args, expected",
    [
        ((88.51,), "良"),  # 003
        ((95.98,), "优"),  # 001
        ((90,), "优"),
        ((89.99,), "良"),
        ((60,), "中"),
        ((59.99,), "差"),
        ((0,), "差"),
        (("91分",), "优"),
        ((178.5, "优秀≥180,良好≥140,合格"), "良好"),  # 001 contract assessment, 200 points
        ((180, "优秀≥180，良好≥140，合格"), "优秀"),
        ((120, "优秀≥180,良好≥140,合格"), "合格"),
        ((178.5, [["优秀", 180], ["良好", 140], ["合格", None]]), "良好"),
        ((150.0, [["优秀", 180.0], ["良好", 140.0], ["合格", 0.0]]), "良好"),
        ((91, None), "优"),
        ((91, ""), "优"),
    ],
)
def test_score_grade(args: tuple[Any, ...], expected: str) -> None:
    assert SCORE_GRADE(*args) == expected


def test_score_grade_errors_and_blanks() -> None:
    assert SCORE_GRADE(None) == ""
    assert SCORE_GRADE([[None]]) == ""
    for bad in ("#VALUE!", "#N/A", True, "良好", [[1, 2]]):
        assert is_data_error(SCORE_GRADE(bad)), bad
    assert is_data_error(SCORE_GRADE(150, "优秀≥一百八十,良好≥140"))
    assert is_data_error(SCORE_GRADE(150, [["优秀", "很高"]]))


# ---------------------------------------------------------------- RULE_CHECK


@pytest.mark.parametrize(
    "text, expected",
    [
        ("得分为预算执行率*4分", "【比率计分】得分=预算执行率×4分"),
        (SEED000_THRESHOLD, "【达标计分】预算执行率≥99%得5分；否则得分=预算执行率×5分"),
        (SEED003_STEPS, "【阶梯扣分】实际完成率达到100%得满分，每少10%扣1分，扣完为止，实际完成率不足50%不得分"),
        (COUNSELLING_RULE, "【逐项扣分】每有1个社区未按合同约定年度服务指标量完成的，扣0.5分，扣完为止"),
        ("根据情况酌情扣分", "【酌情评分】酌情评分：由评价人员在分值范围内录入得分，并写明理由"),
        ([["等级得分：优秀15分，良好14分，合格10分"]], "【等级计分】等级得分：优秀15分，良好14分，合格10分"),
    ],
)
def test_rule_check_shows_the_canonical_form(text: Any, expected: str) -> None:
    assert RULE_CHECK(text) == expected


def test_rule_check_canonical_forms_read_back() -> None:
    for text in (SEED000_THRESHOLD, SEED003_STEPS, SEED000_BANDS, COUNSELLING_RULE, SEED004_SHARE,
                 "评价要点：①项目有绩效目标（1分）；②目标合理（0.5分）", GENERIC_TARGET):
        shown = RULE_CHECK(text)
        canonical = shown[shown.index("】") + 1:]
        assert RULE_CHECK(canonical) == shown


@pytest.mark.parametrize("text", [None, "", "   ", "按照领导意见打分"])
def test_rule_check_rule_errors(text: Any) -> None:
    got = RULE_CHECK(text)
    assert is_rule_error(got), got
    assert "“" in got and "”" in got


def test_a_number_alone_is_the_self_assessment_target() -> None:
    # a 自评表's 指标值 column (全县参合人数 8755, 完成值 8676, 分值 15): the target, in the entered value's unit
    assert RULE_CHECK(8755).startswith("【指标值达成（单位自评）】指标值8755：")
    assert SCORE_RATE(8676, None, "8755", 15) == 14.86 and SCORE_RATE("8676人", None, 8755, 15) == 14.86
    assert SCORE_RATE(9000, None, "8755", 15) == 15


def test_rule_check_data_errors() -> None:
    got = RULE_CHECK([["得分=完成率×分值", "每少10%扣1分"]])
    assert is_data_error(got) and "单个单元格" in got
    got = RULE_CHECK("#N/A")
    assert is_data_error(got) and "#N/A" in got


# ---------------------------------------------------------------- through the `formulas` engine


def test_functions_in_a_workbook_through_formulas(tmp_path: Path) -> None:
    for name, fn in WORKSHEET_FUNCTIONS.items():
        register_udf(name, fn)  # before loading: unknown names would be #NAME?
    wb = Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(["得分", "实际值", "目标值", "分值"])
    ws.append([None, 924.8, 930, 4])
    ws.append([None, 6, 12, 9])
    ws.append([None, "286.54万元", "288万元", 5])
    ws.append([None, "#N/A", 930, 4])
    ws["B5"].data_type = "s"  # the text "#N/A" (openpyxl would store an error value)
    ws.append([None, None, 930, 4])
    ws["A2"] = "=SCORE_RATE(B2,C2,\"得分为预算执行率*4分\",D2)"
    ws["A3"] = "=SCORE_RATE(B3,C3,\"每少10%扣1分\",D3)"
    ws["A4"] = "=SCORE_RATE(B4,C4,\"预算执行率≥99%得5分；否则得分=预算执行率×5分\",D4)"
    ws["A5"] = "=SCORE_RATE(B5,C5,\"得分为预算执行率*4分\",D5)"  # the text "#N/A"
    ws["A6"] = "=SCORE_RATE(B6,C6,\"得分为预算执行率*4分\",D6)"  # blank actual
    ws["A7"] = "=SCORE_RATE(NA(),C2,\"得分为预算执行率*4分\",D2)"  # a real error value propagates
    ws["A8"] = "=SCORE_RATE(B2,C2,\"按照领导意见打分\",D2)"
    # seed 000 个案咨询/个案辅导 per community, targets in one row
    for row, (consult, tutor) in enumerate(COUNSELLING, start=11):
        ws.cell(row, 2, consult)
        ws.cell(row, 3, tutor)
    ws["B10"], ws["C10"] = 17, 10
    ws["A10"] = f"=SCORE_ITEMS(B11:C16,B10:C10,\"{COUNSELLING_RULE}\",3)"
    # survey counts and credits
    for row, (count, credit) in enumerate([(15, "100%"), (15, "80%"), (10, "50%")], start=20):
        ws.cell(row, 2, count)
        ws.cell(row, 3, credit)
    ws["A20"] = "=SURVEY_RATE(B20:B22,C20:C22)"
    ws["A21"] = "=SCORE_RATE(A20,\"\",\"得分=满意度×分值\",10)"
    # checklist flags as booleans, points beside them
    for row, (flag, points) in enumerate([(True, 1), (False, 0.5), (True, 0.5)], start=25):
        ws.cell(row, 2, flag)
        ws.cell(row, 3, points)
    ws["A25"] = "=SCORE_POINTS(B25:B27,C25:C27,2)"
    ws["A26"] = "=SCORE_POINTS(B25:B27,\"\",2)"  # no points: equal shares
    ws["A30"] = "=SCORE_GRADE(88.51)"
    ws["A31"] = "=SCORE_GRADE(178.5,\"优秀≥180,良好≥140,合格\")"
    ws["A32"] = "=SCORE_GRADE(SUM(A2,A3,A4))"
    ws["A33"] = "=RULE_CHECK(\"得分为预算执行率*4分\")"
    path = tmp_path / "udf.xlsx"
    wb.save(path)

    got = formulas_engine.evaluate_workbook(path)
    values = {address: value for (sheet, address), value in got.items() if sheet == "评分表"}
    assert values["A2"] == pytest.approx(3.98)
    assert values["A3"] == pytest.approx(4)
    assert values["A4"] == pytest.approx(5)
    assert isinstance(values["A5"], str) and values["A5"].startswith(DATA_ERROR) and "#N/A" in values["A5"]
    assert values["A6"] == ""
    assert values["A7"] == "#N/A"
    assert isinstance(values["A8"], str) and values["A8"].startswith(RULE_ERROR)
    assert values["A10"] == pytest.approx(2)
    assert values["A20"] == pytest.approx(0.8)
    assert values["A21"] == pytest.approx(8)
    assert values["A25"] == pytest.approx(1.5)
    assert values["A26"] == pytest.approx(1.33)  # 2 × 2/3, to 2 decimals
    assert values["A30"] == "良"
    assert values["A31"] == "良好"
    assert values["A32"] == "差"  # 3.98 + 4 + 5
    assert values["A33"] == "【比率计分】得分=预算执行率×4分"
