"""Things named in one list, all present for the points, each one missing costing the same: ``管护主体、管护责任、管护经费
“三落实”的，得3分，每缺一项扣1分`` / ``看守所、人民法院、检察院值班律师工作站设置全覆盖得2分，缺一个扣一分``.

The list names the 评价要点 (split at 、), so the evaluator marks each one present or missing: the points when all are,
less the deduction per one missing, never below 0 — not a count entered against a target the text never states (once
read as 实际值达到目标值得3分，每少1项扣1分, the three named dropped). A count word said with the list (“三落实”) must
be the number named. Only this shape: one award clause opening with the list and closing with a word of completeness
(齐全/落实/到位/全覆盖…), then 缺一项 (一个) and its deduction, and 扣完为止 at most.
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
_ONE_MISSING = lazy_compile(r"(?:每)?(?:缺|少|缺少)1(?:项|个)(?:的)?[,，]?(?:扣|减)(?P<per>\d+(?:\.\d+)?)分")
_ALL_OFF = "扣完为止"


def compose_listed_all_present(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    if len(scoring) not in (2, 3):
        return None
    award = _ALL_PRESENT.fullmatch(scoring[0].text)
    missing = _ONE_MISSING.fullmatch(scoring[1].text)
    if award is None or missing is None or scoring[2:] and scoring[2].text != _ALL_OFF:
        return None
    if any(c.start > scoring[0].start and c not in scoring for c in context) or any(c.condition is not None for c in context):
        return None  # (anything else said after the list, or a level beside it: not this shape alone)
    named = award.group("named").split("、")
    said = award.group("count")
    if said is not None:
        counted = int(said) if said.isdigit() else chinese_number(said)
        if counted != len(named):  # 主体、责任“四落实”: which is the fourth?
            raise Unplaced(scoring[0], f"写明“{said}”项，实际列出{len(named)}项", certain=True)
    return Checklist(per_fail=Decimal(missing.group("per")), base=Decimal(award.group("points")), count=len(named))
