"""pingfen's own recalculation beside LibreOffice's, cell by cell: the comparison the differential
tests and benchmarks/ scripts share. Numbers agree within 1e-9 (relative for large ones); Excel's
known differences from LibreOffice (divergences.yaml) are told apart from real disagreements."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from . import CellKey, Value


@lru_cache(maxsize=1)
def divergences() -> tuple[dict[str, Any], ...]:
    import yaml

    text = resources.files("pingfen.engines").joinpath("divergences.yaml").read_text(encoding="utf-8")
    return tuple(yaml.safe_load(text))


def divergence_texts() -> set[str]:
    """Input texts that Excel and LibreOffice read differently in arithmetic."""
    return {text for entry in divergences() for text in entry.get("texts", ())}


def engine_value(value: Any) -> Value:
    """A pingfen value (Decimal, XlError …) in the engines' common form."""
    from ..rules.evaluate import XlError

    if isinstance(value, XlError):
        return value.code
    if isinstance(value, Decimal):
        return float(value)
    return value  # type: ignore[no-any-return]


def same(mine: Value, theirs: Value) -> bool:
    if mine in (None, "") and theirs in (None, ""):
        return True
    if isinstance(mine, float) and isinstance(theirs, float):
        return abs(mine - theirs) <= 1e-9 * max(1.0, abs(mine), abs(theirs))
    if isinstance(mine, bool) or isinstance(theirs, bool):
        return mine is theirs or (mine == theirs and type(mine) is type(theirs))
    return mine == theirs


@dataclass
class Disagreement:
    cell: CellKey
    pingfen: Value
    libreoffice: Value


def pingfen_workbook_values(path: str | Path) -> dict[CellKey, Value]:
    """Every formula of the file as pingfen's recalc computes it, in the engines' form."""
    from ..workbook.file_values import FileValues
    from ..workbook.sheet_xml import read_cells

    return {ref: engine_value(value) for ref, value in FileValues(read_cells(path)).all().items()}


def cached_values(path: str | Path) -> dict[CellKey, Value]:
    """The value every formula cell of the file holds (as the program that saved it computed it)."""
    from ..workbook.plan import get_column_letter
    from ..workbook.sheet_xml import read_cells

    return {
        (sheet, f"{get_column_letter(column)}{row}"): engine_value(raw.value)
        for sheet, cells in read_cells(path).items() for (row, column), raw in cells.items() if raw.formula is not None
    }


def compare(mine: dict[CellKey, Value], theirs: dict[CellKey, Value]) -> list[Disagreement]:
    return [Disagreement(ref, value, theirs.get(ref)) for ref, value in mine.items() if not same(value, theirs.get(ref))]
