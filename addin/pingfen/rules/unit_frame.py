"""Units assessed one by one, each by the same rule, their scores added or averaged: ``对各街道分别考核：网格事件按期办结率
≥95%的得1分，90%（含）-95%的得0.5分，低于90%的不得分。本项按4个街道合计`` / ``城乡公交运营服务质量按季度考核，季度准点率≥90%
的当季得5分，…；年度得分为四个季度得分的平均值`` / ``分乡镇考核，每个乡镇年度目标3000人次，达到目标的乡镇得满分（1分），未达到的
按完成比例计分。三个乡镇得分相加``.

The text is two things: the frame (which units, how many, the points of one, whether their scores are added or averaged)
and one unit's rule, which is an ordinary rule (bands, a threshold, a share of the target) read by the reader itself —
so everything it refuses for one value it refuses here. Each unit is a row of the items table (its value and target):

- a rate named by the rule (覆盖率≥95%…) is the unit's value itself (97 or 97% entered: 97%);
- completion (完成100%的 / 达到目标的 / 按完成比例) is the unit's value over its own target;
- an amount or a score (年服务人次不少于2000人次 / 月考核≥90分) is the unit's value;
- occurrences counted one by one (每县2分，…每发现1个火点扣1分，扣完该县分值为止) — their count is the unit's value, deducted
  from the unit's points (its rule's base, or the points the frame gives each).

A task said once for every unit (每个乡镇须完成8个村庄规划编制) is each unit's target, and 完成的 / 达到的 opening a
clause is that task reached (达到计划数的).

Added: one unit is worth the points its rule gives at most (or 每个乡镇1分 / 3个标段各占1分 written), the units' scores
summed up to the 分值; the frame must say so (…合计 / …得分相加 / 累计, or the units counted with the points of one). Averaged
(…的平均值 / 平均分 / 得分之和÷个数×3): the units' mean, times the number written. A level the text says nothing about
(MQI≥80, no rate named and no target: 80%?) is refused by the unit's own reading, not guessed here.
"""

from __future__ import annotations

import re
from dataclasses import field
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .errors import Unplaced
from .entered_rate import as_entered_rate
from .expr import Call, Expr, Fmt, Var, clamp, concat, div, minimum, mul, num, renamed, total
from .inputs import InputError, Shape
from .model import FULL, SCORE, ZERO, Context, Scorer
from .unit_shares import ITEM_TOTAL, unit_rows

# the units a table assesses one by one (longest first: 服务站 before 站), and the periods a year is assessed in
_UNITS = ("污水处理厂", "水源地", "项目区", "监测站", "服务站", "服务中心", "合同段", "卫生院", "行政村", "作业点", "乡镇", "街道", "社区", "站点", "中心",
          "标段", "合同", "片区", "机构", "路段", "灌区", "分馆", "基地", "学校", "项目", "河段", "线路", "城区", "园区", "点位",
          "县区", "企业", "林场", "村", "站", "所", "厂", "校", "县", "库")
# the measure word a unit is counted in where the text gives its points or target by that word alone (按3个承建企业分别考核，
# 每家2分 / (每家1000吨): the firms' — 家 counts no other unit)
_COUNTED_IN = {"家": ("企业", "机构", "卫生院", "服务中心"), "所": ("学校", "校", "所", "卫生院"), "座": ("污水处理厂", "厂", "库", "站"),
               "条": ("线路", "路段", "河段")}
_PERIODS = ("季度", "月")
_UNIT = "(?:" + "|".join(_UNITS + _PERIODS) + ")"
_NUM = r"\d+(?:\.\d+)?"
_HAN = r"[\u4e00-\u9fff“”]"
_MEASURE_WORD = r"(?:个|座|家|所|条)"

# 对各街道分别考核 / 各乡镇生态护林员到岗率分别计分 / 对5个乡镇分别考核 / 全市分3个片区分别考核 / 对各服务站按服务人次分别考核 /
# 按乡镇分别计分 / 分乡镇考核 / 城乡公交运营服务质量按季度考核
_APART = (
    # (the head greedy: the unit is the noun nearest 分别, 对各街道居家养老服务中心分别考核 assesses 中心)
    # (对3个帮扶村分别考核 / 按3所学校分别考核: the units counted, a word of their kind between the count and the unit)
    lazy_compile(rf"(?P<head>{_HAN}{{0,16}})(?:对|按)?(?:全[市县区])?(?:各|分|每个|每家)?(?:(?P<count>\d+)(?P<word>{_MEASURE_WORD})"
                 rf"{_HAN}{{0,4}}?)?(?P<unit>{_UNIT})(?:{_HAN}{{0,12}}?)(?:分别|逐个|逐一)(?:考核|计分|评分|考评|评价|计算|核查|打分)(?:{_HAN}{{0,6}})"),
    lazy_compile(rf"(?P<head>{_HAN}{{0,16}}?)分(?P<unit>{_UNIT})(?:考核|计分|评分)"),
    # (月度考核 / 季度考核: the period's own word, 按 or 度 with it)
    lazy_compile(rf"(?P<head>{_HAN}{{0,20}}?)(?:按(?P<unit>季度|月)|(?P<period>季度|月)度?)(?:考核|计分|评分)"),
)
# 每个乡镇1分 / 每片区2分 / 每个项目满分2分 / 3个标段各占1分 / 3个项目区各2分 / 每个基地1分
_PER = (
    # (各县区满分2分: each of them, as 每个县区 says)
    lazy_compile(rf"(?:每{_MEASURE_WORD}?(?P<unit>{_UNIT})|各(?P<each>{_UNIT})(?=满分|分值))(?:满分|分值)?(?:为|均为)?(?P<per>{_NUM})分"),
    lazy_compile(rf"(?P<count>\d+){_MEASURE_WORD}(?P<unit>{_UNIT})各占?(?P<per>{_NUM})分"),
    # 3所项目学校每校2分: the units counted, a word of their kind before them, then each one's points (每校 the unit again)
    lazy_compile(rf"(?P<count>\d+){_MEASURE_WORD}{_HAN}{{0,4}}?(?P<unit>{_UNIT})每{_MEASURE_WORD}?(?P<again>{_UNIT}|[\u4e00-\u9fff])?"
                 rf"(?:满分|分值)?(?:为)?(?P<per>{_NUM})分"),
    # 对A、B两个县分别考核，各3分 / 对3个水源地分别考核，每个2分: each of the units the frame assesses apart (read only after
    # them)
    lazy_compile(rf"(?:各(?:占|为)?|每个(?:满分|分值)?(?:为)?)(?P<per>{_NUM})分"),
)
# 抽查5家定点医药机构，每家1分 / 抽查3座水厂，每座满分2分: one unit's points given by the measure word alone, the unit the one
# counted in that measure word (a measure word no count says leaves the frame unread)
_PER_WORD = lazy_compile(rf"每(?P<word>{_MEASURE_WORD})(?:满分|分值)?(?:为)?(?P<per>{_NUM})分")
# 共4个实训基地 / 共5个社区 / 共3个站点 / 5个灌区 / 本项共3个标段 / 本年度共实施5个以工代赈项目
# (抽查5家定点医药机构: the units sampled, each then scored)
_COUNT = lazy_compile(rf"(?:(?:本项|该项)?(?:共|抽查)?|{_HAN}{{0,6}}?共(?:实施|建设|改造|开展|安排|涉及|有))(?P<count>\d+)(?P<word>{_MEASURE_WORD})"
                      rf"(?:{_HAN}{{0,4}}?)(?P<unit>{_UNIT})")
# 本项按4个街道合计 / 3个乡镇得分相加 / 3个站合计3分 / 全年12个月累计 / 各乡镇得分相加
_SUM = lazy_compile(rf"(?:本项)?(?:得分(?:=|为))?(?:按|全年)?(?:(?P<count>\d+)个|各)(?P<unit>{_UNIT})(?:得分)?(?:合计|相加|累计|之和)"
                    rf"(?:(?P<total>{_NUM})分)?")
# 年度得分为4个季度得分的平均值 / 本项得分为各合同得分的算术平均值 / 取各街道平均分为本项得分 / 最后取各社区平均分 /
# 本项得分=各乡镇得分之和÷乡镇个数×3
_AVERAGE = (
    lazy_compile(rf"(?:年度得分|本项得分|最后)?(?:为|取)?(?:(?P<count>\d+)个|各)(?P<unit>{_UNIT})(?:得分)?的?(?:算术)?"
                 rf"平均(?:值|分|数)?(?:为本项得分)?"),
    lazy_compile(rf"(?:本项)?得分=各(?P<unit>{_UNIT})得分之和÷(?P=unit)(?:个数|数)×(?P<times>{_NUM})"),
    # 本项得分=各机构计分之和/机构数×6 / 本项得分=各标段计分比例的平均值×10分: each unit's credit (计满分 1, 计一半 0.5),
    # their mean times the number written
    lazy_compile(rf"(?:本项)?得分=各(?P<unit>{_UNIT})(?:得分|计分)(?:比例)?(?:之和[÷/](?P=unit)(?:个数|数)|的?平均值)"
                 rf"×(?P<times>{_NUM})分?"),
    # 全年取平均分 / 全年得分为平均分: the periods' mean, the period said where they are assessed (月度考核)
    lazy_compile(r"全年(?:得分)?(?:取|为)(?:各月|各季度)?(?:得分的)?平均(?:分|值)"),
)
# 分值按乡镇个数平均分配 / 每个乡镇分值相同 / 乡镇分值平均分配 / 各乡镇权重相同: the 分值 shared equally by the units, each
# scored of its share — the units' mean of the 分值 (their shares added, 本项得分=各乡镇得分之和, are that mean too)
_EQUAL_SHARES = (
    lazy_compile(rf"(?:本项)?分值按(?P<unit>{_UNIT})(?:个数|数量|数)?平均分配"),
    lazy_compile(rf"(?:每个|各)?(?P<unit>{_UNIT})的?(?:分值|权重)(?:相同|相等|均等|平均分配)"),
)
# (共4条,4分): the units counted by their measure word alone, the unit named where each is scored (每条路段MQI≥80的得1分)
_BARE_COUNT = lazy_compile(rf"共(?P<count>\d+)(?P<word>{_MEASURE_WORD})")
_EACH_NAMED = lazy_compile(rf"每(?P<word>{_MEASURE_WORD})(?P<unit>{_UNIT})")
# 每个乡镇年度目标3000人次 / 每站年度目标3000人次 / 各灌区年度改造渠道10公里: each unit's target, said once for all
# (每个乡镇年度任务为完成8个行政村治理: the amount's words after it)
# (计划每片区改造10公里: the plan said before; (每镇200亩) / (每场4处) / (每家1000吨): the unit by its last character, or by the
# measure word it is counted in, when that is the unit assessed apart — checked where it is read)
# (每个乡镇须完成8个村庄规划编制: the work's words as long as a task's name is — _amount keeps the unit in front of them)
_TARGET_SAID = lazy_compile(rf"(?:计划|年度|目标|任务)?(?:每{_MEASURE_WORD}?|各)(?P<unit>{_UNIT}|[\u4e00-\u9fff]){_HAN}{{0,10}}?(?P<amount>{_NUM})(?!%)"
                            rf"(?P<words>[\u4e00-\u9fff]{{1,10}})")
# 城东、城西、城北3个片区分别考核 / 本项共东坝镇、西河乡、南山乡3个乡镇: the units named, then counted
# (对A、B两个县分别考核: names of letters as well)
# (按城关、河西、北坪3个司法所分别考核: the units' kind between their count and the unit, as where they are counted alone)
_NAMED = lazy_compile(rf"(?P<lead>(?:本项|该项)?(?:共|对|分|按)?)(?P<names>(?:[A-Za-z\u4e00-\u9fff]{{1,8}}、)+[A-Za-z\u4e00-\u9fff]{{1,8}}?)"
                      rf"(?=(?P<count>\d+){_MEASURE_WORD}{_HAN}{{0,4}}?{_UNIT})")
# 对A站、B站、C站分别考核: the units named, each name ending in the unit, no count — as many as are named
_NAMED_UNITS = lazy_compile(rf"(?P<lead>(?:本项|该项)?(?:共|对|分|按)?)(?P<names>(?:[A-Za-z\u4e00-\u9fff]{{0,8}}?{_UNIT}、)+"
                            rf"[A-Za-z\u4e00-\u9fff]{{0,8}}?{_UNIT})(?=分别|逐个|逐一)")
_SEPARATOR = lazy_compile(r"([,;:。()])")
# 分县（区）考核 / 各县（市、区）/ 按乡镇（街道）分别考核: one unit's name with its other name in brackets, whose bracket is
# no clause's
_COUNTIES = lazy_compile(r"县\((?:市、)?区\)|县\(市\)")
_OTHER_NAME = lazy_compile(r"(乡镇|街道)\((?:乡镇|街道)\)")
# 达到计划的得2分 / 达到计划(每库10个)的: where each unit's target is said as an amount, the plan reached is that amount
# (计划数, entered as the unit's target) — not 达到计划的80% (a share of it) nor 计划进度 / 计划数 (words of their own)
_PLAN_REACHED = lazy_compile(r"(?<=达到)计划(?=的(?!\d)|,|;|$)")
# 每个乡镇须完成8个村庄规划编制，完成的得2分: the task said for each unit, done (完成的 / 达到的, bare, opening a clause) —
# its amount reached, as 达到计划数的 says (not 未完成的, 完成80%的, 完成任务的: words of their own)
_TASK_DONE = lazy_compile(r"(?:(?<=^)|(?<=[,;:。]))(?:完成|达到|达标)的(?=得|计|记|,)")
_POINTS_ONLY = lazy_compile(rf"{_NUM}分")
_POINTS_GIVEN = lazy_compile(rf"(?:得|计|记|给|赋){_NUM}分$")
# words only: no number, nothing scored (5G基站开通: a name's code of a number and a letter)
_HEADING = lazy_compile(rf"(?:\d*[A-Za-z][A-Za-z\d]*)?{_HAN}{{2,24}}")
_COMPLETION_WORDS = lazy_compile(r"完成|目标|任务|计划|约定")


@dataclass(frozen=True)
class UnitFrame:
    """What the frame says: the units, their count, one unit's points, added or averaged (times a number)."""

    unit: str
    inner_text: str  # one unit's rule, the unit's own words taken out
    count: int | None
    per: Decimal | None
    total: Decimal | None
    average: bool
    times: Decimal | None
    target_said: bool  # each unit's target said as an amount (每个乡镇年度目标3000人次)
    total_said: str = ""  # the clause saying the item's points, as written (本项满分4分)
    task: tuple[Decimal, str] | None = None  # that target's amount and unit (3000, 人次), when one is said for all


def _same_unit(one: str, other: str) -> bool:
    return one in other or other in one or one[-1] == other[-1]


def read_frame(text: str) -> UnitFrame | None:
    """The frame and one unit's rule when ``text`` assesses units one by one and adds or averages them; None otherwise."""
    pieces = _SEPARATOR.split(_OTHER_NAME.sub(r"\1", _COUNTIES.sub("县区", text)))
    clauses = [(pieces[i], pieces[i + 1] if i + 1 < len(pieces) else "") for i in range(0, len(pieces), 2)]
    units: list[str] = []
    count: int | None = None
    per: Decimal | None = None
    total: Decimal | None = None
    total_said = ""
    times: Decimal | None = None
    apart = added = averaged = target_said = shared = False
    tasks: set[tuple[Decimal, str] | None] = set()
    kept: list[tuple[str, str]] = []
    apart_units: list[str] = []  # the units the frame assesses apart (按乡镇分别考核)
    per_units: list[str] = []  # the units the frame gives points to (每个中心2分)
    per_word = ""  # the measure word one unit's points are given by (每家1分), its unit the one counted so
    counted: dict[str, str] = {}  # measure word → the unit counted in it (抽查5家定点医药机构: 家 → 机构)
    head = ""
    for index, (clause, separator) in enumerate(clauses):
        body = names_out(clause.strip())
        found = None
        _names_counted_alike(clause.strip(), body)
        if not body:
            kept.append((clause, separator))
            continue
        before = clauses[index - 1][1] if index else ""
        if _POINTS_ONLY.fullmatch(body) and before == "," and separator == ")" and index >= 2 and clauses[index - 2][1] == "(" \
                and _BARE_COUNT.fullmatch(clauses[index - 1][0].strip()) and not "".join(c for c, _ in clauses[index + 1:]).strip():
            total, total_said = Decimal(body[:-1]), body  # …70以下不得分(共4条,4分): the units counted, then the item's points
            continue
        if _POINTS_ONLY.fullmatch(body) and before == "(" and (separator == ")" or index == 1 and separator == ",") and (
                index == len(clauses) - 1 or index + 1 < len(clauses) and not "".join(c for c, _ in clauses[index + 1:]).strip()
                or index == 1):
            total, total_said = Decimal(body[:-1]), body  # 各…考核(3分): / …平均值(4分): the item's points
            continue
        if index == 0 and separator in (":", "(") and _HEADING.fullmatch(body) and not any(
                p.fullmatch(body) for p in _APART):
            head = body  # 乡镇综合文化站图书外借人次(3分): / 水质达标率按季度考核: what is assessed, no method
            continue
        if (found := next((m for p in _APART if (m := p.fullmatch(body))), None)) is not None:
            apart = True
            units.append(found.group("unit") or found.group("period"))
            apart_units.append(units[-1])
            head = head or found.group("head")
            if "count" in found.re.groupindex and found.group("count"):
                count = int(found.group("count"))
            if "word" in found.re.groupindex and found.group("word"):
                counted[found.group("word")] = units[-1]  # 按3所学校分别考核，每所2分: 所 → 学校
            continue
        if (found := next((m for p in _PER if (m := p.fullmatch(body))), None)) is not None:
            if "unit" not in found.re.groupindex and (per is not None or not apart_units):
                return None  # 各3分 with no units assessed apart before it: each of what?
            if "again" in found.re.groupindex and found.group("again") and not found.group("unit").endswith(found.group("again")):
                return None  # (3所学校每站2分: the points of another unit)
            per = Decimal(found.group("per"))
            units.append((found.group("unit") or found.group("each")) if "unit" in found.re.groupindex else apart_units[-1])
            per_units.append(units[-1])
            if "count" in found.re.groupindex:
                count = int(found.group("count"))
            continue
        if per is None and (found := _PER_WORD.fullmatch(body)) is not None:
            per, per_word = Decimal(found.group("per")), found.group("word")
            continue
        if (found := _SUM.fullmatch(body)) is not None:
            added = True
            units.append(found.group("unit"))
            if found.group("count"):
                count = int(found.group("count"))
            if found.group("total"):
                total, total_said = Decimal(found.group("total")), body
            continue
        if (found := next((m for p in _AVERAGE if (m := p.fullmatch(body))), None)) is not None:
            averaged = True
            if "unit" in found.re.groupindex:
                units.append(found.group("unit"))
            if "count" in found.re.groupindex and found.group("count"):
                count = int(found.group("count"))
            if "times" in found.re.groupindex:
                times = Decimal(found.group("times"))
            continue
        if (found := next((m for p in _EQUAL_SHARES if (m := p.fullmatch(body))), None)) is not None:
            shared = True
            units.append(found.group("unit"))
            continue
        if (found := _COUNT.fullmatch(body)) is not None:
            count = int(found.group("count"))
            units.append(found.group("unit"))
            counted[found.group("word")] = found.group("unit")
            continue
        if (found := _BARE_COUNT.fullmatch(body)) is not None and before == "(" and separator == ",":
            # (共4条,4分) closing the text: the units the rule named before (每条路段MQI≥80的得1分), counted
            named = next((m for c, _ in kept if (m := _EACH_NAMED.match(c.strip()))), None)
            if named is not None and named.group("word") == found.group("word"):
                count = int(found.group("count"))
                units.append(named.group("unit"))
                continue
        if (found := ITEM_TOTAL.fullmatch(body)) is not None:
            total, total_said = Decimal(found.group("total")), body
            continue
        # (每个乡镇得2分: one unit's points, never its target)
        if (found := _TARGET_SAID.fullmatch(body)) is not None and not re.search(r"[≥≤<>]|不少于|不低于|达到|以上|以下", body) \
                and not _POINTS_GIVEN.search(body) and (said_unit := _unit_said(found.group("unit"), apart_units)):
            target_said = True
            units.append(said_unit)
            tasks.add(_amount(found.group("amount"), found.group("words")))
            if before == "(" and separator == ")" and kept and kept[-1][1] == "(":
                kept[-1] = (kept[-1][0], "")  # 达到任务数(每镇200亩)的得2分: the bracket said, the clause it interrupts read whole
            continue
        kept.append((clause, separator))
    if per_word:
        if per_word not in counted and not (len(set(apart_units)) == 1 and _counted_in(per_word, apart_units[0])):
            return None  # 每家1分 with no units counted in 家: whose points? (按3个承建企业分别考核: the firms')
        per_units.append(counted.get(per_word) or apart_units[0])
    # 抽查6所学校，每所0.5分: 所 the measure word the schools are counted in (a unit of its own in 各乡镇市场监管所)
    units = [counted.get(unit, unit) for unit in units]
    per_units = [counted.get(unit, unit) for unit in per_units]
    if shared:
        if per is not None:
            return None  # (每个乡镇1分 beside 分值平均分配: the share said twice)
        averaged, added = True, False  # (each unit's score of its equal share added: their mean of the 分值)
    if not units or not (apart or added or averaged or count is not None) or added and averaged:
        return None
    unit = units[0]
    if not all(_same_unit(unit, other) for other in units):
        unit = _unit_given_points(units, apart_units, per_units)
        if unit is None:
            return None
    if not (added or averaged):
        if [count, per, total].count(None) > 1 and not (count is not None and _each_given(kept, units)):
            return None  # 对各街道分别考核 alone: added, averaged, or each unit's score the item's?
        added = True  # 共4个实训基地，每个基地1分 / 共5个社区…本项满分5分 / 每个乡镇1分，共5分: the units' points added
    inner = "".join(clause + separator for clause, separator in kept)
    inner = _own_words_out(inner, units)
    if target_said:
        inner = _PLAN_REACHED.sub("计划数", inner)  # 每校计划改造20台…达到计划的得2分: the plan reached is each unit's amount
        inner = _TASK_DONE.sub("达到计划数的", inner)
    if head.endswith("率") and re.match(r"[≥≤<>\d]", inner):
        inner = head + inner  # 水质达标率按季度考核:当季≥90%得满分: the rate the head names is each quarter's
    if not re.search(r"得|计|扣", inner):
        return None
    # (two amounts said for each unit: which one is its target is the reader's to refuse, not the frame's to pick)
    task = next(iter(tasks)) if len(tasks) == 1 else None
    return UnitFrame(unit, inner, count, per, total, averaged, times, target_said, total_said, task)


def _amount(number: str, words: str) -> tuple[Decimal, str] | None:
    """8 and 个行政村治理 → (8, 个行政村): the amount and the longest run of its words that is a unit (the rest the work's own
    words); None where no run is."""
    from ..quantities import UNITS, QuantityError, parse_quantity

    if len(words) > 6:  # 8个村庄规划编制: a task's long name after its measure word — the lexicon's unit alone, where one opens it
        words = next((words[:end] for end in (4, 3, 2, 1) if words[:end] in UNITS), words[:6])
    for end in range(len(words), 0, -1):
        try:
            quantity = parse_quantity(number + words[:end])
        except QuantityError:
            continue
        return quantity.value, quantity.unit
    return None


def _counted_in(word: str, unit: str) -> bool:
    """家 for 企业 / 所 for 学校: ``word`` the measure word ``unit`` is counted in."""
    return unit in _COUNTED_IN.get(word, ())


def _unit_said(said: str, apart_units: list[str]) -> str | None:
    """The unit a target is said of (每个乡镇 / 每镇 / 每场 / 每家): a unit of the lexicon, or — a single character no unit of
    it — the last character of the one unit assessed apart (镇 of 乡镇, 场 of 林场) or the measure word it is counted in (家 of
    企业); None for any other word (每年 / 每少), which is no unit's target."""
    if said in _UNITS or said in _PERIODS:
        return said
    if len(set(apart_units)) != 1:
        return None
    unit = apart_units[0]
    return unit if len(unit) > 1 and unit.endswith(said) or _counted_in(said, unit) else None


def _each_given(kept: list[tuple[str, str]], units: list[str]) -> bool:
    """共实施4个项目，每个项目资金拨付率不低于95%的得1分 / 6个行政村分别考核，达到100%的行政村每个计0.5分: the units counted,
    and each one's points said of it (每个项目…得 / 的行政村每个计) — the units' points added, as 每个项目1分 says."""
    names = "|".join(sorted(set(units), key=lambda unit: (-len(unit), unit)))
    return any(re.match(rf"每{_MEASURE_WORD}?(?:{names})", clause.strip())
               or re.search(rf"的(?:{names})每{_MEASURE_WORD}?[得计]", clause) for clause, _ in kept)


def _unit_given_points(units: list[str], apart_units: list[str], per_units: list[str]) -> str | None:
    """按乡镇（街道）分别考核，每个中心2分: the towns name who is assessed, the centres are what each 2 points goes to — the
    unit scored is the one given points, where every other unit said is only the one assessed apart (a third unit, or
    points given to two, leaves the frame unread)."""
    if len(set(per_units)) != 1:
        return None
    scored = per_units[0]
    if not all(_same_unit(scored, other) or other in apart_units for other in units):
        return None
    return scored


def names_out(clause: str) -> str:
    """城东、城西、城北3个片区分别考核 → 3个片区分别考核: the names said before the units' count, as many as it counts (a
    list of another length is left, and the clause unread)."""
    named = _NAMED.match(clause)
    if named is None:
        listed = _NAMED_UNITS.match(clause)
        if listed is None:
            return clause
        names = listed.group("names").split("、")
        unit = next(u for u in sorted(_UNITS, key=len, reverse=True) if names[0].endswith(u))
        if len(set(names)) != len(names) or not all(name.endswith(unit) for name in names):
            return clause  # (A站、B中心: units of two kinds)
        return f"{listed.group('lead')}{len(names)}个{unit}{clause[listed.end():]}"
    if len(named.group("names").split("、")) != int(named.group("count")):
        return clause
    return named.group("lead") + clause[named.end():]


def _names_counted_alike(clause: str, body: str) -> None:
    """城东、城西、城北4个片区分别考核: three names, four units counted — which units are scored is not certain; refused,
    naming the clause (only where the clause is the frame's: the units assessed apart, counted, or each one's points)."""
    named = _NAMED.match(body)
    if named is None or body != clause:
        return
    rest = named.group("lead") + body[named.end():]
    if not any(p.fullmatch(rest) for p in (*_APART, *_PER, _COUNT)):
        return
    names = named.group("names").split("、")
    raise Unplaced(clause, f"列出了{len(names)}个名称（{'、'.join(names)}），却写明共{named.group('count')}个，"
                           "各单位有哪些无法确定（请核对名称与个数）", certain=True)


def _own_words_out(text: str, units: list[str]) -> str:
    """One unit's rule in the words of a single value: 每个社区覆盖率… → 覆盖率…, 该基地得1分 → 得1分, 当季得5分 → 得5分,
    达到目标的乡镇得满分 / 达到目标的乡镇每个得1分 → 达到目标的得满分 / 达到目标的得1分, 得该标段分值的80% → 得分值的80%."""
    names = "|".join(sorted({*units, *_UNITS}, key=lambda unit: (-len(unit), unit)))
    # (单个水源地扣完为止 / 单片区扣完为止: one unit's deductions stop at its own points, as 扣完为止 says of one value)
    text = re.sub(rf"(^|(?<=[,;:。(]))(?:每{_MEASURE_WORD}?|各|单个?)(?:{names})", "", text)
    # 得该乡镇分值 / 得该乡镇满分: one unit's points all (of its share); 计该乡镇分值的60%: a share of them
    text = re.sub(rf"(?<=[得计])该(?:{names})(?:分值|满分)(?!的)", "满分", text)
    # 扣完该库分值为止 / 扣完该村分值为止: one unit's deductions stop at its own points, as 扣完为止 says of one value
    text = re.sub(rf"扣完该(?:{names})(?:分值|分数|得分)?为止", "扣完为止", text)
    text = re.sub(rf"该(?:{names})|当季|当月", "", text)
    # 达到90%的行政村每个计0.5分 → 达到90%的计0.5分: the units reaching it, each given the points
    text = re.sub(rf"的(?:{names})(?:每{_MEASURE_WORD}?)?(?=得|计|不|,)", "的", text)
    text = re.sub(r"\([,;:。]*\)", "", text)  # a bracket whose words were the frame's
    return re.sub(r"^[,;:。)]+|[,;:。(]+$", "", text.strip())


@dataclass(frozen=True)
class UnitsScored:
    """``inner`` (one unit's rule, under ``inner_label``) scored for every row of the items table, its value taken as
    ``measure`` (rate / ratio / actual); the rows' scores added (up to the 分值) or averaged (× ``times``)."""

    inner: Scorer
    inner_label: str
    unit: str
    measure: str
    per: Decimal | None  # one unit's points (None: its rule gives the 分值, averaged)
    count: int | None
    total: Decimal | None
    average: bool
    times: Decimal | None = None
    kind: str = "units_scored"
    # each unit's target printed once for all (每库8栋): the rows' target (out of the repr, which every frame without one
    # would otherwise change)
    task: tuple[Decimal, str] | None = field(default=None, repr=False)


    def canonical(self, label: str) -> str:
        rule = self.inner.canonical(self.inner_label)
        per = f"，每个{self.unit}{general_text(self.per)}分" if self.per is not None and not self.average else ""
        counted = f"共{self.count}个{self.unit}，" if self.count is not None else ""
        if self.average:
            times = f"×{general_text(self.times)}" if self.times is not None else ""
            closing = (f"本项得分=各{self.unit}得分之和÷{self.unit}个数{times}" if times
                       else f"本项得分为各{self.unit}得分的平均值")
        else:
            closing = f"各{self.unit}得分相加"
        total = f"，本项满分{general_text(self.total)}分" if self.total is not None else ""
        task = f"，每个{self.unit}目标{general_text(self.task[0])}{self.task[1]}" if self.task is not None else ""
        return f"按{self.unit}分别考核{per}{task}：{rule}；{counted}{closing}{total}"

    def printed_standard(self) -> tuple[Decimal, str] | None:
        """每个乡镇完成改厕不少于300户…: the amount each unit is held to, printed — it wins over the units' entered
        targets, which 校验 then reports (TARGET_CONFLICT); a rate's or a share's level is no target of the rows — but
        each unit's target printed once for all (每库8栋) is."""
        if self.task is not None:
            return self.task
        if self.measure != "actual":
            return None
        standard = getattr(self.inner, "printed_standard", None)
        found = standard() if standard is not None else None
        if found is not None:
            return found
        # (不少于300户，完成的得1分，未完成的按完成比例计分: the level one unit's full points are reached at)
        top = self.inner.implied_max()
        reached = {interval.low for interval, outcome in getattr(self.inner, "cases", ())
                   if type(interval.low) is Decimal and interval.high is None and getattr(outcome, "points", None) == top}
        return (reached.pop(), self.inner.unit) if len(reached) == 1 and top is not None else None  # type: ignore[attr-defined]

    def implied_max(self) -> Decimal | None:
        if self.average:
            return self.per * (self.times or 1) if self.per is not None else self.times
        if self.per is not None and self.count is not None:
            return self.per * self.count
        return self.total

    def default_shape(self, label: str) -> Shape:
        rows = self.count or (int(self.total / self.per) if self.total is not None and self.per else 1)
        return Shape(item_rows=tuple(f"{self.unit}{n}" for n in range(1, rows + 1)), item_columns=(self.inner_label,))

    def _inner_shape(self) -> Shape:
        if self.measure == "failures":
            return Shape(has_failures=True)
        if self.measure == "rate":
            return Shape(measure="rate")
        if self.measure == "ratio":
            return Shape(measure="ratio", has_target=True)
        return Shape(measure="actual", has_target=True)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        rows = unit_rows(ctx, self.unit, self.count)
        if not self.average and self.count is None and self.total is not None and self.per is not None \
                and rows * self.per != self.total:
            raise InputError(f"每个{self.unit}{general_text(self.per)}分、本项{general_text(self.total)}分，items 却列了{rows}个"
                             f"{self.unit}，请核对{self.unit}个数")
        reads = ["item_{r}_actual_1"] + (["item_{r}_target_1"] if self.measure == "ratio" and self.task is None else [])
        # (每库8栋: the printed target wins over the rows' entered ones, which 校验 reports where they differ)
        task = ctx.define("unit_task", num(self.task[0])) if self.task is not None else None
        ctx.need_rows([[name.format(r=r) for name in reads] for r in range(1, rows + 1)])
        # (计满分 times a number written: each unit's credit of 1, the mean times it — not of the 分值 again)
        one = num(self.per) if self.per is not None else num(1) if self.times is not None else FULL
        scores: list[Expr] = []
        lines: list[Expr] = []
        for r in range(1, rows + 1):
            own = Context(self._inner_shape(), self.inner_label)
            raw, text = self.inner.build(own)
            if own.columns or own.pending:
                raise InputError(f"逐个{self.unit}计分的评分方法需要逐项明细表，无法再按{self.unit}分别计分")
            prefix = f"unit{r}_"
            value = Var(f"item_{r}_actual_1")
            names = {name: prefix + name for name in own.defs} | {
                SCORE.name: prefix + "score", "actual": f"item_{r}_actual_1", "failures": f"item_{r}_actual_1",
                "target": task.name if task is not None else f"item_{r}_target_1",
                FULL.name: prefix + "full", "rate": prefix + "rate"}
            if self.measure == "rate":  # 97 or 97% entered: 97% (as a single rate is bound, above 1.5 in percent points)
                ctx.define(prefix + "rate", as_entered_rate(value))
            for name in own.needs:
                if name not in ("actual", "target", "rate", "failures"):
                    raise InputError(f"逐个{self.unit}计分的评分方法需要“{name}”，无法按{self.unit}逐行录入")
            for name, expr in own.defs.items():
                ctx.define(names.get(name, name), renamed(expr, names))
            ctx.define(prefix + "full", one)
            scores.append(ctx.define(prefix + "score", clamp(renamed(raw, names), ZERO, one)))
            lines.append(concat("；" if r > 1 else "", Var(f"item_{r}_name"), "：", renamed(text, names)))
        if self.per is not None:  # each unit's points a helper column beside the items
            summed = ctx.define("units_total", Call("SUM", (ctx.column("unit_points", f"各{self.unit}得分", scores),)))
        else:  # (each scored of the 分值, which a helper column beside the items cannot read)
            summed = ctx.define("units_total", total(scores))
        if self.average:
            mean = ctx.define("units_mean", div(summed, num(rows)))
            earned = mul(mean, num(self.times)) if self.times is not None else mean
            how = (f"；各{self.unit}平均", Fmt(mean), "分" + (f"×{general_text(self.times)}" if self.times is not None else ""))
        else:
            earned, how = summed, (f"；各{self.unit}合计", Fmt(summed), "分")
        return minimum(FULL, earned), concat(*lines, *how, "，得", Fmt(SCORE), "分")


def read_units_scored(text: str, parse: object) -> UnitsScored | None:
    """The units' rule read by ``parse`` (the reader, for one unit's text) inside the frame; None where ``text`` has no
    frame. Raises Unplaced where the frame is read but one unit's value cannot be told (a level named by nothing)."""
    frame = read_frame(text)
    if frame is None:
        return None
    rule = parse(frame.inner_text)  # type: ignore[operator]
    if rule.zeroing or type(rule.scorer).__name__ not in ("Piecewise", "ItemFailures"):
        return None
    scorer = rule.scorer
    unit = getattr(scorer, "unit", "")
    if type(scorer).__name__ == "ItemFailures":
        # 每县2分，火点数为0的得2分，每发现1个火点扣1分，扣完该县分值为止: what each unit is scored by is a count of
        # occurrences in it, entered as its value — only where the text counts them (每发现1个…), not a unit failing once
        # (每县2分，每发现1个火点扣1分: deducted from the unit's own points, which the frame says)
        if scorer.per is None or scorer.base is None and frame.per is None or scorer.requirement or scorer.printed \
                or not _OCCURRENCES_COUNTED.search(frame.inner_text):
            return None
        measure = "failures"
    elif unit == "%":
        if rule.label == "完成率":
            if not (frame.target_said or _COMPLETION_WORDS.search(frame.inner_text)):
                raise Unplaced(frame.inner_text, f"各{frame.unit}分档的数值没有写明是什么（比率、得分还是完成目标的比例）；"
                                                 "请写明指标名称，如“每条路段路况指数≥80分的得1分”", certain=True)
            measure = "ratio"
        elif rule.label.endswith(("率", "比例", "占比", "比重")):  # (劳务报酬占中央资金比例不低于30%: a rate named too)
            measure = "rate" if not frame.target_said else "ratio"
        elif _set_off_from_target(scorer):
            # (新增耕地面积达到任务数的得3分，达到任务数80%（含）以上的得1.5分: each unit's amount over its own target)
            measure = "ratio"
        else:
            return None
    else:
        measure = "actual"
    top = rule.implied_max()
    per = frame.per if frame.per is not None else top
    if per is None and not frame.average:
        return None  # each unit 得满分 with no points of its own said: the 分值 of what?
    if frame.per is not None and top is not None and top != frame.per:
        raise Unplaced(frame.inner_text, f"每个{frame.unit}{general_text(frame.per)}分，但各{frame.unit}的评分方法最高得"
                                         f"{general_text(top)}分，不一致", certain=True)
    if not frame.average and per is not None and frame.count is not None and frame.total is not None \
            and per * frame.count != frame.total:
        raise Unplaced(frame.total_said, f"{frame.count}个{frame.unit}每个{general_text(per)}分，合计{general_text(per * frame.count)}分，"
                             f"与本项{general_text(frame.total)}分不符：其余分数如何得分没有写明", certain=True)
    standard = getattr(scorer, "printed_standard", None)
    if frame.task is not None and standard is not None and standard() is not None:
        return None  # (每个乡镇目标300户 beside 不少于280户: two levels for one unit)
    # (each unit's count of occurrences named by what is counted — 火点数 — as its 规范写法 reads back: never the words
    # before it, which the 规范写法 leaves out)
    label = f"{scorer.situation or '不符合'}数" if measure == "failures" else rule.label  # type: ignore[attr-defined]
    return UnitsScored(scorer, label, frame.unit, measure, per, frame.count, frame.total, frame.average, frame.times,
                       task=frame.task)


# 每发现1个火点 / 每出现1起 / 每有一处: occurrences counted one by one
_OCCURRENCES_COUNTED = lazy_compile(r"每(?:有|发现|出现|发生|存在|查出|查实)?(?:1|一)?(?:个|处|次|起|件|宗|例|项|条)")


def _set_off_from_target(scorer: Scorer) -> bool:
    """Bands of an amount against its target (达到任务数的 / 达到任务数80%以上的): every bound the target or a share of it."""
    from .piecewise import FromTarget

    bounds = [bound for interval, _ in getattr(scorer, "cases", ()) for bound in interval.bounds() if bound is not None]
    return bool(bounds) and all(bound == "target" or isinstance(bound, FromTarget) and not bound.shift for bound in bounds)


def refuse_units_as_one(scorer: Scorer, text: str) -> None:
    """对各街道分别考核：网格事件按期办结率≥95%的得1分… with nothing saying how the streets' scores make the item's: never
    one rate scored once (four streets scoring at most 1 of 4 points, in silence), nor a guess at added or averaged."""
    if type(scorer).__name__ != "Piecewise" or not getattr(scorer, "cases", ()) or "平均" in text:
        return  # (按月考核，全年各月…参与率的平均值≥90%: the months' values averaged, one value scored)
    for clause in _SEPARATOR.split(text)[::2]:
        said = next((m for p in _APART[:2] if (m := p.fullmatch(clause.strip()))), None)  # (units, not periods)
        if said is not None:
            raise Unplaced(clause.strip(), f"“{clause.strip()}”是各{said.group('unit')}分别计分，但各{said.group('unit')}的得分"
                                           f"如何合成本项得分（相加还是平均）、共有几个{said.group('unit')}没有写明（请写明，如"
                                           f"“共4个{said.group('unit')}，各{said.group('unit')}得分相加”或“本项得分为各"
                                           f"{said.group('unit')}得分的平均值”）", certain=True)
