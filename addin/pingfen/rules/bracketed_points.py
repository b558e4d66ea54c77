"""Points printed in brackets without 分 after each requirement, then the item's total: ``明确分管档案工作的领导(0.5)
及岗位职责(0.5)。1分``. Each requirement met earns its bracketed points; the brackets must add up to the total written
(0.3 + 0.4 beside 1分 says neither which is wrong nor where the rest lies, and is refused)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.numbers import general_text
from .clauses import Clause
from .errors import Unplaced
from .model import Checklist


def bracketed_points(scoring: list[Clause], context: list[Clause]) -> Checklist | None:
    if len(scoring) != 1 or [t.kind for t in scoring[0].tokens] != ["PTS"] or not context:
        return None
    read = _read(scoring, context)
    if read is None:
        loose = next((c for c in context if any(_bare_bracket(c, i) for i in range(1, len(c.tokens) - 1))), None)
        if loose is not None:  # 建立制度(0.5)并严格执行。1分: a requirement without its points beside one with them
            raise Unplaced(loose, "括号中的数值无法确定是否为要点的分值（每个要点都应在括号中写明分值）", certain=True)
    return read


def _bare_bracket(clause: Clause, i: int) -> bool:
    return [t.kind for t in clause.tokens[i - 1:i + 2]] == ["OPEN", "NUM", "CLOSE"] and clause.tokens[i].unit == "" \
        and clause.tokens[i] in clause.unread


def _read(scoring: list[Clause], context: list[Clause]) -> Checklist | None:
    total = scoring[0].tokens[0].value
    points: list[Decimal] = []
    said: list[str] = []
    for clause in context:
        kinds = [t.kind for t in clause.tokens]
        if clause.condition is not None or clause.scoring or clause.definition or clause.marker and clause is not context[0]:
            return None
        bracketed = [i for i in range(1, len(kinds) - 1) if _bare_bracket(clause, i)]
        if len(clause.unread) != len(bracketed) or any(clause.tokens[i] not in clause.unread for i in bracketed):
            return None
        start = 0
        for i in bracketed:
            words = "".join(t.text for t in clause.tokens[start:i - 1] if t.kind not in ("OPEN", "CLOSE"))
            words = re.sub(r"^(?:及|并能|并且|并|和|且|以及|、)", "", words)
            if not words or any(t.kind not in ("WORD", "DE", "AND", "BY") for t in clause.tokens[start:i - 1]):
                return None
            said.append(words)
            points.append(clause.tokens[i].value)
            start = i + 2
        if start < len(clause.tokens):
            return None  # words after the last bracket: a requirement without its points
    if len(points) < 2:
        return None
    if sum(points, Decimal(0)) != total:
        raise Unplaced(scoring[0], f"括号中各要点的分值合计{general_text(sum(points, Decimal(0)))}分，与写明的{general_text(total)}分不一致",
                       certain=True)
    return Checklist(points=tuple(points), requirements=tuple(said))
