"""A rate's change on last year (达标率较上年提高2个百分点以上得3分 / 比上年提高2%): the difference of two rates (or, for
2%, maybe their ratio), never the rate's own level — once read as 达标率≥2% (92% against 91% last year scored 3).
A reading that drops the comparison with last year is refused, naming it; one that keeps it (较上年增长率≥5%) stands.
So is a rate defined before bands of its change on last year (医疗服务收入占比=医疗服务收入/医疗收入×100%，较上年提高的得2分，
持平得1分，下降的不得分): the definition names the measure, and a reading of 占比>0% (this year's share above nothing) once
scored 2 whatever last year's share was."""

from __future__ import annotations

from .errors import Unplaced
from .model import Scorer
from ..text.lazy_regex import lazy_compile

# (森林覆盖率(2分):较上年下降超过0.5个百分点的扣1分: the rate named in the heading, the change compared with a bound;
# once 森林覆盖率>0.5%, every coverage above 0.5% losing the point; 满意度较上年提高5%的得满分 once 满意度≥5%;
# 就业率较上年每提高1%加0.5分 once 就业率≥0% with 0.5 per point of the rate itself, 92% adding the cap, 2 — the steps
# that add only: 发案率较上年每上升1个百分点扣0.5分 is read from last year's rate, 不高于上年得满分; …人数比例较上年提高1个百分点
# …0.5%（含）～1个百分点 once 比例≥1%, the change dropped where its units differ)
_RATE_CHANGED = lazy_compile(r"(?:(?<![长降幅动化低])率|满意度|占比|比重|比例)(?:\(\d+(?:\.\d+)?分\))?[:：]?(?:较|比|与)(?:上年|去年|上一年|上年度|上期|基期)(?:同期)?(?:相比)?"
                             r"(?:(?:增长率)?每(?=(?:提高|增长|上升|提升|增加)[^,;。]*?加))?(?:提高|增长|上升|提升|下降|降低|减少|增加)(?:了|幅度)?(?:超过|达到|达|不低于|不少于|不超过|低于|高于|在)?\d")


# a change over last year the bands measure (较上年增长5%以上 / 较上年增长率>0%, as the reader writes bare changes), after
# a rate's definition that names the measure otherwise
_CHANGE_SAID = lazy_compile(r"(?:较|比|与)(?:上年|去年|上一年)(?:度|同期)?(?:相比)?(?:提高|增长|上升|提升|增加|下降|降低|减少)")


def refuse_rate_change_as_level(scorer: Scorer, text: str, label: str) -> None:
    changed = _CHANGE_SAID.search(text)
    if changed is not None and (label == "完成率" or "=" not in text[:changed.start()]):
        changed = None  # (the growth bands the parser names 较上年增长率 after this; only a rate defined before them)
    said = _RATE_CHANGED.search(text) or changed
    if said is None:
        return
    if any(word in scorer.canonical(label) for word in ("较上年", "比上年", "较基期", "较上期", "同比", "上年", "去年")):
        return
    if said is changed:
        raise Unplaced(said.group(), f"评分按较上年的增减计分，所读的计分方法却按“{label}”本身的水平计分（不与上年比较）；"
                                     "无法确定按哪一个计分（请写明，如“较上年增长5%以上得2分”并录入本年与上年的数值）", certain=True)
    # (较上年提高达到5%: 达到 is normalize's, before a number the steps or the rest start from)
    raise Unplaced(said.group()[:-1].removesuffix("达到"), "“较上年提高（增长）…”是本年与上年比率的差（或增幅），不是比率本身的水平；暂不能按此计分"
                                      "（请写明按什么计分，如“达标率较上年提高的百分点数≥2得3分”由评价人录入）", certain=True)
