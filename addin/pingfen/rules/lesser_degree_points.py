"""A lesser degree of a requirement priced no lower than the requirement itself: ``开展安全培训得2分,有计划无记录得2分``.
有计划无记录 is the training done in part (a plan, no record), one situation or the other — at the same 2 points it was
read as a second 评价要点 to tick beside the training (4 of 2 in the 规范写法), and at 3 points as a grade above the
whole requirement. Whether the partial case is meant
to earn the full points (the record not required), to be added, or is a slip for a lower figure is not written:
refused, naming it. 建立台账得2分,台账不完整得2分 (an incomplete ledger) is the same question."""

from __future__ import annotations

from decimal import Decimal

from .clauses import Clause
from .errors import Unplaced
from ..text.lazy_regex import lazy_compile
from ..text.respective_grades import GRADE_NAMES

# 有会议无宣传 / 有载体无内容 / 有系统但运行不正常 / 有制度但未执行: one part there, the other not
HALF_DONE = lazy_compile(r"^有[\u4e00-\u9fff]{1,8}(?:(?:无|没有|未)[\u4e00-\u9fff]{1,8}|但[\u4e00-\u9fff]{0,6}(?:不|未|没有|无)[\u4e00-\u9fff]{1,6})$")
# 有制度无违规 / 有台账无差错: the 无 part is a wrong that must not happen, a requirement met, not a part missing
_NO_WRONG = lazy_compile(r"(?:无|没有|未)(?:发生|出现)?(?:违|事故|投诉|差错|错误|问题|挪用|截留|挤占|隐患|纠纷|上访|案件|失误|漏洞)")
# 基本农田 / 基本公共卫生服务 / 基本药物 / 基本支出: names that hold 基本, no degree of anything
BASIC_NAMES = r"生活|农田|公共|医疗|养老|药物|国策|单元|信息|数据|设施|住房|民生|支出|工资|建设|原则|知识|技能|常识|功能"
# 基本健全 / 基本合格 / 基本干净 / 部分落实: the requirement met in part (once only a list of verbs: 检验合格(2分)；检验基本
# 合格(1分) was read as two 评价要点 added, 3 for a check both passed and barely passed)
_PARTLY = lazy_compile(rf"基本(?:上)?(?!{BASIC_NAMES})[\u4e00-\u9fff]|大部分|部分|较为|比较|大体")
# 台账不完整 / 报送不及时 / 人员配备不全: a requirement done badly, said last (never a failure of another kind:
# 不存在挪用 / 无违规 are requirements beside the first)
_DONE_BADLY = lazy_compile(r"(?:不完整|不齐全|不全|不规范|不完善|不健全|不到位|不及时|不够[\u4e00-\u9fff]{1,2})的?$")


def _shares_words(name: str, other: str) -> bool:
    return any(name[i:i + 2] in other for i in range(len(name) - 1))


def _degree_of(name: str, other: str, ticked: bool) -> bool:
    """有计划无记录 after any requirement (its parts are the requirement's own, in other words); 基本健全 / 台账不完整
    after the requirement whose words it shares; among points to tick, a requirement done badly after any of them."""
    if (HALF_DONE.search(name) and not _NO_WRONG.search(name)) or (ticked and _DONE_BADLY.search(name)):
        return True
    return (_PARTLY.search(name) is not None or _DONE_BADLY.search(name) is not None) and _shares_words(name, other)


def lesser_degree_of(name: str, requirement: str, shared: bool = False) -> bool:
    """有系统但运行不正常 / 制度基本健全 / 台账不完整: the requirement met in part or done badly (``shared``: in the
    requirement's own words, 系统 of 具有办公自动化系统并正常运行)."""
    return _degree_of(name, requirement, False) and (not shared or _shares_words(name, requirement))


def refuse_lesser_degree_not_less(options: list[tuple[str, Decimal | None]], scoring: list[Clause], ticked: bool = False) -> None:
    """``ticked``: the options were about to be read as 评价要点 each scoring when met, where a lesser degree is never a
    point of its own whatever its price; as grades to choose one of, the same points are read as written (全部完成得5分，
    部分完成得5分，未完成不得分: either scores 5), and only a lesser degree priced above the whole is refused."""
    for later, (name, points) in enumerate(options):
        if points is None or name in GRADE_NAMES:
            continue  # (满意10分，基本满意10分，不满意0分: a scale's grades may share points)
        above = [(other, top) for other, top in options[:later]
                 if top is not None and top > 0 and (ticked or points > top) and _degree_of(name, other, ticked)]
        if not above:
            continue
        # the requirement it is a degree of: the nearest one sharing its words, else the first
        other, top = next(((o, t) for o, t in reversed(above) if _shares_words(name, o)), above[0])
        clause = next((c for c in scoring if name in c.text), None) or name
        if ticked:
            raise Unplaced(clause, f"“{name}”是要求只做到一部分或做得不到位的情形，不是另一个评价要点（不能与“{other}”都符合而相加）；"
                                   "是与之择一计分的较低等级，还是分数写错，没有写明；请写成等级，如“…得2分，…得1分，否则不得分”",
                           certain=True)
        raise Unplaced(clause, f"“{name}”是要求只做到一部分或做得不到位的情形，得分却高于“{other}”（{top}分），"
                               "可能是分数写错；请写明较低等级的得分（低于完全做到的得分）", certain=True)
