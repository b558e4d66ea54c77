"""Degrees of reaching a target the evaluator judges: ``完全达到目标得满分；大部分达到得分值的70%；部分达到得分值的40%；未达到
不得分`` / ``达到指标值得满分；基本达到得60%；未达到不得分``. Beside 基本达到 / 大部分达到 / 部分达到 — degrees no number
measures — 达到目标 is the best of those degrees, a grade named 达到 (完全达到), not the actual value at or over the target
entered: one reading of it as a level would score the best grade from figures and leave the others to a judgement it
cannot make. The target's name goes (达到目标 → 达到), so that the options read as one grading.

Only where a degree option scores (基本达到得… / 部分达到的得…) and the target reached scores 满分 or points of its own.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_DEGREE = lazy_compile(r"(?:基本|大部分|大部|部分)达到(?:的)?(?:得|计|记)")
_TARGET_REACHED = lazy_compile(r"(?<![基分未不没])((?:完全|全部)?达到)(?:年度)?(?:预期)?(?:目标值|目标|指标值)(?=(?:的)?(?:得|计|记))")


def degrees_as_grades(text: str) -> str:
    """``完全达到目标得满分;大部分达到得…`` → ``完全达到得满分;大部分达到得…``."""
    if not _DEGREE.search(text):
        return text
    return _TARGET_REACHED.sub(r"\1", text)
