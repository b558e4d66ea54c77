"""The one error a rule text can raise: Chinese, quoting the fragment that could not be read and the
supported wordings closest to it."""

from __future__ import annotations

from .. import TYPE_CHECKING

if TYPE_CHECKING:
    from .clauses import Clause

SUPPORTED_FORMS = (
    "得分=预算执行率×4分",
    "预算执行率≥99%得5分；否则得分=预算执行率×5分",
    "资金到位率达到100%得2分，否则不得分",
    "占比≥90%得满分；低于90%得分=占比/90%×2分",
    "满意度≥90%得7分；80%≤满意度<90%得5分；75%≤满意度<80%得3分；满意度<75%得0分",
    "实际完成率为100%的得满分，每少10%扣1分，实际完成率不足50%不得分",
    "达到100%得5分，少3%扣1分，最多扣5分",
    "满意度90%以上满分，每下降1%扣0.1分",
    "提供就业岗位数达到目标值2910人得7分，少5个扣1分，最多扣7分",
    "每出现1个社区未按合同约定完成的，扣0.5分，扣完为止",
    "每存在1个社区年度运营经费超过50万元的，扣2分，扣完为止",
    "存在社区没有覆盖的，不得分",
    "评价要点：①…（1分）；②…（0.5分）",
    "5个评价要点都符合得5分，1个不符合扣1分，最多扣5分",
    "得分=分值×(1-(1-资金到位率)×100÷5×0.4%)",
    "根据情况酌情扣分",
    "等级得分：优秀15分，良好14分，合格10分",
    "≥21933人（单位自评：完成值达到指标值记满分，未达到按完成值/指标值×分值记分）",
    "如存在截留、挤占、挪用、虚列支出等情况，此项不得分",
)


def closest_forms(text: str, count: int = 3) -> list[str]:
    """The ``count`` forms most like ``text`` by difflib's ratio, most alike first (ties in SUPPORTED_FORMS' order).

    The exact ratio (dear: about 30 µs a form) is worked out only for a form whose upper bound (quick_ratio) could
    still place it, the highest bounds first; a form's own side of the comparison is prepared once (_matchers)."""
    matchers = _matchers()
    try:
        for matcher in matchers:
            matcher.set_seq1(text)
        bounds = sorted((-matcher.quick_ratio(), index) for index, matcher in enumerate(matchers))
        best: list[tuple[float, int]] = []  # (-ratio, index), in the order sorted() by ratio would give
        for bound, index in bounds:
            if len(best) == count and bound > best[-1][0]:
                break  # (quick_ratio is never below ratio: this form and the rest come after the ones kept)
            best.append((-matchers[index].ratio(), index))
            best.sort()
            del best[count:]
    finally:
        _SPARE_MATCHERS.append(matchers)
    return [SUPPORTED_FORMS[index] for _, index in best]


# one SequenceMatcher a form, its side (set_seq2) worked out once; a thread takes a set for itself while it compares
_SPARE_MATCHERS: list[list] = []


def _matchers() -> list:
    try:
        return _SPARE_MATCHERS.pop()
    except IndexError:
        import difflib  # here: only a rule that cannot be read needs it

        return [difflib.SequenceMatcher(None, "", form) for form in SUPPORTED_FORMS]


class RuleError(ValueError):
    def __init__(self, text: str, fragment: str, reason: str) -> None:
        self.text = text
        self.fragment = fragment
        self.reason = reason
        self.suggestions = closest_forms(fragment or text)
        shown = text if len(text) <= 120 else text[:117] + "…"
        message = f"评分标准无法识别：{reason}。无法识别的部分：“{fragment}”；原文：“{shown}”。"
        message += "可参考的写法：" + "；".join(f"“{form}”" for form in self.suggestions)
        super().__init__(message)


class Unplaced(Exception):
    """A composer met a clause it cannot read; ``clause`` is named to the user (the parser turns this into
    a RuleError quoting the whole text)."""

    def __init__(self, clause: Clause | str, reason: str, certain: bool = False) -> None:
        self.fragment = clause if isinstance(clause, str) else clause.text
        self.reason = reason
        self.certain = certain  # the composer knows the text is its kind: no other reading is tried
        super().__init__(reason)
