"""A 评价要点 named by the last of the requirements its points are given for: ``按规定撤销了非税收入过渡性账户,及时足额将非税
收入缴入县非税收入汇缴结算户的,计4分`` was the one point 及时足额将非税收入缴入县非税收入汇缴结算户 — a unit that kept its
transitional account met it. Every requirement run by commas into the one the points are given for is part of that
point, and names it with them (成立档案工作领导小组，明确分管领导和档案管理人员职责); how the point is checked, said first
(要查看…报表 / 根据有关规划和要求), and anything before a clause with a number (a heading with its points: 道路清扫4分,
道路清扫保洁到位的得4分; a count, which the name would have to carry as a level) are left as read.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Checklist, Scorer
from ..text.lazy_regex import lazy_compile

_SENTENCE_EDGE = lazy_compile(r"[;；。:：\n]|[①-⑳]|\(\d{1,2}\)|（\d{1,2}）|\([一二三四五六七八九十]{1,3}\)|（[一二三四五六七八九十]{1,3}）")
_COMMA = lazy_compile(r"[,，]")
# how the point is checked, said before the requirements (查阅资料 / 要查看…报表 / 根据有关规划和要求 / 评价要点)
_HOW_CHECKED = lazy_compile(r"^(?:要|需)?(?:查|检查|查看|查阅|核查|抽查|根据|依据|评价要点|考核)")
_NUMBER = lazy_compile(r"[\d分]")  # a number, or a score said (未制订不得分)
_MARKS = lazy_compile(r"[\s“”\"'《》()（）,，、]")


def named_by_every_requirement(scorer: Scorer, text: str) -> Scorer:
    if not isinstance(scorer, Checklist) or len(scorer.requirements) != 1:
        return scorer
    name = scorer.requirements[0]
    at = text.find(name[:6]) if len(name) >= 6 else -1
    if at <= 0:
        return scorer
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, 0, at)]
    before = text[edges[-1] if edges else 0:at].rstrip()
    if not _COMMA.fullmatch(before[-1:]):
        return scorer  # 未确定防火负责人…的不得分: the words before the name are its own (a negation taken off)
    kept: list[str] = []
    for part in reversed([p.strip() for p in _COMMA.split(before)][:-1]):
        if not part or _HOW_CHECKED.search(part) or _NUMBER.search(part):
            break  # 查阅资料, / 道路清扫4分, / 3.信息报送制度(3分)。…: how it is checked, or a heading with its points
        kept.insert(0, part)
    said = _MARKS.sub("", name)
    if all(_MARKS.sub("", part) in said for part in kept):
        return scorer
    return replace(scorer, requirements=("，".join(kept + [name]),))
