"""A level that compares the two quantities its formula divides: ``实际单位成本≤计划单位成本得满分（3分）；超出的，得分=计划
单位成本/实际单位成本×3`` / ``实际拨付数达到应拨付数得2分，否则得分=实际拨付数/应拨付数×2``.

The level holds exactly where the formula reaches the level's points (the ratio whole or better), so the level says
nothing the formula does not: the rule is the formula, capped at the level's points (its quantities entered by name, as
any formula's are). Read so only when the level's two sides are the formula's two names (a name's 数 may be left
off: 预算 / 预算数), the formula names nothing else but the 分值, and working it out confirms it — the formula gives at
least the level's points where the level holds, exactly them where the two quantities are equal, and less where it
fails. A level naming other quantities (农村低保标准达到省定最低指导标准 beside 当地标准/省定标准: the same ones by other
names? the reader cannot tell) or a formula that gives other points at the level is left unread.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from .clauses import Clause
from .formula import FULL_NAMES, FNode, formula_names, parse_formula, points_multiplied, worked_out
from ..text.numbers import general_text
from .errors import RuleError, Unplaced
from .model import Formula, Scorer

# the level: [按] A  CMP  B  [的]  得|计|记  N分|满分  [(N分)]
_LEVEL_TAIL = (("VERB", "PTS"), ("VERB", "FULL"), ("VERB", "FULL", "OPEN", "PTS", "CLOSE"))
# the other side: 否则 / 未达到的 / 超出的 / 超过的, then the formula
_SIDE_KINDS = frozenset({"OTHER", "CMP", "DE", "SEP"})


def compose_level_of_ratio(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    if len(scoring) != 2:
        return None
    level, formula_clause = scoring
    if formula_clause.outcome is None or formula_clause.outcome[0] != "formula" or level.start > formula_clause.start:
        return None
    if level.condition is not None:
        return None  # 实际支出不超过预算的得2分: a reference the target is entered for (预算), read with the bands
    if level.outcome is None or level.outcome[0] != "points" or level.otherwise or level.unread or level.step is not None \
            or level.per is not None or level.cap is not None or formula_clause.unread or formula_clause.cap is not None:
        return None
    sides = _compared(level)
    if sides is None:
        return None
    opening = next((i for i, t in enumerate(formula_clause.tokens) if t.kind in ("SCORE_IS", "BY")), None)
    if opening is None or not all(t.kind in _SIDE_KINDS for t in formula_clause.tokens[:opening]):
        return None  # (a number or a word before the formula: a band of its own, not the level's other side)
    if not formula_clause.otherwise and not any(t.kind == "CMP" for t in formula_clause.tokens[:opening]):
        return None
    try:
        tree = parse_formula(formula_clause.outcome[1])
    except RuleError:
        return None
    first, op, second = sides
    names = formula_names(tree) - set(FULL_NAMES)
    named = {_as_named(first, names), _as_named(second, names)}
    if None in named or named != names or len(names) != 2:
        return None
    award = level.outcome[1]
    multiplied = points_multiplied(tree)
    points = award if award is not None else multiplied
    if award is not None and multiplied is not None and multiplied != award:
        # 实际拨付数达到应拨付数得2分，否则得分=实际拨付数/应拨付数×3: 95% paid scores 2.85, above paying in full
        raise Unplaced(level, f"条件成立时得{general_text(award)}分，而公式在两者相等时得{general_text(multiplied)}分，"
                              "本项分值是哪一个没有写明", certain=True)
    if not _confirmed(tree, _as_named(first, names), op, _as_named(second, names), points):  # type: ignore[arg-type]
        # 实际单位成本≥计划单位成本得满分；超出的，得分=计划单位成本/实际单位成本×3: full marks one way, the ratio the other
        raise Unplaced(level, "得满分的条件与计分公式不一致（公式在该条件成立时得分低于满分，或在不成立时得满分）", certain=True)
    return Formula(formula_clause.outcome[1], tree, cap=points)


def _compared(level: Clause) -> tuple[str, str, str] | None:
    """(A, the comparison, B) of ``A≤B得满分`` / ``按A达到B的得2分``, or None when the level is anything else."""
    tokens = list(level.tokens)
    if tokens and tokens[0].kind == "BY":
        tokens = tokens[1:]
    kinds = [t.kind for t in tokens]
    if len(tokens) < 5 or kinds[0] != "WORD" or kinds[1] != "CMP" or kinds[2] not in ("WORD", "REF"):
        return None
    tail = kinds[4:] if kinds[3] == "DE" else kinds[3:]
    if tuple(tail) not in _LEVEL_TAIL or tokens[1].value not in (">=", "<="):
        return None
    return tokens[0].text, tokens[1].value, tokens[2].text


def _as_named(side: str, names: set[str]) -> str | None:
    """The formula's name the level's side is: itself, or with its 数 left off (实际支出 / 实际支出数)."""
    return next((name for name in sorted(names) if side == name or side + "数" == name or side == name + "数"), None)


def _confirmed(tree: FNode, first: str, op: str, second: str, points: Decimal | None) -> bool:
    """The formula, worked out, is the level's points at the level and the cap where it holds, less where it fails."""
    full = points if points is not None else Decimal(7)
    for small, large in ((Decimal(3), Decimal(7)), (Decimal(5), Decimal(11))):
        equal = worked_out(tree, _values(first, large, second, large, full))
        if equal is None or equal != full:
            return False
        for one, other in ((small, large), (large, small)):
            holds = one >= other if op == ">=" else one <= other
            value = worked_out(tree, _values(first, one, second, other, full))
            if value is None or (value < full if holds else value >= full):
                return False
    return True


def _values(first: str, one: Decimal, second: str, other: Decimal, full: Decimal) -> Callable[[str], Decimal | None]:
    values = {first: one, second: other}
    return lambda name: full if name in FULL_NAMES else values.get(name)
