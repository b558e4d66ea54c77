"""The measures that are better the higher they are (a 完成率 reaching its target is its floor, never a ceiling), as
one regex alternation: which way a level is to be reached where the text does not say it (满意度90%得满分)."""

RATES_BETTER_HIGHER = (
    "满意度|完成率|执行率|到位率|合格率|覆盖率|达标率|知晓率|及时率|完好率|使用率|支付率|利用率|参与率|出勤率|回收率|结案率"
    "|办结率|处置率|整改率|验收率|通过率|优良率|普及率|建成率|成活率|保存率|就业率|达成率|实现率|落实率|兑现率|拨付率|发放率"
    "|上报率|准确率|完整率|规范率|开展率|接种率|入学率|巩固率"
)
