"""The 规范写法 of every correctly read corpus row reads back to a rule that scores every hand-worked case alike:
the canonical text is what pingfen shows the accountant as the rule it read, so it must itself be a rule that
pingfen reads the same way. The rows whose 规范写法 does not read back yet are listed with the reason; the list
may only shrink (a row that reads back is no longer listed). CI reads back a sixth of the rows and every listed one
(corpus_sample); benchmarks/corpus_consistency.py every row."""

from __future__ import annotations

from corpus_judge import judge_case, judge_wording, load, row_status
from corpus_sample import sampled
from pingfen.rules import RuleError, parse_rule

# text start → why its 规范写法 does not read back (yet)
NOT_YET: dict[str, str] = {
    # corpus58 (joined in session 53): a band of a rate with a deduction per point outside it on both sides is written
    # back as 完成率为95%得4分，每相差1个百分点扣0.5分 beside the band, which reads the difference from 95% on both sides
    # (108% deducted from 95%, not from 105%)
    "安全生产执法检查计划完成率（4分）：完成率在95%-105%之间的得4分；偏离此区间的": "written back as steps from 95% both ways: 108% deducted 13 points, not 3",
    # sampled since session 53 took a sixth of the rows where it took a quarter (corpus_sample): an amount held to an upper
    # level with its deduction per 1% over is written back as 标准为86万元 beside a share of it, which the reader refuses
    # as a band of shares with no division said; a 评价要点 named …发现问题全部立案查处 is written back and the reader takes
    # its 发现 for a fault found with no deduction
    "人影作业弹药采购成本（2分）\u3000指标值：≤86万元": "written back as 标准为86万元 and a share of it: the division not said, refused",
    "环境执法检查（5分）：按计划完成双随机抽查任务的得3分；对发现问题全部立案查处的得2分": "the point 对发现问题全部立案查处 written back, its 发现 read as a fault with no deduction",
    # session 52 helper if: the measure and the amount compared with entered by name (rules/named_inputs.py) — the 规范写法
    # writes the amount compared with as 目标值, so the names entered (上年参保率, 全市平均增幅, 核定编制数, 采购预算) no
    # longer find the word they follow (高于上年, 不超过核定编制数, 控制在采购预算的) when read back
    "城乡居民医保参保率（4分）：参保率达到98%的得4分；未达到但高于上年的得2分": "上年 written back as 目标值: the names entered no longer match",
    "城镇新增就业人数增幅（4分）：增幅高于全市平均水平的得4分": "全市平均 written back as 目标值, which a 增幅 is refused against (as 在当年增幅高于本区域出口平均增幅基础上)",
    "公务用车编制控制（3分）：实有车辆数不超过核定编制数的得3分": "实有车辆数 and 核定编制数 written back as 实际值 and 目标值: the names entered no longer match",
    "设备采购成本（4分）：实际采购金额控制在采购预算的±3%以内": "采购预算 written back as 完成率's 目标值: the names entered no longer match",
    # rows read since this session once their amounts entered by name are taken (their 规范写法 says 目标值 the same way)
    "公务接待费控制：实际支出不超过预算的得2分": "预算数 written back as 目标值: the names entered no longer match",
    "政务信息化运维费用控制（3分）：运维合同金额控制在系统建设投资的15%以内": "系统建设投资 written back as 完成率's 目标值: the names entered no longer match",
    "赛事经费控制（4分）：实际支出不超过预算的得4分": "预算 written back as 目标值: the names entered no longer match",
    "日常公用经费控制（3分）：本年日常公用经费支出不高于上年日常公用经费支出": "上年日常公用经费支出 written back as 上年 beside 完成率: the names entered no longer follow it",
    # corpus57 (joined in session 52), its amounts entered by name the same way
    "政府采购执行率（4分）：实际采购金额与采购预算的比率在95%～105%之间": "采购预算 written back as 比率's 目标值: the names entered no longer match",
    # session 50 (corpus55 joined): the plan said after the formula (helper hs) is written back with the indicator's name,
    # a rate, as what is divided by 120 — refused on reading back as a rate over a count; a grade list of bare letters
    # (A…计4分，B计3分) is written back as 等级得分：A 4分, which the grade reader refuses
    "特岗教师招聘完成率（5分）：按实际招聘人数/计划招聘人数×5分计分": "written back as 特岗教师招聘完成率/120×5: a rate over a count, refused",
    "康复机构服务质量（4分）：经年度评估，等级为A的计4分": "written back as 等级得分：A 4分，B 3分…, the letters' grades refused",
    # progress checkpoints read in session 48 (helper hd, rules/milestones.py): each written back as a 评价要点 that starts
    # with its month (①6月底前完成40%（1分）) or ends with the year's (④年底前全部支出完毕（1分）), which the checklist reader
    # takes for a number it cannot place; the checkpoints' list itself reads
    "资金支出进度（4分）：第一季度末支出达到30%": "a checkpoint of the year's end written back as a 评价要点 (④年底前全部支出完毕（1分）), "
    "refused as a point with no condition",
    "社区老年助餐点建设进度：6月底前完成40%": "checkpoints by month written back as 评价要点 (①6月底前完成40%（1分）), the month refused as a number",
    "老旧小区改造中央补助资金支出进度（4分）：6月底前支出率达到50%": "checkpoints by month written back as 评价要点, the month refused as a number",
    "乡村道路硬化工程进度（4分）：5月底前完成30%": "checkpoints by month written back as 评价要点, the month refused as a number",
    "农村危房改造进度（3分）：6月底前开工率达到60%": "checkpoints by month written back as 评价要点, the month refused as a number",
    # corpus52 (written blind, joined in session 47)
    "执法装备采购成本控制（3分）：实际采购金额控制在预算金额（80万元）以内": "a budget in 万元 with steps as shares of it "
    "written back as 标准为80万元，实际值占标准的比例…, which the share-of-standard reading takes for counts only",
    "市政设施完好率(5分):道路、桥梁、排水、照明设施完好率≥95%的得5分": "steps below a band that is not the top one (在3分基础上) "
    "written back beside that band, read back as overlapping it (as session 31's 在95%基础上每再降低5个百分点扣1分)",
    # rows of the unseen sets that joined in session 42
    "视频监控点位建设完成率（5分）：计划新建点位260个": "a count over its printed plan (实际建成点位数÷260×5) written back under the indicator's rate name (完成率/260), which a rate over a bare level above 100 refuses",
    # rows of the unseen sets that joined in session 37
    "無規劃扣3分,無創立氣氛扣3分,兩個80%達不到各扣1分": "2个80%达不到的，每项扣1分 written back: the count and the level inside one situation are refused when read alone (row read since its data was written as the reading's counts, session 28)",
    "根据公司实际情况,董事会和监事会下设了必要的专业委员会": "the grade's words keep (或相应执行机构) inside them, which a situation written alone refuses (it would be dropped from a situation's name)",
    "(2)宣传发动(3分)。": "满分为3分 is not read back beside 未召开动员会 written back with 发现的 run into it",
    "结余率(计算方法为:结余数/预算数)≤5%": "the stated definition (结余数/预算数) left out of the 规范写法, which then asks for actual/target",
    "技术指标全部完成(10分)": "the last tier written 得0-3分, read back as the evaluator's entry the hand-worked cases do not give",
    "治保会组织健全,配齐配强基层治安联防力量": "a requirement's own numbers inside a 评价要点 refused when read alone",
    "在当年增幅高于本区域出口平均增幅基础上": "the regional average written back as 目标值, which a 增幅 is not compared with",
    "未明确12345机构和职责": "12345 (a hotline's name) refused once 的 precedes 扣",
    "(1)等级评定得分:河道交接断面水质评定等级达到优秀": "a count in a grade's words (至少一项指标合格以上) read as a level when written back",
    "服务质量考核结果评定为优秀、良好、合格、基本合格但有两项以上整改": "the same (有两项以上整改)",
    # rows of the unseen sets that joined in session 27
    "(1)做好秸秆禁烧宣传工作(2分)": "满分为2分 is not read back beside the deductions (as (2)宣传发动(3分))",
    "依托办公室建立政府信息公开工作机构": "the first fault's name keeps the page's opening bracket ((未明确的扣4分): an unclosed bracket",
    "1.市重点建设项目形象进度计划完成率(30分)": "the bonus above the level written back as a second ≥100% band, whose start is then asked for",
    "2.全社会固定资产投资增长率(30分)": "the same (≥10% written back beside 达到10%)",
    "开展基层工会组织规范化建设活动得1分": "a 评价要点 list whose requirements hold levels (30%以上) refuses its first point when written back",
    "1、违法事实与情节认定清楚": "the faults' names cut at 表述准确…处罚的 read back as two faults described alike",
    # corpus43 (written blind, joined in session 38; read in session 43) and its neighbour
    "不动产登记“一窗受理”综合评价等级：A（优秀）3分": "grade letters (A（优秀）3分) written back as 等级得分：A 3分, which is refused as an unread 等级得分 heading (as 考核等次为A的得5分 below)",
    "考核等次：A（优秀）5分、B（良好）4分": "the same",
    # corpus33 (written blind, joined in session 31)
    "考核等次为A的得5分，B的得4分，C的得2分，D的不得分": "grade letters after a name (考核等次为A 5分，B 4分) written back are refused as an unread 等级得分 heading",
    # session 31: steps below a band that is not the top one (达到95%的得4分；在95%基础上每再降低5个百分点扣1分)
    "基金征缴完成率达到100%的得5分；达到95%的得4分；在95%基础上": "bands above steps that start at a lower band written back as the step's level and the bands again (…达到95%得4分，每少5%扣1分…；95%≤…<100%得4分), refused as overlapping when read back",
    "参保率达到98%的得6分；达到90%的得4分；在90%的基础上": "the same (达到90%得4分，每少2%扣1分 beside 90%≤参保率<98%得4分)",
    # corpus34 (written blind, joined in session 32)
    "项目按计划开工率：100%得3分": "a measure named with 按 (项目按计划开工率) written back before its bands (90%≤项目按计划开工率<100%) reads 按 as a method",
    # corpus36 (written blind, joined in session 34)
    "地方储备粮库存数量与计划规模相符的得4分": "the zero below the plan written back as 低于目标值5%不得分 beside steps of 1%, which is refused (百分点 or a share of the target?)",
    # corpus37 (written blind, joined in session 35)
    "衔接资金支付进度：截至12月31日支付进度达到100%得4分": "the period written back in Chinese numerals (截至十二月三十一日) is cut from the measure's name in the band after the steps",
    # corpus45 (written blind, joined in session 40)
    "公用经费控制（成本指标）：≤202.6万元（3分）。实际支出每超过指标值1%扣0.5分": "an amount's standard written back as 实际值占标准的比例≤100%, which a standard in 万元 refuses when read (标准写的是数量，分档写的是比率)",
    # corpus42 (written blind, joined in session 38; read in session 45) and its neighbour
    "日常公用经费控制：以上年决算数为基数，本年公用经费决算数不高于上年的得2分": "last year's printed 325万元 written back as the standard (标准为325万元，…占标准的比例≤100%), which a standard in 万元 refuses when read (as 公用经费控制（成本指标）below)",
    "会议费控制：以上年决算数为基数，本年会议费决算数不高于上年的得2分": "the same (标准为40万元 written back)",
    # corpus38 (written blind, joined in session 36; read in session 42)
    "成本指标：单户改造成本≤3.5万元。实际值不超过指标值的得满分": "the same (标准为3.5万元，实际值占标准的比例≤100%得5分 written back, refused when read)",
}


def _rows() -> list[dict]:
    rows = sampled(load("wordings.yaml"), keep=NOT_YET)  # (every NOT_YET row: the list may only shrink)
    return [row for row in rows if row_status(judge_wording(row)) == "correct"]


def test_every_canonical_text_reads_back_alike() -> None:
    differs: dict[str, str] = {}
    for row in _rows():
        canonical = parse_rule(row["text"]).canonical()
        try:
            again = parse_rule(canonical)
        except RuleError as error:
            differs[row["text"]] = f"{canonical} → {error}"
            continue
        wrong = next((v for v in (judge_case(again, case, row["full"]) for case in row["cases"]) if v.status != "correct"), None)
        if wrong is not None:
            differs[row["text"]] = f"{canonical} → {wrong.detail}"
    listed = {text for text in differs if any(text.startswith(start) for start in NOT_YET)}
    assert set(differs) == listed, [f"{text[:60]}: {detail[:200]}" for text, detail in differs.items() if text not in listed]
    stale = [start for start in NOT_YET if not any(text.startswith(start) for text in differs)]
    assert not stale, f"these now read back: take them off NOT_YET: {stale}"
