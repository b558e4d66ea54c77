"""Normalising the 评分标准 prose accountants write before it is read.

Full-width symbols and digits become half-width, Chinese numerals before a measure word become digits,
百分点 and the unit word 百分比 become %, thousands separators and stray spaces (OCR puts them inside
numbers: ``计 2 分``, ``9 0%``) go. ``(含)``/``(不含)`` stay: they mark whether their own number is
included, and only the reader knows which bound that number is. Circled list markers (①②③) are kept:
they separate 评价要点.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from .unit_alias import unit_alias_dropped
from .lazy_regex import lazy_compile
from .scoring_words import CAP_ALL_WORDS, ZERO_WORDS
from .traditional import SIMPLIFIED, TRADITIONAL
from .cell_layout import cell_layout
from .reference_restated import reference_restated
from .base_points_said import base_points_said
from .points_lines import points_before_lines
from .points_after_lines import points_after_lines
from .fault_runs import bare_amounts, fault_runs
from .respective_grades import GRADE_NAMES, distribute_grades, grade_awards_apart
from .lazy_rewrites import needing
from .numbers import general_text

# The rewrites below change a text only when it has one of their words (text/lazy_rewrites.py): each is imported on
# the first text that has one. Beside each, why a text without them comes back unchanged. Left as imported above:
# cell_layout (签到4上班…: a title and its 分值 need no word), fault_runs and bare_amounts (分 / 扣N分: nearly every
# text), distribute_grades and grade_awards_apart (their module is imported for GRADE_NAMES anyway, and they check their
# own words first).
distribute = needing("respective", "distribute", "分别")  # _RESPECTIVELY: …分别(得)… (rules/parser.py imports its uneven)
distribute_kinds = needing("respective_kinds", "distribute_kinds",  # _NAMED: (分别|依次)扣…; _EACH_KIND: 每…一(种|类)
                           "分别", "依次", "种", "类")
bare_deductions = needing("bare_deduction", "bare_deductions",  # _BARE: after a fault's word (问题|违规|…)每宗N分
                          "问题", "违规", "违纪", "隐患", "错误", "差错", "投诉", "失误", "缺陷")
heading_fault = needing("heading_fault", "heading_fault",  # FAULT_WORDS: a heading naming a fault (违规…(3分):每起扣)
                        "违规", "违法", "违纪", "违章", "违约", "事故", "差错", "失误", "火灾")
points_first = needing("closing_points", "points_first", "共", "计")  # _CLOSED: …,(共|计|合计)N分
none_counted = needing("none_counted", "none_counted", "没有", "未", "无")  # _NONE_OF_ONE: (没有|未|无)…1处
share_reached = needing("share_reached", "share_reached", "到位")  # _SHARE_DONE: 的N%(征收…)到位
unchanged_level = needing("unchanged_level", "unchanged_level",  # _UNCHANGED: 持平; _BONUS_NOTE: 加分项(…)
                          # _GROWTH_STEP: 每(增长|提高|上升|增加); _NO_CHANGE: (未|没有)(增长|…|下降) after 较上年…N
                          "持平", "加分项", "增长", "提高", "上升", "增加", "未", "没有",
                          "水平",  # _LAST_YEAR_LEVEL_REACHED: 不低于上年水平得…
                          "本年",  # _THIS_OVER_LAST: 按本年/上年比例 beside 不低于上年
                          "反升", "反增")  # _OTHER_WAY: 不降反升 / 不减反增 after bands of a fall (不增反降: a rise's words open it)
task_exceeded = needing("task_exceeded", "task_exceeded", "完成率达到")  # _LEVEL: 完成率达到N%以上…加 beside one task
short_or_other_way = needing("unchanged_level", "short_or_other_way",  # _SHORT_OR_OTHER_WAY: (增长|…)不足N%或(持平|…)
                             "持平", "增长", "提高", "上升", "增加", "未", "没有")  # (…或未下降 / 或没有减少)
event_dates = needing("event_dates", "event_dates", "前(", "日(")  # _EVENT_DATE: 春节前(2024年2月9日前); _DATE_NOTE: 日(入汛前)
change_reached = needing("change_reached", "change_reached",  # _TARGET_DONE: 完成…(下降|降低|增长)目标; the other way beside (下降|降低|增长)率
                         "下降目标", "降低目标", "增长目标", "下降率", "降低率", "增长率")
survey_credits = needing("survey_credits", "survey_credits", "满意")  # every pattern: an option of satisfaction
ratio_of_two = needing("ratio_of_two", "ratio_of_two", "之比", "的比值")  # _SAID: 按A与B(之比|的比值)计分
printed_divisor = needing("printed_divisor", "printed_divisor", "/", "÷")  # _DIVISOR: (/|÷)…数(N)
plan_divisor = needing("plan_divisor", "plan_divisor", "得分=", "率=", "计分", "数÷", "/计划", "/目标", "分计算")  # _RATIO (得分=…/…, 按…/…×N分计分, 按…/…×N分计算, 实际X数÷计划X数×N分, 实际开展场次/计划场次×4分) or _DEFINED (…率=…/…): the divisor printed
proportion_formula = needing("proportion_formula", "proportion_formula", "比例")  # _SAID: 按…比例(得分|计分…)…得分=
score_said_after = needing("score_said_after", "score_said_after", "即为")  # _SCORE_AFTER: …×…即为得分
heading_apart = needing("defined_heading", "heading_apart", "分)=")  # _HEADED_DEFINITION: …率(N分)=…
formula_words = needing("formula_words", "formula_words",  # _NAMED_FACTOR: ×…(权重|系数); _SCALE_NOTE: (百分制)
                        "权重", "系数", "百分制", "实际/目标")  # _SHORT_TERMS: 按实际/目标×分值
points_breakdown = needing("points_breakdown", "points_breakdown", "×", "*")  # _BREAKDOWN: (N分×M项)
anniversaries = needing("anniversary", "anniversaries", "周年")  # _ANNIVERSARY: N周年
ages = needing("ages", "ages", "岁")  # _AGE: N(周)岁
count_in_share = needing("count_in_share", "count_in_share", "至少", "最少")  # _COUNT_IN_SHARE: 至少N人…的比例
all_count_named = needing("all_count_named", "all_count_named", "全部")  # _ALL_OF: 全部N项X…的得P分 beside 每少1项
limit_steps = needing("limit_steps", "limit_steps", "时限", "期限", "限期")  # _LIMIT_THEN_STEP: …时限N天,…每超1天扣
# _SQUARE: 【N分】; _LABELLED_UNCLOSED: (分值N分) or (满分N分) before the rule with no colon
# _INSIDE / _AFTER: (5-8分,不含8分); _BELOW, _BETWEEN, _ABOVE: 差(5分以下) / (<3分) / (6分≤得分<8分) / 好(≥8分) / (8分以上)
tier_upper_open = needing("tier_upper_open", "tier_upper_open", "不含", "分以下", "<", "≥", "分以上", "(含)")
bare_points_value = needing("bare_points_value", "bare_points_value", "分值")  # _BARE_VALUE: 分值[:]N before the steps (每)
labelled_bands = needing("labelled_bands", "labelled_bands", ")得", ")的", ")计", ")不")  # _GRADE_BAND: a grade(…N%…) before its award
heading_points_said = needing("heading_points_said", "heading_points_said", "【", "[", "分值", "满分", "权重", "定性", "定量",
                             "共性", "个性", "核心", "关键", "约束性", "预期性")
bonus_heading_as_cap = needing("bonus_heading", "bonus_heading_as_cap", "加分")  # _HEADING: (加分项|附加分|…加分)(…N分):
periods_named = needing("period_named", "periods_named", "内", "截至", "截止", "年", "月底", "月末", "日前")  # _PERIOD: N(个月|日|天…)(以|之)?内; _AS_OF; _YEARS_OF_RATE: N年…率; _DAY_OF: N月底/N月N日前
rising_levels = needing("rising_levels", "rising_levels", "占")  # _LEVEL: two shares 占…N% at least
rate_computed = needing("rate_computed", "rate_computed", "按其", "按该", "按此", "按这一")  # _RATE_SCORED: 按(其|该|此|这一)…
rate_defined_by = needing("rate_defined_by", "rate_defined_by", "计算")  # _DEFINED_BY: 按A/B计算X率
without_breakdown = needing("breakdown_note", "without_breakdown", "其中")  # _BREAKDOWN: N单位(其中…M单位)
divided_then_times = needing("divided_then_times", "divided_then_times", "除以")  # _DIVIDED_THEN_TIMES: A除以B再乘以分值
level_points = needing("level_points", "level_points", "%(", "分):达到", "分),达到")  # _LEVEL_POINTS: N%(P分) before a step
shared_points = needing("shared_points", "shared_points",  # _GLUED: 每项N分); _CLOSING: (不达标|…)的不得分
                        "每项", "不达标", "未达标", "达不到", "未达到", "不符合", "未完成", "没有完成", "未落实", "未做到")
points_column_apart = needing("columns", "points_column_apart", " ", "\t", "\u3000", "\n")  # every pattern: a space (or a line break)
form_columns = needing("form_columns", "form_columns", "□", "☐")  # _OPTION_POINTS: two tick-box options at least
measure_words = needing("measure_words", "measure_words",  # _SQUARE, _CUBIC: m2/m²/平米, m3/m³/立米; _HALF: 半
                        "m", "平米", "立米", "半", "包括", "包含", "第")  # _INCLUDING: (不)包括/包含; _PLACE: 第N名
rank_bands = needing("rank_bands", "rank_bands", "排名", "名次", "位列", "位次", "名得", "名的得", "位得", "位的得", "名计", "名记")  # _RANKING: 排名|名次|位列|位次; _PLACE_STEPPED
ranked_shares = needing("ranked_shares", "ranked_shares", "排名")  # the rewrite reads only a ranking (后N% beside 前N%, a field counted)
ranked_thirds = needing("ranked_thirds", "ranked_thirds", "3分之一", "1/3")  # _THIRDS: 前3分之一…中间3分之一…后3分之一
ranked_among = needing("ranked_among", "ranked_among", "中排名", "中的排名", "中名次", "中,前", "中,第")  # _AMONG: 在…N个…中排名
without_annex_numbers = needing("annex_numbers", "without_annex_numbers", "附件", "附表", "附录")  # _ANNEX_NUMBER
without_listed_counts = needing("listed_count", "without_listed_counts", "、")  # _LISTED_COUNT: A、B…N项
quoted_count_met = needing("listed_count", "quoted_count_met", "落实”")  # _QUOTED_ALL: A、B、C“三落实”
without_count_grades = needing("listed_count", "without_count_grades", "评为", "的为")  # _GRADED_COUNT: …落实2项的评为较好,得2分
all_counted = needing("all_counted", "all_counted", "100%")  # _ALL_COUNTED: 率…100%…每少1人
all_of_count = needing("all_of_count", "all_of_count", "均")  # _ALL_OF: N次均…得P分
cap_share_of_points = needing("cap_share_of_points", "cap_share_of_points", "分值的", "满分的")  # _CAP_SHARE: …(分值|满分)的一半
none_over = needing("all_counted", "none_over", "100%")  # _NONE_OVER: 率≤100%…每超1人
standard_breached = needing("standard_breach", "standard_breached", "标准", "达标")  # _PAYMENT: …标准…; _EACH_UNIT: 未达标|不达标
each_unit_said_plainly = needing("each_unit_wording", "each_unit_said_plainly", "每有1", "每超出1", "每超过1")  # _EACH_UNIT_SAID
nines_to_next = needing("nines_closed", "nines_to_next", ".9")  # _NINES_END: a range's end N.9…
ascending_bounds = needing("descending_bounds", "ascending_bounds", ">", "≥")  # _DESCENDING: N>名称≥M / N≥名称>M
leaders_as_commas = needing("band_leaders", "leaders_as_commas", "..", "——", "--", "──")  # _LEADER: its leader
restated_bounds = needing("restated_bound", "restated_bounds", "(含", "(不含")  # _RESTATED: (含N) / (不含N)
levels_in_heading_unit = needing("heading_unit", "levels_in_heading_unit", "(%)")  # _HEADING: 率(%):
bands_in_cells = needing("cell_bands", "bands_in_cells", "以上", "↑")  # _spaced / _table: each level says 以上 or ↑
without_reference_note = needing("reference_note", "without_reference_note", "参考")  # _NOTE: 仅作参考
matched_as_reached = needing("matches_target", "matched_as_reached", "相符")  # _MATCHES: 与计划…相符
# every pattern: (…N分), (…N分,扣完为止) or a word for the 分值
closing_total = needing("closing_total", "closing_total", "分)", "为止)", "分值", "满分", "总分")
either_band = needing("either_band", "either_band", "或")  # _EITHER: two ranges joined by 或
self_assessment_row = needing("self_assessment_row", "self_assessment_row", "实际", "完成值", "分值", "权重", "\t", "  ")  # _ROW: …年度指标值:…(实际)?完成值:____, 分值 or 权重 its points' column; _BARE_POINTS: 分值; _cells_row: cells apart by tabs or spaces (wide ones are two after NFKC)
target_after_name = needing("target_label", "target_after_name", "指标值:", "目标值:")  # _LABELLED: ^(年度)?(指标值|目标值):
index_names = needing("index_acronym", "index_names", "指数", "系数")  # _NAMED: …(指数|系数)ABC
met_points_share = needing("met_points_share", "met_points_share", "要点数", "要点个数")  # _SHARE_OF_MET: 满足的要点(个)数/N×分值
coefficient_bands = needing("coefficient_bands", "coefficient_bands", "系数")  # _SCORE_IS_PRODUCT: 得分=分值×系数
# _COUNTED: (共N个中心) / (4所学校) in every pattern, its measure word 个 or the one after 每
each_unit_awarded = needing("each_unit_award", "each_unit_awarded", "个", "所", "座", "家", "条", "各")
all_units_reach = needing("all_units_reach", "all_units_reach", "每有1个")  # _REACHED: …均…的得N分;每有1个…扣
period_failing = needing("period_failing", "period_failing", "当月", "该月", "当周", "该周")  # _PERIOD_SHORT: (当|该)(月|周)扣
level_named_once = needing("count_level_named", "level_named_once", "以上")  # _LEVEL_AFTER_ONE: 1户…扣N分,2户(及)?以上…
plan_noun_first = needing("plan_noun", "plan_noun_first", "计划", "目标", "任务")  # _PLAN_THEN_STEPS: (计划|目标|任务)…N个X,每少1个X扣
step_asides = needing("step_asides", "step_asides", "不扣分", "不加分", "每满", "期满", "迟满")  # _PART_SPARED: …不扣分; _NONE_ABOVE: …不(另|额外)?加分; _FULL_STEP: 每(…期|…迟)?满N天扣
directions_as_bands = needing("change_direction", "directions_as_bands", "持平")  # _THREE_WAYS: …,持平的得N分,…
unhappened_as_veto = needing("unhappened_award", "unhappened_as_veto", "未发生", "未出现", "没有发生", "没有出现")  # _UNHAPPENED: …的,本指标不得分;未发生的得N分
graded_additions = needing("graded_additions", "graded_additions", "不加分")  # _WHOLE: …优秀等次的加1分,良好等次加0.5分,其他不加分
measure_named_once = needing("both_years_named", "measure_named_once",  # _BOTH_YEARS: 本年X较上年X…
                              "本年", "今年", "当年")
compared_with_last_year = needing("both_years_named", "compared_with_last_year", "持平")  # _LEVEL_SCORED: 持平的得N分
equal_as_level = needing("equal_as_level", "equal_as_level", "相等", "相同", "等于")  # _EQUAL: 相等 / 相同 / 等于X between above and below
agreed_as_no_deviation = needing("agreed_as_no_deviation", "agreed_as_no_deviation", "一致", "相符")  # _AGREED: A与B一致…;偏差
formula_cap_said = needing("formula_cap_said", "formula_cap_said", "分计", "最高", "不超过", "封顶")  # _PASSED: …超过承诺的按3分计
printed_target = needing("printed_target", "printed_target", "目标", "指标", "计划", "平均",  # _PRINTED: 目标(≥N%) / 计划数(200名) / 全省平均水平(5%)
                         "上年", "上一年", "去年", "预算", "概算", "批复标准", "任务")  # _REFERENCE: 上年水平(12人) / 预算(50万元) / 任务(38.6万亩)
target_met_bands = needing("target_met_bands", "target_met_bands",  # _MET: 完成(年度)?(目标值|目标|指标值)
                            "完成目标", "完成年度目标", "完成指标值")
stated_count_reached = needing("stated_count", "stated_count_reached",  # _STEP: 每(少|差|缺), after 全部完成… too
                               "每少", "每差", "每缺")
target_said_first = needing("target_said_first", "target_said_first", "指标值")  # _STATED_THEN_HELD: …值不超过指标值
yearly_total = needing("yearly_total", "yearly_total", "全年")  # _PER_PERIOD_THEN_YEAR, _PER_PERIOD_CLAUSE: …全年N次
float_named = needing("floating", "float_named", "浮动")  # _FLOAT: (上下)?浮动 before its level
undone_past_bound = needing("undone_past_bound", "undone_past_bound",  # _UNDONE: N(个月|天…)(仍)?未…的, after 超过 or before 以上
                            "未", "没有")
evaluation_year = needing("evaluation_year", "evaluation_year", "年度:", "年份:", "年度为", "年份为", "年度是", "年份是")  # _NOTE: (评价|考核)(年度|年份)(:|为|是)?…
grade_deemed = needing("grade_deemed", "grade_deemed", "未", "没有")  # _DEEMED: (未|没有)…(按|视为…)<grade>(计)
defined_pass = needing("defined_pass", "defined_pass", "为达标", "为合格")  # _DEFINED: …的(计)?为(达标|合格),…
deducted_from_earned = needing("on_score_earned", "deducted_from_earned", "基础上")  # _EARNED: 在(上述|以上|前述)…基础上
excess_parts = needing("excess_part", "excess_parts", "部分")  # _NUMBERED, _NAMED: …不扣分,(超出|超过)(的)?部分…每

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
# measure words of things counted that the lexicon's units once lacked (完成年度目标30幢: once 30%, 90% scoring full marks)
CLASSIFIERS = "幢页眼袋幅樘尾匹羽扇孔瓶箱桶盒卷首门颗趟字"
_MEASURE_WORDS = "个项次分人家条名份场支处月天年件户篇节期元%例宗笔批所座台套周本册只头株棵辆艘栋间张层盏届轮根亩" + CLASSIFIERS
# (任一项未达标: any one of them, a word, never 任1项 — a count of one, refused as a number unplaced inside a bracket)
# 每发现一类辅具…高于中标价 / 每缺一类: one kind counted after 每 (类 is no measure word elsewhere: 一类疫苗, 二类地区 are
# classes, words)
# 未按比例开展核查 / 未按比例配备: a share required not kept (按比例 then names no method of scoring; 未按比例扣分 would)
_NOT_AT_THE_RATIO = lazy_compile(r"未按比例(?=[\u4e00-\u9fff])(?!扣|计|记|得|加|减|赋|折算)")
_EACH_ONE_KIND = lazy_compile(r"(?<=每)((?:发现|有|出现|缺少|缺|少|存在)?)一(?=类)")
_CN_NUMBER = lazy_compile(rf"(?<![第\d.某零〇一二两三四五六七八九十百千])(?!(?<=任)一)([零〇一二两三四五六七八九十百千]+)(?=[{_MEASURE_WORDS}])")

# (百分之一百一个百分点: 100%, then one point — not 百分之一百一)
# (百分之二点一: 2.1%, the decimals read too — once 2%, 点一 left over)
_PERCENT_OF = lazy_compile(r"百分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+?(?:点[零〇一二三四五六七八九]+)?"
                           r"(?=一(?:个|%)|[^零〇一二两三四五六七八九十百点]|$))")
# 百分之九十(含)至九十五得两分: the end of a range of shares in Chinese numerals, 百分之 said only before its start
_PERCENT_RANGE_END = lazy_compile(r"(百分之[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?(?:\((?:不)?含\))?"
                                  r"(?:至|到|~|-|—|～))(?!百分)([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
                                  r"(?![零〇一二两三四五六七八九十百千万点%个])")
# 达到百分之九十五以上(含)的得3分,九十(含)至九十五的得2分,低于九十的不得分: the later bands' levels in Chinese numerals,
# 百分之 said only at the first — a numeral where a level stands (a clause's start, after a comparison or a range's dash)
# and followed by nothing but a bound's mark, a dash, 以上/以下 or 的 (not 九十分, 一个百分点, 十二月)
_SHARE_ONCE_SAID = lazy_compile(r"(^|[,;:。]|低于|高于|不足|达到|超过|少于|大于|小于|至|到|~|-)"
                                r"([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
                                r"(?=\((?:不)?含\)|至|到|~|-|及?以上|及?以下|的|[,;。]|$)")
# 完成2个得3分,完成1个得1.5分,未完成不得分 / 完成12平方公里得4分: a count or amount done, opening its band, at least that
# much done — as 达到2个 reads (not 每完成1个, a step; 完成6-7个, a range; 完成80%, a share of the task). Only where the
# text says what less scores (未完成不得分): 完成12平方公里得4分，完成10平方公里得2分 alone leaves below 10 unsaid
_DONE_AS_LEVEL = lazy_compile(r"(^|[,;:。])完成(?=\d+(?:\.\d+)?[\u4e00-\u9fff]{1,4}?(?:及以上|以上)?的?(?:得|计|记)(?:满分|\d))")
_LESS_SAID = lazy_compile(r"(?:^|[,;:。])(?:未完成|没有完成|不足|低于|少于)[^,;:。]{0,12}?(?:不得分|不计分|得0分|计0分|0分)")
_LATEX = [
    (r"\geq", "≥"), (r"\ge", "≥"), (r"\leq", "≤"), (r"\le", "≤"), (r"\times", "×"), (r"\%", "%"),
    (r"\div", "÷"), ("$", ""),
]
_SYMBOLS = {
    "≧": "≥", "≦": "≤", ">=": "≥", "<=": "≤", "＝": "=", "×": "×", "*": "×", "✕": "×", "÷": "÷",
    "－": "-", "—": "-", "–": "-", "−": "-", "〜": "~", "～": "~",  # (− U+2212: the minus sign of typeset formulas)
}
# 介于60%与90%之间 / 在3000元和4500元之间: two numbers (each with its unit) joined by 与 or 和 before 之间 are a range's ends
_BETWEEN_AND = lazy_compile(r"(\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff/·]{0,6}?))(?:与|和)(\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff/·]{0,6}?))之间")
_DOUBLED_DASH = lazy_compile(r"(?<=[\d%])-{2}(?=\d)")  # (after _SYMBOLS: —— is -- by then; 90%--95%: the unit before it)
# 及时到位90% □9.0-10分: a printed form's tick box before a tier's score range, which it brackets
_TICKED_RANGE = lazy_compile(r"[□☐]\s*(\d+(?:\.\d+)?\s*-\s*\d+(?:\.\d+)?\s*分)")


# 一致的計“2”分: points a form printed in quotes
# 得分=4×〔1-(实际-核定)/核定×5〕 / 〔得分=(务工月数-3)÷6×3〕: brackets of a formula (an operator inside), read as
# round brackets — never a document's number 〔2020〕, which holds none
_FORMULA_BRACKETS = lazy_compile(r"〔([^〔〕]*[=×÷/*+][^〔〕]*)〕")
_QUOTED_POINTS = lazy_compile(r"[“\"]\s*(\d+(?:\.\d+)?)\s*[”\"]\s*分")
_LATE_THEN_EACH = lazy_compile(r"(?:(逾期|延期|延迟|推迟|拖延|超期)|(?:超出|超过)(?:合同|计划|规定|约定)?(?:工期|期限))(?:的|者)?,?"
                               r"每(?=满?\d+(?:\.\d+)?(?:个)?(?:工作日|天|日|周|月))")
_QUOTED_GRADE_POINTS = lazy_compile(r"“([\u4e00-\u9fff]{1,4})”(?=\s*\d+(?:\.\d+)?\s*分)")


def _chinese_decimal(text: str) -> str:
    """``"二点一"`` → ``"2.1"``, ``"十五"`` → ``"15"``: a number in Chinese numerals, its decimals digit by digit."""
    whole, _, decimals = text.partition("点")
    return str(chinese_number(whole)) + ("." + "".join(str(_CN_DIGITS[c]) for c in decimals) if decimals else "")


def chinese_number(text: str) -> int:
    """``"十五"`` → 15, ``"两"`` → 2, ``"一百零五"`` → 105."""
    total, current = 0, 0
    for char in text:
        if char in _CN_DIGITS:
            current = _CN_DIGITS[char]
        else:
            total += (current or 1) * _CN_UNITS[char]
            current = 0
    return total + current


_CN_DECIMAL = lazy_compile(rf"([零〇一二两三四五六七八九十]+)点([零〇一二三四五六七八九]+)(?=[{_MEASURE_WORDS}])")


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """The span lies inside a short quoted name (“四个十”, at most 8 characters between the quotes)."""
    opening, closing = text.rfind("“", 0, start), text.find("”", end)
    return opening != -1 and closing != -1 and closing - opening <= 9 and "”" not in text[opening:start] \
        and "“" not in text[end:closing]


def _shares_said_once(text: str) -> str:
    """The levels in Chinese numerals after the first 百分之 as shares too (九十(含)至九十五 → 百分之九十(含)至百分之九十五)."""
    first = text.find("百分之")
    if first == -1:
        return text
    return text[:first] + _SHARE_ONCE_SAID.sub(lambda found: f"{found.group(1)}百分之{found.group(2)}", text[first:])


def _percent_of(found: re.Match[str]) -> str:
    """百分之九十 as 90%; inside a short quoted name (“六个百分之百”, six requirements met in full) the words of the name."""
    if _in_short_quote(found.string, found.start(), found.end()):
        return found.group()
    number = found.group(1)
    return (number if number[0].isdigit() else _chinese_decimal(number)) + "%"


def _replace_chinese_numbers(text: str) -> str:
    text = _CN_DECIMAL.sub(
        lambda m: f"{chinese_number(m.group(1))}." + "".join(str(_CN_DIGITS[c]) for c in m.group(2)), text
    )
    heading = _HEADING_NAME.match(text)
    # where the name's counts kept as words stand again: the name said again in the rule (a 规范写法's bands,
    # 95%<残疾人两项补贴按时足额发放率<100%) is the same name, its count the same words
    named_again: set[int] = set()
    if heading is not None:
        name = heading.group(1)
        offsets = [found.start() - heading.start(1) for found in _CN_NUMBER.finditer(text, heading.start(1), heading.end(1))
                   if found.end() < heading.end(1) and _named_count(found, heading)]
        again = text.find(name, heading.end())
        while offsets and again >= 0:
            named_again.update(again + offset for offset in offsets)
            again = text.find(name, again + len(name))

    def convert(match: re.Match[str]) -> str:
        word = match.group(1)
        if word in ("百", "十", "千") and match.string.startswith("分", match.end()):
            return word  # 百分制 / 十分: words, not 100分
        # 一般/一定/统一… are words, not numbers; only runs followed by a measure word get here, but
        # "分" also ends 百分点 and 十分 ("十分满意"), which must stay words.
        if _ADJACENT_DIGITS.search(word):
            return word  # 十二五 (a five-year plan), 一两项: digits side by side are no number
        if word in ("百", "千") and _PER_HEAD_OWNED.match(match.string, match.end()):
            return word  # (每)千人拥有社会体育指导员人数: per thousand people, part of the measure's name (not 1000人, a level)
        if match.string.startswith("周年", match.end()):
            return word  # 成立七十周年: an anniversary, part of an event's name (anniversary.py)
        if _school_stage(match):
            return word  # 学前三年毛入园率 / 九年义务教育巩固率: a stage of schooling, part of the measure's name
        if word == "一" and match.string.startswith(_AT_FIRST_ATTEMPT, match.end()):
            return word  # 验收一次性合格 / 一次通过 / 工程一次验收合格率: at the first attempt, a word (not 1次, a count)
        if _in_short_quote(match.string, match.start(), match.end()):
            return word  # “四个十”工作体系 / “水十条”: a name in quotes, its numerals part of the name
        if heading is not None and match.end() < heading.end(1) and _named_count(match, heading):
            return word  # 残疾人两项补贴资金到位(3分): a count inside the criterion's name, which the rule never counts
        if match.start() in named_again:
            return word  # (the name said again)
        if heading is not None and match.end() < heading.end(1) and match.string.startswith(_PROJECT_PHASE, match.end()):
            return word  # “雪亮工程”二期建设(6分): the project's phase, part of its name (no count of periods)
        return str(chinese_number(word))

    return _CN_NUMBER.sub(convert, _EACH_ONE_KIND.sub(r"\g<1>1", text))


_PER_HEAD_OWNED = lazy_compile(r"人口?(?:拥有|配备|平均)")
# 二期建设 / 一期工程 / 三期项目: a phase of the works, which names it (in the heading's name only)
_PROJECT_PHASE = ("期建设", "期工程", "期项目")
# the years a stage of schooling lasts, which name it (学前三年 / 九年义务教育 / 十二年一贯制): never a count of years
_STAGE_AFTER = ("年义务教育", "年制义务教育", "年一贯制", "年免费教育")


def _school_stage(match: re.Match[str]) -> bool:
    text = match.string
    return text.startswith("年", match.end()) and (text[max(0, match.start() - 2):match.start()] == "学前"
                                                   or text.startswith(_STAGE_AFTER, match.end()))


# the name opening a criterion (no clause, level or bracket of its own), before the heading's points in brackets or the
# measure's first level — 残疾人两项补贴资金到位(3分) / 残疾人两项补贴群众满意度≥90%
_HEADING_NAME = lazy_compile(r"([^\n,;。:()≥≤<>=%]{2,40}?)(?=[≥≤<>=]|\((?:(?:该项|本项|指标)?(?:满分|分值)为?)?\d+(?:\.\d+)?分\))")


def _named_count(match: re.Match[str], heading: re.Match[str]) -> bool:
    """两项补贴 in the criterion's name names the subsidies, between words (a noun before it, one after its measure word), when
    the rule after the heading counts nothing of that measure (no 一项/每项/N项 of its own, the name said again aside:
    95%<残疾人两项补贴按时足额发放率<100%, a 规范写法 naming its measure in each band): a count it never uses.
    (完成三项任务(3分):每少一项扣1分 counts the three; 三项 after a verb is left a number; so is a count after names listed
    with 、, 资金拨付、项目验收、档案整理三项综合合格率, which counts the names before it. Opening the name, 两项补贴审核(3分),
    it names a kind too, unless the rule counts in its measure word.)"""
    text, measure = match.string, match.string[match.end():match.end() + 1]
    opening = match.start() == heading.start(1)  # 两项补贴审核(3分): the name opens with it
    if measure not in "项个" or not opening and not "\u4e00" <= text[match.start() - 1] <= "\u9fff" \
            or not "\u4e00" <= text[match.end() + 1:match.end() + 2] <= "\u9fff" or text[match.start() - 1] in _VERB_BEFORE_COUNT \
            or "、" in text[heading.start(1):match.start()]:
        return False
    rule = text[heading.end():].replace(heading.group(1), "")
    return re.search(rf"(?:[\d零〇一二两三四五六七八九十]|每|几|多|各|任|缺|少){measure}", rule) is None


_VERB_BEFORE_COUNT = "成做完建立开展落实实现达到抓办有"
_AT_FIRST_ATTEMPT = ("次性", "次通过", "次验收", "次合格", "次交验", "次交检", "次成优", "次办结", "次办成", "次成功")
_ADJACENT_DIGITS = lazy_compile(r"[一二两三四五六七八九]{2}")


# Tables copied from Hong Kong / Taiwan encodings or traditional-character PDFs: every traditional
# character is read as its simplified one (OpenCC's table, traditional.py), so that 預算執行率 and 兩者之和賦分
# read as 预算执行率 and 两者之和赋分; the scoring vocabulary's own choices (帳 → 账, not 帐) are laid over it.
_TRADITIONAL = {**str.maketrans(TRADITIONAL, SIMPLIFIED), **str.maketrans(
    "務擔貸鄉業園區訓創導範勞動臺齊難體轉農鎮責書標們與會對於發後進還這過開關條經費據證報檢績評審蓋醫療衛藥環節約級規則結補貼"
    "戶養險參領組織長員黨團縣學師課語說讀錄記紀續設備維護運營樓電氣燈車輛糧產質監測試驗現場幣錢銀貨購買賣稅財專撥狀態統確認識"
    "議請讓論響調傳講練習獎勵懲罰違錯誤遲優較廢棄聯號碼塊損壞舊幫貧濟殘齡兒婦屬雙雜類別種樹圍汙潔淨綠滅災積極應當時間總處內並"
    "為無從單畫劑預執數萬況達準計劃實際額資權價滿點項個門問題倉庫鑒賬帳覈復嚴歷層衝頭顯觀廣廳聽隊陽陰陳隨龍麗齋鐵鋼鍵鎖閱闆貢"
    "負賴贈贊適遞邏郵鄰釋針鈕錦鍋頁頂順須頻顧風飛飯館馬髮鬥魚鳥鹽麥黃齒擬擴擇擊擋攜攝擺攤敗敵斂暢暫曆曉機殺漢濕濫瀏灣熱爭獨獲"
    "瑪畢異盡盤眾礎禮禦稱穩窮競筆築簡籌簽籃糾紅紙細終絡給絕絲綜網緊線緣編緩縮繳繼罷聞聲職腦臨興舉艱藝蘇蟲裝製複見視親覺覽討訊"
    "託訪診詞詢該詳誌誠談諮謀謝譯豐貝貫貿賀賞賠賢趨跡踐軍軟載輔輕輸辦迴遊遠選遺邊釐鍊鐘閉閒闡陸隱雖雞離靈韓頒頓願飲餘駐驅鬧沒轄毀掃毎",  # (毎: the Japanese form of 每, from PDFs set in a Japanese font)
    "务担贷乡业园区训创导范劳动台齐难体转农镇责书标们与会对于发后进还这过开关条经费据证报检绩评审盖医疗卫药环节约级规则结补贴"
    "户养险参领组织长员党团县学师课语说读录记纪续设备维护运营楼电气灯车辆粮产质监测试验现场币钱银货购买卖税财专拨状态统确认识"
    "议请让论响调传讲练习奖励惩罚违错误迟优较废弃联号码块损坏旧帮贫济残龄儿妇属双杂类别种树围污洁净绿灭灾积极应当时间总处内并"
    "为无从单画剂预执数万况达准计划实际额资权价满点项个门问题仓库鉴账账核复严历层冲头显观广厅听队阳阴陈随龙丽斋铁钢键锁阅板贡"
    "负赖赠赞适递逻邮邻释针钮锦锅页顶顺须频顾风飞饭馆马发斗鱼鸟盐麦黄齿拟扩择击挡携摄摆摊败敌敛畅暂历晓机杀汉湿滥浏湾热争独获"
    "玛毕异尽盘众础礼御称稳穷竞笔筑简筹签篮纠红纸细终络给绝丝综网紧线缘编缓缩缴继罢闻声职脑临兴举艰艺苏虫装制复见视亲觉览讨讯"
    "托访诊词询该详志诚谈咨谋谢译丰贝贯贸贺赏赔贤趋迹践军软载辅轻输办回游远选遗边厘炼钟闭闲阐陆隐虽鸡离灵韩颁顿愿饮余驻驱闹没辖毁扫每",
)}


# 任務(wù) / 城鄉(xiāng) / 發（fā）生: a mirror's pinyin gloss after a character, in either width of bracket, not part of the
# rule
_PINYIN_GLOSS = lazy_compile(r"(?<=[\u4e00-\u9fff])[\(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{1,6}[\)）]")


_PROPORTIONAL_TO_NOTHING = lazy_compile(r"(按(?:未完成)?的?比例(?:相应)?(?:扣分|扣减))[,，]?(?:直至)?扣完为止")
# 完不成任务的按比例扣分,超额完成任务的按比例加分 (either order): one proportion both ways, as 未完成或超额完成的按比例扣分或加分
# says it (the same task named on both sides, or none; nothing else between them)
_PROPORTIONAL_BOTH_APART = lazy_compile(
    r"(?P<short>完不成|未完成|没有完成)(?P<task>[\u4e00-\u9fff]{0,6}?)的?[,]?按比例(?:扣分|扣减|计分|得分)[,;]超额完成(?P=task)的?[,]?按比例加分"
    r"|超额完成(?P<task2>[\u4e00-\u9fff]{0,6}?)的?[,]?按比例加分[,;](?P<short2>完不成|未完成|没有完成)(?P=task2)的?[,]?按比例(?:扣分|扣减|计分|得分)")


def _proportional_both(match: re.Match) -> str:
    short, task = (match.group("short"), match.group("task")) if match.group("short") else (match.group("short2"), match.group("task2"))
    return f"{short}{task}或超额完成{task}的按比例扣分或加分"


_CAPPED_ADDITION = lazy_compile(r"(加|扣)分(\d+(?:\.\d+)?)分(?:封顶|为限)")
# (记4份; / 得3份。: the same after an award, only where the clause ends there — 得2份资料 is copies given)
_POINTS_AS_COPIES = lazy_compile(r"(?:(?<=扣)|(?<=[记计得])(?=\d+(?:\.\d+)?份(?:[,;。]|$)))(\d+(?:\.\d+)?)份")
# 每高于计划数1%,则在15分的基础上加1分: the addition said on top of the points the level scores (得15分 before it);
# the points named must be those, or the words stay (another base is another method)
_ADDED_ON_BASE = lazy_compile(r"(?:则)?在(\d+(?:\.\d+)?)分的?基础上(?=(?:加|增加)\d)")
_AWARD_OF = r"(?:得|计|记)(?:基本分)?{points}分"
# 80%（含）至90%得3分；低于80%的，每低1个百分点在3分基础上扣0.5分: the steps below the lowest band, on top of its points
# — said only when those are the points scored last before (another band's points are another start: left unread)
_DEDUCTED_ON_BASE = lazy_compile(r"(?:则)?在(\d+(?:\.\d+)?)分的?基础上(?=,?(?:扣|扣减|减)\d|,?每)")
_LAST_AWARD = lazy_compile(r"(?:得|计|记)(\d+(?:\.\d+)?)分(?!.*(?:得|计|记)\d)")
# 每高于计划数的1%: each 1% of the planned amount, as 每高于计划数1% (steps of an amount against its plan are shares of
# the plan); only a number planned (计划数 / 目标数): 目标值的1% of a rate's target (投诉率 against 2%) is 0.02 points,
# where 每超过目标值1% steps by whole points — left unread and refused
_STEP_OF_REFERENCE = lazy_compile(r"(?<=每)(低于|高于|超过|超出|少于|多于)(计划数|目标数|计划完成数)的(?=\d+(?:\.\d+)?%)")
# 0・5分 / 2·5%: a decimal point printed as a middle dot (not 5·12 in a day's name: no 分 or % after it)
_MIDDLE_DOT_POINT = lazy_compile(r"(\d)[·・•](\d+)(?=分|%)")


# 扣1★◆.0分 / 对应性★■■■◆◆、相关性: runs of marks some pages scatter through copied text (never a rule's own
# symbol: a ★ marking a key indicator stands alone at a row's start, and is dropped the same way)
_PAGE_NOISE = lazy_compile(r"[★◆■]+")

# (compiled code kept between runs, as every pattern of lazy_compile: re.sub with the text compiled them at each start)
# (——按期完成的得4分: a dash before the words of a line, no space — never before a number, nor the dot of 元/生·年)
_LIST_BULLET = lazy_compile(r"(?m)^[ \t\u3000]*(?:[-–—*•][ \t\u3000]+(?=\S)|(?:——|—|--)(?=[\u4e00-\u9fff]))")
# 公共场所①、街巷②、市场③、小区: a circled number after a word of a list (a footnote's mark), no point of its own — once the
# points' brackets after it were read as grades to choose (5, 2 or 2, not 5+2+2)
_FOOTNOTE_MARK = lazy_compile(r"(?<=[\u4e00-\u9fff])[①-⑳](?=、)")
_SPACES = lazy_compile(r"[ \t\u3000\u00a0]+")
# 得分=实得的分数除以该单位应得的最高总分×100 / 得分=(实际完成户数除以计划户数)×5: in a formula (from its = to the
# clause's end) 除以 is the division sign between two names — once a single name 实得的分数除以…最高总分 taken for the
# value achieved (170 entered scored 170×100, capped at the 分值) or for the target. Never 除以上/除以下/除以外 (除…外)
_FORMULA_SAID = lazy_compile(r"=[^=,;。\n]+")
# (…之和再除以总学分数 / …户数后乘以5: 再 / 后 are the order of the steps, no part of the name before them)
_DIVIDED_IN_WORDS = lazy_compile(r"(?<=[\u4e00-\u9fff)%\d])(?:再|然后|之后|后)?除以(?![上下外])(?=[\u4e00-\u9fff(\d])")
_THEN_TIMES = lazy_compile(r"(?<=[\u4e00-\u9fff)%\d])(?:再|然后|之后|后)(?=×)")
_LINE_BREAK = lazy_compile(r"\s*\n\s*")
_THOUSANDS_COMMA = lazy_compile(r"(?<=\d),(?=\d{3}(?!\d))")


def a_grades_spelled(text: str) -> str:
    """4A级 as AAAA级: the name of a grade (景区等级), never a number of it — in the rule as in a grade typed for it."""
    return _A_GRADE.sub(lambda m: "A" * int(m.group(1)), text) if "A" in text else text


def simplified(text: str) -> str:
    """``text`` with each traditional character as its simplified one, as ``normalize`` reads the rule (a grade typed
    滿意 is the rule's 满意)."""
    return text.translate(_TRADITIONAL)


_OTHER_UNIT_AFTER_WAN = "人亩户吨册份件个次头只羽株棵辆台套座间平立公千米标箱瓶袋张"
_BARE_WAN = lazy_compile(rf"(?<=\d)万(?![元{_OTHER_UNIT_AFTER_WAN}])")
_WAN_OF_ANOTHER_UNIT = lazy_compile(rf"\d万[{_OTHER_UNIT_AFTER_WAN}]")
_WAN_UNIT = lazy_compile(rf"(?<=\d)万(人次|户次|场次|小时|平方米|立方米|平方公里|公里|千米|标箱|[元{_OTHER_UNIT_AFTER_WAN}])")
_WAN_SAID_SHORT = lazy_compile(r"(?<=\d)万(?=[~\-至到]|以[上下]|及以|$|[,;。、]|\((?:不)?含\))")  # (1万(含)-1.2万小时: its mark before the dash)


_GRADE_ALTERNATIVES = "|".join(sorted(GRADE_NAMES, key=lambda name: (-len(name), name)))  # (the longest first: 优秀 before 优)
_GRADE_COLON = lazy_compile(r"(?<![\u4e00-\u9fff])(" + _GRADE_ALTERNATIVES + r"):(?=\d+(?:\.\d+)?分(?:$|[;。,\n]))")
# 优40良30中20差0 / 优40分良30分中20分差0分: grades and their points with nothing between them (a table's cells, joined)
# 满分:4分 / 分值:4分 alone in its sentence: the item's points, not a heading over a rule (满分:每项1分… stays)
_FULL_COLON = lazy_compile(r"(?:(?<=^)|(?<=[;。\n]))((?:本项|该项|本指标)?(?:满分|分值)):(?=\d+(?:\.\d+)?分(?:$|[;。\n]))")
# 每份合同年度人员流失率超过20%的，扣1分 / 每个社区运营经费超过50万元的扣2分: each unit past a printed limit, counted
# (每有1份… is how the per-item reading hears it; 每份合同不少于40小时, a requirement with no deduction of its own, stays)
_EACH_UNIT_PAST_LIMIT = lazy_compile(r"(?:(?<=^)|(?<=[,;。\n]))每(个|份|家|所|户)(?=[\u4e00-\u9fff]{2,20}?"
                                     r"(?:超过|超出|高于|低于|少于|不足|未达到)\d+(?:\.\d+)?(?:%|万元|元|人次|人|个|次|项|户|家|天)的,?(?:扣|减)\d)")
# 发现“有路无灯”现象,视为装灯率未达到100%,扣3分: what a finding is deemed to be, between the finding and its deduction
# (the standard it breaks, said again) — the finding is what the evaluator checks and what is deducted for, closed by 的
# as a situation is (…现象的,扣3分: the fault is the finding, whatever was said before it)
_DEEMED = lazy_compile(r"(?<=现象|情况|问题|情形|行为),视为[^,;。\n]{2,30}?(?=,(?:扣\d+(?:\.\d+)?分|不得分|该项不得分|此项不得分)(?:$|[,;。\n]))")
_GRADES_RUN = lazy_compile(rf"(?<![\u4e00-\u9fffA-Za-z])(?:(?:{_GRADE_ALTERNATIVES})\d+(?:\.\d+)?分?){{2,}}(?=$|[;。,\n])")
_GRADE_RUN_PIECE = lazy_compile(rf"({_GRADE_ALTERNATIVES})(\d+(?:\.\d+)?)(分?)")
_OPTIONS_LISTED = lazy_compile(r"(?<=\d分)、(?=[\u4e00-\u9fff]{1,6}\d+(?:\.\d+)?分(?:$|[;。,、\n]))")
_BRACKETED_POINTS = lazy_compile(r"\(\d+(?:\.\d+)?分\)")
_POINTS_AFTER_ZERO = lazy_compile(r"(不得分)(\(\d+(?:\.\d+)?分\))(?=[。;]?$)")


def _grades_run_apart(match: re.Match[str]) -> str:
    """The run as one grade and its points each (优40分;良30分;…): only when every grade is another, the points fall
    (or rise) all the way and all or none carry 分; anything else is left for the reader to refuse."""
    pieces = _GRADE_RUN_PIECE.findall(match.group())
    names = [name for name, _, _ in pieces]
    points = [Decimal(number) for _, number, _ in pieces]
    falling = all(before > after for before, after in zip(points, points[1:]))
    rising = all(before < after for before, after in zip(points, points[1:]))
    if "".join(name + number + unit for name, number, unit in pieces) != match.group() or len(set(names)) < len(names) \
            or not (falling or rising) or len({unit for _, _, unit in pieces}) > 1:
        return match.group()
    return ";".join(f"{name}{number}分" for name, number, _ in pieces)


def _bare_ten_thousands(text: str) -> str:
    """10万元以上(含10万)得1分,5—10万(含5万)得0.5分,少于3万不得分: a bare 万 beside amounts in 万元 is 万元 said short —
    only when 万元 is the text's one unit in ten-thousands (never beside 万人 or 万亩, whose 万 it might be). So is a
    range's first 万 beside one other unit: 12万～15万人次的得2分 is 12万人次 to 15万人次 (only a 万 that ends its number
    before a range's dash, 以上/以下 or a clause's end — never 1万余人)."""
    if "万" not in text:
        return text
    if "万元" in text and not _WAN_OF_ANOTHER_UNIT.search(text):
        return _BARE_WAN.sub("万元", text)
    units = set(_WAN_UNIT.findall(text))
    return _WAN_SAID_SHORT.sub("万" + units.pop(), text) if len(units) == 1 and "元" not in units else text


_PROTECTED_TOKENS = tuple((char, f"\u0000{index}\u0001") for index, char in enumerate(CIRCLED + "×÷≥≤"))
_PROTECTED = str.maketrans(dict(_PROTECTED_TOKENS))


def _on_base(found: re.Match[str], text: str) -> str:
    """则在15分的基础上 dropped before 加1分 when the points it names were scored earlier in the text (得15分)."""
    earlier = text[: found.start()]
    return "" if re.search(_AWARD_OF.format(points=re.escape(found.group(1))) + r"(?!\d)", earlier) else found.group(0)


def _on_last_award(found: re.Match[str], text: str) -> str:
    """在3分基础上 dropped before the steps when 得3分 is the last award before it (the band the steps continue)."""
    last = _LAST_AWARD.search(text[: found.start()])
    return "" if last is not None and Decimal(last.group(1)) == Decimal(found.group(1)) else found.group(0)


# “满意”人数 / [好]得票数 / 【优秀】票数: an answer's name marked off inside the name of its count — one name, 满意人数,
# for every reader (a formula's, a definition's, a share said apart: 其中“较好”票数按“好”票数的一半计算)
_MARKED_ANSWER = lazy_compile(r"[“「\[【]([\u4e00-\u9fff]{1,8})[”」\]】](?=得票数|票数|人数|户数|人次|份数|家数)")


def normalize(text: str) -> str:
    text = _PINYIN_GLOSS.sub("", simplified(text))
    text = _PAGE_NOISE.sub("", text)  # 扣1★◆.0分 / 扣0.5分/个★◆■■■★: a page's anti-copy marks, inside numbers and words
    text = _TICKED_RANGE.sub(r"(\1)", text)
    text = _QUOTED_POINTS.sub(r"\1分", text)
    if "”" in text:  # “优秀”6分、“良好”5分: a grade in quotes, then its points (once 5分 a number of no meaning)
        text = _QUOTED_GRADE_POINTS.sub(r"\1", text)
    if "〔" in text:
        text = _FORMULA_BRACKETS.sub(r"(\1)", text)
    for latex, plain in _LATEX:
        text = text.replace(latex, plain)
    # NFKC would turn ① into 1 and × into x; protect them first.
    text = unicodedata.normalize("NFKC", text.translate(_PROTECTED))
    if "\u0001" in text:  # (every token ends so: a text without it has nothing to put back)
        for char, token in _PROTECTED_TOKENS:
            text = text.replace(token, char)
    if "数" in text or "人次" in text:
        text = _MARKED_ANSWER.sub(r"\1", text)  # “满意”人数: 满意人数, the count's one name
    text = bands_in_cells(text)  # …比例 8 100% 8 80%以上 5 / | 4000↑ | 30|: a band table's cells, before the spaces go
    text = evaluation_year(text)  # 当年6月30日前…(评价年度:2024年): 2024年6月30日前, the year the note names
    text = _SECTION_BEFORE_ITEM.sub("", text)  # 三、产出时效 1.系统上线及时性(3分): the table's first-level heading
    text = met_points_share(text)  # ①…;④…。得分=满足的要点数/4×分值: the 分值 shared equally, each point met its share
    text = _LIST_BULLET.sub("", text)  # - 90%-94%:8分: a list's bullet, not the minus of -90%
    text = _FOOTNOTE_MARK.sub("", text)  # 公共场所①、街巷②: a footnote's mark, no point marker
    if "当日" in text or "当天" in text or "含)" in text:  # 8月25日前(含当日)完工 / 8月20日(含当日)前 / 3月15日(含)前报送:
        text = _DAY_ITSELF.sub("", text)  # the day itself on time, as …日前 is read anyway
    if ("按期" in text or "按时" in text or "如期" in text) and _LATE_AFTER.search(text):
        text = _ON_TIME_BARE.sub(r"\1完成", text)  # 按期得4分;延期在30天以内的得2分: on time, its deed the lateness's
    text = heading_points_said(text)  # 兑付率【3分】\n兑付率≥90%… / 普及率(该项分值5分) 普及率达到…: 名称(N分):
    if "\n" in text:  # a cell wrapped in the middle of a clause, one line again before any rewrite looks at the clause
        text = _CLAUSE_WRAPPED.sub("", _HEADING_LINE_WRAPPED.sub(r"\1", text, count=1))
    text = bonus_heading_as_cap(text)  # 加分项(最多加2分):…每起加0.5分: the heading's cap, 最多加2分 after the additions
    text = _POINTS_ON_TITLE_LINE.sub(r",\1。", text)  # 防汛物资储备达标率 本项分值3分\n达标率≥95%…: the title's points, a sentence
    text = _SPACED_UNIT.sub(r"\1", text)  # 规范: 4 分 / 9 5 %: a number and its unit, one word before any pattern looks
    text = unit_alias_dropped(text)  # ≥350台(套): the count's unit with its other name, one unit
    if ":" in text or "∶" in text:
        # 杠杆率达到1:5 / 1:5以上: 5倍 (once split at its colon: 1 lost, 5 read as 5%)
        text = _ONE_TO_BOUND.sub(r"\1倍", _ONE_TO_LEVEL.sub(r"\1\2倍", text))
    text = index_names(text)  # 路况指数PQI≥80…PQI每降低1: the index's name for its acronym (80 an index, never 80%)
    text = levels_in_heading_unit(text)  # 检验率(%):100——5分;95以下——0分: the heading's unit, each level's
    text = leaders_as_commas(text)  # 95%(含)以上 …… 5分 / 80%以下——0分: a band table's leader, where prose has a comma
    text = _tenths(text)  # 九成以上(含)不足100%: the share as a percentage before its bound's mark is read
    text = labelled_bands(text)  # 基本完成(完工率90%-100%)得4分: the band the grade names, 完工率90%-100%得4分
    text = restated_bounds(text)  # 90%以上(含90%) / 90%以上(不含100%): the bound's own mark, or the band's other end
    text = matched_as_reached(text)  # 库存数量与计划规模相符的得4分: the plan reached, as 达到计划规模 says
    text = without_reference_note(text)  # …。注：1-6月执行进度仅作参考，不计分。: what the table shows, not scores
    text = points_before_lines(text)  # 5分\n1、…\n5分\n2、…: the 分值 column on a line before each requirement
    text = points_after_lines(text)  # 地板需清洗干净\n3分\n… / …:6分\n…:4分: each requirement's points after it
    text = _BLANK_AFTER_POINTS.sub("分", text)  # 没有…的扣5分(): a form's blank for the points taken, nothing written
    text = _NOT_AT_THE_RATIO.sub("未按规定比例", text)  # 未按比例开展核查的扣2分: the share required, never a method
    text = _METHOD_LABEL.sub("", text)  # 评分标准:资金使用符合规定得4分: the cell's own label, not a requirement
    text = _PARTS_LABEL.sub("", text) if "分项" in text else text  # 分项得分:A1分,B1分: the list's own label
    text = heading_apart(text)  # 隐患排查完成率(3分)=…: the heading, then the rate defined under its name
    text = self_assessment_row(text)  # 培训人数 年度指标值:≥5000人次 实际完成值:____\n评分:…: a 自评表's row, the target and its rule
    text = tier_upper_open(text)  # 较好(5-8分,不含8分): the range the evaluator chooses within, its end the next tier's
    text = bare_points_value(text)  # 分值：3　每降低1个百分点扣0.3分: the 分值 column's bare number (a 自评表 row's read above)
    text = target_after_name(text)  # 年度指标值:申请发明专利≥20件。…: the column's label, then the name and its target
    text = without_annex_numbers(text)  # 评分表见附表2: the annex's number names a document
    text = measure_words(text)  # 4㎡-6.5㎡, 每迟报半天, 第一名: units, half a unit, places of a ranking
    if "每" in text and "期" in text:  # 逾期的每10天扣1分 / 超出合同工期的每10天: each span late, 每逾期10天
        text = _LATE_THEN_EACH.sub(lambda found: "每" + (found.group(1) or "逾期"), text)
    text = _FULL_WORDS.sub("满分", text)  # 得全分: 满分, as every reader knows it
    if "直接" in text:
        text = _OUTRIGHT.sub("", text)  # 发生进京非访的直接不得分: outright, no part of the situation's name
    if "之间" in text:
        text = _BETWEEN_AND.sub(r"\1-\2之间", text)  # 介于60%与90%之间: the range 60%-90%, its ends joined by 与/和
    if "折" in text:
        text = _CONVERTED_TO_POINTS.sub(r"\1计分", text)  # 按满意度×分值折算得分: 按满意度×分值计分
    # 系统可用率(月度考核,10分) / 收缴率(定性+定量,4分): the heading's note, then its points
    text = _NOTE_BESIDE_POINTS.sub(r"(\1)(\2)", text)
    text = _POINTS_BESIDE_NOTE.sub(_note_said_again, text)  # 生产安全事故控制(5分,一票否决): the note after the points
    text = _ASSIGNED_TO_ITEM.sub(r"\1,分值", text)  # 政策知晓率,赋分2分。知晓率≥80%赋2分…: the item's 分值, not a band's award
    text = cap_share_of_points(text)  # 扣分不超过该项分值的一半(4分): 最多扣2分, the share of the points said
    text = _CAP_ALL_SAID.sub("扣完为止", text)  # 直至扣完 / 扣至0分为止 / 扣完本项分值为止: the lexicon's one phrase
    text = _CAP_OF_POINTS_SAID.sub(r"扣完为止,本项分值\1", text)  # 扣完本项分值(1分)为止: 扣完为止, and the points said after
    text = _CAP_OF_POINT.sub("扣完为止", text)  # 扣完对应考核要点分值为止: the points of the item the text scores, to 0
    if "直至扣除" in text:
        text = _CAP_OF_NAMED_PART.sub(r"扣完\1分为止", text)  # 直至扣除年报“数据真实”中的分值10分: the named part's points, to 0
    text = _OTHERS_VOID.sub(r"\1", text)  # …为准,其它无效: no other evidence counts, said of the evidence
    text = _NOT_CONCERNED.sub("", text)  # (…扣完为止,不涉及的不扣分,下同): what does not concern the unit deducts nothing
    text = _ZERO_SAID.sub("不得分", text)  # 不计分 / 不予记分: the same (not 不计分值)
    text = _ITEM_INDICATOR_ZEROED.sub(r"\1指标", text)  # …未全部落实,本项指标不得分: the indicator, 本指标
    if "全部不得分" in text or "均不得分" in text:  # 发生安全事故的,本项6分全部不得分: the item zeroed, its points named
        text = _item_points_all_lost(text)  # (once 本项得6分全部不得分: 得 put before the bare 6分)
    text = _FULL_OF_ITEM.sub("满分", text)  # 得该项满分: 满分
    text = text.replace("按照比例", "按比例")  # 按照比例加附加分: 按 said at length
    text = a_grades_spelled(text)  # 国家4A级旅游景区: AAAA级, a grade's name (no 4 to score)
    if "任" in text:
        text = _ANY_ONE_SAID.sub(_any_one, text)  # 任何一个村未完成…的扣1分: any one, as 任一 (never a count of 一个村)
    for typed, meant in _HOMOPHONES_TYPED:  # 每底1个百分点 / 扣完未止: a pinyin input method's slip
        text = text.replace(typed, meant)
    text = _AWARDED.sub("得", text)  # 本指标给0分 / 持平的赋10分: the score verb the readers know
    text = _ITEM_SCORED.sub(r"\1得", text)  # …导致数据丢失的,本项0分: what the item scores then (once read as its 分值)
    text = _points_unit_lost(text)  # 90%以上的得5，80%—90%的得3: a terse table's points without 分
    text = _DEDUCTED.sub("扣", text)  # 每项减2分 / 每次扣除1分 / 扣减1分: 扣 (not 增减/加减, which say both ways)
    text = _METHOD_HEADING.sub("", text)  # 本项得分为:如发生…则扣…: a heading over the cases, no formula
    text = _ADDED_ON.sub("加", text)  # 每增加10%,加计0.2分: 加
    text = _CAP_SAID.sub(lambda found: f"最多扣{found.group(1) or found.group(2)}分", text)  # 最多扣分不超过10分 / 扣分不超过5分: the cap as the readers know it
    text = _ALL_OF_IT.sub("不得分", text)  # 少1人扣全分 / 扣该项全部分值: the whole of the points, as 不得分
    text = _AT_ONCE.sub("", text)  # 有1项不符合,即不得分: the outcome of the clause before, said at once
    text = _ONE_SHORT_ZEROES.sub(_one_short_zeroes, text)  # 缺一项不得分 / 少1人扣全分: any one missing zeroes the item
    if "按每" in text or "按照每" in text:
        text = _PER_UNIT_AMOUNT.sub(r"每\1扣\2分", text)  # …的均按每人0.2扣除 / 按每处1分扣分: 每人扣0.2分
    if ",或" in text:
        text = _OR_ACROSS_COMMA.sub(r"\1或", text)  # 发生1起未及时上报数据,或上报内容不符合要求的,扣0.5分: one situation
    text = _PER_PUPIL.sub("每人", text)  # 不穿校服,每生扣1分: each pupil, counted as each person
    text = _PER_PERSON_EACH_TIME.sub(r"每\1次", text)  # 不叠被的每人每次扣5分: each person each time, one count (人次)
    # …年终成绩不合格的年度成绩为0 / …未建立扣1分;记录不完整的为0: the score (as a mark, or the item's) is 0
    text = _MARK_ZEROED.sub("不得分", text)
    text = _ZERO_POINTS.sub("不得分", text)  # 未制定应急预案得0分: 0 points is no points (never the 分值 when nothing is wrong)
    text = _UNDONE_ZERO.sub(r"\1不得分", text)  # 未单独公开0分: a thing not done, then 0分 with no verb — a terse table's 得0分
    text = _COUNTED_PARTS.sub(r"\1个分项", text)  # 缺1分项扣1分: one sub-item (分项) missing, never 1分 and a 项
    text = _POINTS_STEP.sub(r"每\1", text)  # 超过0.1个百分点扣1分: by how many points, a step (not a level)
    # 低于目标值5个百分点以内: a distance off the target in the rate's points keeps its word (the target less 5 points,
    # never 95% of it), once the ones written 5个 百分点 are joined
    if POINTS_BAND.search(text):  # (…低5-10个百分点得1分 after it: the same distance, the target said once)
        text = _POINTS_BAND_OR_NEXT.sub(lambda band: _POINTS_WORD.sub(_KEPT_POINTS, band.group()), text)
    text = _POINTS_WORD.sub("%", text.replace("十分满意", "非常满意"))  # 每降低1个 百分点: a line broken inside the word too
    text = text.replace(_KEPT_POINTS, POINTS_OFF_TARGET)
    text = _PER_MILLE_POINTS_WORD.sub("‰", text)  # 每超过0.1个千分点扣1分: a rate in ‰ moves by 千分点 as a % one by 百分点
    text = text.replace("百分比", "%")  # ≥98百分比: a unit word, not the numeral 百
    text = _PERCENT_RANGE_END.sub(r"\1百分之\2", text)  # 百分之九十(含)至九十五: the range's end, its 百分之 said once
    text = _shares_said_once(text)  # …百分之九十五以上(含)的得3分,九十(含)至九十五的得2分: the later bands' shares
    if _LESS_SAID.search(text):
        text = _DONE_AS_LEVEL.sub(r"\1达到", text)  # 完成2个得3分: at least 2 done
    text = _PERCENT_OF.sub(_percent_of, text)
    for old, new in _SYMBOLS.items():
        text = text.replace(old, new)
    text = survey_credits(text)  # “满意”“基本满意”“不满意”三档,分别计100%、60%、0: …分别按100%、60%、0计算满意度
    text = ascending_bounds(text)  # 100%>完成率≥85%: the band's ends from the top down, as 85%≤完成率<100%
    text = _ENDS_LISTED.sub(r"\1", text)  # 达到90%、不足95%: one band's two ends, listed (never either end alone)
    text = _TIER_NAMED.sub(r"\1的", text)  # 80分≤考核得分<90分为B档,得2分: the tier's name between its level and points
    text = _DOUBLED_DASH.sub("-", text)  # 扣0.5--1分 / 扣0.5——2分: a range's dash typed twice
    text = nines_to_next(text)  # 95%-99.99%计6分 beside 100%计8分: up to 100%, not included
    text = _MIDDLE_DOT_POINT.sub(r"\1.\2", text)  # (0・5分): the middle dot of print as a decimal point
    text = _POINTS_AS_COPIES.sub(r"\1分", text)  # 扣0.5份: 分 misread as 份 (no copies are deducted)
    text = _CAPPED_ADDITION.sub(r"最多\1\2分", text)  # 加分10分封顶: at most 10 added
    text = _STEP_OF_REFERENCE.sub(r"\1\2", text)  # 每低于计划数的1%: 每低于计划数1%
    text = _ADDED_ON_BASE.sub(lambda m: _on_base(m, text), text)  # 则在15分的基础上加1分 after 得15分: 加1分
    if "基础上" in text:
        text = _DEDUCTED_ON_BASE.sub(lambda m: _on_last_award(m, text), text)  # …得3分;低于80%的,每低1%在3分基础上扣0.5分
    # 成本控制率=(预算数-实际支出)/预算数×100% 控制率在±10%以内…: the space closed the definition
    text = _SPACE_AFTER_DEFINITION.sub(r"\1;", text)
    text = _TARGET_BRACKETED_BEFORE.sub(_target_bracketed_before, _SPACE_AFTER_TARGET.sub(r"\1,", text))  # 目标值≥90%　完成率…
    text = _CHUNK_NUMBER_IN_NUMBER.sub(r"\1", text)
    text = _CHUNK_NUMBER_IN_CAP.sub("扣完为止", text)  # 扣完为 2、止: a mirror's page-chunk number inside 扣完为止
    text = _chunk_number_in_words(text)  # 水库管理责任制 2、度执行效果差: the same inside a word
    text = _LIMIT_IN_BRACKETS.sub(_limit_in_brackets, text)  # 规定的时间内(15分钟)到场: the limit's value, 规定的时间15分钟内
    text = _DEDUCTION_IN_BRACKETS.sub(r"\1扣\2分", text)  # ①墙上有蜘蛛网(扣5分); / …未清理(每处扣5分);: 扣5分
    text = _EXCEPTED_CASES.sub(r"(\1的除外)", text)  # …一件扣10分(若有新诉求的,不扣分): cases not counted, as (…除外)
    text = _ASCII_FULL_STOP.sub("。", text)  # 得1分.核查…: a sentence's end written as a full stop  # 扣0\n2、.3分: a mirror's page-chunk number inside 0.3
    text = _LOST_POINTS_UNIT.sub(r"扣\1分。", text)  # 每项扣2. 4 上月…: 分 lost before the next numbered point
    text = _LOST_LAST_UNIT.sub(r"扣\1分", text)  # …的扣9分,未执行养护计划的扣72: the cell's last 分 cut off
    text = _LETTER_ZERO.sub("0", _LETTER_ZERO.sub("0", text))  # 满意度≥9O% / 1OO%: a scanned 0 read as the letter O (once dropped: 9%)
    text = _LETTER_ONE.sub("1", text)  # 建立机制但无文件得l分: a scanned 1 read as the letter l
    text = _VETO_SITUATION.sub(r"\1的,此项不得分(实行一票否决)", text)  # 发生重大投诉的，一票否决: the item scores nothing (once dropped)
    text = _ALL_LOST.sub(r"\1,此项不得分", text)  # 发生安全责任事故,全部扣完: the score zeroed (not 扣完为止)
    text = _PROPORTIONAL_TO_NOTHING.sub(r"\1", text)  # 按比例扣分，扣完为止: a deduction in proportion ends at 0 anyway
    text = _PROPORTIONAL_BOTH_APART.sub(_proportional_both, text)  # 完不成的按比例扣分,超额完成的按比例加分: both ways, said apart
    text = _ANNOUNCED_DEDUCTION.sub("", text)  # 没有完成的扣分,每低于目标值2%扣1分: the steps say how much
    text = _OTHERWISE_ANNOUNCED.sub("", text)  # …得10分;否则相应扣分。未…每发现1次,扣2分: the faults after it say how much
    text = _RATE_UP_TO_STANDARD.sub("达到目标值", text)  # 同步组建率达标得2分: the rate reaching its standard (the target)
    text = _defined_after(text)  # …扣完为止(通过率=通过的人数/考核总人数): the rate's definition, said after
    text = _COUNTED_AS_DONE.sub("", _SAMPLE_SIZE.sub("", text))  # 抽查病历100份，每发现1份乙级病历扣0.2分: how many were drawn, each one found counted
    text = _RATE_BY_RATIO.sub(r"\1=\2/\3×100%", text)  # 调处成功率按调处成功件数/受理件数计算: its definition
    if _STEPS_FROM_STANDARD.search(text):  # 成交率:10分,达标得满分;每低于达标线1%扣3分: the rate named before, its line after
        text = _BARE_STANDARD_REACHED.sub("达到目标值", text)
    text = _TARGET_THEN_DONE.sub(r"\2完成\1", text)  # 到位资金目标完成的得满分: the target completed, as 完成目标的 says it
    text = _DONE_ALONE.sub("完成目标值", text)  # 完成得基本分，未完成的不得分: done is the target reached
    text = _UNDONE_THEN_METHOD.sub(r"\1", text)  # 完成年度指标值的得满分;未完成的,按…计算: the other side, as 未完成的按…
    text = _TOTAL_EACH.sub(_each_of_total, text)  # 有健全的理事会、常务理事会(2分,每项1分): 各得1分 when they add up
    # 召开班子会研究部署(1分,每次0.5分) / …;1分(查看会议纪要,1次0.5分): points per time, up to the item's points
    text = _TIMES_IN_BRACKET.sub(r",每\2\3得\4分,最高\1分", _TIMES_AFTER_POINTS.sub(r"每\2得\3分,最高\1分", text))
    text = _LESSER_IN_BRACKET.sub(r"(\1分,\2得\3分)", text)  # 1分(查看…,有会议无宣传0.5分): a lesser way, its points
    text = _TOTAL_EACH_LISTED.sub(_each_listed, text)  # 建立会员档案;发展新会员(4分,每项2分): each item its 2分
    text = _RUN_IN_HEADING.sub(r"\1(\2)", text)  # 2、领导班子建设3分领导班子建全…: the row's name and 分值 cells, run into its rule
    text = _ANSWERED_QUESTION.sub(r"\g<asked>得\g<rest>", text)  # 采购是否符合招投标的规定(符合得1.5分,1个子项不符扣0.5分): the answer, said
    text = _DEDUCTION_WITH_POINTS.sub(_points_then_deduction, text)  # 参加相关会议(2分,少一次扣0.5分,扣完为止): the item's points, then its deduction
    # …工作总结。(每份0.5分,总分2分) / 项目预定目标是否明确(明确:3分,基本明确:2分,不明确:0分)。: how it scores, in
    # brackets at the end, is the rule itself
    text = _SCORING_NOTE.sub(lambda m: m.group(1) + ("" if m.group(1) else "。") + m.group(2), text)
    text = _SPACED_POINT_NUMBER.sub(r"\1\2、", text)  # 。 7 以上各项…: a point's number before words
    text = cell_layout(text)  # …得满分 否则 不得分 / 1 …扣1分 2 … / 签到4上班…: the separators and 分值 a cell's layout gives
    text = points_column_apart(text)  # …供电稳定得 1 分 2: the row's 分值 column, spaced off after the last points
    text = _POINTS_THEN_SPACE.sub(r"\1,", text)  # 扣0.2分 最高分为7分: a cell's two phrases, spaced apart
    text = _SECTION_NUMBER.sub("", text)  # 3-1 凡交办信访事项…: the table's own numbering, spaced off, not a range
    text = _SPACES.sub("", text)
    text = measure_words(text)  # 40 m 2: a unit that only meets its number once the spaces go
    text = _LINE_BREAK.sub("\n", text).strip()
    text = _WORD_WRAPPED.sub("", text)  # ±3个百分\n点以内: one word, one line
    text = _FORMULA_WRAPPED.sub(lambda found: found.group(1) or "", text)  # 按实际加装台\n数/计划台数×5分计分: a formula wrapped by a narrow cell, one line
    text = _THOUSANDS_COMMA.sub("", text)
    text = _bare_ten_thousands(text)  # 10万元以上(含10万)得1分,5—10万…: 万 said short for the text's 万元
    text = _tenths(text)  # 九成 = 90% (again, once the spaces are gone: 九成 以上)
    text = _OCR_EQUALS.sub(r"\1=", text)  # 评价指标得分二资金到位率×分值: OCR read = as 二
    text = _SCORE_IS_COLON.sub(r"\1", text)  # 本项得分为：10分-违反规定次数×2分: the colon before a formula
    text = _ITEM_SCORE_COMPUTED.sub(r"\1得分", text)  # 按“平均分/100×6”计算本项得分: the item's score is the score
    text = _TOTAL_AFTER_FORMULA.sub(r"\1,\2", text)  # 得分=…平均值×10%（本项10分）: the item's points, after the formula
    text = _PM_INCLUSION_RESTATED.sub(r"\1(\3)", text)  # ±5%以内(含±5%): the bound just said, included
    text = _PM_BEYOND_WITHIN.sub(r"\1-\2", text)  # 超出±5%但在±10%以内(含): the band between, as ±5%-±10%(含)
    text = _BEYOND_BUT_WITHIN.sub(r"\1不超过\3\2", text)  # 超过3个月但在6个月内: up to the second bound, as 但不超过6个月
    text = _BRACKETED_EQUAL.sub(r"\1等于", text)  # 大于(等于)70%
    text = _DEDUCT_FROM_ITEM.sub("扣", text)  # 扣该项因子1.5分: the points come from this item
    text = _OCR_POINT.sub(r"\1.\2分", text)  # 扣0。5分: the decimal point read as a full stop
    text = fault_runs(text)  # …扣8分施工作业区…扣6分 / 有杂物扣3分、有积水扣2分 / 一处不符要求-5分: a scoring list's bounds
    text = _POINTS_PER_UNIT.sub(r"每\2扣\1分", text)  # 进京非访扣15分/批次: the unit each deduction counts, written after it
    text = _RANGE_PER_UNIT.sub(r"每\2扣\1分", text)  # 视火灾面积扣分5-15分/次: the same, for a range
    text = _ADDED_PER_UNIT.sub(r"每\2扣\1分", text)  # 如有农房被烧,按10分/户追加扣分: each 户 deducts 10 more
    text = _POINTS_TYPO.sub(r"\1分", text)  # 每低1%扣1份: 份 typed for 分 after a deduction
    text = _DOCUMENT_YEAR.sub(r"\1", text)  # 《环境保护目标责任书》(2006年): the year names the document
    text = _TOTAL_IS.sub(r"\1", text)  # 合计为20分 / 基本分为30分: the points in all (the base), as 合计20分 says them
    text = _FULL_SAID_TWICE.sub(r"\1", text)  # 满分20分(20分): the 分值 column copied right after the 满分 it repeats
    text = _CAP_AT_POINTS_SAID.sub(r"\1(本项分值\2分)", text)  # 最高不超过该项分值(5分): the cap, then the 分值's points
    text = _GRADES_RUN.sub(_grades_run_apart, text)  # 优40良30中20差0: each grade and its points, apart
    text = _GRADE_COLON.sub(r"\1", text)  # 优秀:2.5分;优良:2分: a grade and its points, not a heading over them
    text = _EACH_UNIT_PAST_LIMIT.sub(r"每有1\1", text)  # 每份合同…流失率超过20%的，扣1分: each one past it, as 每有1份 says
    text = _DEEMED.sub("的", text)  # 发现“有路无灯”现象,视为装灯率未达到100%,扣3分: the finding deducts, 视为 only names it
    text = _FULL_COLON.sub(r"\1", text)  # …扣完为止。满分:4分: the 分值 in a sentence of its own, as 满分4分 says it
    text = _OPTIONS_LISTED.sub(";", text)  # 优30分、良20分、达标10分: options, each with its points, listed with 、
    if _POINTS_AFTER_ZERO.search(text) and len(_BRACKETED_POINTS.findall(text)) == 1:
        text = _POINTS_AFTER_ZERO.sub(r"\1。\2", text)  # …记录不得分(5分)。: the item's points after the rule, as …不得分。(5分)
    text = _NOT_COUNTED.sub(r"\1。", text)  # 粪大肠菌群不计入考核最高分为7分: a note, run into the next sentence
    if "满分" in text:  # 85%以上满分，每低5%扣15%: beside 满分, a bare share each step deducts is of the 分值, as 得60% is
        text = _BARE_SHARE_DEDUCTED.sub(r"\1扣除分值的\2%", text)
    text = _SHARE_DEDUCTION.sub(_share_deduction, text)  # 每降低1%扣权重分的1%: a share of the 分值
    text = text.replace("乘以", "×")  # 按完成率乘以分值计算
    text = _WITHIN_TARGET.sub(r"不超过\1", text)  # 项目成本控制在预算以内: at most the budget
    text = _OVERSPENT.sub("超过预算", text)  # 每超支1%扣0.5分 / 超支10%以内: over the budget
    text = target_said_first(text)  # 单户改造成本≤3.5万元。实际值不超过指标值的得满分: the 指标值 just stated
    text = reference_restated(text)  # 不低于上级下达任务的得3分，低于任务的不得分: the level missed (低于的)
    text = _OVER_REFERENCE.sub("超过", text)  # 超概算5%以内 / 超预算10%以上: over it, 超过
    text = _PART_BEYOND.sub(r"每\1", text)  # …以内得满分，超出部分每1%扣0.2分: each 1% beyond it
    text = _WHOLE_DONE.sub(r"\g<done>率100%", text)  # 100%达标得6分: every one of them 达标, 达标率100%
    text = _PAST_THE_TIME.sub("逾期", text)  # 超过规定时间1-10天扣1分 / 每超期1个月: days late, as 逾期1-10天
    text = _AHEAD_OF_TIME.sub("提前", text)  # 每早于规定时限1天加1分: each day before it, as 每提前1天
    if "每逾期" in text:  # 达到规定时限得10分 beside 每逾期1天扣1分: the deadline kept, 按规定时限完成 (not a level ≥ it)
        text = _DEADLINE_REACHED.sub(r"按\1完成", text)
    # 出现重大安全事故，该项目不得分: the item (该项) scores nothing — but where each project is scored (每个项目…得1分，
    # 低于30%的该项目不得分) 该项目 is that project, the unit's own zero
    projects_apart = _PROJECTS_APART.search(text) is not None
    text = _THE_PROJECT_ZEROED.sub(lambda m: m.group() if projects_apart and m.group()[0] == "该" else "该项", text)
    text = _ITEM_SCORE_ZERO.sub("不得分", text)  # 出现截留挪用的，该项得分为0: the item's score is 0, 该项不得分
    text = _OUTSIDE_THE_BAND.sub(r"\1-\2之间得满分,每偏离", text)  # …之间得满分，低于85%或高于93%的，每差1%: either way out
    text = either_band(text)  # 80%-85%或93%-98%得3分: either range scores, two bands
    text = _counts_missed_ladder(text)  # 有1项指标未完成的扣1分，有2项未完成的扣2分…: 未完成1项扣1分…
    if _SHORT_OF_TARGET.search(text):  # 未达到的，每差1%扣0.1分，差距超过20%的不得分: the gap below the target
        text = _GAP_OVER.sub(r"低于目标值\1(不含)以上", text)
    text = _LATIN_TIMES.sub("×", text)  # 好路率X120: a Latin x for ×
    text = _OCR_TIMES.sub(r"\1×", text)  # 得分=按期答复率 c 10分: × read as c in a formula
    text = _COUNTED_TASK.sub(_counted_task, text)  # 完成1000户改造任务: the task, then how much of it (完成改造任务1000户)
    text = _DEGREE_STOP.sub("。", text)  # 好路率x60°: the OCR of the cell's full stop
    text = _HALF_OF_POINTS.sub(r"\1分值的50%", text)  # 得一半分 / 得分值的一半: half the points
    text = _HALF_SAID_ALONE.sub("分值的50%", text)  # …的该项分值的一半 (no 得): half, never the whole 分值 it names
    # 未达到的得分减半 / 减半计分: half the points (not 扣分减半, nor 按…刊物减半计分, half of another item's points)
    # (after a step or a formula, 得分减半 may halve the score computed, not the 分值: left as written, for the reader to refuse)
    text = _HALVED.sub(lambda m: m.group() if "按" in re.split(r"[,;。\n]", text[:m.start()])[-1]
                       or _COMPUTED_BEFORE.search(text[:m.start()]) else "得分值的50%", text)
    # 全部完成得4分，完成80%以上得3分 / 资金全部到位(14分)到位率在75%以上: 100%
    text = _ALL_DONE.sub(_all_done_as_share, text) if _DONE_SHARE.search(text) else text
    text = coefficient_bands(text)  # 合格率≥95%,系数1.0;90%-95%,系数0.8…。得分=分值×系数: each band's share of the 分值
    if "满分" in text:  # 显著得满分，较显著得60%，一般得30%: beside 满分, a bare share after 得 is of the 分值
        text = _BARE_SHARE.sub(r"\1分值的\2%", text)
    text = _SHARE_OF_POINTS.sub(lambda m: f"得分=分值×{m.group(1) or m.group(2)}%", text)  # 得分值的80%
    text = _ABSOLUTE_BARS.sub(r"\1绝对值", text)  # |偏差率|≤10%: the size of the deviation
    if "[" in text or "]" in text:  # 满意度∈[80%,90%)得3分: an interval as mathematics writes it
        text = _MATH_INTERVAL.sub(_interval_in_words, text)
    text = _GAP_FROM_TARGET.sub("按与目标值的差距扣分", text)  # the steps below count the gap from the target
    text = _BRACKETED_POLICY.sub(r",\1", text)  # …4篇以上记2分(完不成的按比例扣分): the failing side's method, a clause
    text = _BRACKETED_SHORTFALL.sub(r",\1", text)  # 完成率≥95%(未达到不得分): 完成率≥95%,未达到不得分
    text = _SHORT_OF_REQUIREMENT.sub(r",\1的", text)  # 完成率≥90%,达不到要求的得1分: short of that 90%
    text = _TARGET_NUMBER.sub(r"\1为\2", text)  # 巩固率目标值98%，达到目标值得满分: the target's value, as 目标值为98% says it
    # 合格率<80%或培训学时不足规定学时的不得分: the band scores nothing and so does the situation, whatever the rate (once
    # the situation was dropped: 学时 hours short with a 93% rate scored 2)
    # (提高不足1个百分点或下降的不得分: the other way lies in the band already, never a situation apart)
    text = _LEVEL_OR_SITUATION.sub(r"\1的不得分;\2的,此项不得分", short_or_other_way(text))
    if "完成比例" in text:  # 项目按计划完成的得满分；未按计划完成的，按实际完成比例计分: the plan completed, in proportion
        text = _BY_PLAN_DONE.sub(r"\1完成计划", text)
    text = _SHARE_OF_TARGET.sub("完成比例", text)  # 按实际完成值占目标值的比重计算得分 / 按完成值与目标值的比例计分: the completion's share, 按完成比例
    text = _SHARE_CONVERTED.sub("", text)  # 按完成比例折算得分: 按完成比例得分
    if "按完成率" in text:
        text = _completion_of_quantity(text)  # 指标值:≥20000人次…未完成的,按完成率×分值计分: 按完成比例计分
    text = _BARE_FORMULA_SCORED.sub("按", text)  # 计划服务48000人次,实际完成数/计划数×8计分: 按实际完成数/计划数×8计分
    text = _ASPECTS_COUNTED.sub("项", text)  # 三方面均符合得3分，每有一方面不符合: aspects counted as 项
    text = _ONE_CASE.sub(r"\g<1>1起", _replace_chinese_numbers(text))  # 每发生一起违法案件: one case (not 一起, together)
    text = _ONE_CASE_HAD.sub("有1起", text)  # …发生安全事故的,有一起(的)扣5分: each case of the situation before (not once)
    text = _ONE_PLACE.sub("1处", text)  # 草坪有枯死的一块地方扣3分: each such place (not once)
    text = _POINTS_LISTED_AHEAD.sub("", text)  # 以下3项要点全部满足得3分: the 3 points listed, never below 3
    text = _DEDUCTION_AHEAD.sub(_deduction_after_list, text)  # 以下三项每缺一项扣1分：①…②…③…: said after the 3 listed
    text = _EACH_THEN_LISTED.sub(_each_then_listed, text)  # 每完成一项得1分(①…②…⑥…): the list the award counts
    text = _COUNT_THEN_ALL.sub(r"\1", text)  # 重点工作任务共8项，全部完成得6分: all 8 of them, one clause
    text = without_breakdown(text)  # 目标值20座(其中改建8座): the count's breakdown, a note
    text = without_listed_counts(text)  # 观测、发报、报表三项总错比: the count of the things listed, part of the name
    text = without_count_grades(text)  # …落实2项的评为较好,得2分: the grade a count of the things done, which it scores
    text = quoted_count_met(text)  # 主体、责任、经费“三落实”的得3分;落实其中2项的得2分: all 3 of the things listed done
    text = all_counted(text)  # 登记率为100%,…每少一人扣0.1分: every one counted, the target reached
    text = all_of_count(text)  # 全年4次均按时的得2分，每有1次不按时扣0.5分: every one of the units, each missed a step
    text = none_over(text)  # 控制率≤100%的得2分，每超编1人扣0.5分: every one within, the target not passed
    text = standard_breached(text)  # 按每人不超过1500元标准发放，发现超标准发放的，每人次扣0.2分: the ones breaching it counted
    text = each_unit_said_plainly(text)  # 送戏下乡每个乡镇全年不少于4场，按乡镇分别计算，…每有1个乡镇未达到扣1分: each unit's requirement
    text = yearly_total(text)  # 每月巡检2次(全年24次),每少1次扣0.5分: the year's total is the requirement
    text = plan_noun_first(text)  # 计划改造28个片区,每少完成1个片区扣0.3分: 计划改造片区28个,每少完成1个扣0.3分
    text = stated_count_reached(text)  # 全年送戏下乡120场,每少5场扣0.5分: the count stated is what scores full
    text = _STEP_FROM_LEVEL.sub(_step_from_level, text)  # 每低于100%一个百分点: each 1% below the 100% named there
    if "|" in text:  # 三级指标:培训人次|年度指标值:≥2000人次|分值:10|评分规则:…: a 自评表 row's cells, each named
        text = _CELL_POINTS.sub(r"本项分值\1分", _CELL_TARGET.sub(r"\1", text))
    text = _TASK_FLOOR_DONE.sub(r"\1\2目标\3", text)  # 完成…工程不少于12公里,完成的得3分: the task's floor, its target
    text = _TARGET_IN_STEP.sub(r"\2为\3,每\1\2", _TARGET_IN_BRACKETS.sub(r"目标值为\1", text))  # 结算率(目标值70%),每低于目标值1个百分点…: the level the steps start from
    text = _REACHED_RANGE.sub("", text)  # 执行率达到90%-95%得1分: in that range (达到 once read as ≥90%, the 95% left over)
    text = _CLAMP_IN_BRACKETS.sub(r",\1", text)  # 得分=满意度÷90%×分值(最高不超过分值): the cap, a clause of its own
    text = _BARE_RATIO_SCORED.sub(r"得分=\1", text)  # 实际值/目标值×4,最高不超过4分: a 自评表 cell's formula, 得分= unsaid
    text = _FORMULA_THEN_COUNTED.sub(r"\1计分", text)  # 否则按完成值/目标值×分值计 / 按到位率×4分计: 计 at the end is 计分
    text = _ON_THE_LEVEL.sub(r"\1以下每", text)  # 达到95%的得4分；在95%基础上每再降低5个百分点扣1分: the steps below 95%
    text = _SCOPE_OPENING.sub(r"\1", text)  # 年度考核中，优秀等次比例不超过15%的得2分: where the share is taken, no requirement
    text = _SHARE_OF_BASE.sub(_share_of_base, text)  # 管理费提取比例不超过合同金额的15%: the share itself ≤15%
    text = _LEVEL_THEN_EACH.sub(_level_then_each, text)
    text = _SHORT_OF_LEVEL_EACH.sub(_short_of_level_each, _OTHER_SIDE_THEN_EACH.sub(r"\1", text))  # 不少于4次，不足的每次扣1分: each one short, not once
    text = deducted_from_earned(text)  # …每发现1座扣0.5分，在上述得分基础上扣减: off the score earned, as read anyway
    text = excess_parts(text)  # 3次以内不扣分，超出部分每次扣0.5分: each one beyond the allowance (rules read 每超过1次)
    text = change_reached(text)  # 完成年度下降目标3.5%的: 下降率达到3.5%; 能耗上升的不得分 beside 下降率: 下降率为负
    if _GROWTH_NAMED.search(text):
        text = _NEGATIVE_GROWTH.sub(lambda found: "≤0" if found.group("zero") else "低于0", text)
    if "为负" in text:
        text = _NEGATIVE_SAID.sub("低于0", text)  # 增长率为负的不得分: below 0
    if "亏损" in text and _RETURN_RATE.search(text) and _RATE_BAND_FROM_ZERO.search(text):
        text = _LOSS.sub("低于0%", text)  # 收益率…0-3%的得1分；亏损的不得分: the return below 0%
    text = _SCORE_SCALE.sub("(百分制)", text)  # 测评得分(满分100): the score's scale
    text = _ALL_IN_FIGURES.sub(r"达到\1", text)  # 实现全覆盖(100%)的得3分: the rate at 100%
    text = _ALL_OF_COUNT.sub(r"\4\3数达到\1\2", text)  # 10个社区全部覆盖得满分: the count covered reaching 10
    # 超额完成10%以上: the completion rate at 110%; 超额完成目标值5%: above the target by 5% (once read as 完成率≥10%,
    # 95% taking the top band)
    text = _EXCEEDED_BY.sub(_exceeded_by, text)
    text = task_exceeded(text)  # 完成年度任务2万亩的得5分…完成率达到110%以上的加0.5分: 达到2.2万亩以上, that share of the task
    if "完成率" in text:  # 完成率达到100%得3分，超过目标20%以上得5分: the completion rate at 120% (once shadowed by ≥100%)
        text = _OVER_TARGET_BY.sub(lambda m: f"完成率{general_text(100 + Decimal(m.group(1)))}%以上" if m.group(2)
                                   else f"完成率超过{general_text(100 + Decimal(m.group(1)))}%", text)
    text = _ABOVE_TARGET_BY.sub(r"高于\1", text)  # 比目标值高出5个百分点: 高于目标值5% (once 完成率≥5%)
    text = _RISE_OVER_LAST_YEAR.sub(r"每超过\1\2加", text)  # 比上年增长1个百分点加2分: each point above last year's
    # 发生面积较上年下降10%,每少下降1%扣0.5分 / 较上年增长8%,未达到的不得分: the change the steps or the rest start from (its
    # number once dropped: a fall of 8% scored full marks)
    text = _CHANGE_AS_LEVEL.sub(r"\1达到\2", text)
    text = ranked_thirds(text)  # 前三分之一的得4分…(全市共12个县市区): the places each third holds
    text = ranked_shares(text)  # 全省16个市州中,排名前20%的得3分…后50%的得1分: places 1-3, 4-8, 9 on
    text = ranked_among(text)  # 在全市12个县中排名…第9-12名: the last band every place from its first on
    text = rank_bands(text)  # 排名前5名的得满分,6-10名的扣0.5分,11名以后扣1分: bands of places, as bands of a count
    text = none_counted(_points_without_unit(text))  # 没有新增1处…记满分；每发现1处扣1.5分: none, counted as deducted
    text = bare_amounts(text)  # 不服从安排的扣2/次,…扣5分/次: the deduction's 分, left out
    text = level_points(rate_computed(rate_defined_by(divided_then_times(text))))  # (以A除以B再乘以分值计算: 得分=A/B×分值)  # (按实际值/目标值计算得分率: 得分率=实际值/目标值)  # 满意度90%(5分),每下降1%扣0.5分: 满意度90%得5分  # 根据…计算巩固率,按其比率赋分: 得分=巩固率×分值
    if "除以" in text:  # 得分=实得的分数除以应得的最高总分×100: the division sign in words, never inside one name
        text = _FORMULA_SAID.sub(lambda found: _THEN_TIMES.sub("", _DIVIDED_IN_WORDS.sub("/", found.group())), text)
    if "缩短" in text and _SHORTENED_FROM_LAST_YEAR.search(text):
        text = text.replace("缩短", "下降")  # 平均交易时长较上年缩短10%以上得2分;缩短不足10%得1分;未缩短不得分: its fall
    text = agreed_as_no_deviation(text)  # 实际发放补贴与核定标准一致的得4分;偏差在5%以内的得2分: 一致 as 偏差为0
    text = equal_as_level(text)  # 多于上年X的得3分,相等得2分,少于上年的得1分: 相等 as 持平, the level between above and below
    text = compared_with_last_year(text)  # 多于上年…的得3分,持平的得1分,少于上年的不得分: 较上年增加的 / 较上年减少的
    text = measure_named_once(text)  # 本年事故起数较上年事故起数下降的: 事故起数较上年下降的, the measure said once
    text = directions_as_bands(text)  # 较上年下降的得2分,持平的得1分,增加的不得分: the change above, at and below 0
    text = unhappened_as_veto(text)  # …发生严重内涝…的,本指标不得分;未发生的,本指标得5分: the veto and its other side
    text = graded_additions(text)  # …获评优秀等次的加1分,良好等次加0.5分,其他不加分: the grade given's points
    text = unchanged_level(share_reached(text))  # 应征收金额的65%征收到位记满分: that share reached; 与上年相比持平: 0%
    text = period_failing(text)  # 每月…有效率低于90%的,当月扣0.5分: 每有1个月未达到“…有效率不低于90%”的,扣0.5分
    text = level_named_once(text)  # 发现1户未回访的扣0.2分,2户及以上未回访的不得分: 2户及以上的不得分, the thing said once
    text = step_asides(text)  # 每低2%扣0.5分,不足2%的不扣分: 不足一档不扣分; 每高于1%不加分: 超额不加分
    text = formula_words(text)  # 平均分数(百分制)*本项权重系数70%: the formula's terms without their names
    if "为基础" in text or "为起点" in text:
        text = _FORMULA_BASE.sub("", text)  # 以60%为基础,按(覆盖率-60%)/(90%-60%)×6分计算: the base the formula takes off
    text = ratio_of_two(text)  # 按实际发表论文篇数与任务书约定篇数之比计分,满分4分: 按实际发表论文篇数/任务书约定篇数×4分计分
    text = printed_divisor(text)  # 已储备品种数/规定储备品种数(25种)×3: the divisor is the number printed
    text = plan_divisor(text)  # 合同约定扫描120万页,得分=实际完成页数/120万页×8分: the plan printed before, its number
    text = proportion_formula(text)  # 60%(含)至90%的按比例得分(得分=支出进度/90%×6): the formula is the share's method
    text = score_said_after(text)  # 完成率×3即为得分: 得分=完成率×3
    text = points_breakdown(text)  # (8分)(2分×4项,即…)…每少1项扣2分: the breakdown the total and the deduction restate
    text = ages(anniversaries(text))  # 成立70周年 / 65岁以上老年人: part of an event's or a group's name, in words
    text = count_in_share(text)  # 至少1人就业的比例达100%: the count part of the share's name, in words
    text = all_count_named(text)  # 报送全部12项月报的得3分,每少报1项扣0.5分: 报送月报12项的得3分, the things named, then their count
    text = limit_steps(text)  # 承诺办结时限15个工作日,平均审批用时每超1个工作日扣0.5分: the limit the steps start from
    text = undone_past_bound(text)  # …3-6个月(含)开工的得2分;超过6个月未开工的不得分: 超过6个月的, the band past the last
    text = periods_named(text)  # 发行后6个月内支出比例达到70%: the period part of the measure's name, in words
    text = rising_levels(text)  # 占20%的计1分；占40%的计3分；占60%以上的计5分: levels reached
    text = form_columns(text)  # □…(5分)\n名称牌匾\n1□…(3分)\n(5分)\n□…: a form's 序号 and 分值 columns between its options
    text = shared_points(text)  # 1.…。2.…。以上指标,每项1.5分,不达标不得分: the points after each item
    text = heading_fault(text)  # 违规占道经营(3分):每起扣0.5分: each one of what the heading names
    text = distribute_kinds(bare_deductions(points_first(text)))  # 省、市、县…每个分别扣10分、5分、3分: one deduction per kind
    text = distribute_grades(text)  # 分为优秀、良好、合格,分别得10分、8分、6分: one grade and its points each
    text = grade_deemed(text)  # …“不合格”得0分。未参加能力验证的按“不合格”计: the grade entered for it, dropped once read
    text = defined_pass(text)  # …达到10项的为达标,每所达标得2分,不达标不得分: the standard's points, 否则 none
    text = grade_awards_apart(text)  # 等次为A级得4分、B级得3分: grades with their points, run by 、, apart
    text = distribute(text)  # 超过80%、70%和60%，分别得6分、4分和2分: one band each
    text = event_dates(text)  # 慰问金在春节前(2024年2月9日前)发放…春节后1周内: the date, and time past it
    text = printed_target(text)  # 达到考核目标(≥83.3%)的得5分;低于目标但不低于75%…: the target is the number printed
    text = target_met_bands(text)  # 目标值:≥200人…完成目标的得3分;完成150人(含)以上的得2分: the target the top band's count
    text = float_named(text)  # 上下浮动不超过5%的得3分: the 浮动幅度 either way, never the ratio to the standard
    text = formula_cap_said(text)  # 得分=实到配套资金÷承诺配套资金×3,超过承诺的按3分计: at most 3, as 最高得3分
    text = each_unit_awarded(text)  # 每个中心…达到3000人次的得1分,本项共4分(4个中心): each unit short of it deducts its 1分
    text = all_units_reach(text)  # 各监测站…均≥95%的得3分;每有1个监测站低于95%扣1分: each unit short of the level deducts
    text = base_points_said(text)  # 每多5家加0.5分…每少5家扣1分…(基础分4分): what the level itself scores
    text = closing_total(text)  # …扣完为止(4分) / …。本项分值2分: the points the whole rule gives, said after it (共4分)
    return _EACH_RESPECTIVELY.sub(r"各\1\2分", text)  # 修改反馈稿和领导审定稿分别计5分: the one amount for each named (各计5分)


# 符合2.0,基本符合1.0,不符合0 / 建立并落实1.0,建立但未落实扣0.5: a table whose points column lost its 分
_DEDUCTED_BARE = lazy_compile(r"(?<=[扣减])(\d+(?:\.\d+)?)(?=[,;。:]|$)")
_DECIMAL_POINTS = lazy_compile(r"(?<=[\u4e00-\u9fff])\d+\.\d(?=[,;。:]|$)")
_OPTION_POINTS = lazy_compile(r"(?<=[\u4e00-\u9fff])(\d+(?:\.\d)?)(?=[,;。:]|$)")

_LAST_DEDUCTION = lazy_compile(r"扣\d+(?:\.\d+)?分[。;\s]*$")
# 达到90%、不足95%,记2分: the band's lower end, then its upper one, listed with 、 (both hold at once: no number is
# below 90% and at least 95%, nor would either alone leave room for the band below)
_ENDS_LISTED = lazy_compile(r"((?:达到|达|不低于|不少于|≥)\d+(?:\.\d+)?%?)、(?=(?:不足|低于|未达到|未满|不到|少于|<)\d)")
# 考核得分≥90分为A档,得4分 / 90分以上为优秀,得4分: the tier's name, said between the level and the points it earns,
# names nothing the points need (as 考核得分≥90分的得4分); read as written, 分为 (divided into) took the level's 分 and
# 90 was a percentage. Only right after a level (检查结果为合格,得20分 names the condition itself)
_TIER_NAMED = lazy_compile(r"(\d(?:%|‰|分)?|以[上下]|\(含\))为(?:[A-E一二三四五甲乙丙丁][档级等类]|优秀|良好|较好|合格|基本合格"
                           r"|不合格|一般|较差|差)[,，]?(?=(?:本项|该项|此项)?(?:得|计|记|不得|不计))")
_MARKED_NUMBER = lazy_compile(r"\d\s*分|%|[≥≤<>]")


# 明确的议事规则和决策程序1股东会…但存在瑕疵0.5三会…存在明显缺陷0: the table's 描述 and 分值 cells run together, each
# grade's points right before the next grade's words. A number between words is a seam only with no unit or comparison
# word beside it (近2年, 第3名, 少1人, 达到2次 are the words' own).
_SEAM_NUMBER = lazy_compile(r"(?<=[\u4e00-\u9fff)])(?<![第前近每共少多扣加减满达超于到为约计得至])(\d+(?:\.\d+)?)"
                            r"(?=[\u4e00-\u9fff]|$)(?![分年月日天周次个人项名户家条篇件元万亿倍级期届批类种处份套]|台(?!账))")
_ANY_NUMBER = lazy_compile(r"\d+(?:\.\d+)?")


def _cells_run_together(text: str) -> str:
    """``text`` with 分 and a ; after each grade's points where the next grade's words follow at once: only when every number
    in it is such a seam, the last closes the text at 0 (the worst grade scores nothing) and the points fall from the
    first grade down, one a decimal (0.5: points, not a count) — a grade table and nothing else."""
    seams = [found for found in _SEAM_NUMBER.finditer(text)]
    points = [Decimal(found.group(1)) for found in seams]
    if len(seams) < 2 or len(_ANY_NUMBER.findall(text)) != len(seams) or seams[-1].end() != len(text) or points[-1] != 0:
        return text
    if any(higher <= lower for higher, lower in zip(points, points[1:])) or not any("." in found.group(1) for found in seams):
        return text
    for found in reversed(seams):
        text = text[:found.end()] + ("分" if found is seams[-1] else "分;") + text[found.end():]
    return text


def _points_without_unit(text: str) -> str:
    """Only where no number in the text carries 分 and the options end in numbers like 2.0 / 0.5: then every
    number closing an option, or deducted, is its points."""
    text = _cells_run_together(text)
    probe = _LAST_DEDUCTION.sub("", text)  # (the last 分 _LOST_LAST_UNIT put back)
    if _MARKED_NUMBER.search(probe) or not _DECIMAL_POINTS.search(probe):
        return text
    return _OPTION_POINTS.sub(r"\1分", _DEDUCTED_BARE.sub(r"\1分", text))


_POINTS_THEN_SPACE = lazy_compile(r"(\d\s*分)[ \t\u3000\u00a0]+(?=(?![值数为率钟别类档项之])[\u4e00-\u9fff])")
# a time (or count) cut from last year's is its fall, each 缩短 in the text read as 下降: once 缩短10%以上 was 完成率≥10%
# (28.5 days against 30 last year, a 5% cut, scored as 95% reached); 工期缩短 against a plan has no last year and stays
_SHORTENED_FROM_LAST_YEAR = lazy_compile(r"(?:比|较|与)(?:上年|去年|上一年)(?:度|同期)?(?:相比)?缩短|(?:同比|环比)缩短")
_SPACE_AFTER_DEFINITION = lazy_compile(r"(×\s*100\s*%)[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])")
# a target (目标值/指标值) whose level, a number (with % or a unit), ends a table cell (spaced from the next: 目标值≥90%
# 完成率≥90%得3分) or fills a bracket after the measure's name (兑现率（目标值≥95%）：达到目标值得5分): what follows starts
# a sentence, as after 兑现率目标值≥95%，
_TARGET_LEVEL = r"(?:年度)?(?:目标|指标)值?\s*[:：]?\s*[≥≤>＜<＞]?=?\s*\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,4})?"
# (spaced: only a compared rate, 目标值≥90%, so that 目标值 2910 人 keeps its unit)
_SPACE_AFTER_TARGET = lazy_compile(r"((?:年度)?(?:目标|指标)值\s*[:：]?\s*[≥≤]\s*\d+(?:\.\d+)?%)[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])")
# (抗旱应急水源工程受益人口（目标值：≥3.2万人）：得分=… / 完成…评估【目标值：≥60家】，按完成数/60×4计分 / 服务企业数（目标值：
# ≥40家），完成目标得3分: in 【】 too, and closed by a comma when its level is compared — a bare 年度指标值55% there is
# _TARGET_IN_BRACKETS's 目标值为55%)
# (园区标准厂房建成面积（目标：≥8万平方米）。达到目标得4分: closed by a full stop, the target the next sentence names)
_TARGET_BRACKETED_BEFORE = lazy_compile(rf"(?<=[\u4e00-\u9fff])[(（【]\s*({_TARGET_LEVEL})\s*[)）】]\s*"
                                        r"(?:[:：]?\s*(?=[\u4e00-\u9fff])|[,，。](?=[\u4e00-\u9fff]))")
_TARGET_NAME_COLON = lazy_compile(r"(?:(?<=值)|(?<=目标)|(?<=指标))\s*[:：]\s*")  # (目标：≥8万平方米 as 目标值：≥…)


def _target_bracketed_before(found: re.Match[str]) -> str:
    """A target in brackets after the measure's name as a sentence of its own, ``,目标值≥40家,``: the colon inside is no
    clause's end (目标值:≥3.2万人 split in two left 3.2万人 unread), and the name before it no part of the target's
    sentence (完成危险化学品企业安全评估目标值≥60家 read 完成 as reaching the target, its 60家 left over)."""
    level = found.group(1)
    if found.group().endswith((",", "，", "。")) and not re.search(r"[≥≤]", level):
        return found.group()
    return "," + _TARGET_NAME_COLON.sub("", level, count=1) + ","


_ONE_CASE_HAD = lazy_compile(r"(?<=[,，;；])有?一起(?:的)?(?=扣|减)")
_ONE_PLACE = lazy_compile(r"(?<=[的,，;；])一(?:块|个|处)地方(?:的)?(?=扣|减)")
_ONE_CASE = lazy_compile(r"(每(?:发生|出现|发现|有|查出)?|(?<!一)(?:发生|发现|查出|查处))一起(?![来同努协])")
# 没有完成的扣分,每低于目标值2%扣1分 / 未完成的按未完成比例相应扣分,每降低10%扣1分: the steps say how much
_ANNOUNCED_DEDUCTION = lazy_compile(r"(?<=的)扣分(?=[,，]每)|按(?:未完成)?(?:的)?比例(?:相应)?(?:扣分|扣减)(?=[,，]每)")
# …取得显著成效,得10分;否则相应扣分。未采取有效措施…,每发现一次,扣2分: the deduction announced, then priced per fault in
# the sentence after it (never 否则酌情扣分, the evaluator's judgement; nor an announcement nothing after it prices)
_OTHERWISE_ANNOUNCED = lazy_compile(r"[;,]否则(?:相应|按规定)?(?:扣分|扣减分值)(?=[。;,]\s*[^。;]*?每[^。;]*?扣\s*\d)")
# a rule closed by its rate's definition in brackets (…扣完为止(近3年…通过率=…通过的人数/…总人数)): the definition is a
# sentence of its own, as when written after a full stop (not (得分=…), a formula, nor a bracket before more text)
_DEFINED_AFTER = lazy_compile(r"(?<=[\u4e00-\u9fff\d%])\s*\(([\u4e00-\u9fff\d\s]{0,48}?([\u4e00-\u9fff]{2}率)\s*=[^()=,，;；]{1,160}?)\)\s*[。;]?\s*$")


def _defined_after(text: str) -> str:
    """The closing bracket's definition as a sentence, only of the rate the rule scores (named before it: not 完成率≥90%
    得3分(满意率=…), another rate's, which would rename the measure)."""
    found = _DEFINED_AFTER.search(text)
    if found is None or found.group(2) not in text[:found.start()]:
        return text
    return text[:found.start()] + "。" + found.group(1)
# the size of the sample checked, said before a deduction per thing found in it (the same unit): a note, no level
# (抽检样品30批次，每有1批次不合格扣0.5分 / 随机抽取病历30例，每有1例…: drawn by 抽检/抽取/抽样 as well, in batches or cases)
# (电话回访100人，每发现1人不知晓签约的… / 抽查补贴档案40份，超期兑付每份扣0.1分 / 抽查20户，发现1户不符合条件…扣0.5分: the
# people called back, and the thing found in the sample counted a little later in the clause, with or without 每)
# (检查公厕20座，每发现1座不达标扣0.25分: the sample said by 检查/核查, of places or machines counted in 座/处/台, as well —
# but 检查企业不少于20家 is work required of the project, a level, never a note)
_SAMPLE_SIZE = lazy_compile(r"(?:^|(?<=[,;:。]))(?:(?:随机)?(?:抽查|抽检|抽取|抽样|电话回访|回访|抽访)[\u4e00-\u9fff]{0,10}?|(?:检查|核查)(?:(?!不少于|不低于|至少|达到|不得少于|每)[\u4e00-\u9fff]){0,10}?)\d+画?(批次|份|户|个|家|件|人|项|本|卷|宗|所|例|幅|页|座|处|台)[\u4e00-\u9fff]{0,6}?"
                            r"[,:](?=每(?:发现|有|出现)?1\1|[\u4e00-\u9fff]{0,12}?(?:每1?\1|发现1\1)[^\d;。]{0,16}?扣)")
# 指标值=1500人,按实际发放,每减少50人扣0.1分: what the count is taken of (the people actually paid), said between the
# level and the steps down from it — a note, no method (the steps are the method)
_COUNTED_AS_DONE = lazy_compile(r"(?<=[,;:。])按实际(?:发放|完成|支付|拨付|统计|核定|开展|服务)(?:数|人数|数量|情况)?(?:计算|统计|计)?,(?=每)")
# a rate, then 按 a ratio of two names 计算 (no number, no other words): the rate's definition, as 率=A/B×100% writes it
_RATE_BY_RATIO = lazy_compile(r"(?<=[\u4e00-\u9fff])(率)按([\u4e00-\u9fff]{2,20})/([\u4e00-\u9fff]{2,20})计算(?=[,;。]|$)")
_POINTS_WORD = lazy_compile(r"(?:个\s*)?百分点")
POINTS_OFF_TARGET = "个百分点"  # the one place normalised text still says it: a distance off a target
_KEPT_POINTS = "\ue000"  # (a private-use character: 个百分点 kept past the pass that makes every other one %)
# 低于目标值5个百分点以内 / 比目标值低3个百分点 / 低于序时进度10个百分点; not 每低于…: a step
POINTS_BAND = lazy_compile(r"(?<!每)(?:(?:低于|高于|超过|超出|少于|多于|不足)|比)(?:年度)?(?:目标值|达标线|指标值|计划值|标准值|序时进度|时序进度|计划进度|进度目标|目标|计划|预算|标准)"
                           r"(?:(?:低|高|少|多)出?)?\s*[\d一二三四五六七八九十两.]+(?:\s*[-~～至到]\s*[\d.]+)?\s*个?\s*百分点")
_POINTS_BAND_OR_NEXT = lazy_compile(POINTS_BAND.pattern + r"|(?<=[,;，；])(?:低|高|少|多)出?\s*[\d.]+(?:\s*[-~～至到]\s*[\d.]+)?\s*个?\s*百分点")
_PER_MILLE_POINTS_WORD = lazy_compile(r"(?:个\s*)?千分点")
_RATE_UP_TO_STANDARD = lazy_compile(r"(?<=[\u4e00-\u9fff]率)达标(?=的?[得计记])")
# 达标 opening a clause, then a rate's steps counted off a line (达标得满分;每低于达标线1个百分点扣3分): reaching that
# line, the target (not 达标得2分,未达标扣2分, a state met or not; nor 基本达标 / 全部达标, grades and counts of their own;
# nor 达标得满分,每少1项扣1分: items, perhaps requirements, not a count against a target)
_BARE_STANDARD_REACHED = lazy_compile(r"(?:^|(?<=[,;:。]))达标(?=的?[得计记])")
_STEPS_FROM_STANDARD = lazy_compile(r"每(?:低于|高于|超过|超出|少于|低|高|超|少)(?:达标线|目标值)?\s*\d+(?:\.\d+)?\s*(?:%|个百分点)")
# 年度招商引资到位资金目标完成的得满分5分 / 目标任务未完成的不得分: the subject's target, then its completion (never 各项目标
# / 全部目标 / 两个目标完成的, targets counted, each met or not; nor 目标完成率, a rate of its own)
_TARGET_THEN_DONE = lazy_compile(r"(?<![各项部有均个])(目标任务|目标)(未|没有)?完成(?=的?[,，]?(?:得|计|记|给|不得|不计))")
# 完成年度指标值的得满分；未完成的，按实际完成值/年度指标值×分值计算: 未完成的 alone before the comma is the target just
# named not done — the method's condition, as 未完成的按… writes it (not 未完成的，扣2分, nor a text whose 未完成 has no target
# before it: 未完成的，按…比重计算得分，扣完为止 names nothing done)
_UNDONE_THEN_METHOD = lazy_compile(r"(完成(?:年度)?(?:指标值|目标值|目标任务|目标)的?(?:得|记|计)[^;。]{1,12}?[;,]未完成的),(?=按)")
_DONE_ALONE = lazy_compile(r"^(?:完成或超额完成|完成及超额完成|完成)(?:目标值)?(?=得基本分)")  # (完成得满分，未完成不得分 stays a point met or not)
# (2分,少一次扣0.5分,扣完为止) closing an item: its points, and what each thing missing deducts from them
# 2、领导班子建设3分领导班子建全 / 4、专职副书记(党务干部)配备4分应设…: at the start, a name with no verb, number nor
# comparison, its points, and the rule's words straight after (not 得3分…, 达标3分, 10分钟内, 100分制, 18分或…)
_RUN_IN_HEADING = lazy_compile(r"^((?:\d{1,2}[、.])?(?:(?![得计记给扣加减达为占是有无未不每共])[\u4e00-\u9fff]|\([\u4e00-\u9fff]{1,8}\)){2,16})"
                               r"(\d+(?:\.\d+)?分)(?=(?![钟制值数比率以及或档段之至到为])[\u4e00-\u9fff])")
_BY_PLAN_DONE = lazy_compile(r"(未|没有)?按计划完成(?=的|,)")
# a yes/no question answered in brackets by its own verb, with the points (是否符合…(符合得1.5分,…) / 是否建立…(建立得2分)):
# the requirement met, as a statement with its points (the question's verb repeated, never 是/否 or another word)
_ANSWERED_QUESTION = lazy_compile(
    r"是否(?P<asked>(?P<verb>[\u4e00-\u9fff]{2,4}?)[^()。;\n]{0,40}?)\((?P=verb)得(?P<rest>\d[^()\n]*)\)(?=[;。\n]|$)")
_DEDUCTION_WITH_POINTS = lazy_compile(r"\((\d+(?:\.\d+)?分),((?:(?![()]|\d+(?:\.\d+)?分)[^\n])*?扣[^()\n]{0,40}?)\)(?=[;。\n]|$)")
_AMOUNT_DEDUCTED = lazy_compile(r"扣\d+(?:\.\d+)?分$")


def _points_then_deduction(found: re.Match[str]) -> str:
    """(2分,少一次扣0.5分,扣完为止): the item's points, then its deduction. At the very end, right after a deduction's
    amount, (5分,扣完为止) says which points the deductions use up — the rule's own (…每次扣1分(5分,扣完为止)), left
    whole for closing_total; split, it reads as a second amount of the last fault (…扣1分(5分),扣完为止)."""
    if found.group(2) == "扣完为止" and _AMOUNT_DEDUCTED.search(found.string, 0, found.start()) \
            and not found.string[found.end():].strip("。;\n"):
        return found.group()
    return f"({found.group(1)}),{found.group(2)}"
_SCORING_NOTE = lazy_compile(r"([。;；]?)\s*\(((?=(?:[^()]*?\d分){2}|[^()]*?总分)[^()]*,[^()]*?)[。]?\)[。]?(?=\s*$)")
_SPACED_UNIT = lazy_compile(r"(\d)[ \t\u3000\u00a0]+(?=分|%)")
_CAP_ALL_SAID = lazy_compile("|".join(sorted((w for w in CAP_ALL_WORDS if w != "扣完为止"), key=len, reverse=True))
                             + r"(?![\u4e00-\u9fff\d])")
_CAP_OF_POINTS_SAID = lazy_compile(r"扣完(?:本项|该项|本指标)?(?:分值|满分)?\((\d+(?:\.\d+)?分)\)为止(?=[。;]?$)")
# 直至扣除年报“数据真实”中的分值10分: deductions run until the points of the part the criterion is written for (named in
# quotes, with its points) are gone — 扣完10分为止
_CAP_OF_NAMED_PART = lazy_compile(r"直至扣除[\u4e00-\u9fff]{0,4}“[^“”\d]{2,12}”中?的?(?:分值)?(\d+(?:\.\d+)?)分(?:为止)?")
_CAP_OF_POINT = lazy_compile(r"扣完(?:对应|相应|该|本)(?:考核要点|考核内容|评分要点|考核项目|考核指标)的?分值为止")
# 不涉及的不扣分 / 未涉及的事项不扣分, and 下同 closing a note: nothing counted, said of every list that follows
# 以截至12月31日前地税划入财政专户数为准,其它无效: the evidence taken, then that no other counts — how the evaluator
# counts, no clause of the rule (the words 其他/其它无效 once ran into the method after them)
_OTHERS_VOID = lazy_compile(r"(为准|为依据)[,;](?:其[他它]|其余)(?:一律|均)?(?:无效|不予认可|不予认定|不认可|不予采信)(?=[,;。\n]|$)")
_NOT_CONCERNED = lazy_compile(r"[,，;；]?(?:不涉及|未涉及)的?(?:项目|事项|内容|情形)?[,，]?(?:不扣分|不予扣分)(?:[,，]下同)?")
_ZERO_SAID = lazy_compile("(?:" + "|".join(sorted((w for w in ZERO_WORDS if w != "不得分"), key=len, reverse=True)) + ")(?![值数])")
_ITEM_INDICATOR_ZEROED = lazy_compile(r"(本|该)项指标(?=不得分)")
_ITEM_POINTS_ALL_LOST = lazy_compile(r"(本项|该项|此项|本指标|该指标)(?:的)?(\d+(?:\.\d+)?)分(?:全部|均)(?=不得分)")
_HEADING_POINTS = lazy_compile(r"^[^:：;；。\n]{1,40}?[(（](\d+(?:\.\d+)?)分[)）]")


def _item_points_all_lost(text: str) -> str:
    """水库安全运行管理(6分):…发生安全事故的,本项6分全部不得分 → …本项不得分: the item's points, the heading's, all lost.
    Points other than the heading's (本项3分全部不得分 under (6分): a part of it?) or no heading: left as written."""
    heading = _HEADING_POINTS.match(text)
    if heading is None:
        return text
    return _ITEM_POINTS_ALL_LOST.sub(lambda m: m.group(1) if Decimal(m.group(2)) == Decimal(heading.group(1)) else m.group(0), text)
_FULL_OF_ITEM = lazy_compile(r"(?<=[得计记给])(?:该项|本项|该指标|本指标|此项)满分")
_FULL_WORDS = lazy_compile(r"(?<=[得计记给])全分")
_OUTRIGHT = lazy_compile(r"(?<=的)直接(?=不得分|不计分|计0分|得0分|记0分)")
# 按满意度×分值折算得分 / 按完成率×4折算分数: the product is the score, 按…计分 (折算, converting into points, says no more)
_CONVERTED_TO_POINTS = lazy_compile(r"(?<=[×*])(分值|\d+(?:\.\d+)?分?)折(?:算|合)(?:为|成)?(?:得分|分数|计分)")
# 残疾人两项补贴政策知晓率,赋分2分。…: the points assigned to the item named, in a sentence of its own after its name (words
# only: no level, no comparison — 满意度≥90%,赋分2分 is a band's award)
_ASSIGNED_TO_ITEM = lazy_compile(r"^((?:(?![达超低高少多未完不以≥≤<>%])[\u4e00-\u9fff“”、\d]){2,30}),赋分(?=\d+(?:\.\d+)?分。)")
# 三、产出时效 1.系统上线及时性(3分):… — the first-level indicator's cell copied before the numbered indicator's own
# (its number then no point marker of the rule): the section's name, which scores nothing
_SECTION_BEFORE_ITEM = lazy_compile(r"^[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,12}[ \t]+(?=\d{1,2}\.(?!\d)[\u4e00-\u9fff]{2,30}\(\d+(?:\.\d+)?分\))")
_METHOD_LABEL = lazy_compile(r"(?:^|(?<=[。;\n])|(?<=^\d、)|(?<=^\d\d、)|(?<=[。;\n]\d、))\s*(?:(?:评分|计分|考核|评价|打分|扣分|评定)(?:标准|方法|办法|细则|规则|说明|依据)\s*[:：]|【(?:评分|计分|考核|评价|打分|扣分|评定)(?:标准|方法|办法|细则|规则|说明|依据)】[:：]?)\s*(?=[^\s。;])")
# (【评分标准】每项符合得相应分值: the label in 【】, as the tables print it beside 【评价要点】)
# (5分):分项得分:网格划分科学合理1分,网格员配备到位1分…: a label saying the points listed after it are the parts', as 评价要点:
# says (its 得分 no award of its own)
_PARTS_LABEL = lazy_compile(r"(?:^|(?<=[。;\n:]))\s*(?:各)?分项(?:得分|计分|赋分|分值)(?:如下|为)?[:：]\s*(?=[^\s。;])")
_AWARDED = lazy_compile(r"(?:给予|赋予|获得|给|赋)(?=\d+(?:\.\d+)?分)")
_POINTS_ON_TITLE_LINE = lazy_compile(r"(?<=[\u4e00-\u9fff])[ \t]+((?:本项|该项|本指标)?(?:分值|满分)为?\d+(?:\.\d+)?分)[ \t]*(?=\n)")
_NOTE_BESIDE_POINTS = lazy_compile(r"\(([\u4e00-\u9fff]{2,12}(?:\+[\u4e00-\u9fff]{2,6})?)[,，](\d+(?:\.\d+)?分)\)(?=[:：])")
def _note_said_again(found: re.Match) -> str:
    """(5分,一票否决):…实行一票否决，本项不得分 → (一票否决)(5分): a note the text says again, where it scores (once
    dropped, a heading's 一票否决 with no situation said would be lost); a note said only there stays, and is refused."""
    rest = found.string[found.end():]
    if found.group(2) not in rest and not (found.group(2) == "一票否决" and _ITEM_ZEROED.search(rest)):
        return found.group()  # (10分,一票否决):…本指标不得分 — the veto the text says where it scores, said again
    return f"({found.group(2)})({found.group(1)})"


# (a note saying no scoring word: (5分,扣完为止) / (5分,不得分) / (5分,每项1分) say how it scores, and stay)
_ITEM_ZEROED = lazy_compile(r"(?:本项|该项|此项|本指标|该指标)(?:不得分|计0分|得0分|记0分|为0分|0分)")
_POINTS_BESIDE_NOTE = lazy_compile(r"\((\d+(?:\.\d+)?分)[,，]((?:(?![扣得加减分止计不每满])[\u4e00-\u9fff]){2,12})\)(?=[:：])")
_ITEM_SCORED = lazy_compile(r"(?<=的)([,，]?\s*(?:本项|该项|此项|本指标|该指标))\s*(?=\d+(?:\.\d+)?\s*分)")
# (每例减5-10分: a range of points deducted, its dash any the page printed)
# a level written as a ratio to one (杠杆率达到1:5的得满分 / 不低于1:3): that many times, never a title's colon before 5
_ONE_TO_LEVEL = lazy_compile(r"(达到|不低于|不少于|不高于|不超过|高于|低于|超过|大于|小于|≥|≤|>|<)1[:∶](\d+(?:\.\d+)?)(?![\d.:∶])")
_ONE_TO_BOUND = lazy_compile(r"(?<![\d.:∶])1[:∶](\d+(?:\.\d+)?)(?=(?:及|\(含\))?(?:以上|以下))")  # 杠杆率1:5以上
_A_GRADE = lazy_compile(r"(?<![\dA-Za-z.])([1-5])A(?=级)")
# the same pinyin typed with the wrong character, where the wrong one makes no sense in a 评分标准
def _any_one(said: re.Match[str]) -> str:
    """任一村未完成任务的扣1分: any one unit failing — deducted once when it happens, or once for each village? (任何一个 /
    任意一个 said the same way, as 任一, which rules/any_one.py refuses). A cap after it with no other deduction
    (市或任何一个县区不按时出台的扣2分,扣完为止) says the deduction repeats, which a fault deducted once never does: each
    unit counts (有1个…, read as 每有1个…). A 每 before it in the clause counts the units
    already (每发现上述任何一处情况扣0.5分: each place); with no deduction after it (…没有文件不得分) it is left as written."""
    clause = re.split(r"[,;。:\n，；]", said.string[:said.start()])[-1]
    if "每" in clause or clause.endswith(("少", "缺")) or said.string.startswith("项", said.end()):
        return said.group()  # (少任一项扣3分 / 任何一项任务未完成: an item of a list said, counted as 缺一项 is)
    rest = said.string[said.end():]
    deductions = len(_DEDUCTION_SAID.findall(rest))
    if not deductions:
        return said.group()  # 任何一个县没有文件不得分: any one zeroes the item, once or each alike
    if deductions == 1 and _CAP_AFTER.search(rest):
        return "有1个"
    return "任一"


_ANY_ONE_SAID = lazy_compile(r"任何一个|任意一个|任一个|任意一(?=[\u4e00-\u9fff])|任何一(?=[\u4e00-\u9fff])|任一")
_DEDUCTION_SAID = lazy_compile(r"扣(?:除|减)?\s*\d")
_CAP_AFTER = lazy_compile(r"扣完|扣满|最多扣|最高扣|直至0分|直到0分|累计扣分不超过")
_HOMOPHONES_TYPED = (("每底", "每低"), ("扣完未止", "扣完为止"), ("扣完位止", "扣完为止"), ("扣完围止", "扣完为止"),
                     ("扣元为止", "扣完为止"),  # (扣元为止: 元 typed for 完, one key off in a wubi/stroke input)
                     ("%一下", "%以下"),  # (85%一下不得分: yixia for yixia, 一下 never follows a rate)
                     ("百份点", "百分点"), ("100份点", "百分点"))  # (每低1个百份点: fen typed 份; 百 may be a number by now)
# (得5，/ 得3；: only points can follow 得 and stop there; not 得5%, 得5万元 nor 得2,000元; 得0。5分 is a decimal point
# read as a full stop, _OCR_POINT's. 扣0.5 without 分 is left to the deduction readers, which weigh the text's other
# deductions)
# 记1.5，/ 计1；: the other award verbs a terse table writes so (not 统计1, 合计3, 累计2: counts and sums)
_AWARD_VERB = r"(得|(?<![统合累共总估核设会登日笔])[记计])"
_UNIT_LOST = lazy_compile(_AWARD_VERB + r"(\d+(?:\.\d+)?)(?=[,，;；](?!\d{3}(?:\D|$))|。(?!\d))")
_UNIT_LOST_LAST = lazy_compile(_AWARD_VERB + r"(\d+(?:\.\d+)?)(?=。?$)")


# 每低1个百分点扣0.1，最多扣1 / 每发现1幅图像不清晰扣0.1，漏扫每页扣0.2: a terse table's deductions without 分 — only
# points are deducted and stop there (an amount says its 元, a share its %)
# Only a deduction per step or per thing found (每…扣0.1) or its cap (最多扣1): a one-off 扣0.5 beside bare points (符合3.0,
# 不符合扣0.5 / 建立并落实1.0,未建立扣1.0) is a table of grades, read by the grades' readers
_DEDUCTION_LOST = lazy_compile(r"((?:每[^,，;；。:：扣]{0,16}?|最多|最高)扣)(\d+(?:\.\d+)?)(?=[,，;；(](?!\d{3}(?:\D|$))|。(?!\d))")
_DEDUCTION_LOST_LAST = lazy_compile(r"((?:每[^,，;；。:：扣]{0,16}?|最多|最高)扣)(\d+(?:\.\d+)?)(?=。?$)")
# …，满分3，扣完为止: in such a table the 分值 without 分 too
_FULL_LOST = lazy_compile(r"(满分|满分为)(\d+(?:\.\d+)?)(?=[,，;；](?!\d{3}(?:\D|$))|。(?!\d)|。?$)")


def _points_unit_lost(text: str) -> str:
    """得N (记N, 计N) without 分 before the next clause is N points; 得N ending the text only in a text that writes its other points
    so too (…的得3，80%以下的得1) — alone it is more likely a copy cut off (…1%以上的,得10 of 得10分;…). 扣N alike."""
    text, terse = _UNIT_LOST.subn(r"\1\2分", text)
    text, deducted = _DEDUCTION_LOST.subn(r"\1\2分", text)
    if deducted:
        text = _FULL_LOST.sub(r"\1\2分", _DEDUCTION_LOST_LAST.sub(r"\1\2分", text))
    return _UNIT_LOST_LAST.sub(r"\1\2分", text) if terse else text
_DEDUCTED = lazy_compile(r"(?:(?<![扣增加递核])减|扣除|扣减|扣掉)(?:全部)?(?=\s*\d+(?:\.\d+)?\s*(?:[-－—–]\s*\d+(?:\.\d+)?\s*)?分)")
# 本项得分为:如发生一次…则扣掉全部10分: 得分为 announcing the cases that follow (如/若), not a formula
_METHOD_HEADING = lazy_compile(r"(?:本项|该项|本指标|该指标)得分为[:：](?=(?:如|若|凡)[^。;；]*?(?:扣|得|分))")
# (not 分别计0分、0.5分, a list of points; not 最低得0分, a floor)
_ADDED_ON = lazy_compile(r"加计(?=\s*\d+(?:\.\d+)?\s*分)")
_CAP_SAID = lazy_compile(r"(?:最多|最高)?扣分(?:最多|最高)?(?:不超过|不得超过|不超出)[ \t\u3000\u00a0]*(\d+(?:\.\d+)?)分"
                         r"|(?<![加得])扣分以(\d+(?:\.\d+)?)分为限")  # 扣分以5分为限: the same cap, said as a limit
# 少1人扣全分 / 有1项不符合,即扣该项全部标准分值 / 有移动扣满分: the item's whole points (not 扣本条分值, one requirement's
# points, nor 扣满分10分, an amount; 扣满为止 is a cap)
_ALL_OF_IT = lazy_compile(r"扣(?:除)?(?:全分(?![值后])|(?:该项|本项|此项)?的?全部(?:标准)?分(?:值|数)?(?![\d的之后值数]|为止)|满分(?![\d的之值后]|为止))")
# 缺一项不得分 / 少1人扣全分 (扣全分 read as 不得分 above) / 缺项不得分: any one of the listed items (people) missing
# zeroes the item, as 有1项不符合不得分 — never a count of what is there (实际值=1项 once scored 2 missing in full). Not
# after 每 / 比…, nor before 以上/以下 (缺1项以上: a band of the shortfall, refused as such)
_ONE_SHORT_ZEROES = lazy_compile(r"(?:(?<=^)|(?<=[,，;；。\n:：]))(?:如|若|凡)?(?:缺少|缺失|缺|少|漏)(?:(?:1|一)(项|人|个|条|份|处|名)|(?=项)(项))"
                                 r"(?![\u4e00-\u9fff\d]*?(?:以上|以下|以内))的?(?=[,，]?(?:该项|本项|此项|本指标|该指标)?不得分)")
# 人员配备齐全得3分，少1人不得分 / 每缺1人扣0.5分,缺1人不得分: beside an award or steps the shortfall is a grade or a
# band of the steps; after a level (每年不少于2次。有会议纪录,缺项不得分) it may be the level's — both read (or refused,
# naming the words as written) by the other rules
_SCORED_BEFORE = lazy_compile(r"(?:[得计记]|扣|加)\d+(?:\.\d+)?分|满分|不少于|不低于|不超过|≥|≤|达到|\d+(?:\.\d+)?\s*(?:%|次|个|人|项|天|日|份|名|家|户|元|万)")


def _one_short_zeroes(found: re.Match[str]) -> str:
    if _SCORED_BEFORE.search(found.string, 0, found.start()):
        return found.group()
    return f"有1{found.group(1) or found.group(2)}缺失"


_AT_ONCE = lazy_compile(r"(?<=[,，;；])即(?=(?:该项|此项|本项)?(?:不得分|扣\d))")
# 得分=实际完成值/年度指标值×该项分值，最高不超过该项分值(5分): the points in brackets are the 分值 the cap names (once
# read as 5 points awarded with no condition)
_CAP_AT_POINTS_SAID = lazy_compile(r"(最高不超过(?:该项|本项|该指标|本指标)?分值)\((\d+(?:\.\d+)?)分\)")
_FULL_SAID_TWICE = lazy_compile(r"(满分(?:为)?(\d+(?:\.\d+)?)分)\(\2分\)")
# …污迹的均按每人0.2扣除 / 按每处1分扣分: the amount taken for each one counted, said after 按每 and before the verb (its
# 分 may be left out: the verb says points are taken). Never a rate or money (按每人1500元, 按每节2分计算: no 扣 follows).
# (不具备的则按每项2分的分值从基本考评分中直接扣除: the same, the points called 分值 and what they come off named)
_PER_UNIT_AMOUNT = lazy_compile(r"则?(?:均|都|一律|统一)?按(?:照)?每([\u4e00-\u9fff]{1,2}?)(\d+(?:\.\d+)?)分?(?:的(?:分值|标准))?"
                                r"(?:从(?:基本考评分|基础分|基本分|本项分值|该项分值|本项得分|该项得分)中)?(?:直接)?(?:扣除|扣减|扣分|扣)"
                                r"(?=$|[,，;；。\n(（])")
# 发生1起未及时上报数据,或上报内容不符合要求的,扣0.5分 / 未建立台账,或台账不完整的,扣2分: a situation with no amount
# of its own, then 或 after a comma and the other situation with the amount — one situation, either way (the comma once
# split the first off: 每有1处或上报内容要求的, its 不符合 lost). Only when the first says no number but its count (1起)
# and the second ends in its deduction before the sentence ends; a first with its own points, a level (90%) or a
# method after 或 (…扣0.5分,或按比例扣分) is left as written.
_OR_ACROSS_COMMA = lazy_compile(r"(?:(?<=^)|(?<=[;。\n]))((?:(?:每|如|若)?(?:发生|发现|出现|有|存在)?(?:1|一)(?:起|处|次|个|项|件|例|宗))?"
                                r"[\u4e00-\u9fff、“”]{2,40}),或(?=[\u4e00-\u9fff、“”]{2,40}?的?,?(?:扣|减)\d)")
_PER_PERSON_EACH_TIME = lazy_compile(r"每([人户车件])每次(?=\s*(?:扣|减|得|加))")
_PER_PUPIL = lazy_compile(r"每(?:名)?(?:学)?生(?=\s*(?:扣|减|得|加|每次))")  # (每生每次: each pupil each time, 人次)
# (not after a score verb: 未触摸到的为0分 / 未成立领导小组扣0分 say their verb, which other rules read)
_UNDONE_ZERO = lazy_compile(
    r"(?:(?<=^)|(?<=[,，;；。\n]))((?:未|没有|无)[\u4e00-\u9fff]{2,12}?)(?<![为得计记给是扣加减])0分(?=$|[,，;；。\n])")
_COUNTED_PARTS = lazy_compile(r"(?<=[缺少])(\d+)分项(?!目)")
# 年终成绩不合格的年度成绩为0 / …的本项成绩记0分: after a situation's 的, the mark it gives said as 0 (once a definition,
# dropped beside a formula: 得分=季度平均成绩×40%+年终成绩×60%，年终成绩不合格的年度成绩为0 read as the formula alone)
# …的为0 beside deductions: the item's score (once dropped unread)
_MARK_ZEROED = lazy_compile(r"(?<=的)(?:[\u4e00-\u9fff]{0,4}成绩(?:为|计|记|按)|(?<=[\u4e00-\u9fff]的)为)(?:0|零)分?(?=$|[,，;；。\n])")
_ZERO_POINTS = lazy_compile(r"(?<![\d.])(?<!最低)(?<!最少)(?:得|计|记)0(?:\.0+)?分(?![\d.\-、])")
_VETO_SITUATION = lazy_compile(r"((?:发生|出现|存在|发现|有|(?<=[,;。\n])(?=[\u4e00-\u9fff]{2,12}的))(?:(?!不得分|得|扣|分)[^,，;；。\n]){1,30}?)的?[,，]?(?:实行|实施|予以|执行)?"
                                r"[“\"]?一票否决[”\"]?(?![,，]?(?:该项|此项|本项|该指标|本指标)?(?:不得分|得0分|计0分))")
_ALL_LOST = lazy_compile(r"((?:发生|出现|存在)[^,，;；。]{1,30})[,，]\s*(?:全部扣完|分值全扣|全部扣除)(?!为止)")
_LETTER_ZERO = lazy_compile(r"(?<=\d)[ \t\u3000]*[Oo](?=[Oo]?[ \t\u3000]*(?:\d|%|分|人|个|项|次|万))")
_LETTER_ONE = lazy_compile(r"(?<=[得扣计记加减])\s*[lI](?=\s*分)")
_ASCII_FULL_STOP = lazy_compile(r"(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff\s(]|$)")
_CHUNK_NUMBER_IN_NUMBER = lazy_compile(r"(\d)[ \t\u3000]*\n[ \t\u3000]*\d{1,2}、(?=\.\d)")
# 其分支\n\n2、机构档案 / 责任制 2、度执行: a page-chunk number between two characters of running text (spaced off;
# not after 分, where an item ends with its points: 得5分\n2、未完成的…)
_CHUNK_NUMBER_IN_WORDS = lazy_compile(r"(?<=[\u4e00-\u9fff])(?<!分)[ \t\u3000\n]+(\d{1,2})、[ \t\u3000\n]*(?=[\u4e00-\u9fff])")


def _chunk_number_in_words(text: str) -> str:
    """A lone N、 (no (N-1)、 before it, no (N+1)、 after it) is no item of a list: a mirror's page-chunk number. One
    that goes on a list (1、…巡检 2、设备故障…) is the next item, spaced off on the same line: the space, which the
    normaliser drops, is where the item before ends (once glued into it: 4 items read as 1, 每项0.5分 scored 0.5)."""
    for found in reversed(list(_CHUNK_NUMBER_IN_WORDS.finditer(text))):
        number = int(found.group(1))
        if number >= 2 and f"{number - 1}、" not in text[:found.start()] and f"{number + 1}、" not in text[found.end():]:
            text = text[:found.start()] + text[found.end():]
        elif number >= 2 and f"{number - 1}、" in text[:found.start()] and "\n" not in text[found.start():found.start(1)]:
            text = f"{text[:found.start()]};{text[found.start(1):]}"
    for found in reversed(list(_SPACED_DOT_NUMBER.finditer(text))):  # 1.节假日正常开放 2.公示…: the same with N.
        number = int(found.group(1))
        if number >= 2 and re.search(rf"(?<![\d.]){number - 1}\.(?=[\u4e00-\u9fff])", text[:found.start()]):
            text = f"{text[:found.start()]};{text[found.start(1):]}"
    return text


_SPACED_DOT_NUMBER = lazy_compile(r"(?<=[\u4e00-\u9fff])(?<!分)[ \t\u3000]+(\d{1,2})\.(?=[\u4e00-\u9fff])")


# (若有新诉求的,不扣分) after a deduction: the cases it names are not counted — the same as (有新诉求的除外)
# 不按合同规定的时间内(15分钟)到场 / 在规定时限(24小时)内未上报: the bracket gives the time limit's value — said in the
# words (规定的时间15分钟内), it is the limit each occurrence is held to (once 数值“15分钟”无法识别其含义)
_LIMIT_IN_BRACKETS = lazy_compile(r"(时间|时限|期限)(内)?\((\d+(?:\.\d+)?(?:分钟|小时|个工作日|工作日|天|日))\)(内)?")


def _limit_in_brackets(found: re.Match[str]) -> str:
    if (found.group(2) is None) == (found.group(4) is None):
        return found.group()  # (会议时间(2小时): a length, no limit; 时间内(2小时)内: said twice)
    return f"{found.group(1)}{found.group(3)}内"

# ① 墙上网线分布不合理(扣10分); / ① 地面有垃圾未清理(每处扣5分);: a fault's deduction set in brackets at the end of
# its line — the fault's own deduction, as 扣10分 (once refused as a point's note no reading knew)
_DEDUCTION_IN_BRACKETS = lazy_compile(r"(?<=[\u4e00-\u9fff])\((每[\u4e00-\u9fff]{1,2})?扣(\d+(?:\.\d+)?)分\)(?=[;；,，。\n]|$)")
_EXCEPTED_CASES = lazy_compile(r"(?<=分)\((?:若|如|如果|凡|因)([\u4e00-\u9fff“”]{2,20}?)的?[,，](?:则)?(?:不扣分|不予扣分|不作扣分)\)")
_CHUNK_NUMBER_IN_CAP = lazy_compile(r"扣完为[ \t\u3000\n]*\d{1,2}、[ \t\u3000\n]*止")
_LOST_POINTS_UNIT = lazy_compile(r"扣(\d+(?:\.\d+)?)\.[ \t\u3000]+(?=\d{1,2}[ \t\u3000]+[\u4e00-\u9fff])")
_LOST_LAST_UNIT = lazy_compile(r"(?<=[\u4e00-\u9fff])扣(\d+(?:\.\d+)?)(?=[。;\s]*$)")
_SPACED_POINT_NUMBER = lazy_compile(r"((?:^|[。;；\n])[ \t\u3000]*)(\d{1,2})[ \t\u3000]+(?=(?:以上|上述)[\u4e00-\u9fff])")
_BRACKETED_EQUAL = lazy_compile(r"([大小高低]于)\(等于\)")
_DEDUCT_FROM_ITEM = lazy_compile(r"扣(?:该项因子|该因子|该项指标|该项|本项)(?=\d)")
_POINTS_STEP = lazy_compile(r"(?<![每\u4e00-\u9fff])(?<=[,，;；])((?:超过|超出|高于|低于|少于)\d+(?:\.\d+)?个百分点)(?=[,，]?扣)")
_OCR_POINT = lazy_compile(r"(?<=[扣减加得计记])(\d+)。(\d+)分")
_POINTS_PER_UNIT = lazy_compile(
    r"(?<=[\u4e00-\u9fff,，])扣(\d+(?:\.\d+)?)分/(批次|人次|户次|宗次|件次|次|批|起|件|宗|例|处|项|个|人|户|条|家|篇|辆|台|座|套)"
    r"(?![\u4e00-\u9fff\d])")  # (…相关性不强的评价指标,扣0.5分/个: after the situation's comma as well)
_PER_UNIT = r"(次|起|例|宗|件|处|项|个|户|人)"
_RANGE_PER_UNIT = lazy_compile(rf"(?<=[\u4e00-\u9fff,，])扣分?(\d+(?:\.\d+)?-\d+(?:\.\d+)?)分/{_PER_UNIT}(?![\u4e00-\u9fff\d])")
_ADDED_PER_UNIT = lazy_compile(rf"按(\d+(?:\.\d+)?)分/{_PER_UNIT}(?:追加|另行|另|再)?扣分")
_POINTS_TYPO = lazy_compile(r"(?<=[扣减加])(\d+(?:\.\d+)?)份")
_DOCUMENT_YEAR = lazy_compile(r"(》)\((?:\d{4}(?:年)?(?:版|修订)?)\)")
_TOTAL_IS = lazy_compile(r"(合计|共计|总计|基本分|基础分)为(?=\d+(?:\.\d+)?分)")
_NOT_COUNTED = lazy_compile(r"((?:不|未)(?:计入|纳入|参与|参加)(?:考核|评价|评分|计分))(?=[\u4e00-\u9fff])")
# 扣权重分的1% / 扣除权重分的1/4 / 扣该指标分值的10%: each step costs a share of the points, not a number
# 每低5%扣15%: a step of a rate, then a bare share deducted for each (never 15 points, nor 15 points of the rate)
_BARE_SHARE_DEDUCTED = lazy_compile(r"(每(?:低|少|下降|降低|减少|低于)(?:目标值|目标)?\d+(?:\.\d+)?(?:%|个百分点)),?扣(\d+(?:\.\d+)?)%(?=$|[,;。])")
_SHARE_DEDUCTION = lazy_compile(
    r"(?:扣除|扣减|扣)(?:该指标|本项|该项|本指标)?(?:权重分值|权重分|权重|指标分值|分值|满分)的(\d+(?:\.\d+)?)(%|/\d+)")


def _share_deduction(match: re.Match) -> str:
    number, rest = match.group(1), match.group(2)
    if rest == "%":
        return f"扣除分值的{number}%"
    share = Decimal(number) / Decimal(rest[1:]) * 100 if rest[1:].strip("0") else None
    if share is None or share != share.quantize(Decimal("0.0001")):
        return match.group()  # 1/3 of the points is no exact share: left for the reader to refuse
    return f"扣除分值的{share.normalize():f}%"


_SECTION_NUMBER = lazy_compile(rf"(?m)^[ \t\u3000]*\d{{1,2}}-\d{{1,2}}[ \t\u3000]+(?=[\u4e00-\u9fff])(?![{_MEASURE_WORDS}篇天年])")  # (6-11 件得1分: a range of a count)
# 按平均分/100×6计算本项得分 / 按…核算本指标得分: 本项 names the item whose score it is, as 计算得分 leaves it unsaid
_ITEM_SCORE_COMPUTED = lazy_compile(r"(?<=[\d%”\")])(计算|计分|核算|折算)(?:本项|本指标|该项|该指标|此项)得分")
# 年度得分=各季度考核得分算术平均值×10%（本项10分） / 得分=实际完成数/计划数×5（满分5分）: the item's points in
# brackets right after a formula's last number — said of the whole item (a clause of its own, which the reading must
# agree with), never a term of the formula
_TOTAL_AFTER_FORMULA = lazy_compile(r"(=[^,;。=()]*[×÷/*][^,;。=()]*?[\d%])(\((?:本项|满分|本项分值|本指标|该项)(?:为|值为|值)?"
                                    r"\d+(?:\.\d+)?分\))")
# 偏差率在±5%以内(含±5%): the inclusion said again with the bound itself (as 10%以内(含10%) is read), its sign too
_PM_INCLUSION_RESTATED = lazy_compile(r"(±(\d+(?:\.\d+)?(?:%|个百分点))(?:以内|之内))\((含|不含)±?\2\)")
# 超出±5%但在±10%以内(含) / 超过±5%、在±10%以内的: beyond the first band, within the second — the band from the one
# bound to the other (±5%-±10%, its inclusion said after it as there), never a level at ±10% alone
_PM_BEYOND_WITHIN = lazy_compile(r"(?:超出|超过|大于)(±\d+(?:\.\d+)?(?:%|个百分点))(?:但|,|、)?(?:在|未超过|不超过)?"
                                 r"(±\d+(?:\.\d+)?(?:%|个百分点))(?:以内|之内)")
# 超过3个月但在6个月内完成的得2分 / 高于5%、在10%以内的: beyond the first bound and within the second, in the same unit —
# the band between them, said as 超过3个月不超过6个月 (a bracketed inclusion after it is left to the band's own reading)
_BEYOND_BUT_WITHIN = lazy_compile(r"((?:超出|超过|大于|高于)\d+(?:\.\d+)?([^\d,;。:()]{0,4}?))(?:但|,|、)?在(\d+(?:\.\d+)?)\2"
                                  r"(?:以内|之内|内)(?!\()")


def _cut_apart(words: tuple[str, ...], line_break: str) -> str:
    """The line break inside any of ``words`` (百\n分点 / 指\n标值), to be taken out: each cut, the break alone matched."""
    return "|".join(f"(?<={word[:cut]}){line_break}(?={word[cut:]})" for word in words for cut in range(1, len(word)))


# ±3个百分\n点以内 / 85%以\n上 / ±3\n个百分点 / ±5个百分点\n以内（含）的: a line break inside a word of the bands, between
# a number and its %, or before the word bounding it (a narrow cell wrapping it) — never two lines
# (once 百分 and 点 apart dropped the ±3 tolerance: 偏差为0得3分)
_WRAPPED_WORDS = ("百分点", "以内", "之内", "以外", "以上", "以下", "为止")  # (百\n分比: read whole already)
_WORD_WRAPPED = lazy_compile(_cut_apart(_WRAPPED_WORDS, "\n")
                             + r"|(?<=\d)\n(?=个?百分点|%)"  # (±3\n个百分点: a number and its unit)
                             # (±5个百分点\n以内（含）的得4分: the bound's word, never 以上各项 opening a line of its own)
                             + r"|\n(?=(?:以内|之内|以外)(?:\((?:不)?含\)|（(?:不)?含）|的|得|计|记|扣|[,，;；。]))"
                             # (以上/以下 after a number or its unit only: 以上，每项2分 opening a line is what it says)
                             + r"|(?<=[\d%点])\n(?=(?:以上|以下)(?:\((?:不)?含\)|（(?:不)?含）|的|得|计|记|扣|[,，;；。]))")
# 按实际加装台\n数/计划台数×5 / 得分=实际完成数/\n计划数×5: a line break inside a formula (after 按 or =, before its
# first operator, no = between; or beside an operator, a line opening with * being a bullet) — a narrow cell wrapping it,
# never a new item (once 实际加装台 was dropped and 得分=计划台数×5 read)
_FORMULA_WRAPPED = lazy_compile(r"(?<=[/÷×*=+])\n|\n(?=[/÷×])|([按=][^\n,;。:()]{1,12})\n(?=[^\n,;。:()=]{0,12}[/÷×*])")
# 项目验收(5分):未\n通过验收的不得分 / 村容村貌(10分):房\n前屋后…每处扣1分: the heading's line goes on after its colon
# and breaks in the middle of a clause (no clause end before the break, the next line no item of its own) — a cell
# wrapping it; once the heading took the line's words with it (未 lost: passing the 验收 scored 0)
_HEADING_LINE_WRAPPED = lazy_compile(r"^([^\n,;。:()]{2,40}?\(\d+(?:\.\d+)?分\):[^\n:;。,]*?[\u4e00-\u9fff\d%])[ \t\u3000]*\n"
                                     r"[ \t\u3000]*(?=[\u4e00-\u9fff])(?![一二三四五六七八九十]+、|(?:评分|计分|考核|评价|打分|扣分)(?:标准|方法|办法|细则))")
# …乱堆乱放的每\n处扣1分 / 每低1个百分点扣\n0.5分: no line ends with 每, nor with 扣 before its points (once 每\n处 made 处 a
# situation deducting 1分 once, the count lost); 分\n值:10 — a 自评表's 分值 label, never 得5分\n值班… opening an item;
# 2个月\n内 — never 内容; no line opens with 的 (得满分\n的70%: once the share dropped, full marks), nor a number with its 分
# (完成值:2\n分值:5 is two cells);
# 指标\n值 / 依次递\n减: a word of the method cut in two (a 自评表's 达到指标\n值得4分 once read as 值)
_BREAK = r"[ \t\u3000]*\n[ \t\u3000]*"
_CLAUSE_WRAPPED = lazy_compile(rf"(?<=每){_BREAK}(?=\S)|(?<=扣){_BREAK}(?=\d+(?:\.\d+)?分)|(?<=分){_BREAK}(?=值:)"
                               rf"|(?<=\S){_BREAK}(?=的)|(?<=\d){_BREAK}(?=分(?!值|数|项|档|类|析|配|别))"
                               rf"|(?<=[天日月年周]){_BREAK}(?=内(?!容|部|涵|控|业))"
                               + "|" + _cut_apart(("指标值", "完成值", "递减", "递增"), _BREAK))
_SCORE_IS_COLON = lazy_compile(r"(得分为|得分=)\s*:\s*(?=[^,;。:]*[×÷*/+\-])")
_OCR_EQUALS = lazy_compile(r"(得分|得分值|评价指标得分|指标得分)二(?=[\u4e00-\u9fff(])")
# 得分值的80% / 得80%分值 / 按分值的80%计分: a share of the points (not 按分值的100%-80%、80%-60%… tiers)
_EXCEEDED_BY = lazy_compile(r"(?<!每)超额完成(目标值|目标任务|目标|任务|计划)?(\d+(?:\.\d+)?)%(\((?:不)?含\))?"
                            r"(?:(至|-|~|到)(\d+(?:\.\d+)?)%(\((?:不)?含\))?)?")


def _exceeded_by(match: re.Match[str]) -> str:
    named, low, low_mark, dash, high, high_mark = match.groups()
    if named:
        return match.group().replace("超额完成", "超过", 1)  # above the target by a share of it
    shown = f"{general_text(100 + Decimal(low))}%{low_mark or ''}"
    if dash:
        return f"完成率{shown}{dash}{general_text(100 + Decimal(high))}%{high_mark or ''}"
    return f"完成率达到{shown}"
# a 自评表 row written out as its cells, each named before a colon (三级指标:培训人次|年度指标值:≥2000人次|分值:10|评分规则:
# 完成年度指标值的得满分…): the 分值 cell's bare number is the item's points, and the 年度指标值 cell the target stated
# (年度指标值≥2000人次, the colon no clause's end)
_CELL_POINTS = lazy_compile(r"(?<=\|)分值:(\d+(?:\.\d+)?)(?=\|)")
_CELL_TARGET = lazy_compile(r"(?<=\|)((?:年度)?(?:目标|指标)值):(?=[≥≤]?\d[^|]*\|)")
# 完成农村公路安全生命防护工程不少于12公里,完成的得3分,未完成的按实际完成比例得分: a task with its floor in a unit, then
# 完成的 alone — the task done is the floor reached, so the floor is the task's target (…工程目标12公里), as a printed
# 目标 is (not a rate, nor money: 不少于95% / 不少于10万元 stay levels)
_TASK_FLOOR_DONE = lazy_compile(r"(^|[,;。:])完成([\u4e00-\u9fff]{2,20}?)(?:不少于|不低于|达到)"
                                r"(\d+(?:\.\d+)?(?![\d.%])(?!万?元)[\u4e00-\u9fff]{1,3}?)(?=,完成的?,?(?:得|计|记))")
# (once dropped: 70% stepped from 100%, 1 point for 3)
_TARGET_IN_BRACKETS = lazy_compile(r"\((?:年度)?(?:目标值|指标值)(?:为|:)?(\d+(?:\.\d+)?%?)\)(?=[,;。])")
# 预算执行率每低于目标值(100%)1个百分点扣0.2分: the target's level in brackets inside the step, said first (目标值为100%,每低于
# 目标值1个百分点…) as a target named before its steps is
_TARGET_IN_STEP = lazy_compile(r"每(低于|高于|超过|超出|少于|多于)(目标值|指标值)\((\d+(?:\.\d+)?%?)\)(?=\d)")
_OVER_TARGET_BY = lazy_compile(r"(?<![\u4e00-\u9fff])超过(?:目标值|目标|计划值|计划|指标值)(\d+(?:\.\d+)?)%((?:及)?以上)?(?=的?[,]?(?:得|计|记|给))")
# 低于90%的,以60%为基础,按(覆盖率-60%)/(90%-60%)×6分计算: the level the formula right after takes off its measure, said
# again as the base the score is worked from — nothing the formula does not say (only before 按/得分= and a formula whose
# first term subtracts that very level)
_FORMULA_BASE = lazy_compile(r"以(?P<level>\d+(?:\.\d+)?%)为(?:基础|起点)[,]?(?=(?:按|得分=)\(?[\u4e00-\u9fff]{1,14}-(?P=level)\))")
_ABOVE_TARGET_BY = lazy_compile(r"比(目标值|指标值|目标|计划值|计划)(高出|高于|超出|超过)(?=\d)")
# 测评得分(满分100)在85分以上的得3分: the scale of the score named, as (百分制) says it — no level, nor the item's 分值
_SCORE_SCALE = lazy_compile(r"(?<=得分|分数|成绩|评分)\((?:满分|总分)(?:为)?100分?\)")
# 实现全覆盖(100%)的得3分 / 全部达标(100%)的得满分: the whole said in words, then the rate it is in brackets — the rate at
# 100% (the words once read as a requirement to tick, beside bands of the rate itself)
_ALL_IN_FIGURES = lazy_compile(r"(?:实现)?全(?:部)?(?:覆盖|达标|完成|合格|到位|落实)\((100%)\)(?=的?(?:得|计|记))")
_ALL_OF_COUNT = lazy_compile(r"(?<![\d.])(\d+)(个|家|所|户|村)([\u4e00-\u9fff]{1,6}?)全部(覆盖|完成|达标|建成)(?=的?(?:得|计|记))")
_STEP_FROM_LEVEL = lazy_compile(r"每(低于|少于|高于|超过|超出)(\d+(?:\.\d+)?%)(\d+(?:\.\d+)?%)")


def _step_from_level(match: re.Match[str]) -> str:
    verb = {"低于": "低", "少于": "少", "高于": "高"}.get(match.group(1), "超过")
    return f"以{match.group(2)}为标准每{verb}{match.group(3)}"


# 执行率低于95%每个百分点扣0.5分 / 少于4次每次扣0.5分 / 超过10天每天扣0.1分: each unit past the level named just before.
# Below a level any unit is a shortfall; above one only a rate or a time (投诉超过3次每次扣1分 may count every complaint).
_LEVEL_THEN_EACH = lazy_compile(
    r"(?P<cmp>低于|少于|不足|超过|超出|多于|高于)(?P<level>\d+(?:\.\d+)?)(?P<unit>%|个月|工作日|小时|[天日月周次个项人件篇场期户处家])"
    r"(?:的|后|以后)?,?每(?:个|一|1)?(?P=unit)(?=扣|减)")


def _level_then_each(match: re.Match[str]) -> str:
    below = match.group("cmp") in ("低于", "少于", "不足")
    if not below and match.group("unit") not in ("%", "个月", "工作日", "小时", "天", "日", "月", "周"):
        return match.group()
    verb = ("低" if match.group("unit") == "%" else "少") if below else "超过"
    unit = match.group("unit")
    return f"{match.group('cmp')}{match.group('level')}{unit}的,每{verb}1{unit}"


# 全年召开会议不少于4次，不足的每次扣1分 / 每次会议时间不少于2小时，不足的每次扣1分: a level, then a deduction for
# falling short of it counted 每<unit> — read once (否则扣1分) before. The unit counted is the level's own (次, 人):
# each one short is a step down from the level (每少1次). The unit is the one the level is held to each time (每次会议
# 时间…小时, 每人培训…学时): each time or person that falls short is a fault of its own (每月 is no count of faults). Any other unit is left to the
# clause reader, which refuses a 每 after the other side of a level (short by how many, or short how often?).
# 在95%基础上每再降低5个百分点扣1分: each further fall below the level named, as 95%以下每降低… (refused before, the
# 95% taken for a number of its own)
# 以下3项要点全部满足得3分 / 以上三项均符合得2分: the points listed after or before, counted — 以下 before a number opening a
# clause refers to the list (a comparison puts it after its number: 3项以下); once the comparison, 3项 left unplaced
# 年初确定的重点工作任务共8项，全部完成得6分: the count of the points, then all of them met — one sentence about all 8 (as
# 8项全部完成得6分); apart, 共8项 was a number with nothing to say
_COUNT_THEN_ALL = lazy_compile(r"共(\d+(?:项|个)[\u4e00-\u9fff]{0,6}?)[,，](?=(?:全部|均|都)(?:完成|符合|满足)|均达到)")  # (the lexicon's ALL_MET)
# 三方面均符合得3分，每有一方面不符合扣1分: the aspects (or points) of the requirement counted, as 3项均符合 / 每有1项不符合
# count them — the noun after the count is what 项 is, said (only right before all met, or one not met)
# (项目共5个子项，全部完成得3分，每有1个子项未完成扣0.6分: the sub-items of the project counted as 项 alike)
_ASPECTS_COUNTED = lazy_compile(r"(?<=[\d一二两三四五六七八九十])个?(?:方面|要点|子项)(?=,?(?:均|都|全部|全都)|不符合|未达到|不满足|未做到|未完成)")
_POINTS_LISTED_AHEAD = lazy_compile(r"(?:(?<=^)|(?<=[,;:。\n]))(?:以下|下列|下述|以上|上述)(?=\d+(?:项|个|条))")
# 以下三项每缺一项扣1分：①有年度实施方案；②…；③…: the deduction per point missing, said ahead of the points it counts
# and their number — the points listed, then 每缺1项扣1分, as a list of 评价要点 reads (the number said, the one listed)
_DEDUCTION_AHEAD = lazy_compile(r"^(\d+)(?:项|个|条)(?:要点|内容|评价要点)?[,]?(每(?:缺|少|缺少)1(?:项|个|条)(?:扣|减)\d+(?:\.\d+)?分)"
                                r"[:,](?P<listed>①[^①分]*)$")
_LISTED_POINT = lazy_compile(r"[①-⑳]")
# 每完成一项得1分(①气象信息员②预警大喇叭…⑥应急演练): the points each earns, then in brackets the points listed, ① up in
# order — the list the per-point award counts, as 每完成1项得1分:①…②… reads (never one point's note in brackets)
_EACH_THEN_LISTED = lazy_compile(r"(每(?:完成|落实|做到|达到|符合|满足|实现|建成|开展)?1(?:项|个|条)(?:得|加|计)\d+(?:\.\d+)?分)"
                                 r"\((?P<listed>①[^()]*)\)(?=[。;]?$)")


def _each_then_listed(found: re.Match[str]) -> str:
    """The list out of its brackets, when its points are numbered ①, ②, … in order, two or more (else as written)."""
    marks = _LISTED_POINT.findall(found.group("listed"))
    if len(marks) < 2 or "".join(marks) != "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"[: len(marks)]:
        return found.group()
    return f"{found.group(1)}:{found.group('listed')}"


def _deduction_after_list(found: re.Match[str]) -> str:
    """The points listed, then their deduction — only when as many are listed as were said (else as written, for the
    reader to refuse the number it cannot place)."""
    listed = found.group("listed")
    if len(_LISTED_POINT.findall(listed)) != int(found.group(1)):
        return found.group()
    return f"{listed.rstrip('。;')}。{found.group(2)}。"


# 机构管理费提取比例不超过合同金额的15% / 机构管理费不超过合同金额的15%: an amount held to a share of the amount it is
# taken from — the share itself compared (提取比例不超过15%); an amount said alone is named as its share of that base
# (机构管理费占合同金额的比例不超过15%). Only a base that is an amount (…金额 / …资金 / …经费 / 预算…), the share said in %
_SHARE_OF_BASE = lazy_compile(
    r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?P<cmp>不超过|不高于|不低于|不少于|低于|高于|超过|达到)"
    r"(?P<base>[\u4e00-\u9fff]{0,8}(?:金额|总额|资金|经费|预算|预算数|合同额|收入|支出))的(?P<share>\d+(?:\.\d+)?%)"
    r"(?![\d%\u4e00-\u9fff]*[×÷*/=])")


def _share_of_base(found: re.Match[str]) -> str:
    name, cmp, share = found.group("name"), found.group("cmp"), found.group("share")
    if name.endswith(("比例", "比重", "占比", "率")):
        return f"{name}{cmp}{share}"
    return f"{name}占{found.group('base')}的比例{cmp}{share}"


_ON_THE_LEVEL = lazy_compile(r"在(\d+(?:\.\d+)?%)(?:的)?基础上[,，]?每再?(?=降低|下降|减少|低)")
# 年度考核中，优秀等次比例不超过15%的得2分: the scope the rate is taken in, opening the text and set off by a comma —
# once a requirement of its own (需要录入是否“年度考核中”), met or not; joined to the rate it names the rate's scope
_SCOPE_OPENING = lazy_compile(r"^((?:在)?[\u4e00-\u9fff]{2,10}?(?:过程)?中)[,，](?=[\u4e00-\u9fff]{2,16}?(?:比例|比重|占比|率)"
                              r"(?:不超过|不高于|不低于|不少于|达到|低于|高于|超过|在|为|≥|≤|<|>)?\d)")
# 不足的，每次扣1分: the other side of the level and its count in one clause (apart, the count read as the clause
# of a fault of its own and the 不足 as once)
_OTHER_SIDE_THEN_EACH = lazy_compile(r"(?<=[,;])((?:不足|未达到|达不到|低于|少于)(?:的|者)),(?=每)")
_SHORT_OF_LEVEL_EACH = lazy_compile(
    r"(?P<each>每(?P<held>次|场|期|批|人|户|名))?"
    r"(?P<name>[\u4e00-\u9fff]{1,20}?)(?P<cmp>不少于|不低于|不短于|至少|达到)(?P<level>\d+(?:\.\d+)?)"
    r"(?P<unit>%|个月|工作日|小时|分钟|学时|课时|[天日月周次个项人件篇场期户处家名])"
    r"(?P<sep>(?:以上)?(?:的)?[,;])(?:不足|未达到|达不到|低于|少于)(?:的|者)?,?每(?:个|一|1)?(?P<counted>次|场|期|批|个月|月|季度|季|周|年|天|日|[个项人件篇户处家名%])"
    r"(?=扣|减)")


def _short_of_level_each(match: re.Match[str]) -> str:
    counted, unit, held = match.group("counted"), match.group("unit"), match.group("held")
    if held is None and counted == unit:
        verb = "低" if unit == "%" else "少"
        return f"{match.group('name')}{match.group('cmp')}{match.group('level')}{unit}{match.group('sep')}每{verb}1{unit}"
    if held is not None and counted == held and not match.group("name").startswith(held):
        return f"{match.group('name')}不足{match.group('level')}{unit}的,每{held}"
    return match.group()


# 较上年增长10%以上得满分…，负增长不得分: the growth named in the other bands, below 0 (not 三公经费负增长得满分 alone, a
# fall of the amount named)
# (增长率为0及负增长的不得分: no growth and a fall alike, at most 0)
_NEGATIVE_GROWTH = lazy_compile(r"(?P<zero>(?:为0%?|零增长|持平)(?:及|和|或|、))?(?:出现|为|呈|呈现)?负增长(?=的?[,]?(?:不得分|得|计|记|扣))")
# 增长率为负的不得分 / 结余率为负数的: a rate (an amount, a rise) said to be negative, below 0
_NEGATIVE_SAID = lazy_compile(r"(?<=[率额幅度])为负(?:数|值)?(?=的?[,]?(?:不得分|得|计|记|扣))")
_GROWTH_NAMED = lazy_compile(r"增长(?:率|幅度)?(?:在|为|达到?)?\d|增幅|增速|增长率")
# 投资收益率不低于6%的,得4分;…;0-3%的得1分;亏损的不得分: a loss is a return below 0%, the one range left when a band of
# the return starts at 0 (never where none does: 收益率3%以上得2分;亏损的不得分 leaves 0-3% unsaid)
_LOSS = lazy_compile(r"(?:(?<=[,;。])|^)(?:出现|发生)?亏损(?=的?[,]?(?:不得分|得|计|记))")
_RETURN_RATE = lazy_compile(r"(?:收益|利润|盈利|回报)率")
_RATE_BAND_FROM_ZERO = lazy_compile(r"(?:^|[,;。]|率)0%?(?:\(含\))?[-~至到]\d")
_REACHED_RANGE = lazy_compile(r"(?:达到|达)(?=\d+(?:\.\d+)?%?(?:\((?:含|不含)\))?[-~—至到]\d)")
_CLAMP_IN_BRACKETS = lazy_compile(r"\((最高不超过(?:该项|本项|该指标|本指标|指标)?分值|最高为满分|最高不超过满分|最高为指标分值)\)(?=[。;]?$)")
# 实际值/目标值×4 / 完成值÷指标值×分值, opening a clause and closing it: the score's formula, its 得分= left out
_BARE_RATIO_SCORED = lazy_compile(r"(?:(?<=[,;:。])|^)((?:实际值|完成值|实际完成值)[/÷](?:年度)?(?:目标值|指标值)[×*]"
                                  r"(?:分值|该指标分值|指标分值|\d+(?:\.\d+)?分?))(?=[,;。]|$)")
_FORMULA_THEN_COUNTED = lazy_compile(r"(×(?:(?:该指标|该项|本项|本指标|指标)?(?:分值|权重)|\d+(?:\.\d+)?分))计(?=$|[,;。])")
_BARE_SHARE = lazy_compile(r"(?<=[\u4e00-\u9fff%,])(得|计|记)(\d+(?:\.\d+)?)%(?=$|[,;。\n])")
_SHARE_OF_POINTS = lazy_compile(
    r"(?:(?<=[,;。:)])|^)?(?:得|计|记|给|按|得分为|得分是)(?:该指标|该项|本项|本指标)?(?:分值|满分)的(\d+(?:\.\d+)?)%(?![-~至、\d])(?:计分|得分|计算)?"
    r"|(?:得|计|记|给)(\d+(?:\.\d+)?)%(?:的)?(?:该指标|该项|本项|本指标)?分值"
)
_WITHIN_TARGET = lazy_compile(
    r"(?:控制)?在(预算|预算数|预算安排数|预算金额|年度预算|概算|批复概算|批复预算|批复标准|目标值|计划|计划目标|标准|责任指标|年度责任指标|责任目标)(?:以内|之内|范围内|(?<=预算)内)(?=的?[,]?(?:得|计|记|给))")
_TIMES_IN_BRACKET = lazy_compile(r"\((\d+(?:\.\d+)?)分[,，]每([\u4e00-\u9fff]{0,4}?)1?(次|场|期|篇)(?:得|计|记)?(\d+(?:\.\d+)?)分\)")
_TIMES_AFTER_POINTS = lazy_compile(
    r"(?:(?<=[;；。])|^)(\d+(?:\.\d+)?)分\((?:查看[^()]*?[,，])?(?:每|1)(次|场|期|篇)(?:得|计|记)?(\d+(?:\.\d+)?)分\)")
_LESSER_IN_BRACKET = lazy_compile(
    r"(?:(?<=[;；。])|^)(\d+(?:\.\d+)?)分\((?:查看[^()]*?[,，])?(有[^()，,;；]{1,12}?无[^()，,;；]{1,12}?)(\d+(?:\.\d+)?)分\)")
_BLANK_AFTER_POINTS = lazy_compile(r"分\(\s*\)")
# (…≤预算数的得2分，超支不得分: the overspend itself scoring nothing, over the budget too)
_OVERSPENT = lazy_compile(r"超支(?=\d|的|部分|[,，]?(?:不得分|不计分|得0分|计0分))")
# (超预算的,扣2-5分 among faults: a kind of fault, the 超 left as written — only 超概算 with how far)
_OVER_REFERENCE = lazy_compile(r"(?<![超])超(?=(?:批复)?(?:概算|预算)\d)")
_SHORT_OF_TARGET = lazy_compile(r"未达到|未完成|每差|每少|每低")
_GAP_OVER = lazy_compile(r"(?:与目标值?)?的?差距(?:超过|大于|高于)(\d+(?:\.\d+)?%)")
_COUNT_MISSED = lazy_compile(r"有?(\d+)(项|个|处)(?:及以上|以上)?[\u4e00-\u9fff]{0,6}?(未完成|未达标|不合格|不符合|未达到)的?(?=扣|不得分)")


def _counts_missed_ladder(text: str) -> str:
    """有1项指标未完成的扣1分，有2项未完成的扣2分，3项及以上未完成的不得分: a ladder of how many were missed, each count
    said before what was missed — written as 未完成1项 (the count's bands). One count alone (有1项未完成的扣1分) is each one
    missed, and stays as written."""
    found = list(_COUNT_MISSED.finditer(text))
    if len({match.group(1) for match in found}) < 2:
        return text
    return _COUNT_MISSED.sub(lambda m: m.group(3) + m.group(0)[m.start(1) - m.start():m.end(2) - m.start()]
                             + ("及以上" if "以上" in m.group(0) else ""), text)


_PROJECTS_APART = lazy_compile(r"每个项目|各项目|逐个项目|\d+个[\u4e00-\u9fff]{0,6}项目")
_THE_PROJECT_ZEROED = lazy_compile(r"(?:该|本|此)项目(?=不得分|得0分|为0分|记0分|计0分)")
# 该项得分为0 / 本项得分计为0分 / 此项得分为零: the item's score said to be nothing (not 得分为0.5, nor 得分为0-2分 a range)
_ITEM_SCORE_ZERO = lazy_compile(r"(?<=该项|本项|此项)得分(?:为|计为|记为)(?:0|零)分?(?![\d.\-~至])")
_OUTSIDE_THE_BAND = lazy_compile(r"(\d+(?:\.\d+)?%)-(\d+(?:\.\d+)?%)之间得满分[,;](?:低于\1或高于\2|高于\2或低于\1|超出(?:该|此|上述)?区间)的?[,]?"
                                 r"每(?:差|偏离|相差|超出)")
# (每超期1个月扣1分: past the deadline by a time, as 逾期1个月)
# (每迟于规定时限1天扣1分 / 每晚于计划时间1天: each day after it, as 每逾期1天)
_PAST_THE_TIME = lazy_compile(r"(?:超过|超出|(?<=每)(?:迟于|晚于))(?:规定|合同|计划|约定)的?(?:完成)?(?:时间|时限|期限|工期|日期)(?=\d)"
                              r"|(?<=每)超期(?=(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)(?:个月|个工作日|工作日|天|日|周|个星期))")
# 达到规定时限得10分 / 达到合同工期的得4分: the time limit met (beside steps of days late, which count from it)
_DEADLINE_REACHED = lazy_compile(r"(?:(?<=^)|(?<=[:;,。\n]))达到((?:规定|计划|合同约定|合同|约定)的?(?:完成)?(?:时限|期限|工期))"
                                 r"(?=(?:要求)?(?:的|者)?,?(?:得|计|记)(?:\d|满分))")
# (每早于规定时限1天，则在10分的基础上加1分: each day before the deadline, as 每提前1天 — days, the step lexicon.py reads)
_AHEAD_OF_TIME = lazy_compile(r"(?<=每)(?:早于|提前于)(?:规定|合同|计划|约定)的?(?:完成)?(?:时间|时限|期限|工期|日期)(?=\d+(?:\.\d+)?(?:天|日))")
# (…以内得3分，超出的每1个百分点扣0.5分: 超出的 before a step of percentage points is the part beyond, as 超出部分 —
# never before a step of units, 超出的每1户: the households over a limit, each, not a quantity beyond it)
# 100%达标得6分，每有1个断面不达标扣2分 / 100%及时发放得5分: the share of them done so (达标 / 及时发放) is 100%, its rate
# at 100% (达标率100%得6分) — at a clause's start, the words before its points (never 100%及以上 / 100%的: a level)
_WHOLE_DONE = lazy_compile(r"(?:(?<=^)|(?<=[:;,。\n]))100%(?P<done>(?!及以|及其|以|或)(?:(?!的)[\u4e00-\u9fff]){2,6}?)(?=(?:得|计|记)(?:\d|满分))")
_PART_BEYOND = lazy_compile(r"(超出|超过|高出|低于|不足)(?:的?部分[,，]?每(?=\d)|的每(?=\d+(?:\.\d+)?(?:%|％|个百分点|百分点)))")
_IN_ALL_AND_EACH = r"\((?P<total>\d+(?:\.\d+)?)分[,，]每(?:项|个)(?P<each>\d+(?:\.\d+)?)分\)"  # (2分,每项1分)
_TOTAL_EACH = lazy_compile(r"(?P<named>[\u4e00-\u9fff、“”]{2,40}?)" + _IN_ALL_AND_EACH)


def _each_of_total(match: re.Match[str]) -> str:
    named = [part for part in re.split(r"以及|和|及|与|、", match.group("named")) if part]
    if len(named) < 2 or Decimal(match.group("each")) * len(named) != Decimal(match.group("total")):
        return match.group()
    return f"{match.group('named')}各得{match.group('each')}分"


_TOTAL_EACH_LISTED = lazy_compile(r"(?P<items>(?:[\u4e00-\u9fff“”、]{2,40};){1,8}[\u4e00-\u9fff“”、]{2,40})" + _IN_ALL_AND_EACH)


def _each_listed(match: re.Match[str]) -> str:
    items = [item.lstrip("、") for item in match.group("items").split(";")]
    if Decimal(match.group("each")) * len(items) != Decimal(match.group("total")):
        return match.group()
    lead = "、" if match.group("items").startswith("、") else ""
    return lead + ";".join(f"{item}({match.group('each')}分)" for item in items)


_EACH_RESPECTIVELY = lazy_compile(r"(?<=[\u4e00-\u9fff])分别(得|计|记|给)(\d+(?:\.\d+)?)分(?![、,，和及与或]?\d)")
_CHANGE_AS_LEVEL = lazy_compile(r"((?:较|比)(?:上年|去年|上一年)(?:度|同期)?(?:相比)?(?:下降|降低|减少|增长|提高|上升|增加))"
                                r"(\d+(?:\.\d+)?%)(?=[,;。]?(?:每|未达到|达不到|否则|不足|低于))")
_RISE_OVER_LAST_YEAR = lazy_compile(r"每?比(上年|上年度|去年|上一年度)(?:增长|提高|增加|上升)(\d+(?:\.\d+)?%)(?:的)?[,，]?加")
_COUNTED_TASK = lazy_compile(r"(?<![未不没])完成(\d+(?:\.\d+)?)([\u4e00-\u9fff]{1,3}?)([\u4e00-\u9fff]{1,8}?任务)(?=[的,;。得计记]|$)")


def _counted_task(match: re.Match[str]) -> str:
    from .lexicon import COUNT_UNITS  # (lexicon reads this module's CIRCLED)

    number, unit, task = match.groups()
    if unit not in COUNT_UNITS:
        return match.group()
    return f"完成{task}{number}{unit}"


_LATIN_TIMES = lazy_compile(r"(?<=[\u4e00-\u9fff%)])\s*[xX]\s*(?=\d)")
_OCR_TIMES = lazy_compile(r"(得分=[\u4e00-\u9fff]{1,20}?率)c(?=\d+(?:\.\d+)?分(?:$|[,;。\n]))")
_DEGREE_STOP = lazy_compile(r"(?<=\d)°(?=\s*$)")
_COMPUTED_BEFORE = lazy_compile(r"每[^,;。\n]{0,12}?(?:扣|减)|得分=|×")
_HALVED = lazy_compile(r"(?<![扣分])(?:得分|计分)?减半(?:得分|计分|计算|赋分)?(?=$|[,;。\n])")
_HALF_OF_POINTS = lazy_compile(
    r"(得|计|记|给)(?:(?:该指标|本指标|该项|本项|此项)?(?:满分值|满分|分值)的一半|一半分值|一半的分值|一半分数|一半分|一半)(?![\u4e00-\u9fff]{0,2}[的以])")
# 台账不完整的该项分值的一半: half the points with no verb before them (a verb's own half is _HALF_OF_POINTS's; never a
# match starting inside 该项分值 / 满分值)
_HALF_SAID_ALONE = lazy_compile(r"(?<![得计记给扣减项标满])(?:该项|本项|此项|该指标|本指标)?(?:满分值|满分|分值)的一半(?![\u4e00-\u9fff]{0,2}[的以])")
# (覆盖全部项目 / 完成全部任务: the verb before 全部, said of what is covered or done)
_ALL_DONE = lazy_compile(r"(?:(?:全部|全面|100%)(完成|到位|覆盖)|(完成|覆盖)全部)([\u4e00-\u9fff]{0,8}?)(?=(?:的|者)?[,]?(?:得|计|记|给|\(\d))")
# 完成80%以上 / 完成率90%以上 / 覆盖率低于100%的 / 少1个百分点扣1分: the rest of the text measures the share done, so
# 全面完成 is 100% of it
_DONE_SHARE = lazy_compile(r"(?:完成|到位|覆盖)率?(?:在|达到|达|低于|不足|未达到|小于)?\d+(?:\.\d+)?%"
                           r"|(?:少|低|降低|下降)(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)%扣")
_RATE_NAMES = lazy_compile(r"([\u4e00-\u9fff]{2})率")


def _all_done_as_share(found: re.Match) -> str:
    """全部完成 is 完成100% where the share measured is the one done (完成80%以上 / 完成率90%以上), and 全部到位 is 到位100%
    where it is the one in place — never the other's (项目全部完成得5分，资金到位率90%以上得3分: the project done is no
    到位率 of 100%; once read so). Beside steps alone (每少1%扣…) the share is the one done, unless another rate is named."""
    verb = found.group(1) or found.group(2)
    said = re.search(rf"{verb}率?(?:在|达到|达|低于|不足|未达到|小于)?\d+(?:\.\d+)?%", found.string)
    named = set(_RATE_NAMES.findall(found.string)) - {verb}
    if said is None and (named or re.search(r"(?:完成|到位|覆盖)率?(?:在|达到|达)?\d+(?:\.\d+)?%", found.string)):
        return found.group()
    if found.group(2) and said is None:
        return found.group()  # (覆盖全部项目 beside steps alone: what is covered is not said to be the share measured)
    # (覆盖全部项目的: 项目 is what is covered, all of it — 覆盖100%, as the rate measures it)
    return f"{verb}100%" if found.group(2) else f"{verb}{found.group(3)}100%"
# ∈[90%,100%] / 在[80%,90%) / (0,5%]: a square bracket holds its end, a round one leaves it out (one square at least,
# so that (1,2) of a list or a point pair is never taken for a range)
_MATH_INTERVAL = lazy_compile(r"(?:∈|在)?(?=[\[(][^\])]*[\]\[)]|\[)([\[(])(\d+(?:\.\d+)?%?)[,，](\d+(?:\.\d+)?%?)([\])])")


def _interval_in_words(match: re.Match) -> str:
    opened, low, high, closed = match.groups()
    if "[" not in opened + closed and "]" not in opened + closed:
        return match.group()
    return f"{low}({'含' if opened == '[' else '不含'})-{high}({'含' if closed == ']' else '不含'})"


# |偏差率|≤10% / |偏差率|在5%以内: bars around a rate followed by its comparison — never the cells of a table row
# (质量指标｜农产品抽检合格率｜合格率达到95%…: the name between two bars once read as 绝对值, the level as ±95%)
_ABSOLUTE_BARS = lazy_compile(r"\|([\u4e00-\u9fff]{1,8}(?:率|度))\|(?=$|[^\u4e00-\u9fff]|[在不小大低高超控未])")
_GAP_FROM_TARGET = lazy_compile(
    r"按(?:照)?(?:实际完成值|实际完成数|完成值|实际值)?(?:与|和|同)(?:年度)?(?:目标值|指标值|目标任务|目标)(?:之间)?的?差距"
    r"(?:的)?(?:绝对值)?(?:进行|来)?(?:扣分|计扣|扣减)"
)
_BRACKETED_POLICY = lazy_compile(r"(?<=分)\(((?:完不成|未完成|没有完成|达不到|未达到|不足)的?按比例(?:扣分|计分|扣减))\)")
# 完成率≥95%(未达到不得分) / 90%以上(未达到的不得分) / ≥100人(未达到不得分): what falling short of the level scores, a
# clause of its own — inside the bracket the tokens took 不得分 for the level's own outcome (完成率≥95%不得分；否则得满分)
_BRACKETED_SHORTFALL = lazy_compile(r"(?:(?<=[\d%)人个次项户家天])|(?<=以上)|(?<=以下))\(((?:完不成|未完成|没有完成|达不到|未达到|没有达到|未达标|不达标)"
                                    r"(?:目标值|指标值|目标|要求|标准|计划)?的?,?"
                                    r"(?:不得分|[得计记扣]\d+(?:\.\d+)?分))\)(?=[,;。(]|$)")
# a clause that is only a measure, 目标(值) and a number (户均增收目标1500元,): the target stated, no condition (达到目标值
# 98%的 / 目标值98%以上 are conditions, left alone)
_TARGET_NUMBER = lazy_compile(r"(?:(?<=^)|(?<=[,;。\n]))((?:(?!达|完成|低于|高于|超|不|为|是|按|每)[\u4e00-\u9fff]){2,20}?(?:年度)?目标值?)"
                              r"(\d+(?:\.\d+)?(?:%|万?元|万?人|个|户|次|项|家|天)?)(?=[,;。]|$)")
# a level (its number or 以上 / 以下), 或, then a situation with no number of its own (a second level, 或高于120%, is
# another band, left for the reader), both scoring nothing
_LEVEL_OR_SITUATION = lazy_compile(r"(\d(?:[%人个次项户家天日]|个月|个工作日)?(?:及?以上|及?以下)?)或((?:(?!得|扣|分|不得)[^\d%,，;；。\n或]){2,30}?)的,?不得分")
# 完成率≥90%,达不到要求的得1分: the requirement just stated, the level (once 完成率≥90%得1分: the level's own points)
# (开展培训不少于2次,未达到要求的扣1分: after a count and its unit, as after a rate — once the fault 未达到要求, the 2次 lost)
_SHORT_OF_REQUIREMENT = lazy_compile(
    r"(?:(?<=[\d%])|(?<=\d[次个人项户家天篇件场期名份处所座条本]))"
    r",(未达到|达不到|没有达到)要求的(?=,?(?:得\d|扣\d|不得分))")
# (按实际到位经费占合同经费的比例计分: the amount done, named with 实际, as a share of what it is taken of — the
# completion's share too, whatever the two are called)
_SHARE_OF_TARGET = lazy_compile(
    r"(?<=按)(?:实际)?(?:完成值|完成数|完成量|实际值)(?:占|与|和|同)(?:年度)?(?:目标值|指标值|目标任务|计划数|目标)(?:之间)?的?(?:比重|比例)"
    r"|(?<=按)实际[\u4e00-\u9fff]{1,8}?占[\u4e00-\u9fff]{1,8}?的?(?:比重|比例)(?=计分|得分|赋分|计算|折算(?:得分|计分))")
# 按实际培训人数占计划人数比例折算得分: 折算 before the score of a share (the share scores its points, nothing converted)
_SHARE_CONVERTED = lazy_compile(r"(?<=按完成比例)折算(?=得分|计分)")
# 计划服务48000人次,实际完成数/计划数×8计分: a clause that is a formula of the actual amount over another, scored by it
# (计分 / 计算得分 / 记分 after its points) — the method 按 leaves unsaid, as 按实际完成数/计划数×8计分 says it
_BARE_FORMULA_SCORED = lazy_compile(
    r"(?:(?<=^)|(?<=[,;。:]))(?=实际[\u4e00-\u9fff]{0,12}[/÷][\u4e00-\u9fff]{1,14}[×*](?:\d+(?:\.\d+)?分?|分值)"
    r"(?:计分|计算得分|记分)(?=[,;。]|$))")
# 按期得4分 / 按时的得2分: on time with no deed said, beside the days late after it (延期在30天以内的得2分) — what is done
# on time is what the lateness is of, 按期完成 as the reader reads it (never 按期报送: a deed said stays)
_ON_TIME_BARE = lazy_compile(r"(?:(?<=[,;:。])|^)(按期|按时|如期)(?=的?(?:得|计|记)(?:\d+(?:\.\d+)?分|满分))")
_LATE_AFTER = lazy_compile(r"(?:逾期|延期|超期|推迟|延迟)[\u4e00-\u9fff]{0,3}\d+(?:个)?(?:天|日|个月|月|周)")
# 指标值:≥20000人次…完成指标值得满分;未完成的,按完成率×分值计分: the 完成率 of a target counted in a unit (人次, 户, 万元)
# is the share of it done, 按完成比例计分 — only where the text has no % at all (beside a rate's target, 指标值≥95%, 完成率
# ×分值 may as well be the rate itself times the points) and names 完成率 nowhere else
_COMPLETION_TIMES_POINTS = lazy_compile(r"按完成率[×*]分值(?:计分|计算得分|计算|得分|记分)")
_QUANTITY_TARGET = lazy_compile(r"(?:指标值|目标值)(?::|为)?(?:≥|不少于|不低于|达到)?\d+(?:\.\d+)?(?![\d.%‰])[\u4e00-\u9fff]")


def _completion_of_quantity(text: str) -> str:
    if "%" in text or "‰" in text or text.count("完成率") != 1 or len(_QUANTITY_TARGET.findall(text)) != 1:
        return text
    return _COMPLETION_TIMES_POINTS.sub("按完成比例计分", text)


_DAY_ITSELF = lazy_compile(  # (不含当日: the day before, left to refuse)
    r"(?<=日前)\((?:含|包含|包括)(?:当日|当天)\)|(?<=\d日)\((?:含|包含|包括)(?:当日|当天)?\)(?=以前|之前|前)")
# (不足三成的 / 三成至五成(不含五成) / 八成以上(含)不足九成: a share after 不足 / 含 / 低于 too, and before a bracket or 不得分)
def _tenths(text: str) -> str:
    """九成 = 90%; 八成五 = 85% (tenths, then the hundredths after them)."""
    def share(found: re.Match[str]) -> str:
        return f"{chinese_number(found.group(1)) * 10 + (chinese_number(found.group(2)) if found.group(2) else 0)}%"

    return _TENTHS.sub(share, text) if "成" in text else text


_TENTHS = lazy_compile(r"(?:(?<=[达至到为,;:度率足含于过在≥≤<>=])|^)([一二三四五六七八九])成([一二三四五六七八九])?(?=[以至到及,;。的得计()不]|$)")


_POINT_START = lazy_compile(r"[①-⑳]|\d+[、.)]|\(\d{1,2}\)(?!分)|[A-H][.、](?=[\u4e00-\u9fff]|$)")  # A.配套资金全部落实, (2)… as well


def rejoin_lines(text: str) -> str:
    """Line breaks from PDF copies split sentences anywhere; only list markers start a new clause."""
    lines = text.split("\n")
    joined, glued = lines[0], False
    for number, line in enumerate(lines[1:], start=2):
        current = joined.rsplit("\n", 1)[-1]
        repeated = _ITEM_NUMBER.match(current)
        if repeated and not re.search(r"[。;]$", current) and line.startswith(repeated.group(1) + "、"):
            line = line[len(repeated.group(1)) + 1:]  # 3.设立能源统计岗位，按时\n3、保质…: a page chunk's number, not item 3 again
        following = f"{int(repeated.group(1)) + 1}." if repeated else ""
        if following and line.startswith(following) and line[len(following):len(following) + 1].isdigit():
            # 1.复核比例≥95%，得4分;\n2.90%≤复核比例<95%…: the next item's number before a value, not 2.90%
            line = f"{following[:-1]}、{line[len(following):]}"
        # a heading line (年度指标值:≥21933人) ends where it ends; so does a numbered point
        heading = re.fullmatch(r"[^,;。:]{1,12}:[^,;。]{1,30}", current) is not None
        # 符合要求，得满分\n疾病种类及数量≥规定数的90%，得2分: a line ending in its score ends its clause
        scored = _ENDS_SCORED.search(current) is not None and not re.match(r"[,;。:)分]", line)
        # 未参加安委会会议扣5分\n未能保证安全投入扣10分: a table cell's deductions one a line, each complete
        deduction = _ENDS_DEDUCTED.search(current) is not None and _DEDUCTION_LINE.fullmatch(line) is not None
        # …×100%\n≥95%:10分: a band on a line of its own, whatever the line before ends with
        band = _BAND_LINE.fullmatch(line) is not None
        # …发现一次扣2分\n6: the row's 分值 column on the last line, after the last points — set off as a sentence of
        # its own, as when spaced off (text/columns.py), never glued into 扣2分6
        if number == len(lines) and _ENDS_POINTS.search(current) and _BARE_NUMBER.fullmatch(line):
            joined += ("" if current.endswith(("。", ";")) else "。") + line
            continue
        # …专项经费投入(3分)\n该项设有加分项(最多加2分)\n与上年度相比…: a line closing a bracket of points closes its clause
        bracketed = _ENDS_BRACKETED_POINTS.search(current) is not None and not re.match(r"[,;。:)分]", line)
        apart = heading or scored or deduction or band or bracketed or _POINT_START.match(line)
        glued = glued or (not apart and _MID_WORD.search(current[-1:] + line[:1]) is not None)
        joined += ("\n" if apart else "") + line
    # 缺少一\n项扣1分 / ≥100百\n分比 / 合\n格-6分: words and numbers that only meet once the lines are joined, normalised again
    return normalize(joined) if glued else _replace_chinese_numbers(joined) if len(lines) > 1 else joined


_MID_WORD = lazy_compile(r"^[\u4e00-\u9fff\d]{2}$")  # a break between two characters of a word or a number
_ENDS_SCORED = lazy_compile(r"(?:得|计|记|给)(?:满分|\d+(?:\.\d+)?分)$|不得分$|不计分$")
_ENDS_BRACKETED_POINTS = lazy_compile(r"\d分\)$")
_ENDS_POINTS = lazy_compile(r"(?:\d分|不得分|不计分|满分)[。;]?$")
_BARE_NUMBER = lazy_compile(r"[ \t\u3000]*\d{1,3}(?:\.\d+)?[ \t\u3000]*")
_ENDS_DEDUCTED = lazy_compile(r"扣\d+(?:\.\d+)?分[。;]?$")
# the next line a deduction of its own: its own situation (not 最多扣50分 / 扣完为止 / 累计…) and its own points
_DEDUCTION_LINE = lazy_compile(r"(?!最|扣|累计|合计|共|总|以上|上述|此项|该项|本项|但|并|且|或)[\u4e00-\u9fff《“][^\n]*?扣\d+(?:\.\d+)?分[。;]?")
_BAND_LINE = lazy_compile(r"[≥≤<>\d][^\n:;。,]{0,20}:\d+(?:\.\d+)?分[。;]?")
_ITEM_NUMBER = lazy_compile(r"(\d{1,2})[.、)]")
