"""A rate entered by name (vars) as a bare number — 满意度 90 beside 满意度≥90%得5分 — read as ``inputs.as_rate`` reads a
bare rate: above 1.5 it is in percent (90 → 90%), else a fraction (0.9 → 90%); never 9000%. A rate entered with its
% sign (90%) is held as the fraction already (``Shape.variable_units`` marks it "%") and is read as entered, so a
completion rate of 160% stays 160%."""

from __future__ import annotations

from ..quantities import PERCENT_POINTS_ABOVE
from .expr import Cmp, Expr, If, Var, div, num


def as_entered_rate(value: Expr) -> Expr:
    """An entered number as a rate, as ``inputs.as_rate`` reads a bare one (45.6 → 0.456, 0.456 → 0.456)."""
    return If(Cmp(">", value, num(PERCENT_POINTS_ABOVE)), div(value, num(100)), value)


def entered_with_percent(shape, name: str) -> bool:  # shape: inputs.Shape
    """Whether the variable ``name`` was entered with its % sign (held as the fraction)."""
    units = shape.variable_units
    return len(units) == len(shape.variables) and units[shape.variables.index(name)] == "%"


def variable_as_rate(shape, name: str) -> Expr:
    """The variable ``name`` read as a rate: as entered when it carried its % sign, else as a bare rate."""
    value = Var(f"v:{name}")
    return value if entered_with_percent(shape, name) else as_entered_rate(value)


__all__ = ["as_entered_rate", "entered_with_percent", "variable_as_rate"]
