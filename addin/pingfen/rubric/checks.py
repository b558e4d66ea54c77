"""校验: everything a careful reviewer checks in a 评分表, each finding with a code, severity, location,
the numbers involved and a suggested fix, in Chinese."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Iterator, Mapping

from ..grading import grade_for
from ..quantities import QuantityError, as_excel_date, parse_quantity
from ..rules import InputError
from ..rules.evaluate import general_text
from ..rules.measure import measured_rate
from ..rules.piecewise import TARGET, Piecewise
from ..rules.score import unread_answers
from .model import Indicator, Rubric, leaf_inputs
from .scoring import ScoreSheet

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITY_NAMES = {ERROR: "错误", WARNING: "警告", INFO: "提示"}
_TOLERANCE = Decimal("0.005")


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    indicator: str  # "1.2.3 名称", or "" for the whole rubric
    message: str
    fix: str
    numbers: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code, "severity": self.severity, "indicator": self.indicator, "message": self.message,
            "fix": self.fix, "numbers": self.numbers,
        }


def _n(value: Decimal | None) -> str:
    return "—" if value is None else general_text(value)


def _pct(value: Decimal) -> str:
    return _n((value * 100).quantize(Decimal("0.01"))) + "%"


Check = Callable[[Rubric, ScoreSheet], Iterator[Finding]]
CHECKS: list[Check] = []


def check(fn: Check) -> Check:
    CHECKS.append(fn)
    return fn


@check
def weight_sums(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    for indicator in rubric.walk():
        if indicator.children:
            children = sum((child.weight for child in indicator.children), Decimal(0))
            if children != indicator.weight:
                yield Finding(
                    "WEIGHT_SUM", ERROR, indicator.label,
                    f"下级指标分值合计{_n(children)}分，与本指标分值{_n(indicator.weight)}分不符",
                    "调整下级指标分值或本指标分值，使二者相等",
                    {"children": _n(children), "weight": _n(indicator.weight)},
                )
    top = sum((indicator.weight for indicator in rubric.indicators), Decimal(0))
    if top != rubric.total:
        yield Finding(
            "TOTAL_WEIGHT", ERROR, "", f"一级指标分值合计{_n(top)}分，与总分{_n(rubric.total)}分不符",
            "调整一级指标分值，或更正 total", {"sum": _n(top), "total": _n(rubric.total)},
        )


@check
def rule_maximum(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    for leaf in rubric.leaves():
        seen = set()
        for rule, what in ((leaf.criteria_rule, "评分标准原文"), (leaf.rule, "评分规则")):
            if rule is None:
                continue
            implied = rule.implied_max()
            # 达到进度目标得40分，每超过10个百分点加1分，最多加2分 in a 40-point row: points added above the 分值
            if implied is None or leaf.weight in (implied, rule.implied_base()) or (implied, what) in seen:
                continue
            seen.add((implied, what))
            yield Finding(
                "RULE_MAX", ERROR, leaf.label,
                f"{what}“{rule.canonical()}”最高可得{_n(implied)}分，与指标分值{_n(leaf.weight)}分不符",
                f"把评分标准中的满分改为{_n(leaf.weight)}分，或把指标分值改为{_n(implied)}分",
                {"implied": _n(implied), "weight": _n(leaf.weight)},
            )


@check
def score_ranges(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    for indicator in rubric.walk():
        for value, what in ((indicator.score, "录入得分"), (indicator.published, "公布得分")):
            if value is None:
                continue
            highest = _highest(indicator)  # only where a score stands: it walks the rules below
            if not (Decimal(0) <= value and (highest is None or value <= highest)):
                shown = "+∞" if highest is None else _n(highest)
                yield Finding(
                    "SCORE_RANGE", ERROR, indicator.label,
                    f"{what}{_n(value)}分超出[0, {shown}]范围",
                    f"得分应在0至{shown}分之间", {"score": _n(value), "weight": _n(indicator.weight)},
                )


def _highest(indicator: Indicator) -> Decimal | None:
    """The 分值, or more where a rule below adds points on top of it (加分项); None: no limit written."""
    if indicator.children:
        extras = [_highest(child) for child in indicator.children]
        if any(extra is None for extra in extras):
            return None
        return indicator.weight + sum((extra - child.weight for extra, child in zip(extras, indicator.children)), Decimal(0))  # type: ignore[operator]
    return indicator.rule.highest(indicator.weight) if indicator.rule is not None else indicator.weight


@check
def entered_versus_rule(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    for leaf in rubric.leaves():
        node = sheet[leaf.code]
        if node.source == "entered" and node.computed is not None and node.computed != leaf.score:
            yield Finding(
                "ENTERED_MISMATCH", ERROR, leaf.label,
                f"录入得分{_n(leaf.score)}分，按评分标准和数据计算应为{_n(node.computed)}分（{sheet[leaf.code].explanation.split('（采用')[0]}）",
                "核对数据与评分标准；若录入得分有其他依据，应在评分标准中写明",
                {"entered": _n(leaf.score), "computed": _n(node.computed)},
            )


@check
def published_versus_computed(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    for indicator in rubric.walk():
        node = sheet[indicator.code]
        if indicator.published is None or node.value is None or node.value == indicator.published:
            continue
        if indicator.is_leaf and node.source == "entered" and node.computed is not None:
            continue  # already reported as ENTERED_MISMATCH
        yield Finding(
            "PUBLISHED_MISMATCH", ERROR, indicator.label,
            f"公布得分{_n(indicator.published)}分，重新计算为{_n(node.value)}分",
            "以重新计算的得分更正报告，或补充说明差异原因",
            {"published": _n(indicator.published), "computed": _n(node.value)},
        )
    if rubric.published_total is not None and sheet.total is not None and sheet.total != rubric.published_total:
        yield Finding(
            "PUBLISHED_MISMATCH", ERROR, "", f"公布总分{_n(rubric.published_total)}分，重新计算为{_n(sheet.total)}分",
            "以重新计算的总分更正报告", {"published": _n(rubric.published_total), "computed": _n(sheet.total)},
        )


def _published_or_sum(indicator: Indicator) -> Decimal | None:
    """The printed score of a node, or the sum of its children's printed scores when the report
    leaves the subtotal out."""
    if indicator.published is not None:
        return indicator.published
    if not indicator.children:
        return None
    parts = [_published_or_sum(child) for child in indicator.children]
    return None if any(part is None for part in parts) else sum(parts, Decimal(0))  # type: ignore[arg-type]


@check
def published_subtotals(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    for indicator in rubric.walk():
        if indicator.children and indicator.published is not None:
            parts = [_published_or_sum(child) for child in indicator.children]
            if all(part is not None for part in parts):
                total = sum(parts, Decimal(0))  # type: ignore[arg-type]
                if total != indicator.published:
                    yield Finding(
                        "SUBTOTAL", ERROR, indicator.label,
                        f"公布的小计{_n(indicator.published)}分，与下级公布得分之和{_n(total)}分不符",
                        "更正小计或下级得分", {"subtotal": _n(indicator.published), "sum": _n(total)},
                    )
    tops = [_published_or_sum(indicator) for indicator in rubric.indicators]
    if rubric.published_total is not None and all(top is not None for top in tops):
        total = sum(tops, Decimal(0))  # type: ignore[arg-type]
        if total != rubric.published_total:
            yield Finding(
                "SUBTOTAL", ERROR, "", f"公布总分{_n(rubric.published_total)}分，与一级指标公布得分之和{_n(total)}分不符",
                "更正总分或一级指标得分", {"total": _n(rubric.published_total), "sum": _n(total)},
            )


@check
def grades(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    if rubric.published_grade is None:
        return
    basis = rubric.published_total if rubric.published_total is not None else sheet.total
    if basis is None:
        return
    expected = grade_for(basis, rubric.grades)
    if expected != rubric.published_grade:
        bands = "、".join(f"{band.name}{'≥' if band.inclusive else '>'}{_n(band.minimum)}" for band in rubric.grades)
        yield Finding(
            "GRADE", ERROR, "", f"总分{_n(basis)}分按等级划分（{bands}）应为“{expected}”，公布为“{rubric.published_grade}”",
            f"等级改为“{expected}”", {"total": _n(basis), "published": rubric.published_grade, "expected": expected},
        )


@check
def reasons(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    for leaf in rubric.leaves():
        node = sheet[leaf.code]
        if leaf.score is None or leaf.reason:
            continue
        if node.source == "manual":
            yield Finding("NO_REASON", ERROR, leaf.label, f"酌情评分{_n(leaf.score)}分未写明理由", "在 reason 中写明评分理由", {"score": _n(leaf.score)})
        elif node.source == "entered":
            yield Finding("NO_REASON", WARNING, leaf.label, f"录入得分{_n(leaf.score)}分代替规则计算，但未写明理由", "在 reason 中写明依据", {"score": _n(leaf.score)})


@check
def missing_data(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    if rubric.entities:
        return  # each entity carries its own data and scores; unprinted scores stay unknown
    for leaf in rubric.leaves():
        node = sheet[leaf.code]
        if node.source == "missing":
            yield Finding(
                "DATA_MISSING", ERROR, leaf.label, f"无法计分：{node.problem or '缺少数据'}",
                "在 data 中补充规则所需数据，或录入得分（score）并写明理由", {},
            )
        elif node.source == "entered" and node.computed is None and not leaf.no_method:
            yield Finding(
                "DATA_MISSING", INFO, leaf.label, f"未提供计算所需数据（{node.problem}），采用录入得分{_n(leaf.score)}分",
                "补充 data 后可自动计算并核对得分", {"score": _n(leaf.score)},
            )
        if leaf.rule_error:
            yield Finding(
                "RULE_UNREADABLE", ERROR, leaf.label, f"评分标准无法识别，本指标待评分：{leaf.rule_error}",
                "改写评分标准（见错误中的可参考写法），或录入得分（score）并写明理由", {},
            )
        if leaf.no_method and leaf.criteria:
            yield Finding(
                "NO_METHOD", INFO, leaf.label, "评分标准只有指标定义，未规定计分方法，采用录入得分",
                "在评分标准中写明计分方法（如“得分=完成率×分值”）", {},
            )


@check
def stated_rates(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    for leaf in rubric.leaves():
        data = leaf.data
        if not all(key in data for key in ("rate", "actual", "target")):
            continue
        try:
            label = leaf.rule.label if leaf.rule else leaf.name
            computed, how = measured_rate({"actual": data["actual"], "target": data["target"]}, label)
            stated, _ = measured_rate({"rate": data["rate"]}, label, explain=False)
        except InputError:
            continue
        if abs(computed - stated) >= Decimal("0.00005"):
            yield Finding(
                "RATE_STATED", ERROR, leaf.label,
                f"所列比率{_pct(stated)}与数据计算结果不符：{how}",
                f"比率应为{_pct(computed)}", {"stated": _pct(stated), "computed": _pct(computed)},
            )


@check
def unused_answers(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    """An answer the leaf's reading does not read is not silently dropped (``unread_answers``)."""
    for leaf in rubric.leaves():
        if leaf.rule is None or not leaf.data or leaf.rule_error:
            continue
        try:
            unused, read_kinds = unread_answers(leaf.rule, leaf.data, leaf_inputs(leaf))
        except InputError:
            continue  # DATA_MISSING names what the reading needs
        read = "、".join(read_kinds)
        if unused:
            yield Finding(
                "DATA_UNUSED", WARNING, leaf.label,
                f"数据中的{'、'.join(unused)}未被评分标准使用（评分标准读取：{read or '无'}），得分没有考虑这些数据",
                "按评分标准所需的数据填写（可用 pingfen rule 查看规范写法与所需数据），或核对评分标准", {"unused": "、".join(unused)},
            )


@check
def printed_standards(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    """An entered target never overrides the standard the 评分标准 prints: the rule scores against the
    printed one, and the disagreement is reported so that one of them gets corrected."""
    for leaf in rubric.leaves():
        if leaf.rule is None:
            continue
        for where, target in (("", leaf.data.get("target")), *_item_targets(leaf.data.get("items"))):
            conflict = leaf.rule.target_conflict(target)
            if conflict is not None:
                printed, entered = conflict
                yield Finding(
                    "TARGET_CONFLICT", WARNING, leaf.label,
                    f"评分标准写明的标准为{printed}，数据中{where}的目标值为{entered}；已按评分标准计分",
                    "核对指标值：更正数据中的目标值，或修改评分标准", {"printed": printed, "entered": entered},
                )


def _item_targets(items: object) -> list[tuple[str, object]]:
    """The first column's target of every row of an items table (each unit held to the printed standard: 每个乡镇完成
    不少于300户), with the row it stands in."""
    if not isinstance(items, dict) or not isinstance(items.get("rows"), dict):
        return []
    shared = items.get("targets")
    shared = shared[0] if isinstance(shared, (list, tuple)) and shared else shared
    found = []
    for name, row in items["rows"].items():
        own = row.get("target") if isinstance(row, dict) else None
        target = (own[0] if isinstance(own, (list, tuple)) and own else own) if own is not None else shared
        found.append((f"“{name}”", target))
    return found


@check
def printed_deadlines(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    """An entered planned_end never overrides the date the 评分标准 prints (2024年12月31日前完成)."""
    for leaf in rubric.leaves():
        deadline = leaf.rule.printed_deadline() if leaf.rule else None
        if deadline is None or leaf.data.get("planned_end") is None:
            continue
        try:
            differs = as_excel_date(leaf.data["planned_end"]) != as_excel_date(deadline)
        except QuantityError:
            continue  # DATA_MISSING / the date's own error names it
        if differs:
            yield Finding(
                "DEADLINE_CONFLICT", WARNING, leaf.label,
                f"评分标准写明的完成期限为{deadline}，数据中的计划完成日期为{leaf.data['planned_end']}；已按评分标准计分",
                "核对完成期限：更正数据中的计划完成日期（planned_end），或修改评分标准",
                {"printed": deadline, "entered": str(leaf.data["planned_end"])},
            )


def _steps_base(leaf: Indicator) -> Decimal | None:
    rule = leaf.rule
    if rule is None or not isinstance(rule.scorer, Piecewise) or rule.kind != "steps" or rule.scorer.unit != "%":
        return None
    if not rule.scorer.default_shape(leaf.label).measure:
        return None  # 业绩值 of the 得分要素 met: no completion rate to start from
    reference = rule.scorer.deduction_reference()
    if reference is not None and reference != TARGET:
        return reference  # type: ignore[return-value]
    if "target" in leaf.data and any(key in leaf.data for key in ("rate", "counts", "planned_end")):
        try:
            target, _ = measured_rate({"rate": leaf.data["target"]}, explain=False)
            return target
        except InputError:
            return None
    return Decimal(1)


@check
def shortfall_references(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    for group in rubric.walk():
        if group.level != 2 and not (group.level == 1 and all(child.is_leaf for child in group.children)):
            continue
        bases = {leaf.code: (leaf, base) for leaf in group.walk() if leaf.is_leaf and (base := _steps_base(leaf)) is not None}
        from_full = [leaf for leaf, base in bases.values() if base == 1]
        from_target = [(leaf, base) for leaf, base in bases.values() if base < 1]
        if from_full and from_target:
            full_names = "、".join(leaf.label for leaf in from_full)
            target_names = "、".join(f"{leaf.label}（{_pct(base)}）" for leaf, base in from_target)
            yield Finding(
                "REFERENCE_MIX", WARNING, group.label,
                f"同类阶梯扣分的起算点不一致：{full_names}从100%起算，{target_names}从目标值起算",
                "统一扣分起算点（均从100%或均从目标值起算），并在评分标准中写明",
                {"from_100": full_names, "from_target": target_names},
            )


_ABSURD = Decimal("1e15")
_NEVER_NEGATIVE = ("actual", "target", "rate", "failures")
_NEVER_NEGATIVE_PREFIXES = ("count_", "item_", "failures_")


def _never_negative(name: str) -> bool:
    """Counts, amounts and rates (人数、个数、金额、比率) — not formula variables or entered scores."""
    return name in _NEVER_NEGATIVE or (name.startswith(_NEVER_NEGATIVE_PREFIXES) and not name.endswith("_name"))


def _excel_date(serial: Decimal) -> str:
    import datetime as dt

    try:
        return (dt.date(1899, 12, 30) + dt.timedelta(days=int(serial))).isoformat()
    except (OverflowError, ValueError):
        return _n(serial)


def data_findings(label: str, values: Mapping[str, object], signed: bool = False) -> Iterator[Finding]:
    """Data no project can have, whatever its rule: a magnitude beyond 10^15 (1.0e+308 typed or
    pasted), a negative count, amount or rate, a planned end before the planned start. ``values``
    are a leaf's inputs by name (actual, target, count_1, item_2_actual_1, planned_start…) as the
    rubric data or the workbook's cells give them."""
    from ..workbook.inputs import input_label  # the workbook layer names the inputs for people

    for name, value in values.items():
        if not isinstance(value, Decimal) or name == "full":
            continue
        if abs(value) > _ABSURD:
            what = input_label(name)
            yield Finding(
                "DATA_MAGNITUDE", ERROR, label, f"{what}为{value.normalize():E}，数值大得不合常理（绝对值超过10^15）",
                "核对该数据：是否多输了数字、误粘贴或误用了科学计数法", {"input": what, "value": f"{value.normalize():E}"},
            )
        elif value < 0 and _never_negative(name) and not (signed and name == "rate"):  # 偏差率 -15%
            what = input_label(name)
            yield Finding(
                "DATA_NEGATIVE", ERROR, label, f"{what}为负数{_n(value)}", "人数、个数、金额和比率不能为负数，请核对该数据",
                {"input": what, "value": _n(value)},
            )
    start, end = values.get("planned_start"), values.get("planned_end")
    if isinstance(start, Decimal) and isinstance(end, Decimal) and end < start:
        yield Finding(
            "DATE_ORDER", ERROR, label, f"计划完成日期{_excel_date(end)}早于计划开始日期{_excel_date(start)}",
            "核对计划开始日期与计划完成日期（是否填反或年份有误）", {"start": _excel_date(start), "end": _excel_date(end)},
        )


@check
def data_sanity(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    for leaf in rubric.leaves():
        if not leaf.data:
            continue
        try:
            bound = leaf_inputs(leaf)
        except InputError:
            continue  # reported where the rubric is read
        yield from data_findings(leaf.label, bound.values, bool(leaf.rule and leaf.rule.signed_measure))


def run_checks(rubric: Rubric, sheet: ScoreSheet) -> list[Finding]:
    order = {ERROR: 0, WARNING: 1, INFO: 2}
    findings = [finding for fn in CHECKS for finding in fn(rubric, sheet)]
    return sorted(findings, key=lambda finding: order[finding.severity])


# ---------------------------------------------------------------- many entities


def _entity_results(rubric: Rubric):  # type: ignore[no-untyped-def]
    from .entities import score_entities

    return score_entities(rubric) if rubric.entities else []


@check
def entity_vetoes(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    from .entities import veto_applies

    vetoes = {veto.code: veto for veto in rubric.vetoes}
    for entity in rubric.entities.members if rubric.entities else []:
        for code, data in entity.data.items():
            veto = vetoes.get(code)
            if veto is None:
                continue
            breached = veto_applies(veto, data)
            if breached is None:
                continue
            where = f"{entity.name} {veto.code} {veto.name}"
            rate = _pct(measured_rate({"rate": data["rate"]}, explain=False)[0])
            limit = f"{veto.limit.op}{_pct(veto.limit.value)}"
            conclusion = str(data.get("conclusion") or "").strip()
            if conclusion and (conclusion == "符合") == breached:
                yield Finding(
                    "VETO_CONCLUSION", ERROR, where,
                    f"比例{rate}{'超出' if breached else '未超出'}限值{limit}，但结论写为“{conclusion}”",
                    f"结论应为“{'不符合' if breached else '符合'}”", {"rate": rate, "limit": limit, "conclusion": conclusion},
                )
            if breached and code not in entity.vetoes:
                yield Finding(
                    "VETO_UNMARKED", ERROR, where, f"比例{rate}超出限值{limit}，应触发一票否决，但未标记",
                    "在评价对象的 vetoes 中标记该项，整改后标记 rectified", {"rate": rate, "limit": limit},
                )


@check
def entity_results(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    results = _entity_results(rubric)
    by_rank = {result.rank: result for result in results}
    for result in results:
        entity = result.entity
        for indicator in rubric.walk():
            value = result.scores.get(indicator.code)
            if value is None:
                continue
            if indicator.weight and not Decimal(0) <= value <= indicator.weight:
                yield Finding("SCORE_RANGE", ERROR, f"{entity.name} {indicator.label}", f"得分{_n(value)}分超出[0, {_n(indicator.weight)}]范围", "更正该得分", {"score": _n(value)})
            elif not indicator.weight and value > 0:  # 减分项 carry 0 weight and zero or negative scores
                yield Finding("SCORE_RANGE", ERROR, f"{entity.name} {indicator.label}", f"减分项得分{_n(value)}分应为0或负数", "更正该得分", {"score": _n(value)})
        if result.recomputed and entity.published_total is not None and result.total != entity.published_total:
            yield Finding("ENTITY_TOTAL", ERROR, entity.name, f"公布总分{_n(entity.published_total)}分，按各指标得分合计为{_n(result.total)}分", "更正总分或指标得分", {"published": _n(entity.published_total), "computed": _n(result.total)})
        if entity.published_grade and result.grade and entity.published_grade != result.grade:
            yield Finding("ENTITY_GRADE", ERROR, entity.name, f"总分{_n(result.shown_total)}分应评为“{result.grade}”，公布为“{entity.published_grade}”", f"等级改为“{result.grade}”", {"expected": result.grade, "published": entity.published_grade})
        if entity.published_rank is not None:
            holder = by_rank.get(entity.published_rank)
            if holder is None or holder.shown_total != result.shown_total:
                yield Finding("ENTITY_RANK", ERROR, entity.name, f"公布排名第{entity.published_rank}，按总分应为第{result.rank}", "按总分重新排名", {"published": str(entity.published_rank), "computed": str(result.rank)})


@check
def entity_spreads(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    if not rubric.entities:
        return
    results = _entity_results(rubric)
    for code, (highest, lowest, name) in rubric.entities.published_spread.items():
        known = [r.scores.get(code) for r in results if r.scores.get(code) is not None]
        label = f"{code} {name or (rubric.find(code).name if rubric.find(code) else '')}".strip()
        if not known:
            continue
        top, bottom = max(known), min(known)  # type: ignore[type-var]
        complete = len(known) == len(results)
        if highest is not None and (top > highest or (complete and top != highest)):
            yield Finding("SPREAD", ERROR, label, f"分差表最高分{_n(highest)}分，而评价对象得分中最高为{_n(top)}分", "核对分差表或各对象得分", {"published": _n(highest), "computed": _n(top)})
        if lowest is not None and (bottom < lowest or (complete and bottom != lowest)):
            yield Finding("SPREAD", ERROR, label, f"分差表最低分{_n(lowest)}分，而评价对象得分中最低为{_n(bottom)}分", "核对分差表或各对象得分", {"published": _n(lowest), "computed": _n(bottom)})


from . import regulations  # noqa: E402,F401  (registers the checks that cite the regulations)
