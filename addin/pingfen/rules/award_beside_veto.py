"""建立台账的得2分；发生安全事故的，本项不得分: one award, then a veto. The award stands alone (Unconditional, scored unless
the veto happened) only when it is the veto's other side — 未发生的得5分, 完成得3分 beside 未完成本项不得分, 落实专项经费
(2分) beside 未落实专项经费的, 资金使用符合规定 beside 截留、挤占、挪用. An award naming a requirement of its own is one
评价要点 the evaluator ticks: read as the veto's absence, a 台账 never set up scored its 2 points."""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clause_words import _option_label
from .model import Checklist, Unconditional
from .zero_situations import ZeroSituations

from .. import TYPE_CHECKING

if TYPE_CHECKING:
    from .clauses import Clause

_ABSENCE = lazy_compile(r"(?:未|没有|无)(?:发生|出现)?(?P<what>[\u4e00-\u9fff]{2})")
_NEGATED = lazy_compile(r"(?:未|没有|不|无)(?P<what>[\u4e00-\u9fff]{2})")
_BARE_UNHAPPENED = lazy_compile(r"(?:[^,;。]{0,6})?(?:未|没有)(?:发生|出现)(?:的|者)?(?:,|，)?(?:本项|本指标|此项|该项)?(?:得|计|记|给)")
# 辖区内未发生重大药品安全事件的得5分，发生的实行一票否决: the veto names no situation, the award's absent one is it
_BARE_VETO = lazy_compile(r"(?:如|若)?(?P<verb>(?:发生|出现)(?:[1一](?:起|次|例|件))?)(?:的|者)?(?:[,，]?(?:实行|实施)?一票否决)?")
_ABSENT_THING = lazy_compile(r"(?:未|没有)(?:发生|出现)(?P<what>[^,，;；。]+?)的?[,，]?(?:本项|本指标|此项|该项)?(?:得|计|记|给)")
# (项目实施单位未发生安全生产责任事故的得4分: who or when before the absence, which it still is alone)
_WHO_OR_WHEN = lazy_compile(r"(?:(?:(?![未无没不])[\u4e00-\u9fff]){0,6}(?:单位|部门|机构|企业)|全年|年度内|年内|当年|本年度|评价期内|考核期内"
                            r"|辖区内|本辖区)?")
_SAID_ABOVE = lazy_compile(r"^(?:发生|出现|存在|发现|有)(?:上述|以上|前述)")
_SITUATION = lazy_compile(r"^(?:发生|出现|存在|发现|有)|的$")
_ENDS_AWARD = lazy_compile(r"的?[,，]?(?:得|计|记|给)")
_COMPLIANT_ONLY = lazy_compile(r"(?:符合规定|符合要求|合规)的?[,，]?(?:得|计|记|给)")
_COMPLIANCE = lazy_compile(r"符合|合规|规范|按规定|按照规定")
_VIOLATION = lazy_compile(r"违规|违法|违纪|截留|挤占|挪用|虚列|套取|骗取|侵占|违反|不符合|不规范")


def _other_side(award: str, vetoed: str) -> bool:
    ends = _ENDS_AWARD.search(award)
    joined = re.split(r"并且|且", award[:ends.start()]) if ends is not None else []
    if len(joined) > 1:
        # 无违规情况且资料齐全的得6分: every requirement joined by 且 the veto's other side, or the award asks for more
        # (资料齐全) and is a point ticked — never 6 whenever no violation is found
        return all(_other_side(part + award[ends.start():], vetoed) for part in joined)  # type: ignore[union-attr]
    if _COMPLIANT_ONLY.match(award):
        return True  # 符合规定的，得5分 (the 规范写法 of every other side): no requirement of its own
    if _BARE_UNHAPPENED.match(award):
        return True  # 未发生的，本指标得5分
    if any(m.group("what") in vetoed for m in _ABSENCE.finditer(award)):
        return True  # 全年无安全事故的得2分 beside 发生安全事故的
    if _SAID_ABOVE.search(vetoed) and _ABSENCE.match(award):
        return True  # 未发生冒领、重复领取…等问题的得5分 beside 发生上述问题的
    situation = _SITUATION.sub("", vetoed)
    said = award.rfind(situation) if len(situation) >= 2 else -1
    opened = _WHO_OR_WHEN.match(award).end()  # type: ignore[union-attr]
    if said > opened and _ABSENCE.match(award, opened) and _ENDS_AWARD.match(award, said + len(situation)):
        return True  # 无虚列支出、截留挪用等违规情况的得6分 beside 存在违规情况的 (not …违规情况且资料齐全的: a requirement more)
    if any(m.group("what") in award for m in _NEGATED.finditer(vetoed)):
        return True  # 完成得3分 beside 未完成 / 落实…专项经费 beside 未落实专项经费
    return bool(_COMPLIANCE.search(award) and _VIOLATION.search(vetoed))


def award_beside_veto(award: Clause, vetoed: str) -> Unconditional | Checklist | ZeroSituations:
    """The lone award's reading beside the veto ``vetoed`` (the situations zeroing the item)."""
    points: Decimal | None = award.outcome[1]  # type: ignore[index]
    bare, absent = _BARE_VETO.fullmatch(vetoed), _ABSENT_THING.search(award.text)
    # (未发生安全事故且台账齐全的得5分;发生的…: the award asks more than the absence — 发生 names the accident alone)
    if bare and absent and "且" not in absent.group("what"):
        named = vetoed[:bare.end("verb")] + absent.group("what") + vetoed[bare.end("verb"):]
        return ZeroSituations(Unconditional(points), (named,), restates=True)
    if _other_side(award.text, vetoed):
        return Unconditional(points)
    named = re.sub(r"的$", "", _option_label(award))
    requirements = (named,) if re.fullmatch(r"[\u4e00-\u9fff、“”]{2,30}", named) else ()
    if points is None:
        return Checklist(count=1, equal=True, requirements=requirements)  # 建立台账的得满分: one point, the 分值
    return Checklist(points=(points,), requirements=requirements)


__all__ = ["award_beside_veto"]
