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

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .model import Scorer

_SITUATION_KINDS = frozenset({"WORD", "DE", "AND", "EXCEPT", "SUF", "NOUN", "BY", "CMP", "OTHER", "REF"})
# 如…，此项不得分 / …的，该项不得分: the words around the situation, not part of it
_OPENING = lazy_compile(r"^(?:如果|如|若|凡)")
_CLOSING = lazy_compile(r"[,，]?(?:则)?(?:此项|该项|本项|本指标|该指标|此项指标|该项指标)?(?:均)?(?:不得分|不计分|不记分|不予计分|不给分)$")
_NEGATED = lazy_compile(r"未|没有|无(?!论)|不(?!得分|计分|记分|予计分|给分)")  # 实施计划无针对性的: a requirement not met
_REST_OF_CHOICE = lazy_compile(r"^(?:否则|其他|其余|其它|以上|上述|前述|均|都|全部|反之)")


@dataclass(frozen=True)
class ZeroSituations:
    """A rule read from the clauses left, and the situations (in the criterion's words) that zero it."""

    scorer: Scorer
    situations: tuple[str, ...]

    def zeroing(self, stated: str | None) -> str:
        """The one zeroing condition of the rule: any of the situations (and any 如存在…此项不得分 stated apart)."""
        return "或".join(([stated] if stated else []) + list(self.situations))


def _situation(clause: Clause, before: Clause | None) -> tuple[str, Clause | None] | None:
    """The situation a clause zeroes the score in, and the context clause it is named in when the clause is
    only 此项不得分 (村庄有露天焚烧垃圾现象，此项不得分)."""
    if clause.outcome != ("points", 0) or clause.condition is not None or clause.step is not None or clause.per is not None \
            or clause.occurrence is not None or clause.cap is not None or clause.otherwise or clause.unread or clause.manual \
            or clause.reference is not None or not clause.tokens or clause.tokens[-1].kind != "ZERO" \
            or any(t.kind not in _SITUATION_KINDS for t in clause.tokens[:-1]):
        return None
    words = _CLOSING.sub("", _OPENING.sub("", clause.text)).rstrip("，,的")
    if not words:
        if before is None or not before.tokens or before.condition is not None or before.unread or before.scoring \
                or before.definition or before.marker or before.end + 2 < clause.start \
                or any(t.kind not in _SITUATION_KINDS for t in before.tokens):
            return None
        words, named = _OPENING.sub("", before.text).rstrip("，,的"), before
    else:
        named = None
    if len(words) < 3 or _REST_OF_CHOICE.match(words) or re.search(r"\d", words):  # (没有的不得分: no situation named)
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
                and text[previous.end:clause.start].strip() in (",", "，"):
            continue
        before = max((c for c in context if c.end <= clause.start), key=lambda c: c.end, default=None)
        found = _situation(clause, before)
        if found is None:
            continue
        situations.append(found[0])
        dropped.append(clause)
        if found[1] is not None:
            dropped.append(found[1])
    rest = [c for c in scoring if c not in dropped]
    beside = [c for c in context if c not in dropped]
    if not situations or not any(_earns_or_deducts(c) for c in rest) \
            or any([t.kind for t in c.tokens] == ["SCORING"] for c in beside):
        return None  # (…投诉和通报。得分。: the points of the award lost — not a rule to zero)
    return rest, beside, tuple(situations)


def split_leading_situation(scoring: list[Clause], context: list[Clause]) -> tuple[list[Clause], list[Clause], tuple[str, ...]] | None:
    """未建立防火委员会机构不得分，人员变动未及时调整的扣2分: the first clause is a situation that zeroes the score and
    the rest only deducts — read the deductions alone, the situation zeroing them (never the 0 as the points earned)."""
    situations: list[str] = []
    for clause in scoring:  # 无目标分解的,不得分;无实施计划的,不得分;缺1个单位的计划扣1分: each leading one
        found = _situation(clause, None) if _NEGATED.search(_OPENING.sub("", clause.text)) else None
        if found is None:
            break
        situations.append(found[0])
    rest = scoring[len(situations):]
    if not situations or not _only_deducts(rest):
        return None
    return rest, context, tuple(situations)


def _only_deducts(rest: list[Clause]) -> bool:
    """未建立防火委员会机构不得分，人员变动未及时调整的扣2分: the leading clauses zero the score when what they name is a
    requirement left undone (未/没有/无…) and everything after them only deducts (no points earned that could be the
    same requirement's met side)."""
    return bool(rest) and any(c.per is not None or c.outcome is not None and c.outcome[0] == "minus" or c.manual for c in rest) \
        and not any(_earns(c) or c.otherwise for c in rest)


def _earns(clause: Clause) -> bool:
    """得2分 / 得满分 / 加1分 / 按比例计分: points earned (that could be the leading requirement's met side)."""
    return clause.added is not None or clause.outcome is not None and clause.outcome[0] != "minus" \
        and clause.outcome != ("points", 0)


def _earns_or_deducts(clause: Clause) -> bool:
    """得2分 / 得满分 / 每发现1处扣1分: what the zeroing situations stand beside (two situations that each zero the
    score are not a rule and a situation)."""
    return clause.per is not None or clause.step is not None or clause.outcome is not None and (
        clause.outcome[0] == "minus" or clause.outcome[0] == "points" and clause.outcome[1] != 0)
