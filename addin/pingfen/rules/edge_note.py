"""A note saying which band a value exactly on a bound belongs to: ``通过率≥90%得4分；80%-90%得2分；80%以下不得分。（注：
恰为90%的按上一档计，恰为80%的按中间档计）`` / ``…超过±6%不得分（偏差恰为3%或6%的，按较高一档计分）``.

The bands are read without the note, and the note is then a check on that reading, never a second source of scores: at
each value it names, the band the reading puts it in must be the band the note names — the one listed before (上一档)
or after (下一档) among the two meeting at that value, the one worth more (较高一档 / 高档) or less (较低一档 / 低档), or
the middle one of three (中间档). Where they agree the note said what the bands already say, and the rule is read as
they read; where they differ, or the note names a band that cannot be told (中间档 of four, a value no two bands meet
at), it is refused naming the note — the bounds would have to be read again from the note, which is no guess to make.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .errors import RuleError

_VALUE = r"\d+(?:\.\d+)?%?"
_BAND = r"(?P<band>上一档|上一级|下一档|下一级|中间档|中间一档|较高一?档|高一?档|较低一?档|低一?档)"
# 恰为90%的按上一档计 / 偏差恰为3%或6%的，按较高一档计分 / 恰好等于80%的按中间档计: one or two values, then the band
_ONE_NOTE = lazy_compile(rf"(?:[\u4e00-\u9fff]{{0,6}}?)(?:恰为|恰好为|恰好等于|正好为|等于)(?P<values>{_VALUE}(?:[或、和]{_VALUE})?)的?[,，]?"
                         rf"(?:按|计入|归入|列入|计为){_BAND}(?:计分|计算|计|得分|评分)?")
# the notes, with their brackets (either width) or the full stop before them, as the text's last words
_NOTES = lazy_compile(rf"(?:[(（](?:注[:：])?|[。;；]?注[:：]|[。;；])(?P<notes>(?:{_ONE_NOTE.pattern}[,，;；]?)+)[)）]?[。]?\s*$")


def split_edge_note(raw: str) -> tuple[str, list[tuple[Decimal, bool, str]], str] | None:
    """(the text without its note, [(value, in percent, band named)], the note as written); None where no such note
    closes the text."""
    found = _NOTES.search(raw)
    if found is None:
        return None
    said: list[tuple[Decimal, bool, str]] = []
    for one in _ONE_NOTE.finditer(found.group("notes")):
        for value in one.group("values").replace("、", "或").replace("和", "或").split("或"):
            percent = value.endswith("%")
            said.append((Decimal(value.rstrip("%")) / (100 if percent else 1), percent, one.group("band")))
    rest = raw[: found.start()].rstrip()
    return (rest if rest.endswith(("。", ";", "；")) else rest + "。"), said, found.group().strip("。;；()（） ")


def read_with_edge_note(raw: str, parse) -> object | None:  # type: ignore[no-untyped-def]
    """The rule of ``raw`` read without its closing edge note, where the note agrees with the reading at every value it
    names; None where there is no such note; RuleError naming the note where it disagrees or cannot be checked."""
    split = split_edge_note(raw)
    if split is None:
        return None
    rest, said, note = split
    try:
        rule = parse(rest)
    except RuleError as unread:  # (the bands' own refusal, quoting the text as written)
        raise RuleError(raw, unread.fragment, unread.reason) from None
    scorer = rule.scorer
    cases = getattr(scorer, "cases", None)
    if type(scorer).__name__ != "Piecewise" or not cases or getattr(scorer, "unit", None) is None:
        raise RuleError(raw, note, "注明了分界值归哪一档，但这条评分标准不是按区间分档计分，无法核对；请删去注释或改写为分档")
    for value, percent, band in said:
        if percent != (scorer.unit == "%"):
            raise RuleError(raw, note, "注释中的数值与分档的单位不同，无法确定指哪个分界值")
        problem = _band_disagrees(scorer, value, band)
        if problem:
            raise RuleError(raw, note, problem)
    return replace(rule, text=raw)


def _holds(interval, value: Decimal) -> bool:  # type: ignore[no-untyped-def]
    from .piecewise import holds

    return holds(replace(interval, magnitude=False), value) if interval.magnitude else holds(interval, value)


def _band_disagrees(scorer, value: Decimal, band: str) -> str:  # type: ignore[no-untyped-def]
    """Why the note's band at ``value`` is not the reading's (empty where it is)."""
    from .piecewise import Award

    bands = [(interval, outcome) for interval, outcome in scorer.cases]
    shown = f"{general_text(value * 100)}%" if scorer.unit == "%" else general_text(value)
    meeting = [index for index, (interval, _) in enumerate(bands) if value in (interval.low, interval.high)]
    holding = [index for index, (interval, _) in enumerate(bands) if _holds(interval, value)]
    if len(meeting) != 2 or not holding or any(not isinstance(outcome, Award) for _, outcome in bands):
        return f"注释说恰为{shown}按{band}计，但分档中找不到在{shown}相接的两档，无法核对"
    earlier, later = meeting
    if band.startswith(("上一", "下一")):
        named = earlier if band.startswith("上") else later
    elif band.startswith("中间"):
        if len(bands) != 3:
            return f"注释说恰为{shown}按中间档计，但分档不是三档，中间档是哪一档无法确定"
        named = 1
    else:
        points = {index: bands[index][1].points for index in meeting}
        if points[earlier] == points[later]:
            return ""
        higher = max(meeting, key=lambda index: points[index])
        named = higher if band.startswith(("较高", "高")) else min(meeting, key=lambda index: points[index])
    if named not in meeting:
        return f"注释说恰为{shown}按{band}计，但{band}并不在{shown}处与其他档相接，无法核对"
    if holding[0] != named:
        return (f"注释说恰为{shown}按{band}计，与分档的写法（{shown}归入另一档）不一致；请用≥、＞、≤、＜逐档写明各档的界限")
    return ""
