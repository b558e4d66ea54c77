"""The target reached earning 满分, a second level below it earning fewer points, and steps deducted off the same target:
``达标得满分，未达标得6分；每低于达标线1个百分点扣1分`` (also 不达标 / 基本达标 / 部分达标 / 基本达到目标值 / 达到90%得6分).
Read, the second level's points replaced the 满分, or its band (≥90%, ≥目标值) covered the target too: 99% against a 98%
line scored 6 instead of 10. Below the line, is it 6 flat, 6 less the steps, or 满分 less the steps? Not written:
refused, naming the second level."""

from __future__ import annotations

from .errors import Unplaced
from ..text.lazy_regex import lazy_compile

_TARGET = r"(?:目标值|达标线)"
_TOP = lazy_compile(r"(?:达到目标值|达标)的?得(?:满分|\d+(?:\.\d+)?分)")
# (达标得满分，未达标得0分 zeroes below the line: no second level of points)
_SECOND = lazy_compile(r"(?:(?:未|不|没有|基本|部分)(?:达到目标值|达标)|达到\d+(?:\.\d+)?%)的?得(?!0分)\d+(?:\.\d+)?分")
_STEPS = lazy_compile(r"每(?:低于|高于|超过|超出|少于|低|高|超|少)" + _TARGET + r"\d+(?:\.\d+)?%")


def refuse_second_level_beside_steps(text: str) -> None:
    top = _TOP.search(text)
    if top is None or not _STEPS.search(text):
        return
    second = _SECOND.search(text, top.end())
    if second is None:
        return
    raise Unplaced(second.group(),
                   f"“{top.group()}”之外又写了“{second.group()}”，并按偏离目标值的幅度扣分：未达到时是得这一档的分值、"
                   "从这一档再扣分，还是从满分扣分，没有写明", certain=True)
