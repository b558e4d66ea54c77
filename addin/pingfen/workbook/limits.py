"""Excel's limits on one formula — 8,192 characters, 255 arguments to a function, 64 levels of nested
functions — checked on every formula before a workbook is written: a formula beyond them shows #N/A
or is refused by Excel, WPS and LibreOffice, while the cached value would still look right."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

from ..lazy_dataclass import dataclass
from .plan import CellRef

MAX_LENGTH, MAX_ARGUMENTS, MAX_NESTING = 8192, 255, 64
# what counts toward the limits — function calls, brackets, commas — once texts and quoted sheet names
# (which may hold any of them) are set aside
_QUOTED = re.compile(r"\"(?:[^\"]|\"\")*\"|'(?:[^']|'')+'")
_STRUCTURE = re.compile(r"[A-Za-z_][\w.]*\(|[(),]")


@dataclass(frozen=True)
class Measure:
    length: int  # characters, with the leading "="
    arguments: int  # the most arguments of one function call
    nesting: int  # the deepest nesting of function calls


def measure(formula: str) -> Measure:
    """``formula`` with its leading "="."""
    return Measure(len(formula), *_calls(" ".join(_STRUCTURE.findall(_QUOTED.sub('""', formula[1:])))))


@lru_cache(maxsize=1024)
def _calls(structure: str) -> tuple[int, int]:
    """The most arguments of one call and the deepest nesting of calls in a formula's function calls,
    brackets and commas (``structure``, separated by spaces): the same for every cell that a formula
    is filled down to, so counted once per structure."""
    frames: list[list[int] | None] = []  # a function call's argument count, or None for a bracket
    arguments = nesting = 0
    for token in structure.split(" "):
        if len(token) > 1:  # a function call: name(
            frames.append([1])
            nesting = max(nesting, sum(1 for frame in frames if frame is not None))
        elif token == "(":
            frames.append(None)
        elif token == "," and frames and frames[-1] is not None:
            frames[-1][0] += 1  # type: ignore[index]
        elif token == ")" and frames:
            frame = frames.pop()
            if frame is not None:
                arguments = max(arguments, frame[0])
    return arguments, nesting


def problem(formula: str) -> str | None:
    """What breaks Excel's limits in ``formula``, in Chinese, or None."""
    if len(formula) <= MAX_LENGTH and formula.count("(") <= MAX_NESTING and formula.count(",") < MAX_ARGUMENTS:
        return None  # fewer brackets and commas than the limits: no call can be nested or long enough
    found = measure(formula)
    if found.length > MAX_LENGTH:
        return f"公式长 {found.length} 个字符，超过 Excel 的上限 {MAX_LENGTH}"
    if found.arguments > MAX_ARGUMENTS:
        return f"一个函数有 {found.arguments} 个参数，超过 Excel 的上限 {MAX_ARGUMENTS}"
    if found.nesting > MAX_NESTING:
        return f"函数嵌套 {found.nesting} 层，超过 Excel 的上限 {MAX_NESTING}"
    return None


def beyond_limits(formulas: Mapping[CellRef, str]) -> list[tuple[CellRef, str]]:
    """Every formula of a sheet plan (as ``Layout.formulas`` writes them out) that Excel could not
    hold, with the reason."""
    found = []
    for ref, formula in formulas.items():
        if len(formula) <= MAX_LENGTH and formula.count("(") <= MAX_NESTING and formula.count(",") < MAX_ARGUMENTS:
            continue  # problem()'s first test, without a call for each of a big plan's 30,000 formulas
        reason = problem(formula)
        if reason:
            found.append((ref, reason))
    return found
