"""“优秀”得4分，“合格”得3分，“基本合格”得2分，“不合格”得0分。未参加能力验证的按“不合格”计: a case the grades do not
name (a lab that did not take part) given one of them — the grade the evaluator enters for it, never another way of
scoring. The grade entered is what is scored, so the closing sentence is dropped once read: 未参加 enters 不合格, 0.

Only a closing sentence of a thing not done (未参加 / 未参评 / 未提交 …) given a grade the text awards points to before it
(“不合格”得0分 / 不合格的不得分); a grade no award names (按“较差”计 beside 优秀、合格、不合格) stays, and is refused as before.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .respective_grades import GRADE_NAMES

_GRADE = "|".join(sorted(GRADE_NAMES, key=lambda name: (-len(name), name)))
# 未参加能力验证的按“不合格”计 / 未参评的,视为不合格 / 未按时提交的按D级计分
# (未参加考核。的按不合格计: 未参加考核 was cut off as a note that a thing counts for nothing, normalize.py's _NOT_COUNTED)
_DEEMED = lazy_compile(rf"(?<=[。;])(?:对)?(?:未|没有)[\u4e00-\u9fff]{{1,14}}?(?:。(?=的))?的?,?(?:一律|均)?(?:按|视为|视同|作为|以)"
                       rf"“?(?P<grade>{_GRADE})”?(?:等次|等级|档次|档)?(?:计|计分|处理|论|评定|认定)?[。;]?$")


def _awarded(grade: str) -> str:
    """“不合格”得0分 / 不合格的不得分 / 合格等次得3分: ``grade`` given its points (a pattern; any grade for ``_GRADE``)."""
    return (rf"(?<![\u4e00-\u9fffA-Z])“?(?:{grade})”?(?:等次|等级)?(?:的)?,?(?:得|计)(?:\d+(?:\.\d+)?分|满分)"
            rf"|(?<![\u4e00-\u9fffA-Z])“?(?:{grade})”?的?不得分")


def grade_deemed(text: str) -> str:
    """``text`` without a closing sentence giving a case one of the grades its awards name."""
    deemed = _DEEMED.search(text)
    if deemed is None or re.search(_awarded(re.escape(deemed.group("grade"))), text[:deemed.start()]) is None:
        return text
    return text[:deemed.start()].rstrip()


def deemed_unawarded(text: str) -> tuple[str, str] | None:
    """(the sentence, its grade) of a closing 未参加…的按“较差”计 among grades with their points that never name 较差 —
    normalised text, which ``grade_deemed`` left so; None for any other."""
    deemed = _DEEMED.search(text)
    if deemed is None or re.search(_awarded(_GRADE), text[:deemed.start()]) is None:
        return None
    return deemed.group(0).rstrip("。;").replace("。的", "的"), deemed.group("grade")
