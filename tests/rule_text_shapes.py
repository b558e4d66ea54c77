"""Rule TEXTS of every piece shape of rules/piecewise.py, with random numbers and wordings, random data,
and the score each text means, worked out from the drawn numbers the way the wordings corpus works its
cases by hand (tests/test_rule_properties.py reads them with ``parse_rule`` and checks the reading, the
Python score, the Excel formula and LibreOffice against each other and against this meaning).

A shape is a function of a picker (``Pick`` of the property tests: hypothesis draws or a seeded
``random``) returning a ``TextCase``. The meanings follow the texts and the regulations:

- ± tolerance bands: |d| ≤ a → P1; a < |d| ≤ b → P2; |d| > b → 0 (以内 includes its number);
- an exact-value top band with (含) on the upper bounds: d = 0 → P1; 0 < d ≤ a → P2; a < d ≤ b → P3;
  d > b or d < 0 → 0;
- steps either way (每相差s%): 分值 − ⌈|x − ref| / s⌉ × per, at most the cap, never below 0;
- tolerance with deductions (偏差/偏离度在±a%以内得满分，每增加s个百分点扣per分): |d| ≤ a → 分值; else
  分值 − ⌈(|d| − a) / s⌉ × per, never below 0; 偏离度 from amounts is |实际/目标 − 1|;
- days late (每逾期n天扣per分): late = max(0, 实际完成日期 − 计划完成日期), 分值 − ⌈late / n⌉ × per;
- the 101号 pass mark: x < p → 0; else (x − p)/(1 − p) × 分值, at most 分值 (its 最高得满分).

Steps count a started step as a whole one (the seeds' reading, 每少10% with 5% short costs one step).
Every score is finally kept within [0, 分值] and rounded half away from zero to 2 decimals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any, Callable

D = Decimal
PERCENT = D("0.01")


@dataclass
class TextCase:
    shape: str
    text: str
    data: dict[str, Any]
    full: Decimal
    expected: Decimal  # the score the text means for this data, before rounding
    # the reading's 规范写法 scores like the text (False only where a known misreading is documented
    # by a strict expected failure in tests/test_rule_properties.py)
    notes: list[str] = field(default_factory=list)
    highest: Decimal | None = None  # a 加分项 may pass the 分值, up to this

    @property
    def rounded(self) -> Decimal:
        top = self.full if self.highest is None else self.highest
        return min(max(self.expected, D(0)), top).quantize(PERCENT, rounding=ROUND_HALF_UP)


def pct(value: Decimal) -> str:
    """0.055 → "5.5" (a rate written in percent, no exponent, no trailing zeros)."""
    text = format((value * 100).normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def num(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def steps(gap: Decimal, step: Decimal) -> Decimal:
    """A started step counts whole: ⌈gap / step⌉ (0 for no gap)."""
    return max(D(0), (gap / step).to_integral_value(rounding=ROUND_CEILING))


def verb(p: Any) -> str:
    return p.choice(("得", "计", "记", "得", "给"))


def award(p: Any, points: Decimal, full: Decimal) -> tuple[str, Decimal]:
    """得满分 or 得N分 (N ≤ 分值), and its value."""
    if points == full and p.bool():
        return "满分", full
    return f"{num(points)}分", points


def signed_deviation_data(p: Any, levels: tuple[Decimal, ...]) -> tuple[dict[str, Any], Decimal]:
    """A deviation d as a stated rate (−3.5%) or as amounts against a budget (96.5万元 of 100万元),
    often on or beside a level, either sign."""
    if levels and p.int(0, 2):
        d = p.choice(levels) * p.choice((1, -1)) + p.choice((D(0), D(0), PERCENT, -PERCENT, D("0.0001"), D("-0.0001")))
    else:
        d = p.dec("-0.3", "0.3", p.choice((2, 3, 4)))
    if p.bool():
        return {"rate": f"{pct(d)}%"}, d
    budget = p.choice((D(100), D(200), D(80), D(1000)))
    actual = budget * (1 + d)
    unit = p.choice(("万元", "人", ""))
    return {"actual": f"{num(actual)}{unit}", "target": f"{num(budget)}{unit}"}, actual / budget - 1


# ---------------------------------------------------------------- shapes


def tolerance_bands(p: Any) -> TextCase:
    """偏差率在±5%以内得4分,±5-10%以内得2分,±10%以外不得分"""
    a, b = sorted(p.choice(((D("0.03"), D("0.05")), (D("0.05"), D("0.1")), (D("0.1"), D("0.2")), (D("0.05"), D("0.15")), (D("0.08"), D("0.1")))))
    full = p.choice((D(4), D(5), D(3), D(6)))
    first, p1 = award(p, full, full)
    p2 = p.choice((D(2), D(1), D("1.5"), full / 2))
    label = p.choice(("偏差率", "预算编制偏差率", "成本偏差率", "执行偏差率"))
    v1, v2 = verb(p), verb(p)
    if p.bool():
        text = f"{label}在±{pct(a)}%以内{v1}{first},±{pct(a)}-{pct(b)}%以内{v2}{num(p2)}分,±{pct(b)}%以外不得分"
    else:
        text = f"{label}在±{pct(a)}%(含)以内的{v1}{first}；±{pct(a)}%至±{pct(b)}%(含)的{v2}{num(p2)}分；±{pct(b)}%以外的不得分"
    data, d = signed_deviation_data(p, (a, b))
    expected = p1 if abs(d) <= a else p2 if abs(d) <= b else D(0)
    return TextCase("tolerance_bands", text, data, full, expected)


def exact_top_band(p: Any) -> TextCase:
    """偏差率=0得4分;0-5%(含)得2分;5-10%(含)得1分;大于10%不得分"""
    a = p.choice((D("0.02"), D("0.05"), D("0.03")))
    b = a + p.choice((D("0.03"), D("0.05"), D("0.1")))
    full = p.choice((D(4), D(5), D(6)))
    p2, p3 = p.choice(((D(2), D(1)), (D(3), D("1.5")), (full - 1, D("0.5"))))
    label = p.choice(("偏差率", "预算调整率", "结转结余率", "变动率"))
    top = p.choice(("=0", "为0", "等于0"))
    last = p.choice((f"大于{pct(b)}%", f"超过{pct(b)}%", f"{pct(b)}%以上"))
    text = f"{label}{top}{verb(p)}{num(full)}分;0-{pct(a)}%(含){verb(p)}{num(p2)}分;{pct(a)}-{pct(b)}%(含){verb(p)}{num(p3)}分;{last}不得分"
    d = p.choice((D(0), D(0), a, b, a + PERCENT, b + PERCENT, D("0.0001"), D("-0.01"), p.dec("0", "0.25", 4)))
    expected = full if d == 0 else p2 if 0 < d <= a else p3 if a < d <= b else D(0)
    return TextCase("exact_top_band", text, {"rate": f"{pct(d)}%"}, full, expected)


def steps_both_ways(p: Any) -> TextCase:
    """以100%为标准，每相差1%扣1分 / 实际完成情况与计划每相差3%,扣1分,扣满15分为止"""
    full = p.choice((D(5), D(10), D(15), D(4)))
    step = p.choice((D("0.01"), D("0.02"), D("0.03"), D("0.05")))
    per = p.choice((D(1), D("0.5"), D("0.2"), D(2)))
    cap = p.choice((None, None, D(3), full))
    tail = p.choice(("", "，扣完为止")) if cap is None else p.choice((f"，最多扣{num(cap)}分", f"，扣满{num(cap)}分为止"))
    if p.bool():
        reference = p.choice((D(1), D("0.9"), D("0.95")))
        text = f"以{pct(reference)}%为标准，每相差{pct(step)}%扣{num(per)}分{tail}"
    else:
        reference = D(1)
        text = f"{p.choice(('实际完成情况', '实际执行情况', '预算执行率'))}与计划每相差{pct(step)}%,扣{num(per)}分{tail}"
    k = p.int(0, 12)
    x = max(D(0), reference + p.choice((1, -1)) * (k * step + p.choice((D(0), D(0), D("0.005"), D("-0.004")))))
    x = p.choice((x, x, p.dec("0.5", "1.3", 3)))
    data = {"rate": f"{pct(x)}%"}
    deduction = steps(abs(x - reference), step) * per
    expected = full - (deduction if cap is None else min(cap, deduction))
    return TextCase("steps_both_ways", text, data, full, expected)


def tolerance_deduction(p: Any) -> TextCase:
    """实际成本与预算偏差在±3%以内（含）得满分，偏差每增加1个百分点扣1分，扣完为止"""
    full = p.choice((D(5), D(3), D(4), D(10)))
    a = p.choice((D("0.03"), D("0.05"), D("0.1")))
    step = p.choice((D("0.01"), D("0.02"), D("0.05")))
    per = p.choice((D(1), D("0.5"), D("0.2")))
    if p.bool():
        text = f"{p.choice(('实际成本与预算偏差', '执行偏差'))}在±{pct(a)}%以内（含）得满分，偏差每增加{pct(step)}个百分点扣{num(per)}分，扣完为止"
    else:
        text = f"偏差率在±{pct(a)}%以内得满分，每超出{pct(step)}%扣{num(per)}分，扣完为止"
    data, d = signed_deviation_data(p, (a, a + step, a + 3 * step))
    expected = full if abs(d) <= a else full - steps(abs(d) - a, step) * per
    return TextCase("tolerance_deduction", text, data, full, expected)


def absolute_deviation(p: Any) -> TextCase:
    """绩效目标值与实际值偏离度控制在10%以内（含10%）得满分，每超出1个百分点扣0.2分，扣完为止"""
    full = p.choice((D(3), D(5), D(4)))
    a = p.choice((D("0.05"), D("0.1"), D("0.15")))
    step = p.choice((D("0.01"), D("0.02")))
    per = p.choice((D("0.2"), D("0.5"), D(1)))
    if p.bool():
        text = f"绩效目标值与实际值偏离度控制在{pct(a)}%以内（含{pct(a)}%）得满分，每超出{pct(step)}个百分点扣{num(per)}分，扣完为止。"
    else:
        text = f"偏离度在{pct(a)}%以内得满分，每增加{pct(step)}%扣{num(per)}分，扣完为止"
    target = p.choice((100, 200, 2910, 50))
    if p.int(0, 3):  # counted: 偏离度 = |实际/目标 − 1|
        actual = max(0, target + p.choice((1, -1)) * int(target * (a + p.choice((0, step, 3 * step, D("0.3"))))) + p.int(-2, 2))
        data: dict[str, Any] = {"actual": f"{actual}人", "target": f"{target}人"}
        d = D(actual) / D(target) - 1
    else:
        d = p.choice((a, -a, a + step, -(a + 2 * step), D(0)))
        data = {"rate": f"{pct(d)}%"}
    expected = full if abs(d) <= a else full - steps(abs(d) - a, step) * per
    return TextCase("absolute_deviation", text, data, full, expected)


def days_late(p: Any) -> TextCase:
    """按期完成得3分；每逾期15天扣0.5分，扣完为止"""
    full = p.choice((D(3), D(4), D(5), D(10)))
    days = p.choice((1, 7, 10, 15, 30))
    per = p.choice((D("0.5"), D(1), D("0.1"), D(2)))
    cap = p.choice((None, None, D(2), D(3)))
    word = p.choice(("逾期", "延期", "延迟", "推迟", "滞后"))
    tail = "，扣完为止" if cap is None else f"，最多扣{num(cap)}分"
    head = p.choice((f"按期完成{verb(p)}{num(full)}分；", f"按时完成{verb(p)}{num(full)}分，", ""))
    text = f"{head}每{word}{days}天扣{num(per)}分{tail}"
    planned = dt.date(2023, 6, 30) + dt.timedelta(days=p.int(0, 400))
    late = p.choice((0, days, days + 1, 2 * days - 1, 3 * days, p.int(-30, 200)))
    actual = planned + dt.timedelta(days=late)

    def written(day: dt.date) -> Any:
        return p.choice((day, day.isoformat(), f"{day.year}年{day.month}月{day.day}日", day.strftime("%Y/%m/%d")))

    data = {"planned_end": written(planned), "actual_end": written(actual)}
    deduction = steps(D(max(0, late)), D(days)) * per
    expected = full - (deduction if cap is None else min(cap, deduction))
    return TextCase("days_late", text, data, full, expected)


def pass_mark(p: Any) -> TextCase:
    """得分=(实际完成率-60%)/(1-60%)×指标分值；实际完成率小于60%不得分 (财预〔2021〕101号（七）2)"""
    full = p.choice((D(10), D(8), D(15), D(6)))
    mark = p.choice((D("0.6"), D("0.6"), D("0.5"), D("0.7")))
    m = pct(mark)
    text = p.choice((
        f"得分=(实际完成率-{m}%)/(1-{m}%)×指标分值；实际完成率小于{m}%不得分",
        f"完成率低于{m}%的，不得分；完成率{m}%（含）以上的，得分=（实际完成率-{m}%）/（1-{m}%）×指标分值，最高得满分。",
        f"实际完成率＜{m}%，得0分；实际完成率≥{m}%，得分=(实际完成率-{m}%)/{pct(1 - mark)}%×分值。",
        f"完成率小于{m}%为不及格，不得分；大于等于{m}%的，按超过的比重赋分，计算公式为：得分=（实际完成率-{m}%）／（1-{m}%）×指标分值。",
    ))
    x = p.choice((mark, mark - PERCENT, D(1), D("1.1"), D("0.85"), p.dec("0.3", "1.2", p.choice((2, 4)))))
    if p.bool():
        data: dict[str, Any] = {"rate": f"{pct(x)}%"}
        expected = D(0) if x < mark else min(full, (x - mark) / (1 - mark) * full)
    else:
        target = p.choice((D(100), D(40), D(12)))
        actual = (x * target).quantize(D("0.01"))
        data = {"actual": num(actual), "target": num(target)}
        # multiplied before dividing: 9.1/12 in 28 digits made (…-60%)/40%×6 2.37499…, not the 2.375 it is (→ 2.38)
        expected = D(0) if actual < mark * target else min(full, (actual - mark * target) * full / ((1 - mark) * target))
    return TextCase("pass_mark", text, data, full, expected)


def required_situation(p: Any) -> TextCase:
    """大部分功能器材有使用记录，坏损率不超过30%，得1分: the state and the one band both needed, else 0."""
    full = p.choice((D(1), D(2), D(3)))
    bound = p.choice((D("0.3"), D("0.2"), D("0.05")))
    below = p.bool()  # 坏损率不超过 / 完好率达到
    state = p.choice(("大部分功能器材及功能室有日常使用记录", "管理制度健全", "台账资料完整"))
    if below:
        text = f"{state},坏损率{p.choice(('不超过', '≤', '不高于'))}{pct(bound)}%,{verb(p)}{num(full)}分。"
    else:
        bound = 1 - bound
        text = f"{state},完好率{p.choice(('达到', '≥', '不低于'))}{pct(bound)}%,{verb(p)}{num(full)}分。"
    x = p.choice((bound, bound + PERCENT, bound - PERCENT, p.dec("0", "1", 2)))
    met = p.bool()
    inside = x <= bound if below else x >= bound
    return TextCase("required_situation", text, {"met": [met], "rate": f"{pct(x)}%"}, full, full if met and inside else D(0))


def formula_zeroed(p: Any) -> TextCase:
    """得分=(1-10×调剂金额/年初预算数)×分值。其中:若调剂金额/年初预算数>0.1，此项得0分 (编制准确, dyrmt.com)."""
    full = p.choice((D(10), D(5), D(4)))
    factor = p.choice((D(10), D(5), D(20)))
    limit = 1 / factor
    text = p.choice((
        f"指标得分=(1-{num(factor)}×部门全年预算调剂金额/年初部门预算数)×指标分值。其中:若部门全年预算调剂金额/年初部门预算数>{num(limit)},此项得0分。",
        f"得分=(1-{num(factor)}×部门全年预算调剂金额÷年初部门预算数)×分值；若部门全年预算调剂金额/年初部门预算数>{num(limit)}，得0分",
    ))
    budget = p.choice((D(1000), D(250), D(80)))
    moved = p.choice((D(0), limit * budget, limit * budget + 1, p.dec("0", "30", 1)))
    ratio = moved / budget
    expected = D(0) if ratio > limit else (1 - factor * ratio) * full
    return TextCase("formula_zeroed", text, {"vars": {"部门全年预算调剂金额": f"{num(moved)}万元", "年初部门预算数": f"{num(budget)}万元"}},
                    full, expected)


def steps_from_condition(p: Any) -> TextCase:
    """未达到年度目标值的，每差1微克/立方米扣0.5分，扣完为止 (PM10, imcaibao.com) / 低于80人的，每低2人扣1分: the
    condition is the failing side of where the steps start, the rest scores in full. Against the entered
    target, 未达到 follows its operator: a target written ≤70 is missed by going above it."""
    full = p.choice((D(1), D(3), D(5)))
    step = p.choice((D(1), D(2), D("0.5")))
    per = p.choice((D("0.5"), D("0.25"), D(1)))
    unit = p.choice(("微克/立方米", "人"))
    level = p.choice((D(35), D(70), D(80)))
    x = level + p.choice((D(0), step, -step, step * 3 + D("0.5"), -step * 3, p.dec("-20", "20", 1)))
    if p.bool():
        op = p.choice(("≤", "≥", ""))
        text = p.choice((
            f"可吸入颗粒物(PM10)年均值({num(full)}分):未达到年度目标值的,按实际完成值与年度目标值的差距绝对值进行扣分,"
            f"每差{num(step)}{unit}扣{num(per)}分,扣完为止。",
            f"未达到目标值的,每差{num(step)}{unit}扣{num(per)}分,扣完为止",
        ))
        data = {"actual": f"{num(x)}{unit}", "target": f"{op}{num(level)}{unit}"}
        gap = x - level if op == "≤" else level - x
    else:
        text = f"低于{num(level)}{unit}的，每低{num(step)}{unit}扣{num(per)}分，扣完为止"
        data = {"actual": f"{num(x)}{unit}"}
        gap = level - x
    return TextCase("steps_from_condition", text, data, full, full - steps(gap, step) * per)


def proportional_shortfall(p: Any) -> TextCase:
    """安排使用率达到90%的，得5分；不达90%的，按比例扣分 (耕地保护考核, fsou.com): below the bound the band's
    points shrink in proportion, P × x / b."""
    full = p.choice((D(5), D(4), D(10)))
    bound = p.choice((D("0.9"), D("0.8"), D("0.95"), D(1)))
    label = p.choice(("资金使用率", "县级政府安排使用率", "到位率"))
    first, points = award(p, full, full)
    below = p.choice(("不达", "低于", "未达到"))
    text = f"{label}{p.choice(('达到', '≥', '不低于'))}{pct(bound)}%的,{verb(p)}{first};{below}{pct(bound)}%的,按比例扣分。"
    x = p.choice((bound, bound - PERCENT, bound + PERCENT, p.dec("0", "1", 3)))
    return TextCase("proportional_shortfall", text, {"rate": f"{pct(x)}%"}, full, points if x >= bound else points * x / bound)


def bonus_steps(p: Any) -> TextCase:
    """达到节能量进度目标的，得40分 … 每超过进度目标10个百分点加1分，最多加2分 (wanglu.net 节能考核) / 超额完成的，
    每增加1000亩，加0.05分，以2分为限 (fsou.net 标准农田): the band's points plus, per whole step beyond its
    bound, the points added, up to the limit; the score may pass the 分值 (加分项)."""
    full = p.choice((D(4), D(10), D(40)))
    step = p.choice((D(10), D(5), D(1)))
    per = p.choice((D(1), D("0.5"), D("0.05")))
    limit = p.choice((D(2), D(1), per * 3))
    threshold = p.choice((D(100), D(95), D(90)))
    x = threshold + p.choice((D(0), step, step * D("1.5"), step * 5, -step, p.dec("-20", "30", 2)))
    exact = p.chance(4)
    added = (max(D(0), x - threshold) / step) if exact else (max(D(0), x - threshold) / step).to_integral_value(rounding="ROUND_FLOOR")
    zero = p.choice(("未达到的不得分", f"低于{num(threshold)}%不得分", "否则不得分"))
    policy = "(按比例加分)" if exact else ""
    text = (f"完成率达到{num(threshold)}%{verb(p)}{num(full)}分，每超过{num(step)}个百分点"
            f"{p.choice(('加', '另加'))}{num(per)}分{policy}，{p.choice(('最多加', '加分最多', '最高加'))}{num(limit)}分；{zero}")
    expected = full + min(limit, added * per) if x >= threshold else D(0)
    return TextCase("bonus_steps", text, {"rate": f"{num(x)}%"}, full, expected, highest=full + limit)


def off_target_bands(p: Any) -> TextCase:
    """不超过年度计划目标。(15分)超过年度计划目标10%以下。(10分)… (1wenmi.com 能源消费总量控制) / 每低于目标值1天，
    扣0.2分…低于目标值35天为0分 (fymate.net 优良天数): bands set off from the entered target, by a share of it
    or by an amount in its unit; the first band that holds decides."""
    full = p.choice((D(15), D(10), D(6)))
    if p.bool():
        first, second = p.choice(((D(10), D(20)), (D(5), D(15)), (D(3), D(8))))
        target = p.choice((D(1000), D(250), D(80)))
        x = target * (1 + p.choice((D(0), -PERCENT, PERCENT, first / 100, second / 100, (first + second) / 200, D("0.5"))))
        x = x.quantize(D("0.01"))
        middle = (full / 2).quantize(D("0.1"))
        text = (f"不超过年度计划目标。({num(full)}分)超过年度计划目标{num(first)}%以下。({num(middle)}分)"
                f"超过年度计划目标{num(second)}%以下。(1分)超过年度计划目标{num(second)}%以上。(0分)")
        ratio = x / target
        # 以下 takes its number (exactly 10% over is in the 10%以下 band; at 20% the band written before 20%以上 holds)
        expected = full if ratio <= 1 else middle if ratio <= 1 + first / 100 else D(1) if ratio <= 1 + second / 100 else D(0)
        return TextCase("off_target_bands", text, {"actual": f"{num(x)}吨", "target": f"{num(target)}吨"}, full, expected)
    per = p.choice((D("0.2"), D("0.5"), D(1)))
    days = p.choice((D(10), D(20), D(35)))
    target = p.choice((D(340), D(300), D(365)))
    x = target - p.choice((D(0), D(1), days - 1, days, days + 5, D(-5), D(p.int(0, 60))))
    text = f"每低于目标值1天,扣{num(per)}分,低于目标值{num(days)}天为0分"
    expected = full - (target - x) * per if target - x < days else D(0)
    return TextCase("off_target_bands", text, {"actual": f"{num(x)}天", "target": f"{num(target)}天"}, full, min(full, expected))


def share_steps(p: Any) -> TextCase:
    """业绩值为100%得满分,每降低1%扣权重分的1%,扣完为止 (777doc.com 生态环保专项): each step costs a share of
    the 分值, not a number of points: 分值 − ⌈(100% − x)/s⌉ × m% × 分值, never below 0."""
    full = p.choice((D(2), D(3), D(10)))
    step = p.choice((D(1), D(2), D(5)))
    share = p.choice((D(1), D(2), D(5), D(10)))
    x = p.choice((D(100), D(100) - step, D(100) - step * D("2.5"), D(p.int(0, 100)), D(105)))
    words = p.choice(("权重分", "分值", "该指标分值", "权重"))
    text = f"{p.choice(('业绩值', '完成率'))}为100%得满分,每{p.choice(('降低', '下降', '低'))}{num(step)}%扣{words}的{num(share)}%,扣完为止。"
    steps = (max(D(0), 100 - x) / step).to_integral_value(rounding=ROUND_CEILING)
    return TextCase("share_steps", text, {"rate": f"{num(x)}%"}, full, max(D(0), full - steps * share / 100 * full))


def element_value(p: Any) -> TextCase:
    """具备要素1得20%,具备要素2得40%…业绩值为100%得满分,每降低1%扣权重分的1% / 具备一个得分要素业绩值加0.5。业绩值为2
    得满分,每降低0.5扣除权重分的1/4 (777doc.com): the 业绩值 is the sum of the elements met, then scored by steps
    that each cost a share of the 分值."""
    full = p.choice((D(2), D(3), D(4)))
    names = ["项目按规定程序申请设立", "经过可行性研究或专家论证", "审批文件和材料合规完整", "立项程序公开透明", "与部门职能相符合"]
    count = p.choice((3, 4, 5))
    listed = "得分要素:" + ";".join(f"{i}.{name}" for i, name in enumerate(names[:count], start=1)) + "。"
    met = [p.bool() for _ in range(count)]
    if p.bool():
        weights = {3: (D(50), D(30), D(20)), 4: (D(20), D(40), D(20), D(20)), 5: (D(20),) * 5}[count]
        value = sum((w for w, m in zip(weights, met) if m), D(0))
        step, share = p.choice(((D(1), D(1)), (D(10), D(10)), (D(5), D(10))))
        text = listed + ",".join(f"具备要素{i}得{num(w)}%" for i, w in enumerate(weights, start=1)) + \
            f"。业绩值为100%得满分,每降低{num(step)}%扣权重分的{num(share)}%,扣完为止。"
        lost = ((100 - value) / step).to_integral_value(rounding=ROUND_CEILING) * share / 100 * full
        return TextCase("element_value", text, {"met": met}, full, max(D(0), full - lost))
    count = p.choice((4, 5))  # each element is 1/4 or 20% of the 分值 (1/3 is no exact share)
    met = met[:count] + [p.bool() for _ in range(count - len(met))]
    listed = "得分要素:" + ";".join(f"{i}.{name}" for i, name in enumerate(names[:count], start=1)) + "。"
    amount = p.choice((D("0.5"), D(1)))
    share = "1/4" if count == 4 else p.choice(("20%", "1/5"))
    text = listed + f"具备一个得分要素业绩值加{num(amount)}。业绩值为{num(amount * count)}得满分,每降低{num(amount)}扣除权重分的{share},扣完为止。"
    return TextCase("element_value", text, {"met": met}, full, full * sum(met) / count)


def line_of_rate(p: Any) -> TextCase:
    """得分=70×实际达标率-63 最高分为7分,低于90%为0分 (fymate.net 地表水交接断面): a straight line of the rate,
    0 at the pass mark and the 分值 at 100%, capped at its stated highest: x < p → 0; else min(max, a·x − b)."""
    top, mark = p.choice(((D(7), D("0.9")), (D(10), D("0.8")), (D(5), D("0.5"))))
    slope = top / (1 - mark)
    intercept = slope * mark
    x = p.choice((D(1), mark, mark - PERCENT, mark + PERCENT * 3, D("1.05"), p.dec("0", "1.1", 3)))
    label = p.choice(("实际达标率", "达标率", "完成率"))
    formula = p.choice((f"{num(slope)}×{label}-{num(intercept)}", f"{label}×{num(slope)}-{num(intercept)}"))
    text = p.choice((
        f"得分={formula} 最高分为{num(top)}分,低于{pct(mark)}%为0分",
        f"得分={formula}。最高分为{num(top)}分;低于{pct(mark)}%不得分",
    ))
    expected = D(0) if x < mark else min(top, slope * x - intercept)
    return TextCase("line_of_rate", text, {"rate": f"{pct(x)}%"}, top, expected)


SHAPES: dict[str, Callable[[Any], TextCase]] = {
    "line_of_rate": line_of_rate,
    "share_steps": share_steps,
    "element_value": element_value,
    "off_target_bands": off_target_bands,
    "bonus_steps": bonus_steps,
    "proportional_shortfall": proportional_shortfall,
    "steps_from_condition": steps_from_condition,
    "tolerance_bands": tolerance_bands,
    "required_situation": required_situation,
    "formula_zeroed": formula_zeroed,
    "exact_top_band": exact_top_band,
    "steps_both_ways": steps_both_ways,
    "tolerance_deduction": tolerance_deduction,
    "absolute_deviation": absolute_deviation,
    "days_late": days_late,
    "pass_mark": pass_mark,
}
