"""The vocabulary of 评分标准: one table from the words accountants write to the tokens the reader sees.

A synonym is one row here; the clause grammar (``rules/clauses.py``) never spells a surface word. The
tokenizer takes the longest entry at each position; a few entries only count in context (``少`` is a
step verb before a number, ``至`` a range between two numbers), which the ``context`` column says.
Everything else runs together into ``WORD`` tokens: subjects (满意度), labels (有计划或批复) and prose.
"""

from __future__ import annotations

import re
from decimal import Decimal
from .. import TYPE_CHECKING

from ..lazy_dataclass import dataclass
from .normalize import CIRCLED, CLASSIFIERS, POINTS_OFF_TARGET
from .scoring_words import CAP_ALL_WORDS, ZERO_WORDS
from .lazy_regex import lazy_compile

if TYPE_CHECKING:
    from typing import Any

# kind: what the grammar sees. value: the operator, the cap, the direction …
# context: "" anywhere; "before_number" only when a digit follows; "between_numbers" only between
# a number and a digit; "clause_start" only at the start of a clause.
ENTRIES: list[tuple[str, str, Any, str]] = []


def _add(kind: str, value: Any, context: str, *words: str) -> None:
    for word in words:
        ENTRIES.append((word, kind, value, context))


# Comparisons written before the number (达到95%, 不足50%, ≥90%).
_add("CMP", ">=", "", "≥", "大于等于", "大于或等于", "不低于", "不少于", "不小于", "达到或超过", "达到", "达标值",
     "不得少于", "不得低于", "不应少于", "不应低于", "不能少于", "不能低于", "高于或等于", "高于等于", "多于或等于", "多于等于",
     "等于或高于", "等于或大于", "等于或多于", "等于或超过",  # 等于或高于平均水平的得2分: either order of the two words
     # 完成率未低于90%的得5分: not falling below is reaching (read as 未 and 低于 it was the reverse)
     "未低于", "没有低于", "没低于", "未少于", "没有少于", "没少于", "未小于", "没有小于")
_add("CMP", ">=", "before_number", "达", "到达")
_add("CMP", ">=", "", "至少", "最少", "最低")
# 完成指标值的 / 未完成指标值的 (财预〔2020〕10号 第十六条): reaching the target, or not
_add("CMP", ">=", "before_ref", "完成")
# 完成3条得2分，超额完成的，每多1条加0.5分: a count (an amount) completed is reached (≥3), as 达到3条 is (not 每完成1处, each one done;
# nor a date or a share: 完成2023年…, 完成90%)
_add("CMP", ">=", "before_count", "完成")
_add("CMP", "<", "before_ref", "未完成", "完不成", "没有完成", "未能完成")
_add("CMP", "<=", "", "至多", "最高")
_add("CMP", ">", "", ">", "大于", "高于", "超过", "超出", "多于")
_add("CMP", "<=", "", "≤", "小于等于", "小于或等于", "低于或等于", "低于等于", "少于或等于", "少于等于", "不高于", "不超过", "不大于", "不多于", "不超出",
     "等于或低于", "等于或小于", "等于或少于",  # 等于或低于全省平均水平的不得分: 低于或等于, the words in the other order
     "不得超过", "不得高于", "不得多于", "不应超过", "不应高于", "不能超过",
     # 未超过年度计划目标的得10分: not passing a limit is being within it (read as 未 and 超过 it was the reverse:
     # over the target scored 10)
     "未超过", "未超出", "没有超过", "没有超出", "没超过", "未高于", "没有高于", "未多于", "没有多于", "未大于", "没有大于")
_add("CMP", "<", "", "<", "小于", "低于", "不足", "未达到", "未到达", "未达", "达不到", "少于", "不到", "未满", "没有达到",
     "没达到", "未能达到", "不能达到")
_add("CMP", "<", "before_number", "不达")
# 100%计2分，未100%计0分: 未 before the level is 未达到 it (the level not reached), as 不达 is
_add("CMP", "<", "before_number", "未")
_add("CMP", ">=", "before_goal", "达")  # 达目标的计满分 (目标 alone: the target the rule names)
_add("CMP", "<", "before_goal", "不达")  # 不达目标不计分
_add("CMP", ">", "before_ref", "突破")  # 突破责任指标的不得分: passing a limit (not 取得突破)
_add("CMP", "<=", "before_ref", "未突破", "没有突破")  # 未突破年度计划目标的得10分: within the limit
_add("CMP", "=", "", "=", "等于")
_add("CMP", "=", "before_number", "为", "是")
# 有正订正技巧的得1分，负技巧的不得分: the sign of a skill score, a band above or below 0 (rules/signs.py)
_add("SIGN", ">0", "signed", "正订正技巧", "正技巧")
_add("SIGN", "<0", "signed", "负订正技巧", "负技巧")
_add("NOUN", None, "", "最高温度", "最低温度", "最高气温", "最低气温")  # what is forecast, not a limit (最高 N)
# 每千人拥有社会体育指导员数(2分): a per-capita measure's name, not 每 counting steps or units
_add("NOUN", None, "", "每千人", "每万人", "每百人", "每十万人", "每千人口", "每万人口", "每百户", "每千户", "每万户")
# 六十五岁及以上老年人 (ages.py spells the age of a group in words): the group's bound is part of its name, never a level's
# (an age compared, 年龄不超过45岁, keeps its digits, 岁 read with the number)
_add("NOUN", None, "", "岁及以上", "岁以上", "岁及以下", "岁以下", "周岁及以上", "周岁以上", "周岁及以下", "周岁以下")
# 发生较大及以上道路运输安全责任事故: the degrees of an incident (一般/较大/重大/特别重大) and above, a class of incident
# named (never a level of the item: 一般以上 stays, 一般 being a grade too)
_add("NOUN", None, "", "较大及以上", "较大以上", "重大及以上", "重大以上")
# Comparisons written after the number (90%以上, 85%及以下, ±5%以内).
_add("SUF", ">=", "", "及以上", "以上", "含以上", "或以上", "和以上")
_add("SUF", "<=", "", "及以下", "以下", "或以下", "和以下")
_add("SUF", "within", "", "以内", "之内", "范围内")
_add("SUF", "within", "after_number", "内")  # 30天内, 5万元内: an upper limit
_add("SUF", "<=", "", "(上限)")  # 30天(上限)
_add("SUF", ">=", "", "(下限)")
_add("CMP", "<=", "before_number", "上限", "上限为", "上限是")  # 上限30天
_add("SUF", "outside", "", "以外", "之外", "范围外")
# Words that may stand between a comparison and its number (达到目标值2910人, 达标值100%).
_add("REF", None, "", "目标值", "指标值", "标准值", "标值", "计划值", "计划数", "目标数", "计划完成数", "年度目标值", "年度指标值", "年度目标任务", "全年目标任务", "年度目标",
     "考核指标", "下达指标", "目标任务", "下达任务", "计划任务", "进度目标", "计划目标", "年度计划目标", "控制目标",
     "年度控制目标", "考核目标", "目标要求", "预期目标", "预期指标", "预期值", "序时进度", "时序进度", "计划进度",
     "责任指标", "年度责任指标", "责任目标", "年度责任目标")  # 在责任指标以内的得满分: the target a 目标管理责任制 sets
_add("REF", None, "", "达标线")  # 每低于达标线1个百分点扣3分: the line to reach, the target
# 低于目标的不得分 (not 绩效目标完成率, a rate's own name: once 绩效 目标 完成率, the band around it lost)
_add("REF", None, "not_in_a_name", "目标")
# 达到标准6分 / 高于标准不得分: the standard compared with is the target (not 标准化, 标准农田)
# 单位成本低于计划成本的得满分 / 人均成本不高于上年: the cost planned, last year's value, entered as the target — an
# amount or a level, never written as a percentage itself (so 不超过预算10% is by how much it passes it)
BASE_REFS = ("标准", "规定标准", "国家标准", "考核标准", "批复标准", "预算", "年初预算", "预算数", "批复预算", "概算", "批复概算",
             "预算安排数", "预算安排", "预算金额", "批复预算数",  # 实际支出数≤预算安排数的得3分: the budget as entered
             "计划成本", "预算成本", "计划投资", "计划工期",
             "上年", "上年度", "上年同期", "去年", "上一年度", "基准", "基准点", "基准值")
_add("REF", None, "after_comparison", *BASE_REFS)
# 培训人数达到计划人数得满分 / 低于计划规模5%以上: the number (the size) planned, entered as the target
# (冷库建设容量达到承诺容量的 / 收益达到承诺收益的: what the unit undertook, entered as its target as a plan is)
_add("REF", None, "after_comparison", *(f"{planned}{counted}" for planned in ("计划", "目标", "预期", "承诺")
                                        for counted in ("人数", "人次", "户数", "个数", "数量", "件数", "次数", "任务数", "面积", "金额", "规模",
                                                        "容量", "收益")))
# 健康管理人数达到年度任务数的得5分: the year's task, counted, is the target as 计划任务数 is (never a count done)
# (新增耕地面积达到任务数的得3分，达到任务数80%（含）以上的得1.5分: the task counted, said bare, is the target too)
_add("REF", None, "after_comparison", "年度任务数", "年度目标任务数", "年度计划任务数", "任务数")
# 在岗民警达到编制数的得2分，达到编制数80%（含）以上的得1分: the posts established (核定编制数), entered as the target a
# staffing is held to, as a plan's count is (only after a comparison: 编制 alone is also the verb of 编制规划)
_add("REF", None, "after_comparison", "编制数", "核定编制数", "编制人数")
# 面积达到年度任务的得2分，未达到的不得分: the year's task reached is the target, as 年度任务数 is (完成年度任务的: the
# task completed, read below by 任务)
_add("REF", None, "after_reaching", "年度任务", "年度目标任务", "年度计划任务")
# 完成年度任务的 / 未完成镇交任务的: the task completed is the target (not 任务数, 任务完成率)
_add("REF", None, "completed_task", "任务")
# 完成年初下达的招商引资任务额度,记基本分100分 / 完成年度任务量的得10分: the task's quantity completed is the task
# completed (not 完成任务量的90%, a share of it, nor 任务量×100%, a number entered)
TASK_QUANTITIES = ("任务量", "任务额", "任务额度")
_add("REF", None, "completed_task", *TASK_QUANTITIES)
# 完成县下油菜免耕栽培计划的计5分 / 完不成…: the plan completed is the target, as a task is (not 计划数, 计划完成率)
_add("REF", None, "completed_task", "计划")
# 参训率达到计划的95% / 低于年度计划的80%: a share of the plan, entered as the target, as 目标值的95% is (a rate of 80%
# against a plan of 80% reaches it; read as a rate of 95% it scored 0). Not 完成计划的95% nor 完成率达到计划的90% (the
# completion's own rate, the plan its base), nor 合同计划的20% (other words between: a grade's description)
_PLANS = ("计划", "年度计划", "全年计划", "年初计划")
_add("REF", None, "planned_share", *_PLANS)
# 完成镇交机插秧面积的得基本分 / 完成县下油菜…计划: what the town (county) assigned — the target, named by who set it
_add("REF", None, "assigned", *(f"{level}{verb}" for level in "省市县区镇乡" for verb in "交下"))
# 以此类推: the rest of the bands are left to the reader, which cannot place them
_add("ETC", None, "", "以此类推", "依此类推", "依次类推", "以次类推")
_add("RANGE", None, "between_numbers", "-", "~", "至", "到")
_add("PM", None, "", "±", "正负")
_add("INCL", True, "", "(含)", "(包含)", "(含本数)", "(包括本数)", "(含该数)")
_add("INCL", False, "", "(不含)", "(不包含)", "(不含本数)", "(不包括本数)", "(不含该数)")
# Awarding and deducting.
_add("VERB", None, "", "给", "赋", "给予", "可得", "计为", "记为", "赋予")
_add("VERB", None, "not_a_sense", "获得", "可获得")  # not 群众获得感 (a measure's name: once a grade 群众 worth 3分)
_add("VERB", None, "not_in_word", "得", "计", "记", "评")  # not 评价计分正确 / 评分与评级 / 计算 (words)
_add("SCORE_IS", None, "", "得分=", "得分为", "最终得分=", "分数=", "得分值=", "指标得分=", "该项指标得分=", "本项得分=")
# 投资额分值=当年投资额/当年目标任务金额×50: the score named after what it measures, a ratio formula following
_add("SCORE_IS", None, "named_ratio", "分值=")
# 年度考核成绩=每月考核成绩之和/12×30%+年终考核成绩×70%: the score named 成绩, a weighted sum of other marks following
# (总成绩=笔试成绩×60%+面试成绩×40%,面试成绩低于60分的不得分 is then refused, the formula beside a zero — read as a
# definition it was dropped: 实际值<60分不得分；否则得满分). Not a mark defined before the bands that score it
# (平均成绩=总成绩/参考人数,平均成绩90分以上得5分: no sum)
_add("SCORE_IS", None, "named_mark", "成绩=")
_add("FULL", None, "", "满分值", "满分", "该指标所赋全部分值", "所赋全部分值", "该指标分值", "该项分值", "本项分值", "本指标分值", "指标分值",
     "全部分值", "全分", "该指标满分", "总分值", "基本分值", "基本分", "基准分")  # 完成得基本分: the 分值 a 目标考核表 calls 基本分
_add("FULL", None, "not_a_reckoning", "分值")  # not 分值计算散总不符 (the reckoning of the points)
# 合格率达到95%(含95%)不扣分，每低1个百分点扣1分: nothing deducted at a level is the 分值 there (not 低于区要求不扣分,
# a level in words, nor a waiver 若…没有该项任务的，不扣分, which is taken out before)
_add("FULL", None, "after_level", "不扣分", "不予扣分")  # (优秀不扣分，良好扣1分…: the best of grades deducted from, too)
_add("ZERO", None, "", *ZERO_WORDS, "零分", "不得分值")
_add("ZERO", None, "word_end", "无分")  # 发生森林火灾无分 (not 无分配, 无分包)
# 查实兼任的扣该小类分: all of the item's points deducted (not 扣该项分值的10%, a share, nor 扣该项2分)
_add("ZERO", None, "whole_points", *(f"{verb}{item}{points}" for verb in ("扣", "扣除", "扣减", "扣完")
                                     for item in ("该项", "本项", "该小项", "该小类", "本小类", "该指标", "本指标")
                                     for points in ("分", "分值", "全部分值", "全部标准分值", "全部标准分")))
# 扣除全部分值 / 取消该项得分: the item's points all taken, said without the item or by cancelling its score
# (扣该项全部标准分值: the 标准分 is the item's points, as in a table of 标准分 and 扣分)
_add("ZERO", None, "whole_points", *(f"{verb}全部{points}" for verb in ("扣", "扣除", "扣减", "扣完") for points in ("分值", "标准分值")),
     *(f"取消{item}得分" for item in ("该项", "本项", "该指标", "本指标")))
# 未及时整治的扣完基本分 / 扣除该项基本分值: the 基本分 is the item's points (a 目标考核表's 分值), all of them taken
# (not 扣完基本分为止, a floor, nor 扣基本分2分 / 扣基本分的一半)
_add("ZERO", None, "whole_points", *(f"{verb}{item}{points}" for verb in ("扣完", "扣除", "扣减")
                                     for item in ("", "该项", "本项", "该指标", "本指标") for points in ("基本分", "基本分值")))
# 达不到扣分 / 不及时扣分: a deduction with no amount is the evaluator's to set (not 不扣分, not 扣分项)
_add("MANUAL", None, "unquantified", "扣分")
_add("DEDUCT", None, "", "扣除", "扣减", "扣分", "扣", "减去")
_add("DEDUCT", None, "before_number", "减")  # 每项不达标减1.5分 (not 防震减灾, 减排)
_add("DEDUCT", None, "", "减值", "减至", "减分")
_add("EACH", None, "not_a_period", "每")  # 每季度未按要求填报的 says how often the duty falls, not a step
# Step verbs: each one says which way the measure moves away from its reference.
_add("STEPV", "below", "before_number", "少", "低", "降", "差", "缺", "差欠", "欠")  # 每欠1%扣1分: each point owed
# 每少安排1万元 / 每少完成100万元: 少 with the work that falls short between it and the number
_SHORT_OF = ("完成", "安排", "开展", "落实", "拨付", "到位", "招收", "建成", "实施", "发放", "举办", "召开", "上报", "报送",
             "完工", "竣工", "改造", "建设", "新建", "培训")  # (计划完工15座,每少完工1座扣1分)
_add("STEPV", "below", "before_number", *("少" + action for action in _SHORT_OF))
# 多完成1%加1分 beside 少完成1%扣1分: the work done beyond the reference, as 少完成 is the work short of it
_add("STEPV", "above", "before_number", "多完成", "超额完成", "超额")  # 每超额完成1%加0.5分 / 每超额2篇加0.2分: above the task
_add("STEPV", "below", "before_ref", "少", "少完成")  # 每少完成目标值10%: a share of the target short
_add("STEPV", "above", "each_before_ref", "超")  # 每超控制目标1人扣2分: beyond the target, by a count
_add("STEPV", "above", "each_before_ref", "超额完成")  # 每超额完成任务10%加0.5分
_add("STEPV", "above", "each_before_goal", "超")  # 每超目标两个百分点加1分
_add("STEPV", "below", "each_counted", "少")  # 每少死亡1人加2分: 少, what is counted, then the count
# 每多发生1起扣1分 / 每多调整1次扣0.5分: 多, the verb of what is counted, the count, then its deduction (not 每多建立1个
# 专题台账加0.5分: a thing done beyond the one required, each an award of its own)
_add("STEPV", "above", "each_counted_deducted", "多")
# 超额完成的，每多核销1处加0.2分: beyond the task just said completed, each one more (of the work named) adds — the
# steps above the task's count, as 每超过1处 is (not 每多建立1个专题台账加0.5分 alone: an award each, of its own)
_add("STEPV", "above", "each_counted_beyond", "多")
# (增长率 / 下降幅度 / 增长速度: followed by 率, 幅 or 速 the change names the measure, not a step: 增长率达到5%以上)
# (clauses._fallen_from_the_level: after steps down from a level, these before a number are how far it fell)
REDUCTIONS = ("下降", "降低", "减少", "下滑")
# 火化率保持100% / 持证率维持在100%: words between a measure's name and its level saying it is kept there (the name is the
# words before them)
LEVEL_KEPT = ("保持在", "保持", "维持在", "维持", "稳定在")
_add("STEPV", "below", "not_a_rate", *REDUCTIONS)
# 延迟 / 迟报 …: lateness, a step of time past a limit (每延迟1天) — or, before a count of things (迟报1次), each late one
LATE_VERBS = ("延迟", "逾期", "推迟", "延期", "延后", "迟报", "迟交", "迟", "晚报", "晚交", "延误")
_add("STEPV", "above", "before_number", "超", "多", "增", "高", "高出", "多出", *LATE_VERBS)
# 按期完成得4分；每提前1天加0.1分: time ahead of the deadline, a step below its lateness of 0 (after 每, before a count
# of days: not 提前24小时公告, a notice's lead time, nor 提前完成, a completion)
_add("STEPV", "below", "each_early", "提前")
# 按时报送的得2分 / 逾期报送的: a requirement of time, and the words that say it was missed (rules/item_deductions.py
# tells lateness from faults of content: 每发现1处错误 is no day late)
ON_TIME_WORDS = "按时|按期|如期|准时|及时"
LATE_WORDS = "|".join((*LATE_VERBS, "超期", "滞后", "晚于"))
# 每发现1处错误 / 数据差错 / 填报不准确: faults of what is reported, not of when (nor of the requirement itself: 未达要求)
CONTENT_FAULT_WORDS = "错误|差错|错漏|错报|错填|漏填|不准确|不真实|失实"
# 符合2项 / 落实两项 / 3项全部做到: the verbs that say how many 评价要点 are met (rules/choices.py counts them); 达到 only
# after the count (一项达到), since 达到3项 may be a level measured in 项
POINT_MET_VERBS = "满足|符合|具备|完成|落实|做到"
# 一次性通过 / 修改后通过 / 整改后通过验收 / 经修改后第二次通过: passed at the first attempt or only after another — grades
# of one review's outcome, never requirements to add (once 3 + 2 + 1 for a plan passed first time); likewise a trial run
# (处于试运行阶段 beside 正式上线运行: running on trial, a lesser stage of the same system's running)
RETRIED = r"一次性(?=通过|验收)|(?:修改|整改|补正|复审|返工)后(?=(?:第[2二]次)?通过)|试运行|试运营"
_add("STEPV", "above", "before_number_or_ref", "滞后", "落后")  # 每滞后序时进度10个百分点 (not 淘汰落后产能)
# 每增加1个签约项目增加2分 / 每超过1个百分点增加0.5分: after a step already written, 增加 and points is what the step
# adds (the step's own verb is read before its number; 增加 before points was a second step with no points)
_add("ADD", None, "added_points", "增加")
_add("STEPV", "above", "not_a_rate", "增加", "增长", "提高", "上升")
_add("STEPV", "both", "", "相差", "偏离", "偏差")  # 每相差3%: either way from the reference
# Caps: the whole score (扣完为止) or a number of points (最多扣5分).
_add("CAP_ALL", None, "", *CAP_ALL_WORDS, "最低0分", "最低为0分", "最低得0分", "扣完", "扣满",
     "总分不低于0分", "得分不低于0分", "总分最低为0分", "得分最低为0分",  # (…本项最多扣1分，总分不低于0分: the floor)
     "扣分至基本分值扣完为止", "扣至基本分值扣完为止", "扣分至基本分扣完为止",
     "扣至0分为止", "扣到0分为止", "扣至0分", "扣到0分", "扣至零分", "扣到零分")  # 每降低1个百分点扣1分，扣至0分
_add("CAP", None, "", "最多扣", "最高扣", "扣分上限为", "扣分上限", "最多减", "累计扣分不超过", "累计最多扣",
     "最多可扣", "扣分最多", "最多扣除", "累计扣")
_add("CAP", None, "before_number", "扣分不超过", "扣分最多不超过", "扣分最高不超过", "扣分不得超过",  # 扣分不超过2分
     "扣分累计不超过", "扣分合计不超过", "扣分累计不得超过", "扣分合计不得超过")  # 以上扣分累计不超过6分: the deductions summed
# Points added on top (每超过10个百分点加1分，最多加2分): a bonus, never a deduction.
_add("ADD", None, "before_number", "加", "另加", "再加", "可加", "加上")
_add("CAP", "added", "", "最多加", "最高加", "最多可加", "最高可加", "最多增加", "最高增加", "最多可增加", "最高可增加", "加分最多", "加分最高", "加分不超过", "加分上限为",
     "加分上限", "最多另加", "累计加分不超过", "累计最多加", "累计加分最多", "加分最多不超过", "最多加分",
     "加分最高不超过", "加分最高不得超过", "加分不得超过")  # 每多1篇加0.2分，加分最高不超过0.6分: the additions at most 0.6
_add("CLAMP", None, "", "最高不超过分值上限", "最高不超过该指标分值", "最高不超过分值", "不超过分值上限",
     "最高不超过满分", "最高得满分", "最高为满分", "超过满分按满分计", "封顶", "不超过该指标分值",
     "最高不超过该项分值", "以满分为限", "满分为止", "超额完成不加分", "超额不加分", "最高不超过指标分值",
     "最高不超过本项分值", "最高不超过本指标分值", "不超过指标分值", "最高为指标分值", "最高为分值", "最高为本项分值", "最高为该项分值", "最高为该指标分值", "最高为本指标分值", "最多不超过分值", "最多不超过指标分值",
     "以指标分值为限", "以分值为限", "加满为止", "加至满分为止", "加到满分为止", "加至满分", "加满分为止")
# 加分至基本分值封顶 beside 扣分至基本分值扣完为止 (one cell of a 目标考核表): the points added stop once they
# equal the 基本分, as the points deducted stop once they use it up (a cap at the 基本分 itself would leave the
# additions nothing to add)
_add("CAP", "added_base", "", "加分至基本分值封顶", "加分至基本分值为止", "加分至基本分封顶", "加分至基本分为止",
     "加分以基本分值为限", "加分以基本分为限")
# 总分最高不超过16分 / 最高得分不超过15分: the score itself at most that many points (base + additions); before a
# number only (得分最高不超过分值上限 is the CLAMP at the 分值)
_add("CAP", "total", "before_number", "总分最高不超过", "总分不超过", "最高得分不超过", "得分最高不超过",
     "最高分不超过", "总得分不超过", "总得分最高不超过", "最高加至", "最高加到", "最多加至", "最多加到",  # (最高加至120分)
     # 超额完成10%以上的加0.5分，本项加分后不超过5.5分 / (加分后本项不超过6分): the score with the addition at most that
     "加分后不超过", "加分后最高不超过", "加分后总分不超过", "加分后得分不超过", "加分后本项不超过", "加分后本项得分不超过",
     "本项加分后不超过", "本项加分后最高不超过")
# 最高不得超过分值上限 / 最多不能超过该指标分值 …: every way the reports cap the score at the 分值
_add("CLAMP", None, "", *(f"{most}{verb}{whole}" for most in ("最高", "最多", "最高分", "得分", "", "加分后", "加分后总分", "总分")
                          for verb in ("不超过", "不得超过", "不能超过", "不应超过", "不高于", "不得高于", "不得突破")
                          for whole in ("分值上限", "分值", "满分", "指标分值", "该指标分值", "该项分值", "本项分值", "本指标分值",
                                        "该指标分值上限", "指标分值上限", "该指标满分", "权重")))
_add("OTHER", None, "", "否则", "否那么", "其余情况", "其他情况", "其它情况", "反之", "除此之外",
     "无则")  # 有专门机构得1分，无则不得分: 无则 is 否则 after what 有 requires
_add("OTHER", None, "not_listed", "其余", "其他", "其它")  # not 私人、其他账户 / 与其他单位共用: one of the things named
_add("STD_OPEN", None, "before_number", "以")
_add("STD_CLOSE", None, "", "为标准", "为基准", "为准", "为满分标准", "为目标", "为满分")
# 介于75-100%之间按线性内插赋分: a straight line between the two bands' scores (rules/interpolation.py)
# (3000-4500元/亩之间线性递减: the line said by the way it runs, which the anchors must agree with)
# (60%-100%之间线性计分: the line named by the way it scores)
_add("INTERP", None, "", "线性内插法", "线性内插", "线性插值法", "线性插值", "内插法", "插值法", "内插", "线性递减", "线性递增",
     "线性计分", "线性赋分", "线性得分",
     # (95%～100%之间按插值计分 / 6000-8000人之间按线性比例计分: the line named by its method and the way it scores —
     # not a bare 按插值计算, which refusals.yaml holds refused beside a band of nothing that leaves its end unsaid)
     "插值计分", "插值赋分", "插值得分", "线性比例计分", "线性比例赋分", "线性比例得分")
# 中间按插值计算: the line named by its method alone ("bare"): read only where both anchors say their end's points —
# ≤70%不得分 holds 70% itself (rules/interpolation.py); beside 低于80%不得分 the points at 80% are unsaid, and 80%-90%
# could run from 0 at 80% or as the share of 90% (refusals.yaml)
_add("INTERP", "bare", "", "插值计算", "内插计算")
# 未完成或超额完成的按比例扣分或加分: the points follow completion both ways (piecewise.Proportional)
_add("PROP_BOTH", None, "", "按比例扣分或加分", "按比例加分或扣分", "按比例相应扣分或加分", "按比例相应加分或扣分",
     "比例相应扣分或加分", "比例相应加分或扣分", "按比例加减分", "按比例增减分值", "按比例相应增减", "按比例增减")
# 按完成比例 (按完成值与指标值的比例, normalised) / 按任务完成比例: the share of the target (or a plan stated) done — not a
# bare 按比例 (a share of what?)
# 按实际到位比例 / 按资金到位比例: the share of the funds due that arrived, the 到位率 itself
COMPLETION_SHARE = frozenset({"按完成比例", "按实际完成比例", "按目标完成比例", "按照目标完成比例", "按任务完成比例",
                              "按到位比例", "按实际到位比例", "按资金到位比例"})
_add("PROP", None, "", "按比例", "按实际比例", *sorted(COMPLETION_SHARE), "按比例计算", "按比例计分",
     "按比例得分", "的比重计算得分", "的比例计算得分")
# How a started step counts: 按比例扣分 (proportionally) or 不足一档不扣分 (not at all).
_add("POLICY", "exact", "", "按比例扣分", "按实际比例扣分", "按比例扣减", "按比例计扣", "按比例扣减分值", "按差额比例扣分",
     "按差额比例扣减", "差额部分按比例扣减分值", "差额部分按比例扣分", "按比例扣除分值", "按比例加分", "按比例计加")
_add("POLICY", "ceil", "", "不足一档按一档加分", "不足一档按一档计")
_add("POLICY", "floor", "", "不足一档不扣分", "不足一档的不扣分", "不足一档不扣", "不足部分不扣分", "不足一档的部分不扣分")
_add("BY", None, "", "按照")
_add("BY", None, "not_on_time", "按")  # (按期答复率 / 按时上报: on time, a word's own)
_add("BY", None, "not_evidence", "根据", "依据")  # (以台账为依据: the evidence the score rests on, not a method)
# 得分80以上得5分 / 得分在90分以上的: the score measured (of another assessment), opening its clause before its level —
# never the scoring word (read so, 得分80以上 was 完成率≥80% of an entered target)
_add("SCORING", None, "not_a_measured_score", "得分")
_add("SCORING", None, "word_end", "计分", "记分", "给分", "赋分", "打分")  # not 评价计分正确 / 计分标准 (words)
_add("MANUAL", None, "", "由评价人员在分值范围内录入得分", "酌情扣分", "酌情给分", "酌情得分", "酌情评分", "酌情", "视具体情况扣分", "视具体情况", "视情况扣分", "视情况", "确定得分",
     "根据情况扣分", "根据实际情况扣分", "视情节", "专家打分", "综合打分", "综合评判")
# 达不到的酌减 / 不全的酌扣: how much is the evaluator's (not 酌减1-2分, a deduction range priced)
_add("MANUAL", None, "unpriced", "酌情扣减", "酌情减分", "酌减", "酌扣")
# 由评价组综合评分: the evaluator's score (not 综合评分达60分 / 综合评分每低1分 / 综合评定达甲等, a measure compared)
_add("MANUAL", None, "not_compared", "综合评分", "综合评定")
# 合理确定分值 / 合理确定得分: the evaluator's score (not 合理确定棚改安置方式的得2分, a requirement met)
_add("MANUAL", None, "before_score_word", "合理确定")
_add("DE", None, "", "的", "者", "则", "即")
_add("DE", None, "not_a_time_word", "时")  # 完成时 / 检查时 (not 时长, 时间, 时限: words of their own)
# What the 规范写法 says of an unset target; the reader already takes 100% then.
_add("NOTE", None, "", "(未设目标值时为100%)", "(未设目标值时按100%)", "(未设目标值时为0%)", "按与目标值的差距扣分")
# Advice the regulations add beside a rule, which the evaluator weighs (校验 flags over-completion)
_add("NOTE", None, "", "要按照偏离度适度调减分值", "按照偏离度适度调减分值", "要分析原因", "或者扣相应的分数", "或扣相应的分数",
     "或扣相应分数")
# 按照完成值与指标值的比例记分: the 单位自评 proportion, written out in words
_add("TARGET_RATIO", None, "", "按照完成值与指标值的比例", "按完成值与指标值的比例", "按照完成值与指标值比例", "按完成值与指标值比例")
_add("PRECISION", None, "", "精确到", "保留")
_add("AND", None, "", "且", "并且", "同时")
# 低于95%但不低于90%得3分: 但 between a number's comparison and the next comparison joins them, as 且 does (not 有系统但运行
# 不正常, a requirement met in part)
_add("AND", None, "between_comparisons", "但")
_add("TIMES", None, "", "×", "*")
_add("OVER", None, "", "/", "÷")
_add("OPEN", None, "", "(", "[")
_add("CLOSE", None, "", ")", "]")
_add("PLUS", None, "", "+")
_add("ALL_MET", None, "", "均符合", "都符合", "全部符合", "符合全部", "均满足", "都满足", "全部满足", "满足全部",
     "均达到", "都有", "均有", "都对", "均对")
# (2023年11月30日前全部完成整治的 / 按期全部完成: the whole done by the day — its 完成 the deadline's, no 评价要点 all met)
_add("ALL_MET", None, "after_no_deadline", "全部完成")
_add("EXCEPT", None, "", "缺", "不符合", "未完成", "完不成", "没有完成", "未能完成", "不满足", "不对", "没有", "未达到要求", "未达要求", "达不到要求", "未达标")
_add("MARK", None, "", *CIRCLED)
# Nouns that contain a lexicon word (计划 is not 计+划, 及时率 not 及+时+率): they stay inside WORD runs.
_add("NOUN", None, "", "得分率", "达标率", "计划", "设计", "统计", "会计", "审计", "合计", "总计", "共计", "累计", "估计", "预计",
     "不到位", "不到岗", "不到场", "不到会", "不到校",  # a failure (did not come, not done in full), never 不到 N
     "省以上", "市以上", "县以上", "地市以上",  # 无市以上集体上访 (a level of government, 市 and those above it): words, never 以上 after
     # a level (once the award 信息预警做得好且无市以上集体上访的记20分 cut at 以上 and refused)
     "计生", "卫计",  # 卫生计生工作领导小组 (family planning): never the verb 计 cutting a fault's name
     "读者", "患者", "学者", "消费者", "劳动者",  # 读者座席 / 患者满意度: people named, never the particle 者 (not 作者: 社会工作者 is 工作+者)
     # (征得: 负责人调动征得市统计局同意,并及时办理交接手续(1分) read 得 as a score, the consent dropped from the point)
     "记录", "计入", "登记", "标记", "记载", "书记", "笔记", "日记", "记者", "牢记", "记账", "记帐", "得到", "取得", "使得", "得以", "得当", "得力", "征得", "评价", "评估", "评分表", "环评", "考评", "测评", "评议", "评比", "点评", "评为", "批评",
     "做得", "搞得", "抓得",  # 信息预警做得好的记20分 / 工作做得一般的: 得 a verb's complement (做得好), never the score's 得 (once the
     # award cut to 好的记20分 and refused)
     "评优", "评先",  # 评优比例 / 评优评先 (choosing the best): never the verb 评 before a grade 优
     "评定", "评审", "评选", "自评", "互评", "复评", "参评", "初评", "评级", "及时", "按时", "准时", "实时", "适时", "时间", "时效", "时限", "时点", "时段", "规则",
     "原则", "细则", "准则", "法则", "立即", "或者", "目的", "供给", "给付", "扣款", "减免", "减税", "为止", "以及",
     "予以", "可以", "所以", "加以", "难以", "以便", "以来", "以后", "以前", "以往", "低保", "高校", "高速", "多样",
     "多元", "增值", "计算", "计量", "分类", "分配", "分析", "分解", "分别", "分档", "部分", "充分", "十分", "百分",
     "区分", "划分", "细分", "成分", "处分", "身份", "省份", "年份", "月份", "其中", "尤其", "极其", "各得", "满足", "满意",
     "不满", "未满意", "超市", "超额", "多少", "多数", "缺少", "缺失", "缺陷", "缺席", "缺勤", "差异", "差距", "偏差", "较差",
     "调减", "调增", "追加", "时序", "其他资金", "其他收入", "其他支出", "减排", "节能减排", "减量", "削减",
     "零增长", "负增长")  # 新增违法建设“零增长”的得3分: a state named, never a step of growth)
_add("SEP", "hard", "", ";", "。", "\n")
_add("SEP", "soft", "", ",", ":", "|")

_BY_LENGTH = sorted(ENTRIES, key=lambda entry: len(entry[0]), reverse=True)
# what tokenize tries where a text goes on with two characters: the words opening with both, then the one-character
# word (in _BY_LENGTH's order, the order they are tried in); under a character alone, its one-character word (for a pair
# no longer word opens with, or the text's last character) — 扣 opens 121 words and 最 289, most of them not there
_FIRST_TWO: dict[str, list[tuple[str, str, Any, str]]] = {}
for _entry in _BY_LENGTH:
    _FIRST_TWO.setdefault(_entry[0][:2], []).append(_entry)
for _pair, _entries in _FIRST_TWO.items():
    if len(_pair) == 2:
        _entries += _FIRST_TWO.get(_pair[0], ())

UNITS = ("万元", "亿元", "千元", "元", "个月", "个工作日", "工作日", "个星期", "周", "人次", "户次", "家次", "场次", "册次", "个", "人", "项", "次", "家", "户",
         "名", "份", "场", "处", "篇", "条", "天", "日", "月", "年", "件", "期", "批次", "批", "所", "座", "公里", "km",
         "米", "厘米", "毫米", "平方米", "亩", "吨", "公斤", "千克", "台", "套", "本", "册", "课时", "小时", "分钟", "秒钟", "秒", "学时", "例", "宗", "笔",
         "类", "种", "支", "队", "节", "部", "架", "枚",  # (加装电梯30部: once 30%, 27部 of 30 scoring full marks)
         "单", "张", "组", "间", "栋", "辆", "艘", "株", "棵", "头", "只", "册", "起", "层", "盏", "届", "轮", "根", "块", "伙", "岁", "公顷", "立方米", "平方公里", "千米",
         "人日", "工日", "台次", "架次", "车次", "班次", "艘次", "蒸吨", *CLASSIFIERS,
         "台件",  # (计量器具强检数量≥3000台件: one count of instruments, once 3000台 and 件 a word left unread)
         "微克/立方米", "毫克/立方米", "倍", "%", "‰")
# A per-unit unit (元/人·月, 万元/公里) is one unit: the number is not divided by anything. It measures like a count
# (an amount per household is compared as entered), never a rate: 户均增收≥2000元/户 was once 完成率≥200000%.
_PER_AMOUNTS = ("万元", "元", "人", "户", "个")
_PER_WHAT = ("人·月", "户·月", "人·年", "人次", "人", "户", "月", "年", "天", "公里", "km", "次", "个", "亩", "平方米", "吨", "学时",
             "课时", "床")
_PER_PERIODS = ("·月", "·年", "·天")
PER_UNITS = frozenset(f"{amount}/{what}{period}" for amount in _PER_AMOUNTS for what in _PER_WHAT for period in ("", *_PER_PERIODS))
COUNT_UNITS = frozenset(u for u in UNITS if u not in ("%", "‰", "万元", "亿元", "千元", "元")) | PER_UNITS
SCORE_UNIT = "分"  # 综合评分达60分: the score of what is evaluated, as a level (rules/measured_points.py), never a count
MEASURE_ONLY_UNITS = frozenset({"岁"})  # an age is measured (每超1岁), never a count of faulty items (每有1项)
# 实际值/目标值×分值: the 单位自评 ratio's own names (and the points'), which name no quantity of the indicator — a ratio of
# them has nothing to rename (plan_divisor.py, printed_divisor.py)
GENERIC_VALUE_NAMES = frozenset({"实际值", "目标值", "指标值", "完成值", "实际完成值", "分值", "满分"})
# 完成率=实际完成值/指标值: the value achieved over the target, by the 自评表's own names for its two columns — a rate so
# defined is the entered value over the entered target (97% against 95% is 102%), not the value alone
ACHIEVED_NAMES = frozenset({"实际值", "完成值", "实际完成值", "实际完成数", "实际数"})
TARGET_NAMES = frozenset({"目标值", "指标值", "年度指标值", "年度目标值", "计划值", "计划数", "目标数"})
# 预算标准1.2万元/公里 / 预算金额240万元 / 年初预算20亿元 / 计划投资额2000万元: an amount budgeted or planned, printed by the
# text, that a deviation (±5%以内) is measured from (rules/stated_budget.py)
BUDGETED_AMOUNT_WORDS = ("预算标准", "预算金额", "预算数", "预算额", "年初预算", "预算", "计划投资额", "计划投资", "计划金额",
                         "合同金额", "批复金额", "概算")
MONEY_SCALE = {"万元": Decimal(10000), "亿元": Decimal(100000000), "千元": Decimal(1000), "元": Decimal(1)}
# 国家级 / 省级 / 市级 …: the level of one honour or one award (省级以上: the level and all above it)
HONOUR_LEVELS = lazy_compile(r"(?:国家级|省部级|省级|地市级|市级|县级|区级|乡镇级|镇级)(?:及以上|以上)?")
_NUMBER = lazy_compile(r"\d+(?:\.\d+)?")
_PER_UNIT = lazy_compile(f"(?:{'|'.join(_PER_AMOUNTS)})/(?:{'|'.join(sorted(_PER_WHAT, key=len, reverse=True))})"
                         f"(?:{'|'.join(_PER_PERIODS)})?")
# a task named, or its quantity named and ended (任务量 / 任务额度,…): not 任务数 / 任务率 / 任务书, nor 任务量的90% (a share);
# never a share said in words (完成任务的一半得5分 read as the whole task completed: half of it scored 0)
_SHARE_IN_WORDS = r"的(?:一半|半数|大半|多半|大部分|部分|[一二三四五六七八九十]+分之)"
_TASK = r"任务(?:(?:量|额度?)(?=[,;。(得计记]|的(?=[,;。得计记给]|$)|$)|(?![数率量额书]))(?!" + _SHARE_IN_WORDS + ")"
# 完成城镇新增就业人数目标任务 / 完成市政府下达全年参保目标任务: what is completed, named, then its target
_NAMED_TARGET = lazy_compile(r"(?:(?![率达到为是的超低不未及和与或]|高[于出])[\u4e00-\u9fff]|\([^()]{1,40}\)){2,16}?(?:目标任务|目标值|指标值|计划任务|下达任务|" + _TASK + r"|计划(?=的(?!\d)|,|;|。|$))")
# 完成上级下达的年度计划 / 完成镇下达的农机推广任务: the task or plan as assigned (not 下达的任务数, 计划的95%)
_ASSIGNED_TASK = lazy_compile(r"[\u4e00-\u9fff]{0,6}?下达的?(?:(?![率的])[\u4e00-\u9fff]){0,12}?(?:" + _TASK + r"|计划(?=的(?!\d)|,|;|。|$))")
# …未完成的按完成比例计分 / 每低10%扣1分: what falls short is measured (not 未完成的酌情扣分, options of a point)
_MEASURED_REST = lazy_compile(r"按(?:实际|目标|任务)?(?:完成)?比例|每(?:低|少|差|下降|降低)")
# 镇交机插秧面积 / 县下油菜免耕栽培计划: assigned by the town (county), then what (not 县下达, 市下属, 镇交通)
_ASSIGNED = lazy_compile(r"[省市县区镇乡][交下](?![达属辖通叉易接流])[\u4e00-\u9fff(]")
# a year (with its month and day): part of the words around it, never a level or points (not 2000年以上, a span)
_DATE = lazy_compile(r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?!以上|以下|以内|[及和或内\d])")
# 3月份前设立…,每推迟1个月扣10分 / 6月底前完成…,逾期30天以内得2分: a month of the year (份, a day, or 底 and 前 say so;
# 3个月 is a span) beside the lateness counted is the time the task is due by, words — never a level (not 1-12月份, a
# period; not 3月以上). Without lateness counted it stays a number to place (3月份前设立得30分，4月份前设立得20分 are
# deadlines of tiers, never two 评价要点).
_LATENESS_COUNTED = lazy_compile(r"(?:推迟|延迟|逾期|延期|拖延|迟)\d+(?:\.\d+)?(?:个月|个工作日|工作日|天|日|周)")
_LATENESS_BAND = lazy_compile(r"(?:推迟|延迟|逾期|延期|拖延|迟)?(?:超过)?\d+(?:\.\d+)?(?:个月|个工作日|工作日|天|日|周)(?:以上|以内|以下|之内|内)|超过\d")
# So is the day written in brackets after the deadline it dates (汛前(5月31日)全部入库 / 秋季开学前(8月31日)), and a day
# of the month the task recurs in (当月10日前发放到位 / 次月5日前报送).
_MONTH_OF_YEAR = lazy_compile(r"(?:[1-9]|1[0-2])月(?:份(?:底|末)?|\d{1,2}日|底|末)?(?:之前|以前|前)|(?:[1-9]|1[0-2])月份(?!以上|以下|以内|[及和或至到\d-])"
                              r"|(?<=前\()(?:[1-9]|1[0-2])月(?:\d{1,2}日|底|末)(?=\))|(?<=当月|次月)\d{1,2}日(?:之前|以前|前)")
# 按常住人口人均2元的标准投入到位计1分: the amount the standard is made of, which the share put in is measured against
_STANDARD_AMOUNT = lazy_compile(r"\d+(?:\.\d+)?(?:元/人|万元|千元|元|%)(?=的标准)")
_BY_STANDARD = lazy_compile(r"(?:^|[,;。\n])[^,;。\n]*?按(?:照)?((?:(?!按)[^,;。\n\d])*)$")
# 24小时办结率 / 48小时内到场率 / 10秒内接听率 / 接种后24小时内录入系统的比例: a time span naming the rate (or share)
# measured, not a level of it (not 超过24小时的, 每延迟1天; nor 25-50个工作日按比例减分, 按比例 no share's name)
_TIMED_RATE = lazy_compile(r"\d+(?:个工作日|工作日|个小时|小时|分钟|秒钟|秒|天|日)内?(?=([\u4e00-\u9fff]{1,8}?)(?:率|(?<!按)(?<!照)比例|占比|比重))")
# 56人以上大班额比例 / 3000万元及以上企业占比: a size that sets apart the group a share counts, part of its name (not a level
# of it: 比例控制在5%以内 is; nor 超过56人的, 每超1人, a size compared)
SIZED_GROUP = r"\d+(?:人|名|个|家|户|亩|平方米|万元|元)(?:及以上|以上|及以下|以下)"  # (rules/parser.py names the measure past it)
_SIZED_GROUP = lazy_compile(SIZED_GROUP + r"(?=([\u4e00-\u9fff]{1,8}?)(?:比例|占比|比重|率))")
# 近三年本专业…通过率 / 近3年平均增长率: the years a measure is taken over, part of its name (not 近3年以上)
# (not 近3年以上; nor 近三年来，满意度…, a period said apart, once a requirement 近3年来 beside the level; nor 近三年完成率均
# ≥90% / 每年 / 分别, a level each year must reach, which one rate for the years cannot say)
_RECENT_YEARS = lazy_compile(r"\d{1,2}(?:个)?年(?>(?:来|内|间)?)(?=[\u4e00-\u9fff])(?!以上|以下|以内|之内|及以上|及以下)"
                             r"(?![^,，;；。\n]*?(?:(?<!平)均|每年|各年|逐年|分别))")
# 24小时晴雨预报 / 24小时最高温度相对…指导预报: a forecast's lead time, part of what is forecast (not 提前24小时预报)
_FORECAST_SPAN = lazy_compile(r"\d+小时(?!以内|以上|以下|之内|内|及以上|及以下|前|后)(?=[\u4e00-\u9fffA-Z()]{0,16}?(?:预报|预测))")
_BEFORE_A_LEVEL = lazy_compile(r"(?:每|超过|超出|超|高于|低于|不足|少于|少|多于|大于|小于|达到|达|不超过|不少于|不低于|不高于|"
                               r"[≥≤<>=]|为|是|在|逾期|延迟|推迟|延期|滞后|提前|第|前|后|近)$")
# 每月1日-10日到镇经管站报账: the days of each month a task is due in, a schedule the faults after it are counted
# against (每拖1天扣2分), never a band of the measure (每月5日前 is read as a deadline elsewhere)
_MONTHLY_DAYS = lazy_compile(r"\d{1,2}日[-~至到]\d{1,2}日(?![\d%前])")
_COMPARED = lazy_compile(r"[≥≤<>=]|不低于|不少于|不高于|不超过|不足|达到|达|至少|最低|最高|大于|小于|高于|低于|超过|以上|以下")


def _deadline_alone(text: str, start: int, end: int) -> bool:
    """3月份前在乡、村、组设立信访信息员记30分: the month the only number of its clause but the points (not 3月份前设立
    信息员3名得30分 / 3月份前完成率达到100% / 3月份、6月份前分别完成: a level or a second deadline beside it)."""
    opening = max(text.rfind(mark, 0, start) for mark in _CLAUSE_ENDS) + 1
    closing = min((at for at in (text.find(mark, end) for mark in _CLAUSE_ENDS) if at >= 0), default=len(text))
    rest = text[opening:start] + text[end:closing]
    return not _DIGIT.search(_POINTS_SAID.sub("", rest))


_CLAUSE_ENDS = (",", "，", ";", "；", "。", "\n")
_POINTS_SAID = lazy_compile(r"\d+(?:\.\d+)?分(?![钟之])")
_DIGIT = lazy_compile(r"\d")


def _level_before(before: str, span: str) -> bool:
    """A level's word right before the span (超过24小时, 每延迟1天); 后 before a window (接种后24小时内录入系统的比例)
    only starts the window the rate is counted in, from the event named before it."""
    level = _BEFORE_A_LEVEL.search(before)
    return level is not None and not (level.group() == "后" and span.endswith("内"))


def _described_number(text: str, position: int, lateness: bool) -> int | None:
    """Where the words running on past a number at ``position`` end, when the number only describes: a date, the time
    span in a rate's name, or the amount of a standard named after 按 (not a comparison's own number: 按不低于2元的标准
    is a level)."""
    date = _DATE.match(text, position)
    if date:
        return date.end()
    month = _MONTH_OF_YEAR.match(text, position) if lateness and not text.endswith(("-", "~", "至", "到", "第", "每"), 0, position) else None
    if month and _deadline_alone(text, position, month.end()):
        return month.end()
    monthly = _MONTHLY_DAYS.match(text, position) if text.endswith("每月", 0, position) else None
    if monthly:
        return monthly.end()
    recent = _RECENT_YEARS.match(text, position) if text.endswith("近", 0, position) else None
    if recent:
        return recent.end()
    timed = _TIMED_RATE.match(text, position)
    if timed and not _COMPARED.search(timed.group(1)) and not _level_before(text[:position], timed.group()):
        return timed.end()
    sized = _SIZED_GROUP.match(text, position)
    if sized and not _COMPARED.search(sized.group(1)) and not _BEFORE_A_LEVEL.search(text[:position]):
        return sized.end()
    forecast = _FORECAST_SPAN.match(text, position)
    if forecast and not _BEFORE_A_LEVEL.search(text[:position]):
        return forecast.end()
    amount = _STANDARD_AMOUNT.match(text, position)
    standard = _BY_STANDARD.search(text, 0, position) if amount else None
    if amount and standard and not _COMPARED.search(standard.group(1)):
        return amount.end()
    return None


# 12345热线 / 12345政务服务便民热线 / 120急救 / 12315平台 / 110接处警: the digits name a service line, never a number of the rule
_SERVICE_NUMBER = lazy_compile(r"(?:12345|12315|12366|12333|12348|12369|110|119|120|122)(?=(?:政务服务便民|政务服务|政务|便民服务|便民|服务|市民服务|消费者投诉举报|投诉举报|纳税服务|人社|公共法律服务|民生|报警|急救|交通)?(?:热线|平台|急救|中心|指挥|报警|接处警|接警|出警|处警))")
# 5G基站 / 4K超高清频道 / 3D打印: a technology's code of a digit and a letter is its name, never a number of the rule (nor
# 5 of G: 实现行政村5G覆盖得1分 is a requirement met, no level of 5)
TECH_NAME = r"(?:[2345]G|[48]K|3D)(?![A-Za-z\d.])"
_TECH_NAME = lazy_compile(TECH_NAME)
_DOCUMENT_NUMBER = lazy_compile(r"[〔\[【]\d{0,4}[〕\]】]\d+号")
_LETTER_MARKER = lazy_compile(r"[A-H][.、](?=[\u4e00-\u9fff]|$)")  # E. ending a cut-off list too
_PAREN_MARKER = lazy_compile(r"\((\d{1,2})\)(?!分)")
# 一是签订责任书得1分；二是建立台账得1分；三是…: the ordinal said as 一是 / 二是 opening a clause, a list's own number
# (as 1、 is; never 是 inside a word: 唯一是, 统一是 have a word before them)
_ORDINAL_MARKER = lazy_compile(r"([一二三四五六七八九])是(?=[\u4e00-\u9fff“])")
ORDINALS = "一二三四五六七八九"
_LATIN_PAIR = lazy_compile(r"(?<![A-Za-z0-9])[A-Z]{2,6}/[A-Z]{2,6}(?![A-Za-z0-9])")


def _latin_pair_at(text: str, slash: int, word_start: int) -> bool:
    """DRG/DIP / SCI/EI: the slash at ``slash`` between two names in capitals (2–6 letters each) inside a word."""
    start = slash
    while start > word_start and "A" <= text[start - 1] <= "Z":
        start -= 1
    found = _LATIN_PAIR.match(text, start)
    return found is not None and found.end() > slash
_TIMES = {"万": Decimal(10000), "千": Decimal(1000), "亿": Decimal(100000000)}
_MULTIPLIER = lazy_compile(r"[万千亿](?=" + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True) if u not in ("%", "‰")) + ")")
_UNIT_RE = lazy_compile("|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True)))


@dataclass(frozen=True)
class Token:
    """One word of a 评分标准 as the lexicon reads it: a number, points, a comparison, a word …"""

    kind: str  # NUM, PTS, WORD or an entry kind above
    text: str
    start: int
    end: int
    value: Any = None  # Decimal for NUM/PTS (rates as fractions), the operator for CMP/SUF …
    unit: str = ""  # NUM only: %, 个, 万元 … ("" for a bare number)

    def __repr__(self) -> str:  # short, for error messages and debugging
        return f"{self.kind}:{self.text}"

_FEN_WORD = lazy_compile(r"分(?:值|钟|之|数|档|别|项|类|为(?!止))")  # words that start with 分


def _number_token(text: str, start: int) -> Token:
    match = _NUMBER.match(text, start)
    assert match
    number = Decimal(match.group())
    end = match.end()
    per_unit = _PER_UNIT.match(text, end)
    if per_unit:
        return Token("NUM", text[start:per_unit.end()], start, per_unit.end(), number, per_unit.group())
    if text.startswith(POINTS_OFF_TARGET, end):  # 低于目标值5个百分点 (normalize keeps only these): 5% in the rate's points
        return Token("NUM", text[start:end + len(POINTS_OFF_TARGET)], start, end + len(POINTS_OFF_TARGET), number / 100, "%")
    # N分 is points, except 分值/分钟/分之/分数/分档 (words that start with 分)
    if text.startswith("分", end) and not _FEN_WORD.match(text, end):
        return Token("PTS", text[start:end + 1], start, end + 1, number)
    times = _MULTIPLIER.match(text, end)  # 0.5万人, 2.7千人次: the multiplier scales the number
    if times and not _UNIT_RE.match(text, end):  # 万元, 千米 are units of their own
        unit = _UNIT_RE.match(text, times.end())
        assert unit
        return Token("NUM", text[start:unit.end()], start, unit.end(), number * _TIMES[times.group()], unit.group())
    unit = _UNIT_RE.match(text, end)
    if unit:
        name = unit.group()
        value = number / 100 if name == "%" else number / 1000 if name == "‰" else number
        return Token("NUM", text[start:unit.end()], start, unit.end(), value, "%" if name == "‰" else name)
    return Token("NUM", text[start:end], start, end, number, "")


def range_start_in_multiplier(start: Token, end: Token) -> Token:
    """The bare start of a range whose end prints a multiplier: 15-20万人次 is 15万 to 20万人次, the 万 said once for
    both ends (as 15-20万元 is). Only when the bare start is below the end's printed number — 3000-5万人次 starts at 3000
    itself; a start with a unit of its own keeps it."""
    if start.kind != "NUM" or start.unit or not end.unit or end.unit == "%":
        return start
    printed = end.text[: len(end.text) - len(end.unit)]
    times = _TIMES.get(printed[-1:])
    if times is None or start.value >= Decimal(printed[:-1]):
        return start
    return Token("NUM", start.text, start.start, start.end, start.value * times, end.unit)


def printed_multipliers(text: str) -> tuple[tuple[str, str], ...]:
    """(unit, the unit as printed) for each unit the normalised ``text`` prints with one multiplier and never without
    it (50万平方米…每少5万平方米 → 平方米 as 万平方米). The reader keeps such numbers in the unit itself (500000平方米);
    a bare number entered against the rule is taken in the unit as printed, as 95 against ≤90万元 is 95万元."""
    if not any(times in text for times in _TIMES):
        return ()
    printed: dict[str, set[str]] = {}
    for token in tokenize(text):
        if token.kind == "NUM" and token.unit and token.unit != "%" and token.text.endswith(token.unit):
            before = token.text[: len(token.text) - len(token.unit)][-1:]
            printed.setdefault(token.unit, set()).add(before if before in _TIMES else "")
    return tuple((unit, times.pop() + unit) for unit, times in printed.items() if len(times) == 1 and "" not in times)


_PERCENT_AFTER_DE = lazy_compile(r"的\d+(?:\.\d+)?%")
# 完成目标得4分 / 未完成目标的不得分: the bare 目标 completed is the target, as 完成目标值 is (not 完成目标值, 目标任务: words
# of their own; nor 完成目标的90%, a share of it)
_BARE_GOAL_DONE = lazy_compile(r"目标(?![值任数率书])(?:的(?![\d一二三四五六七八九十半])|[得,，;；。记计不]|$)")
# (目标80公里，完成目标得4分，每少1公里…: the 目标 is the number printed before, a level the rest reads from)
_GOAL_NUMBERED = lazy_compile(r"目标[\u4e00-\u9fff]{0,12}?[≥>:为是]?\d")
_COMPLETED = ("完成", "未完成", "完不成", "没有完成", "未能完成")
# 按期完成… / 未按时完成… / 及时全部完成…: the completion kept to (or missed) its time, right before 完成
# (2024年11月30日前完成修复任务的得6分，每逾期1个月扣2分: by a date printed with its year, the deadline kept)
_ON_TIME_BEFORE = lazy_compile(r"(?:按期|按时|如期|准时|及时|(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日|底|末)?(?:前|之前|以前))"
                               r"(?:全面|全部)?$")
# (…，年终成绩不合格的年度成绩为0: a zero the formula reading would drop — left to the readings that refuse it)
_MARK_ZEROED = lazy_compile(r"为(?:0|零)(?![.\d])")
_POINTS_NEXT = lazy_compile(r"\d+(?:\.\d+)?分")
_RATES_OF_THE_PLAN = ("完成率", "执行率", "完成比例", "完成进度")  # 完成率达到计划的90%: already the plan's share


_BEYOND_THE_TASK = lazy_compile(r"超额(?:完成)?(?:任务)?的?[,，]每多$")
# (a count or an amount with its unit: 3条 / 1.2万亩 / 500万元 — never a share, a date or a span: 90% / 2023年 / 2个月)
_COUNT_NEXT = lazy_compile(r"\d+(?:\.\d+)?(?:万|亿)?(?!个月)(?![年月日号时分秒周天点%‰])[\u4e00-\u9fff]")
# (完成50家(含)至100家的: the count opening a range, its 完成 a word as in 完成50-100家的 — never ≥50家 with 100家 lost)
_RANGE_NEXT = lazy_compile(r"\d+(?:\.\d+)?(?:万|亿)?[\u4e00-\u9fff]{1,3}(?:\((?:不)?含\))?(?:至|到|~|-)\d")


def _is_digit(char: str) -> bool:
    return len(char) == 1 and "0" <= char <= "9"  # str.isdigit() also takes ① and ²


def _completed_before(tokens: list[Token]) -> Token | None:
    """The comparison a task's name follows: 完成 right before it, or before a note in brackets (完成镇交高效农业(…)任务)
    or the words of who assigned it (完成上级下达的年度计划)."""
    if tokens and tokens[-1].kind == "CMP":
        return tokens[-1]
    if not tokens or tokens[-1].kind not in ("CLOSE", "DE"):
        return None
    last = next((t for t in reversed(tokens[-5:]) if t.kind not in ("OPEN", "CLOSE", "WORD", "DE")), None)
    return last if last is not None and last.kind == "CMP" else None


def _opens_clause(text: str, start: int) -> bool:
    """完成 opening its clause (完成县下油菜免耕栽培计划的计5分), not inside a situation (未按期完成养护计划的)."""
    if text[max(0, start - 2):start] in ("项目", "工程"):  # 项目完成计划的: the project, named before what it completes
        start -= 2
    return start == 0 or text[start - 1] in ",;。、:\n)"


# after 不得, the words that make it a score withheld (不得分 / 不得满分 / 不得加分 / 不得此项分…); before any other word it
# forbids what the requirement names (不得无故缺席 / 不得挪用资金), no score
SCORE_AFTER_NOT_GIVEN = "分满加奖基此该本相全给评记计"


def prohibition(text: str, end: int) -> bool:
    """The 得 ending at ``end`` is the 不得 of a prohibition: 不得 before a word that is no score."""
    return text[end - 2:end] == "不得" and "\u4e00" <= text[end:end + 1] <= "\u9fff" \
        and text[end] not in SCORE_AFTER_NOT_GIVEN


# 优秀不扣分，良好扣1分，一般扣2分: a grade deducting nothing, before grades deducting points — that grade's 满分
_GRADE_SPARED = lazy_compile(r"(?:^|[,;。\n，；])([\u4e00-\u9fff]{1,4}?)的?(?:不扣分|不予扣分)$")
_GRADE_DEDUCTED = lazy_compile(r"[,;，；]([\u4e00-\u9fff]{1,4}?)的?扣\d")


def _best_grade_spared(text: str, end: int) -> bool:
    from .respective_grades import GRADE_NAMES  # (only for a text that spares something)

    spared = _GRADE_SPARED.search(text, 0, end)
    return spared is not None and spared.group(1) in GRADE_NAMES and any(
        lower.group(1) in GRADE_NAMES for lower in _GRADE_DEDUCTED.finditer(text, end))


# 资料齐全的不扣分，每缺少1项扣0.5分 / 每个乡镇完成下达建设任务的不扣分，未完成的乡镇每个扣1.5分: the state with no fault,
# said in words, then each fault counted deducts — nothing deducted is the 分值 (never a level in words before steps on a
# measure: 低于区要求不扣分，每低1%扣1分 — its level unknown)
_SPARED_WORDS = lazy_compile(r"(?:^|[,;。\n:])(?:每[个家所项])?[^,;。\n:\d%]{2,24}?的?(?:不扣分|不予扣分)$")
_LEVEL_IN_WORDS = lazy_compile(r"低于|高于|超过|不足|增幅|降幅|增长|下降|上升|持平|平均|以上|以下|之间|范围")
_COUNTED_DEDUCTION = lazy_compile(r"[,;][^,;。\n\d%]{0,16}?每(?:有|发现|出现|发生|存在|查出|缺少?|少)?1?(?:个|项|家|处|次|起|份|所|条|人次|户)"
                                  r"[^,;。\n\d%]{0,16}?扣\d")


def _spared_before_counted(text: str, end: int) -> bool:
    spared = _SPARED_WORDS.search(text, 0, end)
    return spared is not None and not _LEVEL_IN_WORDS.search(spared.group()) and bool(_COUNTED_DEDUCTION.match(text, end))


# 任一村未完成 / 存在任一单位未完成: what failed is one of the units named (村, 社区 …), not the whole's task
_ANY_ONE_FAILED = lazy_compile(r"任一[\u4e00-\u9fff]{1,8}?(?:未完成|完不成|没有完成|未能完成)$")


def _fits(context: str, text: str, end: int, tokens: list[Token]) -> bool:
    following = text[end:end + 1]
    if context == "before_number":
        return _is_digit(following) or following == "."
    if context == "before_count":
        # (不足完成20个: a comparison already said, 完成 one of its words)
        # (实际完成3.3万人 / 计划完成20个: the value done or planned, said — never a level)
        return text[end - 3:end - 2] not in ("每", "已") and text[end - 4:end - 2] not in ("实际", "计划", "预计", "预期") \
            and not (tokens and tokens[-1].kind == "CMP") and bool(_COUNT_NEXT.match(text, end)) and not _RANGE_NEXT.match(text, end)
    if context == "before_ref" and _ANY_ONE_FAILED.search(text, 0, end):
        return False  # 任一村未完成任务的扣1分: the fault of a unit among many, never the rate short of its target
    if context == "before_ref":
        return text.startswith(("指标值", "目标值", "计划", "年度指标值", "预期指标", "预期目标", "年度计划目标", "年度目标",
                                "年度控制目标", "进度目标", "控制目标", "考核目标", "下达指标", "下达任务", "目标任务",
                                "责任指标", "年度责任指标", "责任目标", "年度责任目标"), end) or bool(
            _GOAL_ALONE.match(text, end)) or bool(
            re.match(_TASK, text[end:end + 6]) and not (tokens and tokens[-1].kind == "NUM")) or bool(
            _ASSIGNED.match(text, end)) or bool(_ASSIGNED_TASK.match(text, end) and _MEASURED_REST.search(text, end)) or bool(
            (named := _NAMED_TARGET.match(text, end)) and (not named.group().endswith("计划") or _opens_clause(text, end - 2))
        ) or bool(_BARE_GOAL_DONE.match(text, end) and not _GOAL_NUMBERED.search(text, 0, end))
    if context == "after_comparison":
        return bool(tokens) and tokens[-1].kind == "CMP" and (following == "" or following in "的得计记给不为要,，:;。()0123456789")
    if context == "after_reaching":  # (达到年度任务的, never 完成年度任务的: 任务 reads the task completed; nor 低于年度任务的
        # 每少1个百分点扣1分, the shortfall of the task completed beside it)
        return bool(tokens) and tokens[-1].kind == "CMP" and tokens[-1].text.endswith(("达到", "达不到")) \
            and (following == "" or following in "的得计记给不为,，:;。")
    if context == "unquantified":
        clause = re.split(r"[,;。]", text[:end - 2])[-1]  # 应根据超计划时间占计划完成时间百分比扣分: the method is said
        return text[end:end + 1] in ("", ",", ";", "。") and text[end - 3:end - 2] not in ("不", "无", "免") and not (
            tokens and tokens[-1].kind in ("NUM", "PTS", "EACH", "DEDUCT")) and not re.search(r"根据|按|依据|对照|比例", clause)
    if context == "not_in_word" and text[end - 1:end + 1] == "得分" and _measured_score(text, end - 1):
        return False  # 得分80以上得5分: the score measured, a word (not_a_measured_score)
    if context == "not_in_word":  # …公示时间不得少于7天: 不得 before a comparison forbids, it awards nothing
        forbids = text[end - 2:end] == "不得" and bool(re.match(r"[少低超高大小于多早晚迟]", following))
        forbids = forbids or prohibition(text, end)
        # (差评率 / 好评率: a rate's name, no score's verb; 案件质量评查: a review, a word — once a verb 评, the heading
        # 法律援助案件质量评查优良率(4分) no name)
        return not forbids and not re.match(r"分(?![\d.])|算|级|价|录|划|审|估|率|感|查", text[end:end + 2])
    if context == "not_a_sense":
        return following != "感"
    if context == "word_end":
        return not ("\u4e00" <= following <= "\u9fff") or following in "的为时或和及"
    if context == "after_level":
        level = bool(tokens) and (tokens[-1].kind in ("NUM", "SUF", "INCL") or (  # 95%(含95%)不扣分
            len(tokens) >= 2 and tokens[-1].kind == "CLOSE" and tokens[-2].kind == "NUM"))
        return (level or _best_grade_spared(text, end) or _spared_before_counted(text, end)) \
            and following in ("", ",", ";", "。", "\n", "，", "；")
    if context == "not_evidence":
        return text[end - 3:end - 2] != "为" and text[end:end + 1] not in ("", ",", ";", "。", "\n")
    if context == "signed":  # 正技巧, not the 正 inside 订正技巧 (the measure's own name, without a sign)
        return not (text[end - 4:end] == "订正技巧" and text[end - 5:end - 4] not in ("正", "负"))
    if context == "named_ratio":
        formula = re.split(r"[,;。\n]", text[end:])[0]
        return "\u4e00" <= text[end - 4:end - 3] <= "\u9fff" and bool(re.search(r"[/÷]", formula)) and bool(re.search(r"[×*]", formula))
    if context == "added_points":  # (每超过1个百分点，增加0.5分: a comma may stand between the step and its points)
        each = max((i for i, t in enumerate(tokens) if t.kind == "EACH"), default=None)
        since = [] if each is None else tokens[each + 1:]
        return bool(_POINTS_NEXT.match(text, end)) and any(t.kind == "NUM" for t in since) \
            and sum(t.kind == "SEP" for t in since) <= 1 and not any(t.kind in ("PTS", "VERB", "DEDUCT", "ADD") for t in since)
    if context == "named_mark":
        formula, *rest = re.split(r"[,;。\n]", text[end:], maxsplit=1)
        return "\u4e00" <= text[end - 4:end - 3] <= "\u9fff" and "+" in formula and bool(re.search(r"[×*]", formula)) \
            and not _MARK_ZEROED.search("".join(rest))
    if context == "not_in_a_name":
        return not re.match(r"(?:完成|实现|达成)(?:率|度|情况)", text[end:end + 4])
    if context == "after_no_deadline":
        return _ON_TIME_BEFORE.search(text, 0, end - 4) is None
    if context == "not_a_reckoning":
        return not text.startswith(("计算", "核算", "汇总", "散总"), end)
    if context == "not_listed":
        before = text[end - 3:end - 2]
        return not before or before not in "、和及与或同"
    if context == "assigned":
        return bool(_ASSIGNED.match(text, end - 2)) and bool(tokens) and tokens[-1].kind == "CMP" and tokens[-1].end == end - 2 \
            and tokens[-1].text in _COMPLETED
    if context == "planned_share":
        compared = bool(tokens) and tokens[-1].kind == "CMP" and tokens[-1].value in SYMBOLS and tokens[-1].text not in _COMPLETED
        return compared and text[tokens[-1].end:end] in _PLANS \
            and not (len(tokens) > 1 and tokens[-2].kind == "WORD" and tokens[-2].text.endswith(_RATES_OF_THE_PLAN)) \
            and bool(_PERCENT_AFTER_DE.match(text, end))
    if context == "completed_task" and text[end - 2:end] == "计划":  # 完成…养护计划的 (not 未按期完成养护计划的)
        last = _completed_before(tokens)
        return last is not None and last.text == "完成" and _opens_clause(text, last.start) \
            and following in ("的", ",", ";", "。", "") and not _is_digit(text[end + 1:end + 2])  # (完成年度计划的95%: a share)
    if context == "completed_task":
        last = _completed_before(tokens)
        if last is None or last.kind != "CMP" or last.text not in _COMPLETED:
            return False
        if _ON_TIME_BEFORE.search(text, 0, last.start):
            return False  # 按期完成建设任务得3分: when it was done is scored, not how much of the task (a late one earned 3)
        if text[end - 1] in "量额度":  # the quantity named, then its end: never a share of it (任务量的90%)
            return following in ("的", ",", ";", "。", "(", "") and not _is_digit(text[end + 1:end + 2])
        return not re.match(r"[数率量额书]", following) and not re.match(_SHARE_IN_WORDS, text[end:])
    if context == "each_before_ref":  # 每超控制目标1人 / 每超平均年龄1岁 (not 超计划时间: a word of its own)
        return text[max(0, end - 5):end].endswith(("每超", "每超额完成")) and (
            _fits("before_ref", text, end, tokens) or bool(_AVERAGE_BEFORE_NUMBER.match(text, end)))
    if context == "before_goal":  # 达目标的 / 不达目标 (not 达目标值, 达目标任务: words of their own)
        return bool(re.match(r"目标(?![值任数率书])", text[end:end + 3]))
    if context == "each_before_goal":  # 每超目标2% (not 超目标值: 每超过目标值 reads it)
        return text[end - 2:end - 1] == "每" and bool(re.match(r"目标(?![值任数率书])", text[end:end + 3]))
    if context == "each_counted_deducted":  # 每多发生1起扣 (not 每多于, 每多完成: words of their own)
        return text[end - 2:end - 1] == "每" and bool(re.match(r"(?![于完出])[\u4e00-\u9fff]{1,3}\d+[\u4e00-\u9fff]扣", text[end:end + 9]))
    if context == "each_counted_beyond":
        return bool(_BEYOND_THE_TASK.search(text, 0, end)) and bool(
            re.match(r"(?![于完出])[\u4e00-\u9fff]{1,3}\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2}加", text[end:end + 12]))
    if context == "each_early":  # 每提前1天 / 每提前一天 (the 一 already a digit here)
        return text[end - 3:end - 2] == "每" and bool(re.match(r"\d+(?:\.\d+)?(?:天|日)(?![\u4e00-\u9fff]{0,2}(?:公告|通知|告知|公示|报告|申请))", text[end:end + 12]))
    if context == "each_counted":  # 每少死亡1人 (not 每少于, 每少完成: words of their own)
        return text[end - 2:end - 1] == "每" and bool(re.match(r"(?![于完])[\u4e00-\u9fff]{1,3}\d", text[end:end + 5]))
    if context == "before_number_or_ref":
        return _is_digit(following) or text.startswith(("序时进度", "时序进度", "计划进度", "进度目标", "计划", "目标", "预算"), end)
    if context == "unpriced":  # before_number's opposite: no amount follows the word
        return not _fits("before_number", text, end, tokens)
    if context == "not_compared":
        return not re.match(r"每|达|≥|>|<|≤|低于|高于|不低于|不足|在\d|为\d|\d", text[end:end + 3])
    if context == "before_score_word":
        return text.startswith(("分值", "得分", "分数", "评分", "打分", "等级"), end)
    if context == "after_number":  # (缺失1项内容: 内容 is a word)
        return bool(tokens) and tokens[-1].kind == "NUM" and tokens[-1].end == end - 1 and not text.startswith(("容", "涵"), end)
    if context == "whole_points":  # (扣该项分值一半 / 扣全部分值的一半 / 二分之一 / 百分之五十: a share, not all of it;
        # 扣完该项分值后另扣5分: a deduction past the item's points, below 0 — never the zero alone, the rest a fault 后另)
        return not re.match(r"[\d.的之为值数一半二三四五百×*/%后]", following)
    if context == "not_a_period":
        return not text.startswith(("季度", "年度", "半年", "周", "星期", "学期", "学年", "季", "月", "年"), end)  # 每年向…报送
    if context == "not_on_time":
        return following not in ("期", "时")
    if context == "not_a_time_word":
        return not re.match(r"[长间段限效点序期]", following)
    if context == "not_a_rate":
        return following not in ("率", "幅", "速")
    if context == "between_comparisons":
        return bool(tokens) and tokens[-1].kind in ("NUM", "SUF", "INCL") and bool(_COMPARISON_AHEAD.match(text, end))
    if context == "not_a_measured_score":
        return not _measured_score(text, end - 2)
    if context == "between_numbers":
        # (15分钟以上至20分钟(含): 至 after 以上, the range's lower end said with it)
        above = bool(tokens) and tokens[-1].kind == "SUF" and tokens[-1].value == ">=" and text[end - 1] == "至"
        return bool(tokens) and (tokens[-1].kind in ("NUM", "INCL", "PTS") or above) and (_is_digit(following) or following == "±")
    return True


# 完成目标得满分 / 未完成目标的按比例计分: the target alone, as 达目标 names it (not 目标值, 目标任务, 目标完成率: words of their own)
_GOAL_ALONE = lazy_compile(r"目标(?![值任数率书量额完实达要])")
# (not 全市平均增幅: compared with a rise, which the rule's own rate of change would be measured against)
_AVERAGE = lazy_compile(r"[\u4e00-\u9fff]{0,10}平均(?:水平|值|数|年龄)?$")
_AVERAGE_BEFORE_NUMBER = lazy_compile(r"[\u4e00-\u9fff]{0,10}?平均(?:水平|值|数|年龄)?(?=\d)")
def _measured_score(text: str, start: int) -> bool:
    """得分80以上 / 考核得分在90分以上 / 得分≥90, opening a clause or ending its noun: the score of another assessment
    measured against a level (not 达标的得分5分: points awarded)."""
    named = start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in "的者则即"
    between = start > 0 and text[start - 1] in "≤<"  # 80≤得分<90得3分 (the 规范写法 of a middle band)
    return (_opens_clause(text, start) or named or between) and _SCORE_LEVEL_AHEAD.match(text, start + 2) is not None


# the level, then the points it earns (得分80以上得5分 / 得分≥90的,计3分 / 考核得分90分(含)以上的,本项得4分; not 得分不低于4分:
# a floor on the score)
_SCORE_LEVEL_AHEAD = lazy_compile(r"(?:(?:在|达到|达|≥|>|≤|<|低于|高于|不低于|不足)\d+(?:\.\d+)?分?(?:\(含\d*分?\))?(?:及以上|以上|及以下|以下|以内)?"
                                  r"|在?\d+(?:\.\d+)?分?(?:\(含\d*分?\))?(?:及以上|以上|及以下|以下|以内))的?[,，]?"
                                  r"(?:本项|该项|此项|本指标|该指标)?(?:得|计|记|扣|不得|给)")
_COMPARISON_AHEAD = lazy_compile(r"[≥≤<>]|(?:不|未|没有|没)?(?:低于|高于|少于|多于|大于|小于|超过|超出|达到|到达|足|满)")
# the characters tokenize does more with than add to a word: what its tests below look for, and each word's first
_TOKEN_STARTS = frozenset(entry[0][0] for entry in ENTRIES).union("0123456789《〔[【-(ABCDEFGH", ORDINALS)
_AFTER_REFERENCE = frozenset(("", "的", "得", "计", "记", "给", "不", ",", "，", ";", "；", "。"))



def _follows_half(tokens: list[Token], value: Decimal | None) -> bool:
    """2) after 1)…: the list's previous number was the one before, written with the same half bracket."""
    last = next((t for t in reversed(tokens) if t.kind == "MARK"), None)
    return value is not None and last is not None and last.text.endswith(")") and not last.text.startswith("(") \
        and last.value == value - 1

def tokenize(text: str) -> list[Token]:
    """Normalised text → tokens. Every character belongs to exactly one token."""
    tokens: list[Token] = []
    position = 0
    word_start: int | None = None
    # (…推迟3个月以上的不得分 / 推迟3个月以内的每月… / a second deadline 9月底前开工: the month entered would be
    # compared as months late, or a deadline lost — a year-less month is read only beside lateness steps alone)
    lateness = "月" in text and _LATENESS_COUNTED.search(text) is not None and _LATENESS_BAND.search(text) is None \
        and len(_MONTH_OF_YEAR.findall(text)) == 1

    def close_word(at: int) -> None:
        nonlocal word_start
        if word_start is not None:
            word = text[word_start:at]
            # 不低于全省平均水平的 / 不大于市级部门人员平均年龄的: an average compared with is the target, entered as one
            compared = bool(tokens) and tokens[-1].kind == "CMP" and tokens[-1].value in SYMBOLS and tokens[-1].end == word_start
            stepped = len(tokens) > 1 and tokens[-1].kind == "STEPV" and tokens[-2].kind == "EACH" and tokens[-1].end == word_start
            if (compared and _AVERAGE.match(word) and text[at:at + 1] in _AFTER_REFERENCE) or (
                    stepped and _AVERAGE.match(word) and _is_digit(text[at:at + 1])):  # 每超平均年龄1岁: steps beyond it
                tokens.append(Token("REF", word, word_start, at))
            else:
                tokens.append(Token("WORD", word, word_start, at))
            word_start = None

    while position < len(text):
        char = text[position]
        if char not in _TOKEN_STARTS and not char.isspace():  # (most characters: each test below would fail)
            if word_start is None:
                word_start = position
            position += 1
            continue
        digit = "0" <= char <= "9"  # (_is_digit, asked up to three times below)
        if char == "《" and "》" in text[position:]:  # 《减排监察系数核算情况报告》: a document's title is a name
            if word_start is None:
                word_start = position
            position = text.index("》", position) + 1
            continue
        document = _DOCUMENT_NUMBER.match(text, position) if char in "〔[【" else None
        if document:  # 财预〔2020〕10号 / 鄂财绩发〔〕8号: a document's number is its name
            word_start = position if word_start is None else word_start
            position = document.end()
            continue
        service = _SERVICE_NUMBER.match(text, position) if digit and not _is_digit(text[position - 1:position]) else None
        if service:  # 12345热线 / 120急救 / 12315平台: a service's number is its name
            word_start = position if word_start is None else word_start
            position = service.end()
            continue
        tech = _TECH_NAME.match(text, position) if digit and not _is_digit(text[position - 1:position]) \
            and text[position - 1:position] != "." else None
        if tech:  # 5G基站 / 4K频道: a technology's code is its name
            word_start = position if word_start is None else word_start
            position = tech.end()
            continue
        if digit and word_start is not None and "A" <= text[position - 1].upper() <= "Z":
            position = _NUMBER.match(text, position).end()  # PM10, PM2.5, SO2: part of a name
            continue
        described = _described_number(text, position, lateness) if digit and not _is_digit(text[position - 1:position]) else None
        if described:  # 2017年对2012年以来种植的… / 按人均2元的标准投入到位: words naming when, or the standard
            word_start = position if word_start is None else word_start
            position = described
            continue
        if digit:
            close_word(position)
            token = _number_token(text, position)
            # "1、" / "1." opening a clause is a list marker, not a number
            # (…议事日程。(1分)2. 明确…: an item's points close it, as a separator would — a list's own number, not 95、)
            at_start = not tokens or tokens[-1].kind in ("SEP", "MARK") or (
                [t.kind for t in tokens[-3:]] == ["OPEN", "PTS", "CLOSE"] and token.kind == "NUM" and 0 < token.value <= 30)
            dotted = text.startswith(".", token.end) and not _is_digit(text[token.end + 1:token.end + 2])
            # 3)日常管理制度: a half bracket opening the text or a line (no "(" before it in the clause); or the next of
            # a list numbered so (1)…扣0.5分;2)… / …扣0.5分2)…: after a separator or an item's points)
            halved = text.startswith(")", token.end) and (position == 0 or text[position - 1] == "\n" or (
                token.kind == "NUM" and bool(tokens) and tokens[-1].kind in ("SEP", "MARK", "PTS") and _follows_half(tokens, token.value))
                or (token.kind == "NUM" and token.value == 1 and bool(tokens) and tokens[-1].kind == "SEP" and tokens[-1].value != "soft"
                    and "\u4e00" <= text[token.end + 1:token.end + 2] <= "\u9fff"))  # (…(12分)。1)巡检…: a list opening after a sentence)
            at_start = at_start or (halved and tokens[-1].kind == "PTS")
            if at_start and token.kind == "NUM" and not token.unit and (text.startswith("、", token.end) or dotted or halved):
                token = Token("MARK", text[position:token.end + 1], position, token.end + 1, token.value)
            tokens.append(token)
            position = token.end
            continue
        if char == "-" and _is_digit(text[position + 1:position + 2]) and not (tokens and tokens[-1].kind in ("NUM", "INCL")):
            close_word(position)
            token = _number_token(text, position + 1)
            tokens.append(Token(token.kind, "-" + token.text, position, token.end, -token.value, token.unit))
            position = token.end
            continue
        # (each marker's pattern tried only where one can start: a call at every character cost more than the test)
        letter = _LETTER_MARKER.match(text, position) if "A" <= char <= "H" else None
        if letter and word_start is None and (not tokens or tokens[-1].kind in ("SEP", "MARK")):
            tokens.append(Token("MARK", letter.group(), position, letter.end(), Decimal(ord(letter.group()[0]) - 64)))
            position = letter.end()  # A.配套资金全部落实: a graded option's letter
            continue
        if char == "/" and word_start is not None and _latin_pair_at(text, position, word_start):
            position += 1  # DRG/DIP付费 / SCI/EI论文: two names in capitals, one or the other — a word, never a division
            continue
        ordinal = _ORDINAL_MARKER.match(text, position) if char in ORDINALS else None
        if ordinal and word_start is None and (not tokens or tokens[-1].kind in ("SEP", "MARK")):
            tokens.append(Token("MARK", ordinal.group(), position, ordinal.end(), Decimal(ORDINALS.index(char) + 1)))
            position = ordinal.end()
            continue
        marker = _PAREN_MARKER.match(text, position) if char == "(" else None
        if marker and (not tokens or tokens[-1].kind in ("SEP", "MARK", "PTS")  # …办公用房15分(2)与其他单位…
                       or [t.kind for t in tokens[-3:]] == ["OPEN", "PTS", "CLOSE"]):  # …安全检查(3分)(2)建立台账
            close_word(position)  # (1) opening a clause
            tokens.append(Token("MARK", marker.group(), position, marker.end(), Decimal(marker.group(1))))
            position = marker.end()
            continue
        if char.isspace() and char != "\n":
            close_word(position)
            position += 1
            continue
        candidates = _FIRST_TWO.get(text[position:position + 2])
        for word, kind, value, context in _FIRST_TWO.get(char, ()) if candidates is None else candidates:
            end = position + len(word)
            if text.startswith(word, position) and _fits(context, text, end, tokens):
                if kind == "NOUN":
                    if word_start is None:
                        word_start = position
                    position = end
                    break
                close_word(position)
                tokens.append(Token(kind, word, position, end, value))
                position = end
                break
        else:
            if word_start is None:
                word_start = position
            position += 1
    close_word(len(text))
    return tokens


# ---------------------------------------------------------------- comparisons outside the rule grammar
# quantities.py (targets: 不低于95%, 95%以上, ≤800元/户) and grading.py (90分(含)以上为优) read a number's
# comparison from these tokens, so a comparison word added above is understood there as well.

SYMBOLS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "="}
_SUFFIX_SYMBOLS = {">=": ("≥", ">"), "<=": ("≤", "<"), "within": ("≤", "<"), "outside": ("≥", ">")}


def comparison_words() -> list[tuple[str, str, str]]:
    """(word, CMP or SUF, symbol) of every comparison that binds a number by itself: the words before
    a number (不低于, 达) and after it (以上, 以内). 完成/未完成 only compare with 指标值, not a number."""
    found = []
    for word, kind, value, context in ENTRIES:
        if kind == "CMP" and value in SYMBOLS and context in ("", "before_number"):
            found.append((word, kind, SYMBOLS[value]))
        elif kind == "SUF" and value in _SUFFIX_SYMBOLS and context == "":  # 内 only after a number (30天内)
            found.append((word, kind, comparison_symbol(Token(kind, word, 0, len(word), value))))
    return found


def comparison_symbol(token: Token, inclusive: bool | None = None) -> str:
    """The operator a CMP or SUF token puts on its number: ≥ ≤ > < =. ``inclusive`` is a (含)/(不含)
    mark written with the number, which decides whether 以上/以下/以内/以外 take the number itself
    (90分(不含)以上 is >90); unmarked, 以上/以下/以内 include it and 以外 does not."""
    if token.kind == "CMP":
        return SYMBOLS[token.value]
    with_number, without = _SUFFIX_SYMBOLS[token.value]
    if inclusive is None:
        inclusive = token.value != "outside"
    return with_number if inclusive else without
