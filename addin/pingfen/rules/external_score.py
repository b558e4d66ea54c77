"""按班级文化建设观摩评分为准 / 以年度考核结果为准: the score is taken from another assessment, which nothing in
the text computes. The evaluator enters it (with a reason), as for a score left to judgement; a text that
also scores in its own words cannot say which of the two counts, and is refused naming the clause.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .choices import graded_options
from .clauses import Clause
from .errors import Unplaced
from .model import Manual

_TAKEN_FROM = lazy_compile(
    r"(?:按|以|依据|根据)[\u4e00-\u9fff“”《》]{0,24}?(?:评分|得分|分数|打分|考评|考核|测评|评比|检查)(?:结果|情况)?为准")
_OWN_POINTS = lazy_compile(r"(?:扣|得|计|记|[-−–])\d+(?:\.\d+)?分|不得分|满分")
_HEADING_KINDS = frozenset({"WORD", "DE", "OPEN", "PTS", "CLOSE"})


def _beside(clause: Clause) -> bool:
    """班容班貌(10分): the item's name and its points, nothing scored; or the 规范写法's own 由评价人员…录入得分."""
    kinds = [token.kind for token in clause.tokens]
    if "MANUAL" in kinds:
        return set(kinds) <= {"WORD", "DE", "MANUAL"}
    return kinds.count("PTS") == 1 and set(kinds) <= _HEADING_KINDS and not clause.unread


def compose_external_score(scoring: list[Clause], context: list[Clause], text: str) -> Manual | None:
    said = next((clause for clause in scoring + context if _TAKEN_FROM.search(clause.text)), None)
    if said is None:
        return None
    # 每处扣5分(以检查为准): the deduction said in the same clause (once read as the evaluator's score, the 5 dropped)
    own = _OWN_POINTS.search(_TAKEN_FROM.sub("", said.text)) is not None
    if not own and said in context and _TAKEN_FROM.fullmatch(said.text) and graded_options(scoring):
        # 以年度养护考核结果为准，考核等次为“优秀”的得6分，“良好”的得4.5分…: the grade the other assessment gave, which the
        # grades' reader scores (the evaluator enters the grade, not a score)
        return None
    if own or any(clause is not said and not _beside(clause) for clause in scoring):
        raise Unplaced(said, "得分以其他评分的结果为准，无法与本条中的其他计分方法合并", certain=True)
    return Manual(_TAKEN_FROM.search(said.text).group())  # type: ignore[union-attr]
