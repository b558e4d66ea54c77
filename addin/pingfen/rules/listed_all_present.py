"""Things named in one list, all present for the points, each one missing costing the same: ``管护主体、管护责任、管护经费
“三落实”的，得3分，每缺一项扣1分`` / ``看守所、人民法院、检察院值班律师工作站设置全覆盖得2分，缺一个扣一分``.

The list names the 评价要点 (split at 、), so the evaluator marks each one present or missing: the points when all are,
less the deduction per one missing, never below 0 — not a count entered against a target the text never states (once
read as 实际值达到目标值得3分，每少1项扣1分, the three named dropped). A count word said with the list (“三落实”) must
be the number named. Only these shapes: one award clause opening with the list and closing with a word of completeness
(齐全/落实/到位/全覆盖…) or after the verb that has them all (已制定…、…管理制度的得1分), then 缺一项 (一个) and its
deduction, and 扣完为止 at most; or the list said alone before 每缺一项扣1分, the 分值 what all of it earns (有机构牌子、
有办公场所、…、有制度机制，每缺一项扣1分 under （5分）), never a list left open (…、现场照片等资料).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.normalize import chinese_number
from .clauses import Clause
from .errors import Unplaced
from .model import Checklist, Scorer

_ALL_PRESENT = lazy_compile(
    r"(?P<named>[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+?)[\u4e00-\u9fff]{0,8}?“?(?P<count>[二两三四五六七八九十\d]{1,2})?"
    r"(?:齐全|全覆盖|落实|到位|健全|完备|完整)”?的?[,，]?(?:得|计|记|给)(?P<points>\d+(?:\.\d+)?)分")
_ONE_MISSING = lazy_compile(r"(?:每)?(?:缺|少|缺少)1(?:项|个)(?:制度|材料|要素)?(?:的)?[,，]?(?:扣|减)(?P<per>\d+(?:\.\d+)?)分")
# 已制定预算、收支、政府采购、资产、合同管理制度的得1分: the list after the verb that has them all, not a word of completeness
_ALL_MADE = lazy_compile(r"(?:已|均已)?(?:制定|建立|具备|配备)(?P<named>[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+)的?[,，]?"
                         r"(?:得|计|记|给)(?P<points>\d+(?:\.\d+)?)分")
# 有机构牌子、有办公场所、…、有制度机制 / 需求调研报告、…、竣工验收报告5项材料齐全: the list said alone before 每缺一项扣1分,
# the 分值 its points (an item may carry a note in brackets: 等保测评（二级及以上）)
_ITEM = r"[\u4e00-\u9fff]+(?:\([^()]*\))?"
_LIST_ALONE = lazy_compile(r"(?P<named>" + _ITEM + r"(?:、" + _ITEM + r")+?)(?:(?P<count>[二两三四五六七八九十\d]{1,2})(?:项|个|类)?"
                           r"[\u4e00-\u9fff]{0,4}?(?:齐全|全覆盖|落实|到位|健全|完备|完整))?")
_ALL_OFF = "扣完为止"


def compose_listed_all_present(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    if len(scoring) == 1 or len(scoring) == 2 and scoring[1].text == _ALL_OFF:
        return _list_alone(scoring, context, text)
    if len(scoring) not in (2, 3):
        return None
    award = _ALL_PRESENT.fullmatch(scoring[0].text) or _ALL_MADE.fullmatch(scoring[0].text)
    missing = _ONE_MISSING.fullmatch(scoring[1].text)
    if award is None or missing is None or scoring[2:] and scoring[2].text != _ALL_OFF:
        return None
    if any(c.start > scoring[0].start and c not in scoring and not c.total_only for c in context) \
            or any(c.condition is not None for c in context):
        return None  # (anything else said after the list, or a level beside it: not this shape alone)
    named = award.group("named").split("、")
    _check_count(scoring[0], award.groupdict().get("count"), named)
    return Checklist(per_fail=Decimal(missing.group("per")), base=Decimal(award.group("points")), count=len(named))


def _list_alone(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """有机构牌子、有办公场所、有工作人员、有工作经费、有制度机制，每缺一项扣1分（5分）: the list said alone, the 分值 for
    all of it. Nothing else may be said but the indicator's name before a colon and its points."""
    missing = _ONE_MISSING.fullmatch(scoring[0].text)
    before = [c for c in context if c.end <= scoring[0].start and not c.total_only]
    if missing is None or not before or any(c.condition is not None for c in context):
        return None
    listed = before[-1]
    found = _LIST_ALONE.fullmatch(listed.text)
    if found is None or not text[listed.end:scoring[0].start].strip() in (",", "，"):
        return None
    if any(c.start > scoring[0].start and not c.total_only for c in context) \
            or any(text[c.end:c.end + 1] not in (":", "：") for c in before[:-1]):
        return None  # (a requirement besides the list is never dropped)
    named = found.group("named").split("、")
    if "等" in named[-1]:
        return None  # (…、现场照片等资料: the list goes on, how many it names is not said)
    _check_count(listed, found.group("count"), named)
    return Checklist(per_fail=Decimal(missing.group("per")), count=len(named))


def _check_count(clause: Clause, said: str | None, named: list[str]) -> None:
    if said is not None:
        counted = int(said) if said.isdigit() else chinese_number(said)
        if counted != len(named):  # 主体、责任“四落实”: which is the fourth?
            raise Unplaced(clause, f"写明“{said}”项，实际列出{len(named)}项", certain=True)
