"""How a table cell or a page copy lays a rule out, read before the spaces go: spaces and glued words that are the only
separators a cell has, and the 分值 column run into the criterion.

- A space before a clause opener is a clause boundary: ``足额储备的得满分 否则 不得分`` is ``…得满分,否则不得分`` (never
  ``得满分否则不得分``, a bare 满分 with its condition lost). The openers: 否则 / 反之 / 其余 / 其他 / 其它 / 未 / 没有 /
  无 / 每 / 扣 / 得 / 不得分. A space after a word that takes what follows (不 得分, 每 差异, 扣 0.5分, 以 政府…) or
  inside a number is no boundary.
- 否则 and 反之 open a clause wherever they stand: ``…得满分否则不得分`` is ``…得满分,否则不得分``.
- A list numbered with spaces only: ``1 没有明确…职责 扣1分 2 工作计划…扣1分`` is ``1、…;2、…`` — only when the numbers
  count up from 1, each spaced off on both sides before words (never a count: ``缺 1 次``).
- The 分值 column run in between the item's short title and its criterion (``签到4上班不签到…扣0.2分``,
  ``上下班16以政府签到册为准…``) or spaced off between the requirement and the criterion (``…经营许可证 6 证照缺一项…扣6分``)
  is the item's points, written as the reader knows a heading's: ``签到(4分)上班…``. Only when no condition can own
  the number: no unit after it (天, 个, %, 分 …), no 以上/以下/以内 after it, nothing before it that takes a number
  (达到, 不低于, 超过, 每, 扣, a rate or a count's name: 完成率95 is a level with its % lost). The heading reader then
  takes it for the 分值 only when the criterion scores exactly that much (or deducts from it); else it is refused
  naming the heading — never dropped. The same with its unit, spaced off after the requirement's sentence
  (``…会议; 2 分组织…不少于4次,每少1次扣0.5分`` is ``…会议(2分)。组织…``), never a word of 分 (分钟, 分别, 分类 …).

A number glued after the last points (``…每处扣5分20``) is left as it is: without a space or a cell mark nothing sets it
off from the deduction (tests/data/refusals.yaml keeps ``地面有垃圾每处扣2分10`` refused).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_SPACE = r"[ \t\u3000\u00a0]"
# the words a space before them opens a clause with (得 not in 得分=…, a formula's own word)
_OPENER = r"(?:否则|反之|其余|其他|其它|没有|未|无|每|扣|得(?!分\s*[=:])|不得分)"
# a word that takes what follows it: a space after it is no boundary (不 得分 / 每 差异 / 扣 1分 / 按 比例 …)
_TAKES_NEXT = "不未没无每扣得计记加减按以在于为对与和及或且并但则从向至到达比占是有应须被把将由取获值懂使尚毫"
_BOUNDARY = lazy_compile(rf"(?<=[\u4e00-\u9fff%)）》”])(?<![{_TAKES_NEXT}]){_SPACE}+(?={_OPENER})")
# 否则 / 反之 glued to the clause before (not 是否 / 能否 / 可否 / 与否 + 则)
_GLUED_OTHERWISE = lazy_compile(r"(?<=[\u4e00-\u9fff%)）》”\d])(?<![是能可与否])[ \t\u3000\n]*(否则|反之)")

# 1 没有… / 2 工作计划…: a number spaced off on both sides before words (not a count: 1 次, 2 个 …)
_MEASURES = "个项次分人家条名份场支处月天年件户篇节期元%例宗笔批所座台套周本册只头株棵辆艘栋间张层盏届轮根亩万亿千百倍级类种起"
_SPACED_NUMBER = lazy_compile(rf"(?:^|(?<={_SPACE}))(\d{{1,2}}){_SPACE}+(?=[\u4e00-\u9fff])(?![{_MEASURES}]|以[上下内])")

# what may own a number written after it: a verb or a comparison taking it, or a measured name (完成率95 lost its %)
_OWNS_NUMBER = lazy_compile(r"(?:[达至于过为是有满第共计记扣得每近前约缺少多减加超低高占比率度数量值额例]|(?:达|提高|增加|增长|降|降低|下降|"
                            r"减少|上升|做|完成|控制|保持)到|不足|以上|以下)$")  # (签到4: a title, 到 no verb of a level)
_SCORING = lazy_compile(r"得|扣|计分|记分|计\d|记\d|给分|加分|减分|满分|不计|分值|否则")
# a title is a name: no negation, no count or event verb (全年未发生1起… / 每发现1起…: the number is the count's)
_NO_TITLE = lazy_compile(r"[每未没无不非否缺少多超低高满足共约近前第]|发生|发现|出现|存在|查出|查处|完成|实现|增长|提高|降低|下降|减少|增加")
# what may follow a number that is a count or a measure (学时, 公里, 小时 …) or a bound (以上, 至, 或 …), and the score
# verbs a bare level takes (资金到位100得满分: a level with its % lost, never the 分值)
_UNIT_STARTS = "学课小公千米吨克顷平立岁度号级星遍趟回位对双把顿首部门科楼片块段道幅讲季旬日时秒村镇乡街校园站"
# and a step or a comparison right after it (宣传10每少1次扣1分: 10 may be the count of 次 with its unit lost; 每发现1处 counts
# findings, which no number before them is a level of)
_NOT_AFTER_POINTS = (rf"(?![{_MEASURES}{_UNIT_STARTS}]|以[上下内]|及以|或|至|的|者|倍|"
                     r"得|计|记|给|扣|加|减|不得|不计|满分|分|每(?:少|缺|差|低|降|下降|减少|超|多|高|增|提高|增加|不足|欠)|少|多|不足|不够|超|低|高|达|满|为)")
# 签到4上班… / 上下班16以政府…: the cell's title (words only), the 分值, the criterion
_TITLE_POINTS = lazy_compile(rf"^([\u4e00-\u9fff]{{2,8}})(\d{{1,3}}(?:\.\d)?)(?=[\u4e00-\u9fff]){_NOT_AFTER_POINTS}")
# 持有有效的…许可证 6 证照缺一项…: the requirement, the 分值 spaced off, the criterion
_SPACED_POINTS = lazy_compile(
    rf"(?<=[\u4e00-\u9fff]){_SPACE}+(\d{{1,3}}(?:\.\d)?){_SPACE}+(?=[\u4e00-\u9fff]){_NOT_AFTER_POINTS}")

# 3 标牌、指示牌…: the row's 序号 opening the cell, spaced off before words (never a count: 3 个…, 2 名…)
_ROW_NUMBER = lazy_compile(rf"^{_SPACE}*\d{{1,3}}{_SPACE}+(?=[\u4e00-\u9fff])(?![{_MEASURES}{_UNIT_STARTS}]|以[上下内])")


# …会议; 2 分组织…不少于4次,每少1次扣0.5分: the 分值 with its unit, spaced off after the requirement's sentence, before
# the criterion (never a word of 分: 分钟, 分别, 分类, 分组 …; 组织 is a word of its own)
_SPLICED_UNIT_POINTS = lazy_compile(
    r"(?<=[\u4e00-\u9fff)])[;。][ \t\u3000]+(\d{1,3}(?:\.\d)?)分[ \t\u3000]*"
    r"(?:(?=组织)|(?=[\u4e00-\u9fff])(?!钟|别|类|组|析|配|解|管|期|批|档|值|数|项|布|局|公|院|会|中|部|为|成|包|享|担|摊|散|开|离|子|母|之"
    r"|段|级|片|队|站|社|所|处|区|支|厂|店|行|校|册|表|以|及|的|或|至|得|扣|计|记))")


def _spliced_unit_points(text: str) -> str:
    """…会议; 2 分组织… → …会议(2分)。组织…: the one such 分值, the requirement before it taken for the heading (which the
    heading reader then holds to what the criterion scores)."""
    found = list(_SPLICED_UNIT_POINTS.finditer(text))
    if len(found) != 1 or not _SCORING.search(text, found[0].end()):
        return text
    return f"{text[:found[0].start()]}({found[0].group(1)}分)。{text[found[0].end():]}"


def _numbered_list(text: str) -> str:
    """1 … 2 … 3 …: the numbers counting up from 1 at the start of the text become list marks 1、 2、 3、."""
    found = list(_SPACED_NUMBER.finditer(text))
    marks, expected = [], 1
    for match in found:
        if int(match.group(1)) == expected:
            marks.append(match)
            expected += 1
    if len(marks) < 2 or marks[0].start() != len(text) - len(text.lstrip()):
        return text
    for match in reversed(marks):
        text = text[:match.start()] + match.group(1) + "、" + text[match.end():]
    return text


def _counted_after(text: str, end: int) -> bool:
    """The word right after the number is a count's unit: the same character stands after another number in the text
    (抽查5村每少1村扣1分), or it is a word alone before a mark (覆盖5镇,未覆盖的…)."""
    after = text[end:end + 2]
    return bool(re.search(rf"\d{re.escape(after[:1])}", text[end:])) or len(after) < 2 or not "\u4e00" <= after[1] <= "\u9fff"


def _title_points(text: str) -> str:
    """签到4上班… → 签到(4分)上班…, when nothing in the title can own the number and the rest scores."""
    found = _TITLE_POINTS.match(text)
    if found is None or _OWNS_NUMBER.search(found.group(1)) or _SCORING.search(found.group(1)) or _NO_TITLE.search(found.group(1)):
        return text
    rest = text[found.end():]
    if not _SCORING.search(rest) or re.search(r"\(\d+(?:\.\d+)?分\)", text) or _counted_after(text, found.end()):
        return text
    return f"{found.group(1)}({found.group(2)}分){rest}"


def _spaced_points(text: str) -> str:
    """…许可证 6 证照缺一项…扣6分 → …许可证(6分)。证照缺一项…, the one such number, the requirement before it taking
    no number and not scoring, the criterion after it scoring. The row's 序号 spaced off before the requirement
    (``3 标牌、指示牌 洁净、无污迹 1 每发现一处扣0.1分``) is the table's, dropped with it."""
    found = list(_SPACED_POINTS.finditer(text))
    if len(found) != 1:
        return text
    before, after = text[:found[0].start()], text[found[0].end():]
    row = _ROW_NUMBER.match(before)
    if row is not None:
        before = before[row.end():]
    last = re.split(rf"{_SPACE}+", before)[-1]
    if len(last) < 4 or last.endswith(("分", "%")):
        return text  # 百分比 分 10 比倒赋分: words scattered by the copy, no requirement before the number
    if _OWNS_NUMBER.search(before) or _SCORING.search(before) or not _SCORING.search(after) or re.search(r"\d", before) \
            or _counted_after(text, found[0].end()):
        return text
    return f"{before}({found[0].group(1)}分)。{after}"


def cell_layout(text: str) -> str:
    """The separators and the 分值 column a cell's layout gives, made explicit before the spaces are dropped."""
    text = _numbered_list(text)
    text = _spliced_unit_points(_spaced_points(_title_points(text)))
    text = _BOUNDARY.sub(",", text)
    text = _GLUED_OTHERWISE.sub(r",\1", text)
    return text
