"""校验 that cites the regulations: a rubric's weights, grade bands, qualitative tiers and large
over-completion against 财预〔2020〕10号 and 财预〔2021〕101号. The articles say 原则上 / 一般, so a
departure is a warning for the evaluator to explain, never an error."""

from __future__ import annotations

import os
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterator

from ..quantities import QuantityError, as_number
from ..rules import InputError
from ..rules.measure import measured_rate
from .checks import INFO, WARNING, Finding, _n, _pct, check
from .model import Indicator, Rubric
from .scoring import ScoreSheet

ART_13 = "财预〔2020〕10号第十三条"
ART_14 = "财预〔2020〕10号第十四条"
ART_16 = "财预〔2020〕10号第十六条"
ART_18 = "财预〔2020〕10号第十八条"
GUIDE_6 = "财预〔2021〕101号（六）"
# 完成值 ≥ this many times the 指标值 counts as 高于指标值较多; PINGFEN_OVER_COMPLETION overrides it
OVER_COMPLETION = Decimal("1.5")

_PARTS = {"产出": "产出", "成本": "成本", "效益": "效益", "满意度": "满意度", "预算执行率": "预算执行率"}
# one-level weight sets (shares of the total) the regulations set for a 单位自评
SELF_ASSESSMENT_WEIGHTS = (
    (ART_13, {"预算执行率": 10, "产出": 50, "效益": 30, "满意度": 10}),
    (GUIDE_6 + "（设置成本指标）", {"预算执行率": 10, "成本": 20, "产出": 40, "效益": 20, "满意度": 10}),
    (GUIDE_6 + "（不设满意度指标）", {"预算执行率": 10, "产出": 50, "效益": 40}),
)
STANDARD_BANDS = (("优", Decimal(90)), ("良", Decimal(80)), ("中", Decimal(60)), ("差", Decimal(0)))
TIERS = (("未达成", Decimal("0"), Decimal("0.6")), ("部分达成", Decimal("0.6"), Decimal("0.8")), ("达成", Decimal("0.8"), Decimal("1")))
_TIER_WORDING = re.compile(r"达成年度指标.{0,40}部分达成|三档")
_STANDARD_TIERS = ("100", "80", "80", "60", "60", "0")


def _part(indicator: Indicator) -> str | None:
    """Which part of the 自评 frame a 一级指标 is (产出指标 → 产出), by its name."""
    name = indicator.name
    if "预算执行" in name:
        return "预算执行率"
    for word, part in _PARTS.items():
        if word in name:
            return part
    return None


def is_self_assessment(rubric: Rubric) -> bool:
    """A 单位自评 rubric (附1 自评表): 一级指标 产出/效益 beside 预算执行率, no 决策/过程."""
    parts = {_part(top) for top in rubric.indicators}
    return "预算执行率" in parts and "产出" in parts and not any(("决策" in t.name or "过程" in t.name) for t in rubric.indicators)


def _is_four_part_frame(rubric: Rubric) -> bool:
    """A 财政/部门评价 rubric in the 决策/过程/产出/效益 frame of 附2 (or its 投入/过程/产出/效果
    variant): at least three of the four parts among its 一级指标."""
    parts = {word for top in rubric.indicators for word in ("决策", "投入", "过程", "产出", "效益", "效果") if word in top.name}
    parts = {{"投入": "决策", "效果": "效益"}.get(word, word) for word in parts}
    return not is_self_assessment(rubric) and len(parts) >= 3


def _share(weight: Decimal, total: Decimal) -> Decimal:
    return weight * 100 / total if total else Decimal(0)


@check
def self_assessment_weights(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    if not is_self_assessment(rubric) or not rubric.total:
        return
    shares: dict[str, Decimal] = {}
    for top in rubric.indicators:
        part = _part(top) or top.name
        shares[part] = shares.get(part, Decimal(0)) + _share(top.weight, rubric.total)
    for _, expected in SELF_ASSESSMENT_WEIGHTS:
        if shares == {part: Decimal(value) for part, value in expected.items()}:
            return
    written = "、".join(f"{part}{_n(value)}%" for part, value in shares.items())
    yield Finding(
        "REG_WEIGHTS", WARNING, "",
        f"一级指标权重为{written}；{ART_13}：原则上预算执行率10%、产出指标50%、效益指标30%、服务对象满意度指标10%"
        f"（{GUIDE_6}：设置成本指标的，成本20%、产出40%、效益20%、满意度10%；不设满意度指标的，效益指标相应调增10%）",
        "按规定设置权重；确属特殊情况需调整的，在评价报告中说明理由",
        {"article": ART_13, "weights": written},
    )


@check
def output_and_benefit_share(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    if not _is_four_part_frame(rubric) or not rubric.total:
        return
    parts = [top for top in rubric.indicators if any(word in top.name for word in ("产出", "效益", "效果"))]
    share = _share(sum((top.weight for top in parts), Decimal(0)), rubric.total)
    if share < 60:
        names = "、".join(f"{top.name}{_n(top.weight)}分" for top in parts) or "无产出、效益指标"
        yield Finding(
            "REG_OUTPUT_BENEFIT", WARNING, "",
            f"产出、效益指标权重合计{_n(share.quantize(Decimal('0.01')))}%（{names}）；{ART_14}：原则上产出、效益指标权重不低于60%",
            "提高产出、效益指标的分值；确需低于60%的，在评价报告中说明理由",
            {"article": ART_14, "share": _n(share)},
        )


@check
def grade_bands(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    bands = tuple((band.name, band.minimum * 100 / rubric.total if rubric.total else band.minimum) for band in rubric.grades)
    inclusive = all(band.inclusive for band in rubric.grades)
    if rubric.total == 100 and bands == STANDARD_BANDS and inclusive:
        return
    written = "、".join(f"{band.name}{'≥' if band.inclusive else '>'}{_n(band.minimum)}" if band.minimum else band.name for band in rubric.grades)
    yield Finding(
        "REG_GRADES", WARNING, "",
        f"总分{_n(rubric.total)}分，等级划分为{written}；{ART_18}：总分一般设置为100分，等级一般划分为四档："
        "90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差",
        "采用第十八条的总分与等级；采用其他划分的（如合同考核办法另有规定），在报告中写明依据",
        {"article": ART_18, "grades": written},
    )


def _tier_numbers(text: str) -> tuple[str, ...]:
    """The percentages of a three-tier sentence: ``100-80%（含）、80-60%（含）、60-0%`` → 100 80 80 60 60 0."""
    tail = text[text.find("档"):] if "档" in text else text
    return tuple(re.findall(r"(\d+(?:\.\d+)?)\s*%?", tail))[:6]


@lru_cache(maxsize=4096)
def _tier_wording(criteria: str) -> tuple[str, ...] | None:
    """The tier percentages of a three-tier 评分标准, or None where the criteria are not one; once per
    text (rubrics repeat their wordings)."""
    criteria = unicodedata.normalize("NFKC", criteria)  # full-width ％（）and digits
    if not _TIER_WORDING.search(criteria):
        return None
    return _tier_numbers(criteria)


def _chosen_tier(text: str) -> tuple[str, Decimal, Decimal] | None:
    for name, low, high in TIERS:  # 未达成 and 部分达成 before the 达成 they contain
        if name in text:
            return name, low, high
    return None


@check
def qualitative_tiers(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    for leaf in rubric.leaves():
        numbers = _tier_wording(leaf.criteria)
        if numbers is None:
            continue
        if len(numbers) == 6 and numbers != _STANDARD_TIERS:
            yield Finding(
                "REG_TIERS", WARNING, leaf.label,
                f"定性指标三档的分值区间写为{numbers[0]}%-{numbers[1]}%、{numbers[2]}%-{numbers[3]}%、{numbers[4]}%-{numbers[5]}%；"
                f"{ART_16}：分别按照100%-80%（含）、80%-60%（含）、60%-0%合理确定分值",
                "按第十六条的区间改写评分标准", {"article": ART_16, "intervals": "、".join(numbers)},
            )
        chosen = _chosen_tier(leaf.reason)
        node = sheet.nodes.get(leaf.code)
        score = node.value if node else None
        if chosen is None or score is None or not leaf.weight:
            continue
        name, low, high = chosen
        rate = score / leaf.weight
        inside = low <= rate <= high if name == "达成" else low <= rate < high
        if not inside:
            interval = f"{_pct(low)}-{_pct(high)}" + ("（含）" if name == "达成" else "")
            yield Finding(
                "REG_TIERS", WARNING, leaf.label,
                f"理由写为“{name}”，得分{_n(score)}分为分值的{_pct(rate)}，不在该档区间{interval}内（{ART_16}）",
                f"在该档区间内确定分值（{_n(leaf.weight * low)}-{_n(leaf.weight * high)}分），或更正所选档次",
                {"article": ART_16, "tier": name, "rate": _pct(rate)},
            )


def _threshold() -> Decimal:
    try:
        return as_number(os.environ.get("PINGFEN_OVER_COMPLETION", ""), where="PINGFEN_OVER_COMPLETION")
    except QuantityError:
        return OVER_COMPLETION


def _ratios(leaf: Indicator) -> Iterator[tuple[str, Decimal, Callable[[], str]]]:
    """(where, 完成值/指标值, how) for each actual/target pair of a leaf's data that is a 正向 target;
    ``how()`` writes the division out (only for the few pairs reported)."""
    data = leaf.data
    if "actual" in data and "target" in data and not str(data["target"]).lstrip().startswith(("≤", "<", "＜", "不高于", "不超过")):
        pair = {"actual": data["actual"], "target": data["target"]}
        try:
            ratio, _ = measured_rate(pair, "完成率", explain=False)
        except InputError:
            return
        yield "", ratio, lambda: measured_rate(pair, "完成率")[1]
    items = data.get("items")
    if isinstance(items, dict) and isinstance(items.get("rows"), dict):
        columns = list(items.get("columns") or [""])
        targets = list(items.get("targets") or [])
        for row, actuals in items["rows"].items():
            for index, actual in enumerate(actuals if isinstance(actuals, list) else [actuals]):
                if index >= len(targets):
                    continue
                try:
                    value, target = as_number(actual, where=""), as_number(targets[index], where="")
                except QuantityError:
                    continue
                if target > 0:
                    column = f"（{columns[index]}）" if index < len(columns) and columns[index] else ""
                    yield f"{row}{column}", value / target, lambda value=value, target=target: f"{_n(value)}/{_n(target)}"


@check
def over_completion(rubric: Rubric, sheet: ScoreSheet) -> Iterator[Finding]:
    threshold = _threshold()
    # 第十六条 governs 单位自评; in other evaluations the same question is a hint to the evaluator
    severity = WARNING if is_self_assessment(rubric) else INFO
    for leaf in rubric.leaves():
        # beyond a million times the target the data are absurd, which DATA_MAGNITUDE reports instead
        high = [(where, ratio, how()) for where, ratio, how in _ratios(leaf) if threshold <= ratio < Decimal("1e6")]
        if not high:
            continue
        explained = f"（已说明原因：{leaf.reason}）" if leaf.reason else ""
        listed = "；".join(f"{where + '：' if where else ''}{how}，为指标值的{_n(ratio.quantize(Decimal('0.01')))}倍" for where, ratio, how in high[:5])
        more = f"等{len(high)}处" if len(high) > 5 else ""
        yield Finding(
            "REG_OVER_COMPLETION", INFO if leaf.reason else severity, leaf.label,
            f"完成值高于指标值较多（{listed}{more}，达{_n(threshold)}倍及以上）；{ART_16}：对完成值高于指标值较多的，要分析原因，"
            f"如果是由于年初指标值设定明显偏低造成的，要按照偏离度适度调减分值{explained}",
            "在理由中说明超额完成的原因；属指标值设定偏低的，按偏离度调减分值",
            {"article": ART_16, "ratio": _n(max(ratio for _, ratio, _ in high))},
        )

