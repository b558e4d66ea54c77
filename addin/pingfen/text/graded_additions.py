"""Grades of one assessment, each adding its points, the rest adding none: ``创新加分（1分）：在全省河湖长制年度考核中获评
优秀等次的加1分，良好等次加0.5分，其他不加分``. The grades exclude one another (one assessment gives one grade), so the
item scores the points of the grade given — the grades' points as 得, what the reader reads as a grade's points
(``…优秀等次的得1分，良好等次得0.5分，其他不得分``): never a list of situations adding up (both ticked, 1.5), nor refused
for the closing 其他不加分. Only a text of such clauses alone (after the item's heading), each naming a grade, the
points falling from the first, and closing with the rest adding nothing."""

from __future__ import annotations

from .lazy_regex import lazy_compile
from .respective_grades import GRADE_NAMES

# (a grade of two characters or more: 中 or 好 alone are parts of other words, 考核中)
_GRADES = "|".join(sorted((name for name in GRADE_NAMES if len(name) >= 2), key=lambda name: (-len(name), name)))  # (length, then text: one pattern in every process)
_ADDED = rf"[^,;。:()]*?(?:{_GRADES})(?:等次|等级|档次)?的?,?加(\d+(?:\.\d+)?)分"
_WHOLE = lazy_compile(rf"^(?P<heading>[^,;。:]{{1,20}}\(\d+(?:\.\d+)?分\):)?(?P<grades>{_ADDED}(?:[,;]{_ADDED})+)"
                      r"[,;](?P<rest>其他|其余|否则|其他等次|其余等次|其他情形)的?不加分。?$")
_EACH = lazy_compile(rf"({_ADDED})")
_POINTS = lazy_compile(r"加(\d+(?:\.\d+)?)分(?=[,;]|$)")


def graded_additions(text: str) -> str:
    whole = _WHOLE.match(text)
    if whole is None:
        return text
    clauses = [found.group(1) for found in _EACH.finditer(whole.group("grades"))]
    points = [float(_POINTS.search(clause).group(1)) for clause in clauses]  # type: ignore[union-attr]
    if any(later >= earlier for earlier, later in zip(points, points[1:])):
        return text  # (a grade below adding as much or more: not one grade's points falling)
    grades = _POINTS.sub(lambda found: f"得{found.group(1)}分", whole.group("grades"))
    return f"{whole.group('heading') or ''}{grades},{whole.group('rest')}不得分。"
