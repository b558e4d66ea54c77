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
    import difflib  # here: only a rule that cannot be read needs it

    scored = sorted(
        SUPPORTED_FORMS,
        key=lambda form: difflib.SequenceMatcher(None, text, form).ratio(),
        reverse=True,
    )
    return scored[:count]


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
