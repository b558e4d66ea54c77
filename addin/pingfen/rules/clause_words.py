"""Small readings of an option's or a situation's words that composers of several kinds share: the label of an
option, the points said after a situation, whether the others fail, a ceiling, which labels are rates.
"""

from __future__ import annotations

import re

from .clauses import Clause
from .errors import Unplaced
from .alternative_dropped import ALTERNATIVE_NOTE
from ..text.lazy_regex import lazy_compile

RATE_WORDS = ("率", "占比", "满意度", "安全感", "获得感", "幸福感", "比例", "比重", "得分率", "覆盖面")


def is_rate_label(label: str) -> bool:
    return label.endswith(RATE_WORDS)


def _only_kinds(clause: Clause, kinds: frozenset[str]) -> bool:
    return all(token.kind in kinds for token in clause.tokens)


_CEILING_WORDS = frozenset({"最高", "最多"})


def _ceiling(clause: Clause) -> bool:
    """最高得10分 / 最多2分: the clause states a ceiling, not points earned."""
    return any(t.kind in ("CMP", "WORD") and t.text in _CEILING_WORDS for t in clause.tokens)


_SITUATION_END = lazy_compile(r"[的者,，]+$")


def _option_label(clause: Clause) -> str:
    cuts = [t for t in clause.tokens if t.kind in ("VERB", "PTS", "ZERO", "FULL", "DEDUCT", "SCORE_IS")
            or (t.kind == "SCORING" and t.text == "得分" and (len(clause.tokens) >= 2 and t is clause.tokens[-2]  # …符合要求,得分10分
                                                            # 基本完成的得分不超过3分: the level's score, up to a ceiling
                                                            or len(clause.tokens) >= 3 and t is clause.tokens[-3]
                                                            and clause.tokens[-2].kind == "CMP"))]
    # 获得国家级表彰得5分: the clause opens with a verb of its situation, the score's verb comes later (the name was
    # once cut to nothing: ①（5分）；②（3分）)
    if len(cuts) >= 2 and cuts[0] is clause.tokens[0] and cuts[0].kind == "VERB" and clause.tokens[1].kind == "WORD":
        cuts = cuts[1:]
    cut = cuts[0] if cuts else None
    label = clause.text.split("，")[0] if cut is None else "".join(
        t.text for t in clause.tokens[: clause.tokens.index(cut)] if t.kind != "SEP"
    )
    label = re.sub(r"^(?:如(?!实)|若|评价等级为|等级为|评为|为|等级得分:?)", "", label)  # (如实反映…: 如实, a word)
    # (符合2项标准为2分: 为 says the score; 到位及时 keeps its 时, 违纪行为 its 为, 议事规则 / 实施细则 their 则)
    label = re.sub(r"(?:等级)?(?:的|者|(?<![及按准实适同定临当届超逾延])时|(?<![规原细准法总守])则|(?<![行作认成])为)+$", "", label)
    label = re.sub(r"(?:该项|此项|本项|该指标|本指标)$", "", label)  # 检查结果为合格，该项得20分
    label = re.sub(r"\((?:\d+(?:\.\d+)?-?)?$", "", label)  # 优(12-15分) / 较好(4分): the tier's name before its points
    label = _in_word_notes(label.strip("“”\",，:："), clause.text)
    widened = ALTERNATIVE_NOTE.search(clause.text)
    if widened is not None and widened.group(1) not in label:
        if label and _SITUATION_END.sub("", clause.text[:widened.start()]).endswith(label):
            # 迟报(或漏报)的得1分 / 如没有制定(或向省市上级越级反映问题的)扣2分: a second situation in brackets, once dropped
            # from the name the evaluator answers — kept in it
            return label + widened.group()
        raise Unplaced(clause, f"括号中的“{widened.group(1)}”是另一种情形，会从这一情形中丢掉（只按括号前的文字判断）；"
                               "请把它写进情形本身（如“没有制定或越级反映问题的，扣2分”）", certain=True)
    return label


def _in_word_notes(label: str, text: str) -> str:
    """明确专(兼)职协保人员 / 村(居)委会 / 镇(区)财政: a bracket inside a word is part of what the word names (a full- or
    part-time worker, a village or residents' committee), never a remark: the tokens pass over it as one, and the name
    the evaluator ticks read 明确专职协保人员 — a part-time worker no longer meeting it. Put back where the label holds
    the words on both sides of it."""
    for note in _IN_WORD_NOTE.finditer(text):
        left, right = text[max(0, note.start() - 2):note.start()], text[note.end():note.end() + 2]
        if left + right in label and left + note.group() + right not in label:
            label = label.replace(left + right, left + note.group() + right, 1)
    return label


_IN_WORD_NOTE = lazy_compile(r"(?<=[\u4e00-\u9fff])[(（](?!分[)）])[\u4e00-\u9fff、]{1,4}[)）](?=[\u4e00-\u9fff])")  # ((分): points lost)


def situation_award(clause: Clause) -> bool:
    """资金使用符合规定得4分 / 按期完成得满分: a situation in words and what it earns."""
    kinds = [token.kind for token in clause.tokens]
    if kinds[-3:] == ["VERB", "WORD", "PTS"] and clause.tokens[-2].text == "满":
        kinds = kinds[:-3] + ["VERB", "PTS"]  # 达到合同工期要求的得满30分
    if kinds[-3:] == ["OPEN", "PTS", "CLOSE"] and clause.outcome is not None and clause.outcome[0] == "points":
        # 分工明确，工作开展正常(3分) / 全年无违规的得满分(3分): the points in brackets (满分 said as its number)
        kinds = [k for k in (kinds[:-5] if kinds[-5:-3] == ["VERB", "FULL"] else kinds[:-3]) if k not in ("SEP",)] + ["VERB", "PTS"]
    words = kinds[1:-2] if kinds[:1] == ["BY"] else kinds[:-2]  # 按要求及时报送…的得3分: the manner, then the situation
    if "BY" in words and words[words.index("BY") - 1:words.index("BY")] == ["WORD"]:
        words = [k for k in words if k != "BY"]  # 评价报告严格按照“备注”规定排版印制的，计1分
    # 资金使用规范且无违规支出的得4分: two requirements joined by 且 (并且), both the situation — words on either side
    joined = all(0 < i < len(words) - 1 and words[i - 1] == "WORD" and words[i + 1] in ("WORD", "CMP")
                 for i, kind in enumerate(words) if kind == "AND")
    return kinds[-2:] in (["VERB", "PTS"], ["VERB", "FULL"]) and set(words) <= {"WORD", "DE", "CMP", "AND"} and joined \
        and "WORD" in words and not clause.unread


_RISING = lazy_compile(r"每(?:增加|增长|提高|上升|高出|多)")


def others_fail(clause: Clause) -> bool:
    """其它指标未完成扣1分 / 其余项目不达标的不得分: 其它 and the things named, then their failure before the outcome —
    other indicators or matters failing, not the other side of the level before (否则)."""
    tokens = clause.tokens
    if len(tokens) < 3 or tokens[0].kind != "OTHER" or tokens[0].text not in ("其他", "其它", "其余") or tokens[1].kind != "WORD":
        return False
    outcome = next((t for t in tokens[2:] if t.kind in ("DEDUCT", "ZERO", "VERB", "PTS", "FULL", "MANUAL")), None)
    said = clause.text[tokens[1].start - clause.start:(outcome.start if outcome else clause.end) - clause.start]
    return re.search(r"未|没有|不", said) is not None
