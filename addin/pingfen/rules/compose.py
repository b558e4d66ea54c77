"""From clauses to one rule: which structure the clauses form, and nothing left over.

Each composer looks at the scoring clauses of a text and either builds a scorer from all of them or
says which clause it cannot place. A rule is accepted only when one composer places every scoring
clause and every number in those clauses (conservation); otherwise the reader refuses, naming the
clause. Context clauses (definitions, descriptions, evidence to collect) carry no scoring word and are
not read as rules.
"""

from __future__ import annotations

from collections.abc import Callable

from .clauses import Clause
from .counted_awards import compose_counted_awards
from .model import Scorer
from .best_as_full import compose_best_as_full
from .lazy_composers import needing
from .choices import compose_choice, compose_counted_alternatives, compose_requirements, compose_waived
from .checklists import compose_checklist
from .item_deductions import (compose_award_kinds, compose_each_point, compose_listed_points, compose_fault_kinds, compose_item_deductions,
                              compose_items, compose_per_unit)
from .manual_reading import compose_deduction_range, compose_manual, compose_met_or_manual, compose_tiers
from .target_default import compose_target

# Readings of their own module, imported when the text has one of the words the composer needs before it can
# return a reading or raise (lazy_composers.py; a composer listed plainly above is imported and always called).
compose_external_score = needing("external_score", "compose_external_score", "为准")  # _TAKEN_FROM: …为准
compose_passing_units = needing("passing_units", "compose_passing_units", "每个")  # _AWARDS: 每个…得N分
compose_passing_share = needing("passing_share", "compose_passing_share", "为达标", "为合格")  # _STANDARD: …的为达标
compose_each_award = needing("each_award", "compose_each_award", "各")  # _EACH_AWARD: 各(得)N分
# _ALL_PRESENT: the things named in a list split at 、
compose_listed_all_present = needing("listed_all_present", "compose_listed_all_present", "、")
compose_unmet_counts = needing("unmet_counts", "compose_unmet_counts", "项", "个")  # _SOME_UNMET: N项 / N个 不符合…
compose_highest_level = needing("highest_level", "compose_highest_level", "最高", "就高")  # _HIGHEST: …按最高级别计分
compose_two_requirements = needing("two_requirements", "compose_two_requirements",  # _VERB in every option
                                   "完成", "达到", "实现", "符合", "满足", "落实", "达标")
# _ONE / _ONE_DEDUCTED (仅一项… / 其中一项… / 任一项…): every reading, and its refusal, names the rate reached by 项
# _COUNT: 完成/符合…N项 (and 在①…N项中): how many of the listed points are met, priced sentence by sentence
compose_listed_met_count = needing("listed_met_count", "compose_listed_met_count", "项")
compose_levels_counted = needing("levels_counted", "compose_levels_counted", "项")
compose_ranks = needing("ranks", "compose_ranks", "名")  # _RANK_LIST, _PLACE_DEDUCTED: …名
compose_judged = needing("judged", "compose_judged", "情况", "程度", "表现", "成效", "效果", "功效系数法", "综合指数法")  # _JUDGED, _UNSPELLED
compose_described_failure = needing("described_failure", "compose_described_failure", "没有", "未", "不", "无")  # _FAILURE
# _DEADLINE / _DONE: a completion's verb in the requirement met on time; _STATED_VERB: the act a deadline said before names
compose_on_time_only = needing("on_time_only", "compose_on_time_only", "完成", "完工", "竣工", "办结", "验收", "报批", "报送",
                               "上报", "提交", "拨付", "发放", "兑付", "下达", "开工", "上线", "交付")
# _BY_DATE and _DEADLINE (the first tier by a date, or 按期 beside a deadline): …日前 / …底前 (or 之前 / 以前)
compose_date_ladder = needing("date_ladder", "compose_date_ladder", "前")
compose_milestones = needing("milestones", "compose_milestones", "节点", "每季", "每个季")  # _EACH, _COUNTED_EACH, _EACH_MISSED
compose_over_target = needing("over_target", "compose_over_target", "每超")  # _AWARD: 每超(额|过|出)…
compose_band_requirement = needing("band_requirement", "compose_band_requirement", "且", "同时")  # _AND_STATE: 且|并且|同时
compose_full_amount = needing("full_amount", "compose_full_amount", "全额", "足额")  # _FULL_AMOUNT
compose_growth_bonus = needing("growth_bonus", "compose_growth_bonus",  # _GROWTH (上年|去年|上一年|同比), _ABOVE_BASE (…基础上)
                               "上年", "去年", "上一年", "同比", "基础上")
compose_bonus_on_top = needing("bonus_on_top", "compose_bonus_on_top", "加")  # _ANNOUNCED: 设有加分项, _ADDS: 加N分
# _ADDS (加N分) and _ITEM_CAP (本项最高N分 / 本项总分不超过N分): situations adding once on top of a rule, the total capped
compose_situation_bonus = needing("situation_bonus", "compose_situation_bonus", "本项", "本指标", "该项", "此项")
compose_base_points = needing("base_points", "compose_base_points", "基础分", "基本分")  # _BASE: 基础分N分 opens the text
compose_bonus_list = needing("bonus_list", "compose_bonus_list", "加")  # ADD tokens (加, 另加 …), _HIGHEST/_LIMIT/_SUMMED: 加分
# a formula dividing one quantity by another (its / or ÷), which the level compares
compose_level_of_ratio = needing("level_of_ratio", "compose_level_of_ratio", "/", "÷")


Composer = Callable[[list[Clause], list[Clause], str], Scorer | None]


COMPOSERS: list[Composer] = [compose_external_score,  # 按…评分为准: the score is another assessment's, whatever else is said
                             compose_passing_units,  # 各辖区…目标98%，每个辖区达标得1分: points per unit reaching its standard
                             compose_passing_share,  # …≥85分的为达标，得分=达标河段数/河段总数×4: the reaching units' share
                             compose_level_of_ratio,  # 实际单位成本≤计划单位成本得满分；超出的，得分=计划单位成本/实际单位成本×3
                             compose_each_award,  # 各得N分 is read (or refused) before any reading of one point
                             compose_unmet_counts,  # 1项不达标得3分 after 全部达标得5分: bands of the points unmet
                             compose_listed_met_count,  # ①…④。完成三项及以上的得6分，完成两项得4分: how many of the listed met
                             compose_highest_level,  # 国家级表彰的得3分，省级表彰的得2分，按最高级别计分: levels of one honour, a grade
                             compose_listed_points,  # ①…；②…。每项落实到位得1分: the listed points before a count of them
                             compose_listed_all_present,  # 主体、责任、经费“三落实”的，得3分，每缺一项扣1分: named, not counted
                             compose_two_requirements,
                             compose_levels_counted,  # 覆盖率≥95%且满意度≥90%的得4分；仅一项达标的得2分…: rates reached, counted
                             compose_ranks, compose_deduction_range, compose_tiers, compose_met_or_manual, compose_manual, compose_per_unit, compose_award_kinds, compose_counted_awards, compose_each_point,
                             compose_on_time_only,  # 按期完成得满分，逾期不得分: days late, before a 评价要点 or grades
                             compose_milestones,  # 第一季度末达到30%、…，每个季度节点达到要求得1分: checkpoints, each a 评价要点
                             compose_date_ladder,  # …前竣工的得3分，2024年3月31日前竣工的得1.5分: bands of days late, not grades or 评价要点
                             compose_checklist, compose_counted_alternatives, compose_waived, compose_fault_kinds, compose_item_deductions, compose_requirements, compose_choice, compose_items, compose_target, compose_judged,
             compose_described_failure,  # (its failure said over several clauses before 扣N分: a point met or not)
             compose_over_target,  # 每超目标任务引进1个项目加2分: units beyond the target, not every unit done
             compose_best_as_full,  # 以减排量最大的设区市为满分，其余按…比率得分: the best's amount is the target
             compose_band_requirement,  # …超过80%、70%，且运行管护效果良好，分别得6分、4分: a state each band needs as well
             compose_full_amount,  # 全额征收上交记15分。降低比例的按比例记分: 100% of the amount due, else its share
             compose_growth_bonus,  # 比上年每增长1个百分点加0.5分，最高30分: additions from no growth
             compose_base_points,  # 基础分3分，每新增1家…加0.5分，最高不超过5分: a base, then counts added and taken
             compose_situation_bonus,  # …得4分，每少2次扣0.5分；…获市级表彰的加1分，本项最高5分: additions once, the total capped
             compose_bonus_on_top,  # …得1分；…有正面批示的，一个加1分，最多加2分: a rule, then capped additions on top
             compose_bonus_list]  # 受…表彰的加10分，受…表彰的加5分(，只取最高一档): additions each once
