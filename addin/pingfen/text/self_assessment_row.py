"""A row of a 项目支出绩效自评表 copied whole into the 评分标准 cell: ``数量指标  培训人数  年度指标值：≥5000人次  实际完成值：____
\\n评分：实际完成值达到年度指标值得满分（10分）；未达到的，…``. The blank is the form's column for the value achieved —
what the evaluator enters, no part of the rule left unwritten — and the 年度指标值 is the target the rule's 指标值 names.
The row is the heading, the target's own sentence and the rule, as a 评分标准 cell writes them:
``城镇新增就业人数(6分):年度指标值≥3500人。完成指标值得满分;未完成的,得分=实际完成值/指标值×6。`` — a ceiling
(``≤30日``) or a step of the target's own share (``每低于指标值1%``) the target with its rule in brackets after the
name instead (``培训人数≥5000人次(实际完成值达到年度指标值得满分(10分);…)``), the form the reader reads those in.

The same row copied with each column's label (``三级指标：专利授权数量 | 指标值：≥20件 | 实际完成值： | 分值：3 | 评分标准：…``,
the columns apart by spaces or bars) is that row too: its 分值 column is the indicator's points, as a heading's
``专利授权数量(3分)`` says them, and a target written ``=320户`` is the count to reach (the rule says what falling short
costs). An empty 实际完成值 column is blank only when the next column's label follows it.

A row whose 指标值 column is left blank (``优抚对象覆盖人数  指标值：  实际完成值：  分值：10分  评分：实际完成值/指标值×10``) is
its heading and rule alone: the target is the evaluator's to enter, as the value achieved is (the reading asks for it).

Only the whole row: the indicator's kind (数量指标 …) or its levels' labelled columns (一级指标:产出指标 二级指标:数量指标
三级指标:) at most, the name at most (``年度指标值：≥98%  实际完成值：…`` has none: 年度 labels the target), the 年度指标值
(its colon, or its sign right after it: 指标值=100%), a blank 实际完成值 (完成值 / 实际值) in that order — or, the target
signed and its cell ended by a column gap, no such column — then the 分值 at most, before the rule. Any other blank
(扣____分, 目标值为____%) stays, for the reader to refuse as an unfilled template.

The row's cells may also stand apart by 。 ; or line breaks, with no name before the 年度指标值 (``年度指标值：≥98%\n实际完成值：
____\n评分规则：…``), the blank carrying the target's unit (``实际完成值：____场``) or the value the evaluator pasted there
(``实际完成值：1520公里``). Either way the 实际完成值 cell holds what the evaluator enters, not the rule — the score is the
rule's for whatever value is entered, the pasted one a case of it — so the cell is dropped and the 年度指标值 cell left as
the target stated (年度指标值≥98%, the colon no clause's end). Only a value or blank in the target's own unit (1520公里 after
≥1500公里, ____万件 after ≥3.5万件): another unit would measure something else.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .labelled_cells import INDICATOR_KINDS, labelled_cells
from .lazy_regex import lazy_compile

_COLUMN_GAP = r"[ \t|]*"
_GAP = r"[ \t]*\|[ \t]*|[ \t]+"  # a column gap that is there: a bar, a tab or spaces


def _label(word: str) -> str:
    """A column's label, a line break or space allowed inside it (分\n值: a cell's text wrapped where the page broke it)."""
    return r"\s*".join(word)


# 得分：完成36个及以上得4分…: the form's 得分 column holding the rule (its colon; never 得分=…, a formula)
_RULE_CELL = r"得分\s*:(?!\s*_)"
# 分值:5 / 权重:10: the column of the indicator's points, some forms heading it 权重 (a bare number of points, never 权重:10%)
_POINTS_LABEL = rf"(?:{_label('分值')}|{_label('权重')}(?=\s*:?\s*\d+(?:\.\d+)?(?![\d.%])))"

_ROW = lazy_compile(
    rf"^\s*(?:{INDICATOR_KINDS}\s*(?:-{{1,2}}|—{{1,2}}|:)?"
    # 一级指标:产出指标 二级指标:数量指标 三级指标:…: the levels above the indicator, each its own labelled column
    rf"|(?:[一二]级指标\s*:[^:\n_|]{{1,20}}?(?:{_GAP}))*[一二三]级指标\s*:)?[\s|]*"
    # the name, if the row has one before its target (年度指标值:≥98% with none: 年度 is the target's label, no name); the
    # target's label its colon, or the target's sign right after it (指标值=100% / 年度指标值≤2%)
    rf"(?:(?P<name>(?!(?:年度)?{_label('指标值')})[^:\n_|]{{2,30}}?){_COLUMN_GAP})?"
    rf"(?:(?:年度)?{_label('指标值')}\s*:|(?:^|(?<=[ \t|]))(?:年度)?指标值(?=[=≥≤]))\s*"
    # (指标值:|实际完成值:|…: the target's column left blank between bars, nothing in it)
    rf"(?P<target>(?P<sign>[=≥≤])?(?:(?!实际|完成值)[^:\n_|\t]){{1,30}}?|(?=[ \t]*\|)){_COLUMN_GAP}"
    # the 实际完成值 column (完成值 / 实际值 its shorter labels, its colon at most) and its blank: underscores ending their
    # line, or underscores or nothing before the next column's label — or the words saying how the value entered is
    # taken (以实际拨付天数计: once joined to 分值2分 after it, 计分值 read as full marks); a row without that column has its
    # 分值 column next, the target's sign said and its cell ended by a column gap (not 指标值≥40%,分值3分 in a sentence)
    rf"(?:(?:{_label('实际完成值')}|{_label('完成值')}|{_label('实际值')})\s*:?"
    rf"(?:{_COLUMN_GAP}_{{2,}}\s*\n|{_COLUMN_GAP}(?:_{{2,}}|以[^:\n_|\d]{{1,16}}?计)?{_COLUMN_GAP}(?={_POINTS_LABEL}|{_label('评分')}|{_RULE_CELL}))"
    rf"|(?(sign)(?<=[ \t|])|(?!))(?={_POINTS_LABEL}))"
    rf"(?:{_POINTS_LABEL}\s*:?\s*(?P<points>\d+(?:\.\d+)?)(?![\d.%])分?{_COLUMN_GAP})?"
    rf"\s*(?:{_label('评分')}(?:标准|方法|规则)?\s*:|{_RULE_CELL})?\s*(?P<rule>[^\n_]+?)\s*$"
)

# 控制在指标值内得满分 / 实现指标值得满分 / 实际完成值达到年度指标值的得3分: the ceiling met, in words
_CEILING_MET = lazy_compile(r"(?:实际完成值|实际值|完成值)?(?:达到|实现|控制在|未超过|不超过|不高于)(?:年度)?指标值(?:以?内|要求)?的?(?=得|计|记)")
_TARGET_NAMED = lazy_compile(r"指标值|目标|计划|任务")
_ALL_OF_TARGET = lazy_compile(r"^(?:全部|全面)完成(?=的?(?:得|计|记))")
_STEP_OF_TARGET = lazy_compile(r"每低于(?:年度)?指标值\d")


# 年度指标值:≥98%\n实际完成值:____ / 年度指标值:≤15天;实际完成值:__天。 / 指标值:≥1500公里;实际完成值:1520公里; — the two cells
# next to each other, each ended by a cell's end (a line, ; 。 or |)
_CELLS_APART = r"[ \t]*[;。|\n][ \t]*"
_TARGET_THEN_ACTUAL = lazy_compile(
    rf"(?P<label>(?:年度)?{_label('指标值')})\s*:\s*(?P<target>[^:\n_|;。]{{0,20}}?[≥≤=]?\d+(?:\.\d+)?(?P<unit>%|[^\W\d_]{{0,4}}?))"
    rf"{_CELLS_APART}{_label('实际完成值')}\s*:\s*(?:_{{2,}}(?P<blank_unit>%|[^\W\d_]{{0,4}}?)|\d+(?:\.\d+)?(?P<value_unit>%|[^\W\d_]{{0,4}}?)"
    r"|(?P<spaces>(?<=[ :])))"  # (实际完成值:　　; — the cell left blank with spaces, no underscores)
    rf"(?=[ \t]*[;。|\n])"
)


def _actual_cell_dropped(text: str) -> str:
    """年度指标值:≥98%\n实际完成值:____\n评分规则:… → 年度指标值≥98%\n评分规则:…: the entered value's cell dropped, in the
    target's unit only."""
    cells = _TARGET_THEN_ACTUAL.search(text)
    if cells is None:
        return text
    entered = "" if cells.group("spaces") is not None else \
        cells.group("blank_unit") if cells.group("blank_unit") is not None else cells.group("value_unit")
    if entered not in ("", cells.group("unit")) or (entered == "" and cells.group("value_unit") is not None and cells.group("unit")):
        return text  # (≥1500公里 beside 1520: a bare number, or another unit, is no value of this target)
    target = cells.group("target")
    colon = "" if target[0] in "≥≤=" or target[0].isdigit() else ":"  # (年度指标值:新建污水管网≥25公里: a name follows)
    rest = text[cells.end():]
    if rest.lstrip(" \t")[:1] == "\n":  # (the line the blank ended: the target's sentence ends there, as its own line did)
        rest = "。" + rest.lstrip(" \t")[1:]
    return f"{text[:cells.start()]}{cells.group('label')}{colon}{target}{rest}"


# 产出质量:特种设备检验合格率 | 年度指标值 ≥99% | 实际完成值 99.4% | 分值 3 | 达到指标值得3分… / 次均服务成本　≤120元/人次　实际
# 144元/人次　分值3　实际值不高于指标值得满分…: the row's cells apart by column gaps (a tab, a bar, spaces), their labels with no
# colon, the 实际完成值 cell (or 实际 / 实际完成) holding the value pasted there right after the target's cell
_TARGET_THEN_PASTED = lazy_compile(
    rf"(?P<target>(?:^|(?<=[ \t|]))(?:(?:年度)?{_label('指标值')}:?[ \t]*)?[≥≤=]\d+(?:\.\d+)?(?P<unit>%|[^\W\d_]{{1,4}}(?:/[^\W\d_]{{1,3}})?))"
    rf"(?P<gap>{_GAP})实际(?:完成值?|值)?:?[ \t]*\d+(?:\.\d+)?(?P<value_unit>%|[^\W\d_]{{1,4}}(?:/[^\W\d_]{{1,3}})?)(?={_GAP})")
# 分值 3 | / 分值5\t / …|分值5: the 分值 cell's number, its 分 left to the column's label (a number ending its cell); not
# 分值:10 (a labelled column, which the row readers above and the heading readers take as it is)
_BARE_POINTS = lazy_compile(rf"((?:^|(?<=[ \t|])){_label('分值')}[ \t]*\d+(?:\.\d+)?)(?=(?:{_GAP})|$)")


def _pasted_cell_dropped(text: str) -> str:
    """``≥99% | 实际完成值 99.4% | 分值 3`` → ``≥99% | 分值3分``: the value pasted in the 实际完成值 cell dropped (in the target's
    unit only, as _actual_cell_dropped), and the 分值 cell's bare number its points."""
    cells = _TARGET_THEN_PASTED.search(text)
    if cells is not None and cells.group("value_unit") == cells.group("unit"):
        text = text[:cells.end("gap")] + text[cells.end():].lstrip(" \t|")
    return _BARE_POINTS.sub(lambda found: re.sub(r"[ \t]", "", found.group(1)) + "分", text)


# 产出指标\t数量指标\t校舍维修改造面积\t≥12000平方米\t分值4\t完成值/指标值×分值… / 指标名称 受益脱贫人口数  指标值 ≥1200人  实际完成值
# 分值 5分  评分标准:…: the row's cells apart by tabs or spaces (an ideographic space is one), a cell's label at most a word
# before its value
_CELL_GAP = lazy_compile(_GAP)
_LABEL_CELL = lazy_compile(r"(?:指标名称|[一二三]级指标|(?:年度)?指标值|分值|评分标准|评分方法|评分规则|评分):?$")
_KIND_CELL = lazy_compile(r"(?:[一二]级指标:[\u4e00-\u9fff]{1,8}|(?:产出|效益|成本|满意度|数量|质量|时效|经济效益|社会效益|生态效益"
                          r"|经济成本|社会成本|生态环境成本|可持续影响|服务对象满意度)(?:指标)?)$")
_NAME_CELL = lazy_compile(r"(?:(?:三级指标|指标名称):?)?(?P<name>[^\d≥≤=<>:][^:]{1,29})$")
_TARGET_CELL = lazy_compile(r"(?:(?:年度)?指标值:?)?(?P<target>[≥≤=]?\d+(?:\.\d+)?(?:%|‰|[^\W\d_]{1,4}(?:/[^\W\d_]{1,3})?)?)$")
# 2024年6月30日前: a 时效指标's target, the day its work is due — or the time named in words with that day in brackets
# (汛前(2024年5月31日前) / 开学前(2024年8月31日前): the day is what the words mean)
_DATE_TARGET_CELL = lazy_compile(r"(?:(?:年度)?指标值:?)?(?P<word>[\u4e00-\u9fff]{1,4}前\()?"
                                 r"(?P<target>(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日|底|末)?(?:前|之前|以前))(?(word)\))$")
# (实际:___ — the column's shortest label, its colon or its blank after it)
_ACTUAL_CELL = lazy_compile(r"(?:实际完成值|完成值|实际值|实际(?=[:_])):?_*$")
_POINTS_CELL = lazy_compile(r"分值:?(?P<points>\d+(?:\.\d+)?)分?$")
_BARE_POINTS_CELL = lazy_compile(r"(?P<points>\d+(?:\.\d+)?)分?$")
_RULE_LABEL = lazy_compile(r"^评分(?:标准|方法|规则)?:")


def _cells(line: str) -> list[str]:
    """The line's cells, a label alone in its cell (指标值 ≥1200人) joined to the value after it."""
    cells: list[str] = []
    for cell in _CELL_GAP.split(line.strip()):
        if cells and _LABEL_CELL.match(cells[-1]):
            cells[-1] += cell
        else:
            cells.append(cell)
    return cells


# 按时到位得5分 / 按期完工的: the deed kept on time, two characters after the word for it
_ON_TIME_DEED = lazy_compile(r"(?:按时|按期|如期|准时)(?P<deed>[\u4e00-\u9fff]{2})")


def _target_cell(cell: str) -> re.Match[str] | None:
    """≥12000平方米 / 指标值 ≥1200人 / 2024年6月30日前: a target's cell, a quantity or the day the work is due."""
    return _TARGET_CELL.match(cell) or _DATE_TARGET_CELL.match(cell)


_AWARDED = lazy_compile(r"(?:得|计|记|给|扣)(\d+(?:\.\d+)?)分")
_FULL_MARKS = lazy_compile(r"满分|全分|全部分值|(?:该|本)(?:项|指标)分值")  # (the lexicon's FULL words, before it runs)


# ≥90% / ≤10个工作日 / 150公里: a target cell that says what it is (a bare 1 may be a number's digits spaced apart:
# …工程 1   20 公里得满分, never the target 1 and the 分值 20)
_SIGNED_OR_COUNTED = lazy_compile(r"[≥≤=]|.*\D$")


def _rule_worth(rule: str, points: str, doubtful: bool) -> bool:
    """Whether the rule after an unlabelled number is worth that many points: it scores them (得5分), multiplies by them
    (…/指标值×3), or awards its 满分 and nothing above them (在时限内办结的得满分，…每超1个工作日扣0.5分) — the number is
    the 分值 column, not a value pasted in. Right after the blank 实际完成值 cell, or after a bare number as the target,
    满分 alone does not say which it is (培训人数 | ≥500人 | 实际完成值： | 4 | 完成指标值得满分…: the value entered there,
    4人, or the 分值?)."""
    number = re.escape(points)
    if re.search(rf"(?<![\d.]){number}分|×{number}(?![\d.%])", rule):
        return True
    return not doubtful and _FULL_MARKS.search(rule) is not None and all(Decimal(found) <= Decimal(points) for found in _AWARDED.findall(rule))


def _said_in_points(cell: str, target: str) -> bool:
    """≥95% | 完成值： | 5分 | 达到指标值的得满分…: the unlabelled cell says 分 itself — the 分值, no value entered in the blank's
    column (unless the target is itself in 分: ≥90分 | 实际完成值： | 92分, a score measured)."""
    return cell.endswith("分") and not target.endswith("分")


def _cells_row(text: str) -> tuple[str, str, str, str] | None:
    """The name, points, target and rule of a row whose cells stand apart by column gaps, in the form's order (the
    indicator's kinds, the name, the target, a blank 实际完成值 at most, the 分值, the rule — which may hold spaces of its
    own); None for any other line."""
    line, newline, after = text.partition("\n")
    cells = _cells(line)
    found = next(((index, target) for index, cell in enumerate(cells[:5]) if index and (target := _target_cell(cell))), None)
    if found is None or not all(_KIND_CELL.match(cell) for cell in cells[:found[0] - 1]):
        return None
    at, target = found
    named = _NAME_CELL.match(cells[at - 1])
    at += 1
    after_actual = at < len(cells) and _ACTUAL_CELL.match(cells[at]) is not None
    if after_actual:
        at += 1  # the 实际完成值 column left blank: what the evaluator enters
    points = _POINTS_CELL.match(cells[at]) if at < len(cells) else None
    if points is None and at + 1 < len(cells) and (bare := _BARE_POINTS_CELL.match(cells[at])) is not None \
            and _rule_worth(" ".join(cells[at + 1:]), bare.group("points"), (after_actual or not _SIGNED_OR_COUNTED.match(target.group("target")))
                            and not _said_in_points(cells[at], target.group("target"))):
        points = bare  # ≥95% | (blank) | 5 | 处置及时率≥95%得5分…: the 分值 column unlabelled, the rule's top points
    if named is None or points is None or at + 1 >= len(cells):
        return None  # (a value pasted in an unlabelled cell, or no rule after the 分值: no row this reader knows)
    rule = _RULE_LABEL.sub("", " ".join(cells[at + 1:]))
    return named.group("name"), points.group("points"), target.group("target"), rule + newline + after


# 年度指标值不高于2% / 年度指标值：不低于98%: the target's sign in words, the column's value as ≤2% / ≥98% (once 不高于2% was
# no target of the row: 实际值≤指标值得3分 compared 2.5% with an entered target and scored 3 beside the steps from 2%)
_SIGN_IN_WORDS = lazy_compile(r"(?<=指标值)(:?[ \t]*)(不高于|不超过|不大于|小于等于|不低于|不少于|不小于|大于等于)(?=\d)")
_SIGN_OF = {"不高于": "≤", "不超过": "≤", "不大于": "≤", "小于等于": "≤", "不低于": "≥", "不少于": "≥", "不小于": "≥", "大于等于": "≥"}


# 产出指标/数量指标/新增限上商贸企业数/指标值≥15家/实际完成值/分值5/评分标准:…: the row's cells apart by slashes, up to the
# rule's label (the rule's own slashes, 完成值/指标值, kept); the cells name the 指标值 and 分值 columns
_SLASHED_CELLS = lazy_compile(rf"^(?P<cells>(?:[^/\n:]{{1,30}}/){{3,}})(?=(?:{_label('评分')}(?:标准|方法|规则)?|得分)\s*:)")
_SLASHED_LABELS = lazy_compile(r"(?:^|/)(?:年度)?指标值[^/]*/.*(?:分值|权重)")


def _slashes_as_bars(text: str) -> str:
    """The row's slashes as column bars, when the cells before the rule's label are the form's columns; else the text."""
    cells = _SLASHED_CELLS.match(text)
    if cells is None or not _SLASHED_LABELS.search(cells.group("cells")):
        return text
    return cells.group("cells").replace("/", "|") + text[cells.end():]


def self_assessment_row(text: str) -> str:
    signed = _SIGN_IN_WORDS.sub(lambda found: found.group(1) + _SIGN_OF[found.group(2)], text)
    barred = _slashes_as_bars(signed)
    # (the signs in words only in a row this reader knows: elsewhere 指标值不低于90% is a sentence the clause reader reads;
    # the slashes as bars only in a row read so — 指标值≤120元/人次/… keeps its unit's slash, its row no row once split)
    for candidate in dict.fromkeys((barred, signed, text)):
        row = _ROW.match(candidate)
        if row is not None:
            return _row_read(row.group("name") or "", row.group("points") or "", row.group("target"), row.group("rule"))
        cells = _cells_row(candidate) or labelled_cells(candidate, _target_cell, _NAME_CELL.match)
        if cells is not None:
            return _row_read(*cells)
    dropped = _actual_cell_dropped(text)
    return dropped if dropped != text else _pasted_cell_dropped(text)


def _row_read(name: str, points_said: str, target: str, rule: str) -> str:
    if points_said and name.endswith(f"({points_said}分)"):
        points_said = ""  # 森林火灾24小时扑灭率(4分) 指标值:≥95% 分值4分: the heading's own points, its 分值 column again
    points = f"({points_said}分)" if points_said else ""
    if _DATE_TARGET_CELL.fullmatch(target):
        # 补贴资金发放时间 | 2024年6月30日前 | 分值3 | 按时完成得满分，每延迟1个月扣1分: the due day printed, as 计划…前完成 says it
        # (…分值5 | 按时到位得5分: the deed the rule keeps on time is the one due that day — 计划…前到位)
        kept = _ON_TIME_DEED.search(rule)
        return f"{name}{points}:计划{target}{kept.group('deed') if kept else '完成'},{rule}"
    heading = f"{name}{points}:" if name or points else ""
    if not target.strip():
        # 优抚对象覆盖人数 指标值: 实际完成值: 分值:10分 评分:实际完成值/指标值×10: the 指标值 column left blank, the
        # target the rule names entered by the evaluator (the reading asks for it), the rule under the heading alone
        return f"{heading}{rule}"
    target = target.removeprefix("=")  # =320户: the count the column sets, reached or fallen short of
    # 全部完成得8分，每少完成1户…: all of the row's target done, as 完成得8分 says it (no list of points to be all of)
    rule = _ALL_OF_TARGET.sub("完成", rule)
    met = _CEILING_MET.search(rule) if target.startswith("≤") and "每" not in rule else None
    if met is not None:
        # ≤2000元/人 | 控制在指标值内得满分，超出不得分: the ceiling kept, said where the rule names it (≤2000元/人得满分)
        return f"{name}{points}:{rule[:met.start()]}{target}{rule[met.end():]}"
    if target.startswith("≤") or _STEP_OF_TARGET.search(rule):
        # a ceiling (≤30日: 达到指标值 is not above it) or a step of the target's own share (每低于指标值1%): read as the
        # target's rule in its bracket, 资金拨付时间(2分)≤30日(实际完成值达到年度指标值得满分;…)
        return f"{name}{points}{target}({rule})"
    # the heading (name and 分值), then the 年度指标值 column as the target's own sentence, then the rule:
    # 城镇新增就业人数(6分):年度指标值≥3500人。完成指标值得满分;未完成的,得分=实际完成值/指标值×6。 — a row with no name
    # (年度指标值:≥98% 实际完成值: 分值:3 …) its 分值 alone before it
    colon = "" if target[0] in "≥" or target[0].isdigit() else ":"  # (年度指标值:农村公路危桥改造15座: a name follows)
    if target.startswith("≥") and target[1:] in rule and not _TARGET_NAMED.search(rule):
        return f"{heading}{rule}"  # ≥90% | ≥90%得10分；80%≤满意度<90%得8分…: the rule's own bands, the target one of them
    return f"{heading}年度指标值{colon}{target}。{rule}"
