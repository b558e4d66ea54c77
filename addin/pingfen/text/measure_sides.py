"""Measures where which way is better is not said by the measure's name alone, or where less is better: 偏差, 投诉,
事故, 成本, 不合格, 辍学(流失), 超标 … A level of one of them is not a level to reach (满意度90%得满分 is; 投诉率1%得满分
is not), and a score in proportion to one (计算不合格率,按其比率赋分) would reward the worse."""

from __future__ import annotations

from .lazy_regex import lazy_compile

WHICH_WAY_UNSAID = lazy_compile(
    r"偏差|偏离|变动|调整|差异|误差|投诉|客诉|事故|事件|差错|违规|违纪|故障|超支|损耗|成本|费用|单价|价格|时间|时长|天数|期限"
    r"|(?:不|未|非|无)(?:合格|完成|达标|整改|办结|达到|落实|到位|通过|覆盖|满意|及时|按时|按期|准时|规范|准确|有效|结案)"
    r"|不良|死亡|伤亡|负债|债务|中断|失误|误报|漏报|错报|迟报|流失|辍学|缺失|空置|闲置|返工|返修|能耗|排放|污染|超标|发生率|发病|失业|贫困|欠|逾期|延期|积压|上访|信访|案件|问题|隐患")
