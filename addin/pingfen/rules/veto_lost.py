"""一票否决 taken into the words of what the reading scores: ``3、用电:是否使用电炉、电热杯…等各类违章电器 此项实行一票否决
制。(10分)`` was read as a 评价要点 named by the question and the veto, met for 10 — the evaluator answering 是 to 是否使用
scored full, where the veto says a prohibited appliance found zeroes the item. Which answer earns the points and what the
veto zeroes are then not read: refused, naming the veto's clause. A veto read apart from the points (发生重大投诉的，一票
否决 → 如发生重大投诉，此项不得分; …并实行一票否决 after a zero, a consequence for the whole assessment) and 一票否决 as the
name of a system a fault fails (未落实“一票否决”制度的扣1分) are left as they are."""

from __future__ import annotations

from .errors import Unplaced
from .model import Rule
from ..text.lazy_regex import lazy_compile

_VETO_CLAUSE = lazy_compile(r"[^,，;；。\n]*一票否决[^,，;；。\n]*")
# 受害面积超过1公顷的一票否决: a situation of its own, vetoed (not 并实行一票否决 after a zero, 重大事故实行一票否决,本年度不得
# 参加评奖 — the whole assessment's — nor a heading's (一票否决))
_SITUATION_VETOED = lazy_compile(r"(?:^|(?<=[,，;；。\n]))[^,，;；。\n()（）]{2,30}的[,，]?(?:实行|实施|予以|执行)?[“\"]?一票否决[”\"]?"
                                 r"(?![^;；。\n]*(?:评奖|评优|评先|资格))")
# 安全生产(5分,一票否决): / (一票否决项,5分): / (一票否决)(5分): the heading's note, before the text's first colon
_HEADING_VETO = lazy_compile(r"^\s*(?P<heading>[^:：;；。\n]{1,30}?(?:\([^()]{0,8}?一票否决项?[^()]{0,8}\))(?:\(\d+(?:\.\d+)?分\))?)[:：]")
_ZEROED = lazy_compile(r"不得分|(?<![\d.])0分")  # (not the 0 of 10分)
_ZERO_SAID = lazy_compile(r"不得分|得0分|计0分|记0分|0分")  # the item zeroed somewhere in the reading
_SYSTEM_NAMED = lazy_compile(r"(?:落实|执行|建立|健全|实行)[“\"]一票否决[”\"]")  # 未落实“一票否决”制度: a system


def refuse_lost_veto(rule: Rule, text: str) -> None:
    if "一票否决" not in text or rule.zeroing is not None or _SYSTEM_NAMED.search(text):
        return
    said = rule.canonical()
    if "一票否决" not in said and not _ZERO_SAID.search(said) and (vetoed := _SITUATION_VETOED.search(text)):
        # 发生火灾的，每起扣1分，受害面积超过1公顷的一票否决，受害面积超过1公顷的每起扣3分: the veto merged into the next
        # situation's deduction and gone from the reading (a fire over 1 公顷 once cost 3 points, never the item)
        raise Unplaced(vetoed.group().strip(",，"),
                       "“一票否决”没有读入计分：哪种情形否决、否决的是本项得分还是整个考核都无法确定，"
                       "请写明如“受害面积超过1公顷的，此项不得分”，或录入得分并写明理由",
                       certain=True)
    heading = _HEADING_VETO.match(text)
    if heading is not None and not _ZEROED.search(said):
        # 安全生产(5分,一票否决):建立安全生产责任制的得5分: the heading's veto names no situation the text zeroes (once the
        # heading read as a 评价要点 of its own, ①安全生产(5分) beside ②…(5分))
        raise Unplaced(heading.group("heading"),
                       "标题写明“一票否决”，但没有写明哪种情形否决、否决的是本项得分还是整个考核，"
                       "请写明如“发生安全生产事故的，此项不得分”，或录入得分并写明理由", certain=True)
    if "一票否决" not in said or "不得分" in said:
        return
    raise Unplaced(_VETO_CLAUSE.search(text).group().strip(),  # type: ignore[union-attr]
                   "“一票否决”被读成了得分要点的一部分，哪种情形得分、否决的是本项得分还是整个考核都无法确定，"
                   "请写明如“发现违规情形的，此项不得分”，或录入得分并写明理由",
                   certain=True)
