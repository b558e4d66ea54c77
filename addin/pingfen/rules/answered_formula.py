"""A formula written beside a reading scored by answers only (评价要点 met or not, faults counted, a grade picked):
``①…进驻政务服务中心得1.5分;②…纳入管理程序得1.5分。计分公式:审批的工程数量÷发放施工许可证的工程数量×1.5``. The
formula says how a point is computed from quantities; the reading asks whether the point is met and would give 1.5
for a half-done ②. Refused, naming the formula, unless the reading takes a measured value (which is where a formula
is read)."""

from __future__ import annotations

from .errors import Unplaced
from .model import Scorer
from ..text.lazy_regex import lazy_compile

# 计分公式:A÷B×1.5 / 计算公式为A/B×分值 / 审批数÷许可数×1.5: the formula announced, or named quantities divided — as
# written (the normalised text says 得50% as 得分=分值×50%, a grade's share, not a formula)
_FORMULA = lazy_compile(r"(?:[计計][分算]|[评評]分|得分)?公式[为是]?[:：]?[^;；。\n]*|[\u4e00-\u9fff)）]{2,}÷[^;；。\n]*")
# 完成率计算公式:完成数÷计划数 / 完成率=完成数÷计划数: a rate's own definition, the rate a 评价要点 names and the
# evaluator judges against its level — not a way of scoring
_RATE_DEFINED = lazy_compile(r"(?:率|比例|占比|比重)(?:的)?(?:计算)?(?:公式)?[为是]?[:：=]?$")


def _scoring_formula(raw: str) -> str | None:
    return next((written.group() for written in _FORMULA.finditer(raw)
                 if not _RATE_DEFINED.search(raw, max(0, written.start() - 12), written.start())), None)


def refuse_formula_beside_answers(scorer: Scorer, raw: str, label: str) -> None:
    written = _scoring_formula(raw)
    if written is None:
        return
    shape = scorer.default_shape(label)
    if shape.measure or shape.variables or not (shape.points or shape.has_failures or shape.failure_kinds or shape.has_grade):
        return  # (a measured value, named quantities, or a judgement entered: where a formula is read)
    raise Unplaced(written, "写了计分公式，但所读的计分方法只按是否符合、扣分次数或等级计分，无法确定公式用于哪一项"
                            "（请把公式写在它所计分的那一项中，如“②得分=审批数÷许可数×1.5分”）", certain=True)
