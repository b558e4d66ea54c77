"""The rewrites normalize.py calls through a gate (text/lazy_rewrites.py: imported only when the text has one of the
words the rewrite needs) normalise every text exactly as when each of them is called: the same text, for every text
of the corpus and of the released unseen sets, and for mutated texts (the conservation fuzz's mutations)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_judge import load, load_file
from corpus_sample import sampled_texts
from rule_mutations import mutations
from test_rules_composer_gates import DEVELOPMENT_SETS  # (the held-out unseen sets stay unread)
from pingfen.text import lazy_rewrites, normalize as normalize_module
from pingfen.text.normalize import normalize

UNSEEN = Path(__file__).resolve().parents[1] / "benchmarks" / "unseen"

# for every word of every gate, a text the rewrite changes that has that word and none of the gate's others: each word
# opens its gate for some text (none is there for nothing), and the corpus below has texts for those it lacks
_FAULT = "发现{}每处0.5分,未整改的扣1分"
_UNMET = "1.建立制度。以上指标,{}的不得分"
_FORM = "{0}悬挂于办公场所外(5分)\n1{0}悬挂于办公场所内(3分)\n(5分)\n{0}未悬挂(0分)"
EXAMPLES = {
    "distribute": {"分别": "超过80%、70%和60%,分别得6分、4分和2分"},
    "deducted_from_earned": {"基础上": "80%以下不得分。每发现1座扣0.5分,在上述得分基础上扣减,扣完为止"},
    "distribute_kinds": {"分别": "被省、市、县督查组巡查发现的火点,每个分别扣10分、5分、3分",
                         "依次": "被省、市、县督查组巡查发现的火点,每个依次扣10分、5分、3分",
                         "种": "每出现一种情况扣5分", "类": "每出现一类问题扣5分"},
    "bare_deductions": {word: _FAULT.format(word) for word in ("问题", "违规", "违纪", "隐患", "错误", "差错", "投诉", "失误", "缺陷")},
    "heading_fault": {word: f"{word}行为(3分):每起扣0.5分" for word in ("违规", "违法", "违纪", "违章", "违约", "差错", "失误")}
    | {"事故": "安全生产事故(5分):每起扣1分", "火灾": "森林火灾(5分):每起扣1分"},
    "points_first": {"共": "1.存在超编进人,每例扣0.5分,共1分。", "计": "1.存在超编进人,每例扣0.5分,计1分。"},
    "none_counted": {"没有": "没有新增1处违法占地的,记满分;每发现1处扣1.5分", "未": "未发生1起事故的,得满分;每发生1起扣2分",
                     "无": "无新增1处违法占地的,记满分;每发现1处扣1.5分"},
    "share_reached": {"到位": "应征收金额的65%征收到位记满分"},
    "unchanged_level": {"持平": "与上年相比持平得15分", "加分项": "该项设有加分项(最多加10分)按完成率计分",
                        "水平": "不低于上年水平得4分，低于上年水平不得分",
                        "本年": "不低于上年得满分，低于上年的按本年/上年比例计分",
                        **{word: f"比上年每{word}1%加1分" for word in ("增长", "提高", "上升", "增加")},
                        **{word: f"较上年下降5%以上得5分,下降0-5%得3分,{word}下降的不得分" for word in ("未", "没有")}},
    "period_failing": {word: f"每{word[1]}满意度低于85%的,{word}扣1分" for word in ("当月", "该月", "当周", "该周")},
    "level_named_once": {"以上": "发现1户未回访的扣0.2分,2户及以上未回访的不得分"},
    "plan_noun_first": {word: f"{word}改造28个片区,每少完成1个片区扣0.3分" for word in ("计划", "目标", "任务")},
    "cap_share_of_points": {"分值的": "每发现1例扣0.5分,扣分不超过该项分值的一半(4分)",
                            "满分的": "每发现1例扣0.5分,扣分不超过满分的一半(4分)"},
    "step_asides": {"不扣分": "每低2%扣0.5分,不足2%的不扣分", "不加分": "每高于1%不加分,每低于1%扣0.5分"},
    "survey_credits": {"满意": "满意、基本满意、不满意分别计100%、60%、0"},
    "rate_computed": {word: f"根据报考数和学籍数计算巩固率,{word}比率赋分" for word in ("按其", "按该", "按此", "按这一")},
    "rate_defined_by": {"计算": "按实际值/目标值计算得分率,得分=得分率×分值"},
    "divided_then_times": {"除以": "以实际覆盖率除以目标值80%再乘以分值计算"},
    "without_breakdown": {"其中": "新建公厕目标值20座(其中改建8座),完成目标得4分,每少1座扣0.5分"},
    "level_points": {"%(": "满意度90%(5分),每下降1%扣0.5分", "分):达到": "培训人数不少于500人(4分):达到得满分,每少10人扣0.5分",
                     "分),达到": "培训人数不少于500人(4分),达到得满分,每少10人扣0.5分"},
    "closing_total": {"分)": "每少1%扣0.5分,扣完为止(4分)", "为止)": "每次扣2分(本项5分,扣完为止)",
                      "分值": "每少1人扣0.5分,扣完为止。本项分值2分",
                      "满分": "每少1人扣0.5分,扣完为止,满分2分", "总分": "资料齐全得2分,总分4分。"},
    "formula_words": {"权重": "得分=完成率×权重70%", "系数": "得分=完成率×系数0.8", "百分制": "得分=平均分数(百分制)×70%",
                      "实际/目标": "年度指标值≥1200台。完成指标值得满分,未完成按实际/目标×分值"},
    "proportion_formula": {"比例": "低于90%的按比例得分(得分=满意度/90%×5)"},
    "printed_divisor": {"/": "得分=已储备品种数/规定储备品种数(25种)×3", "÷": "得分=已储备品种数÷规定储备品种数(25种)×3"},
    "plan_divisor": {"得分=": "合同约定扫描120万页,得分=实际完成页数/120万页×8分",
                     "率=": "资金到位率=实际到位资金/应投入资金,按到位率×分值计算得分。应投入资金2.4亿元。",
                     "计分": "合同约定家数40家,按实际支持家数/合同约定家数×分值计分。",
                     "数÷": "年度计划招录30人,实际招录人数÷计划人数×4分,超过计划的按满分计。",
                     "/计划": "计划场次40场,实际开展场次/计划场次×4分,超出不加分。",
                     "/目标": "目标服务人次3000人次,实际服务人次/目标服务人次×3分。",
                     "分计算": "合同约定面积120平方米。按实际绿化面积/合同约定面积×4分计算"},
    "change_reached": {**{f"{way}目标": f"完成{way}目标3%的得5分" for way in ("下降", "降低", "增长")},
                       "下降率": "能耗下降(5分):按实际下降率/3%×5计分;能耗上升的不得分",
                       "降低率": "成本降低(5分):按实际降低率/3%×5计分;成本上升的不得分",
                       "增长率": "收入增长(6分):按实际增长率/8%×6计分;收入下降的不得分"},
    "score_said_after": {"即为": "完成率×3即为得分"},
    "heading_apart": {"分)=": "覆盖率(4分)=已覆盖小区数÷小区总数×100%"},
    "points_breakdown": {sign: f"签订责任状(8分)(2分{sign}4项),每少1项扣2分" for sign in ("×", "*")},
    "anniversaries": {"周年": "庆祝成立70周年活动得2分"},
    "ages": {"岁": "65岁以上老年人健康管理率达到90%得满分"},
    "rising_levels": {"占": "占20%的计1分;占40%的计3分;占60%以上的计5分"},
    "shared_points": {"每项": "1.建立制度。2.按时上报每项2分)",
                      **{word: _UNMET.format(word) for word in ("不达标", "未达标", "达不到", "未达到", "不符合", "未完成", "没有完成",
                                                                "未落实", "未做到")}},
    "points_column_apart": {**{space: f"供电稳定得1分{space}2" for space in (" ", "\t", "\u3000")},
                            "\n": "认辅人数15\n认辅人数达10人以上得15分"},
    "form_columns": {box: _FORM.format(box) for box in ("□", "☐")},
    "measure_words": {"m": "人均面积每少1m2扣1分", "平米": "人均面积每少1平米扣1分", "立米": "每少1立米扣1分",
                      "半": "每迟报半天扣1分", "包括": "4-6(不包括6)得1分", "包含": "4-6(包含4)得1分", "第": "第一名得5分"},
    "rank_bands": {"排名": "排名前5名以内得满分", "名次": "名次前5名以内得满分", "位列": "位列前5名以内得满分", "位次": "位次前5名以内得满分", "名得": "第1名得3分,每降1名扣0.3分",
                   "名的得": "第1名的得3分,每后退1名扣0.3分", "位得": "第1位得3分,每后退1位扣0.3分",
                   "位的得": "第1位的得3分,每后退1位扣0.3分", "名计": "第1名计3分,每降1名扣0.3分",
                   "名记": "第1名记3分,每降1名扣0.3分"},
    "ranked_shares": {"排名": "全省16个市州中,排名前20%的得3分,20%-50%的得2分,后50%的得1分"},
    "ranked_thirds": {"3分之一": "排名位次处于前3分之一的得4分,中间3分之一的得2分,后3分之一的不得分(全市共12个县市区)",
                      "1/3": "排名在全省前1/3的得3分,中间1/3的得2分,后1/3的得1分(全省共15个统筹区)"},
    "ranked_among": {"中排名": "在全市12个县中排名第1-4名的得5分,第9-12名的得1分",
                     "中的排名": "在全市12个县中的排名第1-4名的得5分,第9-12名的得1分",
                     "中名次": "在全市12个县中名次第1-4名的得5分,第9-12名的得1分",
                     "中,前": "全县18个乡镇中,前6名得4分,7-12名得2.5分,13-18名得1分",
                     "中,第": "全县18个乡镇中,第1-6名得4分,第7-12名得2.5分,第13-18名得1分"},
    "without_annex_numbers": {word: f"评分表见{word}2\n≥90分得满分" for word in ("附件", "附表", "附录")},
    "without_listed_counts": {"、": "观测、发报、报表3项总错比≤0.6‰,得2分"},
    "all_counted": {"100%": "参保率100%,每少1人扣0.5分"},
    "all_of_count": {"均": "全年4次均按时的得2分,每有1次不按时扣0.5分"},
    "target_met_bands": {"完成目标": "目标值:≥200人。完成目标的得3分;完成150人(含)以上的得2分;100人以下0分",
                         "完成年度目标": "目标值:≥200人。完成年度目标的得3分;完成150人(含)以上的得2分;100人以下0分",
                         "完成指标值": "指标值:≥200人。完成指标值的得3分;完成150人(含)以上的得2分;100人以下0分"},
    "periods_named": {"内": "发行后6个月内支出比例达到70%的得4分", "截至": "截至12月31日支出进度100%,得5分",
                      "截止": "截止12月31日资金拨付率达到100%得2分", "年": "引进人才3年留用率≥85%得2分",
                      "月底": "消防站建设资金10月底支出进度应达到80%,每落后5个百分点扣1分",
                      "月末": "项目资金6月末支出进度达到50%得2分", "日前": "资金在9月30日前拨付的比例≥95%得2分"},
    "none_over": {"100%": "控制率≤100%的得2分,每超编1人扣0.5分"},
    "either_band": {"或": "在85%-93%之间得5分;80%-85%或93%-98%得3分"},
    "standard_breached": {"标准": "培训补贴按每人不超过1500元标准发放,发现超标准发放的,每人次扣0.2分",
                          "达标": "每个社区全年开展活动不少于12次、覆盖居民不少于600人次,每有1个社区未达标扣1分"},
    "each_unit_said_plainly": {"每有1": "送戏下乡每个乡镇全年不少于4场,每有1个乡镇未达到扣1分",
                               "每超出1": "每个街道运营补贴不得超过60万元,每超出1个街道扣1分",
                               "每超过1": "每个街道运营补贴不得超过60万元,每超过1个街道扣1分"},
    "nines_to_next": {".9": "开工率100%计8分,95%-99.99%计6分"},
    "ascending_bounds": {">": "100%>完成率>85%得4分", "≥": "95%≥满意度≥90%得3分"},
    "all_units_reach": {"每有1个": "各监测站数据完整率均≥95%的得3分;每有1个监测站低于95%扣1分,扣完为止"},
    "self_assessment_row": {"完成值": "培训人数 | 年度指标值:≥5000人次 | 完成值:____\n评分:完成值达到年度指标值得满分",
                            "实际": "检验合格率 | 年度指标值 ≥99% | 实际值 99.4% | 得3分 | 达到指标值得3分",
                            "分值": "检验合格率 | 年度指标值 ≥99% | 分值 3 | 达到指标值得3分",
                            "\t": "产出指标\t时效指标\t道路病害处置及时率\t≥95%\t\t5\t处置及时率≥95%得5分;及时率<95%不得分",
                            "  ": "产出指标  时效指标  道路病害处置及时率  ≥95%  5  处置及时率≥95%得5分;及时率<95%不得分"},
    "target_after_name": {"指标值:": "年度指标值:申请发明专利≥20件。达到指标值得3分,每少1件扣0.3分", "目标值:": "年度目标值:新建公厕≥12座;达到目标值得4分,每少1座扣1分"},
    "coefficient_bands": {"系数": "合格率≥95%,系数1.0;90%-95%,系数0.8;90%以下,系数0。得分=分值×系数"},
    "index_names": {"指数": "路况指数PQI≥80得30分;PQI每降低1扣2分", "系数": "灌溉水有效利用系数IWUE达到0.56以上得满分"},
    "met_points_share": {"要点数": "评价要点:①制度健全;②台账完整;③按时报送。得分=满足的要点数/3×分值",
                         "要点个数": "评价要点:①制度健全;②台账完整;③按时报送。得分=满足的要点个数/3×分值"},
    "leaders_as_commas": {"..": "95%(含)以上 ...... 5分", "——": "80%以下——0分", "--": "80%以下--0分",
                          "──": "80%以下──0分"},
    "restated_bounds": {"(含": "90%以上(含90%)得5分", "(不含": "95%以上(不含95%)得3分"},
    "levels_in_heading_unit": {"(%)": "检验率(%):100--5分;95以下--0分"},
    "without_reference_note": {"参考": "<80%得0分。注:1-6月执行进度仅作参考,不计分。"},
    "matched_as_reached": {"相符": "库存数量与计划规模相符的得4分"},
    "each_unit_awarded": {"个": "每个中心服务人次达到3000人次的得1分,本项共4分(4个中心)",
                          "所": "每所学校供餐天数达到180天的得0.5分,本项共2分(共4所学校)",
                          "座": "每座水库鉴定合格率≥95%的得1分,本项共4分(共4座水库)",
                          "家": "每家医院满意度达到90%的得1分,本项共3分(共3家医院)",
                          "条": "每条路段优良率达到80%的得1分,本项共4分(共4条路段)",
                          "各": "各客运站安全例检(4.5分):每站1.5分,例检率达到100%得1.5分,未达到的该站不得分"},
    "directions_as_bands": {"持平": "经费支出较上年下降的得2分,持平的得1分,增加的不得分"},
    "compared_with_last_year": {"持平": "本年门诊人次多于上年门诊人次的得3分,持平的得1.5分,少于上年的不得分"},
    "measure_named_once": {"本年": "本年事故起数较上年事故起数下降的得3分,上升的不得分",
                           "今年": "今年技术合同登记数与去年技术合同登记数相比,增加的得2分,减少的不得分",
                           "当年": "当年招商引资额较上年招商引资额增长5%以上得3分"},
    "short_or_other_way": {"持平": "较上年下降3%以上得3分,下降不足1%或持平的不得分",
                           "增长": "较上年增长10%以上得4分,增长不足5%或下降的不得分",
                           "提高": "较上年提高3%以上得3分,提高不足1%或下降的不得分",
                           "上升": "较上年下降3%以上得3分,下降不足1%或上升的不得分",
                           "增加": "较上年减少10%以上得3分,减少不足5%或增加的不得分"},
    "task_exceeded": {"完成率达到": "完成年度任务2万亩的得5分,未完成的按完成比例计分;完成率达到110%以上的加0.5分"},
    "event_dates": {"前(": "慰问金在春节前(2024年2月9日前)发放到位的得3分,春节后1周内发放的得1分,其余不得分。",
                    "日(": "须于2024年5月15日(入汛前)前完成入库。按时完成得3分,每推迟5日扣1分,扣完为止。"},
    "formula_cap_said": {"分计": "得分=实到配套资金÷承诺配套资金×3,超过承诺的按3分计",
                         "最高": "年度任务1500亩,得分=实际新增面积÷1500×4(最高4分)"},
    "printed_target": {"目标": "达到考核目标(≥83.3%)的得5分;低于目标但不低于75%的得3分;低于75%的不得分",
                       "指标": "成灾率控制在省下达指标(3.5‰)以下得3分;超过的,每超0.5‰扣1分",
                       "计划": "资助学生人数达到计划数(200名)的得3分;每少资助1名扣0.1分",
                       "平均": "亩均产量不低于全县平均水平(450公斤)的得3分;每低10公斤扣0.5分,扣完为止",
                       "上年": "死亡人数控制在上年水平(12人)以内得3分,每增加1人扣1分",
                       "上一年": "满意度不低于上一年(92%)的得3分,每低1个百分点扣0.5分",
                       "去年": "满意度不低于去年(92%)的得3分,每低1个百分点扣0.5分",
                       "预算": "公用经费支出不超过预算(50万元)的得3分,每超过1万元扣0.5分",
                       "概算": "综合单价不超过概算(380元)的得3分,超过的不得分",
                       "批复标准": "单位造价不超过批复标准(120万元)的得3分,超过的不得分",
                       "任务": "耕地保有量不低于任务(38.6万亩)的得5分,否则不得分"},
    "stated_count_reached": {"每少": "全年送戏下乡120场,每少5场扣0.5分", "每差": "全年送戏下乡120场,每差5场扣0.5分",
                             "每缺": "计划改造危房150户,全部完成得6分,每缺5户扣0.5分"},
    "excess_parts": {"部分": "迟到3次以内不扣分,超出部分每次扣0.5分"},
    "float_named": {"浮动": "上下浮动不超过5%的得3分;浮动5%-10%(含)的得1.5分"},
    "yearly_total": {"全年": "每月巡检2次(全年24次),每少1次扣0.5分"},
    "target_said_first": {"指标值": "单户改造成本≤3.5万元。实际值不超过指标值的得满分(5分);超出的,每超出5%扣1分"},
    "tier_upper_open": {"不含": "好(8-10分):措施到位;较好(5-8分,不含8分):基本落实",
                        "分以下": "优(9-10分),良(7-8分),差(5分以下)", "<": "优(9-10分),差(<5分)",
                        "≥": "运营质量(10分):好(≥8分);较好(6-8分)", "分以上": "运营质量(10分):好(8分以上);较好(6-8分)"},
    "bare_points_value": {"分值": "0-6岁儿童健康管理率≥85% 分值:3 每降低1个百分点扣0.3分"},
    "labelled_bands": {")得": "全部完成(完工率100%)得6分;基本完成(完工率90%-100%)得4分",
                       ")的": "全部完成(完工率100%)的得6分;基本完成(完工率90%-100%)的得4分",
                       ")计": "全部完成(完工率100%)计6分;基本完成(完工率90%-100%)计4分",
                       ")不": "未完成(完工率60%以下)不得分;严重滞后(完工率30%以下)不得分"},
    "heading_points_said": {"【": "农机购置补贴资金兑付率【3分】\n兑付率≥90%,计3分",
                            "[": "档案管理[2分]:资料齐全、归档及时的得2分;资料缺失严重的不得分",
                            "分值": "农村卫生厕所普及率(该项分值5分) 普及率达到90%的,给5分",
                            "满分": "农村卫生厕所普及率(满分5分) 普及率达到90%的,给5分"},
    "graded_additions": {"不加分": "考核获评优秀等次的加1分,良好等次加0.5分,其他不加分"},
    "bonus_heading_as_cap": {"加分": "加分项(最高1分):汛期成功预警避让地质灾害的,每起加0.5分。"},
    "unhappened_as_veto": {"未发生": "汛期内发生严重内涝的,本指标不得分;未发生的,本指标得5分",
                           "未出现": "年度内出现重大舆情的,本项不得分;未出现的得2分",
                           "没有发生": "年度内发生重大事故的,本指标不得分;没有发生的得3分",
                           "没有出现": "年度内出现重大舆情的,本项不得分;没有出现的得2分"},
    "undone_past_bound": {"未": "3个月内开工的得4分;3-6个月(含)开工的得2分;超过6个月未开工的不得分",
                          "没有": "3个月内开工的得4分;3-6个月(含)开工的得2分;超过6个月没有开工的不得分"},
    "defined_pass": {"为达标": "对3个所分别考核,每所达标项数达到10项的为达标,每所达标得2分,不达标不得分",
                     "为合格": "档案检查得分达到85分的为合格,合格的得2分,不合格的不得分"},
    "grade_deemed": {"未": "优秀得4分,合格得3分,不合格不得分。未参加考评的视为不合格",
                     "没有": "优秀得4分,合格得3分,不合格不得分。没有参加考评的视为不合格"},
    "evaluation_year": {"年度:": "当年6月30日前完成得3分,逾期不得分。(评价年度:2024年)",
                        "年份:": "当年6月30日前完成得3分,逾期不得分。(评价年份:2024年)",
                        "年度为": "当年6月30日前完成得3分,逾期不得分。注:评价年度为2024年。",
                        "年份为": "当年6月30日前完成得3分,逾期不得分。注:评价年份为2024年。",
                        "年度是": "当年6月30日前完成得3分,逾期不得分。(考核年度是2024年)",
                        "年份是": "当年6月30日前完成得3分,逾期不得分。(考核年份是2024年)"},
}


def _texts() -> list[str]:
    texts = [row["text"] for name in ("wordings.yaml", "refusals.yaml") for row in load(name)]
    for path in sorted(UNSEEN.glob("*.yaml")):
        if path.name.startswith(DEVELOPMENT_SETS):
            texts += [row["text"] for row in load_file(path) or [] if row.get("text")]
    texts = sampled_texts(texts)  # (CI: a quarter; corpus_consistency.py: all)
    texts += [text for examples in EXAMPLES.values() for text in examples.values()]
    return list(dict.fromkeys(texts))


def _normalised(texts: list[str], gated: bool) -> list[str]:
    lazy_rewrites.GATED = gated
    try:
        return [normalize(text) for text in texts]
    finally:
        lazy_rewrites.GATED = True


def _differences(texts: list[str]) -> list[str]:
    gated, called = _normalised(texts, True), _normalised(texts, False)
    return [f"{text!r}\n  gated:  {a!r}\n  called: {b!r}" for text, a, b in zip(texts, gated, called) if a != b]


def test_gates_change_no_normalised_text_of_the_corpus() -> None:
    texts = _texts()
    assert len(texts) > 1000
    assert _differences(texts) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_gates_change_no_normalised_mutated_text(seed: int) -> None:
    assert _differences(list(mutations(seed, 1500))) == []


def _gated() -> dict[str, lazy_rewrites.GatedRewrite]:
    return {name: value for name, value in vars(normalize_module).items() if isinstance(value, lazy_rewrites.GatedRewrite)}


def test_every_word_of_every_gate_opens_it_for_a_text_the_rewrite_changes() -> None:
    gated = _gated()
    assert set(EXAMPLES) == set(gated)
    for name, rewrite in gated.items():
        assert set(EXAMPLES[name]) == set(rewrite.words), name
        for word, text in EXAMPLES[name].items():
            assert [other for other in rewrite.words if other in text] == [word], (name, word)
            assert rewrite(text) != text, (name, word)


def test_gated_rewrites_are_listed_and_hand_back_texts_without_their_words() -> None:
    gated = _gated()
    assert len(gated) >= 15 and all(rewrite.words for rewrite in gated.values())
    ranks = gated["rank_bands"]
    assert not ranks.may_change("每少1%扣0.1分") and ranks.may_change("排名前5名的得满分")
    assert ranks("排名前5名的得满分") == "排名≤5名的得满分"
