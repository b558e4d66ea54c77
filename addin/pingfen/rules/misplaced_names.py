"""Names a list was read with that are no item and no grade: ``每季度按时报送的得0.5分,全年满分2分,…`` read as a 评价要点
named 全年 (or with no name: 本项满分2分) worth 2 — the item's 满分, said between the items; ``评定为优秀、良好、合格和不合格,
分别得10、8、6分`` read as a grade named 合格和不合格 worth 6 — four grades and three points. Both are refused, naming
the words. So is a title with its points standing among numbered points without a number of its own
(``①…得1分;②…得1分;项目立项规范性(4分)…③…得2分``): its points are the others' sum — the item's name and 分值 spliced in
by the copy, once read as a fourth point worth 4 (③ failing still scored full)."""

from __future__ import annotations

from .errors import Unplaced
from .model import Checklist, GradeMap, Scorer
from ..text.lazy_regex import lazy_compile

_WHOLE = lazy_compile(r"(?:全年|全年度|本项|该项|此项|本指标|该指标|总分|满分)?")
_GRADE = r"(?:优秀|优|良好|良|较好|好|合格|不合格|基本合格|中等|中|一般|较差|差)"
_TWO_GRADES = lazy_compile(rf"{_GRADE}(?:和|及|与|或){_GRADE}$")


def refuse_misplaced_names(scorer: Scorer, text: str) -> None:
    if isinstance(scorer, Checklist) and scorer.points and scorer.requirements and "满分" in text:
        whole = next((r for r in scorer.requirements if _WHOLE.fullmatch(r)), None)
        if whole is not None:
            raise Unplaced(whole or "满分", "“全年满分（本项满分）…分”是本项的满分，不是一个评价要点；请写明各要点的分值与满分的关系",
                           certain=True)
    if isinstance(scorer, Checklist) and len(scorer.points) > 2 and len(scorer.requirements) == len(scorer.points):
        _refuse_title_among_points(scorer, text)
    if isinstance(scorer, GradeMap):
        joined = next((name for name, _ in scorer.grades if _TWO_GRADES.search(name)), None)
        if joined is not None:
            raise Unplaced(joined, "两个等级共用一个分数（等级比所列分数多），无法确定各等级的得分", certain=True)


# ① / (1) / 1、 right before a point's words: its list number (a number with a unit or points is none)
_MARKED = lazy_compile(r"(?:[①-⑳]|(?:^|[;；。,，\s)）])(?:\(\d{1,2}\)|\d{1,2}[、.．)]))\s*$")


def _refuse_title_among_points(scorer: Checklist, text: str) -> None:
    """项目立项规范性(4分) among ①…(1分) ②…(1分) ③…(2分): a point written as a bare name and its points in brackets, with
    no list number where every other point has one, worth exactly what the others add up to."""
    for index, (name, points) in enumerate(zip(scorer.requirements, scorer.points)):
        others = [p for i, p in enumerate(scorer.points) if i != index]
        title = f"{name}({points.normalize():f}分)"
        at = text.find(title)
        if points != sum(others) or at < 0:
            continue
        numbered = [bool(_MARKED.search(text[:text.find(other)])) for i, other in enumerate(scorer.requirements)
                    if i != index and text.find(other) >= 0]
        if numbered and all(numbered) and not _MARKED.search(text[:at]):
            raise Unplaced(title, f"“{title}”的分值等于其他各评价要点分值之和，应是本项的名称与分值，不是一个评价要点"
                                  "（请删去，或写明它与各要点的关系）", certain=True)
