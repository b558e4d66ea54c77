"""全年送戏下乡120场，每少5场扣0.5分 / 计划完成小型水库除险加固12座，全部完成得5分，每少完成1座扣1分: a count the
item is to reach, stated as the task with no comparison of its own, followed by the deduction per unit short in the
same unit (or by the points for all of it done). Reaching the count is what the deduction counts down from, so the
task is the level that scores — 全年送戏下乡120场得满分，每少5场… / 计划完成…12座得5分，每少完成1座… — as a count
said with its points already reads (rules/piecewise_reading.py). The plan may be said in brackets after the measure's name
(完成食品安全监督抽检批次(计划3600批次),每少完成100批次扣0.5分: the brackets are the task's count), and the steps may be
counted on what is actually done (计划完成28.6公里,实际完成每少1公里扣0.5分: the same shortfall from the plan).

Only a task opening its sentence, words alone before the count (no digit, no comparison, no score, no negation: 不少于
120场 / 超过120场 / 其中60场 are left as written, for the reader to read or refuse — but for 不少于 before 全部完成得N分:
新建农村公益性公墓不少于15处，全部完成得4分，每少1处扣0.5分 is the 15 reached, 不少于15处得4分), a count in a counted unit (场, 座,
个…; never %, whose level may be anything but the target), possibly in tens of thousands (受益人口目标2.4万人，每少1000人
扣0.5分: 万 multiplies the count, the unit 人 is the step's), and the step in that very unit or 全部完成 right after it.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

# words that make the task more than a plain count to reach (a comparison, a part, a score, a negation, an estimate)
_NOT_PLAIN = ("不", "未", "没", "无", "超", "多", "少", "低", "高", "以", "内", "外", "扣", "得", "分", "率", "比", "每",
              "其中", "约", "近", "前", "后", "至", "或", "及", "含", "余")
# a time (工期12个月, 30天内) or an age is no task to reach by count; 起 counts accidents, never a task
_NOT_TASK_UNITS = ("天", "日", "月", "年", "周", "个月", "个星期", "工作日", "个工作日", "小时", "分钟", "岁", "起")

# (每少帮扶1户 / 每少完成1座: the task's own verb may be said again; 实际完成每少1公里: counted on what is done)
_STEP = r"(?:实际(?:完成)?)?每(?:少|差|缺)(?:完成|建成|[\u4e00-\u9fff]{2})?\d+(?:\.\d+)?(?P=unit)(?:扣|减)"
# (a sentence's start, or right after the heading's points: 小型水库除险加固完工数(6分)计划完工15座,每少完工1座…)
_TASK_THEN_STEP = lazy_compile(
    r"(?:^|(?<=[。;:\n])|(?<=分\)))(?P<task>[\u4e00-\u9fff“”]{2,24}?)(?P<least>不少于|不低于)?(?P<count>\d+(?:\.\d+)?万?)(?P<unit>[\u4e00-\u9fff]{1,4}?)"
    # (计划复壮50株(2分),每少1株扣0.1分: the item's points in brackets right after the task, what reaching it scores)
    r"(?P<points>\(\d+(?:\.\d+)?分\))?"
    rf"(?P<said>,(?:全部|全面)(?:完成|建成)的?(?=(?:得|计|记)(?:\d+(?:\.\d+)?分|满分),{_STEP})|(?=[,。]{_STEP}))"
)
# 抽检批次(计划3600批次),每少…: a plan alone in brackets right after the name, then the step (what the task reads)
_PLAN_IN_BRACKETS = lazy_compile(
    r"(?<=[\u4e00-\u9fff])\((?P<plan>(?:年度)?(?:计划|目标|任务)(?:完成|任务|数)?(?:为|:)?\d+(?:\.\d+)?万?"
    rf"(?P<unit>[\u4e00-\u9fff]{{1,4}}?))\)(?=,{_STEP})"
)
# points awarded anywhere (得3分 / 得满分 / 满分3分 / 计2分): a text with more than the one 全部完成 gives says what
# reaching the count scores itself, or scores it twice — left to the reader (完成120场得3分 beside the step: which?)
_AWARD = lazy_compile(r"(?<!不)得(?:\d|满分)|满分|(?<![扣减])[计记给]\d+(?:\.\d+)?分")
# …每少1辆扣0.1分,本项满分3分 / …(满分3分): the item's points said after the rule (closing_total.py), what the steps
# count down from — no award of reaching the count
# (…,本项满分4分,扣完为止。: the floor said after it)
_CLOSING_TOTAL = lazy_compile(r"(?:[,;。]\(?|\()(?:本项|该项|本指标|该指标|此项)?(?:分值|满分|满分值|总分)为?\d+(?:\.\d+)?分\)?(?:[,;]扣完为止)?。?$")


def stated_count_reached(text: str) -> str:
    from .lexicon import COUNT_UNITS  # (lexicon imports normalize, which imports this module's gate)

    def reached(match) -> str:  # type: ignore[no-untyped-def]
        task, unit = match.group("task"), match.group("unit")
        if unit not in COUNT_UNITS or unit in _NOT_TASK_UNITS or any(word in task for word in _NOT_PLAIN) \
                or len(_AWARD.findall(_CLOSING_TOTAL.sub("", text))) != (1 if match.group("said") else 0):
            return match.group()
        if match.group("points") and match.group("said"):
            return match.group()  # (points in brackets and 全部完成得N分 both: which?)
        if match.group("least") and not match.group("said"):
            return match.group()  # (不少于120场,每少5场…: the reader's own, as written)
        head = match.group()[: (match.start("points") if match.group("points") else match.start("said")) - match.start()]
        if match.group("points"):
            return f"{head}得{match.group('points')[1:-1]}"
        return head if match.group("said") else f"{head}得满分"

    return _TASK_THEN_STEP.sub(reached, _PLAN_IN_BRACKETS.sub(r"\g<plan>", text))
