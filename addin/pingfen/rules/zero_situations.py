"""Situations that zero the indicator, written among its scoring clauses: ``…得2分。强制险缺失或不足额的，不得分；
其他保险缺失的，每发现1项扣1分，扣完为止`` / ``…每发生1次投诉扣0.5分，扣完为止；发生通报，不得分`` / ``3.没有按国库管理
制度规定拨付的，不得分``. Beside a rule that reads without them (a full-mark statement and its deductions),
each such clause is a situation the evaluator answers yes or no: while one holds the score is 0. They
become the rule's zeroing condition (``zeroed``), as ``如存在…此项不得分`` does.

A clause is such a situation only when it is words and 不得分 and nothing else: no number, no comparison,
no step, no 否则/其他 (those are the rest of a choice or of bands, read with them).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced
from .fault_kinds import Fault, FaultKinds
from .model import ItemFailures, Scorer
from .other_matters import other_matters

_SITUATION_KINDS = frozenset({"WORD", "DE", "AND", "EXCEPT", "SUF", "NOUN", "BY", "CMP", "OTHER", "REF"})
# 如…，此项不得分 / …的，该项不得分: the words around the situation, not part of it
_OPENING = lazy_compile(r"^(?:如果|如|若|凡)")
_CLOSING = lazy_compile(r"[,，]?(?:则)?(?:此项|该项|本项|本指标|该指标|此项指标|该项指标|本项指标)?(?:均)?(?:不得分|不计分|不记分|不予计分|不给分"
                       r"|(?:扣|扣除|扣减|扣完|取消)(?:该项|本项|该小项|该小类|本小类|该指标|本指标)?(?:基本分值|基本分|分|分值|全部分值|得分))"
                       r"(?:\((?:实行)?[“\"]?一票否决[”\"]?\))?$")  # 扣完该项分值 / 不得分(实行“一票否决”)
_NEGATED = lazy_compile(r"未|没有|无(?!论)|不(?!得分|计分|记分|予计分|给分)")  # 实施计划无针对性的: a requirement not met
# 隐报、瞒报、袒护 / 截留、挪用 / 弄虚作假: a wrongdoing named, which the zeroing sentence runs on from
_WRONGDOING = lazy_compile(r"未|不|没有|无|瞒|隐|虚|假|违|擅自|截留|挪用|挤占|套取|骗|袒护|说情|拒|冒")
_POINT_ITSELF = lazy_compile(r"该(?:评价)?要点(?:均)?(?:不得分|不计分|不记分|不给分|得0分|计0分)$")  # not 此项: the point
_CLOSER_ONLY = lazy_compile(r"(?:本|该|此)(?:项|指标)")  # 本项指标(不得分): a closing word, no situation of its own
_UNDONE = lazy_compile(r"(?:不|未)(?:交|报|建|做|写|订|签|办|送|缴)")  # 不交 / 未报: what is not done, in two characters
_REST_OF_CHOICE = lazy_compile(r"^(?:否则|其他|其余|其它|以上|上述|前述|均|都|全部|反之)")
# 有乱收费行为的不得分: a fault said to occur (年度内发生…安全事故的: in the period evaluated)
_HAPPENS = lazy_compile(r"^(?:年度内|年内|全年|当年|本年度|评价期内|考核期内)?(?:有|存在|发生|出现|发现)")
_FOUND_WRONGDOING = lazy_compile(r"^(?:如|若)?(?:有|存在|发生|出现|发现|经查)?[\u4e00-\u9fff]{0,6}?(?:弄虚作假|虚报|瞒报|造假|伪造|虚假|套取|骗取|截留|挪用|挤占)")
_DEFICIENT = lazy_compile(r"缺|漏|错|乱|丢失|遗失|损坏|超标|逾期|迟报|迟交")  # 值班记录缺失的: what is missing or wrong


@dataclass(frozen=True)
class ZeroSituations:
    """A rule read from the clauses left, and the situations (in the criterion's words) that zero it."""

    scorer: Scorer
    situations: tuple[str, ...]
    restates: bool = False  # the situations are the one stated apart, named (发生的 → 发生重大药品安全事件的)

    def zeroing(self, stated: str | None) -> str:
        """The one zeroing condition of the rule: any of the situations (and any 如存在…此项不得分 stated apart)."""
        return "或".join(([stated] if stated and not self.restates else []) + list(self.situations))

    def holding(self, scorer: Scorer) -> ZeroSituations:
        """The same situations zeroing another reading of the clauses they were said beside."""
        return ZeroSituations(scorer, self.situations, self.restates)


def _situation(clause: Clause, before: Clause | None) -> tuple[str, Clause | None] | None:
    """The situation a clause zeroes the score in, and the context clause it is named in when the clause is
    only 此项不得分 (村庄有露天焚烧垃圾现象，此项不得分)."""
    if clause.outcome != ("points", 0) or clause.condition is not None or clause.step is not None or clause.per is not None \
            or clause.occurrence is not None or clause.cap is not None or clause.otherwise or clause.unread or clause.manual \
            or clause.reference is not None or not clause.tokens or clause.tokens[-1].kind != "ZERO" \
            or any(t.kind not in _SITUATION_KINDS for t in clause.tokens[:-1]):
        return None
    if _POINT_ITSELF.search(clause.text):
        return None  # 不符合的该要点不得分: the point loses its own points, the item keeps the others'
    words = _CLOSING.sub("", _OPENING.sub("", clause.text)).rstrip("，,的")
    if not words:
        if before is None or not before.tokens or before.condition is not None or before.unread or before.scoring \
                or before.definition or before.marker or before.end + 2 < clause.start \
                or any(t.kind not in _SITUATION_KINDS for t in before.tokens):
            return None
        words, named = _OPENING.sub("", before.text).rstrip("，,的"), before
    else:
        named = None
    if (len(words) < 3 and not _UNDONE.fullmatch(words)) or _REST_OF_CHOICE.match(words) or re.search(r"\d", words):
        # (没有的不得分: no situation named; 不交不得分 names the hand-in not done)
        return None
    return words, named


def split_zero_situations(scoring: list[Clause], context: list[Clause],
                          text: str) -> tuple[list[Clause], list[Clause], tuple[str, ...]] | None:
    """The scoring and context clauses without the zeroing situations, and the situations; None when there
    are none, or nothing else scores. The first scoring clause is never one (it states what earns the points),
    nor one said after an award with only a comma between (…面积不少于20平方米，得3分，没有台账不得分: it may be
    that item's own unmet side as well as the whole indicator's)."""
    situations: list[str] = []
    dropped: list[Clause] = []
    for previous, clause in zip(scoring, scoring[1:]):
        if previous.outcome is not None and previous.outcome[0] == "points" and previous.outcome[1] != 0 \
                and text[previous.end:clause.start].strip() in (",", "，") \
                and not (previous.condition is not None and _FOUND_WRONGDOING.match(clause.text)) \
                and not _unmet_award_of_whole(previous, clause, scoring):
            # (完成率≥90%得3分，发现弄虚作假的不得分: a wrongdoing found after a level — whose unmet side is the level's
            # complement, never words — zeroes the whole)
            continue
        before = max((c for c in context if c.end <= clause.start), key=lambda c: c.end, default=None)
        found = _situation(clause, before)
        if found is None:
            continue
        refuse_same_shortfall(clause, found[0], scoring)
        refuse_own_measure_unmet(clause, found[0], scoring)
        run = said_before(clause, context, text) if found[1] is None and not _CLOSER_ONLY.match(found[0]) else []
        situations.append("，".join([c.text.rstrip("，,的") for c in run] + [found[0]]))  # 隐报、瞒报…,拒不配合执法行动的,该项不得分
        dropped.extend(run)
        dropped.append(clause)
        if found[1] is not None:
            dropped.append(found[1])
    rest = [c for c in scoring if c not in dropped]
    beside = [c for c in context if c not in dropped]
    if not situations or not any(_earns_or_deducts(c) or c.manual or c.tiers for c in rest + beside) \
            or any([t.kind for t in c.tokens] == ["SCORING"] for c in beside):
        return None  # (…投诉和通报。得分。: the points of the award lost — not a rule to zero)
    return rest, beside, tuple(situations)


def _unmet_award_of_whole(award: Clause, zero: Clause, scoring: list[Clause]) -> bool:
    """建立台账得2分,未建立台账不得分,台账每缺1项扣0.5分: the award is the whole item's points (the first scoring clause,
    every later one only deducts from it, counting items, not days late nor % short) and the zero says its own words not done (未建立台账
    after 建立台账), so the zero is the item's as well as the award's — both sides say 0, and the deductions are taken
    from the award. Never a zero naming something else (未建立制度 after 建立台账) nor only 未完成/没有 (which the
    deductions' shortfall may be too)."""
    later = scoring[scoring.index(zero) + 1:]
    if award is not scoring[0] or award.condition is not None or award.per is not None or award.step is not None \
            or zero.condition is not None or zero.otherwise or zero.step is not None or not later:
        return False
    if not all((c.outcome is None or c.outcome[0] == "minus") and not (c.step and c.step[2] in _TIME_UNITS) for c in later) \
            or not any(c.per is not None or (c.outcome is not None and c.outcome[0] == "minus") for c in later):
        return False
    situation = zero.text[:zero.tokens[-1].start - zero.start] if zero.tokens else zero.text
    undone = _UNDONE_OWN.fullmatch(situation.rstrip("的者,，"))
    if undone is None or undone.group(1) not in award.words():
        return False
    if _DEGREE.search(undone.group(1)):
        raise Unplaced(zero.text, f"“{zero.text}”与逐项扣分说的是同一种不足：少一项（一次）时既是“{undone.group()}”（不得分），"
                                  "又是按项扣分，没有写明按哪一种计分", certain=True)
    rest = award.words().replace(undone.group(1), "", 1)
    # (制定方案并组织实施得3分,…每少实施1项扣1分: the joined requirement is what the deductions count)
    if _JOINED.match(rest) and not any(rest[i:i + 2] in c.text for c in later for i in range(1, len(rest) - 1)):
        raise Unplaced(award.text, f"“{award.text}”中“{rest[1:]}”没有写明未做到时如何扣分（不得分只说了“{undone.group()}”）",
                       certain=True)
    return True


def refuse_same_shortfall(zero: Clause, situation: str, scoring: list[Clause]) -> None:
    """没有台账、台账不全的不得分,台账每缺1项扣0.5分: a thing said incomplete zeroes the score, and each item of the same
    thing missing is deducted — one item missing is both, so 0 and the points less one step would both read it."""
    for part in re.split(r"[、，,或及和]", situation):
        incomplete = _INCOMPLETE.search(part)
        if incomplete is None or len(thing := _THING_LEAD.sub("", part[:incomplete.start()])) < 2:
            continue
        # (资料不齐全的不得分,每缺1项扣0.5分: each missing one of nothing else named is of what is said incomplete)
        counting = next((c for c in scoring if c is not zero and _COUNTS_MISSING.search(c.text)
                         and (thing in c.text or _COUNTS_MISSING.match(c.text.lstrip("每")))), None)
        if counting is not None:
            raise Unplaced(zero.text, f"“{part}”与“{counting.text}”说的是同一种不足：少一项时既是“{part}”（不得分），"
                                      "又是按项扣分，没有写明按哪一种计分", certain=True)


def refuse_own_measure_unmet(zero: Clause, situation: str, scoring: list[Clause]) -> None:
    """完成率100%得4分，每少1%扣0.2分，未完成计划的不得分: the plan not completed is the completion rate short of 100% —
    the very shortfall the steps (or the lower bands) price, so 90% would be both 4 − 10 × 0.2 = 2 and 0. Once read as a
    situation the evaluator answers (90% scored 2 unless 是 was entered). Refused naming the zero and the step it
    contradicts; a situation naming something of its own (项目未完成验收, 未完成整改) is no measure's, and 未完成 alone
    closes bands of counts done (完成2个的得2.5分；…未完成的不得分: none done)."""
    if not _OWN_MEASURE_UNMET.fullmatch(situation):
        return
    others = [c for c in scoring if c is not zero]
    measured = next((c for c in others if c.step is not None), None) \
        or next((c for c in others if c.condition is not None), None)
    if measured is not None:
        raise Unplaced(zero.text, f"“{situation}”就是计分的完成情况未达到：未完成时既按“{measured.text}”计分，又不得分，"
                                  "没有写明按哪一种计分", certain=True)


# 未完成计划 / 未达到年度目标 / 没有完成任务: the measured completion short, in words and nothing else
_OWN_MEASURE_UNMET = lazy_compile(r"(?:未|没有|没)(?:完成|达到|达标|实现)(?:年度|全年|当年|本年度?)?(?:计划|任务|目标|指标)(?:值|数|任务)?")


# 台账不全 / 资料不完整 / 档案缺失: the thing said incomplete (其: of what is said before, left unnamed)
_INCOMPLETE = lazy_compile(r"(?:不全|不完整|不齐全|不齐|不完善|不健全|缺失|缺项|缺漏)$")
_THING_LEAD = lazy_compile(r"^(?:如|若|如果|有|存在|发现|出现)")
# 每缺1项 / 缺少1本 / 每少一份: each item of it missing, counted
_COUNTS_MISSING = lazy_compile(r"(?:缺|少|漏|缺少|缺失)(?:\d+|一)(?:项|个|本|份|类|种|条|件|册|张|套|卷|次)")


# 未建立台账 / 没有单独公开: what is not done, its words (two characters or more, not 完成/达到 alone)
_UNDONE_OWN = lazy_compile(r"(?:未|没有|无)(?!(?:完成|达到|达标|到位|做到|落实|符合|满足|实现|执行|合格)$)([\u4e00-\u9fff]{2,12})")
# words of how fully or when it is done (未按时完成整改 / 未全部整改到位 / 未足额发放 / 未建立健全台账): one item short is
# that too, so 0 and the award less one step would both read it
_DEGREE = lazy_compile(r"按时|按期|及时|如期|准时|全部|全面|足额|健全|到位|齐全|完整|完成|规范|定期")
# 建立台账并定期更新得2分 after 未建立台账不得分: a second requirement joined in the award, priced by nothing
_JOINED = lazy_compile(r"[并且及和]")
# steps in days late or in % short measure how far the award was missed — which its unmet side (未按时 / 未到位) is too
_TIME_UNITS = frozenset({"天", "日", "个工作日", "工作日", "月", "个月", "年", "周", "小时", "%", "个百分点", "百分点"})


def split_leading_situation(scoring: list[Clause], context: list[Clause]) -> tuple[list[Clause], list[Clause], tuple[str, ...]] | None:
    """未建立防火委员会机构不得分，人员变动未及时调整的扣2分: the first clause is a situation that zeroes the score and
    the rest only deducts — read the deductions alone, the situation zeroing them (never the 0 as the points earned)."""
    situations: list[str] = []
    for clause in scoring:  # 无目标分解的,不得分;无实施计划的,不得分;缺1个单位的计划扣1分: each leading one
        found = _situation(clause, None) if _names_fault(clause) else None
        if found is None:
            break
        refuse_same_shortfall(clause, found[0], scoring)
        situations.append(found[0])
    rest = scoring[len(situations):]
    if not situations or not _only_deducts(rest):
        return None
    return rest, context, tuple(situations)


def _names_fault(clause: Clause) -> bool:
    return zeroing_situation(clause.text) is not None


def zeroing_situation(text: str) -> str | None:
    """无实施计划的(,不得分) / 有乱收费行为的 / 存在截留的: the words when they name a requirement left undone, a
    wrongdoing or a fault said to occur — never what earns the points."""
    words = _CLOSING.sub("", _OPENING.sub("", text))
    return words.rstrip("，,的") if bool(_NEGATED.search(words) or _WRONGDOING.search(words) or _HAPPENS.match(words) or _DEFICIENT.search(words)) else None


def situations_only(scoring: list[Clause], context: list[Clause]) -> FaultKinds | None:
    """无年度计划的,不得分;计划未以正式文件颁发的,不得分: every scoring clause a fault that zeroes the item (two or more;
    one alone is read as ItemFailures) — full points unless any of them occurs, each answered on its own (its count,
    or met / not met)."""
    situations: list[str] = []
    points = _stated_points(scoring)  # 满分4分；…: the 分值 said before them
    if points is not None:
        scoring = scoring[1:]
    for clause in scoring:
        before = max((c for c in context if c.end <= clause.start), key=lambda c: c.end, default=None)
        found = _situation(clause, before) if clause.text.strip("，,的") else None
        if found is None or not (_names_fault(clause) or found[1] is not None and _names_fault(found[1])):
            return None
        situations.append(found[0])
    if len(situations) < (1 if points is not None else 2) or len(set(situations)) < len(situations):
        return None  # (one alone, no 满分 said: ItemFailures reads it)
    return FaultKinds(tuple(Fault(words, Decimal(0), once=True, zeroes=True) for words in situations),
                      award=None if points is None else ("", points))


def _stated_points(scoring: list[Clause]) -> Decimal | None:
    """满分为4分 first: the points the situations zero (as FaultKinds writes them back)."""
    from .item_deductions import _STATED_FULL

    stated = _STATED_FULL.fullmatch(scoring[0].text) if len(scoring) > 1 else None
    return Decimal(stated.group(1)) if stated is not None else None


def _only_deducts(rest: list[Clause]) -> bool:
    """未建立防火委员会机构不得分，人员变动未及时调整的扣2分: the leading clauses zero the score when what they name is a
    requirement left undone (未/没有/无…) and everything after them only deducts (no points earned that could be the
    same requirement's met side)."""
    return bool(rest) and any(c.per is not None or c.outcome is not None and c.outcome[0] == "minus" or c.manual for c in rest) \
        and not any(_earns(c) or c.otherwise and not other_matters(c) for c in rest)  # (其他材料每缺一份: no 否则)


def _earns(clause: Clause) -> bool:
    """得2分 / 得满分 / 加1分 / 按比例计分: points earned (that could be the leading requirement's met side)."""
    return clause.added is not None or clause.outcome is not None and clause.outcome[0] != "minus" \
        and clause.outcome != ("points", 0)


def _earns_or_deducts(clause: Clause) -> bool:
    """得2分 / 得满分 / 每发现1处扣1分: what the zeroing situations stand beside (two situations that each zero the
    score are not a rule and a situation)."""
    return clause.per is not None or clause.step is not None or clause.outcome is not None and (
        clause.outcome[0] == "minus" or clause.outcome[0] == "points" and clause.outcome[1] != 0)


def said_before(clause: Clause, context: list[Clause], text: str) -> list[Clause]:
    """隐报、瞒报或对违法行为袒护、说情,拒不配合执法行动的,该项不得分: the situations in words run into the zeroing one,
    comma by comma back to the sentence's start (its marker) — all of them zero the item, not the last alone."""
    run: list[Clause] = []
    at = clause.start
    for earlier in sorted((c for c in context if c.end <= at), key=lambda c: -c.end):
        if text[earlier.end:at].strip() not in (",", "，") or not earlier.tokens or earlier.condition is not None \
                or earlier.unread or earlier.scoring or earlier.definition \
                or any(t.kind not in _SITUATION_KINDS for t in earlier.tokens) or re.search(r"\d", earlier.text) \
                or not _WRONGDOING.search(earlier.text):
            break  # (建立制度,明确职责,未建立的,该项不得分: the requirement before its breach is no part of it)
        run.insert(0, earlier)
        at = earlier.start
        if earlier.marker:
            break
    return run


def joined_situations(scorer: Scorer, zeroing: str | None, said: str, at: int) -> tuple[Scorer, str | None]:
    """未建立台账的,此项不得分;台账未经签字的,不得分: the situation said with 此项 (taken out first, as 如存在…此项不得分
    is) and the others that zero the item are one list of situations, each answered on its own and in the order written
    (``at``: where the one with 此项 stood, taken out of ``said``)."""
    if zeroing is None:
        return scorer, zeroing
    if isinstance(scorer, ItemFailures) and scorer.per is None and scorer.situation and scorer.base is None \
            and scorer.zero_at is None and not scorer.printed:
        others = [scorer.situation]
    elif isinstance(scorer, FaultKinds) and scorer.faults and all(f.zeroes for f in scorer.faults):
        others = [f.what for f in scorer.faults]
    else:
        return scorer, zeroing
    index = sum(1 for what in others if 0 <= said.find(what) < at)
    others.insert(index, zeroing)
    return FaultKinds(tuple(Fault(what, Decimal(0), once=True, zeroes=True) for what in others)), None
