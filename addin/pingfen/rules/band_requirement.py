"""Bands that each need a state in words as well: ``…的项目超过80%、70%和60%，且运行管护效果良好，分别得6分、4分和2分。
…不足60%，或运行管护效果较差，不得分``. Each band's level is followed by the same ``且<state>，得N分``; the bands are read
as written and the state is a requirement of all of them (``Piecewise.required``): not met, the item scores 0.

Only this shape is read: every band that awards points names the same state after 且 (并且/同时), the level just
before it in a clause of its own; a state said for some bands only would leave the others' requirement unsaid.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .model import Scorer
from .piecewise import Piecewise

# 且运行管护效果良好，得6分: the state (group 1) and the award after it
_AND_STATE = lazy_compile(r"(?:且|并且|同时)([\u4e00-\u9fff“”]{2,20}?)的?[,，](?:则)?(?:得|计|记)\d+(?:\.\d+)?分")


def _state(clause: Clause) -> str | None:
    if clause.condition is not None or clause.unread or clause.step is not None or clause.per is not None \
            or clause.outcome is None or clause.outcome[0] != "points" or not clause.outcome[1]:
        return None
    kinds = [t.kind for t in clause.tokens]
    if kinds[-2:] != ["VERB", "PTS"] or not set(kinds[:-2]) <= {"AND", "WORD", "DE"}:
        return None
    found = _AND_STATE.fullmatch(clause.text)
    return found.group(1) if found else None


def compose_band_requirement(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    from .formula_shape import BareFormula
    from .piecewise_reading import compose_piecewise

    merged: dict[int, Clause] = {}  # the level's start: the band with its award
    used: list[Clause] = []
    states: set[str] = set()
    for clause in scoring:
        state = _state(clause)
        if state is None:
            continue
        level = next((c for c in context if c.end < clause.start and clause.start - c.end <= 1), None)
        if level is None or level.condition is None or level.has_outcome or level.unread or level.step is not None:
            return None
        states.add(state)
        used += [level, clause]
        merged[clause.start] = replace(clause, text=level.text + "，" + clause.text, start=level.start,
                                       tokens=level.tokens + clause.tokens, condition=level.condition, label=level.label,
                                       marker=level.marker)
    if not merged or len(states) != 1:
        return None
    awarded = [c for c in scoring if c.outcome is not None and c.outcome[0] == "points" and c.outcome[1]]
    if any(c.start not in merged for c in awarded):
        return None  # a band without the state: is it needed there too?
    bands = [merged.get(c.start, c) for c in scoring]
    rest = [c for c in context if c not in used]
    try:
        scorer = compose_piecewise(bands, rest, text)
    except BareFormula:  # …得3分;得分=否则不计分: a formula among the bands is not this reading's (fuzz seed 1)
        return None
    (state,) = states
    state = re.sub(r"[“”]", "", state)
    if not isinstance(scorer, Piecewise) or scorer.gate is not None or scorer.required not in (None, state) \
            or scorer.kind not in ("bands", "threshold") \
            or scorer.implied_max() is None or any(c.outcome == ("points", Decimal(0)) and c.condition is None and not c.otherwise for c in scoring):
        return None
    # (not met, the item scores 0: the 否则不得分 its 规范写法 says)
    return replace(scorer, required=state, stated_otherwise=True)
