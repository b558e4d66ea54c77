"""The sentences of a report, in the register the published reports use (“绩效评价得分91分，绩效评定
等级为“优””). Only wording: every figure comes from ``ReportScores``."""

from __future__ import annotations

from decimal import Decimal

from ..rules.evaluate import general_text
from .scores import Line, ReportScores

CHINESE_ORDINALS = "一二三四五六七八九十"


def number(value: Decimal | None) -> str:
    return "—" if value is None else general_text(value)


def percent(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return general_text((value * 100).quantize(Decimal("0.01"))) + "%"


def ordinal(index: int) -> str:
    """0 → 一, 9 → 十, 10 → 十一 (section numbers of a report)."""
    if index < 10:
        return CHINESE_ORDINALS[index]
    tens, units = divmod(index + 1, 10)
    return ("" if tens == 1 else CHINESE_ORDINALS[tens - 1]) + "十" + (CHINESE_ORDINALS[units - 1] if units else "")


def conclusion(scores: ReportScores) -> list[str]:
    rubric = scores.rubric
    project = rubric.project or "本项目"
    year = f"{rubric.year}年度" if rubric.year and rubric.year not in project else ""
    missing = [line for line in scores.lines.values() if line.indicator.is_leaf and line.score is None]
    if scores.total is None:
        first = (
            f"{project}{year}绩效评价总分{number(rubric.total)}分，尚有{len(missing)}个指标数据未录全"
            f"（{'、'.join(line.indicator.label for line in missing[:5])}{'等' if len(missing) > 5 else ''}），暂无法得出评价得分和等级。"
        )
    else:
        first = (
            f"经评价，{project}{year}绩效评价总分{number(rubric.total)}分，"
            f"绩效评价得分{number(scores.total)}分，绩效评定等级为“{scores.grade}”。"
        )
    parts = []
    for top in rubric.indicators:
        line = scores.lines.get(top.code)
        if line is None or line.score is None:
            parts.append(f"{top.name}指标分值{number(top.weight)}分，得分待定")
        else:
            parts.append(f"{top.name}指标分值{number(top.weight)}分，得分{number(line.score)}分，得分率{percent(line.rate)}")
    second = "其中，" + "；".join(parts) + "。"
    return [first, second]


def lost_points(line: Line) -> str:
    indicator = line.indicator
    head = f"{indicator.code} {indicator.name}：分值{number(indicator.weight)}分，"
    if line.score is None:
        return head + "数据未录全，暂未计分。"
    return head + f"得分{number(line.score)}分，扣{number(line.lost)}分。"


def grade_bands(scores: ReportScores) -> str:
    bands = scores.rubric.grades
    return "，".join(
        f"{band.name}（{general_text(band.minimum)}分{'及以上' if band.inclusive else '以上，不含'}）" if band.minimum else f"{band.name}（其余）"
        for band in bands
    )
