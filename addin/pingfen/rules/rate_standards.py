"""A level said before the scored rate that the rate itself counts by, not a second requirement beside it.

``张贴宣传画500张以上,发放宣传资料5000份以上,少1张扣0.05分`` states two requirements, and a reading of the second
alone would drop the first (parser._other_requirement_before refuses it). Some levels said before a scored rate are
no requirement of their own but say how the rate is counted, so the rate already carries them:

- the sample the rate is measured on: ``抽查院前急救病历50份，合格率≥95%得2分`` / ``随机抽取参与活动职工不少于100人进行
  问卷调查，满意度达95%以上得满分`` (how the check samples; unused_levels treats such notes alike);
- the per-item standard a 达标率 counts the items meeting: ``每名服务对象每月服务不少于10小时。抽查服务对象，服务时长
  达标率≥95%得4分``, or the time limit a 规定时限内…率 counts the items kept to: ``应在15个工作日内完成核验；在规定时限内
  办结率≥95%得3分``;

The rate then is the one number entered; the level before it is read as the note it is.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .clauses import Clause

# 抽查院前急救病历50份 / 随机抽取参与活动职工不少于100人 / 抽查10%的学校: the number sampled (not 抽查合格率不低于90%,
# a level of a rate the check finds)
_SAMPLED = lazy_compile(r"(?:抽查|抽取|抽检|抽样)[^\d率,，;；:：]{0,20}?(?:不少于|不低于|至少)?\d")
# 达标率 / 在规定时限内办结率 / 按规定时间完成率: the rate counts the items meeting a standard said before it
_STANDARD_MET = lazy_compile(r"达标(?:率|比例)|规定(?:时限|时间|期限)内")
# 每名服务对象… / 应在15个工作日内…: a standard each item is held to (per item, or a time limit)
_PER_ITEM = lazy_compile(r"^(?:对)?每(?:名|个|户|人|件|位|次|项|家|所|宗|批)|(?:应|须|需|必须)?在?\d+个?(?:工作日|日|天|小时|个月)内")


def counted_by_rate(clause: Clause, after: Clause) -> bool:
    """The level of ``clause`` says how the rate scored in ``after`` is counted (its sample, the standard each item
    meets), so it is no second requirement."""
    return bool(_SAMPLED.search(clause.text)) or standard_met(clause, after)


def standard_met(clause: Clause, after: Clause) -> bool:
    """每户每月入户走访不少于1次；走访达标率≥90%得3分: the rate scored in ``after`` counts the items meeting the per-item
    standard (or the time limit) of ``clause`` — the units are counted by it one by one, not summed into one value."""
    return bool(_STANDARD_MET.search(after.text)) and bool(_PER_ITEM.search(clause.text))
